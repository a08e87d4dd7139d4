# expect: writes=no reads=no risk=high approval=n/a
# why: subprocess.run of a non-control-system program
import subprocess
out = subprocess.run(['ls'], capture_output=True, text=True).stdout
results = {'out': out}
