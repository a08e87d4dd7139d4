# expect: writes=no reads=yes risk=low approval=no
# why: `str.format` loads the attributes its template names: `{p.value}`, `{0.value}` and `{.value}` read the PV (round 22)
from epics import PV
pv = PV("SR:DCCT")
a = "{p.value}".format(p=pv)
b = "{0.value:.2f} {1}".format(pv, 3)
c = "{.value}".format(pv)
d = "{{p.value}}".format(p=pv)
results = {}
