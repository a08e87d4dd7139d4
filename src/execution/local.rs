//! The local executor: each execution is a fresh interpreter process.
//!
//! [`LocalExecutor::execute`] writes `code.py` and `context.json` into the attempt directory and
//! runs `<python> -I -S -B -u <wrapper> <attempt_dir>` there (`-S`: site-packages are set up
//! lazily by the wrapper, only for code that imports a third-party package), in a process group of its own, with
//! stdin closed and an allowlisted environment: the worker's environment holds secrets and never
//! reaches the code. stdout and stderr are read while the process runs, each capped at
//! [`LocalSettings::max_output_bytes`] and drained past the cap so the child never blocks. The
//! wrapper (`wrapper.py`, installed once per executor) reports through `execution_metadata.json`
//! and `results.json` in the attempt directory; nothing else is read, and both are removed before
//! the process starts, so a result always belongs to this attempt. With [`Launcher::ForkServer`]
//! (the default) the interpreter is not executed per run but forked from a pristine server
//! process (see `forkserver.rs`), with the same flags, environment, working directory, pipes and
//! process group, which saves its start-up. On timeout the whole group gets
//! SIGTERM, then SIGKILL after [`LocalSettings::kill_grace`]; after any exit, whatever the code
//! left running in its group is killed, and so is the group if the execution is cancelled.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::process::ExitStatusExt;
use std::path::{Component, Path, PathBuf};
use std::pin::pin;
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use serde::Deserialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::process::{Child, Command};

use super::bwrap::BwrapPlan;
use super::forkserver::{ForkServer, Forked, SERVER_SOURCE, ServerCommand};
use super::{ExecutionFailure, ExecutionJob, ExecutionOutput, Executor};
use crate::model::ErrorCategory;

/// Default cap on captured stdout, and separately on stderr: 1 MiB.
pub const DEFAULT_MAX_OUTPUT_BYTES: usize = 1024 * 1024;
/// Default cap on the `results` dict as JSON: 16 MiB.
pub const DEFAULT_MAX_RESULTS_BYTES: u64 = 16 * 1024 * 1024;
/// Default number of figures kept from one execution.
pub const DEFAULT_MAX_FIGURES: usize = 20;
/// Default cap on one figure file: 10 MiB.
pub const DEFAULT_MAX_FIGURE_BYTES: u64 = 10 * 1024 * 1024;
/// Default time between SIGTERM and SIGKILL to a timed-out process group.
pub const DEFAULT_KILL_GRACE: Duration = Duration::from_secs(2);

pub(super) const WRAPPER_SOURCE: &str = include_str!("wrapper.py");
/// The runtime API module importable by the code (`import pyexec_runtime`).
pub(super) const RUNTIME_MODULE_SOURCE: &str = include_str!("pyexec_runtime.py");
/// The read-only write guard over the control-system client libraries.
pub(super) const GUARD_MODULE_SOURCE: &str = include_str!("pyexec_guard.py");
/// Writes refused in a read-only run, one JSON object a line (in the attempt dir).
pub(super) const REFUSALS_FILE: &str = "refused_writes.jsonl";
/// Folder (under the runtime directory) holding the modules put on the code's `sys.path`.
const RUNTIME_MODULES_DIR: &str = "python";
/// The mock channel store the runtime API reads and writes (under the runtime directory).
const CHANNEL_STORE_FILE: &str = "channels/channels.json";
pub(super) const CODE_FILE: &str = "code.py";
pub(super) const CONTEXT_FILE: &str = "context.json";
pub(super) const METADATA_FILE: &str = "execution_metadata.json";
/// What `wrapper.py` writes to stderr just before the code runs (its `CODE_STARTED`): the code
/// can remove [`METADATA_FILE`], but not bytes already in the pipe.
const CODE_STARTED_MARK: &[u8] = b"\x1epyexec: code started\n";
pub(super) const RESULTS_FILE: &str = "results.json";
/// Limits violations the runtime guard refused, one JSON object a line (in the attempt dir).
pub(super) const VIOLATIONS_FILE: &str = "limits_violations.jsonl";
/// The mock control system's pyepics-compatible `epics` package.
pub(super) const MOCK_EPICS_SOURCE: &str = include_str!("mock_epics.py");
pub(super) const MOCK_EPICS_CA_SOURCE: &str = include_str!("mock_epics_ca.py");
/// Folder (under the runtime directory) holding the mock `epics` package.
const MOCK_MODULES_DIR: &str = "python-mock";
/// The code's `PATH`; nothing from the worker's own `PATH`.
const CODE_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// How long output pipes may stay open once the process group is gone: a process that left the
/// group (setsid) can hold them forever.
const PIPE_DRAIN_LIMIT: Duration = Duration::from_secs(1);
const PY_COMPILE: &str =
    "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)";

/// How each execution's interpreter process is started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Launcher {
    /// A new interpreter is executed per run.
    Exec,
    /// A long-lived interpreter per executor forks a child per run (saves ~10 ms of CPU a run).
    #[default]
    ForkServer,
}

impl Launcher {
    /// `exec` or `forkserver`, as `PYEXEC_LOCAL_LAUNCHER` spells it.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "exec" => Some(Self::Exec),
            "forkserver" => Some(Self::ForkServer),
            _ => None,
        }
    }
}

/// How the local executor runs code.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalSettings {
    /// The interpreter, as an absolute path (a venv's `bin/python` works).
    pub python: PathBuf,
    /// Wall-clock limit of one execution.
    pub timeout: Duration,
    /// Cap on captured stdout, and separately on stderr; output past it is read and dropped.
    pub max_output_bytes: usize,
    /// Largest `results.json` accepted; a larger one fails the run (`results_too_large`).
    pub max_results_bytes: u64,
    /// Most figures kept; the rest are dropped and `figures_truncated` is set.
    pub max_figures: usize,
    /// Largest figure file kept; larger ones are dropped and `figures_truncated` is set.
    pub max_figure_bytes: u64,
    /// After a timeout, how long the process group gets between SIGTERM and SIGKILL.
    pub kill_grace: Duration,
    /// How the interpreter process of each run is started.
    pub launcher: Launcher,
    /// Channel limits every write of the code is checked against at run time.
    pub limits: Option<Arc<crate::limits::LimitsDatabase>>,
    /// Install the pyepics-compatible mock `epics` module over the mock channel store.
    pub mock_control_system: bool,
    /// The mock channel store's JSON file (`PYEXEC_MOCK_CHANNEL_STORE`); unset:
    /// `<runtime_dir>/channels/channels.json`. Its folder is writable by the code.
    pub channel_store: Option<PathBuf>,
    /// How each run is contained.
    pub sandbox: Sandbox,
    /// Extra environment of the code per execution mode.
    pub mode_env: ModeEnvironment,
}

