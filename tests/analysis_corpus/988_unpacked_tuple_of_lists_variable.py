# expect: writes=yes reads=no risk=low approval=yes
# why: `families = ([], [])` then `quads, sexts = families`: the names are the tuple's own lists, so what is appended to them is in `families` (red-team round 26)
import epics
families = ([], [])
quads, sexts = families
quads.append(epics.PV('SR:QF1:K1'))
families[0][0].put(1.0)
