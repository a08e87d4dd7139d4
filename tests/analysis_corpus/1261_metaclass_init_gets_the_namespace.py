# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass's initialiser is handed the class namespace, whose values it may call (round 43, helper C)
import epics

class Meta(type):
    def __init__(cls, name, bases, ns):
        ns['w']('SR:X', 1)
        super().__init__(name, bases, ns)

class Rig(metaclass=Meta):
    w = epics.caput
