"""pyexec's runtime API for executed code: ``read_channel``, ``read_channels``,
``write_channel``, ``write_channels``.

This build's backend is the local mock channel store: a JSON object of channel name to value
at ``PYEXEC_CHANNEL_STORE`` (missing channels read as 0.0). Every write is refused unless the
run's execution mode is ``write_access`` (``PYEXEC_EXECUTION_MODE``), and every accepted write
is appended to ``channel_writes.jsonl`` in the working directory, so runs can be audited. The
executor issue replaces this backend with the real control-system clients, the write guard
and the channel limits check; the function names and semantics stay.
"""

import os
import time

__all__ = ["ChannelWriteRefused", "read_channel", "read_channels", "write_channel", "write_channels"]


class ChannelWriteRefused(PermissionError):
    """A write that the run's execution mode does not allow."""


def _mode():
    return os.environ.get("PYEXEC_EXECUTION_MODE", "read_only")


def _store_path():
    return os.environ.get("PYEXEC_CHANNEL_STORE")


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
        raise ChannelWriteRefused(
            "write to %s refused: this run executes in %s mode"
            % (", ".join(sorted(str(k) for k in values)), _mode())
        )
    store = _load()
    with open("channel_writes.jsonl", "a", encoding="utf-8") as log:
        for name, value in values.items():
            log.write(json.dumps({"channel": str(name), "value": value, "previous": store.get(str(name)), "at": time.time()}) + "\n")
            store[str(name)] = value
    _save(store)


def write_channel(name, value):
    """Writes one channel; refused unless the run is in write_access mode."""
    write_channels({name: value})
