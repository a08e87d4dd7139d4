# expect: writes=yes reads=no risk=low approval=yes
# why: the decided early return leaves the try body, but its finally clause, which writes, still runs (guard of the early-exit rule, round 42)
from epics import caput

DRY_RUN = True


def close_valves(names):
    try:
        if DRY_RUN:
            return "dry run"
        print("closing")
    finally:
        for name in names:
            caput(name, 0)


results = {"state": close_valves(["BL:V1:CMD", "BL:V2:CMD"])}
