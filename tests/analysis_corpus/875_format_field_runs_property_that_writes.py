# expect: writes=yes reads=no risk=low approval=yes
# why: a `str.format` field that names a local property runs its getter, which writes (round 22)
from epics import PV
class Dev:
    def __init__(self):
        self.sp = PV("SR:SP")
    @property
    def armed(self):
        self.sp.put(1)
        return True
dev = Dev()
print("armed={d.armed}".format(d=dev))
