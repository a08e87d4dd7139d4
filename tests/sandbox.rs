//! The `rlimit` sandbox through the real local executor: hostile or runaway code ends with a
//! clear error and the executor keeps serving. (Fork bombs, network isolation, host-file
//! confinement and the worker's processes need the `bwrap` mode: `tests/exploits.rs`.)

mod common;

use std::time::Duration;

use pyexec::config::Settings;
use pyexec::execution::ExecutionFailure;
use pyexec::execution::local::{LocalExecutor, LocalSettings, Sandbox, SandboxMode};
use pyexec::model::ExecutionMode;

struct Runner {
    dir: tempfile::TempDir,
    executor: LocalExecutor,
    runs: usize,
}

impl Runner {
    fn new(sandbox: Sandbox, timeout: Duration) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = LocalSettings {
            sandbox,
            ..LocalSettings::new(common::python(), timeout)
        };
        let executor =
            LocalExecutor::new(settings, &dir.path().join(".runtime")).expect("executor");
        Self {
            dir,
            executor,
            runs: 0,
        }
    }

    async fn run(
        &mut self,
        code: &str,
    ) -> Result<serde_json::Map<String, serde_json::Value>, ExecutionFailure> {
        self.runs += 1;
        let attempt_dir = self.dir.path().join(format!("attempt-{}", self.runs));
        common::execute(&self.executor, &attempt_dir, ExecutionMode::ReadOnly, code)
            .await
            .map(|o| o.results)
    }

    /// The executor still serves: a trivial run completes.
    async fn still_serves(&mut self) {
        let results = self
            .run("results = {'ok': 1}\n")
            .await
            .unwrap_or_else(|f| panic!("the executor stopped serving: {f:#?}"));
        assert_eq!(results["ok"], 1);
    }
}

fn tight() -> Sandbox {
    Sandbox {
        mode: SandboxMode::Rlimit,
        memory_bytes: 1024 * 1024 * 1024,
        max_file_bytes: 8 * 1024 * 1024,
        max_open_files: 64,
        max_processes: 4096,
        ..Sandbox::default()
    }
}

#[tokio::test]
async fn a_memory_bomb_fails_with_memory_error() {
    let mut sandbox = Runner::new(tight(), Duration::from_secs(60));
    let failure = sandbox
        .run("x = bytearray(16 * 1024 ** 3)\nresults = {}\n")
        .await
        .expect_err("16 GiB under a 1 GiB limit");
    assert_eq!(failure.kind, "runtime_error");
    assert_eq!(
        failure.exception.as_deref(),
        Some("MemoryError"),
        "{failure:#?}"
    );
    sandbox.still_serves().await;
}