/// Extra environment variables of the code, per execution mode (`PYEXEC_ENV_READ_ONLY`,
/// `PYEXEC_ENV_WRITE_ACCESS`), added after the allowlist.
pub type ModeEnvironment = crate::model::PerMode<Vec<(String, String)>>;

/// How a local run is contained (`PYEXEC_SANDBOX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SandboxMode {
    /// Resource limits on the run's process (set by the wrapper before the code runs): CPU
    /// seconds, address space, file size, open files, processes, no core dumps.
    Rlimit,
    /// No limits beyond the wall-clock timeout and the output caps.
    None,
    /// The resource limits, inside a bubblewrap sandbox: own user, pid, IPC, UTS and (unless
    /// [`Sandbox::share_network`]) network namespaces; a filesystem of `/usr`, the
    /// interpreter's prefix, the runtime modules (read-only) and the attempt directory; a
    /// private `/tmp`; run as an unprivileged user when the worker is root.
    Bwrap,
}

/// The sandbox mode and its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sandbox {
    pub mode: SandboxMode,
    /// `RLIMIT_AS`.
    pub memory_bytes: u64,
    /// `RLIMIT_FSIZE`: the largest file the code may write.
    pub max_file_bytes: u64,
    /// `RLIMIT_NOFILE`.
    pub max_open_files: u64,
    /// `RLIMIT_NPROC` (not enforced by the kernel for root).
    pub max_processes: u64,
    /// Whether the code sees the host's network (`PYEXEC_SANDBOX_NETWORK=host`). Only
    /// [`SandboxMode::Bwrap`] can take it away.
    pub share_network: bool,
    /// `uid:gid` the sandbox runs as when the worker is root (`PYEXEC_SANDBOX_USER`; bwrap
    /// mode; `65534:65534` when unset).
    pub user: Option<(u32, u32)>,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self {
            mode: SandboxMode::Rlimit,
            memory_bytes: 4096 * 1024 * 1024,
            max_file_bytes: 1024 * 1024 * 1024,
            max_open_files: 1024,
            max_processes: 256,
            share_network: true,
            user: None,
        }
    }
}

impl LocalSettings {
    /// Settings with the default output cap and kill grace.
    pub fn new(python: impl Into<PathBuf>, timeout: Duration) -> Self {
        Self {
            python: python.into(),
            timeout,
            max_output_bytes: DEFAULT_MAX_OUTPUT_BYTES,
            max_results_bytes: DEFAULT_MAX_RESULTS_BYTES,
            max_figures: DEFAULT_MAX_FIGURES,
            max_figure_bytes: DEFAULT_MAX_FIGURE_BYTES,
            kill_grace: DEFAULT_KILL_GRACE,
            launcher: Launcher::default(),
            limits: None,
            mock_control_system: false,
            channel_store: None,
            sandbox: Sandbox::default(),
            mode_env: ModeEnvironment::default(),
        }
    }
}

/// Runs each execution in a new local interpreter process (see the module docs).
#[derive(Debug, Clone)]
pub struct LocalExecutor {
    settings: LocalSettings,
    wrapper: PathBuf,
    modules_dir: PathBuf,
    /// The mock `epics` package's folder, also on the code's `sys.path` (mock control system).
    mock_modules_dir: Option<PathBuf>,
    /// The normalised limits database handed to the code's runtime guard.
    limits_file: Option<PathBuf>,
    channel_store: PathBuf,
    /// Set with [`Launcher::ForkServer`]; shared by clones of the executor.
    fork_server: Option<Arc<ForkServer>>,
    /// Set with [`SandboxMode::Bwrap`]: how each run is wrapped.
    bwrap: Option<BwrapPlan>,
    /// What was installed for the code's interpreter, put back before each run.
    installed: Arc<Installed>,
}

impl LocalExecutor {
    /// Installs the wrapper in `runtime_dir` (created if missing) under a name that carries a hash
    /// of its content, so versions never clash and executions never rewrite it. The wrapper is
    /// also compiled once with the configured interpreter, which saves each execution about 4 ms
    /// of start-up; if that fails (the interpreter is missing, say) executions run the source.
    /// Compiling runs the interpreter and blocks for tens of milliseconds: call this at start-up.
    pub fn new(settings: LocalSettings, runtime_dir: &Path) -> io::Result<Self> {
        // Executions run in their attempt directories: every path handed to them is absolute.
        let runtime_dir = &std::path::absolute(runtime_dir)?;
        std::fs::create_dir_all(runtime_dir)?;
        let source = install_wrapper_source(runtime_dir)?;
        // `pyexec_runtime` (and `pyexec_guard`), first on the code's `sys.path`, and with the
        // mock control system the `epics` package; written by `installed.restore()` below.
        let modules_dir = runtime_dir.join(RUNTIME_MODULES_DIR);
        let mock_modules_dir = settings
            .mock_control_system
            .then(|| runtime_dir.join(MOCK_MODULES_DIR));
        let mut installed = Installed::default();
        installed.folder(
            &modules_dir,
            &[
                ("pyexec_runtime.py", RUNTIME_MODULE_SOURCE),
                ("pyexec_guard.py", GUARD_MODULE_SOURCE),
            ],
            &[],
        );
        if let Some(dir) = &mock_modules_dir {
            installed.folder(dir, &[], &["epics"]);
            installed.folder(
                &dir.join("epics"),
                &[
                    ("__init__.py", MOCK_EPICS_SOURCE),
                    ("ca.py", MOCK_EPICS_CA_SOURCE),
                ],
                &[],
            );
        }
        let limits_file = match &settings.limits {
            Some(limits) => {
                let text = limits.runtime_json().to_string();
                let name = format!("limits-{}.json", short_hash(text.as_bytes()));
                let path = runtime_dir.join(name);
                installed.file(&path, text.into_bytes());
                Some(path)
            }
            None => None,
        };
        let wrapper = match precompile_wrapper(&settings.python, &source) {
            Ok(compiled) => compiled,
            Err(error) => {
                tracing::warn!(
                    python = %settings.python.display(),
                    %error,
                    "could not precompile the execution wrapper; running it from source"
                );
                source
            }
        };
        if let Ok(compiled) = std::fs::read(&wrapper) {
            installed.file(&wrapper, compiled);
        }
        installed.restore()?;
        let channel_store = match &settings.channel_store {
            Some(path) => std::path::absolute(path)?,
            None => runtime_dir.join(CHANNEL_STORE_FILE),
        };
        let store_dir = channel_store
            .parent()
            .map_or_else(|| runtime_dir.clone(), Path::to_path_buf);
        std::fs::create_dir_all(&store_dir)?;
        let bwrap = match settings.sandbox.mode {
            SandboxMode::Bwrap => {
                if runtime_dir.starts_with(&store_dir) {
                    // Handed to the sandbox user and mounted writable in write_access runs,
                    // that folder would give the code the runtime (red-team round 18).
                    return Err(io::Error::other(format!(
                        "PYEXEC_MOCK_CHANNEL_STORE: the channel store's folder {} holds the \
                         runtime folder {}; give the store a folder of its own",
                        store_dir.display(),
                        runtime_dir.display()
                    )));
                }
                let plan = BwrapPlan::new(
                    &settings.python,
                    runtime_dir,
                    vec![store_dir.clone()],
                    settings.sandbox.share_network,
                    settings.sandbox.user,
                    settings.sandbox.max_file_bytes,
                )?;
                plan.hand_over(&store_dir)?;
                if let Err(problem) = plan.probe(&settings.python, &runtime_dir.join("probe")) {
                    return Err(io::Error::other(format!(
                        "the bubblewrap sandbox does not work here: {problem}"
                    )));
                }
                Some(plan)
            }
            SandboxMode::Rlimit | SandboxMode::None => None,
        };
        let launcher = if bwrap.is_some() {
            Launcher::Exec // each run needs a sandbox of its own
        } else {
            settings.launcher
        };
        let fork_server = match launcher {
            Launcher::Exec => None,
            Launcher::ForkServer => {
                let name = format!("forkserver-{}.py", short_hash(SERVER_SOURCE.as_bytes()));
                let script = install_file(&runtime_dir.join(name), SERVER_SOURCE)?;
                let env = STATIC_ENV
                    .iter()
                    .map(|(key, value)| ((*key).to_owned(), PathBuf::from(value)))
                    .collect();
                Some(Arc::new(ForkServer::new(ServerCommand {
                    python: settings.python.clone(),
                    script,
                    wrapper: wrapper.clone(),
                    env,
                })))
            }
        };
        Ok(Self {
            settings,
            wrapper,
            modules_dir,
            mock_modules_dir,
            limits_file,
            channel_store,
            fork_server,
            bwrap,
            installed: Arc::new(installed),
        })
    }

