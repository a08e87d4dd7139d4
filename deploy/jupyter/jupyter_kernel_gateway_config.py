"""Jupyter Kernel Gateway configuration for pyexec's Jupyter executor.

Load it by pointing ``JUPYTER_CONFIG_DIR`` at this folder (``deploy/jupyter``) before
starting ``jupyter kernelgateway``; the tests and ``scripts/bench-jupyter.sh`` do exactly that.

* TCP_NODELAY on every kernel websocket. Neither the gateway nor jupyter_server sets it, so
  each small execute message waits for the peer's delayed ACK (about 44 ms a round trip);
  with it a trivial execute takes a few milliseconds.
* ``GET /api/kernels`` answers (``list_kernels``): operators and the tests check that no
  kernel leaks.
"""

from jupyter_server.services.kernels.websocket import KernelWebsocketHandler

_open = KernelWebsocketHandler.open


async def _open_without_nagle(self, *args, **kwargs):
    self.set_nodelay(True)  # before the first frame: no delayed-ACK stall on small messages
    return await _open(self, *args, **kwargs)


if not getattr(KernelWebsocketHandler.open, "_pyexec_nodelay", False):
    _open_without_nagle._pyexec_nodelay = True
    KernelWebsocketHandler.open = _open_without_nagle

c = get_config()  # noqa: F821 (provided by the traitlets config loader)
c.KernelGatewayApp.api = "kernel_gateway.jupyter_websocket"
c.JupyterWebsocketPersonality.list_kernels = True
