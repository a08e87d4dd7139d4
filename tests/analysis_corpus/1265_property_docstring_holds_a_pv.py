# expect: writes=yes reads=no risk=low approval=yes
# why: a property keeps its doc argument as its docstring (round 43, helper C)
import epics

p = property(doc=epics.PV('SR:P'))
p.__doc__.put(1)
