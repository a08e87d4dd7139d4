# expect: writes=no reads=yes risk=low approval=no
# why: list() only collects the bound put methods into a list and never calls them; the only control-system calls are the get()s (round 20)
import epics

pvs = [epics.PV("SR:COR01:SP"), epics.PV("SR:COR02:SP")]
setters = list(p.put for p in pvs)
results = {"n_setters": len(setters), "values": [p.get() for p in pvs]}
