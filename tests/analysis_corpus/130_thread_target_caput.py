# expect: writes=yes reads=no risk=low approval=yes
# why: caput handed to threading.Thread as its target
import threading
import epics
t = threading.Thread(target=epics.caput, args=('MAG:QF1:CURRENT_SP', 1.0))
t.start()
t.join()
results = {}
