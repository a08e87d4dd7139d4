# expect: writes=no reads=no risk=medium approval=yes
# why: open(..., 'w') writes a file: medium, needs review
with open('report.txt', 'w') as fh:
    fh.write('summary')
results = {}
