"""Runs one attempt's code for pyexec and reports what it produced.

Invoked by ``src/execution/local.rs`` as ``python -I -S -B -u wrapper.py ATTEMPT_DIR`` (or forked from the fork server) with the
attempt directory as working directory. Reads ``code.py`` and ``context.json`` from it, runs the
code with the dict ``context`` bound, and writes back into it:

* ``results.json``: the code's ``results`` dict as strict JSON (only when the code succeeded);
* ``execution_metadata.json``: always, atomically. It is first written with ``"phase":
  "running"`` just before the code starts and rewritten with ``"phase": "finished"`` at the end,
  so a process that dies in between was ended by the code, not by the wrapper.

Just before the code starts it also writes ``CODE_STARTED`` to stderr: the code can remove the
metadata file, not that mark, so the executor knows the code started even then.

stdout and stderr belong to the code; the wrapper only flushes them. Every execution pays this
file's start-up cost, so it imports only modules already loaded at interpreter start plus the C
``_json`` accelerator (``import json`` pulls in ``re`` and costs about 10 ms). numpy, pandas,
matplotlib and friends are looked up in ``sys.modules``, never imported: if the code did not
import them, no value of theirs can be in ``results``. Python 3.9+, standard library only.
"""

import builtins
import os
import sys
import time

CODE_FILE = "code.py"
CONTEXT_FILE = "context.json"
RESULTS_FILE = "results.json"
METADATA_FILE = "execution_metadata.json"
FIGURES_DIR = "figures"
# Written to stderr just before the code runs; the executor takes it out (local.rs).
CODE_STARTED = b"\x1epyexec: code started\n"
MAX_DEPTH = 50
MAX_REPR_CHARS = 2000
INFINITY = float("inf")


# --- JSON without the json package -------------------------------------------------------


