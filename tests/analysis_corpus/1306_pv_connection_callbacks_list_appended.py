# expect: writes=yes reads=no risk=low approval=yes
# why: a function appended to a PV's connection_callbacks runs when the PV (re)connects, with pv= the PV, and puts through it (red-team round 43, helper D)
import epics


def on_connect(pvname=None, conn=None, pv=None, **kw):
    if conn:
        pv.put(0.0)


p = epics.PV('SR:QF1:I')
p.connection_callbacks.append(on_connect)
p.reconnect()
