# expect: writes=no reads=no risk=low approval=no
# why: a helper whose mode parameter defaults to 'r' and is never called with a writing mode, and a conditional of two reading modes, only read; they were file_write (round 17)
import json

def load_table(path, mode="r"):
    with open(path, mode) as fh:
        return json.load(fh)

def read_file(path, binary=False):
    with open(path, "rb" if binary else "r") as fh:
        return fh.read()

results = {"table": load_table("limits.json"), "raw": read_file("notes.txt", binary=True)}