#[tokio::test]
async fn a_disk_fill_stops_at_the_file_size_limit() {
    let mut sandbox = Runner::new(tight(), Duration::from_secs(60));
    let failure = sandbox
        .run("with open('big.bin', 'wb') as f:\n    for _ in range(64):\n        f.write(b'x' * 1024 * 1024)\nresults = {}\n")
        .await
        .expect_err("64 MiB under an 8 MiB limit");
    assert_eq!(failure.kind, "runtime_error");
    assert!(
        failure.message.contains("File too large")
            || failure.exception.as_deref() == Some("OSError"),
        "{failure:#?}"
    );
    let written = std::fs::metadata(sandbox.dir.path().join("attempt-1/big.bin"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert!(written <= 8 * 1024 * 1024, "{written} bytes written");
    sandbox.still_serves().await;
}

#[tokio::test]
async fn opening_files_without_end_stops_at_the_limit() {
    let mut sandbox = Runner::new(tight(), Duration::from_secs(60));
    let failure = sandbox
        .run("handles = [open('f%d' % i, 'w') for i in range(10000)]\nresults = {}\n")
        .await
        .expect_err("10,000 files under a 64 limit");
    assert!(
        failure.message.contains("Too many open files"),
        "{failure:#?}"
    );
    sandbox.still_serves().await;
}

#[tokio::test]
async fn a_cpu_loop_ends_at_the_timeout() {
    let mut sandbox = Runner::new(tight(), Duration::from_secs(2));
    let failure = sandbox
        .run("while True:\n    pass\n")
        .await
        .expect_err("never ends");
    assert_eq!(failure.kind, "timeout", "{failure:#?}");
    sandbox.still_serves().await;
}

#[tokio::test]
async fn the_workers_secrets_are_not_in_the_codes_environment() {
    // The test binary's environment (CARGO*, HOSTNAME, any PYEXEC_* it has) is the worker's:
    // the code sees only the executor's allowlist.
    let mut sandbox = Runner::new(tight(), Duration::from_secs(60));
    let results = sandbox
        .run("import os\nresults = {'env': sorted(os.environ)}\n")
        .await
        .expect("runs");
    let env: Vec<&str> = results["env"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for secret in [
        "PYEXEC_AMQP_URL",
        "PYEXEC_REDIS_URL",
        "PYEXEC_BASIC_API_KEY",
        "HOSTNAME",
        "CARGO",
    ] {
        assert!(!env.contains(&secret), "{secret} leaked: {env:?}");
    }
    assert!(env.contains(&"PYEXEC_RLIMITS"), "{env:?}");
}

#[tokio::test]
async fn limits_are_off_in_mode_none_and_unknown_modes_are_refused_at_start_up() {
    let mut sandbox = Runner::new(
        Sandbox {
            mode: SandboxMode::None,
            ..tight()
        },
        Duration::from_secs(60),
    );
    let results = sandbox
        .run("import os\nresults = {'limited': 'PYEXEC_RLIMITS' in os.environ}\n")
        .await
        .expect("runs");
    assert_eq!(results["limited"], false);

    let err = Settings::from_vars([("PYEXEC_SANDBOX".to_owned(), "jail".to_owned())])
        .expect_err("unknown mode");
    assert!(err.to_string().contains("jail"), "{err}");
}

#[tokio::test]
async fn each_execution_mode_gets_its_own_environment() {
    let settings = Settings::from_vars([
        (
            "PYEXEC_ENV_READ_ONLY".to_owned(),
            r#"{"EPICS_CA_ADDR_LIST": "gateway-ro:5064"}"#.to_owned(),
        ),
        (
            "PYEXEC_ENV_WRITE_ACCESS".to_owned(),
            r#"{"EPICS_CA_ADDR_LIST": "gateway-rw:5064", "EXTRA": "1"}"#.to_owned(),
        ),
    ])
    .expect("settings");
    let dir = tempfile::tempdir().expect("tempdir");
    let executor = LocalExecutor::new(
        LocalSettings {
            mode_env: settings.mode_env.clone(),
            ..LocalSettings::new(common::python(), Duration::from_secs(60))
        },
        &dir.path().join(".runtime"),
    )
    .expect("executor");
    let code = "import os\nresults = {'gw': os.environ.get('EPICS_CA_ADDR_LIST'), 'extra': os.environ.get('EXTRA')}\n";
    for (mode, gateway, extra) in [
        (
            ExecutionMode::ReadOnly,
            "gateway-ro:5064",
            serde_json::Value::Null,
        ),
        (
            ExecutionMode::WriteAccess,
            "gateway-rw:5064",
            serde_json::json!("1"),
        ),
    ] {
        let attempt_dir = dir.path().join(format!("{mode:?}"));
        let results = common::execute(&executor, &attempt_dir, mode, code)
            .await
            .expect("runs")
            .results;
        assert_eq!(results["gw"], gateway, "{mode:?}");
        assert_eq!(results["extra"], extra, "{mode:?}");
    }

    for (value, needle) in [
        (
            r#"{"PYEXEC_EXECUTION_MODE": "write_access"}"#,
            "cannot be overridden",
        ),
        (r#"["not", "an", "object"]"#, "JSON object"),
        (r#"{"BAD-NAME": "x"}"#, "not a valid variable name"),
    ] {
        let err = Settings::from_vars([("PYEXEC_ENV_READ_ONLY".to_owned(), value.to_owned())])
            .expect_err(value);
        let text = err.to_string();
        assert!(
            text.contains("PYEXEC_ENV_READ_ONLY") && text.contains(needle),
            "{text}"
        );
    }
}

#[tokio::test]
async fn each_execution_mode_runs_its_own_interpreter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let read_only = std::path::PathBuf::from("/usr/bin/python3");
    let venv = dir.path().join("venv-write");
    let created = std::process::Command::new(&read_only)
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .status()
        .expect("python -m venv");
    assert!(created.success());
    let write_access = venv.join("bin/python");
    let settings = common::settings(
        dir.path(),
        &[
            ("PYEXEC_PYTHON_READ_ONLY", &read_only.display().to_string()),
            (
                "PYEXEC_PYTHON_WRITE_ACCESS",
                &write_access.display().to_string(),
            ),
        ],
    );
    let executor = pyexec::execution::executor(&settings).expect("executor");
    let code = "import sys\nresults = {'interpreter': sys.executable}\n";
    for (mode, interpreter) in [
        (ExecutionMode::ReadOnly, read_only.display().to_string()),
        (
            ExecutionMode::WriteAccess,
            write_access.display().to_string(),
        ),
    ] {
        let attempt_dir = dir.path().join(format!("{mode:?}"));
        let results = common::execute(executor.as_ref(), &attempt_dir, mode, code)
            .await
            .unwrap_or_else(|f| panic!("{mode:?}: {f:#?}"))
            .results;
        assert_eq!(results["interpreter"], interpreter.as_str(), "{mode:?}");
    }

    let missing = common::settings(
        dir.path(),
        &[("PYEXEC_PYTHON_WRITE_ACCESS", "/nonexistent/python3")],
    );
    let err = pyexec::execution::executor(&missing)
        .err()
        .expect("a missing interpreter is a startup error");
    assert!(
        err.to_string().contains("PYEXEC_PYTHON_WRITE_ACCESS"),
        "{err}"
    );
}
