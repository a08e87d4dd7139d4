"""Stand-in ``p4p.client.cothread``: the same API as ``p4p.client.thread``."""

from .thread import Context, Subscription  # noqa: F401
