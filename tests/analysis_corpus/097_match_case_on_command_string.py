# expect: writes=no reads=no risk=low approval=no
# why: the word caput as a match-case string pattern
command = 'status'
match command:
    case 'caput':
        action = 'would write'
    case _:
        action = 'read only'
results = {'action': action}
