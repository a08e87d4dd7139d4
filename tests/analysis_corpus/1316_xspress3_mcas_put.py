# expect: writes=yes reads=no risk=low approval=yes
# why: an Xspress3's mcas are its elements' devices: put on one writes (red-team round 43, helper D)
from epics.devices import Xspress3

xsp = Xspress3('XSP3:', nmca=2)
xsp.mcas[1].put('MinX', 100)
