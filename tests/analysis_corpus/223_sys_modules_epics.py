# expect: writes=yes reads=no risk=high approval=n/a
# why: sys.modules['epics'] reaches the epics module without an import the analyzer resolves
import sys, epics
sys.modules['epics'].caput('X:Y', 3)
results = {}
