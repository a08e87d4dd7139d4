# expect: writes=no reads=yes risk=low approval=no
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import pandas as pd
from ophyd import EpicsMotor
motors = [EpicsMotor(f"BL06:HEX:{a}", name=f"hex_{a.lower()}") for a in ("TX", "TY", "TZ", "RX", "RY", "RZ")]
rows = []
for m in motors:
    for k, v in m.read().items():
        rows.append({"signal": k, "value": v["value"]})
df = pd.DataFrame(rows)
results = {"table": df.to_dict("records")}
