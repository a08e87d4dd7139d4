# expect: writes=no reads=no risk=medium approval=yes
# why: an in-memory SQLite database is no file, but ATTACH and VACUUM INTO statements make database files from it (left by round 16, now file_write)
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE readings (channel TEXT, value REAL)")
con.execute("ATTACH DATABASE 'archive.db' AS archive")
con.execute("VACUUM INTO 'snapshot.db'")
results = {"tables": 1}
