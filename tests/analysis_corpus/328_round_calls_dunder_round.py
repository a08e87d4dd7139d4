# expect: writes=yes reads=no risk=low approval=yes
# why: round(C()) is what __round__ returns
import pyexec_runtime
class C:
    def __round__(self, n=None):
        return pyexec_runtime.write_channel
round(C())("MOCK:SETPOINT", 9.0)
results = {}
