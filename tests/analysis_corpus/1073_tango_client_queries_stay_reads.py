# expect: writes=no reads=yes risk=low approval=no
# why: PyTango's own `get_*`/`is_*` client methods read (guard for round 34's explicit list of them)
import tango

dev = tango.DeviceProxy("sr/ps/q1")
report = {
    "attributes": list(dev.get_attribute_list()),
    "commands": [c.cmd_name for c in dev.get_command_config()],
    "locked": dev.is_locked(),
    "polled": dev.is_attribute_polled("Current"),
    "source": str(dev.get_source()),
    "timeout": dev.get_timeout_millis(),
    "properties": dev.get_property(["Polarity"]),
}
results = {"report": report}
