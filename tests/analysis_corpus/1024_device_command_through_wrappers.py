# expect: writes=yes reads=yes risk=low approval=yes
# why: a Tango command kept as a value and called by a wrapper: `functools.cache(dev.Reset)()`, `contextvars.copy_context().run(dev.On)`, `ThreadPool(1).apply(dev.Standby)`, `operator.call(dev.Off, *args)` (red-team round 31; recorded as reads before); loading a command by name asks the device for it, a read
import contextvars
import functools
import operator
from multiprocessing.pool import ThreadPool
import tango
dev = tango.DeviceProxy("sr/ps/q1")
functools.cache(dev.Reset)()
contextvars.copy_context().run(dev.On)
ThreadPool(1).apply(dev.Standby)
args = ()
operator.call(dev.Off, *args)
