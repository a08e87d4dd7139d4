# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a Tango device class, a pvaccess RpcServer with a service registered and a caproto server Context, none of them run (red-team round 43, helper D)
from caproto.asyncio.server import Context
from caproto.server import PVGroup, pvproperty
from pvaccess import RpcServer
from tango.server import Device, attribute


class PS(Device):
    @attribute(dtype=float)
    def current(self):
        return 1.0


class Setpoints(PVGroup):
    gain = pvproperty(value=1.0)


server = RpcServer()
server.registerService('TEST:echo', lambda request: request)
ctx = Context(Setpoints(prefix='TEST:').pvdb)
print(PS.__name__, ctx.pvdb)
