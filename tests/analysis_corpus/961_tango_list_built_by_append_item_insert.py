# expect: writes=yes reads=no risk=low approval=yes
# why: a list made empty and filled with devices by `append` holds devices, so `screens[0].insert()` is a command (round 25)
import tango
screens = []
for n in ['lt/di/yag1', 'lt/di/yag2']:
    screens.append(tango.DeviceProxy(n))
screens[0].insert()
