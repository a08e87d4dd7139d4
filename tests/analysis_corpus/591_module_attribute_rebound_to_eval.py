# expect: writes=no reads=no risk=high approval=n/a
# why: json.loads = eval, then json.loads(s) runs s (round 13)
import json
json.loads = eval
json.loads("__import__('os').system('true')")
results = {}
