"""Stand-in ``trio`` (only ``run``), to drive caproto's trio client stand-in."""

import asyncio as _asyncio


def run(async_fn, *args, **kwargs):
    return _asyncio.run(async_fn(*args))
