# expect: writes=no reads=yes risk=low approval=no
# why: `getattr(dev, a)` for `a` over a list display of names that is only ever iterated loads those attributes: reads of the Tango device, not dynamic access (red-team round 21)
import tango
dev = tango.DeviceProxy("sr/diag/dcct")
attrs = ["Current", "Lifetime", "Charge"]
results = {a: getattr(dev, a) for a in attrs}
