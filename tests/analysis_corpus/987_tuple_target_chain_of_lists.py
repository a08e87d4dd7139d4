# expect: writes=yes reads=no risk=low approval=yes
# why: `(quads, sexts) = families = ([], [])`: each name is one of the tuple's lists, so the PV appended to `quads` is `families[0][0]` (red-team round 26)
import epics
(quads, sexts) = families = ([], [])
quads.append(epics.PV('SR:QF1:K1'))
sexts.append(epics.PV('SR:SF1:K2'))
families[0][0].put(1.02)
