# expect: writes=yes reads=no risk=low approval=yes
# why: a nested def's default takes a local flag before it is rebound: the write runs (round 47, helper S)
import epics

def main():
    dry = False
    def apply(v, d=dry):
        if not d:
            epics.caput("BL5:NEST:Set", v)
    dry = True
    apply(3)

main()
results = {"ok": True}
