# expect: writes=no reads=no risk=low approval=no
# why: a local class called PV shadows nothing from epics
class PV:
    def __init__(self, name):
        self.name = name
        self.value = None

    def put(self, v):
        self.value = v


p = PV('X')
p.put(1)
p.value = 2
results = {'v': p.value}
