//! The local executor: each execution is a fresh interpreter process.
//!
//! [`LocalExecutor::execute`] writes `code.py` and `context.json` into the attempt directory and
//! runs `<python> -I -B -u <wrapper> <attempt_dir>` there, in a process group of its own, with
//! stdin closed and an allowlisted environment: the worker's environment holds secrets and never
//! reaches the code. stdout and stderr are read while the process runs, each capped at
//! [`LocalSettings::max_output_bytes`] and drained past the cap so the child never blocks. The
//! wrapper (`wrapper.py`, installed once per executor) reports through `execution_metadata.json`
//! and `results.json` in the attempt directory; nothing else is read, and both are removed before
//! the process starts, so a result always belongs to this attempt. On timeout the whole group gets
//! SIGTERM, then SIGKILL after [`LocalSettings::kill_grace`]; after any exit, whatever the code
//! left running in its group is killed, and so is the group if the execution is cancelled.

#![expect(
    clippy::result_large_err,
    reason = "the Executor trait fixes ExecutionFailure as the error type; it moves once per run"
)]

use std::io;
use std::os::unix::process::ExitStatusExt;
use std::path::{Component, Path, PathBuf};
use std::pin::pin;
use std::process::{ExitStatus, Stdio};
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

use super::{ExecutionFailure, ExecutionJob, ExecutionOutput, Executor};
use crate::model::ErrorCategory;

/// Default cap on captured stdout, and separately on stderr: 1 MiB.
pub const DEFAULT_MAX_OUTPUT_BYTES: usize = 1024 * 1024;
/// Default time between SIGTERM and SIGKILL to a timed-out process group.
pub const DEFAULT_KILL_GRACE: Duration = Duration::from_secs(2);

const WRAPPER_SOURCE: &str = include_str!("wrapper.py");
const CODE_FILE: &str = "code.py";
const CONTEXT_FILE: &str = "context.json";
const METADATA_FILE: &str = "execution_metadata.json";
const RESULTS_FILE: &str = "results.json";
/// The code's `PATH`; nothing from the worker's own `PATH`.
const CODE_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// How long output pipes may stay open once the process group is gone: a process that left the
/// group (setsid) can hold them forever.
const PIPE_DRAIN_LIMIT: Duration = Duration::from_secs(1);
const PY_COMPILE: &str =
    "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)";

/// How the local executor runs code.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalSettings {
    /// The interpreter, as an absolute path (a venv's `bin/python` works).
    pub python: PathBuf,
    /// Wall-clock limit of one execution.
    pub timeout: Duration,
    /// Cap on captured stdout, and separately on stderr; output past it is read and dropped.
    pub max_output_bytes: usize,
    /// After a timeout, how long the process group gets between SIGTERM and SIGKILL.
    pub kill_grace: Duration,
}

impl LocalSettings {
    /// Settings with the default output cap and kill grace.
    pub fn new(python: impl Into<PathBuf>, timeout: Duration) -> Self {
        Self {
            python: python.into(),
            timeout,
            max_output_bytes: DEFAULT_MAX_OUTPUT_BYTES,
            kill_grace: DEFAULT_KILL_GRACE,
        }
    }
}

/// Runs each execution in a new local interpreter process (see the module docs).
#[derive(Debug, Clone)]
pub struct LocalExecutor {
    settings: LocalSettings,
    wrapper: PathBuf,
}

impl LocalExecutor {
    /// Installs the wrapper in `runtime_dir` (created if missing) under a name that carries a hash
    /// of its content, so versions never clash and executions never rewrite it. The wrapper is
    /// also compiled once with the configured interpreter, which saves each execution about 4 ms
    /// of start-up; if that fails (the interpreter is missing, say) executions run the source.
    pub fn new(settings: LocalSettings, runtime_dir: &Path) -> io::Result<Self> {
        std::fs::create_dir_all(runtime_dir)?;
        let source = install_wrapper_source(runtime_dir)?;
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
        Ok(Self { settings, wrapper })
    }

