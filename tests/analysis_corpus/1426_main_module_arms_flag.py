# expect: writes=yes reads=no risk=high approval=n/a
# why: the guard of 1425: the script's module imported as __main__ arms the flag (round 47)
import __main__
import epics

APPLY = False


def arm():
    __main__.APPLY = True


if __name__ == "__main__":
    arm()
    if APPLY:
        epics.caput("SR:SQ1:SP", 0.0)
results = {"armed": APPLY}
