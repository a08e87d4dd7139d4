# expect: writes=yes reads=no risk=high approval=n/a
# why: q = [] at module level, then globals alias |= rebinds q to a DeviceProxy; q.clear() is a command (red-team round 24)
import tango
q = []
g = globals()
g |= {"q": tango.DeviceProxy("sys/tg_test/1")}
q.clear()
results = {"done": True}
