# expect: writes=yes reads=no risk=high approval=n/a
# why: `__import__('epics').caput`: high risk
__import__('epics').caput('MAG:QF1:CURRENT_SP', 1.0)
results = {}
