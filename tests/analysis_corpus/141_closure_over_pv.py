# expect: writes=yes reads=no risk=low approval=yes
# why: a nested function writes a PV of its enclosing function
import epics


def outer():
    pv = epics.PV('MAG:QF1:CURRENT_SP')

    def inner():
        pv.put(1.0)

    inner()


outer()
results = {}
