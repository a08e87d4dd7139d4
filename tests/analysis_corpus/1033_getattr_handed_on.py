# expect: writes=yes reads=no risk=low approval=yes
# why: the builtin `getattr` handed on with a namespace holding PVs (`map(getattr, [beam], ['kicker'])`, `ex.submit(getattr, beam, 'septum')`) gives them back, and they are written (red-team round 31; missed before)
import types
from concurrent.futures import ThreadPoolExecutor
import epics
beam = types.SimpleNamespace(kicker=epics.PV("SR:KICKER:SP"), septum=epics.PV("SR:SEPTUM:SP"))
for pv in map(getattr, [beam], ["kicker"]):
    pv.put(0.0)
with ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(getattr, beam, "septum").result().put(0.0)
