# expect: writes=no reads=yes risk=low approval=no
# why: a field bound only to dict displays and filled by item keeps its keys apart from its values: string methods on the names are text's (red-team round 37: false writes `DeviceProxy.upper`, `.lower`)
import tango


class RF:
    def __init__(self, names):
        self.proxies = {name: tango.DeviceProxy(name) for name in names}
        self.spares = {}

    def add_spare(self, name):
        self.spares[name] = tango.DeviceProxy(name)

    def report(self):
        lines = {name.upper(): str(proxy.state()) for name, proxy in self.proxies.items()}
        for name in sorted(self.spares):
            lines[name.lower().replace("/", "_")] = str(self.spares[name].state())
        return lines


rf = RF(["sr/rf/tra1", "sr/rf/tra2"])
rf.add_spare("sr/rf/tra3")
results = rf.report()
