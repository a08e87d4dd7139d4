# expect: writes=yes reads=no risk=low approval=yes
# why: Camera exposure via the top-level ophyd area-detector export. (red-team round 7)
from ophyd import ProsilicaDetector, SingleTrigger

class Cam(SingleTrigger, ProsilicaDetector):
    pass

cam = Cam('XF:23ID1-BI{Diag:1-Cam:1}', name='diag_cam')
cam.cam.acquire_time.set(0.05)
cam.stage()
cam.trigger()
results = {'staged': True}
