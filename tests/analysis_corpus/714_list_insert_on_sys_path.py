# expect: writes=no reads=no risk=high approval=n/a
# why: list.insert called through the class on sys.path is sys.path.insert: later imports load from the directory it adds (left by round 16, now dynamic_import)
import sys

list.insert(sys.path, 0, "/tmp/plugins")
results = {"path_entries": len(sys.path)}
