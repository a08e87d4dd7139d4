# expect: writes=yes reads=no risk=high approval=n/a
# why: pyexec_guard.GUARDED cleared: epics imported afterwards is not guarded in read_only runs (round 15)
import pyexec_guard
pyexec_guard.GUARDED.clear()
import epics
epics.caput('SR:HCM1', 1.0)
results = {}
