# expect: writes=no reads=no risk=high approval=n/a
# why: sys.path[:0] = [...] changes where imports are found; only insert/append/extend are listed (round 15)
import sys
sys.path[:0] = ['mods']
import rt15mod
results = {}
