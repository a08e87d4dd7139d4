# expect: writes=yes reads=no risk=high approval=n/a
# why: `inspect.getmro(C)` reaches the class's bases (reflective, high, as `__mro__`), and the local class tree is known, so the base's device command is seen as well (red-team round 33: a clean pass before)
import inspect
import tango

class Base:
    dev = tango.DeviceProxy("sr/ps/main")

class Child(Base):
    pass

inspect.getmro(Child)[1].dev.Off()
results = {}
