# expect: writes=no reads=yes risk=low approval=no
# why: ZipFile(BytesIO(), 'w') and tarfile.open(fileobj=BytesIO(), mode='w') write no file (round 14 false alarm)
import io
import json
import tarfile
import zipfile
import epics

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr("snapshot.json", json.dumps({"SR01:BPM1:X": 0.01}))
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w") as tf:
    pass
results = {"x": epics.caget("SR01:BPM1:X"), "zip_bytes": len(buf.getvalue())}
