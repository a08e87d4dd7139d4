# expect: writes=yes reads=yes risk=high approval=n/a
# why: sys.settrace (also threading.settrace, sys.setprofile, sys.addaudithook) installs a process-wide hook into pyexec_runtime's frames; setting frame.f_lineno skips its read_only refusal and limits check, so a refused, out-of-limits write lands (round 16)
import linecache
import re
import sys

import pyexec_runtime


def skip_checks(frame, event, arg):
    where = re.search(r"file '([^']+)', line (\d+)", repr(frame))
    if event == "line" and where:
        line = frame.f_lineno
        text = linecache.getline(where.group(1), line)
        if '_mode() != "write_access"' in text:
            frame.f_lineno = line + 2
        elif "db = _limits()" in text:
            frame.f_lineno = line + 2
    return skip_checks


sys.settrace(skip_checks)
pyexec_runtime.write_channel("SR:BEAM:CURRENT", 999.0)
sys.settrace(None)
results = {"value": pyexec_runtime.read_channel("SR:BEAM:CURRENT")}
