# expect: writes=no reads=no risk=low approval=no
# why: false risk: sys.stdout swapped for a StringIO and restored (what redirect_stdout does, which is clean) (round 15)
import io
import sys
old, sys.stdout = sys.stdout, io.StringIO()
try:
    print('table row')
    captured = sys.stdout.getvalue()
finally:
    sys.stdout = old
results = {}
