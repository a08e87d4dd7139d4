# expect: writes=yes reads=no risk=high approval=n/a
# why: signals stored with a computed-name setattr in a loop are not read back by self.shutter (the fix promises loads read a computed setattr's values); the analysis is high (dynamic_attribute) but lists no write, so under PYEXEC_DYNAMIC_ACCESS=approval the human approves a "writes false, read_only" script (round 19)
from ophyd import EpicsSignal
class Station:
    def __init__(self, **channels):
        for name, pv in channels.items():
            setattr(self, name, EpicsSignal(pv))
    def close_shutter(self):
        self.shutter.set(0)
st = Station(shutter='BL:SHUTTER', slit='BL:SLIT')
st.close_shutter()
results = {'closed': True}
