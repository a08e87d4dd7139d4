# expect: writes=no reads=yes risk=low approval=no
# why: the writing function is called only in a branch a parameter that is always False rules out, so it never runs (round 46)
import numpy as np
import epics

HCMS = [f"SR:HCM{i}:SP" for i in range(1, 4)]


def compute_correction():
    orbit = np.array([epics.caget(f"SR:BPM{i}:X") for i in range(1, 4)])
    return -0.2 * orbit


def apply_correction(kicks):
    for pv, k in zip(HCMS, kicks):
        epics.caput(pv, epics.caget(pv) + k)


def main(apply=False):
    kicks = compute_correction()
    if apply:
        apply_correction(kicks)
    return kicks.tolist()


if __name__ == "__main__":
    out = main()
results = {"kicks": out}
