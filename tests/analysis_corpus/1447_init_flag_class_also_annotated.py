# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a plain class's __init__ flag every construction passes False; the class is also named in an annotation (round 47, helper Y)
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

results = {"written": run(Plan(execute=False))}
