# expect: writes=no reads=no risk=low approval=no
# why: dict(globals()) makes a copy; writing into the copy does not affect globals (red-team round 24)
snapshot = dict(globals())
snapshot["w"] = print
keys = list(snapshot)
results = {"done": True}
