# expect: writes=yes reads=yes risk=low approval=yes
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import pyexec_runtime as rt

CORRECTORS = ["SR:VCM01:SP", "SR:VCM02:SP", "SR:VCM03:SP"]
GAIN = 0.5
MAX_STEP = 0.02

readings = rt.read_channels([c.replace(":SP", ":RB") for c in CORRECTORS])
orbit = rt.read_channels(["SR:BPM01:Y", "SR:BPM02:Y", "SR:BPM03:Y"])
new_sp = {}
for corr, (bpm, y) in zip(CORRECTORS, orbit.items()):
    step = max(-MAX_STEP, min(MAX_STEP, -GAIN * y))
    new_sp[corr] = readings[corr.replace(":SP", ":RB")] + step
print("applying:", new_sp)
rt.write_channels(new_sp)
results = {"applied": new_sp}
