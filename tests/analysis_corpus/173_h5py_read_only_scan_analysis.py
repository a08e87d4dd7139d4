# expect: writes=no reads=no risk=low approval=no
# why: reads a saved scan from an HDF5 file opened 'r' (datasets named after PVs,
# why: attrs.get, dset[()]) and fits it with numpy: no control-system access, no file write
import h5py
import numpy as np

SCAN_FILE = 'scans/quad_scan_2024-05-02.h5'

with h5py.File(SCAN_FILE, 'r') as f:
    k1 = f['SR:QF1:K1_SP/value'][()]
    sigma_x = f['SR:SCREEN1:SIGMA_X/value'][()]
    units = f['SR:SCREEN1:SIGMA_X'].attrs.get('units', 'mm')
    energy_gev = float(f.attrs.get('energy_gev', 3.0))

coeffs = np.polyfit(k1, sigma_x ** 2, 2)
a, b, c = coeffs
emittance = np.sqrt(max(4 * a * c - b ** 2, 0.0)) / (2 * abs(a))

results = {'units': str(units), 'energy_gev': energy_gev, 'emittance': float(emittance)}
