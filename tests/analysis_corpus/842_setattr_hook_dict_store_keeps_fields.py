# expect: writes=no reads=yes risk=low approval=no
# why: `self.__dict__[name] = value` in a `__setattr__` hook hands on the assignment that ran it; it gives the object no other class's attributes, so `Worker.target` (a queue) stays apart from `Magnet.target` (a PV) and the hook is not reflection (round 21)
import queue
import epics

class Magnet:
    def __init__(self, name):
        self.target = epics.PV(name)

    def __setattr__(self, name, value):
        self.__dict__[name] = value

class Worker:
    def __init__(self):
        self.target = queue.Queue()

    def submit(self, job):
        self.target.put(job)

m = Magnet("SR:MAG1")
w = Worker()
w.submit(1)
results = {"x": m.target.get()}
