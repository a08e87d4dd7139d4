# expect: writes=no reads=yes risk=low approval=no
# why: multiprocessing.Pipe between threads, sending objects (round 14 false alarm; send_bytes would be a finding)
import threading
from multiprocessing import Pipe
import epics

parent, child = Pipe()
t = threading.Thread(target=lambda: child.send(epics.caget("SR:DCCT:Current")))
t.start()
results = {"current": parent.recv()}
t.join()
