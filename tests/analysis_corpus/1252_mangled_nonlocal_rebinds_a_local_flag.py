# expect: writes=yes reads=no risk=low approval=yes
# why: nonlocal of a private name in a nested class rebinds the function's mangled local flag (red-team round 43, helper C)
import epics
def main():
    _Rig__dry = True
    class Rig:
        def arm(self):
            nonlocal __dry
            __dry = False
    Rig().arm()
    if _Rig__dry:
        return
    epics.caput("SR:CUR", 101.0)
main()
