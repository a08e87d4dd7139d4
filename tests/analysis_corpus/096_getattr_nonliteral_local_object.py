# expect: writes=no reads=no risk=low approval=no
# why: getattr with a computed name on a local object (not a control-system module)
class Stats:
    mean = 1.0
    std = 0.5


summary = {k: getattr(Stats, k) for k in ('mean', 'std')}
results = summary
