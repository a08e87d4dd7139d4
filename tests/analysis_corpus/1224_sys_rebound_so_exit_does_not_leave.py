# expect: writes=yes reads=no risk=low approval=yes
# why: sys is rebound to a local object whose exit returns, so sys.exit(0) does not leave and the write runs (guard of the early-exit rule, round 42)
import sys

from epics import caput

DRY_RUN = True


class Quiet:
    def exit(self, code=0):
        print("not leaving", code)


sys = Quiet()
if DRY_RUN:
    sys.exit(0)
caput("BL:SHUTTER:CMD", 0)
