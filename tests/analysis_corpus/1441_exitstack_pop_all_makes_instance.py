# expect: writes=yes reads=no risk=low approval=yes
# why: ExitStack.pop_all on our controller makes type(self)() with the live default (round 47, helper W)
import collections
import contextlib
import epics
class Controller:
    def __init__(self, simulate=False):
        self.simulate = simulate
        self._exit_callbacks = collections.deque()
    def run(self):
        if not self.simulate:
            epics.caput("SR:CTL:RUN", 1)
ctl = Controller(simulate=True)
ctl.run()
contextlib.ExitStack.pop_all(ctl).run()
results = {}
