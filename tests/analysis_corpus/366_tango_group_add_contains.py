# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: tango.Group.add / contains / remove only edit the client-side device list, but a Group is modelled as a DeviceProxy so they are reported as Tango commands (resolved writes)
import tango

quads = tango.Group("quads")
quads.add(["sr/ps/q1", "sr/ps/q2", "sr/ps/q3", "sr/ps/q4"])
quads.remove("sr/ps/q4")  # q4 is known broken, skip it
if not quads.contains("sr/ps/q1"):
    raise SystemExit("q1 missing from group")
print(quads.get_size(), "devices:", quads.get_device_list())
for reply in quads.read_attribute("Current"):
    if reply.has_failed():
        print(reply.dev_name(), "read failed")
    else:
        print(f"{reply.dev_name()}: {reply.get_data().value:.3f} A")
