# expect: writes=yes reads=no risk=low approval=yes
# why: what is stored into an element of rows with kept positions reaches every position: PVs appended to one list of each row and written through the other list, or through the rows by index, are writes (red-team round 31)
import epics
pairs = [([], []) for _ in range(2)]
for setpoints, spare in pairs:
    setpoints.append(epics.PV("SR:C01:HCM:SP"))
for setpoints, spare in pairs:
    for pv in setpoints + spare:
        pv.value = 0.0
pairs[0][0][0].put(0.1)
