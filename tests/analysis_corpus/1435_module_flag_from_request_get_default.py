# expect: writes=no reads=no risk=low approval=no
# why: look-alike: dry_run = request.get('dry_run', True) of a dict without the key, bound once at module level (round 47, helper X)
"""Quick RF phase trim using a request dictionary without a dry_run key."""
from epics import caput

request = {"pv": "SR:RF:PHASE_SET", "value": 31.5}
dry_run = request.get("dry_run", True)
if dry_run:
    print("dry run (default):", request)
else:
    caput(request["pv"], request["value"])
results = {"dry_run": dry_run}
