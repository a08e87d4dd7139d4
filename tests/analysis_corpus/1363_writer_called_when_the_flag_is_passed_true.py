# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1362: the entry point is called with the flag True, so the branch and its writer run
import epics
def main(apply=False):
    if apply:
        correct()
def correct():
    epics.caput("SR:PS1:SP", 1.0)
main(apply=True)
results = {}
