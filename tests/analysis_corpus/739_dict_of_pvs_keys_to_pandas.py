# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a dict of PVs filled by name (also annotated) hands only its keys to pandas and matplotlib through list(d), sorted(d), d.keys() and `for name in d` (round 18; was an unverified write)
import epics
import matplotlib.pyplot as plt
import pandas as pd

BPMS = ["SR:C01:BPM1:X", "SR:C01:BPM2:X"]
pvs: dict[str, epics.PV] = {}
for name in BPMS:
    pvs[name] = epics.PV(name)
more = {name: epics.PV(name) for name in BPMS}

df = pd.DataFrame(index=list(pvs), columns=["value"])
for name in pvs:
    df.loc[name, "value"] = pvs[name].get()
fig, ax = plt.subplots()
ax.set_xticklabels(sorted(more))
ax.legend(list(more.keys()))
results = {"table": df.to_dict(), "names": [n for n in more]}
