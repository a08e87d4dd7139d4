# expect: writes=no reads=no risk=low approval=no
# why: code with a trailing comment that mentions pv.put
x = 1  # then pv.put(x) in a later version
results = {'x': x}
