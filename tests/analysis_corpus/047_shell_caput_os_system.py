# expect: writes=yes reads=no risk=high approval=n/a
# why: shelling out to the caput CLI with os.system
import os
os.system('caput MAG:QF1:CURRENT_SP 1.0')
results = {}
