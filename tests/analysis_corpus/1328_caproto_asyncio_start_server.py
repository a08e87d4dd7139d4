# expect: writes=yes reads=no risk=low approval=yes
# why: caproto.asyncio.server.start_server serves a PV database on the network when the coroutine runs (red-team round 43, helper D)
import asyncio

from caproto.asyncio.server import start_server
from caproto.server import PVGroup, pvproperty


class Setpoints(PVGroup):
    setpoint = pvproperty(value=1.0)


asyncio.run(start_server(Setpoints(prefix='TEST:').pvdb))
