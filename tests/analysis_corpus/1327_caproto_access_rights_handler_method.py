# expect: writes=yes reads=no risk=low approval=yes
# why: a bound method added to a caproto PV's access_rights_callback handler gets (pv, rights) and writes through the PV (red-team round 43, helper D)
from caproto.threading.client import Context


class Init:
    def __init__(self, value):
        self.value = value

    def on_rights(self, pv, rights):
        pv.write([self.value])


pv, = Context().get_pvs('SR:QF1:I')
pv.access_rights_callback.add_callback(Init(1.0).on_rights, run=True)
