# expect: writes=no reads=no risk=high approval=n/a
# why: replacing ophyd.sim's objects is patching a control-system library (red-team round 11)
import ophyd.sim as sim
from ophyd import EpicsSignal
sim.det = EpicsSignal('BL3:DET:ACQ', name='acq')
sim.det.put(1)
results = {}
