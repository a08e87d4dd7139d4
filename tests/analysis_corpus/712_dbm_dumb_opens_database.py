# expect: writes=no reads=no risk=medium approval=yes
# why: dbm.dumb.open (and dbm.gnu/dbm.ndbm) creates database files like dbm.open does (left by round 16, now file_write)
import dbm.dumb

cache = dbm.dumb.open("settings_cache", "c")
cache[b"QF1"] = b"12.5"
cache.close()
results = {"cached": 1}
