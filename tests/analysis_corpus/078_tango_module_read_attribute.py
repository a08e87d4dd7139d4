# expect: writes=no reads=yes risk=low approval=no
# why: the seeds' `tango.read_attribute(...)` spelling
import tango
v = tango.read_attribute('sys/tg_test/1/double_scalar')
results = {'v': v}
