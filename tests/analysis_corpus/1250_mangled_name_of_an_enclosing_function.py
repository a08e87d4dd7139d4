# expect: writes=yes reads=no risk=low approval=yes
# why: inside a class nested in a function, a private name reads the function's mangled local (red-team round 43, helper C)
import epics
def main():
    _Rig__w = epics.caput
    class Rig:
        def go(self):
            __w("SR:CUR", 42.0)
    Rig().go()
main()
