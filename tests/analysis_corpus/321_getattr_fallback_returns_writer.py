# expect: writes=yes reads=no risk=low approval=yes
# why: a local class's __getattr__ answers a missing attribute with the runtime's writer
import pyexec_runtime
class C:
    def __getattr__(self, n):
        return pyexec_runtime.write_channel
C().anything("MOCK:SETPOINT", 9.0)
results = {}
