"""Stand-in ``caproto.trio.client``: ``await chan.write`` writes, ``await chan.read`` reads."""

from caproto._async_client import client_classes

SharedBroadcaster, Channel, Context = client_classes("trio")
