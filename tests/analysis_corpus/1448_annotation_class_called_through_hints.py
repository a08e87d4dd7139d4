# expect: writes=yes reads=no risk=high approval=n/a
# why: guard of 1447: typing.get_type_hints gives the annotated class back and calls it with True (round 47)
import typing

import epics


class Plan:
    def __init__(self, execute):
        self.execute = execute


def run(plan: Plan) -> int:
    count = 0
    for pv in ("A:1", "A:2"):
        if plan.execute:
            epics.caput(pv, 0)
            count += 1
    return count


live = typing.get_type_hints(run)["plan"](True)
results = {"written": run(Plan(execute=False)) + run(live)}
