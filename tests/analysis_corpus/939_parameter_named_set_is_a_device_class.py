# expect: writes=yes reads=no risk=low approval=yes
# why: parameter named dict shadows builtin inside function (red-team round 24)
import tango
def run(dict):
    x = dict("sys/tg_test/1")
    x.clear()
run(tango.DeviceProxy)
results = {"done": True}
