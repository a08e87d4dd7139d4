# expect: writes=yes reads=no risk=low approval=yes
# why: a descriptor's __get__ gives the class attribute's value: the runtime's writer
import pyexec_runtime
class D:
    def __get__(self, obj, t=None):
        return pyexec_runtime.write_channel
class C:
    w = D()
C().w("MOCK:SETPOINT", 9.0)
results = {}
