# expect: writes=yes reads=no risk=low approval=yes
# why: gettext.install(names=...) adds names to builtins, which a flag read before its binding finds (red-team round 43, helper B)
import gettext
from epics import caput

gettext.install("beamline", names=["ngettext"])


def main():
    if not ngettext:
        return
    caput("BL:PS:21:SP", 6.0)


main()
ngettext = False
