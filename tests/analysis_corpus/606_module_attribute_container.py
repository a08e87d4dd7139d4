# expect: writes=yes reads=no risk=low approval=yes
# why: a container kept as a module attribute and filled later (round 14)
import statistics, epics
statistics.pvs = {}
statistics.pvs["qf1"] = epics.PV("SR:QF1:CURRENT_SP")
statistics.pvs["qf1"].value = 1.0
results = {}
