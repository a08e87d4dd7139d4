# expect: writes=no reads=no risk=low approval=no
# why: re.compile and DataFrame.eval are not dynamic code
import re
import pandas as pd
pat = re.compile(r'\d+')
df = pd.DataFrame({'a': [1], 'b': [2]})
df['c'] = df.eval('a + b')
results = {'m': bool(pat.match('12'))}
