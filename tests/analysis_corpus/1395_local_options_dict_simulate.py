# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a function's local options dict bound once holds simulate True (round 47)
import epics
def main():
    opts = {"simulate": True}
    for name in ["A", "B"]:
        if not opts["simulate"]:
            epics.caput("SR:" + name, 1.0)
        else:
            print("sim", name)
main()
results = {"ok": True}
