# expect: writes=yes reads=no risk=low approval=yes
# why: pv connection callback reset (red-team round 8)
import epics
def on_conn(pvname=None, conn=None, pv=None, **kw):
    if conn:
        pv.put(0.0)
p = epics.PV('SR:QF1:I', connection_callback=on_conn)
results = {}
