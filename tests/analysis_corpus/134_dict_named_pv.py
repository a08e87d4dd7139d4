# expect: writes=no reads=no risk=low approval=no
# why: a dict named pv with a 'value' key
pv = {'value': 1}
pv['value'] = 2
results = {'pv': pv}
