# expect: writes=no reads=yes risk=low approval=no
# why: a format template kept in a name: `fmt.format(p=pv)` with `{p.value}` reads the PV (round 23)
import epics
current = epics.PV("SR:DCCT:CURRENT")
fmt = "beam current {p.value:.2f} mA"
line = fmt.format(p=current)
results = {"line": line}
