# expect: writes=no reads=no risk=low approval=no
# why: dict.get is not a read
cfg = {'gain': 2}
g = cfg.get('gain', 1)
results = {'g': g}
