# expect: writes=no reads=no risk=high approval=n/a
# why: setattr(pv, *args): the attribute name comes unpacked from data, so it cannot be
# why: verified
import epics
pv = epics.PV('X:Y')
args = ['value', 8.0]
setattr(pv, *args)
results = {}
