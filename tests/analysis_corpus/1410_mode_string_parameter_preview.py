# expect: writes=no reads=no risk=low approval=no
# why: look-alike: every call hands execute() mode MODE = 'preview', never 'apply' (round 47, helper R)
import epics

MODE = "preview"


def execute(changes, mode):
    done = []
    for pv, val in changes:
        if mode == "apply":
            epics.caput(pv, val)
            done.append(pv)
        else:
            print(f"{pv} -> {val}")
    return done


results = {"done": execute([("SR:SX1:I:SP", 41.0)], MODE)}
