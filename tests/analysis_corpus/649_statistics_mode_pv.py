# expect: writes=yes reads=no risk=low approval=yes
# why: statistics.mode (also multimode, median_low, median_high) returns one of its elements, not a computed number (round 15)
import statistics
import epics
magnets = [epics.PV("SR:QF1:SP"), epics.PV("SR:QF2:SP"), epics.PV("SR:QF1:SP")]
statistics.mode(magnets).value = 0.0
results = {}
