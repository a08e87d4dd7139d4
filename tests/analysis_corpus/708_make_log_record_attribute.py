# expect: writes=yes reads=no risk=low approval=yes
# why: logging.makeLogRecord turns a mapping's keys into the record's attributes, so rec.target is the PV put there (left by round 15, now followed)
import logging

import epics

rec = logging.makeLogRecord({"msg": "trim", "target": epics.PV("SR:VCM2:SP")})
rec.target.put(0.25)
results = {"trimmed": True}