class _DecoderSettings:
    """The attributes ``_json.make_scanner`` reads, as ``json.JSONDecoder`` defines them."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = float  # NaN, Infinity, -Infinity

    def __init__(self):
        self.memo = {}


def _not_json(value):
    raise TypeError("%s is not JSON serializable" % class_name(value))


def _c_encoder(accelerator):
    return accelerator.make_encoder(
        {}, _not_json, accelerator.encode_basestring, None, ":", ",", False, False, False
    )


try:
    import _json

    _c_encoder(_json)  # these private signatures are the ones json.encoder/scanner use
    _json.make_scanner(_DecoderSettings())
except Exception:  # no C accelerator, or its signatures changed: fall back to the json package
    _json = None


def load_json(text):
    """Parses one JSON document."""
    if _json is not None:
        text = text.strip()
        try:
            value, end = _json.make_scanner(_DecoderSettings())(text, 0)
            if end == len(text):
                return value
        except Exception:  # the C scanner needs json.decoder loaded to describe errors
            pass
    import json

    return json.loads(text)  # raises a proper JSONDecodeError


def dump_json(value):
    """Strict compact JSON (NaN and Infinity refused); raises on anything not JSON-native."""
    if _json is None:
        import json

        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return "".join(_c_encoder(_json)(value, 0))


def write_text(path, text):
    with open(path, "w", encoding="utf-8", errors="replace") as file:  # lone surrogates -> ?
        file.write(text)


def write_atomically(path, text):
    """Writes via a temporary file and a rename, so readers see all of it or nothing."""
    temporary = path + ".tmp"
    write_text(temporary, text)
    os.replace(temporary, path)


# --- Making any value JSON-safe ------------------------------------------------------------


def class_name(value):
    """``list`` for builtins, ``module.Class`` otherwise."""
    kind = type(value)
    module = getattr(kind, "__module__", None)
    if module in (None, "builtins"):
        return kind.__qualname__
    return "%s.%s" % (module, kind.__qualname__)


def safe_repr(value, limit=MAX_REPR_CHARS):
    try:
        return repr(value)[:limit]
    except Exception as exc:  # a broken __repr__ must not lose the other values
        return "<repr failed: %s>" % type(exc).__name__


def repr_marker(value):
    return {"_type": "repr", "class": class_name(value), "repr": safe_repr(value)}


def json_float(number):
    """A finite float, or the strings NaN / Infinity / -Infinity (results.json stays strict)."""
    if number != number:
        return "NaN"
    if number == INFINITY:
        return "Infinity"
    if number == -INFINITY:
        return "-Infinity"
    return float(number)


def json_key(key):
    """Dict keys as the json package writes them: str as is, True -> "true", 1.5 -> "1.5"."""
    if type(key) is str:
        return key
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, float):
        converted = json_float(key)
        return converted if isinstance(converted, str) else repr(converted)
    if isinstance(key, int):
        return str(int(key))
    try:
        return str(key)
    except Exception:
        return "<%s>" % class_name(key)


def to_jsonable(value, depth=0, active=None):
    """A JSON-safe copy of ``value``. Never raises: a value that cannot be converted becomes an
    ``unserializable`` marker, and its siblings are kept."""
    try:
        return _convert(value, depth, set() if active is None else active)
    except Exception as exc:
        return {
            "_type": "unserializable",
            "class": class_name(value),
            "error": "%s: %s" % (type(exc).__name__, safe_repr(exc, 300)),
        }


def _convert(value, depth, active):
    kind = type(value)
    if value is None or kind is str or kind is bool or kind is int:
        return value
    if isinstance(value, float):  # includes numpy.float64
        return json_float(value)
    if isinstance(value, int):  # IntEnum and other subclasses
        return int(value)
    if isinstance(value, str):
        return str(value)
    if depth >= MAX_DEPTH:
        return {"_type": "max_depth", "class": class_name(value), "repr": safe_repr(value, 200)}
    if isinstance(value, (dict, list, tuple, set, frozenset)) or kind in _DICT_VIEWS:
        return _convert_container(value, depth, active)
    for convert in _CONVERTERS:
        converted = convert(value, depth, active)
        if converted is not _NOT_MINE:
            return converted
    return repr_marker(value)


_DICT_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))
_NOT_MINE = object()


def _convert_container(value, depth, active):
    identity = id(value)
    if identity in active:
        return {"_type": "cycle", "class": class_name(value)}
    active.add(identity)
    try:
        if isinstance(value, dict):
            return {
                json_key(key): to_jsonable(item, depth + 1, active) for key, item in value.items()
            }
        return [to_jsonable(item, depth + 1, active) for item in value]
    finally:
        active.discard(identity)


def _standard_library(value, depth, active):
    if isinstance(value, complex):
        return {"_type": "complex", "real": json_float(value.real), "imag": json_float(value.imag)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        import binascii

        encoded = binascii.b2a_base64(bytes(value), newline=False).decode("ascii")
        return {"_type": "bytes", "base64": encoded}
    if isinstance(value, os.PathLike):
        return to_jsonable(os.fspath(value), depth, active)
    dates = sys.modules.get("datetime")
    if dates is not None:
        if isinstance(value, (dates.datetime, dates.date, dates.time)):
            return value.isoformat()
        if isinstance(value, dates.timedelta):
            return value.total_seconds()
    decimal = sys.modules.get("decimal")
    if decimal is not None and isinstance(value, decimal.Decimal):
        return str(value)
    return _NOT_MINE


def _numpy(value, depth, active):
    numpy = sys.modules.get("numpy")
    if numpy is None:
        return _NOT_MINE
    if isinstance(value, numpy.ndarray):
        return to_jsonable(value.tolist(), depth, active)
    if isinstance(value, (numpy.datetime64, numpy.timedelta64)):
        return str(value)
    if isinstance(value, numpy.generic):
        return to_jsonable(value.item(), depth, active)
    return _NOT_MINE


def _pandas(value, depth, active):
    pandas = sys.modules.get("pandas")
    if pandas is None:
        return _NOT_MINE
    if value is pandas.NaT or value is getattr(pandas, "NA", None):
        return None
    if isinstance(value, pandas.DataFrame):
        frame = {
            "_type": "pandas.DataFrame",
            "columns": to_jsonable(list(value.columns), depth + 1, active),
            "data": to_jsonable(value.to_dict(orient="records"), depth + 1, active),
        }
        if not _has_default_index(pandas, value.index):
            frame["index"] = to_jsonable(value.index.tolist(), depth + 1, active)
        return frame
    if isinstance(value, pandas.Series):
        return {
            "_type": "pandas.Series",
            "name": to_jsonable(value.name, depth + 1, active),
            "index": to_jsonable(value.index.tolist(), depth + 1, active),
            "data": to_jsonable(value.tolist(), depth + 1, active),
        }
    if isinstance(value, pandas.Index):
        return to_jsonable(value.tolist(), depth, active)
    return _NOT_MINE


def _has_default_index(pandas, index):
    return isinstance(index, pandas.RangeIndex) and index.start == 0 and index.step == 1


def _matplotlib(value, depth, active):
    figure = sys.modules.get("matplotlib.figure")
    if figure is not None and isinstance(value, figure.Figure):
        return {"_type": "matplotlib_figure"}
    return _NOT_MINE


_CONVERTERS = (_pandas, _numpy, _standard_library, _matplotlib)


# --- Results and figures -------------------------------------------------------------------


def collect_results(namespace, attempt_dir):
    """Writes results.json and the figures; returns the metadata fields describing them."""
    if "results" not in namespace:
        return {
            "results_status": "missing",
            "results_detail": "the code did not assign a `results` dict",
        }
    results = namespace["results"]
    if not isinstance(results, dict):
        return {
            "results_status": "not_a_dict",
            "results_detail": "`results` is a %s, expected a dict" % class_name(results),
        }
    try:
        text = dump_json(results)  # fast path: JSON-native results
    except Exception:
        try:
            text = dump_json(to_jsonable(results))
        except Exception as exc:
            return {
                "results_status": "unserializable",
                "results_detail": "`results` could not be written as JSON: %s: %s"
                % (type(exc).__name__, safe_repr(exc, 300)),
            }
    # Read only once the final metadata (written after this) says success: no rename needed.
    write_text(os.path.join(attempt_dir, RESULTS_FILE), text)
    save_open_figures(attempt_dir)
    return {"success": True, "results_status": "ok", "figure_paths": find_pngs(attempt_dir)}


def save_open_figures(attempt_dir):
    """Saves every open pyplot figure as figures/figure_NN.png, then closes them."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    try:
        numbers = pyplot.get_fignums()
    except Exception as exc:
        warn("could not list the open figures: %s" % safe_repr(exc, 300))
        return
    if not numbers:
        return
    figures_dir = os.path.join(attempt_dir, FIGURES_DIR)
    os.makedirs(figures_dir, exist_ok=True)
    index = 0
    for number in numbers:
        index += 1
        while os.path.lexists(os.path.join(figures_dir, "figure_%02d.png" % index)):
            index += 1
        path = os.path.join(figures_dir, "figure_%02d.png" % index)
        try:
            pyplot.figure(number).savefig(path)
        except Exception as exc:
            warn("could not save figure %s: %s" % (number, safe_repr(exc, 300)))
    try:
        pyplot.close("all")
    except Exception:
        pass


