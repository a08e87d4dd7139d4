"""pyexec's runtime API for executed code: ``read_channel``, ``read_channels``,
``write_channel``, ``write_channels``.

This build's backend is the local mock channel store: a JSON object of channel name to value
at ``PYEXEC_CHANNEL_STORE`` (missing channels read as 0.0). Every write is refused unless the
run's execution mode is ``write_access`` (``PYEXEC_EXECUTION_MODE``), and every accepted write
is appended to ``channel_writes.jsonl`` in the working directory once the store holds it, so
runs can be audited.

Every write is checked against the channel limits (``PYEXEC_LIMITS``: the database the
executor validated from ``PYEXEC_LIMITS_FILE``, normalised) before anything is written: a
violation raises ``ChannelLimitsViolation``, writes nothing (``write_channels`` is all or
nothing), and is appended to ``PYEXEC_VIOLATIONS_FILE`` so that the run fails with it even if
the code catches the exception. The rules are those of the Rust ``limits`` module: an
unavailable database blocks every write; unlisted channels are refused unless allowed;
read-only channels; non-finite values; ``min_value`` / ``max_value`` inclusive; ``max_step``
against the current value, which must be readable (fail closed).

A write is checked and stored from one snapshot: each channel name is turned into a plain
``str`` once and each value into a plain value once (bool, int, float, str, None, or a list of
those; int and float subclasses by the built-in types' own conversions, numpy scalars and
arrays by ``tolist()``, other numbers such as ``Decimal`` by one ``float()``), and exactly that
value is checked and stored. Where limits apply, ints compare exactly (2**53 + 1 is above a
``max_value`` of 2**53), an int beyond the float range is not a finite number, a string is
checked and stored as its float, and a list is refused (limits apply to single numbers).

The wrapper imports this module before the code runs, and everything the guard depends on is
fixed then: the mode, the limits (read and parsed), the files, and the functions it calls
(``open``, ``os.replace``, ``time.time``, ``math.isfinite``, a JSON decoder and encoder built
from the C ``_json`` module, the builtins). They live in the closures of the public functions,
not in module globals, so code that assigns ``pyexec_runtime._MODE`` or replaces ``json`` or
``builtins.open`` changes nothing; outside ``write_access`` the write functions are built to
refuse and nothing reachable from them can write. The internals ``_load`` and ``_save`` remain
for code that calls them: ``_save`` is a write like the others (refused, or checked). The exceptions are ``_VIOLATIONS_FILE`` and
``_REFUSALS_FILE``: the Jupyter kernel runner sets them once per run after import, so each may
be set once if the environment had none, and is fixed after that.
"""

import os
import sys
import time

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


