# expect: writes=yes reads=no risk=low approval=yes
# why: caput reached through globals(), which holds every module-level name
import epics
globals()['epics'].caput('MAG:QF1:CURRENT_SP', 1.0)
results = {}
