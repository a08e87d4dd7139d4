# expect: writes=yes reads=no risk=low approval=yes
# why: type('Quad', (), {'target': pv}) makes a class whose attribute is the PV (round 14)
import epics
Quad = type("Quad", (), {"target": epics.PV("SR:QF1:CURRENT_SP")})
Quad().target.value = 1.0
results = {}
