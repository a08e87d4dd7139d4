# expect: writes=no reads=yes risk=low approval=no
# why: a `tango.Group`'s `add`/`remove` change its membership, kept by the client, and `command_inout("State")` reads: not writes, unlike the same names on a `DeviceProxy` (917) (round 23)
import tango
group = tango.Group("correctors")
group.add(["sr/ps/c1", "sr/ps/c2"])
group.remove("sr/ps/c2")
states = group.command_inout("State")
results = {"members": group.get_size(), "states": len(states)}
