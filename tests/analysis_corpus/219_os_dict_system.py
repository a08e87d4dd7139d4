# expect: writes=yes reads=no risk=high approval=n/a
# why: os.__dict__['system'] reaches os.system through the module's attribute table
import os
os.__dict__['system']('caput X:Y 1')
results = {}
