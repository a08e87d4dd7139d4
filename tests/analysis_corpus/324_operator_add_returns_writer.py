# expect: writes=yes reads=no risk=low approval=yes
# why: the value of C() + 1 is what __add__ returns
import pyexec_runtime
class C:
    def __add__(self, o):
        return pyexec_runtime.write_channel
(C() + 1)("MOCK:SETPOINT", 9.0)
results = {}
