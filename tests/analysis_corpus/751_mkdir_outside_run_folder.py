# expect: writes=no reads=no risk=medium approval=yes
# why: making directories is not a finding inside the run folder, but os.makedirs('/tmp/...') and Path('/data/...').mkdir(parents=True) create directories outside it and are low (a file written there is file_write) (round 18)
import os
from pathlib import Path

os.makedirs("/tmp/analysis_out", exist_ok=True)
Path("/data/reports/2024").mkdir(parents=True, exist_ok=True)
results = {}
