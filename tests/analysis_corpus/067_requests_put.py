# expect: writes=no reads=no risk=low approval=no
# why: requests.put is HTTP, not the control system
import requests
resp = requests.put('https://example.org/api/items/1', json={'a': 1}, timeout=5)
results = {'status': resp.status_code}
