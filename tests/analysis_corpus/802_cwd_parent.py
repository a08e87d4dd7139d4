# expect: writes=no reads=no risk=medium approval=yes
# why: Path.cwd().parent (and os.getcwd() + '..' through abspath is caught) climbs out of the run folder; not reported (round 19)
from pathlib import Path

import pandas as pd

shared = Path.cwd().parent / "shared"
pd.DataFrame({"x": [1]}).to_csv(shared / "x.csv")
results = {"ok": True}
