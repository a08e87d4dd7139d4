# expect: writes=yes reads=no risk=low approval=yes
# why: the value of -C() is what __neg__ returns
import pyexec_runtime
class C:
    def __neg__(self):
        return pyexec_runtime.write_channel
(-C())("MOCK:SETPOINT", 9.0)
results = {}
