# expect: writes=yes reads=yes risk=low approval=yes
# why: `from cothread import catools` then catools.caget / catools.caput on lists of PV
# why: names, stepping a steerer bump with cothread.Sleep
import cothread
from cothread import catools

STEERERS = [f'BTS:COR{i}:SP' for i in range(1, 5)]
BUMP_SHAPE = [0.5, 1.0, 1.0, 0.5]


def bump(amplitude_mrad, steps=5, dwell=0.2):
    saved = catools.caget(STEERERS, timeout=5)
    for k in range(1, steps + 1):
        frac = k / steps
        values = [s + frac * amplitude_mrad * w for s, w in zip(saved, BUMP_SHAPE)]
        catools.caput(STEERERS, values, wait=True)
        cothread.Sleep(dwell)
    return [float(v) for v in saved]


if __name__ == '__main__':
    before = bump(0.12)
    results = {'saved': before}
else:
    results = {}
