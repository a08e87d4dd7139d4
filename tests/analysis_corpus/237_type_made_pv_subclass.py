# expect: writes=yes reads=no risk=low approval=yes
# why: type('K', (epics.PV,), {}) makes a PV subclass; its instance's .value is assigned
import epics
K = type('K', (epics.PV,), {})
k = K('X:Y')
k.value = 1
results = {}
