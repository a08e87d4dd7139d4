# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a motor's position, a device's saved state, a Tango database query and a scaler's Read stay reads
import epics
import tango
from epics.devices import Scaler

m = epics.Motor("BL1:SAMPLE:X")
undulator = epics.Device("ID01:", attrs=("GAP", "TAPER"))
db = tango.Database()
scaler = Scaler("BL1:scaler1")
results = {
    "position": m.get_position(),
    "in_limits": m.within_limits(1.0),
    "saved": undulator.save_state(),
    "max_current": db.get_device_property("sr/ps/quad01", ["max_current"]),
    "counts": scaler.Read(),
}
