# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1365: a default hands a class-body helper to a module list, which the live code runs
import epics

STEPS = []

class Procedure:
    def _open_shutter():
        epics.caput("BL21:SHUTTER:OPEN", 1)

    def _register(self, ok=STEPS.append(_open_shutter)):
        return ok

for step in STEPS:
    step()
results = {"steps": len(STEPS)}
