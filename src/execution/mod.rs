//! Execution: running one version of the code and collecting what it produced.
//!
//! An [`Executor`] gets a fresh attempt directory and the code, and returns either an
//! [`ExecutionOutput`] (the `results` dict, output, figures) or an [`ExecutionFailure`] whose
//! category says what happens next (regenerate, run again, or end the run). The layout of the
//! run folder lives in [`folder`], notebooks in [`notebook`], the local interpreter runner in
//! [`local`] with its Python wrapper in `wrapper.py` and its fork server in `forkserver`, the
//! Jupyter kernel runner in [`jupyter`] (with `pyexec_kernel.py`). [`executor`] builds the one
//! `PYEXEC_EXECUTION_METHOD` names.

pub mod bwrap;
pub mod folder;
mod forkserver;
pub mod jupyter;
pub mod local;
pub mod notebook;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_trait::async_trait;
use serde_json::{Map, Value};

use crate::model::{ErrorCategory, ExecutionMode};

pub use folder::RunFolder;
pub use jupyter::JupyterExecutor;
pub use local::LocalExecutor;

/// One execution of one code version.
#[derive(Debug, Clone, Copy)]
pub struct ExecutionJob<'a> {
    pub run_id: &'a str,
    pub code: &'a str,
    pub mode: ExecutionMode,
    pub attempt: u32,
    /// `capability_context_data`, made available to the code as the dict `context`.
    pub context: Option<&'a Map<String, Value>>,
    /// A fresh, empty directory for this attempt; the code's working directory. Nothing from
    /// an earlier attempt is in it, so no earlier result can be mistaken for this one's.
    pub attempt_dir: &'a Path,
}

/// What a successful execution produced.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionOutput {
    pub results: Map<String, Value>,
    pub stdout: String,
    pub stderr: String,
    /// Seconds the code itself ran.
    pub execution_time: f64,
    /// PNG figures written in the attempt directory (absolute paths).
    pub figure_paths: Vec<PathBuf>,
    /// True when stdout or stderr was cut at the cap.
    pub output_truncated: bool,
    /// True when figures were dropped for the figure caps (count or size).
    pub figures_truncated: bool,
}

/// Why an execution did not produce a result.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionFailure {
    /// `code_related` regenerates, `infrastructure` runs the same code again, `workflow` ends
    /// the run.
    pub category: ErrorCategory,
    /// `runtime_error`, `missing_results`, `invalid_results`, `results_too_large`, `timeout`,
    /// `interpreter_failed`, `wrapper_failed`, `attempt_setup_failed` (the attempt directory
    /// could not be written), `write_refused`, `channel_limits_violation`; the Jupyter executor
    /// adds `kernel_unavailable` (no kernel could be started) and `kernel_failed` (the gateway
    /// or the kernel went away during the run), both `infrastructure`.
    pub kind: String,
    /// One line for people: e.g. `ZeroDivisionError: division by zero`.
    pub message: String,
    /// The exception class name, when the code raised one.
    pub exception: Option<String>,
    pub traceback: Option<String>,
    pub stdout: String,
    pub stderr: String,
    pub output_truncated: bool,
    pub execution_time: f64,
    /// False only when the code certainly never ran (the interpreter or the wrapper failed
    /// before handing over). Write-mode code is re-executed only then: nothing run twice
    /// that writes.
    pub code_started: bool,
    /// Writes the runtime guard refused for breaking the channel limits (kind
    /// `channel_limits_violation`), even if the code caught the exception.
    pub limits_violations: Vec<crate::limits::LimitsViolation>,
    /// Writes the read-only guard refused (kind `write_refused`): `entry_point`,
    /// `arguments`, `mode` each.
    pub write_refusals: Vec<Value>,
}

