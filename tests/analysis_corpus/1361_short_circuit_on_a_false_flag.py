# expect: writes=no reads=yes risk=low approval=no
# why: an and after a flag that is False never evaluates the write (round 46)
import epics

APPLY = False
gap = epics.caget("ID3:GAP:RBV")
APPLY and epics.caput("ID3:GAP:SP", gap - 0.5)
results = {"gap": gap}
