# expect: writes=yes reads=no risk=low approval=yes
# why: ophyd.sim imports the real EpicsSignal/EpicsSignalRO/EpicsSignalWithRBV into its namespace; taken from there they are still EPICS signals, not simulated ones (round 16)
from ophyd.sim import det, motor, EpicsSignal

shutter = EpicsSignal("SR:SHUTTER:CMD", name="shutter")
shutter.set(1)
results = {"det": det.name}
