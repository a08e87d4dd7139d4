# expect: writes=yes reads=no risk=low approval=yes
# why: defaults through Signature.bind().arguments and dataclasses.fields() (red-team round 11)
import dataclasses
import inspect
from epics import PV

def apply(v, pv=PV('SR:SEPT:SP')):
    return v

@dataclasses.dataclass
class Target:
    pv: object = PV('SR:QF36:SP')

ba = inspect.signature(apply).bind(5.0)
ba.apply_defaults()
ba.arguments['pv'].put(5.0)
dataclasses.fields(Target)[0].default.put(1.0)
results = {}
