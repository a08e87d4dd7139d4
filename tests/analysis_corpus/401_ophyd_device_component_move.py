# expect: writes=yes reads=yes risk=low approval=yes
# why: a local ophyd Device subclass: a Component motor's move writes, position reads
from ophyd import Device, EpicsMotor, EpicsSignalRO
from ophyd import Component as Cpt

class Mirror(Device):
    pitch = Cpt(EpicsMotor, ':PITCH')
    temperature = Cpt(EpicsSignalRO, ':TEMP')

m1 = Mirror('BL:M1', name='m1')
m1.pitch.move(0.25, wait=True)
results = {'pitch': m1.pitch.position}
