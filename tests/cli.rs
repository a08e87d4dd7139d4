//! The real `pyexec` binary: `pyexec run` with --json, exit codes, approval without a TTY,
//! malformed requests, and the outcome's JSON Schema.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn pyexec(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyexec"));
    cmd.args(args)
        .env_remove("RUST_LOG")
        .env("PYEXEC_PYTHON", common::python())
        .env("PYEXEC_DATA_DIR", data)
        .stdin(Stdio::null());
    for (key, value) in env {
        cmd.env(key, value);
    }
    cmd.output().expect("run pyexec")
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

/// Parses stdout as exactly one JSON document.
fn one_outcome(output: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut stream = serde_json::Deserializer::from_str(&stdout).into_iter::<Value>();
    let outcome = stream
        .next()
        .expect("an outcome on stdout")
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {stdout}"));
    assert!(
        stream.next().is_none(),
        "more than one document on stdout: {stdout}"
    );
    outcome
}

fn assert_matches_schema(outcome: &Value) {
    common::assert_matches_schema(outcome, "outcome.schema.json");
}

#[test]
fn run_json_prints_exactly_one_completed_outcome_and_exits_0() {
    let data = tempfile::tempdir().expect("tempdir");
    let output = pyexec(
        data.path(),
        &["run", "--request", &example("request.json"), "--json"],
        &[],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let outcome = one_outcome(&output);
    assert_eq!(outcome["status"], "completed");
    assert_eq!(
        outcome["result"]["execution_result"]["results"]["value"],
        42
    );
    assert_matches_schema(&outcome);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("stage"),
        "progress goes to stderr: {stderr}"
    );
}

#[test]
fn the_readme_command_works_with_the_default_relative_data_dir() {
    let cwd = tempfile::tempdir().expect("tempdir");
    let output = Command::new(env!("CARGO_BIN_EXE_pyexec"))
        .args(["run", "--request", &example("request.json")])
        .current_dir(cwd.path())
        .env_remove("PYEXEC_DATA_DIR")
        .env("PYEXEC_PYTHON", common::python())
        .stdin(Stdio::null())
        .output()
        .expect("run pyexec");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.starts_with("completed"), "{stdout}");
    assert!(stdout.contains("\"value\": 42"), "{stdout}");
    assert!(cwd.path().join("pyexec-data/runs").is_dir());
}

#[test]
fn a_failed_run_exits_1_with_a_schema_valid_outcome() {
    let data = tempfile::tempdir().expect("tempdir");
    let output = pyexec(
        data.path(),
        &["run", "--json", "divide by zero"],
        &[("PYEXEC_MOCK_BEHAVIOR", "runtime_error")],
    );
    assert_eq!(output.status.code(), Some(1));
    let outcome = one_outcome(&output);
    assert_eq!(outcome["status"], "failed");
    assert_eq!(outcome["error"]["category"], "code_related");
    assert_eq!(outcome["error_chain"].as_array().map(Vec::len), Some(3));
    assert_matches_schema(&outcome);
}

#[test]
fn approval_without_a_tty_or_flag_is_rejected_with_the_reason() {
    let data = tempfile::tempdir().expect("tempdir");
    let output = pyexec(
        data.path(),
        &["run", "--request", &example("write-request.json"), "--json"],
        &[("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true")],
    );
    assert_eq!(output.status.code(), Some(1));
    let outcome = one_outcome(&output);
    assert_eq!(outcome["status"], "rejected");
    let message = outcome["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("approval required and no approver available"),
        "{message}"
    );
    assert_matches_schema(&outcome);
}

#[test]
fn reject_flag_rejects_and_approve_flag_executes() {
    let data = tempfile::tempdir().expect("tempdir");
    let plot = example("plot-request.json");
    let env = [("PYEXEC_APPROVAL_MODE", "all_code")];
    let rejected = pyexec(
        data.path(),
        &[
            "run",
            "--request",
            &plot,
            "--json",
            "--reject",
            "--reason",
            "beam time",
        ],
        &env,
    );
    let outcome = one_outcome(&rejected);
    assert_eq!(outcome["status"], "rejected");
    assert_eq!(outcome["approval"]["reason"], "beam time");
    assert!(outcome["result"].is_null());

    let approved = pyexec(
        data.path(),
        &["run", "--request", &plot, "--json", "--approve"],
        &env,
    );
    let outcome = one_outcome(&approved);
    assert_eq!(outcome["status"], "completed", "{outcome}");
    assert_eq!(outcome["approval"]["decision"], "approved");
    assert_eq!(outcome["result"]["execution_result"]["results"]["n"], 5);
    assert_matches_schema(&outcome);
}

