# expect: writes=no reads=yes risk=low approval=no
# why: `np.vectorize(f)` of a local function calls it on each element, which the walk follows as a call of `f` with the array: reading each PV of an object array is a read, not a device handed to code the walk does not follow (red-team round 38)
import epics
import numpy as np

pixels = np.array([epics.PV(f"BL05:DET:PIX{i}") for i in range(3)], dtype=object)
read = np.vectorize(lambda pv: pv.get(), otypes=[float])
results = {"mean": float(np.mean(read(pixels)))}
