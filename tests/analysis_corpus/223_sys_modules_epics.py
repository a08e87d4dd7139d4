# expect: writes=yes reads=no risk=low approval=yes
# why: sys.modules['epics'] reaches the epics module without an import; with a literal name it is resolved as that module (round 17: was high as unresolved), so the caput is a verified write, as getattr(epics, 'caput') is
import sys, epics
sys.modules['epics'].caput('X:Y', 3)
results = {}
