# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1161: PVs made by `map(PV, names)` and then handed to a function of a library the analyzer does not follow, again through `map`, may be written there
import json
import beamtools
from epics import PV
pvs = list(map(PV, json.loads('["SR:CH1", "SR:CH2"]')))
settled = list(map(beamtools.settle, pvs))
results = {"settled": settled}
