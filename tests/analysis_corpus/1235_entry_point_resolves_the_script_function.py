# expect: writes=yes reads=no risk=low approval=yes
# why: pkg_resources' EntryPoint.parse('x = __main__:park').resolve() gives the helper nothing names, by a computed module name (red-team round 42, helper E)
import pkg_resources

from epics import caput


def park():
    caput("BL:M1:VAL", 0.0)


ep = pkg_resources.EntryPoint.parse("job = __ma" "in__:pa" "rk")
ep.resolve()()
