# expect: writes=no reads=no risk=high approval=n/a
# why: os.system handed to a Thread as its target runs a shell command
import os
import threading
t = threading.Thread(target=os.system, args=('echo EXEC-thread-system',))
t.start(); t.join()
results = {}