def find_pngs(attempt_dir):
    """PNG files (not symlinks) at the top of the attempt directory and in figures/."""
    found = []
    for subdir in ("", FIGURES_DIR):
        try:
            entries = os.scandir(os.path.join(attempt_dir, subdir))
        except OSError:
            continue
        with entries:
            for entry in entries:
                if entry.name.lower().endswith(".png") and entry.is_file(follow_symlinks=False):
                    found.append(subdir + "/" + entry.name if subdir else entry.name)
    return sorted(found)


def warn(message):
    try:
        sys.stderr.write("pyexec: %s\n" % message)
    except Exception:
        pass


# --- Errors --------------------------------------------------------------------------------


def describe_error(error, source):
    """Metadata fields for an exception the code raised, its traceback without our frames."""
    name = type(error).__name__
    if isinstance(error, SystemExit):
        message = str(error.code)
    else:
        try:
            message = str(error)
        except Exception:
            message = "<unprintable %s>" % name
    return {"error_type": name, "error_message": message, "traceback": user_traceback(error, source)}


def user_traceback(error, source):
    try:
        import linecache
        import traceback

        # The code's lines, even if it changed directory or rewrote code.py.
        linecache.cache[CODE_FILE] = (len(source), None, source.splitlines(True), CODE_FILE)
        frames = error.__traceback__
        while frames is not None and frames.tb_frame.f_code.co_filename == _OWN_FILE:
            frames = frames.tb_next
        return "".join(traceback.format_exception(type(error), error, frames))
    except Exception:
        return None