    /// The settings this executor runs with.
    pub fn settings(&self) -> &LocalSettings {
        &self.settings
    }

    /// The wrapper file each execution runs (`.pyc` when precompiled, else the `.py` source).
    pub fn wrapper_path(&self) -> &Path {
        &self.wrapper
    }

    fn command(&self, job: &ExecutionJob<'_>, attempt_dir: &Path) -> Command {
        let mut command = Command::new(&self.settings.python);
        command
            .args(["-I", "-B", "-u"])
            .arg(&self.wrapper)
            .arg(attempt_dir)
            .current_dir(attempt_dir)
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .env_clear()
            .env("PATH", CODE_PATH)
            .env("LANG", "C.UTF-8")
            .env("HOME", attempt_dir)
            .env("MPLBACKEND", "Agg")
            .env("MPLCONFIGDIR", attempt_dir.join(".mpl"))
            .env("PYTHONUNBUFFERED", "1")
            .env("PYEXEC_RUN_ID", job.run_id)
            .env("PYEXEC_EXECUTION_MODE", job.mode.as_str())
            .env("PYEXEC_ATTEMPT", job.attempt.to_string());
        command
    }

    /// Reads both pipes while waiting for the process (or killing it); returns how it ended and
    /// what it printed.
    async fn run_to_end(&self, mut child: Child) -> (io::Result<Ended>, Captured) {
        let mut group = ProcessGroup::of(&child);
        let mut stdout = Capture::new(self.settings.max_output_bytes);
        let mut stderr = Capture::new(self.settings.max_output_bytes);
        let stdout_pipe = child.stdout.take();
        let stderr_pipe = child.stderr.take();
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
        (ended, Captured::new(stdout, stderr))
    }