def _build(
    environ,
    # Bound now, while the module is imported: the code may later replace any of these (in
    # builtins, os, time or math) to change what the guard reads, checks or writes.
    open=open,
    replace=os.replace,
    exists=os.path.exists,
    getpid=os.getpid,
    now=time.time,
    float=float,
    int=int,
    str=str,
    list=list,
    dict=dict,
    tuple=tuple,
    type=type,
    issubclass=issubclass,
    hasattr=hasattr,
    len=len,
    abs=abs,
    max=max,
    repr=repr,
    sorted=sorted,
):
    """The runtime's functions, over the run's settings read now (see the module docs)."""
    import _json  # the C accelerator: json's module globals can be replaced by the code
    from _operator import index  # operator.index, without importing operator.py
    from math import isfinite

    # --- Private JSON ---------------------------------------------------------------------

    class DecoderSettings:
        """The attributes ``_json.make_scanner`` reads, as ``json.JSONDecoder`` defines them
        (as in wrapper.py). The scanner copies them when it is made."""

        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = float  # NaN, Infinity, -Infinity

        def __init__(self):
            self.memo = {}

    scan = _json.make_scanner(DecoderSettings())

    def not_json(value):
        raise TypeError("%s is not JSON serializable" % type(value).__name__)

    # json.dumps' defaults (", " and ": ", ASCII), minus NaN and infinity: strict JSON only.
    chunks = _json.make_encoder(
        None, not_json, _json.encode_basestring_ascii, None, ": ", ", ", False, False, False
    )

    def encode(value):
        return "".join(chunks(value, 0))

    def parse(text):
        text = text.strip(" \t\n\r")
        try:
            value, end = scan(text, 0)
        except StopIteration:  # the scanner's "no JSON value here"
            raise ValueError("not JSON") from None
        if end != len(text):
            raise ValueError("extra data at character %d" % end)
        return value

    def append_line(path, record):
        with open(path, "a", encoding="utf-8") as log:
            log.write(encode(record) + "\n")

    # --- The run's settings ---------------------------------------------------------------

    # Read before the code starts, so that code that edits os.environ cannot grant itself
    # write access, drop the limits, or let a refused write go unrecorded.
    mode = environ.get("PYEXEC_EXECUTION_MODE", "read_only")
    store_path = environ.get("PYEXEC_CHANNEL_STORE")
    files = {
        "_VIOLATIONS_FILE": environ.get("PYEXEC_VIOLATIONS_FILE"),
        "_REFUSALS_FILE": environ.get("PYEXEC_REFUSALS_FILE"),
    }

    def read_limits(path):
        """(available, reason, allow_unlisted, {channel: (min, max, step, writable)}), or
        None without a database. Anything unexpected makes it unavailable (fail closed)."""
        if not path:
            return None
        try:
            with open(path, encoding="utf-8") as handle:
                db = parse(handle.read())
            if type(db) is not dict:
                raise ValueError("not a JSON object")
            if db.get("available", False) is not True:
                return False, str(db.get("reason", "unknown reason")), False, {}
            channels = {}
            for name, entry in dict.items(db.get("channels", {})):
                fields = tuple(limit(entry, key) for key in ("min_value", "max_value", "max_step"))
                writable = entry.get("writable", True)
                if type(writable) is not bool:
                    raise ValueError("%s: writable is not a boolean" % name)
                channels[name] = fields + (writable,)
            allow_unlisted = db.get("allow_unlisted_channels", False)
            return True, None, allow_unlisted is True, channels
        except Exception as error:
            return False, "cannot read %s: %s" % (path, error), False, {}

    def limit(entry, key):
        value = entry.get(key)
        if value is not None and (type(value) not in (int, float) or not isfinite(value)):
            raise ValueError("%s is not a number" % key)
        return value

    limits = read_limits(environ.get("PYEXEC_LIMITS"))

    # --- One snapshot of a write ----------------------------------------------------------

    def channel_name(name):
        """The name as a plain str: ``str()`` called once, its result copied if it is a str
        subclass (whose methods could still answer differently)."""
        text = name if type(name) is str else str(name)
        return text if type(text) is str else str.__str__(text)

    def plain(value, depth=0, converted=False):
        """``value`` as a plain JSON value, each of its methods called at most once."""
        kind = type(value)
        if kind is str or kind is int or kind is float or kind is bool or value is None:
            return value
        # Subclasses: the built-in types' own conversions, never the subclass's overrides.
        if issubclass(kind, int):
            return int.__index__(value)
        if issubclass(kind, float):
            return float.__float__(value)
        if issubclass(kind, str):
            return str.__str__(value)
        if issubclass(kind, (list, tuple)):
            if depth >= 32:
                raise ValueError("a value nested more than 32 lists deep cannot be written")
            items = list.copy(value) if issubclass(kind, list) else list(tuple.__iter__(value))
            return [plain(item, depth + 1, converted) for item in items]
        if not converted:  # one conversion, whose result must then be plain
            if hasattr(value, "tolist"):  # numpy arrays and scalars
                return plain(value.tolist(), depth, True)
            if hasattr(value, "__index__"):  # integers of other libraries
                return plain(index(value), depth, True)
            if hasattr(value, "__float__"):  # Decimal, Fraction, other floats
                return plain(float(value), depth, True)
        raise TypeError("a %s cannot be written to a channel" % kind.__name__)

    def pairs(values):
        """The (name, value) pairs of a mapping, read once: a dict's own items, not what a
        subclass's ``items()`` says."""
        if issubclass(type(values), dict):
            return list(dict.items(values))
        return list(values.items())

    def snapshot(values):
        writes = {}
        for name, value in pairs(values):
            writes[channel_name(name)] = plain(value)
        return writes

    # --- The limits -----------------------------------------------------------------------

    def as_number(value):
        """The finite int or float a plain value is checked as, or None."""
        kind = type(value)
        if kind is bool:
            return int(value)
        if kind is int:
            try:
                float(value)
            except OverflowError:  # beyond the float range: not a finite number
                return None
            return value  # ints compare exactly with the limits' floats
        if kind is str:
            try:
                value = float(value)
            except ValueError:
                return None
            kind = float
        if kind is float and isfinite(value):
            return value
        return None

    def fmt(number):
        if type(number) is int:
            return repr(number)
        return repr(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)

    def shown(value):
        if type(value) is int:  # beyond the float range: its digits could be thousands
            return "an integer of %d bits" % value.bit_length()
        return repr(value)[:80]

    def violation(channel, number, kind, reason, fields=None, current=None):
        low, high, step = fields[:3] if fields else (None, None, None)
        return {
            "channel": channel,
            "attempted_value": None if number is None else float(number),
            "violation_type": kind,
            "reason": reason,
            "min_value": low,
            "max_value": high,
            "max_step": step,
            "current_value": None if current is None else float(current),
        }

    def check(channel, value, store):
        """(the violation of writing ``value`` to ``channel`` or None, the value to store)."""
        if limits is None:
            return None, value
        available, reason, allow_unlisted, channels = limits
        number = as_number(value)
        if type(value) is str and number is not None:
            value = number  # checked as its float, so stored as that float
        if not available:
            return violation(channel, number, "LIMITS_UNAVAILABLE",
                             "%s: the channel limits database is unavailable (%s), so every write is blocked"
                             % (channel, reason)), value
        fields = channels.get(channel)
        if fields is None and not allow_unlisted:
            return violation(channel, number, "UNLISTED_CHANNEL",
                             "%s: not in the channel limits database, which does not allow unlisted channels"
                             % channel), value
        if fields is not None and not fields[3]:
            return violation(channel, number, "READ_ONLY_CHANNEL",
                             "%s: the channel is read-only (writable: false)" % channel, fields), value
        if number is None:
            if type(value) is list:
                why = ("%s: a list of %d values cannot be checked against the channel's limits"
                       " (limits apply to single numbers)" % (channel, len(value)))
            else:
                why = "%s: %s is not a finite number" % (channel, shown(value))
            return violation(channel, None, "NON_FINITE_VALUE", why, fields), value
        if fields is None:
            return None, value
        low, high, step = fields[:3]
        if low is not None and number < low:
            return violation(channel, number, "MIN_EXCEEDED", "%s: %s is below min_value %s"
                             % (channel, fmt(number), fmt(low)), fields), value
        if high is not None and number > high:
            return violation(channel, number, "MAX_EXCEEDED", "%s: %s is above max_value %s"
                             % (channel, fmt(number), fmt(high)), fields), value
        if step is not None:
            current = as_number(store[channel]) if channel in store else None
            if current is None:
                return violation(channel, number, "STEP_CHECK_FAILED",
                                 "%s: max_step %s applies but the current value could not be read, so the write is blocked"
                                 % (channel, fmt(step)), fields), value
            if type(number) is int and type(current) is int:
                change = abs(number - current)  # exact
            else:
                change = abs(float(number) - float(current))
            # Subtraction rounds: a few units of rounding error pass, as in the Rust check.
            tolerance = 4.0 * 2.220446049250313e-16 * max(abs(float(number)), abs(float(current)))
            if change > step + tolerance:
                return violation(channel, number, "MAX_STEP_EXCEEDED",
                                 "%s: changing from %s to %s is a step of %s, above max_step %s"
                                 % (channel, fmt(current), fmt(number), fmt(change), fmt(step)),
                                 fields, current), value
        return None, value

    def refuse(record):
        path = files["_VIOLATIONS_FILE"]
        if path:
            append_line(path, record)
        raise ChannelLimitsViolation(record)

    def refuse_writes(values, entry_point):
        """Records and raises the refusal of the writes in ``values`` outside write_access."""
        try:
            names = sorted(channel_name(name) for name, _ in pairs(values))
        except BaseException:  # whatever the mapping does, the refusal is recorded
            names = ["<a %s>" % type(values).__name__]
        path = files["_REFUSALS_FILE"]
        if path:
            shown_names = ", ".join(repr(name)[:80] for name in names)
            append_line(path, {"entry_point": entry_point, "arguments": shown_names, "mode": mode})
        raise ChannelWriteRefused(
            "write to %s refused: this run executes in %s mode" % (", ".join(names), mode)
        )

    # --- The store ------------------------------------------------------------------------

    def load():
        if not store_path or not exists(store_path):
            return {}
        with open(store_path, encoding="utf-8") as handle:
            text = handle.read()
        try:
            data = parse(text)
        except Exception as error:
            raise ValueError("the channel store %s is not JSON: %s" % (store_path, error)) from None
        return data if type(data) is dict else {}

    def loggable(value):
        try:
            encode(value)
            return value
        except ValueError:  # a NaN some earlier writer left in the store
            return repr(value)

    def commit(writes):
        """Checks every write of the snapshot ``writes``, then saves them all, then logs
        them; a violation or a failed save writes and logs nothing."""
        store = load()
        accepted = {}
        for name, value in writes.items():  # all or nothing: check every write first
            found, value = check(name, value, store)
            if found is not None:
                refuse(found)
            accepted[name] = value
        previous = {name: loggable(store.get(name)) for name in accepted}
        store.update(accepted)
        try:  # before any file is touched
            text = encode(store)
        except ValueError as error:  # NaN or infinity, with no limits to refuse it
            raise ValueError("the channel store keeps strict JSON: %s" % error) from None
        at = now()
        lines = "".join(
            encode({"channel": name, "value": value, "previous": previous[name], "at": at}) + "\n"
            for name, value in accepted.items()
        )
        if store_path:
            temporary = "%s.%d.tmp" % (store_path, getpid())
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(text)
            replace(temporary, store_path)
        with open("channel_writes.jsonl", "a", encoding="utf-8") as log:
            log.write(lines)

    # --- The module's functions -----------------------------------------------------------

    def read_channel(name):
        """The current value of one channel."""
        return load().get(channel_name(name), 0.0)

    def read_channels(names):
        """Current values of several channels, as a dict."""
        store = load()
        return {name: store.get(name, 0.0) for name in [channel_name(n) for n in names]}

    # The mode picks which functions exist, rather than being tested when they run: outside
    # write_access nothing the code can reach refers to ``commit``.
    if mode == "write_access":

        def write_channels(values):
            """Writes several channels; refused as a whole unless the run is in write_access
            mode."""
            commit(snapshot(values))

        def _save(store):
            """Writes the channels whose values in ``store`` differ from the channel store (an
            internal, kept for code that calls it), checked against the limits like
            ``write_channels``; refused outside write_access mode."""
            writes = snapshot(store)
            current = load()
            commit({n: v for n, v in writes.items() if n not in current or current[n] != v})

    else:

        def write_channels(values):
            """Writes several channels; refused as a whole unless the run is in write_access
            mode."""
            refuse_writes(values, "pyexec_runtime.write_channels")

        def _save(store):
            """Refused: this run is not in write_access mode (an internal, kept for code that
            calls it)."""
            refuse_writes(store, "pyexec_runtime._save")

    def write_channel(name, value):
        """Writes one channel; refused unless the run is in write_access mode."""
        write_channels({name: value})

    def _load():
        """The channel store as a dict (an internal, kept for code that calls it)."""
        return load()

    def file_setting(key):
        """``_VIOLATIONS_FILE`` / ``_REFUSALS_FILE`` of the module: the path the guard writes
        to, which may be set once when the environment had none (the Jupyter kernel runner
        does, before the code runs) and is fixed from then on."""

        def get(module):
            return files[key]

        def set_once(module, path):
            if files[key] is None and type(path) is str and path:
                files[key] = path
            elif path != files[key]:
                raise AttributeError("pyexec_runtime.%s is fixed for this run" % key)

        return property(get, set_once)

    class RuntimeModule(type(sys)):
        """This module's type: its two file settings are read from, and set once into, the
        guard's own state."""

        _VIOLATIONS_FILE = file_setting("_VIOLATIONS_FILE")
        _REFUSALS_FILE = file_setting("_REFUSALS_FILE")

    return read_channel, read_channels, write_channel, write_channels, _load, _save, RuntimeModule


(read_channel, read_channels, write_channel, write_channels, _load, _save, _module_type) = _build(
    os.environ
)
del _build
# The module's two file settings are properties of its type (see file_setting): assigning
# them is refused once they are set, and the guard never reads the module's globals.
sys.modules[__name__].__class__ = _module_type
del _module_type
