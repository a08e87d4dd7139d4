# expect: writes=no reads=yes risk=low approval=no
# why: a plain class's literal DRY_RUN attribute, never stored elsewhere, rules the write out (round 46)
from p4p.client.thread import Context


class Settings:
    DRY_RUN = True
    PV = "LI:LASER:ATT_SP"


ctxt = Context("pva")
new = float(ctxt.get(Settings.PV)) * 0.9
if not Settings.DRY_RUN:
    ctxt.put(Settings.PV, new)
ctxt.close()
results = {"proposed": new}