    /// The pid of the running fork server, if this executor uses one and it runs (diagnostics).
    pub async fn fork_server_pid(&self) -> Option<u32> {
        match &self.fork_server {
            Some(server) => server.pid().await,
            None => None,
        }
    }

    /// The settings this executor runs with.
    pub fn settings(&self) -> &LocalSettings {
        &self.settings
    }

    /// The wrapper file each execution runs (`.pyc` when precompiled, else the `.py` source).
    pub fn wrapper_path(&self) -> &Path {
        &self.wrapper
    }

    /// The code's whole environment: an allowlist, nothing from the worker's own.
    fn environment(&self, job: &ExecutionJob<'_>, attempt_dir: &Path) -> Vec<(String, OsString)> {
        let mut env: Vec<(&'static str, OsString)> = STATIC_ENV
            .iter()
            .map(|(key, value)| (*key, OsString::from(value)))
            .collect();
        env.extend([
            ("HOME", attempt_dir.as_os_str().to_owned()),
            ("MPLCONFIGDIR", attempt_dir.join(".mpl").into_os_string()),
            ("PYEXEC_RUN_ID", job.run_id.into()),
            ("PYEXEC_EXECUTION_MODE", job.mode.as_str().into()),
            ("PYEXEC_ATTEMPT", job.attempt.to_string().into()),
            ("PYEXEC_RUNTIME_PATH", self.runtime_path()),
            (
                "PYEXEC_CHANNEL_STORE",
                self.channel_store.clone().into_os_string(),
            ),
            (
                "PYEXEC_VIOLATIONS_FILE",
                attempt_dir.join(VIOLATIONS_FILE).into_os_string(),
            ),
            (
                "PYEXEC_REFUSALS_FILE",
                attempt_dir.join(REFUSALS_FILE).into_os_string(),
            ),
        ]);
        if let Some(limits) = &self.limits_file {
            env.push(("PYEXEC_LIMITS", limits.clone().into_os_string()));
        }
        let sandbox = &self.settings.sandbox;
        if sandbox.mode != SandboxMode::None {
            // CPU seconds: the wall-clock timeout plus a margin (the timeout still rules).
            let cpu = self.settings.timeout.as_secs() + 5;
            env.push((
                "PYEXEC_RLIMITS",
                format!(
                    "cpu={cpu},as={},fsize={},nofile={},nproc={},core=0",
                    sandbox.memory_bytes,
                    sandbox.max_file_bytes,
                    sandbox.max_open_files,
                    sandbox.max_processes
                )
                .into(),
            ));
        }
        let extra = self.settings.mode_env.get(job.mode);
        env.into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .chain(
                extra
                    .iter()
                    .map(|(key, value)| (key.clone(), OsString::from(value))),
            )
            .collect()
    }

    /// The folders the wrapper puts first on the code's `sys.path`, `:`-separated.
    fn runtime_path(&self) -> OsString {
        let mut path = self.modules_dir.clone().into_os_string();
        if let Some(mock) = &self.mock_modules_dir {
            path.push(":");
            path.push(mock);
        }
        path
    }

    fn command(&self, job: &ExecutionJob<'_>, attempt_dir: &Path) -> Command {
        let mut command = match &self.bwrap {
            None => Command::new(&self.settings.python),
            Some(plan) => {
                let mut command = Command::new(&plan.program);
                command
                    .args(plan.arguments(
                        attempt_dir,
                        job.mode == crate::model::ExecutionMode::WriteAccess,
                    ))
                    .arg(&self.settings.python);
                if let Some((uid, gid)) = plan.run_as {
                    command.uid(uid).gid(gid);
                }
                command
            }
        };
        command
            .args(["-I", "-S", "-B", "-u"])
            .arg(&self.wrapper)
            .arg(attempt_dir)
            .current_dir(attempt_dir)
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .env_clear()
            .envs(self.environment(job, attempt_dir));
        command
    }

    /// Starts the interpreter process of one run with the configured launcher.
    async fn launch(&self, job: &ExecutionJob<'_>, attempt_dir: &Path) -> io::Result<Process> {
        match &self.fork_server {
            None => self.command(job, attempt_dir).spawn().map(Process::Exec),
            Some(server) => {
                let env = self.environment(job, attempt_dir);
                let env: Vec<(&str, &OsStr)> = env
                    .iter()
                    .map(|(key, value)| (key.as_str(), value.as_os_str()))
                    .collect();
                let forked = server.spawn(attempt_dir, &env).await?;
                Ok(Process::Forked {
                    forked,
                    status: None,
                })
            }
        }
    }

    /// Reads both pipes while waiting for the process (or killing it); returns how it ended,
    /// what it printed, and whether the wrapper marked the code's start on stderr.
    async fn run_to_end(&self, mut child: Process) -> (io::Result<Ended>, Captured, bool) {
        let mut group = ProcessGroup::of(child.pid());
        let mut stdout = Capture::new(self.settings.max_output_bytes);
        let mut stderr = Capture::with_room_for(self.settings.max_output_bytes, CODE_STARTED_MARK);
        let (stdout_pipe, stderr_pipe) = child.take_pipes();
        let ended = {
            let mut reading = pin!(async {
                tokio::join!(stdout.drain(stdout_pipe), stderr.drain(stderr_pipe));
            });
            let mut waiting = pin!(self.wait_or_kill(&mut child, &mut group));
            let mut pipes_closed = false;
            let ended = loop {
                tokio::select! {
                    ended = &mut waiting => break ended,
                    () = &mut reading, if !pipes_closed => pipes_closed = true,
                }
            };
            if !pipes_closed
                && tokio::time::timeout(PIPE_DRAIN_LIMIT, reading)
                    .await
                    .is_err()
            {
                tracing::warn!(
                    "a process that left the group still holds the output pipes; giving up on them"
                );
            }
            ended
        };
        let code_started = stderr.take_mark(CODE_STARTED_MARK);
        (ended, Captured::new(stdout, stderr), code_started)
    }

    async fn wait_or_kill(
        &self,
        child: &mut Process,
        group: &mut ProcessGroup,
    ) -> io::Result<Ended> {
        let ended = match tokio::time::timeout(self.settings.timeout, child.wait()).await {
            Ok(status) => Ended::Exited(status?),
            Err(_elapsed) => {
                tracing::debug!(
                    timeout = ?self.settings.timeout,
                    "execution timed out; terminating its process group"
                );
                group.signal(Signal::SIGTERM);
                if tokio::time::timeout(self.settings.kill_grace, child.wait())
                    .await
                    .is_err()
                {
                    group.signal(Signal::SIGKILL);
                    child.wait().await?;
                }
                Ended::TimedOut
            }
        };
        group.kill_remaining();
        Ok(ended)
    }
}

#[async_trait]
impl Executor for LocalExecutor {
    async fn execute(&self, job: ExecutionJob<'_>) -> Result<ExecutionOutput, ExecutionFailure> {
        let attempt_dir = std::path::absolute(job.attempt_dir)
            .map_err(|error| setup_fault(&error).without_output())?;
        let installed = Arc::clone(&self.installed);
        tokio::task::spawn_blocking(move || installed.restore())
            .await
            .map_err(io::Error::other)
            .and_then(|restored| restored)
            .map_err(|error| setup_fault(&error).without_output())?;
        prepare_attempt_dir(&attempt_dir, &job)
            .await
            .and_then(|()| match &self.bwrap {
                Some(plan) => plan.hand_over(&attempt_dir),
                None => Ok(()),
            })
            .map_err(|error| setup_fault(&error).without_output())?;

        let started = Instant::now();
        let child = self.launch(&job, &attempt_dir).await.map_err(|error| {
            let message = format!(
                "could not start the interpreter {}: {error}",
                self.settings.python.display()
            );
            Fault::infrastructure("interpreter_failed", message, 0.0)
                .before_code()
                .without_output()
        })?;
        let (ended, captured, code_started) = self.run_to_end(child).await;

        let run = EndedRun {
            attempt_dir,
            caps: OutputCaps::of(&self.settings),
            ended,
            last_stderr_line: last_line(&captured.stderr).map(str::to_owned),
            code_started,
            wall_seconds: started.elapsed().as_secs_f64(),
            timeout: self.settings.timeout,
        };
        let verdict = tokio::task::spawn_blocking(move || run.judge())
            .await
            .unwrap_or_else(|error| {
                let message = format!("collecting the execution's result failed: {error}");
                Err(Fault::infrastructure("wrapper_failed", message, 0.0))
            });
        match verdict {
            Ok(produced) => Ok(produced.with_output(captured)),
            Err(fault) => Err(fault.with_output(captured)),
        }
    }
}

// --- Attempt directory and wrapper files -----------------------------------------------------

fn setup_fault(error: &io::Error) -> Fault {
    let message = format!("could not prepare the attempt directory: {error}");
    Fault::infrastructure("attempt_setup_failed", message, 0.0).before_code()
}

/// Writes the code and its context, and removes any report a previous run left in the directory.
pub(super) async fn prepare_attempt_dir(
    attempt_dir: &Path,
    job: &ExecutionJob<'_>,
) -> io::Result<()> {
    let dir = attempt_dir.to_owned();
    let code = job.code.to_owned();
    let context = match job.context {
        Some(context) => serde_json::to_vec(context)?,
        None => b"{}".to_vec(),
    };
    tokio::task::spawn_blocking(move || {
        std::fs::create_dir_all(&dir)?;
        for stale in [METADATA_FILE, RESULTS_FILE, VIOLATIONS_FILE, REFUSALS_FILE] {
            match std::fs::remove_file(dir.join(stale)) {
                Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
                _ => {}
            }
        }
        std::fs::write(dir.join(CODE_FILE), code)?;
        std::fs::write(dir.join(CONTEXT_FILE), context)
    })
    .await
    .map_err(io::Error::other)?
}

fn install_wrapper_source(runtime_dir: &Path) -> io::Result<PathBuf> {
    let name = format!("wrapper-{}.py", short_hash(WRAPPER_SOURCE.as_bytes()));
    install_file(&runtime_dir.join(name), WRAPPER_SOURCE)
}

/// Writes `content` to `path` through a temporary sibling, unless it is already there.
fn install_file(path: &Path, content: &str) -> io::Result<PathBuf> {
    install_bytes(path, content.as_bytes())?;
    Ok(path.to_path_buf())
}

fn install_bytes(path: &Path, content: &[u8]) -> io::Result<()> {
    let regular = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file());
    if !(regular && std::fs::read(path).is_ok_and(|existing| existing == content)) {
        let temporary = temporary_sibling(path);
        std::fs::write(&temporary, content)?;
        rename_or_clean_up(&temporary, path)?;
    }
    Ok(())
}

