# expect: writes=no reads=no risk=low approval=no
# why: a triple-quoted block of code text
import textwrap
snippet = textwrap.dedent('''
    pv = epics.PV('X')
    pv.put(1)
    pv.value = 2
''')
results = {'lines': snippet.count('\n')}
