# expect: writes=yes reads=no risk=low approval=yes
# why: copy.copy(C()) is what __copy__ returns
import pyexec_runtime
class C:
    def __copy__(self):
        return pyexec_runtime.write_channel
import copy
copy.copy(C())("MOCK:SETPOINT", 9.0)
results = {}