/// The files the executor installed for the code's interpreter (the runtime modules, the mock
/// `epics` package, the limits it hands the runtime, the compiled wrapper), put back as
/// installed before every run. Code run as the worker's user (the `rlimit` and `none` sandboxes)
/// can write them, and a module left beside the runtime's is imported first by every later run
/// (red-team round 18: a `json.py` there turned the limits off for later runs).
#[derive(Debug, Default)]
struct Installed {
    folders: Vec<InstalledFolder>,
    files: Vec<(PathBuf, Vec<u8>)>,
}

/// A folder that holds exactly these files and sub-folders.
#[derive(Debug)]
struct InstalledFolder {
    dir: PathBuf,
    files: Vec<(&'static str, &'static str)>,
    subfolders: Vec<&'static str>,
}

impl Installed {
    fn folder(
        &mut self,
        dir: &Path,
        files: &[(&'static str, &'static str)],
        subfolders: &[&'static str],
    ) {
        self.folders.push(InstalledFolder {
            dir: dir.to_path_buf(),
            files: files.to_vec(),
            subfolders: subfolders.to_vec(),
        });
    }

    fn file(&mut self, path: &Path, content: Vec<u8>) {
        self.files.push((path.to_path_buf(), content));
    }

    /// Removes what was added to the folders and rewrites what changed (a few small reads
    /// when nothing did).
    fn restore(&self) -> io::Result<()> {
        for folder in &self.folders {
            std::fs::create_dir_all(&folder.dir)?;
            for entry in std::fs::read_dir(&folder.dir)? {
                let entry = entry?;
                let name = entry.file_name();
                let name = name.to_string_lossy();
                let kind = entry.file_type()?;
                let expected = if kind.is_dir() {
                    folder.subfolders.contains(&name.as_ref())
                } else {
                    kind.is_file() && folder.files.iter().any(|(file, _)| *file == name)
                };
                // Another run's install in progress (`.name.PID.N.tmp`, never importable).
                let installing = name.starts_with('.') && name.ends_with(".tmp");
                if expected || installing {
                    continue;
                }
                let path = entry.path();
                tracing::warn!(path = %path.display(), "removing a file the code left among the runtime's modules");
                let removed = if kind.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
                match removed {
                    Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
                    _ => {}
                }
            }
            for (file, content) in &folder.files {
                install_bytes(&folder.dir.join(file), content.as_bytes())?;
            }
        }
        for (path, content) in &self.files {
            install_bytes(path, content)?;
        }
        Ok(())
    }
}

/// Compiles the wrapper with `python` into a `.pyc` next to it, named for the source and the
/// interpreter path. Always recompiled, so the bytecode matches the interpreter installed now.
fn precompile_wrapper(python: &Path, source: &Path) -> io::Result<PathBuf> {
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    let interpreter = short_hash(python.as_os_str().as_encoded_bytes());
    let compiled = source.with_file_name(format!("{stem}-{interpreter}.pyc"));
    let temporary = temporary_sibling(&compiled);
    let output = std::process::Command::new(python)
        .args(["-I", "-B", "-c", PY_COMPILE])
        .arg(source)
        .arg(&temporary)
        .env_clear()
        .env("PATH", CODE_PATH)
        .stdin(Stdio::null())
        .output()?;
    if !output.status.success() {
        let _ = std::fs::remove_file(&temporary);
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(io::Error::other(format!(
            "py_compile {}: {}",
            describe_exit(output.status),
            last_line(&stderr).unwrap_or("no error output")
        )));
    }
    rename_or_clean_up(&temporary, &compiled)?;
    Ok(compiled)
}

/// A unique temporary name in the same directory, for a write followed by an atomic rename.
fn temporary_sibling(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}.{unique}.tmp", std::process::id()))
}

