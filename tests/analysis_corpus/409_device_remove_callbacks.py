# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: pyepics Device.add_callback/remove_callbacks only manage monitors (round 6)
import time
import epics

scaler = epics.Device('BL:SCALER1.', attrs=('S1', 'S2', 'CNT'))
counts = []
scaler.add_callback('S1', lambda value=None, **kw: counts.append(value))
time.sleep(2.0)
scaler.remove_callbacks('S1')
results = {'n_updates': len(counts), 'last': counts[-1] if counts else None}
