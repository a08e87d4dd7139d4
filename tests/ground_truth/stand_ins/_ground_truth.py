"""The record every stand-in control-system library writes to: one JSON line per read or
write at ``PYEXEC_GROUND_TRUTH_LOG``. The functions it needs are bound when it is imported,
so code that replaces ``open``, ``json`` or ``os`` later cannot hide a write."""

import json as _json
import os as _os

_PATH = _os.environ.get("PYEXEC_GROUND_TRUTH_LOG")
_dumps = _json.dumps
_open = _os.open
_write = _os.write
_close = _os.close
_FLAGS = _os.O_WRONLY | _os.O_APPEND | _os.O_CREAT
_repr = repr
_str = str


def _log(access, api, target, value=None):
    if not _PATH:
        return
    try:
        text = _repr(value)[:80]
    except Exception:
        text = "<unprintable>"
    try:
        line = _dumps({"access": access, "api": api, "target": _str(target)[:80], "value": text})
    except Exception:
        line = _dumps({"access": access, "api": api, "target": "?", "value": text})
    fd = _open(_PATH, _FLAGS, 0o600)
    try:
        _write(fd, (line + "\n").encode())
    finally:
        _close(fd)


def write(api, target, value=None):
    """Record a write to the control system."""
    _log("write", api, target, value)


def read(api, target):
    """Record a read from the control system."""
    _log("read", api, target)
