# expect: writes=no reads=no risk=low approval=no
# why: StringIO.write and sys.stdout.write
import io
import sys
buf = io.StringIO()
buf.write('hello')
sys.stdout.write('done\n')
results = {'text': buf.getvalue()}
