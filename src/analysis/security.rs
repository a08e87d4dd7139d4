//! Security rules: which calls and imports are findings, how severe each rule is, and how a
//! deployment tunes them (`PYEXEC_SECURITY_RULES_FILE`, `PYEXEC_DYNAMIC_ACCESS`).
//!
//! The dataflow walk ([`super::dataflow`]) resolves every call to a dotted path first, so
//! `from os import system as s; s(..)` meets the same rule as `os.system(..)`. High-risk
//! findings fail analysis; medium-risk ones are warnings that ask for a human. This is a
//! classifier in front of the runtime sandbox, not the only line of defence.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Risk level of a finding, and of the code as a whole (its highest finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    Low,
    Medium,
    High,
}

/// One finding, located (1-based line and character column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityFinding {
    /// The rule id, e.g. `shell`, `dynamic_attribute`, `file_write` (see `docs/analysis.md`).
    pub rule: String,
    pub severity: Risk,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One row of the rule tables: (module, call name or prefix; rule id; severity; message).
pub(crate) type RuleRow = (&'static str, &'static str, Risk, &'static str);

/// Modules whose import alone is a finding.
pub(crate) const RISKY_MODULES: &[RuleRow] = &[
    (
        "subprocess",
        "shell",
        Risk::High,
        "imports subprocess (runs external programs)",
    ),
    ("pty", "shell", Risk::High, "imports pty (spawns shells)"),
    // Third-party process runners (round 19).
    (
        "pexpect",
        "shell",
        Risk::High,
        "imports pexpect (runs and drives external programs)",
    ),
    (
        "plumbum",
        "shell",
        Risk::High,
        "imports plumbum (runs external programs)",
    ),
    (
        "sh",
        "shell",
        Risk::High,
        "imports sh (runs external programs)",
    ),
    (
        "pip",
        "shell",
        Risk::High,
        "imports pip (installs packages, running their build code)",
    ),
    (
        "ctypes",
        "native_code",
        Risk::High,
        "imports ctypes (calls native code, bypasses Python)",
    ),
    (
        "importlib",
        "dynamic_import",
        Risk::High,
        "imports importlib (loads modules by computed name)",
    ),
    (
        "antigravity",
        "shell",
        Risk::High,
        "imports antigravity (starts the program BROWSER names)",
    ),
];

/// Calls by (dotted) name.
pub(crate) const RISKY_CALLS: &[RuleRow] = &[
    (
        "exec",
        "dynamic_code",
        Risk::High,
        "calls exec() on dynamic code",
    ),
    (
        "eval",
        "dynamic_code",
        Risk::High,
        "calls eval() on dynamic code",
    ),
    (
        "compile",
        "dynamic_code",
        Risk::High,
        "calls compile() to build code at run time",
    ),
    (
        "__import__",
        "dynamic_import",
        Risk::High,
        "calls __import__() with a computed module",
    ),
    (
        "get_ipython",
        "dynamic_code",
        Risk::High,
        "reaches the IPython shell (Jupyter executor), which runs shell commands and code \
         from strings",
    ),
    (
        "importlib.import_module",
        "dynamic_import",
        Risk::High,
        "imports a module by computed name",
    ),
    (
        "os.system",
        "shell",
        Risk::High,
        "runs a shell command with os.system()",
    ),
    (
        "os.popen",
        "shell",
        Risk::High,
        "runs a shell command with os.popen()",
    ),
    ("os.fork", "process", Risk::High, "forks the process"),
    ("os.forkpty", "process", Risk::High, "forks the process"),
    // A process in a session or group of its own outlives the run: the executor ends the
    // run's process group (red-team round 18: a child rewrote the channel store afterwards).
    (
        "os.setsid",
        "process",
        Risk::High,
        "leaves the run's process group (os.setsid), so the process outlives the run",
    ),
    (
        "os.setpgid",
        "process",
        Risk::High,
        "leaves the run's process group (os.setpgid), so the process outlives the run",
    ),
    (
        "os.setpgrp",
        "process",
        Risk::High,
        "leaves the run's process group (os.setpgrp), so the process outlives the run",
    ),
    (
        "importlib.__import__",
        "dynamic_import",
        Risk::High,
        "imports a module by computed name",
    ),
    (
        "os.kill",
        "process",
        Risk::High,
        "sends signals to processes",
    ),
    (
        "os.killpg",
        "process",
        Risk::High,
        "sends signals to process groups",
    ),
    ("os.remove", "file_delete", Risk::Medium, "deletes a file"),
    ("os.unlink", "file_delete", Risk::Medium, "deletes a file"),
    (
        "os.rmdir",
        "file_delete",
        Risk::Medium,
        "deletes a directory",
    ),
    ("os.rename", "file_write", Risk::Medium, "renames a file"),
    (
        "shutil.rmtree",
        "file_delete",
        Risk::Medium,
        "deletes a directory tree",
    ),
    ("shutil.move", "file_write", Risk::Medium, "moves files"),
    ("os.replace", "file_write", Risk::Medium, "replaces a file"),
    (
        "shutil.copyfile",
        "file_write",
        Risk::Medium,
        "copies over a file",
    ),
    (
        "shutil.copy",
        "file_write",
        Risk::Medium,
        "copies over a file",
    ),
    (
        "shutil.copy2",
        "file_write",
        Risk::Medium,
        "copies over a file",
    ),
    (
        "shutil.copytree",
        "file_write",
        Risk::Medium,
        "copies a directory tree",
    ),
    // Standard-library functions that run code given as a string or a name.
    (
        "timeit.timeit",
        "dynamic_code",
        Risk::High,
        "runs code given as a string (timeit)",
    ),
    (
        "multiprocessing.managers.MakeProxyType",
        "dynamic_code",
        Risk::High,
        "builds a proxy class by running its method names as code (red-team round 42)",
    ),
    (
        "timeit.repeat",
        "dynamic_code",
        Risk::High,
        "runs code given as a string (timeit)",
    ),
    (
        "timeit.Timer",
        "dynamic_code",
        Risk::High,
        "runs code given as a string (timeit)",
    ),
    (
        "typing.get_type_hints",
        "dynamic_code",
        Risk::High,
        "evaluates annotations, which may be code in strings",
    ),
    (
        "inspect.get_annotations",
        "dynamic_code",
        Risk::High,
        "evaluates annotations, which may be code in strings",
    ),
    (
        "typing._eval_type",
        "dynamic_code",
        Risk::High,
        "evaluates a type, running the strings in it as code (red-team round 44)",
    ),
    (
        "typing.evaluate_forward_ref",
        "dynamic_code",
        Risk::High,
        "evaluates a forward reference, running its string as code",
    ),
    (
        "typing.ForwardRef",
        "dynamic_code",
        Risk::High,
        "makes a forward reference, whose evaluation runs its string as code",
    ),
    (
        "joblib.load",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "lmfit.model.load_modelresult",
        "dynamic_code",
        Risk::High,
        "loads a saved fit, whose functions are unpickled (dill), which can run any code",
    ),
    (
        "lmfit.model.load_model",
        "dynamic_code",
        Risk::High,
        "loads a saved model, whose functions are unpickled (dill), which can run any code",
    ),
    (
        "lmfit.load_modelresult",
        "dynamic_code",
        Risk::High,
        "loads a saved fit, whose functions are unpickled (dill), which can run any code",
    ),
    (
        "statsmodels.api.load",
        "dynamic_code",
        Risk::High,
        "unpickles a saved model, which can run any code",
    ),
    (
        "statsmodels.iolib.smpickle.load_pickle",
        "dynamic_code",
        Risk::High,
        "unpickles a saved model, which can run any code",
    ),
    // Servers that listen on a network port (round 19).
    (
        "websockets.serve",
        "network",
        Risk::Medium,
        "serves websockets on a network port",
    ),
    (
        "websockets.server.serve",
        "network",
        Risk::Medium,
        "serves websockets on a network port",
    ),
    (
        "websockets.sync.server.serve",
        "network",
        Risk::Medium,
        "serves websockets on a network port",
    ),
    (
        "websockets.asyncio.server.serve",
        "network",
        Risk::Medium,
        "serves websockets on a network port",
    ),
    (
        "aiohttp.web.run_app",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "aiohttp.web.TCPSite",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "werkzeug.serving.run_simple",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "waitress.serve",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "Pyro5.api.Daemon",
        "network",
        Risk::Medium,
        "serves remote objects on a network port",
    ),
    (
        "Pyro5.server.Daemon",
        "network",
        Risk::Medium,
        "serves remote objects on a network port",
    ),
    (
        "rpyc.utils.server.ThreadedServer",
        "network",
        Risk::Medium,
        "serves remote calls on a network port",
    ),
    (
        "rpyc.utils.server.ForkingServer",
        "network",
        Risk::Medium,
        "serves remote calls on a network port",
    ),
    (
        "rpyc.ThreadedServer",
        "network",
        Risk::Medium,
        "serves remote calls on a network port",
    ),
    (
        "ipykernel.embed.embed_kernel",
        "network",
        Risk::Medium,
        "starts a Jupyter kernel that listens on network ports",
    ),
    (
        "IPython.embed_kernel",
        "network",
        Risk::Medium,
        "starts a Jupyter kernel that listens on network ports",
    ),
    // pandas evaluates expression text whose `@name` reaches the caller's variables
    // (`@os.system('...')`; round 19): text written in the code is a harmless form.
    (
        "pandas.eval",
        "dynamic_code",
        Risk::High,
        "evaluates expression text with pandas, whose `@` names reach the code's variables",
    ),
    // sympy parses text by rewriting it and handing it to `eval` (round 19): a
    // mathematical expression written out in the code is a harmless form.
    (
        "sympy.sympify",
        "dynamic_code",
        Risk::High,
        "parses text with sympy, which evaluates it as Python code",
    ),
    (
        "sympy.core.sympify.sympify",
        "dynamic_code",
        Risk::High,
        "parses text with sympy, which evaluates it as Python code",
    ),
    (
        "sympy.S",
        "dynamic_code",
        Risk::High,
        "parses text with sympy, which evaluates it as Python code",
    ),
    (
        "sympy.lambdify",
        "dynamic_code",
        Risk::High,
        "compiles text with sympy's lambdify, which runs it as Python code",
    ),
    (
        "sympy.utilities.lambdify.lambdify",
        "dynamic_code",
        Risk::High,
        "compiles text with sympy's lambdify, which runs it as Python code",
    ),
    (
        "sympy.parse_expr",
        "dynamic_code",
        Risk::High,
        "parses text with sympy, which evaluates it as Python code",
    ),
    (
        "sympy.parsing.parse_expr",
        "dynamic_code",
        Risk::High,
        "parses text with sympy, which evaluates it as Python code",
    ),
    (
        "sympy.parsing.sympy_parser.parse_expr",
        "dynamic_code",
        Risk::High,
        "parses text with sympy, which evaluates it as Python code",
    ),
    (
        "paramiko.SSHClient",
        "shell",
        Risk::High,
        "runs commands on another host over SSH",
    ),
    (
        "fabric.Connection",
        "shell",
        Risk::High,
        "runs commands on another host over SSH",
    ),
    (
        "dask.distributed.Client",
        "network",
        Risk::Medium,
        "starts a dask scheduler and workers that listen on network ports (and a dashboard)",
    ),
    (
        "dask.distributed.LocalCluster",
        "network",
        Risk::Medium,
        "starts a dask scheduler and workers that listen on network ports (and a dashboard)",
    ),
    (
        "distributed.Client",
        "network",
        Risk::Medium,
        "starts a dask scheduler and workers that listen on network ports (and a dashboard)",
    ),
    (
        "distributed.LocalCluster",
        "network",
        Risk::Medium,
        "starts a dask scheduler and workers that listen on network ports (and a dashboard)",
    ),
    (
        "prometheus_client.start_http_server",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "uvicorn.run",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "panel.serve",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "bokeh.server.server.Server",
        "network",
        Risk::Medium,
        "serves HTTP on a network port",
    ),
    (
        "joblib.Memory",
        "file_write",
        Risk::Medium,
        "caches function results as pickles in files, and loads them back",
    ),
    (
        "pandas.read_pickle",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "pandas.io.pickle.read_pickle",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "yaml.unsafe_load",
        "dynamic_code",
        Risk::High,
        "builds any Python object named in the data",
    ),
    (
        "yaml.unsafe_load_all",
        "dynamic_code",
        Risk::High,
        "builds any Python object named in the data",
    ),
    (
        "cffi.FFI",
        "native_code",
        Risk::High,
        "loads native code (cffi)",
    ),
    (
        "breakpoint",
        "dynamic_import",
        Risk::High,
        "calls the breakpoint hook, which imports whatever callable PYTHONBREAKPOINT names",
    ),
    (
        "pydoc.locate",
        "dynamic_import",
        Risk::High,
        "loads a module or object by name",
    ),
    (
        "pydoc.importfile",
        "dynamic_import",
        Risk::High,
        "imports a file by path",
    ),
    (
        "pydoc.safeimport",
        "dynamic_import",
        Risk::High,
        "imports a module by name",
    ),
    (
        "sys._getframe",
        "dynamic_attribute",
        Risk::High,
        "reaches a frame's globals and builtins",
    ),
    (
        "inspect.currentframe",
        "dynamic_attribute",
        Risk::High,
        "reaches a frame's globals and builtins",
    ),
    (
        "inspect.getgeneratorlocals",
        "dynamic_attribute",
        Risk::High,
        "reaches a generator's local variables by name",
    ),
    (
        "inspect.getcoroutinelocals",
        "dynamic_attribute",
        Risk::High,
        "reaches a coroutine's local variables by name",
    ),
    (
        "inspect.getclosurevars",
        "dynamic_attribute",
        Risk::High,
        "reaches a function's globals, builtins and closure variables by name",
    ),
    (
        "inspect.stack",
        "dynamic_attribute",
        Risk::High,
        "reaches the frames' globals and builtins",
    ),
    (
        "inspect.trace",
        "dynamic_attribute",
        Risk::High,
        "reaches the frames' globals and builtins",
    ),
    (
        "inspect.getouterframes",
        "dynamic_attribute",
        Risk::High,
        "reaches the frames' globals and builtins",
    ),
    (
        "inspect.getinnerframes",
        "dynamic_attribute",
        Risk::High,
        "reaches the frames' globals and builtins",
    ),
    (
        "inspect.getmodule",
        "dynamic_attribute",
        Risk::High,
        "reaches a module, possibly the running script, whose attributes are its global names",
    ),
    (
        "inspect.getmembers",
        "dynamic_attribute",
        Risk::High,
        "lists an object's attributes to pick one by name",
    ),
    (
        "inspect.getmro",
        "dynamic_attribute",
        Risk::High,
        "reaches a class's bases, as `__mro__` does",
    ),
    (
        "inspect.getattr_static",
        "dynamic_attribute",
        Risk::High,
        "fetches an attribute by name",
    ),
    (
        "gc.get_objects",
        "dynamic_attribute",
        Risk::High,
        "searches every live object",
    ),
    (
        "gc.get_referrers",
        "dynamic_attribute",
        Risk::High,
        "searches live objects by reference",
    ),
    (
        "gc.get_referents",
        "dynamic_attribute",
        Risk::High,
        "searches live objects by reference",
    ),
    (
        "os.startfile",
        "shell",
        Risk::High,
        "starts a program with os.startfile()",
    ),
    (
        "platform.popen",
        "shell",
        Risk::High,
        "runs a shell command with platform.popen()",
    ),
    (
        "imaplib.IMAP4_stream",
        "shell",
        Risk::High,
        "runs a command as an IMAP connection",
    ),
    (
        "uuid._get_command_stdout",
        "shell",
        Risk::High,
        "runs an external program",
    ),
    (
        "site.addsitedir",
        "dynamic_import",
        Risk::High,
        "adds an import directory and runs its .pth files",
    ),
    (
        "site.main",
        "dynamic_import",
        Risk::High,
        "re-runs site initialisation (.pth files)",
    ),
    (
        "site.addpackage",
        "dynamic_import",
        Risk::High,
        "runs a .pth file",
    ),
    (
        "sys.path.insert",
        "dynamic_import",
        Risk::High,
        "changes where imports are found",
    ),
    (
        "sys.path.append",
        "dynamic_import",
        Risk::High,
        "changes where imports are found",
    ),
    (
        "sys.path.extend",
        "dynamic_import",
        Risk::High,
        "changes where imports are found",
    ),
    (
        "sys.breakpointhook",
        "dynamic_import",
        Risk::High,
        "calls the breakpoint hook, which imports whatever callable PYTHONBREAKPOINT names",
    ),
    (
        "sys.__breakpointhook__",
        "dynamic_import",
        Risk::High,
        "calls the breakpoint hook, which imports whatever callable PYTHONBREAKPOINT names",
    ),
    (
        "timeit.main",
        "dynamic_code",
        Risk::High,
        "runs code given as a string (timeit)",
    ),
    (
        "xml.sax.make_parser",
        "dynamic_import",
        Risk::High,
        "imports the parser modules it is given by name",
    ),
    (
        "multiprocessing.set_executable",
        "shell",
        Risk::High,
        "makes new processes run the program it names",
    ),
    (
        "multiprocessing.set_forkserver_preload",
        "dynamic_import",
        Risk::High,
        "imports modules by name in the fork server",
    ),
    (
        "signal.pidfd_send_signal",
        "process",
        Risk::High,
        "sends signals to processes",
    ),
    (
        "signal.pthread_kill",
        "process",
        Risk::High,
        "sends signals to threads",
    ),
    (
        "ssl.create_connection",
        "network",
        Risk::Medium,
        "opens a network connection",
    ),
    (
        "ssl.get_server_certificate",
        "network",
        Risk::Medium,
        "opens a network connection",
    ),
    (
        "asyncio.open_connection",
        "network",
        Risk::Medium,
        "opens a network connection",
    ),
    (
        "asyncio.start_server",
        "network",
        Risk::Medium,
        "listens on a network port",
    ),
    (
        "asyncio.streams.start_server",
        "network",
        Risk::Medium,
        "listens on a network port",
    ),
    (
        "asyncio.open_unix_connection",
        "network",
        Risk::Medium,
        "opens a socket connection",
    ),
    (
        "asyncio.start_unix_server",
        "network",
        Risk::Medium,
        "listens on a socket",
    ),
    ("os.renames", "file_write", Risk::Medium, "renames files"),
    (
        "os.removedirs",
        "file_delete",
        Risk::Medium,
        "deletes directories",
    ),
    (
        "os.truncate",
        "file_write",
        Risk::Medium,
        "truncates a file",
    ),
    ("os.symlink", "file_write", Risk::Medium, "creates a link"),
    ("os.link", "file_write", Risk::Medium, "creates a link"),
    (
        "os.chown",
        "file_write",
        Risk::Medium,
        "changes file ownership",
    ),
    (
        "os.lchown",
        "file_write",
        Risk::Medium,
        "changes file ownership",
    ),
    (
        "os.fchown",
        "file_write",
        Risk::Medium,
        "changes file ownership",
    ),
    (
        "shutil.chown",
        "file_write",
        Risk::Medium,
        "changes file ownership",
    ),
    ("os.utime", "file_write", Risk::Medium, "changes file times"),
    (
        "os.setxattr",
        "file_write",
        Risk::Medium,
        "changes a file's extended attributes",
    ),
    (
        "os.removexattr",
        "file_write",
        Risk::Medium,
        "changes a file's extended attributes",
    ),
    (
        "urllib.request.urlretrieve",
        "file_write",
        Risk::Medium,
        "downloads into a file",
    ),
    (
        "sys.settrace",
        "runtime_patch",
        Risk::High,
        "installs a hook into every frame, the executor's runtime included",
    ),
    (
        "sys.setprofile",
        "runtime_patch",
        Risk::High,
        "installs a hook into every frame, the executor's runtime included",
    ),
    (
        "threading.settrace",
        "runtime_patch",
        Risk::High,
        "installs a hook into every thread's frames, the executor's runtime included",
    ),
    (
        "threading.setprofile",
        "runtime_patch",
        Risk::High,
        "installs a hook into every thread's frames, the executor's runtime included",
    ),
    (
        "sys.addaudithook",
        "runtime_patch",
        Risk::High,
        "installs an audit hook that sees (and can stop) every file, import and process event",
    ),
    (
        "os.chmod",
        "file_write",
        Risk::Medium,
        "changes file permissions",
    ),
    (
        "os.mkfifo",
        "file_write",
        Risk::Medium,
        "creates a named pipe",
    ),
    (
        "os.mknod",
        "file_write",
        Risk::Medium,
        "creates a file system node",
    ),
    (
        "shutil.make_archive",
        "file_write",
        Risk::Medium,
        "writes an archive",
    ),
    (
        "shutil.unpack_archive",
        "file_write",
        Risk::Medium,
        "writes files from an archive",
    ),
    (
        "shutil.copyfileobj",
        "file_write",
        Risk::Medium,
        "copies into a file",
    ),
    (
        "shutil.copymode",
        "file_write",
        Risk::Medium,
        "changes file permissions",
    ),
    (
        "shutil.copystat",
        "file_write",
        Risk::Medium,
        "changes file metadata",
    ),
    (
        "logging.FileHandler",
        "file_write",
        Risk::Medium,
        "writes a log file",
    ),
    (
        "logging.handlers.RotatingFileHandler",
        "file_write",
        Risk::Medium,
        "writes log files",
    ),
    (
        "logging.handlers.TimedRotatingFileHandler",
        "file_write",
        Risk::Medium,
        "writes log files",
    ),
    (
        "logging.handlers.WatchedFileHandler",
        "file_write",
        Risk::Medium,
        "writes a log file",
    ),
    (
        "tempfile.NamedTemporaryFile",
        "file_write",
        Risk::Medium,
        "creates a file",
    ),
    (
        "tempfile.TemporaryFile",
        "file_write",
        Risk::Medium,
        "creates a file",
    ),
    (
        "tempfile.SpooledTemporaryFile",
        "file_write",
        Risk::Medium,
        "creates a file",
    ),
    (
        "tempfile.mkstemp",
        "file_write",
        Risk::Medium,
        "creates a file",
    ),
    (
        "tempfile.mkdtemp",
        "file_write",
        Risk::Medium,
        "creates a directory",
    ),
    (
        "tempfile.TemporaryDirectory",
        "file_write",
        Risk::Medium,
        "creates a directory",
    ),
    (
        "py_compile.compile",
        "file_write",
        Risk::Medium,
        "writes a compiled file",
    ),
    (
        "zipapp.create_archive",
        "file_write",
        Risk::Medium,
        "writes an archive",
    ),
    (
        "fileinput.input",
        "file_write",
        Risk::Medium,
        "may edit files in place",
    ),
    (
        "fileinput.FileInput",
        "file_write",
        Risk::Medium,
        "may edit files in place",
    ),
    (
        "dbm.open",
        "file_write",
        Risk::Medium,
        "opens a database file, possibly for writing",
    ),
    (
        "dbm.dumb.open",
        "file_write",
        Risk::Medium,
        "opens a database file, possibly for writing",
    ),
    (
        "dbm.gnu.open",
        "file_write",
        Risk::Medium,
        "opens a database file, possibly for writing",
    ),
    (
        "dbm.ndbm.open",
        "file_write",
        Risk::Medium,
        "opens a database file, possibly for writing",
    ),
];

/// Dotted-name prefixes that are findings whatever follows (`os.execv`, `os.spawnl`, ...).
pub(crate) const RISKY_PREFIXES: &[RuleRow] = &[
    (
        "socket.",
        "network",
        Risk::Medium,
        "opens raw network connections or resolves names with socket",
    ),
    (
        "subprocess.",
        "shell",
        Risk::High,
        "runs an external program via subprocess",
    ),
    (
        "os.exec",
        "shell",
        Risk::High,
        "replaces the process with os.exec*()",
    ),
    (
        "os.spawn",
        "shell",
        Risk::High,
        "spawns a program with os.spawn*()",
    ),
    (
        "asyncio.create_subprocess_",
        "shell",
        Risk::High,
        "runs an external program via asyncio",
    ),
    ("pty.", "shell", Risk::High, "spawns a program via pty"),
    (
        "os.posix_spawn",
        "shell",
        Risk::High,
        "spawns a program with os.posix_spawn*()",
    ),
    (
        "distutils.spawn",
        "shell",
        Risk::High,
        "runs an external program via distutils",
    ),
    (
        "multiprocessing.util.spawnv",
        "shell",
        Risk::High,
        "spawns a program via multiprocessing",
    ),
    (
        "webbrowser.",
        "shell",
        Risk::High,
        "starts a program (the browser BROWSER names) via webbrowser",
    ),
    (
        "pipes.",
        "shell",
        Risk::High,
        "builds shell pipelines via pipes",
    ),
    (
        "tkinter.",
        "shell",
        Risk::High,
        "starts a Tcl interpreter, which runs commands",
    ),
    (
        "_tkinter.",
        "shell",
        Risk::High,
        "starts a Tcl interpreter, which runs commands",
    ),
    (
        "pydoc.pipepager",
        "shell",
        Risk::High,
        "runs a pager command",
    ),
    (
        "pydoc.tempfilepager",
        "shell",
        Risk::High,
        "runs a pager command",
    ),
    ("pydoc.pager", "shell", Risk::High, "runs a pager command"),
    (
        "pydoc.getpager",
        "shell",
        Risk::High,
        "runs a pager command",
    ),
    // Code from strings, files, pickles and code objects.
    (
        "code.",
        "dynamic_code",
        Risk::High,
        "runs code given as a string via code",
    ),
    (
        "codeop.",
        "dynamic_code",
        Risk::High,
        "compiles code given as a string via codeop",
    ),
    (
        "pdb.",
        "dynamic_code",
        Risk::High,
        "runs code via the debugger",
    ),
    (
        "bdb.",
        "dynamic_code",
        Risk::High,
        "runs code via the debugger",
    ),
    (
        "cProfile.",
        "dynamic_code",
        Risk::High,
        "runs code given as a string via the profiler",
    ),
    (
        "profile.",
        "dynamic_code",
        Risk::High,
        "runs code given as a string via the profiler",
    ),
    (
        "trace.",
        "dynamic_code",
        Risk::High,
        "runs code given as a string via trace",
    ),
    (
        "doctest.",
        "dynamic_code",
        Risk::High,
        "runs docstrings as code via doctest",
    ),
    (
        "runpy.",
        "dynamic_code",
        Risk::High,
        "runs a module or file as code via runpy",
    ),
    (
        "marshal.",
        "dynamic_code",
        Risk::High,
        "loads code objects via marshal",
    ),
    (
        "pickle.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "_pickle.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "shelve.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "dill.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "cloudpickle.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "jsonpickle.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "copyreg.",
        "dynamic_code",
        Risk::High,
        "registers how objects are rebuilt (run by copy and pickle)",
    ),
    (
        "logging.config.",
        "dynamic_code",
        Risk::High,
        "configures logging from data that names callables and evaluates expressions",
    ),
    (
        "types.FunctionType",
        "dynamic_code",
        Risk::High,
        "builds a function from a code object",
    ),
    (
        "types.LambdaType",
        "dynamic_code",
        Risk::High,
        "builds a function from a code object",
    ),
    (
        "types.CodeType",
        "dynamic_code",
        Risk::High,
        "builds a code object",
    ),
    // Loading modules or callables by name.
    (
        "pkgutil.",
        "dynamic_import",
        Risk::High,
        "loads modules or objects by name via pkgutil",
    ),
    (
        "zipimport.",
        "dynamic_import",
        Risk::High,
        "imports modules from an archive",
    ),
    (
        "imp.",
        "dynamic_import",
        Risk::High,
        "imports modules via imp",
    ),
    (
        "importlib.",
        "dynamic_import",
        Risk::High,
        "loads modules via importlib",
    ),
    (
        "unittest.main",
        "dynamic_import",
        Risk::High,
        "loads and runs tests from a module named at run time",
    ),
    (
        "unittest.TestLoader",
        "dynamic_import",
        Risk::High,
        "loads tests from modules named at run time",
    ),
    (
        "unittest.defaultTestLoader",
        "dynamic_import",
        Risk::High,
        "loads tests from modules named at run time",
    ),
    (
        "pydoc.",
        "dynamic_import",
        Risk::High,
        "imports modules by name via pydoc",
    ),
    (
        "site.",
        "dynamic_import",
        Risk::High,
        "runs site initialisation (.pth files run code)",
    ),
    (
        "venv.",
        "shell",
        Risk::High,
        "creates environments (runs pip)",
    ),
    (
        "ensurepip.",
        "shell",
        Risk::High,
        "runs pip to install packages",
    ),
    (
        "test.support.",
        "dynamic_code",
        Risk::High,
        "CPython's test helpers import modules by name and run interpreters",
    ),
    (
        "compileall.",
        "file_write",
        Risk::Medium,
        "writes compiled files",
    ),
    (
        "multiprocessing.managers.",
        "network",
        Risk::Medium,
        "serves or connects to a manager process over a socket",
    ),
    (
        "multiprocessing.reduction.",
        "dynamic_code",
        Risk::High,
        "unpickles data, which can run any code",
    ),
    (
        "multiprocessing.connection.",
        "dynamic_code",
        Risk::High,
        "receives pickles, which can run any code",
    ),
    (
        "unittest.TestProgram",
        "dynamic_import",
        Risk::High,
        "loads and runs tests from a module named at run time",
    ),
    (
        "unittest.mock.patch",
        "runtime_patch",
        Risk::High,
        "replaces attributes of modules and objects by name at run time",
    ),
    (
        "warnings._",
        "dynamic_import",
        Risk::High,
        "imports warning categories by name",
    ),
    (
        "socketserver.",
        "network",
        Risk::Medium,
        "listens on a network port",
    ),
    (
        "wsgiref.simple_server.",
        "network",
        Risk::Medium,
        "listens on a network port",
    ),
    (
        "numpy.ctypeslib.",
        "native_code",
        Risk::High,
        "loads native code (numpy.ctypeslib)",
    ),
    (
        "http.server.",
        "network",
        Risk::Medium,
        "listens on a network port",
    ),
    (
        "xmlrpc.server.",
        "network",
        Risk::Medium,
        "listens on a network port",
    ),
    (
        "logging.handlers.SocketHandler",
        "network",
        Risk::Medium,
        "opens a network connection",
    ),
    (
        "logging.handlers.DatagramHandler",
        "network",
        Risk::Medium,
        "sends over the network",
    ),
    (
        "logging.handlers.SysLogHandler",
        "network",
        Risk::Medium,
        "sends over the network",
    ),
    (
        "telnetlib.",
        "network",
        Risk::Medium,
        "opens a network connection",
    ),
    (
        "ctypes.",
        "native_code",
        Risk::High,
        "calls native code via ctypes",
    ),
    (
        "unittest.loader.",
        "dynamic_import",
        Risk::High,
        "loads tests from modules named at run time",
    ),
    (
        "distutils.file_util.",
        "file_write",
        Risk::Medium,
        "writes or copies files",
    ),
    (
        "distutils.dir_util.",
        "file_write",
        Risk::Medium,
        "writes or deletes directories",
    ),
    (
        "shutil._rmtree",
        "file_delete",
        Risk::Medium,
        "deletes a directory tree",
    ),
    (
        "tempfile.TemporaryDirectory._rmtree",
        "file_delete",
        Risk::Medium,
        "deletes a directory tree",
    ),
];

/// Every rule id the analyzer can report.
pub const RULE_IDS: &[&str] = &[
    "shell",
    "process",
    "native_code",
    "dynamic_import",
    "dynamic_code",
    "dynamic_attribute",
    "cs_monkeypatch",
    "runtime_patch",
    "runtime_internals",
    "network",
    "file_write",
    "file_delete",
    "prohibited_import",
    "analysis_limit",
    "uncalled_write",
];

/// Rules for access the analyzer cannot verify (dynamic names, dynamic code, native code,
/// shells): `PYEXEC_DYNAMIC_ACCESS` decides whether they fail analysis or ask for a human.
pub const DYNAMIC_ACCESS_RULES: &[&str] = &[
    "shell",
    "native_code",
    "dynamic_import",
    "dynamic_code",
    "dynamic_attribute",
];

/// The default rule for a call by its resolved dotted name (`builtins.` stripped).
pub fn call_rule(name: &str) -> Option<(&'static str, Risk, String)> {
    let index = &*RULE_INDEX;
    let found = match index.calls.get(name) {
        Some(&(_, rule, risk, message)) => (rule, risk, message.to_owned()),
        None => {
            let module = name.split_once('.')?.0;
            let &(_, rule, risk, message) = index
                .prefixes
                .get(module)?
                .iter()
                .find(|(p, ..)| name.starts_with(p))?;
            (rule, risk, format!("{message} ({name})"))
        }
    };
    // Forms under a risky name that do not do the risky thing, looked at only for the few
    // names that have a rule.
    let harmless = is_package_metadata_query(name)
        || is_local_socket_query(name)
        || is_help_text(name)
        || is_inert_form(name);
    (!harmless).then_some(found)
}

/// [`RISKY_CALLS`] and [`RISKY_PREFIXES`] indexed once, so that a call costs one or two hash
/// lookups instead of a scan of some 170 rows (the scan was the walk's dearest single step):
/// exact names by name (the first row wins, as in the tables' order), prefixes by their
/// module, the part before the first dot, which every prefix has.
struct RuleIndex {
    calls: rustc_hash::FxHashMap<&'static str, RuleRow>,
    prefixes: rustc_hash::FxHashMap<&'static str, Vec<RuleRow>>,
}

static RULE_INDEX: std::sync::LazyLock<RuleIndex> = std::sync::LazyLock::new(|| {
    let mut calls = rustc_hash::FxHashMap::default();
    for row in RISKY_CALLS {
        calls.entry(row.0).or_insert(*row);
    }
    let mut prefixes: rustc_hash::FxHashMap<&'static str, Vec<RuleRow>> = Default::default();
    for row in RISKY_PREFIXES {
        let module = prefix_module(row.0);
        prefixes.entry(module).or_default().push(*row);
    }
    RuleIndex { calls, prefixes }
});

/// The module part of a risky prefix (`os` of `os.exec`); every prefix names one.
fn prefix_module(prefix: &str) -> &str {
    prefix.split_once('.').map_or(prefix, |(module, _)| module)
}

/// Names under a risky prefix that do not do the risky thing: pickling (only unpickling
/// runs code), a profiler object (its `run`/`runctx` do, see [`made_call_rule`]), and the
/// modules' constants and exceptions.
fn is_inert_form(name: &str) -> bool {
    matches!(
        name,
        "pickle.dumps"
            | "pickle.dump"
            | "pickle.Pickler"
            | "pickle.HIGHEST_PROTOCOL"
            | "pickle.DEFAULT_PROTOCOL"
            | "pickle.PicklingError"
            | "pickle.UnpicklingError"
            | "pickle.PickleError"
            | "_pickle.dumps"
            | "_pickle.dump"
            | "cProfile.Profile"
            | "profile.Profile"
    )
}

/// Whether SQL text makes or writes database files whatever database it runs on:
/// a statement `ATTACH [DATABASE] 'file'` or `VACUUM [schema] INTO 'file'` (keywords
/// outside quoted text).
pub fn sql_makes_files(sql: &str) -> bool {
    // The text outside quotes and comments, upper-cased (a quoted or commented-out part
    // becomes a space).
    let mut unquoted = String::with_capacity(sql.len());
    let mut closing: Option<&str> = None;
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        if let Some(end) = closing {
            if rest.starts_with(end) {
                rest = &rest[end.len()..];
                closing = None;
            } else {
                rest = &rest[c.len_utf8()..];
            }
            continue;
        }
        closing = match c {
            '\'' => Some("'"),
            '"' => Some("\""),
            '`' => Some("`"),
            '[' => Some("]"),
            '-' if rest.starts_with("--") => Some("\n"),
            '/' if rest.starts_with("/*") => Some("*/"),
            _ => None,
        };
        unquoted.push(if closing.is_some() {
            ' '
        } else {
            c.to_ascii_uppercase()
        });
        rest = &rest[if rest.starts_with("/*") && closing.is_some() {
            2
        } else {
            c.len_utf8()
        }..];
    }
    unquoted.split(';').any(|statement| {
        let mut words = statement
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty());
        match words.next() {
            Some("ATTACH") => true,
            Some("VACUUM") => words.any(|w| w == "INTO"),
            _ => false,
        }
    })
}

