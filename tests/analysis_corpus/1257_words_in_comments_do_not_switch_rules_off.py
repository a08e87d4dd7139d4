# expect: writes=no reads=yes risk=low approval=no
# why: words in comments (fire, inspect) reach nothing, and a helper named only in a comment is never called (red-team round 43, helper A)
from pyexec_runtime import read_channel, write_channel


def trigger_kicker(voltage_kv):
    # arm and fire the injection kicker once
    write_channel("INJ:KICKER:V:SP", voltage_kv)
    write_channel("INJ:KICKER:TRIG", 1)


charge = read_channel("INJ:ICT:CHARGE")
eff = read_channel("INJ:EFFICIENCY")
print(f"last shot: {charge:.2f} nC, efficiency {eff:.0%}")
results = {"charge_nC": charge, "efficiency": eff}
