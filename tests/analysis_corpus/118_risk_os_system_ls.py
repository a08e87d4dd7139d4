# expect: writes=no reads=no risk=high approval=n/a
# why: os.system with a harmless-looking command is still a shell
import os
os.system('ls -l')
results = {}
