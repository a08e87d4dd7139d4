# expect: writes=no reads=no risk=low approval=no
# why: an instance's simulate flag stored from an __init__ parameter that every construction sets True rules the write out (round 46)
import epics


class Controller:
    def __init__(self, simulate=True):
        self.simulate = simulate
        self.log = []

    def set(self, pv, value):
        if self.simulate:
            self.log.append((pv, value))
            return
        epics.caput(pv, value)


ctl = Controller(simulate=True)
for i in range(3):
    ctl.set(f"TL:COR:{i}:SP", 0.1 * i)
results = {"simulated": ctl.log}
