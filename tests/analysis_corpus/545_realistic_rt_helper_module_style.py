# expect: writes=no reads=yes risk=low approval=no
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
"""Helper-style script: collect, check, report."""
from typing import Dict, List
import pyexec_runtime as runtime

CONFIG = {
    "channels": ["SR:TUNE:X", "SR:TUNE:Y"],
    "expected": {"SR:TUNE:X": 0.22, "SR:TUNE:Y": 0.31},
    "tolerance": 0.005,
}

def collect(channels: List[str]) -> Dict[str, float]:
    return runtime.read_channels(channels)

def check(values: Dict[str, float], expected: Dict[str, float], tol: float) -> Dict[str, bool]:
    return {k: abs((values[k] % 1) - expected[k]) < tol for k in expected}

def report(flags: Dict[str, bool]) -> str:
    return ", ".join(f"{k}: {'OK' if ok else 'OFF'}" for k, ok in flags.items())

values = collect(CONFIG["channels"])
flags = check(values, CONFIG["expected"], CONFIG["tolerance"])
print(report(flags))
results = {"values": values, "flags": flags}