#[test]
fn a_malformed_request_fails_with_a_configuration_error_naming_the_field() {
    let data = tempfile::tempdir().expect("tempdir");
    let request = data.path().join("typo.json");
    std::fs::write(
        &request,
        r#"{"user_query": "q", "task_objective": "t", "execution_folder_name": "f", "aproved_code": "x = 1"}"#,
    )
    .expect("write");
    let output = pyexec(
        data.path(),
        &[
            "run",
            "--request",
            request.to_str().expect("utf-8"),
            "--json",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(1));
    let outcome = one_outcome(&output);
    assert_eq!(outcome["status"], "failed");
    assert_eq!(outcome["error"]["category"], "configuration");
    assert_eq!(outcome["error"]["kind"], "invalid_request");
    assert!(
        outcome["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("aproved_code")
    );
    assert_matches_schema(&outcome);
}

#[test]
fn a_bad_setting_exits_2_naming_the_variable() {
    let data = tempfile::tempdir().expect("tempdir");
    let output = pyexec(
        data.path(),
        &["run", "anything"],
        &[("PYEXEC_EXECUTION_TIMEOUT_SECONDS", "ten")],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("PYEXEC_EXECUTION_TIMEOUT_SECONDS"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_timeout_kills_the_process_group_and_keeps_partial_output() {
    let data = tempfile::tempdir().expect("tempdir");
    let request = data.path().join("sleepy.json");
    // multiprocessing is not a security finding, so the run reaches execution; its child
    // shares the process group, which the timeout must kill.
    let code = "import multiprocessing, time\n\ndef sleeper():\n    time.sleep(300)\n\nchild = multiprocessing.Process(target=sleeper)\nchild.start()\nprint('child', child.pid, flush=True)\ntime.sleep(300)\nresults = {}\n";
    let body = serde_json::json!({
        "user_query": "sleep", "task_objective": "sleep", "execution_folder_name": "sleepy",
        "approved_code": code,
    });
    std::fs::write(&request, body.to_string()).expect("write");
    let output = pyexec(
        data.path(),
        &[
            "run",
            "--request",
            request.to_str().expect("utf-8"),
            "--json",
        ],
        &[("PYEXEC_EXECUTION_TIMEOUT_SECONDS", "2")],
    );
    let outcome = one_outcome(&output);
    assert_eq!(outcome["status"], "failed");
    assert_eq!(outcome["error"]["kind"], "timeout", "{outcome}");
    assert_eq!(
        outcome["error_chain"].as_array().map(Vec::len),
        Some(1),
        "a timeout is final"
    );
    let stdout = outcome["error"]["details"]["stdout"]
        .as_str()
        .unwrap_or_default();
    let pid: i32 = stdout
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("partial stdout with the child pid was kept: {stdout:?}"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while process_alive(pid) {
        assert!(
            std::time::Instant::now() < deadline,
            "child {pid} survived the timeout"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// True while `pid` exists and is not a zombie.
fn process_alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('Z'),
        Err(_) => false,
    }
}

#[test]
fn terminal_approval_shows_the_code_and_follows_the_answer() {
    // `script` (util-linux) gives pyexec a pseudo-terminal, as a person at a console would.
    let data = tempfile::tempdir().expect("tempdir");
    let command = format!(
        "{} run --json --request {}",
        env!("CARGO_BIN_EXE_pyexec"),
        example("write-request.json")
    );
    for (answer, status) in [
        ("y\n", "completed"),
        ("n\n", "rejected"),
        ("\n", "rejected"),
    ] {
        let mut child = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env("PYEXEC_PYTHON", common::python())
            .env("PYEXEC_DATA_DIR", data.path())
            .env("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("script(1) from util-linux");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(answer.as_bytes()).expect("answer");
        }
        let output = child.wait_with_output().expect("wait");
        let screen = String::from_utf8_lossy(&output.stdout);
        assert!(screen.contains("approve this code? [y/N]"), "{screen}");
        assert!(
            screen.contains("write_channel('MOCK:SETPOINT', 5.0)"),
            "the code is shown: {screen}"
        );
        assert!(
            screen.contains(&format!("\"status\":\"{status}\"")),
            "answer {answer:?}: {screen}"
        );
    }
}

#[test]
fn analyze_prints_the_record_and_exits_by_verdict() {
    let data = tempfile::tempdir().expect("tempdir");
    let reads = data.path().join("reads.py");
    std::fs::write(
        &reads,
        "import epics\nv = epics.caget('X')\nresults = {'v': v}\n",
    )
    .expect("write");
    let output = pyexec(
        data.path(),
        &["analyze", reads.to_str().expect("utf-8"), "--json"],
        &[],
    );
    assert_eq!(output.status.code(), Some(0));
    let record: Value = serde_json::from_slice(&output.stdout).expect("record JSON");
    assert_eq!(record["has_reads"], true);
    assert_eq!(record["has_writes"], false);
    assert_eq!(record["needs_approval"], false);

    let risky = data.path().join("risky.py");
    std::fs::write(&risky, "import os\nos.system('caput X 1')\nresults = {}\n").expect("write");
    let output = pyexec(
        data.path(),
        &["analyze", risky.to_str().expect("utf-8")],
        &[],
    );
    assert_eq!(output.status.code(), Some(1), "high risk fails analysis");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.starts_with("FAILED") && text.contains("line 2:1"),
        "{text}"
    );

    // An aliased write, with the findings and operations located in the JSON record.
    let aliased = data.path().join("aliased.py");
    std::fs::write(
        &aliased,
        "from epics import caput as w\n\nw('MAG:SP', 150)\nx = eval('1')\nresults = {}\n",
    )
    .expect("write");
    let output = pyexec(
        data.path(),
        &["analyze", aliased.to_str().expect("utf-8"), "--json"],
        &[
            ("PYEXEC_DYNAMIC_ACCESS", "approval"),
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "dynamic access asks, not fails"
    );
    let record: Value = serde_json::from_slice(&output.stdout).expect("record JSON");
    let write = &record["operations"][0];
    assert_eq!(write["operation"], "write");
    assert_eq!(write["target"], "epics.caput");
    assert_eq!(write["channel"], "MAG:SP");
    assert_eq!(
        (write["line"].as_u64(), write["column"].as_u64()),
        (Some(3), Some(1))
    );
    let finding = &record["security_findings"][0];
    assert_eq!(finding["rule"], "dynamic_code");
    assert_eq!(finding["severity"], "medium");
    assert_eq!(finding["line"], 4);
    assert_eq!(record["needs_approval"], true);

    // A file that is not UTF-8 (latin-1 here) is a located syntax failure, still a record.
    let latin1 = data.path().join("latin1.py");
    std::fs::write(
        &latin1,
        b"# -*- coding: latin-1 -*-\nname = '\xe9'\nresults = {}\n",
    )
    .expect("write");
    let output = pyexec(
        data.path(),
        &["analyze", latin1.to_str().expect("utf-8"), "--json"],
        &[],
    );
    assert_eq!(output.status.code(), Some(1), "not UTF-8 fails analysis");
    let record: Value = serde_json::from_slice(&output.stdout).expect("record JSON");
    assert_eq!(record["failure"], "syntax");
    assert_eq!(record["syntax_errors"][0]["line"], 2);
    assert!(
        record["syntax_errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("not UTF-8")),
        "{record}"
    );

    // A misspelt setting is a startup error naming the variable.
    let output = pyexec(
        data.path(),
        &["analyze", aliased.to_str().expect("utf-8")],
        &[("PYEXEC_DYNAMIC_ACCESS", "sometimes")],
    );
    assert_eq!(output.status.code(), Some(2), "configuration error");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("PYEXEC_DYNAMIC_ACCESS"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
