# expect: writes=no reads=yes risk=low approval=no
# why: standard-library calls that only test or format what they are given (`any`, `all`, `sys.getsizeof`, `reprlib.repr`, `inspect.isclass`, `dataclasses.is_dataclass`, a CSV writer's rows, `string.Template.substitute`) do not hand devices to code that could write (red-team round 34: unverified writes)
import csv
import dataclasses
import inspect
import io
import reprlib
import string
import sys

import epics

pvs = [epics.PV("SR:DCCT:CURRENT"), epics.PV("SR:LIFETIME")]
print(any(pvs), all(pvs), sys.getsizeof(pvs[0]), reprlib.repr(pvs[0]))
print(inspect.isclass(pvs[0]), dataclasses.is_dataclass(pvs[1]))
buffer = io.StringIO()
writer = csv.writer(buffer)
writer.writerow([pvs[0], pvs[0].get()])
print(string.Template("$pv reads $v").substitute(pv=pvs[1], v=pvs[1].get()))
results = {"csv": buffer.getvalue()}
