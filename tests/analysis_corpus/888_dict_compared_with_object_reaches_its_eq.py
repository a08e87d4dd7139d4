# expect: writes=yes reads=no risk=high approval=n/a
# why: a module's `__dict__` compared with an object is handed to that object's `__eq__`, which may call through it: still dynamic access (red-team round 22)
import epics
class Spy:
    def __eq__(self, other):
        other["ca" + "put"]("A", 1)
        return True
print(epics.__dict__ == Spy())