/// Runs code. Implementations: [`LocalExecutor`] (a local interpreter process) and
/// [`JupyterExecutor`] (a pooled Jupyter kernel).
#[async_trait]
pub trait Executor: Send + Sync {
    async fn execute(&self, job: ExecutionJob<'_>) -> Result<ExecutionOutput, ExecutionFailure>;

    /// Releases what the executor holds outside this process (the Jupyter executor's kernels).
    /// Call once no execution runs any more; idempotent.
    async fn shutdown(&self) {}
}

/// The executor `PYEXEC_EXECUTION_METHOD` names: `local` (the default, see [`local_executor`])
/// or `container` (a [`JupyterExecutor`] on `PYEXEC_JUPYTER_URL`). Errors name the variable.
/// Call [`Executor::shutdown`] before dropping it.
pub fn executor(
    settings: &crate::config::Settings,
) -> Result<Arc<dyn Executor>, crate::config::ConfigError> {
    use crate::config::{ConfigError, ExecutionMethod};
    match settings.execution_method {
        ExecutionMethod::Local => local_executors(settings),
        ExecutionMethod::Container => {
            let gateway = settings.jupyter.clone().ok_or_else(|| {
                ConfigError::new(
                    "PYEXEC_JUPYTER_URL",
                    "must be set when PYEXEC_EXECUTION_METHOD is `container`",
                )
            })?;
            let jupyter = jupyter::JupyterSettings {
                max_output_bytes: settings.max_output_bytes,
                max_results_bytes: settings.max_results_bytes,
                max_figures: settings.max_figures,
                max_figure_bytes: settings.max_figure_bytes,
                limits: settings.limits_database()?.map(Arc::new),
                mock_control_system: settings.control_system_type == "mock",
                mode_env: settings.mode_env.clone(),
                ..jupyter::JupyterSettings::new(gateway, settings.execution_timeout)
            };
            let executor = JupyterExecutor::new(jupyter)
                .map_err(|message| ConfigError::new("PYEXEC_JUPYTER_URL", message))?;
            Ok(Arc::new(executor))
        }
    }
}

/// Runs each job on the executor of its execution mode (when the modes use different
/// interpreters).
pub struct ModeExecutors(pub crate::model::PerMode<Arc<dyn Executor>>);

#[async_trait]
impl Executor for ModeExecutors {
    async fn execute(&self, job: ExecutionJob<'_>) -> Result<ExecutionOutput, ExecutionFailure> {
        self.0.get(job.mode).execute(job).await
    }

    async fn shutdown(&self) {
        self.0.read_only.shutdown().await;
        self.0.write_access.shutdown().await;
    }
}

/// The local executor, one per execution mode when `PYEXEC_PYTHON_READ_ONLY` and
/// `PYEXEC_PYTHON_WRITE_ACCESS` differ.
fn local_executors(
    settings: &crate::config::Settings,
) -> Result<Arc<dyn Executor>, crate::config::ConfigError> {
    let pythons = &settings.python_per_mode;
    if pythons.read_only == pythons.write_access {
        return Ok(Arc::new(local_executor_with(
            settings,
            &pythons.read_only,
            "PYEXEC_PYTHON_READ_ONLY",
        )?));
    }
    let read_only = local_executor_with(settings, &pythons.read_only, "PYEXEC_PYTHON_READ_ONLY")?;
    let write_access = local_executor_with(
        settings,
        &pythons.write_access,
        "PYEXEC_PYTHON_WRITE_ACCESS",
    )?;
    Ok(Arc::new(ModeExecutors(crate::model::PerMode {
        read_only: Arc::new(read_only),
        write_access: Arc::new(write_access),
    })))
}

/// The local executor the settings describe (`PYEXEC_PYTHON`, timeout, output cap, launcher,
/// `PYEXEC_DATA_DIR/.runtime`); errors name the variable.
pub fn local_executor(
    settings: &crate::config::Settings,
) -> Result<LocalExecutor, crate::config::ConfigError> {
    local_executor_with(settings, &settings.python, "PYEXEC_PYTHON")
}

/// The local executor with interpreter `python`, which `variable` (or `PYEXEC_PYTHON`) set.
fn local_executor_with(
    settings: &crate::config::Settings,
    python: &Path,
    variable: &str,
) -> Result<LocalExecutor, crate::config::ConfigError> {
    use crate::config::ConfigError;
    if !python.is_file() {
        let variable = if python == settings.python {
            "PYEXEC_PYTHON"
        } else {
            variable
        };
        return Err(ConfigError::new(
            variable,
            format!("`{}` does not exist or is not a file", python.display()),
        ));
    }
    let local = local::LocalSettings {
        max_output_bytes: settings.max_output_bytes,
        max_results_bytes: settings.max_results_bytes,
        max_figures: settings.max_figures,
        max_figure_bytes: settings.max_figure_bytes,
        channel_store: settings.mock_channel_store.clone(),
        launcher: settings.local_launcher,
        limits: settings.limits_database()?.map(std::sync::Arc::new),
        sandbox: settings.sandbox,
        mode_env: settings.mode_env.clone(),
        mock_control_system: settings.control_system_type == "mock",
        ..local::LocalSettings::new(python.to_path_buf(), settings.execution_timeout)
    };
    let bwrap = local.sandbox.mode == local::SandboxMode::Bwrap;
    LocalExecutor::new(local, &settings.data_dir.join(".runtime")).map_err(|e| {
        if bwrap {
            // Finding bwrap, the interpreter's prefixes, the probe run: the sandbox's fault.
            ConfigError::new("PYEXEC_SANDBOX", format!("`bwrap` cannot be had: {e}"))
        } else {
            ConfigError::new(
                "PYEXEC_DATA_DIR",
                format!("cannot prepare {}: {e}", settings.data_dir.display()),
            )
        }
    })
}
