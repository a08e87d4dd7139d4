# expect: writes=no reads=no risk=low approval=no
# why: a plain variable named caput, never called
caput = 0
caput += 1
results = {'count': caput}