/// The rule for calling a method of an object a library made (`sqlite3.connect(..)
/// .load_extension(..)`, `multiprocessing.get_context(..).set_executable(..)`), by the
/// object's made path.
pub fn made_call_rule(made: &str) -> Option<(&'static str, Risk, &'static str)> {
    let (library, method) = made.rsplit_once('.')?;
    let root = library.split('.').next().unwrap_or(library);
    match (root, method) {
        // `ElementTree(root).write(path)` writes a file.
        ("xml", "write") if library.starts_with("xml.etree") => {
            Some(("file_write", Risk::Medium, "writes an XML file"))
        }
        ("cProfile" | "profile" | "pstats", "dump_stats") => Some((
            "file_write",
            Risk::Medium,
            "writes profile statistics to a file",
        )),
        ("urllib", "retrieve") => Some(("file_write", Risk::Medium, "downloads into a file")),
        // `optparse.Values().read_file(path)` runs the file as Python (red-team round 42).
        ("optparse", "read_file" | "read_module") => Some((
            "dynamic_code",
            Risk::High,
            "runs a Python file or module to read option values",
        )),
        ("cProfile" | "profile", "run" | "runctx") => Some((
            "dynamic_code",
            Risk::High,
            "runs code given as a string via the profiler",
        )),
        // A module spec's loader (`find_spec('x').loader.exec_module(m)`) runs the module.
        ("importlib", "load_module" | "exec_module" | "create_module") => Some((
            "dynamic_import",
            Risk::High,
            "runs a module's code through its loader",
        )),
        // `Flask(__name__).run(host, port)`, Dash's `run_server`: an HTTP server.
        ("flask" | "dash", "run" | "run_server") => {
            Some(("network", Risk::Medium, "serves HTTP on a network port"))
        }
        ("sqlite3", "load_extension" | "enable_load_extension") => Some((
            "native_code",
            Risk::High,
            "loads a native extension into sqlite",
        )),
        ("multiprocessing", "set_executable") => Some((
            "shell",
            Risk::High,
            "makes new processes run the program it names",
        )),
        ("multiprocessing", "set_forkserver_preload") => Some((
            "dynamic_import",
            Risk::High,
            "imports modules by name in the fork server",
        )),
        (
            "asyncio",
            "create_connection"
            | "create_server"
            | "create_datagram_endpoint"
            | "create_unix_connection"
            | "create_unix_server"
            | "sock_connect"
            | "getaddrinfo"
            | "getnameinfo",
        ) => Some((
            "network",
            Risk::Medium,
            "opens network connections or resolves names via an event loop",
        )),
        // A ZeroMQ socket that listens (`ctx.socket(zmq.PUB).bind('tcp://*:5556')`);
        // `connect` is a client, as `requests` is (round 19).
        // (A path through an object's `socket` attribute is rerooted at the `socket` module,
        // as `imaplib.socket` is: `zmq.Context().socket(zmq.PUB)` is made as `socket`.)
        ("zmq" | "socket", "bind" | "bind_to_random_port")
            if library == "socket" || root == "zmq" =>
        {
            Some((
                "network",
                Risk::Medium,
                "binds a socket that listens on a network port",
            ))
        }
        // `tornado.web.Application(...).listen(8888)`, a gradio app's `launch()` (round 19).
        ("tornado", "listen" | "bind") | ("gradio", "launch") => {
            Some(("network", Risk::Medium, "serves on a network port"))
        }
        // Raw bytes into a connection whose other end unpickles them: `pickle.loads`.
        ("multiprocessing", "send_bytes") => Some((
            "dynamic_code",
            Risk::High,
            "sends raw bytes that the connection's other end unpickles, which can run any code",
        )),
        _ => None,
    }
}

