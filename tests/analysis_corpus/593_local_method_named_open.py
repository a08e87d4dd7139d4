# expect: writes=no reads=no risk=low approval=no
# why: a local class's open(sector, 'auto') is not a file (round 13 false alarm)
class Valve:
    def __init__(self):
        self.state = 'closed'

    def open(self, sector, mode='auto'):
        self.state = f'open:{sector}:{mode}'
        return self.state

results = {'state': Valve().open('S1', 'auto')}
