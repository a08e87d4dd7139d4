# expect: writes=yes reads=no risk=low approval=yes
# why: an instance sharing another's state with self.__dict__ = session.__dict__ (a view object); the load self.shutter on OperatorView reads only OperatorView's family (missed write) (round 19)
from ophyd import EpicsSignal
class Session:
    def __init__(self):
        self.shutter = EpicsSignal('BL:SHUTTER')
        self.attempts = 0
class OperatorView:
    """A view onto a session's state, for the operator panel."""
    def __init__(self, session):
        self.__dict__ = session.__dict__
    def close_shutter(self):
        self.shutter.set(0).wait()
view = OperatorView(Session())
view.close_shutter()
results = {'closed': True}
