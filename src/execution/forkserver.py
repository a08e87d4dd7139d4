"""The fork server of pyexec's local executor: forks one child per execution.

Started by ``src/execution/forkserver.rs`` as ``python -I -S -B -u forkserver.py WRAPPER`` with
the same flags and static environment as an executed wrapper, its stdin being a SOCK_SEQPACKET
Unix socket to the executor. It loads the wrapper's code as the module ``__main__`` would be,
without calling its ``main()``, and never runs user code itself: every execution is a fork of
this pristine process, so nothing passes between runs.

Requests (one packet each): ``ID \\0 ATTEMPT_DIR \\0 KEY=VALUE \\0 ...`` with the write ends of
the stdout and stderr pipes attached (SCM_RIGHTS). Replies: ``S ID PID`` once the child runs in
its own process group, ``F ID MESSAGE`` when it could not be started, and ``X PID STATUS`` (the
raw wait status) once the server reaped it. The server exits when the executor's end closes.
"""

import gc
import marshal
import os
import select
import signal
import socket
import sys

WRAPPER = sys.argv[1]
# What a freshly started interpreter has; each child gets exactly these back.
SIGNALS = [signal.SIGINT, signal.SIGPIPE, signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP]
if hasattr(signal, "SIGXFSZ"):
    SIGNALS.append(signal.SIGXFSZ)
INITIAL_HANDLERS = [(number, signal.getsignal(number)) for number in SIGNALS]


def load_wrapper(path):
    """The wrapper as the module ``__main__``, its top level run under another name, so that
    it only defines (its ``if __name__ == "__main__"`` would run an execution)."""
    with open(path, "rb") as file:
        data = file.read()
    if path.endswith(".pyc"):
        code = marshal.loads(data[16:])
    else:
        code = compile(data, path, "exec")
    module = type(sys)("pyexec_wrapper")
    module.__file__ = path
    module.__builtins__ = __builtins__
    exec(code, module.__dict__)
    module.__name__ = "__main__"
    return module


def child(sock, fds, attempt_dir, environment, wrapper):
    """Runs in the forked child: becomes a fresh wrapper process for ATTEMPT_DIR; never returns."""
    try:
        os.setpgid(0, 0)
        for number, handler in INITIAL_HANDLERS:
            if handler is not None:
                signal.signal(number, handler)
        os.close(sock.detach())
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(fds[0], 1)
        os.dup2(fds[1], 2)
        os.closerange(3, 1 << 20)
        os.chdir(attempt_dir)
        os.environ.clear()
        os.environ.update(environment)
        sys.argv = [WRAPPER, attempt_dir]
        sys.modules["__main__"] = wrapper
    except BaseException:
        os._exit(126)
    try:
        wrapper.exit_without_teardown(wrapper.main())
    except BaseException:
        # What the interpreter would do with an exception escaping the script.
        try:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
        finally:
            os._exit(1)
    os._exit(1)


def start(sock, packet, fds, wrapper, poller, children):
    parts = packet.split(b"\0")
    ident = parts[0]
    try:
        if len(parts) < 2 or len(fds) != 2:
            raise ValueError("malformed request")
        attempt_dir = os.fsdecode(parts[1])
        environment = {}
        for item in parts[2:]:
            key, _, value = os.fsdecode(item).partition("=")
            environment[key] = value
        pid = os.fork()
        if pid == 0:
            child(sock, fds, attempt_dir, environment, wrapper)
        try:
            os.setpgid(pid, pid)  # also done by the child; whoever is first wins the race
        except OSError:
            pass
        pidfd = os.pidfd_open(pid)
    except Exception as error:
        sock.send(b"F " + ident + b" " + ("%s: %s" % (type(error).__name__, error)).encode())
        return
    finally:
        for fd in fds:
            os.close(fd)
    children[pidfd] = pid
    poller.register(pidfd, select.POLLIN)
    sock.send(b"S %s %d" % (ident, pid))


def serve():
    sock = socket.socket(fileno=os.dup(0))
    sock.setblocking(True)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    wrapper = load_wrapper(WRAPPER)
    # Children collect cycles as usual, but never walk the server's objects: a walk would write
    # to every page of the inherited heap and copy it (copy-on-write).
    gc.collect()
    gc.freeze()
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN)
    children = {}
    while True:
        for fd, _events in poller.poll():
            if fd != sock.fileno():
                pid = children.pop(fd)
                poller.unregister(fd)
                os.close(fd)
                _, status = os.waitpid(pid, 0)
                sock.send(b"X %d %d" % (pid, status))
                continue
            packet, fds, _flags, _address = socket.recv_fds(sock, 1 << 20, 2)
            if not packet:
                return  # the executor is gone
            start(sock, packet, fds, wrapper, poller, children)


if __name__ == "__main__":
    serve()
    os._exit(0)