fn rename_or_clean_up(temporary: &Path, path: &Path) -> io::Result<()> {
    std::fs::rename(temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(temporary);
    })
}

fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

// --- Process group and output capture --------------------------------------------------------

/// The environment every run gets; the rest of [`LocalExecutor::environment`] is per run. The
/// fork server starts with exactly this.
const STATIC_ENV: &[(&str, &str)] = &[
    ("PATH", CODE_PATH),
    ("LANG", "C.UTF-8"),
    ("MPLBACKEND", "Agg"),
    ("PYTHONUNBUFFERED", "1"),
];

/// One output pipe of a started process.
type Pipe = Box<dyn AsyncRead + Unpin + Send>;

/// A started interpreter process, however it was launched.
enum Process {
    Exec(Child),
    Forked {
        forked: Forked,
        /// Kept once known: waiting again (after a timeout) returns it.
        status: Option<ExitStatus>,
    },
}

impl Process {
    fn pid(&self) -> Option<u32> {
        match self {
            Self::Exec(child) => child.id(),
            Self::Forked { forked, .. } => Some(forked.pid),
        }
    }

    fn take_pipes(&mut self) -> (Option<Pipe>, Option<Pipe>) {
        match self {
            Self::Exec(child) => (
                child.stdout.take().map(|pipe| Box::new(pipe) as Pipe),
                child.stderr.take().map(|pipe| Box::new(pipe) as Pipe),
            ),
            Self::Forked { forked, .. } => {
                let stdout = forked.stdout.take();
                let stderr = forked.stderr.take();
                (
                    stdout.map(|pipe| Box::new(pipe) as Pipe),
                    stderr.map(|pipe| Box::new(pipe) as Pipe),
                )
            }
        }
    }

    /// Waits for the process to end; cancel-safe.
    async fn wait(&mut self) -> io::Result<ExitStatus> {
        match self {
            Self::Exec(child) => child.wait().await,
            Self::Forked { forked, status } => {
                if let Some(status) = status {
                    return Ok(*status);
                }
                let ended = (&mut forked.exit).await.map_err(|_| {
                    io::Error::new(
                        io::ErrorKind::BrokenPipe,
                        "the fork server died before reporting how the process ended",
                    )
                })?;
                *status = Some(ended);
                Ok(ended)
            }
        }
    }
}

/// How the interpreter process ended.
enum Ended {
    Exited(ExitStatus),
    /// The timeout passed and the group was killed.
    TimedOut,
}

/// The code's process group. Dropping it kills whatever is still in the group, so a cancelled
/// execution leaves nothing running.
struct ProcessGroup {
    id: Option<Pid>,
}

impl ProcessGroup {
    /// The group a child started in a group of its own leads.
    fn of(pid: Option<u32>) -> Self {
        let id = pid
            .and_then(|pid| i32::try_from(pid).ok())
            .map(Pid::from_raw);
        Self { id }
    }

    fn signal(&self, signal: Signal) {
        if let Some(id) = self.id {
            // ESRCH (the group is already empty) is the outcome we want.
            let _ = killpg(id, signal);
        }
    }

    /// SIGKILLs what is left in the group, once.
    fn kill_remaining(&mut self) {
        self.signal(Signal::SIGKILL);
        self.id = None;
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        self.kill_remaining();
    }
}

/// One output stream, kept up to a cap.
pub(super) struct Capture {
    bytes: Vec<u8>,
    cap: usize,
    truncated: bool,
}

impl Capture {
    pub(super) fn new(cap: usize) -> Self {
        Self {
            bytes: Vec::new(),
            cap,
            truncated: false,
        }
    }

