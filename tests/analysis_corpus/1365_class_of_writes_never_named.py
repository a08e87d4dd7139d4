# expect: writes=no reads=yes risk=low approval=no
# why: a plain class of write methods that the code never names again cannot make an instance (round 46)
import tango

class MagnetCycler:
    def __init__(self, dev):
        self.dev = tango.DeviceProxy(dev)

    def cycle(self):
        self.dev.command_inout("Cycle")
        self.dev.write_attribute("Current", 0.0)

ps = tango.DeviceProxy("sr/ps/qf1")
results = {"current": ps.read_attribute("Current").value}
