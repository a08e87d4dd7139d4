# expect: writes=yes reads=yes risk=low approval=yes
# why: aioca inside coroutines run concurrently with asyncio.gather: caget of a list of
# why: peak currents, then a decaying caput sequence per magnet
import asyncio

from aioca import caget, caput

MAGNETS = ['TL:Q1', 'TL:Q2', 'TL:Q3', 'TL:Q4']


async def degauss(magnet, peak, cycles=4, dwell=0.5):
    for k in range(cycles):
        amplitude = peak * 0.5 ** k
        for value in (amplitude, -amplitude):
            await caput(f'{magnet}:I_SP', value, wait=True)
            await asyncio.sleep(dwell)
    await caput(f'{magnet}:I_SP', 0.0, wait=True)


async def main():
    peaks = await caget([f'{m}:I_MAX' for m in MAGNETS])
    await asyncio.gather(*(degauss(m, p) for m, p in zip(MAGNETS, peaks)))
    return len(MAGNETS)


results = {'degaussed': asyncio.run(main())}
