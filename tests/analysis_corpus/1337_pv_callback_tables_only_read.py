# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: functions stored in a PV's callback tables that only read and print (red-team round 43, helper D)
import epics

seen = []


def on_connect(pvname=None, conn=None, pv=None, **kw):
    print(pvname, conn)


def record(pvname=None, value=None, cb_info=None, **kw):
    seen.append(cb_info[1].get())


p = epics.PV('SR:DCCT')
p.connection_callbacks.append(on_connect)
p.callbacks[1] = (record, {})
p.run_callbacks()
p.reconnect()
print(len(p.callbacks), seen)