# --- Main ----------------------------------------------------------------------------------


def read_text(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def flush_streams():
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except Exception:
            pass


class LazySite:
    """Runs ``site.main()`` at the first import the standard library cannot satisfy.

    The executor starts the interpreter with ``-S``: ``site`` (site-packages, ``.pth`` files)
    costs about 6 ms of CPU per run, and most runs never import a third-party package. This
    finder sits last on ``sys.meta_path``; the first top-level import that nothing else
    found sets site-packages up and is looked up again, so ``import numpy`` works as usual.
    """

    done = False

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if cls.done or path is not None:
            return None
        cls.done = True
        import site
        from importlib.machinery import PathFinder

        site.main()
        return PathFinder.find_spec(name)


def apply_resource_limits(spec):
    """``PYEXEC_RLIMITS`` (``cpu=..,as=..,fsize=..,nofile=..,nproc=..,core=0``): soft and hard
    limits of this process, set before the code runs (the ``rlimit`` sandbox)."""
    if not spec:
        return
    import resource

    names = {
        "cpu": resource.RLIMIT_CPU,
        "as": resource.RLIMIT_AS,
        "fsize": resource.RLIMIT_FSIZE,
        "nofile": resource.RLIMIT_NOFILE,
        "nproc": resource.RLIMIT_NPROC,
        "core": resource.RLIMIT_CORE,
    }
    for item in spec.split(","):
        key, _, value = item.partition("=")
        limit = int(value)
        kind = names[key]
        soft, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY and limit > hard:
            limit = hard  # never raise a limit the worker itself runs under
        if kind == resource.RLIMIT_CPU:
            # Already-used CPU counts: the code gets `limit` seconds from now.
            used = resource.getrusage(resource.RUSAGE_SELF)
            limit += int(used.ru_utime + used.ru_stime) + 1
        resource.setrlimit(kind, (limit, limit))


def main():
    attempt_dir = os.path.abspath(sys.argv[1])
    if sys.flags.no_site:
        sys.meta_path.append(LazySite)
    metadata_path = os.path.join(attempt_dir, METADATA_FILE)
    source = read_text(os.path.join(attempt_dir, CODE_FILE))
    context = load_json(read_text(os.path.join(attempt_dir, CONTEXT_FILE)))
    namespace = new_namespace(context)
    report = new_report()
    # Replaced atomically at the end; if we die while writing this, the code has not started.
    write_text(metadata_path, dump_json(report))
    sys.argv = [CODE_FILE]
    runtime_path = os.environ.get("PYEXEC_RUNTIME_PATH")
    if runtime_path:  # pyexec_runtime (and mock epics); -I keeps PYTHONPATH out
        sys.path[0:0] = [p for p in runtime_path.split(os.pathsep) if p]

    try:  # fail closed: without its limits or its guard the code does not run
        step = "the sandbox's resource limits could not be set"
        apply_resource_limits(os.environ.get("PYEXEC_RLIMITS"))
        if runtime_path:
            step = "the channel runtime could not be loaded"
            import pyexec_runtime  # noqa: F401 (reads the run's mode before the code can edit it)
        if os.environ.get("PYEXEC_EXECUTION_MODE") != "write_access":
            step = "the read-only write guard could not be installed"
            import pyexec_guard

            pyexec_guard.install()
    except Exception as exc:
        report["phase"] = "finished"
        report["wrapper_error"] = "%s: %s: %s" % (step, type(exc).__name__, safe_repr(exc, 300))
        write_atomically(metadata_path, dump_json(report))
        return namespace

    try:  # fail closed: without this mark the executor would take the code as never started
        announce_code_start()
    except OSError as exc:
        report["phase"] = "finished"
        report["wrapper_error"] = "stderr is not writable: %s" % safe_repr(exc, 300)
        write_atomically(metadata_path, dump_json(report))
        return namespace
    run_code(source, namespace, attempt_dir, report)
    write_atomically(metadata_path, dump_json(report))
    return namespace


def announce_code_start():
    """Writes ``CODE_STARTED`` to stderr (the pipe the executor reads), unbuffered, just
    before the code runs. The code can delete or rewrite the metadata file, but it cannot take
    back bytes already in the pipe: the executor re-runs write-mode code only without this
    mark."""
    os.write(2, CODE_STARTED)


def new_namespace(context):
    """The globals the code runs in: ``context`` bound, ``__name__`` ``__main__``."""
    return {"__name__": "__main__", "context": context, "__builtins__": builtins}


def new_report():
    """The metadata fields, before the code runs (``phase`` ``running``)."""
    return {
        "phase": "running",
        "success": False,
        "error_type": None,
        "error_message": None,
        "traceback": None,
        "results_status": None,
        "results_detail": None,
        "figure_paths": [],
        "execution_time": 0.0,
        "python_version": "%d.%d.%d" % sys.version_info[:3],
    }


def run_code(source, namespace, attempt_dir, report):
    """Runs the code in ``namespace``, then writes results.json and the figures into
    ``attempt_dir`` and fills ``report`` (``phase`` ``finished``). Shared by this wrapper and
    the Jupyter kernel runner (``pyexec_kernel.py``)."""
    runner_pid = os.getpid()
    error = None
    started = time.perf_counter()
    try:
        exec(compile(source, CODE_FILE, "exec"), namespace)
    except BaseException as exc:  # SystemExit and KeyboardInterrupt are the code's too
        error = exc
    if os.getpid() != runner_pid:
        # A process the code forked got here: only the wrapper's own process reports.
        flush_streams()
        os._exit(1 if error is not None else 0)
    report["execution_time"] = time.perf_counter() - started

    report["phase"] = "finished"
    try:
        if error is None:
            report.update(collect_results(namespace, attempt_dir))
        else:
            report.update(describe_error(error, source))
    except BaseException as exc:  # our own failure (disk full, ...), not the code's
        report["wrapper_error"] = "%s: %s" % (type(exc).__name__, safe_repr(exc, 300))
    flush_streams()


def exit_without_teardown(namespace):
    """Ends the process the way interpreter shutdown would, minus its teardown.

    Freeing every module and type costs ~3 ms even for a trivial run (more with numpy or pandas
    loaded), and nothing reads that memory again. What shutdown does that matters is kept, in its
    order: join the code's non-daemon threads, run atexit handlers (logging flushes its files
    there), clear the code's globals as shutdown clears ``__main__`` (closing files the code left
    open), collect what only cycles kept alive, flush the streams.
    """
    threading = sys.modules.get("threading")
    if threading is not None and hasattr(threading, "_shutdown"):
        threading._shutdown()
    import atexit
    import gc

    atexit._run_exitfuncs()
    namespace.clear()
    gc.collect()
    flush_streams()
    os._exit(0)


_OWN_FILE = main.__code__.co_filename

if __name__ == "__main__":
    exit_without_teardown(main())
