# expect: writes=yes reads=no risk=low approval=yes
# why: reversed(C()) iterates what __reversed__ returns
import pyexec_runtime
class C:
    def __reversed__(self):
        return [pyexec_runtime.write_channel]
for f in reversed(C()):
    f("MOCK:SETPOINT", 9.0)
results = {}
