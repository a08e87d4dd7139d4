# expect: writes=yes reads=yes risk=low approval=yes
# why: after get_rois an MCA keeps its ROIs in .rois: assigning a field of one writes (red-team round 43, helper D)
from epics.devices import MCA

mca = MCA('13SDD1:', mca=1)
mca.get_rois()
mca.rois[0].NM = 'Fe Ka'
