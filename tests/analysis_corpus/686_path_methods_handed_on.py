# expect: writes=no reads=no risk=medium approval=yes
# why: Path.unlink and Path.write_text handed to map, and methodcaller('unlink') applied to paths, change files as the direct calls do (round 16)
import operator
from pathlib import Path
tmp = Path("/tmp/figures")
list(map(operator.methodcaller("unlink"), tmp.glob("*.png")))
list(map(Path.write_text, [tmp / "a.txt"], ["orbit"]))
results = {}