/// pydoc's help text: it imports a module only when given a name (a string), which the
/// walk checks at the call ([`help_imports`]).
fn is_help_text(name: &str) -> bool {
    matches!(
        name,
        "pydoc.render_doc" | "pydoc.doc" | "pydoc.resolve" | "pydoc.describe"
    )
}

/// Whether a `shell` call runs a command the code gives (`subprocess.run(cmd)`), which is
/// then checked for control-system tools, rather than a program of its own (`venv` and
/// `ensurepip` run pip).
pub fn runs_a_given_command(name: &str) -> bool {
    !name.starts_with("venv.") && !name.starts_with("ensurepip.")
}

/// Whether `help(...)` (and pydoc's help text) may import: given a name, or nothing known.
pub fn help_imports(name: &str) -> bool {
    name == "help" || is_help_text(name)
}

/// socket functions that neither open a connection nor ask a name server: the host's own
/// name (run metadata), byte-order and address-format conversions, and the exception
/// classes (`except socket.timeout`).
fn is_local_socket_query(name: &str) -> bool {
    matches!(
        name,
        "socket.gethostname"
            | "socket.setdefaulttimeout"
            | "socket.getdefaulttimeout"
            | "socket.htons"
            | "socket.ntohs"
            | "socket.htonl"
            | "socket.ntohl"
            | "socket.inet_aton"
            | "socket.inet_ntoa"
            | "socket.inet_pton"
            | "socket.inet_ntop"
            | "socket.timeout"
            | "socket.error"
            | "socket.herror"
            | "socket.gaierror"
    )
}

