# expect: writes=yes reads=no risk=low approval=yes
# why: AttributeProxy imported from its pytango submodule. (red-team round 7)
from tango.attribute_proxy import AttributeProxy

cur = AttributeProxy('sr/ps/qf1/Current')
cur.write(101.5)
results = {}
