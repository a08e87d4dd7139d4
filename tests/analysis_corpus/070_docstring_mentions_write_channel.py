# expect: writes=no reads=no risk=low approval=no
# why: a docstring that mentions write_channel
def summary():
    """In production this calls write_channel('X', 1) and pv.put(2)."""
    return 1


results = {'s': summary()}
