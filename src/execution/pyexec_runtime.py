"""pyexec's runtime API for executed code: ``read_channel``, ``read_channels``,
``write_channel``, ``write_channels``.

This build's backend is the local mock channel store: a JSON object of channel name to value
at ``PYEXEC_CHANNEL_STORE`` (missing channels read as 0.0). Every write is refused unless the
run's execution mode is ``write_access`` (``PYEXEC_EXECUTION_MODE``), and every accepted write
is appended to ``channel_writes.jsonl`` in the working directory, so runs can be audited.

Every write is checked against the channel limits (``PYEXEC_LIMITS``: the database the
executor validated from ``PYEXEC_LIMITS_FILE``, normalised) before anything is written: a
violation raises ``ChannelLimitsViolation``, writes nothing (``write_channels`` is all or
nothing), and is appended to ``PYEXEC_VIOLATIONS_FILE`` so that the run fails with it even if
the code catches the exception. The rules are those of the Rust ``limits`` module: an
unavailable database blocks every write; unlisted channels are refused unless allowed;
read-only channels; non-finite values; ``min_value`` / ``max_value`` inclusive; ``max_step``
against the current value, which must be readable (fail closed).
"""

import os
import time
from math import isfinite as _isfinite  # bound now: the code may replace math.isfinite

__all__ = [
    "ChannelLimitsViolation",
    "ChannelWriteRefused",
    "read_channel",
    "read_channels",
    "write_channel",
    "write_channels",
]


class ChannelWriteRefused(PermissionError):
    """A write that the run's execution mode does not allow."""


class ChannelLimitsViolation(PermissionError):
    """A write outside the channel limits; ``violation`` holds its fields."""

    def __init__(self, violation):
        super().__init__(violation["reason"])
        self.violation = violation


def _read_limits_file():
    """The limits database's text, read when this module is imported: before the code runs,
    so that the code cannot drop ``PYEXEC_LIMITS`` from ``os.environ`` (or swap the file)
    to run without limits. Parsed on the first write."""
    path = os.environ.get("PYEXEC_LIMITS")
    if not path:
        return None, None
    try:
        with open(path, encoding="utf-8") as handle:
            return path, handle.read()
    except Exception as error:  # fail closed: every write is blocked
        return path, error


_LIMITS_SOURCE = _read_limits_file()
_LIMITS = []  # [parsed limits or None], filled on first use


def _limits():
    if not _LIMITS:
        path, text = _LIMITS_SOURCE
        if path is None:
            _LIMITS.append(None)
        elif isinstance(text, Exception):
            _LIMITS.append({"available": False, "reason": "cannot read %s: %s" % (path, text)})
        else:
            import json

            try:
                _LIMITS.append(json.loads(text))
            except Exception as error:  # fail closed: every write is blocked
                _LIMITS.append({"available": False, "reason": "cannot read %s: %s" % (path, error)})
    return _LIMITS[0]


def _number(value):
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _fmt(number):
    return repr(int(number)) if float(number).is_integer() and abs(number) < 1e15 else repr(number)


def _violation(channel, value, kind, reason, limits=None, current=None):
    finite = value is not None and _isfinite(value)
    limits = limits or {}
    return {
        "channel": channel,
        "attempted_value": value if finite else None,
        "violation_type": kind,
        "reason": reason,
        "min_value": limits.get("min_value"),
        "max_value": limits.get("max_value"),
        "max_step": limits.get("max_step"),
        "current_value": current,
    }


