# expect: writes=yes reads=no risk=low approval=yes
# why: `rows.append(row := [])`: the list appended is `row` itself, so the PV appended to `row` afterwards is `rows[0][0]`
import epics
rows = []
for sector in (1, 2):
    rows.append(row := [])
    row.append(epics.PV(f'SR{sector}:CORR:X'))
rows[0][0].put(0.5)
