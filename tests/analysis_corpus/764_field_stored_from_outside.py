# expect: writes=yes reads=no risk=low approval=yes
# why: a PV stored on an instance from outside its class (`holder.pv = PV(...)`) is read back through a method of that class; another class's `pv` is a queue (round 19)
import queue
import epics


class Holder:
    def apply(self, value):
        self.pv.put(value)


class Buffer:
    def __init__(self):
        self.pv = queue.Queue()

    def push(self, value):
        self.pv.put(value)


holder = Holder()
holder.pv = epics.PV("SR:QF1:SP")
Buffer().push(1)
holder.apply(2.5)
