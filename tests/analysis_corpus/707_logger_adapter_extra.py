# expect: writes=yes reads=no risk=low approval=yes
# why: a LoggerAdapter keeps its extra mapping as .extra, so a PV put there and taken back out is still a PV (left by round 15, now followed)
import logging

import epics

adapter = logging.LoggerAdapter(logging.getLogger("orbit"), {"pv": epics.PV("SR:HCM1:SP")})
adapter.extra["pv"].put(0.0)
results = {"reset": True}
