# expect: writes=yes reads=no risk=low approval=yes
# why: a dict's bound lookup handed on gives the dict back through __self__, whose PVs are written (round 46)
from epics import PV

magnets = {n: PV("SR:%s:SP" % n) for n in ("QF1", "QD1")}

def zero_family(lookup, names):
    table = lookup.__self__          # the dict behind the bound get
    for n in names:
        table[n].put(0.0)

zero_family(magnets.get, ["QF1", "QD1"])
results = {"zeroed": 2}
