"""Stand-in ``caproto.curio.server``: ``start_server``/``run`` serve the PVs (a write)."""

import _ground_truth as _gt


async def start_server(pvdb, *, interfaces=None, log_pv_names=False, startup_hook=None,
                       **kwargs):
    _gt.write("caproto.curio.server.start_server", sorted(pvdb))


def run(pvdb, *, interfaces=None, log_pv_names=False, startup_hook=None, **kwargs):
    _gt.write("caproto.curio.server.run", sorted(pvdb))
