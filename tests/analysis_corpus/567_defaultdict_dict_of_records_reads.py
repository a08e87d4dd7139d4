# expect: writes=no reads=yes risk=low approval=no
# why: a local record kept in a defaultdict(dict) gets a read value; not a patch of builtins.dict (round 13 false alarm)
import collections, epics
class Reading:
    value = None
table = collections.defaultdict(dict)
table["ring"]["qf1"] = Reading()
table["ring"]["qf1"].value = epics.caget("SR:QF1:CURRENT_RB")
results = {"qf1": table["ring"]["qf1"].value}
