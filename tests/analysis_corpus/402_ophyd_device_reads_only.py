# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a local ophyd Device read through read/get/position/limits/egu only
from ophyd import Device, EpicsMotor, EpicsSignalRO
from ophyd import Component as Cpt

class Mirror(Device):
    pitch = Cpt(EpicsMotor, ':PITCH')
    temperature = Cpt(EpicsSignalRO, ':TEMP')

m1 = Mirror('BL:M1', name='m1')
m1.wait_for_connection(timeout=5)
reading = m1.read()
results = {
    'pitch': m1.pitch.position,
    'temperature': m1.temperature.get(),
    'limits': list(m1.pitch.limits),
    'egu': m1.pitch.egu,
    'keys': sorted(reading),
}
