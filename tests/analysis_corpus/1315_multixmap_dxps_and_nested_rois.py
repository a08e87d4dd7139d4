# expect: writes=yes reads=yes risk=low approval=yes
# why: a MultiXMAP's dxps are DXP devices and its get_rois gives a list of ROI lists, one per MCA: both assignments write (red-team round 43, helper D)
from epics.devices import MultiXMAP

xmap = MultiXMAP('13SDD1:', nmca=2)
for dxp in xmap.dxps:
    dxp.PeakingTime = 1.0
xmap.get_rois()[0][0].clear()