    /// Reads the pipe to its end, keeping what fits under the cap and dropping the rest.
    async fn drain(&mut self, pipe: Option<impl AsyncRead + Unpin>) {
        let Some(mut pipe) = pipe else { return };
        let mut buffer = vec![0; 64 * 1024];
        while let Ok(read @ 1..) = pipe.read(&mut buffer).await {
            self.keep(&buffer[..read]);
        }
    }

    pub(super) fn keep(&mut self, chunk: &[u8]) {
        let room = self.cap.saturating_sub(self.bytes.len());
        if chunk.len() > room {
            self.truncated = true;
        }
        self.bytes
            .extend_from_slice(&chunk[..chunk.len().min(room)]);
    }

    /// A capture of `cap` bytes of output plus `mark` (see [`Self::take_mark`]).
    fn with_room_for(cap: usize, mark: &[u8]) -> Self {
        Self::new(cap.saturating_add(mark.len()))
    }

    /// Whether `mark` is among the bytes kept, taking its first occurrence out; the capture
    /// (made [`Self::with_room_for`] it) then keeps at most its cap without it.
    fn take_mark(&mut self, mark: &[u8]) -> bool {
        let found = self.bytes.windows(mark.len()).position(|w| w == mark);
        if let Some(at) = found {
            self.bytes.drain(at..at + mark.len());
        }
        self.cap = self.cap.saturating_sub(mark.len());
        if self.bytes.len() > self.cap {
            self.bytes.truncate(self.cap);
            self.truncated = true;
        }
        found.is_some()
    }

    /// The text, decoded lossily and never longer than the cap in bytes.
    pub(super) fn into_text(self) -> String {
        let mut text = String::from_utf8_lossy(&self.bytes).into_owned();
        if text.len() > self.cap {
            let mut end = self.cap;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
        }
        text
    }
}

/// What the process printed.
#[derive(Debug, Default)]
pub(super) struct Captured {
    stdout: String,
    stderr: String,
    truncated: bool,
}

impl Captured {
    pub(super) fn new(stdout: Capture, stderr: Capture) -> Self {
        Self {
            truncated: stdout.truncated || stderr.truncated,
            stdout: stdout.into_text(),
            stderr: stderr.into_text(),
        }
    }
}

// --- The wrapper's report --------------------------------------------------------------------

