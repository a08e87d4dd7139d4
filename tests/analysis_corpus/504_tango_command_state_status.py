# expect: writes=no reads=yes risk=low approval=no
# why: Tango State and Status are read-only commands, also run by name (red-team round 10)
import tango
dev = tango.DeviceProxy('sr/rf/tx1')
results = {'state': str(dev.command_inout('State')), 'status': dev.command_inout('Status')}
