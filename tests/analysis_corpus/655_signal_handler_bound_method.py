# expect: writes=no reads=yes risk=low approval=no
# why: signal.signal(SIGTERM, self.stop): the signal number is bound to `self`, so self.running = False "replaces signal.SIGTERM.running" (high) (round 15 false alarm)
import signal
import epics
class Logger:
    def __init__(self):
        self.running = True
        signal.signal(signal.SIGTERM, self.stop)
    def stop(self, signum, frame):
        self.running = False
results = {"running": Logger().running, "current": epics.caget("SR:DCCT:Current")}
