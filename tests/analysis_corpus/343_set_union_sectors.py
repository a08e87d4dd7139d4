# expect: writes=yes reads=no risk=low approval=yes
# why: set().union(*groups) (and difference/intersection/symmetric_difference) lose the PV kinds of the operands
import epics

sectors = {s: {epics.PV("S%d:Q1:SET" % s), epics.PV("S%d:Q2:SET" % s)} for s in (1, 2)}
already_done = set()
for pv in set().union(*sectors.values()).difference(already_done):
    pv.put(0.0)
