# expect: writes=no reads=no risk=low approval=no
# why: sqlite3.connect(f"file:{db}?mode=ro", uri=True) opens read-only like the literal form (the query is written out after the last value); it was file_write (round 17)
import sqlite3

db = "elog_cache.db"
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = con.execute("SELECT name FROM sqlite_master").fetchall()
results = {"tables": rows}
