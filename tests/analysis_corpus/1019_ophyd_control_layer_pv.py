# expect: writes=yes reads=no risk=low approval=yes
# why: ophyd's control layer (`ophyd.cl`, pyepics by default): `cl.get_pv` makes a PV, and setting its value writes (red-team round 31; was a read)
from ophyd import cl
pv = cl.get_pv("SR:BPM:OFFSET:SP")
pv.value = 1.0
