# expect: writes=no reads=no risk=low approval=no
# why: look-alike: settings.get('mode', 'apply') of a dict holding mode 'check' is never 'apply' (round 47)
from pyexec_runtime import write_channel
settings = {"mode": "check", "step": 0.1}
if settings.get("mode", "apply") == "apply":
    write_channel("SR:QF1:I", settings["step"])
else:
    print("check only")
results = {"mode": settings["mode"]}
