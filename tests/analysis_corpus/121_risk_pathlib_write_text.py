# expect: writes=no reads=no risk=medium approval=yes
# why: Path.write_text writes a file
import pathlib
pathlib.Path('out.txt').write_text('x')
results = {}
