# expect: writes=no reads=no risk=low approval=no
# why: a shell command kept in a string, never run
cmd = "caput MAG:QF1:CURRENT_SP 1.0"
results = {'suggested_command': cmd}
