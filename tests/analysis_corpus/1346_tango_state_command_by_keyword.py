# expect: writes=no reads=yes risk=low approval=no
# why: Tango's read-only State command named by the cmd_name keyword only reads (round 46)
import tango
dev = tango.DeviceProxy("sr/ps/1")
state = dev.command_inout(cmd_name="State")
results = {"state": str(state)}
