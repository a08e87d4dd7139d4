# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: reads with the usual error handling: chained, logged, grouped, task errors
import asyncio
import logging
import sys
import traceback
from epics import PV, caget

log = logging.getLogger(__name__)
pvs = {name: PV(name) for name in ('SR:DCCT:CURRENT', 'SR:LIFETIME')}
limits = {}
readings, errors = {}, []
for name, pv in pvs.items():
    try:
        lo, hi = limits[pv]
    except KeyError as e:
        log.warning('no limits for %s: %s', name, e)
        errors.append(repr(e))
    try:
        readings[name] = pv.get(timeout=2.0)
    except Exception as e:
        traceback.print_exception(e)
        errors.append(f'{name}: {e} (context: {e.__context__})')
        info = sys.exc_info()
        log.error('failed', exc_info=info)

async def poll():
    return caget('SR:DCCT:CURRENT')

async def main():
    t = asyncio.ensure_future(poll())
    await asyncio.wait([t])
    return str(t.exception()) if t.exception() else t.result()

results = {'readings': readings, 'errors': errors, 'polled': asyncio.run(main())}
