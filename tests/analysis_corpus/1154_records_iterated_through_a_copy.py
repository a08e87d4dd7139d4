# expect: writes=no reads=yes risk=low approval=no
# why: a list of fresh records iterated through a copy (`recs[:]`, `sorted(recs, key=...)`) holds the same records: `rec['last'] = ...` and `rec.update()` are the dict's, not the proxy's (red-team round 39, helper Q)
import tango
recs = [{"proxy": tango.DeviceProxy(n), "label": n} for n in ("bl/pm/1", "bl/pm/2")]
for rec in recs[:]:
    rec["last"] = float(rec["proxy"].Intensity)
for rec in sorted(recs, key=lambda r: r["label"]):
    rec.update(checked=True)
results = {"n": len(recs)}