/// Queries of installed packages' metadata (`importlib.metadata.version('numpy')`): they
/// read files, import nothing.
fn is_package_metadata_query(name: &str) -> bool {
    matches!(
        name,
        "importlib.metadata.version"
            | "importlib.metadata.metadata"
            | "importlib.metadata.requires"
            | "importlib.metadata.packages_distributions"
            | "importlib.metadata.PackageNotFoundError"
    )
}

/// The default rule for importing a module (by its top-level name).
pub fn import_rule(module: &str) -> Option<(&'static str, Risk, &'static str)> {
    // Their calls are checked one by one (`entry_points` loads code, `version` does not;
    // `module_from_spec` loads code, `find_spec` of a top-level name only locates it;
    // `resources.files` of a literal imports the package it names).
    if matches!(
        module,
        "importlib.metadata" | "importlib.util" | "importlib.resources"
    ) {
        return None;
    }
    let top = module.split('.').next().unwrap_or(module);
    RISKY_MODULES
        .iter()
        .find(|(m, ..)| *m == top)
        .map(|(_, rule, risk, message)| (*rule, *risk, *message))
}

/// What unverifiable dynamic access does to analysis (`PYEXEC_DYNAMIC_ACCESS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DynamicAccess {
    /// High risk: analysis fails and the code is regenerated (the default).
    #[default]
    Fail,
    /// Medium risk that always needs a human, whatever the approval mode.
    Approval,
}

