# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a PV handed to a local thread target that only reads it; the walk follows
# why: the target
import threading
import epics

readings = {}

def reader(pv):
    readings[pv.pvname] = pv.get()

pv = epics.PV("SR:DCCT:CURRENT")
worker = threading.Thread(target=reader, args=(pv,))
worker.start()
worker.join(timeout=5)
results = {"current": readings.get("SR:DCCT:CURRENT")}
