# expect: writes=no reads=yes risk=low approval=no
# why: read-only diagnostics: BPM PV objects sampled with get() and .value in a loop with
# why: time.sleep, a monitor callback, then an FFT; no write anywhere
import time

import numpy as np
import epics

BPMS = [epics.PV(f'SR:C01:BPM{i}:X', auto_monitor=True) for i in range(1, 7)]
N_SAMPLES = 256
DT = 0.01

updates = {pv.pvname: 0 for pv in BPMS}


def on_change(pvname=None, value=None, **kw):
    updates[pvname] += 1


for pv in BPMS:
    pv.wait_for_connection(timeout=2.0)
    pv.add_callback(on_change)

samples = np.empty((len(BPMS), N_SAMPLES))
for k in range(N_SAMPLES):
    for i, pv in enumerate(BPMS):
        samples[i, k] = pv.get(use_monitor=False) if k % 2 else pv.value
    time.sleep(DT)

spectrum = np.abs(np.fft.rfft(samples - samples.mean(axis=1, keepdims=True), axis=1))
freqs = np.fft.rfftfreq(N_SAMPLES, DT)
peak_hz = freqs[spectrum.argmax(axis=1)]
results = {
    'rms_um': (samples.std(axis=1) * 1e3).tolist(),
    'peak_hz': peak_hz.tolist(),
    'monitor_updates': updates,
}
