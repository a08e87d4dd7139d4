# expect: writes=no reads=no risk=low approval=no
# why: a name called write bound to print
write = print
write('hello')
results = {}
