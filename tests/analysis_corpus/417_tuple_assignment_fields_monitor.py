# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: self.pvs, self.period, self.n = pvs, period, n keeps self.n a number (round 6)
import threading
import time
import epics

class Monitor:
    def __init__(self, pvs, period=0.1, n=5):
        self.pvs, self.period, self.n = pvs, period, n
        self.rows = []
    def run(self):
        for _ in range(self.n):
            self.rows.append([p.get(timeout=1.0) for p in self.pvs])
            time.sleep(self.period)

mon = Monitor([epics.PV('SR:DCCT:CURRENT'), epics.PV('SR:LIFETIME')])
t = threading.Thread(target=mon.run, daemon=True)
t.start()
t.join()
results = {'rows': len(mon.rows)}
