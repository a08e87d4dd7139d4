# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass's __getattr__ answers a missing class attribute
import pyexec_runtime
class M(type):
    def __getattr__(cls, n):
        return pyexec_runtime.write_channel
class C(metaclass=M):
    pass
C.anything("MOCK:SETPOINT", 9.0)
results = {}