impl DynamicAccess {
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "fail" => Some(Self::Fail),
            "approval" | "approve" => Some(Self::Approval),
            _ => None,
        }
    }
}

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleLevel {
    High,
    Medium,
    Low,
    Off,
}

/// The file `PYEXEC_SECURITY_RULES_FILE` names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    rules: BTreeMap<String, RuleLevel>,
    #[serde(default)]
    prohibited_imports: Vec<String>,
}

/// Why a rules configuration is unusable (a startup error).
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("PYEXEC_SECURITY_RULES_FILE {path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "PYEXEC_SECURITY_RULES_FILE {path}: expected {{\"rules\": {{\"<rule>\": \"high|medium|low|off\"}}, \"prohibited_imports\": [..]}}: {message}"
    )]
    Format { path: String, message: String },
    #[error("PYEXEC_SECURITY_RULES_FILE {path}: unknown rule `{rule}`; known rules: {known}")]
    UnknownRule {
        path: String,
        rule: String,
        known: String,
    },
}

/// The security rule set in force: per-rule levels, prohibited imports, dynamic access.
#[derive(Debug, Clone, Default)]
pub struct SecurityRules {
    overrides: BTreeMap<String, RuleLevel>,
    prohibited_imports: Vec<String>,
    dynamic_access: DynamicAccess,
}

