# expect: writes=no reads=no risk=medium approval=yes
# why: Path(p).open('w'): a bound Path.open's mode comes first (round 13)
from pathlib import Path
with Path('out.txt').open('w') as fh:
    fh.write('x')
results = {}
