# expect: writes=no reads=no risk=low approval=no
# why: a comment that mentions epics.caput
# epics.caput('MAG:QF1:CURRENT_SP', 1.0) would set it; we only report
x = 1
results = {'x': x}
