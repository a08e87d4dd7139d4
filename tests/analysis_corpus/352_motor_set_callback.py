# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: Motor.set_callback (adds a monitor) and make_step_list (computes from limits) are reads; clear_callback is already a read
import time
import epics

m = epics.Motor("SR:MOT1")
seen = []
m.set_callback("RBV", lambda **kw: seen.append(kw.get("value")))
time.sleep(1.0)
m.clear_callback("RBV")
print(len(seen), m.make_step_list())
