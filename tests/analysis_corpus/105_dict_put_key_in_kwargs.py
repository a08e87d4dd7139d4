# expect: writes=no reads=no risk=low approval=no
# why: a keyword argument named put
plan = dict(put=1, get=2)
results = {'plan': plan}
