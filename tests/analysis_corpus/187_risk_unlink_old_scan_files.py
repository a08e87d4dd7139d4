# expect: writes=no reads=no risk=medium approval=yes
# why: housekeeping that deletes old scan files with Path.unlink in a glob loop: deleting
# why: files is medium risk, no control-system access
import time
from pathlib import Path

SCAN_DIR = Path('/tmp/quad_scans')
MAX_AGE_DAYS = 14

now = time.time()
removed = []
for path in sorted(SCAN_DIR.glob('scan_*.h5')):
    age_days = (now - path.stat().st_mtime) / 86400.0
    if age_days > MAX_AGE_DAYS:
        path.unlink()
        removed.append(path.name)

results = {'removed': removed}
