# expect: writes=yes reads=no risk=low approval=yes
# why: __new__ returns pyexec_runtime.write_channel: Writer()(ch, v) writes (red-team round 6)
import pyexec_runtime

class Writer:
    def __new__(cls):
        return pyexec_runtime.write_channel

apply = Writer()
apply('SR:QF1:CURRENT_SP', 12.5)
results = {}
