# expect: writes=yes reads=no risk=low approval=yes
# why: next(C()) is what __next__ returns
import pyexec_runtime
class C:
    def __next__(self):
        return pyexec_runtime.write_channel
next(C())("MOCK:SETPOINT", 9.0)
results = {}
