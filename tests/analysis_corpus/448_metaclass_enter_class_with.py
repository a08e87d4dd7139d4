# expect: writes=yes reads=no risk=low approval=yes
# why: `with Magnet as pv`: the metaclass's __enter__ connects. (red-team round 7)
import epics

class Connectable(type):
    def __enter__(cls):
        return epics.PV(cls.pvname)
    def __exit__(cls, *exc):
        return False

class QD2(metaclass=Connectable):
    pvname = 'SR:QD2:CURRENT_SP'

with QD2 as sp:
    sp.value = -88.0
results = {}
