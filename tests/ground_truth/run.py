"""Runs Python scripts against stand-in control-system libraries and reports what each one
really read and wrote: the ground truth the analyzer's verdicts are checked against.

Each script runs in its own ``bwrap`` sandbox (read-only host, no network, a fresh ``/tmp``
as its working directory) with ``stand_ins/`` first on ``PYTHONPATH``, so ``import epics``,
``tango``, ``PyTango``, caproto, p4p, pvaccess and ``pyexec_runtime`` get libraries that
record every read and write in a log instead of touching a control system.

    run.py [--python PY] [--analyzer PYEXEC] [--jobs N] [--timeout S] [--json] PATH...

PATH is a script or a folder of them (``*.py``, not recursive). One line per script:
``--json`` prints a JSON object (``file``, ``outcome``, ``error``, ``writes``, ``reads``,
``first_write`` and, with ``--analyzer``, ``analysis``); otherwise a verdict, printed only
for scripts where the analyzer and the run disagree (with ``--analyzer``):

- ``MISSED``: the run wrote, the analyzer found no write and called the script low or
  medium risk (so it could run without a person looking);
- ``MISSED(high)``: the run wrote, the analyzer found no write but failed the analysis
  (high risk), so a person looks anyway;
- ``FALSE``: the run finished without an exception and wrote nothing, and the analyzer
  reported a write (a person is asked for nothing; the branch may just not have run).

``outcome`` is ``completed``, ``raised`` (``error`` holds the exception's last line),
``timeout`` or ``missing_module`` (a library with no stand-in, such as ophyd). The
analyzer runs with ``PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED=true`` so that writes are
reported as writes, not refused.
"""

import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAND_INS = os.path.join(HERE, "stand_ins")


def interpreter_prefix(python):
    """Where ``python`` keeps its packages (a virtualenv under ``/tmp`` must stay visible)."""
    return subprocess.run(
        [python, "-c", "import sys; print(sys.prefix)"], capture_output=True, check=True,
        text=True,
    ).stdout.strip()


def sandboxed(python, prefix, script, log_path):
    """The command that runs ``script`` in a sandbox, logging to ``log_path``."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        sys.exit("run.py: `bwrap` is not on PATH (install Debian's `bubblewrap` package)")
    return [
        bwrap,
        "--ro-bind", "/", "/",
        "--dev", "/dev",
        "--proc", "/proc",
        "--tmpfs", "/tmp",
        "--ro-bind", prefix, prefix,
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--ro-bind", STAND_INS, "/tmp/stand_ins",
        "--ro-bind", script, "/tmp/script.py",
        "--bind", log_path, "/tmp/ground_truth.jsonl",
        "--chdir", "/tmp",
        "--setenv", "PYTHONPATH", "/tmp/stand_ins",
        "--setenv", "PYEXEC_GROUND_TRUTH_LOG", "/tmp/ground_truth.jsonl",
        "--setenv", "MPLBACKEND", "Agg",
        "--setenv", "HOME", "/tmp",
        python, "-B", "/tmp/script.py",
    ]


def run_script(python, prefix, script, timeout):
    """Runs one script; returns its outcome, error line and the log's records."""
    with tempfile.TemporaryDirectory(prefix="pyexec-ground-truth-") as scratch:
        log_path = os.path.join(scratch, "log.jsonl")
        open(log_path, "w").close()
        try:
            proc = subprocess.run(
                sandboxed(python, prefix, os.path.abspath(script), log_path),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=timeout,
            )
            stderr = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            error = stderr[-1] if stderr else ""
            if proc.returncode == 0:
                outcome = "completed"
            elif error.startswith("ModuleNotFoundError"):
                outcome = "missing_module"
            else:
                outcome = "raised"
                if not error:
                    error = "exit status %d" % proc.returncode
        except subprocess.TimeoutExpired:
            outcome, error = "timeout", "no exit within %s s" % timeout
        records = []
        with open(log_path) as log:
            for line in log:
                try:
                    records.append(json.loads(line))
                except ValueError:
                    pass
    return outcome, error, records


def analyze(analyzer, script):
    """The analyzer's record for ``script``, or None when it could not give one."""
    env = dict(os.environ, PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED="true")
    proc = subprocess.run(
        [analyzer, "analyze", script, "--json"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=120,
    )
    try:
        return json.loads(proc.stdout)
    except ValueError:
        return None


def examine(args, script):
    outcome, error, records = run_script(args.python, args.prefix, script, args.timeout)
    writes = [r for r in records if r.get("access") == "write"]
    report = {
        "file": script,
        "outcome": outcome,
        "error": error,
        "writes": len(writes),
        "reads": sum(1 for r in records if r.get("access") == "read"),
        "first_write": writes[0] if writes else None,
    }
    if args.analyzer:
        record = analyze(args.analyzer, script)
        report["analysis"] = None if record is None else {
            "has_writes": record.get("has_writes"),
            "has_reads": record.get("has_reads"),
            "security_risk": record.get("security_risk"),
            "passed": record.get("passed"),
        }
    return report


def verdict(report):
    """How the analyzer and the run disagree, or None."""
    analysis = report.get("analysis")
    if analysis is None:
        return None
    if report["writes"] and not analysis["has_writes"]:
        return "MISSED(high)" if analysis["security_risk"] == "high" else "MISSED"
    if not report["writes"] and report["outcome"] == "completed" and analysis["has_writes"]:
        return "FALSE"
    return None


def scripts_in(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith(".py"):
                    yield os.path.join(path, name)
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--analyzer", help="the pyexec binary whose verdicts to compare")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    args.python = os.path.abspath(args.python)
    args.prefix = interpreter_prefix(args.python)
    scripts = list(scripts_in(args.paths))
    counts = {"scripts": 0, "wrote": 0, "MISSED": 0, "MISSED(high)": 0, "FALSE": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for report in pool.map(lambda s: examine(args, s), scripts):
            counts["scripts"] += 1
            counts["wrote"] += bool(report["writes"])
            if args.json:
                print(json.dumps(report), flush=True)
                continue
            found = verdict(report)
            if found:
                counts[found] += 1
                detail = report["first_write"] or report["outcome"]
                print("%-12s %s  %s" % (found, report["file"], json.dumps(detail)), flush=True)
    if not args.json:
        print("summary: " + ", ".join("%s %d" % kv for kv in counts.items()))


if __name__ == "__main__":
    main()
