# expect: writes=no reads=yes risk=medium approval=yes
# why: machine snapshot: reads PVs with caget and stores them in an HDF5 file opened 'w'
# why: (create_dataset, attrs[...] =): a file write, medium; no control-system write
import datetime as dt

import h5py
import numpy as np
from epics import caget

CHANNELS = {
    'current': 'SR:DCCT:CURRENT',
    'tune_x': 'SR:TUNE:X',
    'tune_y': 'SR:TUNE:Y',
    'lifetime': 'SR:LIFETIME',
}

snapshot = {key: caget(pv, timeout=2.0) for key, pv in CHANNELS.items()}
stamp = dt.datetime.now().strftime('%Y%m%dT%H%M%S')

with h5py.File(f'snapshot_{stamp}.h5', 'w') as f:
    grp = f.create_group('machine')
    for key, value in snapshot.items():
        dset = grp.create_dataset(key, data=np.float64(value if value is not None else np.nan))
        dset.attrs['pv'] = CHANNELS[key]
    f.attrs['created'] = stamp

results = {'snapshot': snapshot, 'file': f'snapshot_{stamp}.h5'}
