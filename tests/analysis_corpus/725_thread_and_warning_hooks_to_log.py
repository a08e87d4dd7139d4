# expect: writes=no reads=no risk=low approval=no
# why: threading.excepthook = f and warnings.showwarning = f with local functions are the documented ways to log thread errors and warnings, like sys.excepthook; they were high runtime_patch (round 17)
import threading
import warnings
import logging

log = logging.getLogger("check")

def on_thread_error(args):
    log.error("worker failed: %s", args.exc_value)

def to_log(message, category, filename, lineno, file=None, line=None):
    log.warning("%s: %s", category.__name__, message)

threading.excepthook = on_thread_error
warnings.showwarning = to_log
results = {}
