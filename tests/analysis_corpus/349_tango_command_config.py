# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: DeviceProxy.get_command_config/adm_name/alias are client-side queries, but unknown proxy methods are treated as commands (writes)
import tango

dp = tango.DeviceProxy("sr/ps/q1")
for cmd in dp.get_command_list():
    cfg = dp.get_command_config(cmd)
    print(cmd, cfg.in_type, cfg.out_type)
print("admin device:", dp.adm_name(), "alias:", dp.alias())
