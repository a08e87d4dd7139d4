# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: the Tango database server's own queries (round 44, helper G)
import tango

db = tango.Database()
print(db.info())
print(db.ping())
