# expect: writes=no reads=no risk=medium approval=yes
# why: sqlite3.connect(path) opens a database file its statements may write (round 15)
import sqlite3
con = sqlite3.connect("/tmp/data.db")
con.execute("create table t (x)")
con.commit()
results = {}
