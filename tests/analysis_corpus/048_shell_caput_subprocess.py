# expect: writes=yes reads=no risk=high approval=n/a
# why: shelling out to caput with subprocess.run
import subprocess
subprocess.run(['caput', 'MAG:QF1:CURRENT_SP', '1.0'], check=True)
results = {}
