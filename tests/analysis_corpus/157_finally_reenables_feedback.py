# expect: writes=yes reads=yes risk=low approval=yes
# why: a read-only tune measurement whose only write is in the `finally` block that
# why: re-enables the orbit feedback (conditional caput on a saved state)
import logging
import time

import numpy as np
from epics import caget, caput

log = logging.getLogger('tune_measurement')


def measure_tunes(n=20, dwell=0.5):
    samples = []
    for _ in range(n):
        samples.append((caget('SR:TUNE:X'), caget('SR:TUNE:Y')))
        time.sleep(dwell)
    return np.array(samples, dtype=float)


fofb_was_on = caget('SR:FOFB:ENABLE_RB') == 1
try:
    data = measure_tunes()
except (TimeoutError, TypeError):
    log.exception('tune readback failed')
    data = np.empty((0, 2))
finally:
    if fofb_was_on:
        caput('SR:FOFB:ENABLE', 1, wait=True)

results = {
    'n': int(data.shape[0]),
    'qx': float(data[:, 0].mean()) if len(data) else None,
    'qy': float(data[:, 1].mean()) if len(data) else None,
}
