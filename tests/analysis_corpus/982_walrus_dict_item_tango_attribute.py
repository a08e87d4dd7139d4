# expect: writes=yes reads=no risk=low approval=yes
# why: `plant['rf'] = (cavities := {})`: the walrus value is the dict `cavities` names, filled afterwards with proxies whose attribute is then written through `plant`
import tango
plant = {}
plant['rf'] = (cavities := {})
cavities['c1'] = tango.DeviceProxy('sr/rf/c1')
plant['rf']['c1'].write_attribute('Voltage', 1.2)
