# expect: writes=no reads=no risk=medium approval=yes
# why: writing a JSON file is a file write (medium), not a control-system write
import json
with open('out.json', 'w') as fh:
    json.dump({'a': 1}, fh)
results = {}
