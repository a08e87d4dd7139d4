# expect: writes=yes reads=no risk=low approval=yes
# why: a dict subclass registry of bound pv.put methods (self[name] = pv.put) called as actions[name](v) is not tracked
import epics


class Actions(dict):
    def bind(self, name):
        self[name] = epics.PV(name).put


actions = Actions()
actions.bind("Q1:SET")
actions["Q1:SET"](1.0)
