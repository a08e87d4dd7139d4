# expect: writes=no reads=no risk=low approval=no
# why: look-alike: DRY_RUN = not APPLY with APPLY False (round 47, helper R)
import pyexec_runtime as rt

APPLY = False
DRY_RUN = not APPLY
plan = {"SR:RF:Volt:SP": 1500.0}
if not DRY_RUN:
    rt.write_channels(plan)
results = {"plan": plan, "dry": DRY_RUN}
