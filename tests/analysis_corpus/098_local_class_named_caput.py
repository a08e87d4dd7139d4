# expect: writes=no reads=no risk=low approval=no
# why: a local fake with a caput method is not the control system
class FakeEpics:
    def __init__(self):
        self.log = []

    def caput(self, name, value):
        self.log.append((name, value))


fake = FakeEpics()
fake.caput('MAG:QF1:CURRENT_SP', 1.0)
results = {'log': fake.log}
