# expect: writes=yes reads=no risk=low approval=yes
# why: functions added with extend to a PV's access_callbacks run on access-rights changes with pv= the PV; the second puts (red-team round 43, helper D)
import epics


def show(read_access, write_access, pv=None):
    print(read_access, write_access)


def restore(read_access, write_access, pv=None):
    if write_access:
        pv.put(1.0)


p = epics.PV('SR:QF1:I')
p.access_callbacks.extend([show, restore])
p.reconnect()
