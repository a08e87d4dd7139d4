# expect: writes=no reads=no risk=low approval=no
# why: methodcaller('replace') and methodcaller('upper') applied to strings, and paths only built and printed, change no file (round 16)
import operator
from pathlib import Path
names = list(map(operator.methodcaller("replace", "SR", "BR"), ["SR:BPM01", "SR:BPM02"]))
upper = [operator.methodcaller("upper")(n) for n in names]
paths = sorted(Path("/tmp").glob("*.h5"))
print(*paths, sep="\n")
results = {"names": upper, "paths": [str(p) for p in paths]}
