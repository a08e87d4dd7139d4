# expect: writes=no reads=no risk=low approval=no
# why: code examples kept in a list of strings
EXAMPLES = [
    "epics.caput('MAG:QF1:CURRENT_SP', 1.0)",
    "write_channels({'A': 1})",
]
results = {'n': len(EXAMPLES)}
