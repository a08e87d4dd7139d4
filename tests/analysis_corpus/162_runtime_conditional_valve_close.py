# expect: writes=yes reads=yes risk=low approval=yes
# why: runtime module under an alias; gauges sampled with read_channel, valves closed with
# why: write_channels only when a pressure is above the limit (conditional write)
import statistics
import time

import pyexec_runtime as rt

VACUUM_GAUGES = ['SR:C01:VGC1:P', 'SR:C02:VGC1:P', 'SR:C03:VGC1:P']
VALVES_CLOSE = {'SR:C01:GV1:CMD': 0, 'SR:C02:GV1:CMD': 0}
LIMIT_TORR = 5e-8


def sample(names, n=5, dwell=0.2):
    medians = {}
    for name in names:
        values = []
        for _ in range(n):
            values.append(rt.read_channel(name))
            time.sleep(dwell)
        medians[name] = statistics.median(values)
    return medians


pressures = sample(VACUUM_GAUGES)
too_high = [name for name, p in pressures.items() if p > LIMIT_TORR]
if too_high:
    rt.write_channels(VALVES_CLOSE)

results = {'too_high': too_high, 'pressures': pressures}
