# expect: writes=yes reads=yes risk=low approval=yes
# why: an area-detector plugin's warmup() sets the camera's modes and Acquire=1 and restores the settings it read; an unknown method of an ophyd object was taken for a component (round 17)
from ophyd import Component as Cpt
from ophyd.areadetector import SimDetector, SingleTrigger
from ophyd.areadetector.plugins import HDF5Plugin


class Detector(SingleTrigger, SimDetector):
    hdf5 = Cpt(HDF5Plugin, "HDF1:")


det = Detector("XF:31ID:DET1:", name="det")
det.hdf5.warmup()
results = {}
