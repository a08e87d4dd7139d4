# expect: writes=yes reads=no risk=low approval=yes
# why: an lru_cache-decorated factory returns epics.PV objects; the returned object is
# why: written directly (`pv(name).put(...)`) inside a loop
from functools import lru_cache

import epics


@lru_cache(maxsize=None)
def pv(name):
    p = epics.PV(name, auto_monitor=False)
    p.wait_for_connection(timeout=2.0)
    return p


def set_chicane(angle_mrad):
    for i, sign in enumerate((1, -1, -1, 1), start=1):
        pv(f'BC1:BEND{i}:ANGLE_SP').put(sign * angle_mrad, wait=True)


set_chicane(4.5)
results = {'cached': pv.cache_info().currsize}
