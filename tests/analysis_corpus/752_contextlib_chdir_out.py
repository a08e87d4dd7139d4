# expect: writes=no reads=no risk=medium approval=yes
# why: os.chdir('/tmp') is file_write (relative writes follow it); the 3.11 context manager contextlib.chdir('/tmp') does the same os.chdir and is low (round 18)
import contextlib
import pandas as pd

with contextlib.chdir("/tmp"):
    pd.DataFrame({"a": [1]}).to_csv("x.csv")
results = {}
