# expect: writes=yes reads=no risk=low approval=yes
# why: print calls the write of the object it is handed, here a library method bound in a class body (round 44, helper F)
from caproto.threading.client import Context
pv, = Context().get_pvs("X:A")
class W:
    write = pv.write
print("1", file=W(), end="")
