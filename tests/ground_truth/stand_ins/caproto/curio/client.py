"""Stand-in ``caproto.curio.client``: ``await chan.write`` writes, ``await chan.read`` reads."""

from caproto._async_client import client_classes

SharedBroadcaster, Channel, Context = client_classes("curio")
