# expect: writes=yes reads=no risk=low approval=yes
# why: tango.client.Object (PyTango's high-level client) writes attributes in __setattr__; tango.client.* paths are unknown
from tango.client import Object

ps = Object("sr/ps/q1")
ps.current = 10.0
