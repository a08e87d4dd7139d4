# expect: writes=yes reads=no risk=low approval=yes
# why: the proxy-cache idiom `bv = viewers.get(name) or DeviceProxy(name)`: `bv.insert()` is the viewer's Insert command (red-team round 25)
import tango
viewers = {}
def insert_viewer(name):
    bv = viewers.get(name) or tango.DeviceProxy(name)
    viewers[name] = bv
    bv.insert()
insert_viewer('sr/bv/201')
