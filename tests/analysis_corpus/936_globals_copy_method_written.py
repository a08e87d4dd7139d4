# expect: writes=no reads=no risk=low approval=no
# why: globals().copy() is a copy; writing into the copy is harmless (red-team round 24)
snap = globals().copy()
snap["extra"] = 1
snap.update(x=2)
results = {"done": True}
