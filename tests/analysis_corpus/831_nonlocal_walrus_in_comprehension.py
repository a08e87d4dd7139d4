# expect: writes=yes reads=no risk=low approval=yes
# why: a walrus in a comprehension binds in the enclosing function, and `nonlocal active` there makes it the outer function's `active`, so `active.put` writes to the PV picked in the comprehension (round 20)
import epics


def controller(names):
    active = None

    def select():
        nonlocal active
        return [n for n in names if (active := epics.PV(n)).connected]

    select()
    active.put(0.0)


controller(["SR:COR01:SP", "SR:COR02:SP"])
results = {"done": True}
