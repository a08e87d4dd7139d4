# expect: writes=no reads=no risk=high approval=n/a
# why: pandas.io.pickle.read_pickle is pandas.read_pickle under its module path (round 15)
from pandas.io.pickle import read_pickle
read_pickle('evil.pkl')
results = {}
