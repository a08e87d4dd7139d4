# expect: writes=yes reads=no risk=low approval=yes
# why: the walrus stores the bound PV.put in the nonlocal `put`, which outer then calls: a write (round 20)
import epics


def outer(names):
    put = None

    def pick():
        nonlocal put
        [n for n in names if (put := epics.PV(n).put)]

    pick()
    put(0.0)


outer(["SR:COR01:SP"])
results = {"ok": True}
