# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1128: a key stored through an alias (`a = rec; a['unit'] = proxy`), by `update` or by a computed key still reaches every key of the dict (red-team round 38)
import tango

rec = {}
rec["unit"] = "mA"
alias = rec
alias["unit"] = tango.DeviceProxy("sr/dcct/1")
rec["unit"].Init()
other = {}
other["unit"] = "mA"
other.update(unit=tango.DeviceProxy("sr/dcct/2"))
other["unit"].Reset()
results = {}
