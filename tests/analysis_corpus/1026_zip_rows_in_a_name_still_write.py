# expect: writes=yes reads=no risk=low approval=yes
# why: the same rows kept in a name where the PV is written, or where a row of another shape was appended: positions apart do not hide a write (red-team round 31)
import epics
class Slot:
    value = None
pairs = list(zip(["A", "B"], [epics.PV("SR:A:SP"), epics.PV("SR:B:SP")]))
for name, pv in pairs:
    pv.put(0.0)
rows = list(zip([Slot()], [Slot()]))
rows.append((Slot(), epics.PV("SR:C:SP")))
for a, b in rows:
    b.value = 1.0
