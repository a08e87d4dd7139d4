# expect: writes=no reads=yes risk=low approval=no
# why: `map(PV, names)` over names from a call the analyzer does not follow (json.loads, os.environ, a file) calls only PV, never the list: the PVs are made and read, nothing is handed on (red-team round 40)
import json
import os
from pathlib import Path
from epics import PV, get_pv
config = json.loads('{"bpms": ["SR:BPM1:X", "SR:BPM2:X"]}')
bpms = list(map(PV, config["bpms"]))
extra = list(map(get_pv, os.environ.get("EXTRA_PVS", "SR:DCCT").split(",")))
listed = Path("pvs.txt")
more = list(map(PV, listed.read_text().split())) if listed.exists() else []
results = {"x": [p.get() for p in bpms + extra + more]}
