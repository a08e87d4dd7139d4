# expect: writes=yes reads=yes risk=low approval=yes
# why: a Thread subclass's run bound to a command in its body, and run set on a Thread instance: the library calls it (red-team round 45, helper I)
import threading, tango
dev = tango.DeviceProxy("sr/ps/qf1")
class Ramp(threading.Thread):
    run = dev.On
t = Ramp(); t.start(); t.join()
worker = threading.Thread()
worker.run = dev.Standby
worker.start(); worker.join()
