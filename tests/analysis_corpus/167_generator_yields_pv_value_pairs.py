# expect: writes=yes reads=no risk=low approval=yes
# why: a generator yields (PV from get_pv, value) pairs; a separate executor consumes the
# why: generator and calls target.put on each yielded PV
import itertools
import time

from epics import get_pv


def sextupole_plan(families, deltas):
    """Yield (pv, value) for every family/delta combination."""
    for family, delta in itertools.product(families, deltas):
        yield get_pv(f'SR:{family}:K2_SP'), delta


def execute(plan, dwell=0.3):
    n = 0
    for target, value in plan:
        target.put(value, wait=True)
        time.sleep(dwell)
        n += 1
    return n


steps = execute(sextupole_plan(['SF', 'SD'], [0.0, 0.05, -0.05, 0.0]))
results = {'steps': steps}
