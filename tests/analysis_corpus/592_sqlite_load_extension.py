# expect: writes=no reads=no risk=high approval=n/a
# why: sqlite3's load_extension loads native code (round 13)
import sqlite3
con = sqlite3.connect(':memory:')
con.enable_load_extension(True)
try:
    con.load_extension('./ext')
except sqlite3.OperationalError:
    pass
results = {}
