# expect: writes=yes reads=no risk=low approval=yes
# why: module alias `import epics as e`
import epics as e
e.caput('RF:PHASE_SP', 30.0)
results = {}
