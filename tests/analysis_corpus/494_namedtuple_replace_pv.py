# expect: writes=yes reads=no risk=low approval=yes
# why: namedtuple replace pv (red-team round 8)
import typing, epics
class Knob(typing.NamedTuple):
    label: str
    pv: object = None
k = Knob('qf1')._replace(pv=epics.PV('SR:QF1:I'))
k.pv.put(1.0)
results = {}