/// `execution_metadata.json`, as `wrapper.py` writes it.
#[derive(Debug, Deserialize)]
pub(super) struct WrapperReport {
    phase: Phase,
    #[serde(default)]
    success: bool,
    error_type: Option<String>,
    error_message: Option<String>,
    traceback: Option<String>,
    results_status: Option<ResultsStatus>,
    results_detail: Option<String>,
    #[serde(default)]
    figure_paths: Vec<String>,
    #[serde(default)]
    execution_time: f64,
    /// The wrapper itself failed after the code ran (disk full, ...).
    wrapper_error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Phase {
    /// Written just before the code starts: if it is still there, the code ended the process.
    Running,
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ResultsStatus {
    Ok,
    Missing,
    NotADict,
    Unserializable,
}

/// The caps on what one run may hand back besides its output streams.
#[derive(Debug, Clone, Copy)]
pub(super) struct OutputCaps {
    results_bytes: u64,
    figures: usize,
    figure_bytes: u64,
}

impl OutputCaps {
    pub(super) fn new(results_bytes: u64, figures: usize, figure_bytes: u64) -> Self {
        Self {
            results_bytes,
            figures,
            figure_bytes,
        }
    }

    fn of(settings: &LocalSettings) -> Self {
        Self::new(
            settings.max_results_bytes,
            settings.max_figures,
            settings.max_figure_bytes,
        )
    }
}

/// What a successful run produced, before its output is attached.
#[derive(Debug)]
pub(super) struct Produced {
    results: Map<String, Value>,
    figure_paths: Vec<PathBuf>,
    figures_truncated: bool,
    seconds: f64,
}

impl Produced {
    pub(super) fn with_output(self, captured: Captured) -> ExecutionOutput {
        ExecutionOutput {
            results: self.results,
            stdout: captured.stdout,
            stderr: captured.stderr,
            execution_time: self.seconds,
            figure_paths: self.figure_paths,
            figures_truncated: self.figures_truncated,
            output_truncated: captured.truncated,
        }
    }
}

/// Why a run failed, before its output is attached.
#[derive(Debug)]
pub(super) struct Fault {
    category: ErrorCategory,
    kind: &'static str,
    message: String,
    exception: Option<String>,
    traceback: Option<String>,
    seconds: f64,
    /// False only when the code certainly never ran (see [`ExecutionFailure::code_started`]).
    code_started: bool,
    /// What the runtime guards refused; boxed, so `Fault` stays small on the common path.
    refused: Option<Box<Refused>>,
}

/// Writes the runtime guards refused during one execution.
#[derive(Debug, Default)]
struct Refused {
    limits_violations: Vec<crate::limits::LimitsViolation>,
    write_refusals: Vec<Value>,
}

impl Fault {
    pub(super) fn new(
        category: ErrorCategory,
        kind: &'static str,
        message: String,
        seconds: f64,
    ) -> Self {
        Self {
            category,
            kind,
            message,
            exception: None,
            traceback: None,
            seconds,
            code_started: true,
            refused: None,
        }
    }

    /// Marks a fault that happened before the wrapper handed control to the code.
    pub(super) fn before_code(self) -> Self {
        Self {
            code_started: false,
            ..self
        }
    }

    pub(super) fn infrastructure(kind: &'static str, message: String, seconds: f64) -> Self {
        Self::new(ErrorCategory::Infrastructure, kind, message, seconds)
    }

    fn code(kind: &'static str, message: String, seconds: f64) -> Self {
        Self::new(ErrorCategory::CodeRelated, kind, message, seconds)
    }

    /// The code raised `exception`: "ZeroDivisionError: division by zero".
    fn raised(
        exception: String,
        detail: Option<String>,
        traceback: Option<String>,
        seconds: f64,
    ) -> Self {
        let message = match detail {
            Some(detail) if !detail.is_empty() => format!("{exception}: {detail}"),
            _ => exception.clone(),
        };
        Self {
            exception: Some(exception),
            traceback,
            ..Self::code("runtime_error", message, seconds)
        }
    }

    pub(super) fn with_output(self, captured: Captured) -> ExecutionFailure {
        let Refused {
            limits_violations,
            write_refusals,
        } = self.refused.map(|r| *r).unwrap_or_default();
        ExecutionFailure {
            category: self.category,
            kind: self.kind.to_owned(),
            message: self.message,
            exception: self.exception,
            traceback: self.traceback,
            stdout: captured.stdout,
            stderr: captured.stderr,
            output_truncated: captured.truncated,
            execution_time: self.seconds,
            code_started: self.code_started,
            limits_violations,
            write_refusals,
        }
    }

    pub(super) fn without_output(self) -> ExecutionFailure {
        self.with_output(Captured::default())
    }
}

/// An ended process; [`EndedRun::judge`] reads what it left in the attempt directory.
struct EndedRun {
    attempt_dir: PathBuf,
    caps: OutputCaps,
    ended: io::Result<Ended>,
    last_stderr_line: Option<String>,
    /// The wrapper's mark that the code started was on stderr.
    code_started: bool,
    wall_seconds: f64,
    timeout: Duration,
}

impl EndedRun {
    fn judge(self) -> Result<Produced, Fault> {
        let wall = self.wall_seconds;
        let status = match self.ended {
            Ok(Ended::Exited(status)) => status,
            Ok(Ended::TimedOut) => {
                let message = format!(
                    "execution timed out after {} s; the process group was killed",
                    self.timeout.as_secs_f64()
                );
                return Err(Fault::new(
                    ErrorCategory::Workflow,
                    "timeout",
                    message,
                    wall,
                ));
            }
            Err(error) => {
                let message = format!("lost track of the interpreter process: {error}");
                return Err(Fault::infrastructure("wrapper_failed", message, wall));
            }
        };
        let report = match read_report(&self.attempt_dir) {
            Ok(Some(report)) => report,
            Ok(None) if self.code_started => {
                // The code removed or moved the report: it ran, so write-mode code is not run
                // again.
                let message = format!(
                    "the code started, then the interpreter {} without {METADATA_FILE} (the code \
                     removed it or moved its folder)",
                    describe_exit(status)
                );
                return Err(Fault::infrastructure("wrapper_failed", message, wall));
            }
            Ok(None) => {
                let hint = self.last_stderr_line.map(|line| format!(": {line}"));
                let message = format!(
                    "the interpreter {} before the wrapper started the code{}",
                    describe_exit(status),
                    hint.unwrap_or_default()
                );
                return Err(Fault::infrastructure("wrapper_failed", message, wall).before_code());
            }
            Err(problem) => {
                let message = format!("{METADATA_FILE} is unreadable: {problem}");
                return Err(Fault::infrastructure("wrapper_failed", message, wall));
            }
        };
        judge_reported(&self.attempt_dir, report, wall, &self.caps, || {
            describe_exit(status)
        })
    }
}

/// Judges what a wrapper that handed over to the code left in the attempt directory: what
/// the runtime guards refused, then the report itself. `ended` describes how the process
/// ended, for a report still in the `running` phase. Shared with the Jupyter executor, which
/// writes the kernel's report into the attempt directory first.
pub(super) fn judge_reported(
    attempt_dir: &Path,
    report: WrapperReport,
    wall: f64,
    caps: &OutputCaps,
    ended: impl FnOnce() -> String,
) -> Result<Produced, Fault> {
    // Writes a runtime guard refused end the run whatever the code did next (even if it
    // caught the exception): never retried by regeneration.
    let refusals = read_refusals(attempt_dir);
    if let Some(first) = refusals.first() {
        let entry = first["entry_point"]
            .as_str()
            .unwrap_or("a write entry point");
        let arguments = first["arguments"].as_str().unwrap_or("");
        let summary = format!(
            "ChannelWriteRefused: the code wrote through {entry}({arguments}) in read_only mode"
        );
        let tail = "nothing was written";
        return Err(refusal_fault(
            "write_refused",
            &summary,
            tail,
            report,
            Refused {
                write_refusals: refusals,
                ..Refused::default()
            },
        ));
    }
    let violations = read_violations(attempt_dir);
    if let Some(first) = violations.first() {
        let summary = format!("channel limits violation: {}", first.reason);
        let tail = "the write was blocked";
        return Err(refusal_fault(
            "channel_limits_violation",
            &summary,
            tail,
            report,
            Refused {
                limits_violations: violations,
                ..Refused::default()
            },
        ));
    }
    match report.phase {
        Phase::Running => {
            let message = format!("the interpreter {} before reporting a result", ended());
            Err(Fault::code("runtime_error", message, wall))
        }
        Phase::Finished => judge_report(report, attempt_dir, caps),
    }
}

/// The run ends (`workflow`, `kind`) on what a runtime guard refused: "`summary` (and N
/// more); `tail`", with the code's exception and traceback kept.
fn refusal_fault(
    kind: &'static str,
    summary: &str,
    tail: &str,
    report: WrapperReport,
    refused: Refused,
) -> Fault {
    let count = refused.write_refusals.len() + refused.limits_violations.len();
    let more = match count {
        0 | 1 => String::new(),
        n => format!(" (and {} more)", n - 1),
    };
    let mut fault = Fault::new(
        ErrorCategory::Workflow,
        kind,
        format!("{summary}{more}; {tail}"),
        report.execution_time,
    );
    fault.exception = report.error_type;
    fault.traceback = report.traceback;
    fault.refused = Some(Box::new(refused));
    fault
}

/// The records a runtime guard appended to `file` (one JSON object a line); a line that does
/// not parse becomes `unreadable(line, error)`, so a refusal is never lost.
fn read_records<T: serde::de::DeserializeOwned>(
    attempt_dir: &Path,
    file: &str,
    unreadable: impl Fn(&str, serde_json::Error) -> T,
) -> Vec<T> {
    let Ok(text) = std::fs::read_to_string(attempt_dir.join(file)) else {
        return Vec::new();
    };
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap_or_else(|error| unreadable(line, error)))
        .collect()
}

/// The writes the read-only guard refused (`entry_point`, `arguments`, `mode`).
fn read_refusals(attempt_dir: &Path) -> Vec<Value> {
    read_records(
        attempt_dir,
        REFUSALS_FILE,
        |line, _| serde_json::json!({"entry_point": "unknown", "arguments": line}),
    )
}

/// The violations the limits guard recorded; an unreadable record counts as an
/// unavailable-database violation.
fn read_violations(attempt_dir: &Path) -> Vec<crate::limits::LimitsViolation> {
    read_records(attempt_dir, VIOLATIONS_FILE, |line, error| {
        crate::limits::LimitsViolation {
            channel: String::new(),
            attempted_value: None,
            violation_type: crate::limits::ViolationType::LimitsUnavailable,
            reason: format!("an unreadable limits violation record ({error}): {line}"),
            min_value: None,
            max_value: None,
            max_step: None,
            current_value: None,
        }
    })
}

/// `Ok(None)` when the wrapper wrote no report at all.
pub(super) fn read_report(attempt_dir: &Path) -> Result<Option<WrapperReport>, String> {
    let bytes = match std::fs::read(attempt_dir.join(METADATA_FILE)) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|error| error.to_string())
}

