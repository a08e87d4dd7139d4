"""Runs pyexec attempts inside a Jupyter kernel (the Jupyter executor, ``jupyter.rs``).

The kernel may run on another host, so nothing is shared through a filesystem. When a kernel
joins the executor's pool, one setup cell writes this module, ``wrapper.py`` (as
``pyexec_wrapper``), ``pyexec_runtime.py``, ``pyexec_guard.py`` and, for the mock control
system, the mock ``epics`` package into a private temporary folder of the kernel, and calls
``setup``. Each run is then one small cell calling ``run``: the code runs through the local
wrapper's own ``run_code`` (same namespace, same JSON conversion, same figure saving) in a
fresh attempt folder of the kernel, and the report comes back as one ``display_data`` message
of type ``application/vnd.pyexec.report+json``: the metadata, ``results.json``'s text, the
figures (base64), and what the runtime guards refused. stdout and stderr reach the executor
as the kernel's ``stream`` messages. A kernel serves one run and is then shut down.
"""

import base64
import os
import sys
import tempfile

import pyexec_wrapper as wrapper

REPORT_MIME = "application/vnd.pyexec.report+json"
VIOLATIONS_FILE = "limits_violations.jsonl"
REFUSALS_FILE = "refused_writes.jsonl"

_root = None


def setup(root, settings):
    """Prepares this kernel for runs in ``settings["mode"]``: environment, limits database,
    and (not ``write_access``) the read-only write guard. Raises when the guard cannot be
    installed: a kernel without it never joins the pool."""
    global _root
    _root = root
    env = os.environ
    env["MPLBACKEND"] = "Agg"  # as the local executor: figures are saved, not shown inline
    env["MPLCONFIGDIR"] = os.path.join(root, ".mpl")
    env["PYEXEC_EXECUTION_MODE"] = settings["mode"]
    env["PYEXEC_CHANNEL_STORE"] = os.path.join(root, "channels.json")
    limits = settings.get("limits")
    if limits is not None:
        path = os.path.join(root, "limits.json")
        wrapper.write_text(path, limits)
        env["PYEXEC_LIMITS"] = path
    for key, value in settings.get("env", []):
        env[key] = value
    matplotlib = sys.modules.get("matplotlib")
    if matplotlib is not None:  # the kernel already picked the inline backend
        try:
            matplotlib.use("Agg")
        except Exception as exc:
            wrapper.warn("could not switch matplotlib to Agg: %s" % wrapper.safe_repr(exc, 300))
    import pyexec_runtime  # noqa: F401 (reads the run's mode before any code can edit it)

    if settings["mode"] != "write_access":
        import pyexec_guard

        pyexec_guard.install()
    os.makedirs(os.path.join(root, "runs"), exist_ok=True)


def run(run_id, attempt, source, context_json):
    """Runs one attempt and publishes its report (see the module docs)."""
    attempt_dir = tempfile.mkdtemp(prefix="attempt-", dir=os.path.join(_root, "runs"))
    env = os.environ
    env["PYEXEC_RUN_ID"] = run_id
    env["PYEXEC_ATTEMPT"] = str(attempt)
    env["PYEXEC_VIOLATIONS_FILE"] = os.path.join(attempt_dir, VIOLATIONS_FILE)
    env["PYEXEC_REFUSALS_FILE"] = os.path.join(attempt_dir, REFUSALS_FILE)
    import pyexec_runtime  # its copies, which the code cannot clear with os.environ

    pyexec_runtime._VIOLATIONS_FILE = env["PYEXEC_VIOLATIONS_FILE"]
    pyexec_runtime._REFUSALS_FILE = env["PYEXEC_REFUSALS_FILE"]
    os.chdir(attempt_dir)
    report = wrapper.new_report()
    namespace = wrapper.new_namespace(wrapper.load_json(context_json))
    wrapper.run_code(source, namespace, attempt_dir, report)
    payload = {
        "metadata": report,
        "results": _read(attempt_dir, wrapper.RESULTS_FILE) if report.get("success") else None,
        "figures": {path: _base64(attempt_dir, path) for path in report.get("figure_paths", [])},
        "violations": _read(attempt_dir, VIOLATIONS_FILE),
        "refusals": _read(attempt_dir, REFUSALS_FILE),
    }
    from IPython.display import publish_display_data

    publish_display_data({REPORT_MIME: payload})


def _read(attempt_dir, name):
    try:
        with open(os.path.join(attempt_dir, name), encoding="utf-8", errors="replace") as file:
            return file.read()
    except OSError:
        return None


def _base64(attempt_dir, relative):
    with open(os.path.join(attempt_dir, relative), "rb") as file:
        return base64.b64encode(file.read()).decode("ascii")