    async fn wait_or_kill(&self, child: &mut Child, group: &mut ProcessGroup) -> io::Result<Ended> {
        let ended = match tokio::time::timeout(self.settings.timeout, child.wait()).await {
            Ok(status) => Ended::Exited(status?),
            Err(_elapsed) => {
                tracing::debug!(timeout = ?self.settings.timeout, "execution timed out; terminating its process group");
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
        let attempt_dir = std::path::absolute(job.attempt_dir).map_err(setup_failure)?;
        prepare_attempt_dir(&attempt_dir, &job)
            .await
            .map_err(setup_failure)?;

        let started = Instant::now();
        let child = self.command(&job, &attempt_dir).spawn().map_err(|error| {
            let message = format!(
                "could not start the interpreter {}: {error}",
                self.settings.python.display()
            );
            Captured::default().failure(
                ErrorCategory::Infrastructure,
                "interpreter_failed",
                message,
                0.0,
            )
        })?;
        let (ended, captured) = self.run_to_end(child).await;

        let run = FinishedRun {
            attempt_dir,
            ended,
            captured,
            wall_seconds: started.elapsed().as_secs_f64(),
            timeout: self.settings.timeout,
        };
        tokio::task::spawn_blocking(move || run.conclude())
            .await
            .unwrap_or_else(|error| {
                let message = format!("collecting the execution's result failed: {error}");
                Err(Captured::default().failure(
                    ErrorCategory::Infrastructure,
                    "wrapper_failed",
                    message,
                    0.0,
                ))
            })
    }
}

// --- Attempt directory and wrapper files -----------------------------------------------------

fn setup_failure(error: io::Error) -> ExecutionFailure {
    let message = format!("could not prepare the attempt directory: {error}");
    Captured::default().failure(
        ErrorCategory::Infrastructure,
        "attempt_setup_failed",
        message,
        0.0,
    )
}

/// Writes the code and its context, and removes any report a previous run left in the directory.
async fn prepare_attempt_dir(attempt_dir: &Path, job: &ExecutionJob<'_>) -> io::Result<()> {
    let dir = attempt_dir.to_owned();
    let code = job.code.to_owned();
    let context = match job.context {
        Some(context) => serde_json::to_vec(context)?,
        None => b"{}".to_vec(),
    };
    tokio::task::spawn_blocking(move || {
        std::fs::create_dir_all(&dir)?;
        for stale in [METADATA_FILE, RESULTS_FILE] {
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
    let path = runtime_dir.join(name);
    let installed = std::fs::read(&path).is_ok_and(|content| content == WRAPPER_SOURCE.as_bytes());
    if !installed {
        let temporary = temporary_sibling(&path);
        std::fs::write(&temporary, WRAPPER_SOURCE)?;
        rename_or_clean_up(&temporary, &path)?;
    }
    Ok(path)
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
    /// The group a child spawned with `process_group(0)` leads.
    fn of(child: &Child) -> Self {
        let id = child
            .id()
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
struct Capture {
    bytes: Vec<u8>,
    cap: usize,
    truncated: bool,
}

impl Capture {
    fn new(cap: usize) -> Self {
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

    fn keep(&mut self, chunk: &[u8]) {
        let room = self.cap.saturating_sub(self.bytes.len());
        if chunk.len() > room {
            self.truncated = true;
        }
        self.bytes
            .extend_from_slice(&chunk[..chunk.len().min(room)]);
    }

    /// The text, decoded lossily and never longer than the cap in bytes.
    fn into_text(self) -> String {
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
struct Captured {
    stdout: String,
    stderr: String,
    truncated: bool,
}

impl Captured {
    fn new(stdout: Capture, stderr: Capture) -> Self {
        Self {
            truncated: stdout.truncated || stderr.truncated,
            stdout: stdout.into_text(),
            stderr: stderr.into_text(),
        }
    }

    fn failure(
        self,
        category: ErrorCategory,
        kind: &str,
        message: String,
        execution_time: f64,
    ) -> ExecutionFailure {
        ExecutionFailure {
            category,
            kind: kind.to_owned(),
            message,
            exception: None,
            traceback: None,
            stdout: self.stdout,
            stderr: self.stderr,
            output_truncated: self.truncated,
            execution_time,
        }
    }
}

// --- The wrapper's report --------------------------------------------------------------------

/// `execution_metadata.json`, as `wrapper.py` writes it.
#[derive(Debug, Deserialize)]
struct WrapperReport {
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

/// An ended process and what it left; [`FinishedRun::conclude`] turns it into the outcome.
struct FinishedRun {
    attempt_dir: PathBuf,
    ended: io::Result<Ended>,
    captured: Captured,
    wall_seconds: f64,
    timeout: Duration,
}

impl FinishedRun {
    fn conclude(self) -> Result<ExecutionOutput, ExecutionFailure> {
        let Self {
            attempt_dir,
            ended,
            captured,
            wall_seconds,
            timeout,
        } = self;
        let status = match ended {
            Ok(Ended::Exited(status)) => status,
            Ok(Ended::TimedOut) => {
                let message = format!(
                    "execution timed out after {} s; the process group was killed",
                    timeout.as_secs_f64()
                );
                return Err(captured.failure(
                    ErrorCategory::Workflow,
                    "timeout",
                    message,
                    wall_seconds,
                ));
            }
            Err(error) => {
                let message = format!("lost track of the interpreter process: {error}");
                return Err(captured.failure(
                    ErrorCategory::Infrastructure,
                    "wrapper_failed",
                    message,
                    wall_seconds,
                ));
            }
        };
        let report = match read_report(&attempt_dir) {
            Ok(Some(report)) => report,
            Ok(None) => {
                let hint = last_line(&captured.stderr)
                    .map(|line| format!(": {line}"))
                    .unwrap_or_default();
                let message = format!(
                    "the interpreter {} before the wrapper started the code{hint}",
                    describe_exit(status)
                );
                return Err(captured.failure(
                    ErrorCategory::Infrastructure,
                    "wrapper_failed",
                    message,
                    wall_seconds,
                ));
            }
            Err(problem) => {
                let message = format!("{METADATA_FILE} is unreadable: {problem}");
                return Err(captured.failure(
                    ErrorCategory::Infrastructure,
                    "wrapper_failed",
                    message,
                    wall_seconds,
                ));
            }
        };
        match report.phase {
            Phase::Running => {
                let message = format!(
                    "the interpreter {} before reporting a result",
                    describe_exit(status)
                );
                Err(captured.failure(
                    ErrorCategory::CodeRelated,
                    "runtime_error",
                    message,
                    wall_seconds,
                ))
            }
            Phase::Finished => conclude_report(report, &attempt_dir, captured),
        }
    }
}

/// `Ok(None)` when the wrapper wrote no report at all.
fn read_report(attempt_dir: &Path) -> Result<Option<WrapperReport>, String> {
    let bytes = match std::fs::read(attempt_dir.join(METADATA_FILE)) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|error| error.to_string())
}

fn conclude_report(
    report: WrapperReport,
    attempt_dir: &Path,
    captured: Captured,
) -> Result<ExecutionOutput, ExecutionFailure> {
    let seconds = report.execution_time;
    if let Some(problem) = report.wrapper_error {
        let message = format!("the wrapper failed after the code ran: {problem}");
        return Err(captured.failure(
            ErrorCategory::Infrastructure,
            "wrapper_failed",
            message,
            seconds,
        ));
    }
    if let Some(exception) = report.error_type {
        let message = match report.error_message.as_deref() {
            Some(detail) if !detail.is_empty() => format!("{exception}: {detail}"),
            _ => exception.clone(),
        };
        let mut failure = captured.failure(
            ErrorCategory::CodeRelated,
            "runtime_error",
            message,
            seconds,
        );
        failure.exception = Some(exception);
        failure.traceback = report.traceback;
        return Err(failure);
    }
    let detail = report.results_detail;
    match report.results_status {
        Some(ResultsStatus::Ok) if report.success => {
            let results = match read_results(attempt_dir) {
                Ok(results) => results,
                Err((category, kind, message)) => {
                    return Err(captured.failure(category, kind, message, seconds));
                }
            };
            let figure_paths = report
                .figure_paths
                .iter()
                .filter_map(|relative| figure_path(attempt_dir, relative))
                .collect();
            Ok(ExecutionOutput {
                results,
                stdout: captured.stdout,
                stderr: captured.stderr,
                execution_time: seconds,
                figure_paths,
                output_truncated: captured.truncated,
            })
        }
        Some(ResultsStatus::Missing | ResultsStatus::NotADict) => {
            let message =
                detail.unwrap_or_else(|| "the code did not assign a `results` dict".into());
            Err(captured.failure(
                ErrorCategory::CodeRelated,
                "missing_results",
                message,
                seconds,
            ))
        }
        Some(ResultsStatus::Unserializable) => {
            let message = detail.unwrap_or_else(|| "`results` could not be written as JSON".into());
            Err(captured.failure(
                ErrorCategory::CodeRelated,
                "invalid_results",
                message,
                seconds,
            ))
        }
        _ => {
            let message = format!("{METADATA_FILE} reports neither results nor an error");
            Err(captured.failure(
                ErrorCategory::Infrastructure,
                "wrapper_failed",
                message,
                seconds,
            ))
        }
    }
}

fn read_results(
    attempt_dir: &Path,
) -> Result<Map<String, Value>, (ErrorCategory, &'static str, String)> {
    let bytes = std::fs::read(attempt_dir.join(RESULTS_FILE)).map_err(|error| {
        let message =
            format!("the wrapper reported success but {RESULTS_FILE} is unreadable: {error}");
        (ErrorCategory::Infrastructure, "wrapper_failed", message)
    })?;
    serde_json::from_slice(&bytes).map_err(|error| {
        let message = format!("`results` could not be read back as a JSON object: {error}");
        (ErrorCategory::CodeRelated, "invalid_results", message)
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
