# expect: writes=yes reads=no risk=low approval=yes
# why: a private flag read inside a nested class is the mangled name, another variable than the function's own (red-team round 43, helper B)
from epics import caput


def main():
    __dry = True
    _Step__dry = False
    class Step:
        def run(self):
            if __dry:
                return
            caput("BL:STEP:GO", 3)
    Step().run()


main()
