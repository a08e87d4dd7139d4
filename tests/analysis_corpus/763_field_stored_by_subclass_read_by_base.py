# expect: writes=yes reads=no risk=low approval=yes
# why: a base class's method writes through a field only its grandchild's `__init__` stores; an unrelated class's field of the same name stays apart, but the family does not (round 19)
import threading
from ophyd import EpicsSignal


class Actuator:
    def fire(self, value):
        self.signal.set(value)


class Magnet(Actuator):
    pass


class Corrector(Magnet):
    def __init__(self, pv):
        self.signal = EpicsSignal(pv, name="corrector")


class Flag:
    def __init__(self):
        self.signal = threading.Event()


Flag()
Corrector("SR:HCM1:SP").fire(0.2)
