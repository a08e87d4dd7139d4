# expect: writes=no reads=no risk=low approval=no
# why: look-alikes of 710 and 715 stay clean: SQL that only mentions attach in quoted text, a plain VACUUM, map(open, paths) and map(open, paths, ['r', 'rb']) read, logging extra with plain values (round 17)
import logging
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE notes (text TEXT)")
con.execute("INSERT INTO notes VALUES ('attach the report')")
con.execute("VACUUM")
paths = ["a.txt", "b.txt"]
texts = [f.read() for f in map(open, paths)]
blobs = [f.read() for f in map(open, paths, ["r", "rb"])]
logging.getLogger("x").info("read %d files", len(texts), extra={"sector": 4})
results = {"files": len(texts) + len(blobs)}
