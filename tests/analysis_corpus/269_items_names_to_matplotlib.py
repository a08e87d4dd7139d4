# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: `for name, pv in pvs.items()` hands only the name (a key) to matplotlib;
# why: only reads
import epics
import matplotlib.pyplot as plt
pvs = {name: epics.PV(name) for name in ["SR:BPM1:X", "SR:BPM2:X"]}
fig, ax = plt.subplots()
for name, pv in pvs.items():
    ax.bar(name, pv.get(), label=name)
ax.set_title("orbit")
results = {"n": len(pvs)}
