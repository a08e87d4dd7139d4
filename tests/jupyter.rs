//! The Jupyter executor against a real Jupyter Kernel Gateway: each test starts its own
//! `jupyter kernelgateway` from the project virtualenv (next to `PYEXEC_TEST_PYTHON`, else the
//! crate's `.venv`) on a free loopback port, with the shipped `deploy/jupyter` configuration,
//! and stops it at the end. Without the gateway the tests fail and say how to install it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use pyexec::approval::NoApprover;
use pyexec::config::{JupyterGateway, Secret};
use pyexec::embedded::EmbeddedRunner;
use pyexec::execution::jupyter::{JupyterExecutor, JupyterSettings};
use pyexec::execution::{ExecutionFailure, ExecutionJob, ExecutionOutput, Executor};
use pyexec::limits::LimitsDatabase;
use pyexec::model::{ErrorCategory, ExecutionMode, ExecutionRequest, OutcomeStatus};
use serde_json::{Map, Value, json};
use tempfile::TempDir;

/// The project virtualenv's interpreter, as the other tests find it.
fn python() -> PathBuf {
    if let Some(python) = std::env::var_os("PYEXEC_TEST_PYTHON") {
        return python.into();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python")
}

/// A Kernel Gateway of this test's own, stopped (with its kernels) on drop.
struct Gateway {
    child: Child,
    url: String,
    /// The gateway's `auth_token`, if it requires one.
    token: Option<String>,
    _dir: TempDir,
}

impl Gateway {
    fn start() -> Self {
        Self::start_with_token(None)
    }

    fn start_with_token(token: Option<&str>) -> Self {
        let python = python();
        let binary = python.with_file_name("jupyter-kernelgateway");
        assert!(
            binary.is_file(),
            "{} not found: the Jupyter tests need jupyter_kernel_gateway and ipykernel in the \
             project virtualenv (run scripts/test.sh, or `python3 -m venv .venv && .venv/bin/pip \
             install -r requirements-test.txt` and set PYEXEC_TEST_PYTHON=.venv/bin/python)",
            binary.display()
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        // The shipped configuration, copied: jupyter_core writes a `migrated` marker into its
        // config directory, which must not land in the source tree.
        let config = dir.path().join("config");
        std::fs::create_dir(&config).expect("config dir");
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("deploy/jupyter/jupyter_kernel_gateway_config.py");
        std::fs::copy(&shipped, config.join("jupyter_kernel_gateway_config.py"))
            .expect("copy the gateway configuration");
        let log = std::fs::File::create(dir.path().join("gateway.log")).expect("log file");
        let child = {
            use std::os::unix::process::CommandExt;
            Command::new(&binary)
                .arg("--ip=127.0.0.1")
                .arg(format!("--port={port}"))
                .args(token.map(|t| format!("--KernelGatewayApp.auth_token={t}")))
                .env("JUPYTER_CONFIG_DIR", &config)
                .env("JUPYTER_RUNTIME_DIR", dir.path().join("runtime"))
                .env("JUPYTER_DATA_DIR", dir.path().join("data"))
                .env("HOME", dir.path())
                .current_dir(dir.path())
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("log"))
                .stderr(log)
                .process_group(0)
                .spawn()
                .expect("start jupyter kernelgateway")
        };
        let gateway = Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
            token: token.map(str::to_owned),
            _dir: dir,
        };
        gateway.wait_until_up(Duration::from_secs(60));
        gateway
    }

    fn wait_until_up(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            if blocking_kernels(&self.url, self.token.as_deref()).is_ok() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the gateway did not answer within {limit:?}; log:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self._dir.path().join("gateway.log")).unwrap_or_default()
    }

    /// SIGTERM to the gateway's group (it shuts its kernels down), SIGKILL after a deadline.
    fn stop(&mut self) {
        let group = Pid::from_raw(self.child.id() as i32);
        let _ = killpg(group, Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = killpg(group, Signal::SIGKILL);
        let _ = self.child.wait();
    }

    fn settings(&self) -> JupyterSettings {
        let gateway = JupyterGateway {
            url: self.url.clone(),
            token: self.token.clone().map(Secret::new),
            pool_size: 1,
            kernel_read_only: "python3".into(),
            kernel_write_access: "python3".into(),
        };
        JupyterSettings::new(gateway, Duration::from_secs(60))
    }

    /// `GET /api/kernels`, asked again on an error for a few seconds: the gateway answers
    /// 500 when the listing races a kernel's shutdown.
    async fn kernels(&self) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.url.clone();
            let token = self.token.clone();
            match tokio::task::spawn_blocking(move || blocking_kernels(&url, token.as_deref()))
                .await
                .expect("join")
            {
                Ok(kernels) => return kernels,
                Err(error) => assert!(
                    Instant::now() < deadline,
                    "GET /api/kernels kept failing: {error}"
                ),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Polls `GET /api/kernels` until `check` holds, or fails after `limit`.
    async fn until_kernels(&self, limit: Duration, what: &str, check: impl Fn(&[String]) -> bool) {
        let deadline = Instant::now() + limit;
        loop {
            let kernels = self.kernels().await;
            if check(&kernels) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{what}: kernels still {kernels:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The ids `GET /api/kernels` lists (a std-only HTTP/1.0 request; no runtime needed).
fn blocking_kernels(url: &str, token: Option<&str>) -> Result<Vec<String>, String> {
    use std::io::{Read, Write};
    let address = url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    let authorization = token
        .map(|t| format!("Authorization: token {t}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET /api/kernels HTTP/1.0\r\nHost: {address}\r\nAccept: application/json\r\n{authorization}\r\n"
    )
    .map_err(|e| e.to_string())?;
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .map_err(|e| e.to_string())?;
    let (head, body) = response.split_once("\r\n\r\n").ok_or("no HTTP body")?;
    if !head.starts_with("HTTP/1.1 200") && !head.starts_with("HTTP/1.0 200") {
        return Err(head.lines().next().unwrap_or("").to_owned());
    }
    let kernels: Vec<Value> = serde_json::from_str(body).map_err(|e| e.to_string())?;
    Ok(kernels
        .iter()
        .filter_map(|kernel| kernel["id"].as_str().map(str::to_owned))
        .collect())
}

/// An executor on a gateway, with a fresh attempt directory per run.
struct Harness {
    gateway: Gateway,
    executor: Arc<JupyterExecutor>,
    root: TempDir,
    runs: usize,
}

impl Harness {
    fn new() -> Self {
        Self::with(|settings| settings)
    }

    fn with(adjust: impl FnOnce(JupyterSettings) -> JupyterSettings) -> Self {
        let gateway = Gateway::start();
        let executor = JupyterExecutor::new(adjust(gateway.settings())).expect("executor");
        Self {
            gateway,
            executor: Arc::new(executor),
            root: tempfile::tempdir().expect("temp dir"),
            runs: 0,
        }
    }

    fn attempt_dir(&mut self) -> PathBuf {
        self.runs += 1;
        let dir = self.root.path().join(format!("attempt-{}", self.runs));
        std::fs::create_dir(&dir).expect("attempt dir");
        dir
    }

    async fn run(
        &mut self,
        mode: ExecutionMode,
        code: &str,
        context: Option<&Map<String, Value>>,
    ) -> (PathBuf, Result<ExecutionOutput, ExecutionFailure>) {
        let dir = self.attempt_dir();
        let job = ExecutionJob {
            run_id: "run-jupyter-test",
            code,
            mode,
            attempt: 1,
            context,
            attempt_dir: &dir,
        };
        let outcome = self.executor.execute(job).await;
        (dir, outcome)
    }

    /// The pool is back to one kernel per mode, all of them the executor's: nothing leaked.
    async fn assert_only_the_pool_is_left(&self) {
        let executor = Arc::clone(&self.executor);
        self.gateway
            .until_kernels(
                Duration::from_secs(30),
                "only the two pooled kernels should be left",
                move |kernels| {
                    let mut mine = executor.kernel_ids();
                    mine.sort();
                    let mut listed = kernels.to_vec();
                    listed.sort();
                    listed.len() == 2 && listed == mine
                },
            )
            .await;
    }

    async fn assert_shutdown_leaves_no_kernel(&self) {
        self.executor.shutdown().await;
        let kernels = self.gateway.kernels().await;
        assert!(
            kernels.is_empty(),
            "kernels left after shutdown: {kernels:?}"
        );
        assert!(self.executor.kernel_ids().is_empty());
    }
}

fn succeeded(outcome: Result<ExecutionOutput, ExecutionFailure>) -> ExecutionOutput {
    outcome.unwrap_or_else(|failure| panic!("execution failed: {failure:#?}"))
}

fn failed(outcome: Result<ExecutionOutput, ExecutionFailure>) -> ExecutionFailure {
    match outcome {
        Ok(output) => panic!("execution succeeded: {output:#?}"),
        Err(failure) => failure,
    }
}

fn is_png(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|bytes| bytes.starts_with(b"\x89PNG\r\n\x1a\n"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_output_figures_and_context_come_back_like_a_local_run() {
    let mut harness = Harness::new();
    let context = json!({"ring": "SR", "current": 401.5});
    let code = r#"
import sys
import numpy as np
import matplotlib.pyplot as plt
from IPython.display import Image, display

print("hello from the kernel")
print("to stderr", file=sys.stderr)
fig = plt.figure()
plt.plot([1, 2, 3])                     # left open: saved like the local wrapper saves it
buffer = __import__("io").BytesIO()
plt.figure().savefig(buffer, format="png")
plt.close()
display(Image(data=buffer.getvalue()))  # a displayed image
results = {
    "value": 42,
    "ring": context["ring"],
    "array": np.arange(3),
    "nan": float("nan"),
    "figure": fig,
}
"#;
    let (dir, outcome) = harness
        .run(ExecutionMode::ReadOnly, code, context.as_object())
        .await;
    let output = succeeded(outcome);
    assert_eq!(output.results["value"], json!(42));
    assert_eq!(output.results["ring"], json!("SR"));
    // JSON-safe exactly as the local wrapper makes it.
    assert_eq!(output.results["array"], json!([0, 1, 2]));
    assert_eq!(output.results["nan"], json!("NaN"));
    assert_eq!(
        output.results["figure"],
        json!({"_type": "matplotlib_figure"})
    );
    assert_eq!(output.stdout, "hello from the kernel\n");
    assert_eq!(output.stderr, "to stderr\n");
    assert!(output.execution_time > 0.0);
    assert_eq!(output.figure_paths.len(), 2, "{:?}", output.figure_paths);
    for figure in &output.figure_paths {
        assert!(
            figure.starts_with(dir.join("figures")),
            "{}",
            figure.display()
        );
        assert!(is_png(figure), "{} is not a PNG", figure.display());
    }
    let written: Value =
        serde_json::from_slice(&std::fs::read(dir.join("context.json")).expect("context.json"))
            .expect("json");
    assert_eq!(written, context);
    let metadata: Value = serde_json::from_slice(
        &std::fs::read(dir.join("execution_metadata.json")).expect("metadata"),
    )
    .expect("json");
    assert_eq!(metadata["phase"], "finished");
    assert_eq!(metadata["success"], true);

    // A second run gets a fresh kernel: nothing of the first run's state is left.
    let (_, outcome) = harness
        .run(
            ExecutionMode::ReadOnly,
            "import sys\nresults = {'np_loaded': 'numpy' in sys.modules}",
            None,
        )
        .await;
    assert_eq!(succeeded(outcome).results["np_loaded"], json!(false));

    harness.assert_only_the_pool_is_left().await;
    harness.assert_shutdown_leaves_no_kernel().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_runtime_error_is_code_related_with_its_traceback_and_output_is_capped() {
    let mut harness = Harness::with(|settings| JupyterSettings {
        max_output_bytes: 1024,
        ..settings
    });
    let code = "print('before')\ndef f():\n    return 1 / 0\nf()\n";
    let (_, outcome) = harness.run(ExecutionMode::WriteAccess, code, None).await;
    let failure = failed(outcome);
    assert_eq!(failure.category, ErrorCategory::CodeRelated);
    assert_eq!(failure.kind, "runtime_error");
    assert_eq!(failure.message, "ZeroDivisionError: division by zero");
    assert_eq!(failure.exception.as_deref(), Some("ZeroDivisionError"));
    let traceback = failure.traceback.expect("traceback");
    assert!(traceback.contains("code.py\", line 3, in f"), "{traceback}");
    assert!(!traceback.contains("pyexec_wrapper"), "{traceback}");
    assert_eq!(failure.stdout, "before\n");
    assert!(failure.code_started);

    let (_, outcome) = harness
        .run(
            ExecutionMode::WriteAccess,
            "print('x' * 5000)\nresults = {}",
            None,
        )
        .await;
    let output = succeeded(outcome);
    assert!(output.output_truncated);
    assert_eq!(output.stdout.len(), 1024);

    let (_, outcome) = harness.run(ExecutionMode::ReadOnly, "x = 1", None).await;
    assert_eq!(failed(outcome).kind, "missing_results");

    harness.assert_only_the_pool_is_left().await;
    harness.assert_shutdown_leaves_no_kernel().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timeout_interrupts_and_replaces_the_kernel_and_the_pool_keeps_working() {
    let mut harness = Harness::with(|settings| JupyterSettings {
        timeout: Duration::from_secs(2),
        ..settings
    });
    assert!(
        harness
            .executor
            .wait_ready(ExecutionMode::ReadOnly, 1, Duration::from_secs(60))
            .await
    );
    let before = harness.gateway.kernels().await;
    let started = Instant::now();
    let (_, outcome) = harness
        .run(
            ExecutionMode::ReadOnly,
            "import time\nprint('sleeping', flush=True)\ntime.sleep(60)\nresults = {}",
            None,
        )
        .await;
    let failure = failed(outcome);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(failure.kind, "timeout");
    assert_eq!(failure.category, ErrorCategory::Workflow);
    assert!(failure.code_started);
    assert_eq!(failure.stdout, "sleeping\n");
    // The timed-out kernel is gone (not just interrupted).
    let after = harness.gateway.kernels().await;
    let used: Vec<_> = before.iter().filter(|id| !after.contains(id)).collect();
    assert!(
        !used.is_empty(),
        "the timed-out kernel is still listed: {after:?}"
    );

    let (_, outcome) = harness
        .run(
            ExecutionMode::ReadOnly,
            "results = {'after': 'timeout'}",
            None,
        )
        .await;
    assert_eq!(succeeded(outcome).results["after"], json!("timeout"));

    harness.assert_only_the_pool_is_left().await;
    harness.assert_shutdown_leaves_no_kernel().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_stopped_mid_run_is_an_infrastructure_failure_not_a_code_error() {
    let mut harness = Harness::new();
    assert!(
        harness
            .executor
            .wait_ready(ExecutionMode::WriteAccess, 1, Duration::from_secs(60))
            .await
    );
    let marker = harness.root.path().join("started");
    let code = format!(
        "import pathlib, time\npathlib.Path({:?}).write_text('x')\ntime.sleep(60)\nresults = {{}}",
        marker.display().to_string()
    );
    let executor = Arc::clone(&harness.executor);
    let dir = harness.attempt_dir();
    let running = tokio::spawn(async move {
        let job = ExecutionJob {
            run_id: "run-jupyter-stop",
            code: &code,
            mode: ExecutionMode::WriteAccess,
            attempt: 1,
            context: None,
            attempt_dir: &dir,
        };
        executor.execute(job).await
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while !marker.exists() {
        assert!(Instant::now() < deadline, "the code never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    harness.gateway.stop();
    let failure = failed(
        tokio::time::timeout(Duration::from_secs(30), running)
            .await
            .expect("the run ends once the gateway is gone")
            .expect("join"),
    );
    assert_eq!(
        failure.category,
        ErrorCategory::Infrastructure,
        "{failure:#?}"
    );
    assert_eq!(failure.kind, "kernel_failed");
    // Write-mode code that may have started must never be run again.
    assert!(failure.code_started);
    harness.executor.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_write_is_refused_and_limits_hold_in_write_access() {
    let limits =
        LimitsDatabase::from_json_str(r#"{"RANGE": {"min_value": 0, "max_value": 100}}"#, "test")
            .expect("limits");
    let mut harness = Harness::with(|settings| JupyterSettings {
        mock_control_system: true,
        limits: Some(Arc::new(limits)),
        ..settings
    });
    let (_, outcome) = harness
        .run(
            ExecutionMode::ReadOnly,
            "import epics\ntry:\n    epics.caput('RANGE', 5)\nexcept Exception:\n    pass\nresults = {}",
            None,
        )
        .await;
    let failure = failed(outcome);
    assert_eq!(failure.kind, "write_refused", "{failure:#?}");
    assert_eq!(failure.category, ErrorCategory::Workflow);
    assert_eq!(failure.write_refusals.len(), 1);
    assert_eq!(failure.write_refusals[0]["entry_point"], "epics.caput");

    let (_, outcome) = harness
        .run(
            ExecutionMode::WriteAccess,
            "import epics\nepics.caput('RANGE', 150)\nresults = {}",
            None,
        )
        .await;
    let failure = failed(outcome);
    assert_eq!(failure.kind, "channel_limits_violation", "{failure:#?}");
    assert_eq!(failure.limits_violations.len(), 1);
    assert_eq!(failure.limits_violations[0].channel, "RANGE");

    let (_, outcome) = harness
        .run(
            ExecutionMode::WriteAccess,
            "import epics\nepics.caput('RANGE', 50)\nresults = {'ok': True}",
            None,
        )
        .await;
    assert_eq!(succeeded(outcome).results["ok"], json!(true));

    harness.assert_only_the_pool_is_left().await;
    harness.assert_shutdown_leaves_no_kernel().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_embedded_run_with_container_execution_completes_and_leaves_no_kernel() {
    let gateway = Gateway::start();
    let data = tempfile::tempdir().expect("temp dir");
    let settings = common::settings(
        data.path(),
        &[
            ("PYEXEC_EXECUTION_METHOD", "container"),
            ("PYEXEC_JUPYTER_URL", &gateway.url),
        ],
    );
    let runner = EmbeddedRunner::from_settings(settings, Arc::new(NoApprover)).expect("runner");
    let outcome = runner.run(ExecutionRequest::for_objective("compute")).await;
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    let result = outcome.result.expect("result");
    assert_eq!(result.execution_result.results["value"], 42);
    assert!(
        result
            .execution_result
            .stdout
            .contains("computed value = 42"),
        "{}",
        result.execution_result.stdout
    );
    let folder = Path::new(&result.execution_result.folder_path);
    for name in [
        "context.json",
        "results.json",
        "execution_metadata.json",
        "notebook.ipynb",
    ] {
        assert!(
            folder.join(name).is_file(),
            "{name} missing in {}",
            folder.display()
        );
    }
    // code_generation_attempt, pre_execution, execution_attempt and the final notebook
    assert_eq!(common::assert_notebooks_valid(data.path()), 4);
    runner.shutdown().await;
    let kernels = gateway.kernels().await;
    assert!(
        kernels.is_empty(),
        "kernels left after shutdown: {kernels:?}"
    );
}

#[tokio::test]
async fn an_unreachable_gateway_is_an_infrastructure_failure_before_the_code_started() {
    // A port nothing listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let gateway = JupyterGateway {
        url: format!("http://127.0.0.1:{port}"),
        token: None,
        pool_size: 1,
        kernel_read_only: "python3".into(),
        kernel_write_access: "python3".into(),
    };
    let executor = JupyterExecutor::new(JupyterSettings {
        kernel_start_timeout: Duration::from_secs(2),
        ..JupyterSettings::new(gateway, Duration::from_secs(60))
    })
    .expect("executor");
    let dir = tempfile::tempdir().expect("temp dir");
    let job = ExecutionJob {
        run_id: "run-unreachable",
        code: "results = {}",
        mode: ExecutionMode::WriteAccess,
        attempt: 1,
        context: None,
        attempt_dir: dir.path(),
    };
    let failure = failed(executor.execute(job).await);
    assert_eq!(failure.category, ErrorCategory::Infrastructure);
    assert_eq!(failure.kind, "kernel_unavailable");
    assert!(!failure.code_started, "the code never reached a kernel");
    assert!(
        failure.message.contains("cannot connect"),
        "{}",
        failure.message
    );
    executor.shutdown().await;
    assert!(executor.kernel_ids().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_token_is_sent_and_a_wrong_one_is_refused() {
    let gateway = Gateway::start_with_token(Some("t0ken-for-tests"));
    // The right token: runs, and every kernel is deleted at shutdown (DELETE is authorized).
    let executor = JupyterExecutor::new(gateway.settings()).expect("executor");
    let dir = tempfile::tempdir().expect("temp dir");
    let job = ExecutionJob {
        run_id: "run-token",
        code: "results = {'ok': 1}",
        mode: ExecutionMode::ReadOnly,
        attempt: 1,
        context: None,
        attempt_dir: dir.path(),
    };
    assert_eq!(
        succeeded(executor.execute(job).await).results["ok"],
        json!(1)
    );
    executor.shutdown().await;
    assert!(gateway.kernels().await.is_empty());

    // A wrong token: no kernel starts, and the token is not in the message.
    let mut settings = gateway.settings();
    settings.gateway.token = Some(Secret::new("wrong-token"));
    settings.kernel_start_timeout = Duration::from_secs(2);
    let executor = JupyterExecutor::new(settings).expect("executor");
    let failure = failed(executor.execute(job).await);
    assert_eq!(failure.kind, "kernel_unavailable");
    assert!(
        failure.message.contains("401") || failure.message.contains("403"),
        "{}",
        failure.message
    );
    assert!(!failure.message.contains("wrong-token"));
    executor.shutdown().await;
    assert!(gateway.kernels().await.is_empty());
}
