# expect: writes=no reads=yes risk=low approval=no
# why: the helper that restores the gaps writes, but nothing names it anywhere (no call, no reference, no string, no reflection in the text), so it cannot run; its writes are an uncalled_write finding at low risk (round 42; was a false write)
from pyexec_runtime import read_channel, write_channel

GAPS = ["SR:ID03:GAP:RB", "SR:ID04:GAP:RB"]


def restore_gaps(saved):
    for name, value in saved.items():
        write_channel(name.replace(":RB", ":SP"), value)


def snapshot(names):
    return {name: read_channel(name) for name in names}


saved = snapshot(GAPS)
spread = max(saved.values()) - min(saved.values())
print(f"gap spread {spread:.3f} mm")
results = {"gaps": saved, "spread_mm": spread}
