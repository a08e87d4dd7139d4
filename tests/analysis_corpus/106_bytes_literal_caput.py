# expect: writes=no reads=no risk=low approval=no
# why: a bytes literal containing caput(
payload = b"caput('MAG:QF1:CURRENT_SP', 1.0)"
results = {'size': len(payload)}
