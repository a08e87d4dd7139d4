# expect: writes=no reads=no risk=high approval=n/a
# why: assigning pyexec_runtime._MODE (a private name listed under runtime_internals) made the runtime (before round 18)
# why: accept writes in a read_only run; reading _MODE was a finding, assigning it was not
# why: red-team round 18: high, as the executor's internals (the code ran with no approval, or past the limits)
import pyexec_runtime

pyexec_runtime._MODE = "write_access"
results = {}
