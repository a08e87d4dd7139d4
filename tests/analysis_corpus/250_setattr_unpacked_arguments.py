# expect: writes=yes reads=no risk=high approval=n/a
# why: setattr(pv, *args): the attribute name comes unpacked from data, so it cannot be
# why: verified; some attribute of the PV is set, an unverified write (red-team round 33:
# why: it was not reported as a write before, though it writes `pv.value`)
import epics
pv = epics.PV('X:Y')
args = ['value', 8.0]
setattr(pv, *args)
results = {}
