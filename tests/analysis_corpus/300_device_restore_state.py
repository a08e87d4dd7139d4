# expect: writes=yes reads=yes risk=low approval=yes
# why: epics.Device.restore_state(state) puts every saved attribute; not in the Device write list
import epics
undulator = epics.Device("ID01:", attrs=("GAP", "TAPER"))
saved = undulator.save_state()
saved["GAP"] = 12.5
undulator.restore_state(saved)
results = {"saved": saved}
