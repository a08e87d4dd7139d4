# expect: writes=no reads=yes risk=low approval=no
# why: a template taken from a dict of literal templates, `templates["short"].format(p=pv)`, reads `p.value` (red-team round 23)
import epics
pv = epics.PV("SR:BPM1:X")
templates = {"short": "{p.value:.3f}", "long": "{p.pvname}={p.value}"}
text = templates["short"].format(p=pv)
results = {"text": text}
