# expect: writes=yes reads=no risk=low approval=yes
# why: __class_getitem__ gives what C[int] is
import pyexec_runtime
class C:
    def __class_getitem__(cls, k):
        return pyexec_runtime.write_channel
C[int]("MOCK:SETPOINT", 9.0)
results = {}
