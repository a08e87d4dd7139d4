# expect: writes=no reads=no risk=low approval=no
# why: an in-memory SQLite database writes no file (round 15)
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t (x)")
results = {}
