# expect: writes=no reads=yes risk=low approval=no
# why: a threading Timer handed a PV's read method runs it and keeps it where the walk models it (round 46)
import threading
import epics
pv = epics.PV("SR:BPM1:X")
t = threading.Timer(0.01, pv.get)
t.start(); t.join()
results = {"ok": True}
