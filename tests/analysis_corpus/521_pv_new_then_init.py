# expect: writes=yes reads=no risk=low approval=yes
# why: instances made with __new__ (and type(pv)) and initialised later (red-team round 9)
from epics import PV
from ophyd import EpicsSignal

pv = PV.__new__(PV)
pv.__init__('LI20:GUN:VOLT')
pv.put(4.5)
cls = type(pv)
q2 = cls.__new__(cls)
q2.__init__('LI20:Q2:BDES')
q2.value = -1.0
sig = EpicsSignal.__new__(EpicsSignal)
sig.__init__('LI20:LASER:ATTN', name='attn')
sig.put(0.3)
results = {}
