# expect: writes=yes reads=no risk=low approval=yes
# why: `screens['yag1'].insert()` runs the beam viewer's Insert command (Tango finds commands whatever their case): an item of a dict of devices is the device (round 25)
import tango
screens = {'yag1': tango.DeviceProxy('lt/di/yag1'), 'yag2': tango.DeviceProxy('lt/di/yag2')}
screens['yag1'].insert()
results = {'inserted': 'yag1'}
