# expect: writes=no reads=yes risk=low approval=no
# why: grouping PVs with defaultdict(list) and reading them: the elements are lists, not the list class (round 13 false alarm)
import collections, epics
by_sector = collections.defaultdict(list)
by_sector["S01"].append(epics.PV("SR:S01:QF1:CURRENT_RB"))
results = {s: [p.get() for p in pvs] for s, pvs in by_sector.items()}
