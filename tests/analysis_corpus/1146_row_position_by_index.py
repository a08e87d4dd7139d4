# expect: writes=no reads=yes risk=low approval=no
# why: `rows[i][1]` of rows whose positions are kept is that position of a row, not any element: `rows[0][1].upper()` is text's method, not a Tango command (red-team round 38, helper L)
import tango

rows = [(tango.DeviceProxy("sr/ps/q1"), "q1 magnet"), (tango.DeviceProxy("sr/ps/q2"), "q2 magnet")]
results = {"first": rows[0][1].upper(), "state": str(rows[0][0].state())}
