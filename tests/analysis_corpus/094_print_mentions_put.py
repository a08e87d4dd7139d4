# expect: writes=no reads=no risk=low approval=no
# why: print of a string containing pv.put(3)
print("pv.put(3) is what a write would look like")
results = {}
