"""Stand-in ``curio`` (only ``run``), to drive caproto's curio client stand-in."""

import asyncio as _asyncio


def run(coro, *args, **kwargs):
    if callable(coro):
        coro = coro(*args)
    return _asyncio.run(coro)
