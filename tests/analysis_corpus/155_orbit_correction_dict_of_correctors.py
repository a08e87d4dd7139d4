# expect: writes=yes reads=yes risk=low approval=yes
# why: SVD orbit correction: BPMs read with caget, corrector PVs held in a config dict
# why: and written with .put while iterating over dict.items() zipped with the kicks
import time

import numpy as np
import epics

BPM_NAMES = [f'SR:C{cell:02d}:BPM{i}:X' for cell in range(1, 5) for i in (1, 2)]
CORRECTORS = {
    'HCM1': epics.PV('SR:C01:HCM1:SP'),
    'HCM2': epics.PV('SR:C02:HCM1:SP'),
    'HCM3': epics.PV('SR:C03:HCM1:SP'),
    'HCM4': epics.PV('SR:C04:HCM1:SP'),
}
GAIN = 0.3


def read_orbit():
    return np.array([epics.caget(name, timeout=2.0) for name in BPM_NAMES], dtype=float)


def compute_kicks(orbit, response, rcond=1e-3):
    u, s, vt = np.linalg.svd(response, full_matrices=False)
    s_inv = np.where(s > rcond * s.max(), 1.0 / s, 0.0)
    return -GAIN * (vt.T @ (s_inv * (u.T @ orbit)))


rng = np.random.default_rng(7)
response = rng.normal(scale=0.5, size=(len(BPM_NAMES), len(CORRECTORS)))

orbit_before = read_orbit()
kicks = compute_kicks(orbit_before, response)
for (label, pv), dk in zip(CORRECTORS.items(), kicks):
    current = pv.get()
    pv.put(current + float(dk), wait=True)
    time.sleep(0.5)
orbit_after = read_orbit()

results = {
    'rms_before_mm': float(np.sqrt(np.mean(orbit_before ** 2))),
    'rms_after_mm': float(np.sqrt(np.mean(orbit_after ** 2))),
    'kicks': dict(zip(CORRECTORS, map(float, kicks))),
}
