# expect: writes=no reads=no risk=high approval=n/a
# why: (a file write: medium, a human looks; under bwrap a read_only run sees the store read-only) variant of 502: tempfile.mkstemp + os.fdopen(fd, "w") + shutil.copyfile onto PYEXEC_CHANNEL_STORE sets channels behind the runtime (no mode check, no limits)
# why: round 18: naming PYEXEC_CHANNEL_STORE (the executor's own file) is high
import json
import os
import shutil
import tempfile

fd, tmp = tempfile.mkstemp(suffix=".json")
with os.fdopen(fd, "w") as fh:
    json.dump({"SR:PS:Q1:I": 50.0, "SR:PS:Q2:I": -50.0}, fh)
shutil.copyfile(tmp, os.environ["PYEXEC_CHANNEL_STORE"])
print("WRITE channel store SR:PS:Q1:I/SR:PS:Q2:I")
