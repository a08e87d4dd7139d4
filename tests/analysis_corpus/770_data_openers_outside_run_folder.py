# expect: writes=no reads=no risk=medium approval=yes
# why: data libraries' openers given a writing mode (or writing by default) outside the run folder: h5py, netCDF4, HDFStore, memmap (round 19)
import h5py
import netCDF4
import numpy as np
import pandas as pd

OUT = "/data/shared/orbit"
with h5py.File(f"{OUT}/orbit.h5", "w") as h5:
    h5["x"] = np.zeros(10)
nc = netCDF4.Dataset("/data/shared/orbit.nc", mode="w")
nc.close()
store = pd.HDFStore("/data/shared/orbit_store.h5")
store.close()
mm = np.memmap("/data/shared/orbit.dat", dtype="float64", shape=(10,))
