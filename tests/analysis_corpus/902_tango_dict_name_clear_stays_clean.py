# expect: writes=no reads=no risk=low approval=no
# why: a dict of Tango devices cleared through its own name, and a name bound to the dict itself, are the dict's `clear` (round 23)
import tango
magnets = {name: tango.DeviceProxy(name) for name in ["sr/mag/qf1", "sr/mag/qd1"]}
cache = magnets
cache.clear()
magnets.clear()
results = {"left": len(magnets)}
