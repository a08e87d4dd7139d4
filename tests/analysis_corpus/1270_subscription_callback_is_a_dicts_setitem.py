# expect: writes=yes reads=yes risk=low approval=yes
# why: a caproto subscription callback that is a dict's bound item assignment keys the dict by subscriptions (round 44, helper G)
from caproto.threading.client import Context

latest = {}
pv, = Context().get_pvs("BL:TH12")
pv.subscribe().add_callback(latest.__setitem__)
for sub in latest:
    sub.pv.write([0])