/// Maps a finished report: the wrapper's own failure, the code's exception, or its `results`.
fn judge_report(
    report: WrapperReport,
    attempt_dir: &Path,
    caps: &OutputCaps,
) -> Result<Produced, Fault> {
    let seconds = report.execution_time;
    if let Some(problem) = report.wrapper_error {
        let message = format!("the wrapper failed after the code ran: {problem}");
        return Err(Fault::infrastructure("wrapper_failed", message, seconds));
    }
    if let Some(exception) = report.error_type {
        return Err(Fault::raised(
            exception,
            report.error_message,
            report.traceback,
            seconds,
        ));
    }
    let detail = report.results_detail;
    match report.results_status {
        Some(ResultsStatus::Ok) if report.success => {
            let results = read_results(attempt_dir, seconds, caps.results_bytes)?;
            let (figure_paths, figures_truncated) =
                kept_figures(attempt_dir, &report.figure_paths, caps);
            Ok(Produced {
                results,
                figure_paths,
                figures_truncated,
                seconds,
            })
        }
        Some(ResultsStatus::Missing | ResultsStatus::NotADict) => {
            let message =
                detail.unwrap_or_else(|| "the code did not assign a `results` dict".into());
            Err(Fault::code("missing_results", message, seconds))
        }
        Some(ResultsStatus::Unserializable) => {
            let message = detail.unwrap_or_else(|| "`results` could not be written as JSON".into());
            Err(Fault::code("invalid_results", message, seconds))
        }
        _ => {
            let message = format!("{METADATA_FILE} reports neither results nor an error");
            Err(Fault::infrastructure("wrapper_failed", message, seconds))
        }
    }
}

/// The figures the wrapper reported that are regular PNG files in the attempt directory, at
/// most [`OutputCaps::figures`] of them and none larger than [`OutputCaps::figure_bytes`]; the
/// flag says whether any was dropped for a cap.
fn kept_figures(
    attempt_dir: &Path,
    reported: &[String],
    caps: &OutputCaps,
) -> (Vec<PathBuf>, bool) {
    let mut truncated = false;
    let mut kept = Vec::new();
    for path in reported
        .iter()
        .filter_map(|relative| figure_path(attempt_dir, relative))
    {
        let size = std::fs::metadata(&path).map_or(u64::MAX, |metadata| metadata.len());
        if size > caps.figure_bytes || kept.len() >= caps.figures {
            tracing::warn!(figure = %path.display(), size, "figure dropped: over the figure caps");
            truncated = true;
        } else {
            kept.push(path);
        }
    }
    (kept, truncated)
}

fn read_results(attempt_dir: &Path, seconds: f64, cap: u64) -> Result<Map<String, Value>, Fault> {
    let path = attempt_dir.join(RESULTS_FILE);
    if let Ok(metadata) = std::fs::metadata(&path)
        && metadata.len() > cap
    {
        let message = format!(
            "`results` is {} bytes as JSON, over the cap of {cap} bytes \
             (PYEXEC_MAX_RESULTS_BYTES); return a summary and save bulk data to files",
            metadata.len()
        );
        return Err(Fault::code("results_too_large", message, seconds));
    }
    let bytes = std::fs::read(&path).map_err(|error| {
        let message =
            format!("the wrapper reported success but {RESULTS_FILE} is unreadable: {error}");
        Fault::infrastructure("wrapper_failed", message, seconds)
    })?;
    serde_json::from_slice(&bytes).map_err(|error| {
        let message = format!("`results` could not be read back as a JSON object: {error}");
        Fault::code("invalid_results", message, seconds)
    })
}

/// The absolute path of a figure the wrapper reported, if it is a regular PNG file inside the
/// attempt directory (not a symlink, no `..`).
fn figure_path(attempt_dir: &Path, relative: &str) -> Option<PathBuf> {
    let relative = Path::new(relative);
    let inside = relative
        .components()
        .all(|component| matches!(component, Component::Normal(_)));
    let png = relative
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("png"));
    let path = attempt_dir.join(relative);
    let regular_file = std::fs::symlink_metadata(&path).is_ok_and(|metadata| metadata.is_file());
    (inside && png && regular_file).then_some(path)
}

/// "exited with status 1" or "exited with signal 9 (SIGKILL)".
fn describe_exit(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exited with status {code}"),
        (None, Some(signal)) => match Signal::try_from(signal) {
            Ok(name) => format!("exited with signal {signal} ({name})"),
            Err(_) => format!("exited with signal {signal}"),
        },
        (None, None) => format!("ended ({status})"),
    }
}

fn last_line(text: &str) -> Option<&str> {
    text.lines().map(str::trim).rfind(|line| !line.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_keeps_up_to_the_cap_and_flags_the_rest() {
        let mut capture = Capture::new(5);
        capture.keep(b"abc");
        capture.keep(b"defgh");
        assert!(capture.truncated);
        assert_eq!(capture.into_text(), "abcde");
    }

    #[test]
    fn the_code_started_mark_is_found_taken_out_and_not_counted_against_the_cap() {
        let mut capture = Capture::with_room_for(6, CODE_STARTED_MARK);
        capture.keep(b"warn\n");
        capture.keep(CODE_STARTED_MARK);
        capture.keep(b"code says hi\n");
        assert!(capture.take_mark(CODE_STARTED_MARK));
        assert!(capture.truncated);
        assert_eq!(capture.into_text(), "warn\nc");

        let mut unmarked = Capture::with_room_for(4, CODE_STARTED_MARK);
        unmarked.keep(b"interpreter failed to start");
        assert!(!unmarked.take_mark(CODE_STARTED_MARK));
        assert_eq!(unmarked.into_text(), "inte");
    }

    #[test]
    fn capture_cut_inside_a_character_stays_within_the_cap() {
        let mut capture = Capture::new(4);
        capture.keep("aé€".as_bytes()); // 1 + 2 + 3 bytes: the cut falls inside '€'
        let text = capture.into_text();
        assert!(text.len() <= 4, "{text:?}");
        assert!(text.starts_with("aé"));
    }

    #[test]
    fn figure_paths_outside_the_attempt_dir_are_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("plot.png"), b"png").expect("write");
        assert!(figure_path(dir.path(), "plot.png").is_some());
        assert!(figure_path(dir.path(), "../plot.png").is_none());
        assert!(figure_path(dir.path(), "/etc/passwd").is_none());
        assert!(figure_path(dir.path(), "missing.png").is_none());
    }

    #[test]
    fn a_report_left_in_the_running_phase_parses() {
        let report: WrapperReport =
            serde_json::from_str(r#"{"phase":"running","results_status":"not_a_dict"}"#)
                .expect("parses");
        assert_eq!(report.phase, Phase::Running);
        assert_eq!(report.results_status, Some(ResultsStatus::NotADict));
    }
}