impl SecurityRules {
    /// The built-in rules with this dynamic-access policy.
    pub fn new(dynamic_access: DynamicAccess) -> Self {
        Self {
            dynamic_access,
            ..Self::default()
        }
    }

    /// The built-in rules tuned by the file (if any).
    pub fn load(file: Option<&Path>, dynamic_access: DynamicAccess) -> Result<Self, RulesError> {
        let mut rules = Self::new(dynamic_access);
        let Some(path) = file else {
            return Ok(rules);
        };
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| RulesError::Read {
            path: shown.clone(),
            source,
        })?;
        let parsed: RulesFile = serde_json::from_str(&text).map_err(|e| RulesError::Format {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        for rule in parsed.rules.keys() {
            if !RULE_IDS.contains(&rule.as_str()) {
                return Err(RulesError::UnknownRule {
                    path: shown,
                    rule: rule.clone(),
                    known: RULE_IDS.join(", "),
                });
            }
        }
        rules.overrides = parsed.rules;
        rules.prohibited_imports = parsed.prohibited_imports;
        Ok(rules)
    }

    pub fn dynamic_access(&self) -> DynamicAccess {
        self.dynamic_access
    }

    /// The severity a finding of `rule` gets, or `None` when the rule is off. An explicit
    /// per-rule level wins over the dynamic-access policy.
    pub fn severity(&self, rule: &str, default: Risk) -> Option<Risk> {
        match self.overrides.get(rule) {
            Some(RuleLevel::Off) => None,
            Some(RuleLevel::High) => Some(Risk::High),
            Some(RuleLevel::Medium) => Some(Risk::Medium),
            Some(RuleLevel::Low) => Some(Risk::Low),
            None if self.dynamic_access == DynamicAccess::Approval
                && DYNAMIC_ACCESS_RULES.contains(&rule) =>
            {
                Some(Risk::Medium)
            }
            None => Some(default),
        }
    }

    /// Whether a finding of `rule` needs a human even when the approval mode is `disabled`.
    pub fn requires_review(&self, rule: &str) -> bool {
        self.dynamic_access == DynamicAccess::Approval
            && DYNAMIC_ACCESS_RULES.contains(&rule)
            && !self.overrides.contains_key(rule)
    }

    /// Whether importing `module` is prohibited (the module or a parent package is listed).
    pub fn is_prohibited(&self, module: &str) -> bool {
        self.prohibited_imports.iter().any(|p| {
            module == p
                || module
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_that_makes_files_is_told_from_sql_that_mentions_them() {
        for sql in [
            "ATTACH DATABASE '/tmp/x.db' AS other",
            "attach 'x.db' as o",
            "VACUUM INTO '/tmp/copy.db'",
            "vacuum main into 'c.db'",
            "CREATE TABLE t (a); ATTACH 'x.db' AS o;",
            "/* setup */ATTACH 'x.db' AS o",
            "-- copy\nVACUUM INTO 'c.db'",
        ] {
            assert!(sql_makes_files(sql), "{sql}");
        }
        for sql in [
            "SELECT * FROM t",
            "INSERT INTO t VALUES ('attach')",
            "SELECT attachment FROM mail",
            "VACUUM",
            "INSERT INTO vacuum_log VALUES (1)",
            "VACUUM; INSERT INTO t VALUES (1)",
            "-- ATTACH 'x.db'\nSELECT 1",
            "SELECT \"ATTACH\" FROM t",
        ] {
            assert!(!sql_makes_files(sql), "{sql}");
        }
    }

    /// The indexed lookup answers as a scan of the tables in order would.
    #[test]
    fn the_rule_index_agrees_with_the_tables() {
        assert!(
            RISKY_PREFIXES.iter().all(|(p, ..)| p.contains('.')),
            "every prefix names its module before a dot, or the index cannot find it"
        );
        let scan = |name: &str| {
            RISKY_CALLS
                .iter()
                .find(|(n, ..)| *n == name)
                .map(|(_, rule, risk, _)| (*rule, *risk))
                .or_else(|| {
                    RISKY_PREFIXES
                        .iter()
                        .find(|(p, ..)| name.starts_with(p))
                        .map(|(_, rule, risk, _)| (*rule, *risk))
                })
        };
        let mut names: Vec<String> = RISKY_CALLS.iter().map(|r| r.0.to_owned()).collect();
        for (prefix, ..) in RISKY_PREFIXES {
            names.push((*prefix).to_owned());
            names.push(format!("{prefix}x"));
            names.push(format!("{prefix}.y"));
            names.push(prefix.trim_end_matches('.').to_owned());
            names.push(format!("x{prefix}"));
        }
        names.extend(
            ["print", "os", "os.", "", ".", "os.path.join", "numpy.mean"].map(String::from),
        );
        for name in &names {
            let excluded = is_package_metadata_query(name)
                || is_local_socket_query(name)
                || is_help_text(name)
                || is_inert_form(name);
            let expected = if excluded { None } else { scan(name) };
            assert_eq!(
                call_rule(name).map(|(rule, risk, _)| (rule, risk)),
                expected,
                "{name}"
            );
        }
    }

    #[test]
    fn calls_resolve_to_rules() {
        assert_eq!(call_rule("os.system").map(|r| r.0), Some("shell"));
        assert_eq!(call_rule("os.execv").map(|r| r.0), Some("shell"));
        assert_eq!(call_rule("exec").map(|r| r.1), Some(Risk::High));
        assert!(call_rule("re.compile").is_none());
        assert_eq!(import_rule("subprocess").map(|r| r.0), Some("shell"));
        // Importing socket is not a finding; connecting or resolving names is.
        assert!(import_rule("socket").is_none());
        assert_eq!(
            call_rule("socket.create_connection").map(|r| (r.0, r.1)),
            Some(("network", Risk::Medium))
        );
        assert_eq!(call_rule("socket.socket").map(|r| r.0), Some("network"));
        assert!(call_rule("socket.gethostname").is_none());
    }

    #[test]
    fn dynamic_access_can_ask_for_approval_instead_of_failing() {
        let fail = SecurityRules::new(DynamicAccess::Fail);
        assert_eq!(fail.severity("dynamic_code", Risk::High), Some(Risk::High));
        let review = SecurityRules::new(DynamicAccess::Approval);
        assert_eq!(
            review.severity("dynamic_code", Risk::High),
            Some(Risk::Medium)
        );
        assert!(review.requires_review("shell"));
        assert!(!review.requires_review("file_write"));
        assert_eq!(review.severity("process", Risk::High), Some(Risk::High));
    }

    #[test]
    fn the_rules_file_tunes_levels_and_prohibits_imports() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("rules.json");
        std::fs::write(
            &path,
            r#"{"rules": {"file_write": "off", "network": "high"}, "prohibited_imports": ["urllib.request", "socket"]}"#,
        )
        .expect("write");
        let rules = SecurityRules::load(Some(&path), DynamicAccess::Fail).expect("load");
        assert_eq!(rules.severity("file_write", Risk::Medium), None);
        assert_eq!(rules.severity("network", Risk::Medium), Some(Risk::High));
        assert!(rules.is_prohibited("socket"));
        assert!(rules.is_prohibited("urllib.request"));
        assert!(!rules.is_prohibited("urllib"));
        assert!(!rules.is_prohibited("socketserver"));

        std::fs::write(&path, r#"{"rules": {"file_wrte": "off"}}"#).expect("write");
        let err = SecurityRules::load(Some(&path), DynamicAccess::Fail).expect_err("typo");
        assert!(err.to_string().contains("file_wrte"), "{err}");
        std::fs::write(&path, r#"{"rule": {}}"#).expect("write");
        assert!(SecurityRules::load(Some(&path), DynamicAccess::Fail).is_err());
    }
}
