# expect: writes=yes reads=no risk=low approval=yes
# why: a default dry_run=DRY_RUN takes the flag's value when the def runs; DRY_RUN = True afterwards does not change it, so the write runs (round 47, helpers R and S)
import epics

DRY_RUN = False

def apply_setpoint(value, dry_run=DRY_RUN):
    if not dry_run:
        epics.caput("BL1:DEF:Set", value)

DRY_RUN = True
apply_setpoint(1.0)
results = {"ok": True}
