# expect: writes=yes reads=no risk=high approval=n/a
# why: a shell command built at run time cannot be ruled out
import subprocess
target = 'MAG:QF1:CURRENT_SP'
subprocess.run('ca' + 'put ' + target + ' 1', shell=True)
results = {}