def _check(channel, raw_value, store):
    """The violation of writing ``raw_value`` to ``channel``, or None when allowed."""
    db = _limits()
    if db is None:
        return None
    value = _number(raw_value)
    if not db.get("available", False):
        return _violation(channel, value, "LIMITS_UNAVAILABLE",
                          "%s: the channel limits database is unavailable (%s), so every write is blocked"
                          % (channel, db.get("reason", "unknown reason")))
    limits = db.get("channels", {}).get(channel)
    if limits is None:
        if not db.get("allow_unlisted_channels", False):
            return _violation(channel, value, "UNLISTED_CHANNEL",
                              "%s: not in the channel limits database, which does not allow unlisted channels" % channel)
        if value is None or not _isfinite(value):
            return _violation(channel, value, "NON_FINITE_VALUE", "%s: %r is not a finite number" % (channel, raw_value))
        return None
    if not limits.get("writable", True):
        return _violation(channel, value, "READ_ONLY_CHANNEL", "%s: the channel is read-only (writable: false)" % channel, limits)
    if value is None or not _isfinite(value):
        return _violation(channel, value, "NON_FINITE_VALUE", "%s: %r is not a finite number" % (channel, raw_value), limits)
    low, high, step = limits.get("min_value"), limits.get("max_value"), limits.get("max_step")
    if low is not None and value < low:
        return _violation(channel, value, "MIN_EXCEEDED", "%s: %s is below min_value %s" % (channel, _fmt(value), _fmt(low)), limits)
    if high is not None and value > high:
        return _violation(channel, value, "MAX_EXCEEDED", "%s: %s is above max_value %s" % (channel, _fmt(value), _fmt(high)), limits)
    if step is not None:
        current = _number(store.get(channel)) if channel in store else None
        if current is None or not _isfinite(current):
            return _violation(channel, value, "STEP_CHECK_FAILED",
                              "%s: max_step %s applies but the current value could not be read, so the write is blocked"
                              % (channel, _fmt(step)), limits)
        change = abs(value - current)
        tolerance = 4.0 * 2.220446049250313e-16 * max(abs(value), abs(current))
        if change > step + tolerance:
            return _violation(channel, value, "MAX_STEP_EXCEEDED",
                              "%s: changing from %s to %s is a step of %s, above max_step %s"
                              % (channel, _fmt(current), _fmt(value), _fmt(change), _fmt(step)), limits, current)
    return None


def _refuse(violation):
    import json

    path = _VIOLATIONS_FILE
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(json.dumps(violation) + "\n")
    raise ChannelLimitsViolation(violation)


# The run's mode, read once: the wrapper (and the Jupyter kernel's setup) imports this module
# before the code starts, so code that edits os.environ cannot grant itself write access.
_MODE = os.environ.get("PYEXEC_EXECUTION_MODE", "read_only")
# Likewise where refusals and violations are recorded and where the channels are kept:
# clearing os.environ must not let a refused write go unrecorded.
_VIOLATIONS_FILE = os.environ.get("PYEXEC_VIOLATIONS_FILE")
_REFUSALS_FILE = os.environ.get("PYEXEC_REFUSALS_FILE")
_CHANNEL_STORE = os.environ.get("PYEXEC_CHANNEL_STORE")


def _mode():
    return _MODE


def _refuse_writes(names, entry_point):
    """Records and raises the refusal of writes to ``names`` outside write_access mode."""
    import json

    path = _REFUSALS_FILE
    if path:
        with open(path, "a", encoding="utf-8") as log:
            shown = ", ".join(sorted(repr(str(k))[:80] for k in names))
            log.write(json.dumps({"entry_point": entry_point, "arguments": shown, "mode": _mode()}) + "\n")
    raise ChannelWriteRefused(
        "write to %s refused: this run executes in %s mode"
        % (", ".join(sorted(str(k) for k in names)), _mode())
    )


def _store_path():
    return _CHANNEL_STORE


def _load():
    import json

    path = _store_path()
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data if isinstance(data, dict) else {}


def _save(store):
    import json

    if _mode() != "write_access":  # also when code calls this internal directly
        _refuse_writes(store, "pyexec_runtime._save")
    path = _store_path()
    if not path:
        return
    temporary = "%s.%d.tmp" % (path, os.getpid())
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(store, handle)
    os.replace(temporary, path)


def read_channel(name):
    """The current value of one channel."""
    return _load().get(str(name), 0.0)


def read_channels(names):
    """Current values of several channels, as a dict."""
    store = _load()
    return {str(n): store.get(str(n), 0.0) for n in names}


def write_channels(values):
    """Writes several channels; refused as a whole unless the run is in write_access mode."""
    import json

    if _mode() != "write_access":
        _refuse_writes(values, "pyexec_runtime.write_channels")
    store = _load()
    for name, value in values.items():  # all or nothing: check every write first
        violation = _check(str(name), value, store)
        if violation is not None:
            _refuse(violation)
    with open("channel_writes.jsonl", "a", encoding="utf-8") as log:
        for name, value in values.items():
            log.write(json.dumps({"channel": str(name), "value": value, "previous": store.get(str(name)), "at": time.time()}) + "\n")
            store[str(name)] = value
    _save(store)


def write_channel(name, value):
    """Writes one channel; refused unless the run is in write_access mode."""
    write_channels({name: value})
