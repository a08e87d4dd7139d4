# expect: writes=yes reads=no risk=low approval=yes
# why: a decorator factory wraps a pure fitting function and caputs its return value;
# why: the decorated function body itself only does numpy
import functools

import numpy as np
import epics


def publishes_to(pvname):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            value = func(*args, **kwargs)
            epics.caput(pvname, value, wait=True)
            return value
        return wrapper
    return decorate


@publishes_to('SR:C03:BPM2:OFFSET_X_SP')
def fitted_offset(quad_deltas, orbit_shifts):
    """Beam-based alignment: zero crossing of orbit shift vs. quadrupole change."""
    slope, intercept = np.polyfit(quad_deltas, orbit_shifts, 1)
    return float(-intercept / slope)


if __name__ == '__main__':
    dk = np.array([-0.02, -0.01, 0.0, 0.01, 0.02])
    shifts = 0.8 * dk + 0.011
    fitted_offset(dk, shifts)

results = {}
