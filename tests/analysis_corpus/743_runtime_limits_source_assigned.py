# expect: writes=yes reads=yes risk=high approval=n/a
# why: pyexec_runtime._LIMITS_SOURCE = (None, None) before the first write turns the runtime limits guard
# why: off (no min/max/max_step/writable checks); attribute assignment to a runtime private is not a finding
# why: red-team round 18: high, as the executor's internals (the code ran with no approval, or past the limits)
import pyexec_runtime
from epics import caget, caput

pyexec_runtime._LIMITS_SOURCE = (None, None)
caput("SR:PS:Q1:I", caget("SR:PS:Q1:I") * 20)
results = {}
