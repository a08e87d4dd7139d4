# expect: writes=no reads=no risk=medium approval=yes
# why: Path.rename changes the file system (round 13)
from pathlib import Path
Path('data.txt').rename('moved.txt')
results = {}
