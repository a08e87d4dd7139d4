# expect: writes=yes reads=no risk=low approval=yes
# why: a descriptor whose set-name hook is the library's put, run when the owner class is made (round 44, helper F)
import epics
class D:
    __set_name__ = epics.caput
    def __str__(self):
        return "X:A"
class K:
    x = D()
