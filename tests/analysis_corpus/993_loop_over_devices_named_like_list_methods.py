# expect: writes=yes reads=no risk=low approval=yes
# why: the same loops over tables whose items are proxies (or may be): `for i, screen in enumerate(screens): screen.insert()` runs each viewer's Insert command
import tango
screens = [tango.DeviceProxy(n) for n in ['sr/bv/1', 'sr/bv/2']]
rows = [[] for _ in range(2)]
rows.append(tango.DeviceProxy('sr/bv/3'))
for i, screen in enumerate(screens):
    screen.insert()
for bucket in rows:
    bucket.insert()
