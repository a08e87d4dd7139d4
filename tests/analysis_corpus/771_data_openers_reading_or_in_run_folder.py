# expect: writes=no reads=no risk=low approval=no
# why: the same openers reading (absolute paths too), and numpy's copy-on-write map, are not findings (round 19)
import h5py
import netCDF4
import numpy as np
import pandas as pd

with h5py.File("/data/archive/orbit.h5", "r") as h5:
    x = h5["x"][:]
nc = netCDF4.Dataset("/data/archive/orbit.nc")
mm = np.memmap("/data/archive/orbit.dat", dtype="float64", mode="r", shape=(10,))
cow = np.memmap("/data/archive/orbit.dat", dtype="float64", mode="c", shape=(10,))
store = pd.HDFStore("/data/archive/orbit_store.h5", mode="r")
store.close()
results = {"n": int(len(x))}
