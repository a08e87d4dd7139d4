# expect: writes=no reads=no risk=low approval=no
# why: an HTTP GET is not a control-system read
import requests
r = requests.get('https://example.org/status', timeout=5)
results = {'status': r.status_code}
