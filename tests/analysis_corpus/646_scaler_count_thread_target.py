# expect: writes=yes reads=yes risk=low approval=yes
# why: a pyepics device method (Scaler.Count) handed uncalled to Thread(target=...) runs there: a write; the load is also reported as a read (round 15)
import threading
from epics.devices import Scaler
sc = Scaler("BL:SC1")
t = threading.Thread(target=sc.Count)
t.start()
t.join()
results = {}
