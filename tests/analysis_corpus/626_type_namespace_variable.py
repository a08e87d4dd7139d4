# expect: writes=yes reads=no risk=low approval=yes
# why: type(name, bases, ns) with the namespace in a variable: the class's attributes are its values (round 14)
import epics
ns = {"t": epics.PV("X:A")}
S = type("S", (object,), ns)
S.t.value = 1.0
results = {}
