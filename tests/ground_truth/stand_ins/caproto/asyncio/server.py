"""Stand-in ``caproto.asyncio.server``: ``run``, ``start_server`` and ``Context(pvdb).run``
serve the PVs on the network (a write)."""

import _ground_truth as _gt


def run(pvdb, *, interfaces=None, log_pv_names=False, startup_hook=None, **kwargs):
    _gt.write("caproto.asyncio.server.run", sorted(pvdb))


async def start_server(pvdb, *, interfaces=None, log_pv_names=False, startup_hook=None,
                       **kwargs):
    _gt.write("caproto.asyncio.server.start_server", sorted(pvdb))


class Context:
    def __init__(self, pvdb, interfaces=None, *args, **kwargs):
        self.pvdb = pvdb

    async def run(self, *, log_pv_names=False, startup_hook=None):
        _gt.write("caproto.asyncio.server.Context.run", sorted(self.pvdb))
