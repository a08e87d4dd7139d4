# expect: writes=yes reads=no risk=low approval=yes
# why: pv access callback pv (red-team round 8)
import epics
def on_access(read_access, write_access, pv=None):
    if write_access:
        pv.put(0.0)
p = epics.PV('SR:QF1:I', access_callback=on_access)
results = {}
