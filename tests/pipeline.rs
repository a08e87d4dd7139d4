//! End-to-end runs of the embedded pipeline through the library: mock generator, real
//! analysis, real `python` execution, real files. One private data directory per test.

mod common;

use std::path::Path;
use std::sync::Arc;

use pyexec::approval::{Approver, FixedApprover, NoApprover};
use pyexec::embedded::EmbeddedRunner;
use pyexec::model::{ErrorCategory, ErrorType, ExecutionRequest, OutcomeStatus, Run, Stage};

fn runner(data: &Path, overrides: &[(&str, &str)], approver: Arc<dyn Approver>) -> EmbeddedRunner {
    EmbeddedRunner::from_settings(common::settings(data, overrides), approver).expect("runner")
}

async fn run_behavior(data: &Path, behavior: &str, extra: &[(&str, &str)]) -> Run {
    let mut overrides = vec![("PYEXEC_MOCK_BEHAVIOR", behavior)];
    overrides.extend_from_slice(extra);
    runner(data, &overrides, Arc::new(NoApprover))
        .run_to_end(
            "test-run-0001".into(),
            ExecutionRequest::for_objective("compute"),
        )
        .await
}

fn executed(run: &Run) -> bool {
    run.audit.iter().any(|e| e.event == "execution_started")
}

fn asked_for_approval(run: &Run) -> bool {
    run.audit.iter().any(|e| e.event == "approval_requested")
}

fn approve() -> Arc<dyn Approver> {
    Arc::new(FixedApprover {
        approve: true,
        approver: "test-operator".into(),
        reason: Some("looks right".into()),
    })
}

fn reject() -> Arc<dyn Approver> {
    Arc::new(FixedApprover {
        approve: false,
        approver: "test-operator".into(),
        reason: Some("not now".into()),
    })
}

#[tokio::test]
async fn success_completes_with_value_42_and_valid_notebooks() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(data.path(), "success", &[]).await;
    let outcome = run.outcome().expect("finished");
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
            .contains("computed value = 42")
    );
    assert_eq!(result.generation_attempt, 1);
    assert!(outcome.error_chain.is_empty());
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
    assert!(result.execution_result.notebook_link.starts_with("file://"));
    // code_generation_attempt, pre_execution, execution_attempt and the final notebook
    assert_eq!(common::assert_notebooks_valid(data.path()), 4);
}

#[tokio::test]
async fn syntax_error_fails_after_exactly_retries_attempts() {
    for retries in [3u32, 2] {
        let data = tempfile::tempdir().expect("tempdir");
        let mut request = ExecutionRequest::for_objective("compute");
        request.retries = retries;
        let run = runner(
            data.path(),
            &[("PYEXEC_MOCK_BEHAVIOR", "syntax_error")],
            Arc::new(NoApprover),
        )
        .run_to_end("syntax".into(), request)
        .await;
        let outcome = run.outcome().expect("finished");
        assert_eq!(outcome.status, OutcomeStatus::Failed);
        assert_eq!(outcome.error_chain.len(), retries as usize);
        assert!(
            outcome
                .error_chain
                .iter()
                .all(|e| e.error_type == ErrorType::Syntax)
        );
        let attempts: Vec<u32> = outcome.error_chain.iter().map(|e| e.attempt).collect();
        assert_eq!(attempts, (1..=retries).collect::<Vec<_>>());
        let error = outcome.error.expect("error");
        assert_eq!(
            (error.category, error.kind.as_str()),
            (ErrorCategory::CodeRelated, "syntax_error")
        );
        assert!(!executed(&run), "code that does not parse must never run");
        common::assert_notebooks_valid(data.path());
    }
}

#[tokio::test]
async fn max_generation_retries_caps_generations_below_the_request_retries() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut request = ExecutionRequest::for_objective("compute");
    request.retries = 10;
    let run = runner(
        data.path(),
        &[
            ("PYEXEC_MOCK_BEHAVIOR", "syntax_error"),
            ("PYEXEC_MAX_GENERATION_RETRIES", "2"),
        ],
        Arc::new(NoApprover),
    )
    .run_to_end("capped".into(), request)
    .await;
    assert_eq!(run.attempts.generation, 2);
    assert_eq!(run.error_chain.len(), 2);
}

#[tokio::test]
async fn runtime_error_fails_as_a_code_error_naming_the_exception() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(data.path(), "runtime_error", &[]).await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    let error = outcome.error.expect("error");
    assert_eq!(error.category, ErrorCategory::CodeRelated);
    assert_eq!(error.kind, "runtime_error");
    assert!(
        error.message.contains("ZeroDivisionError"),
        "{}",
        error.message
    );
    assert_eq!(error.details["exception"], "ZeroDivisionError");
    assert_eq!(outcome.error_chain.len(), 3);
    let entry = &outcome.error_chain[0];
    assert_eq!(entry.error_type, ErrorType::Execution);
    assert!(
        entry
            .traceback
            .as_deref()
            .unwrap_or("")
            .contains("ZeroDivisionError")
    );
    assert!(
        entry
            .failed_code
            .as_deref()
            .unwrap_or("")
            .contains("denominator")
    );
    common::assert_notebooks_valid(data.path());
}

#[tokio::test]
async fn missing_results_fails_as_a_code_error() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(data.path(), "missing_results", &[]).await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    let error = outcome.error.expect("error");
    assert_eq!(
        (error.category, error.kind.as_str()),
        (ErrorCategory::CodeRelated, "missing_results")
    );
    assert!(error.message.contains("results"), "{}", error.message);
    assert!(
        outcome
            .analysis
            .expect("analysis")
            .warnings
            .iter()
            .any(|w| w.contains("results"))
    );
}

#[tokio::test]
async fn channel_write_with_writes_disabled_is_blocked_and_never_executed() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(data.path(), "channel_write", &[]).await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    assert_eq!(outcome.error.expect("error").kind, "writes_disabled");
    assert!(!executed(&run));
    assert!(
        !asked_for_approval(&run),
        "blocked writes are never offered for approval"
    );
    assert!(
        outcome
            .error_chain
            .iter()
            .all(|e| e.error_type == ErrorType::Analysis)
    );
}

#[tokio::test]
async fn channel_write_with_writes_enabled_goes_to_approval() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(
        data.path(),
        "channel_write",
        &[
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_APPROVAL_MODE", "control_writes"),
        ],
    )
    .await;
    assert!(asked_for_approval(&run));
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Rejected);
    let error = outcome.error.expect("error");
    assert!(
        error
            .message
            .contains("approval required and no approver available"),
        "{}",
        error.message
    );
    assert!(!executed(&run));
    let analysis = outcome.analysis.expect("analysis");
    assert!(analysis.has_writes && analysis.needs_approval);
    assert_eq!(analysis.recommended_execution_mode.as_str(), "write_access");
}

#[tokio::test]
async fn channel_read_needs_no_approval_under_control_writes() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(
        data.path(),
        "channel_read",
        &[("PYEXEC_APPROVAL_MODE", "control_writes")],
    )
    .await;
    assert!(!asked_for_approval(&run));
    let analysis = run.analysis.clone().expect("analysis");
    assert!(analysis.has_reads && !analysis.has_writes && !analysis.needs_approval);
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    assert_eq!(
        outcome.result.expect("result").execution_result.results["channel"],
        "MOCK:BEAM:CURRENT"
    );
}

#[tokio::test]
async fn an_approved_write_runs_in_write_access_mode_and_is_recorded() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = runner(
        data.path(),
        &[
            ("PYEXEC_MOCK_BEHAVIOR", "channel_write"),
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
        ],
        approve(),
    )
    .run_to_end("write".into(), ExecutionRequest::for_objective("set"))
    .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    let store = std::fs::read_to_string(data.path().join(".runtime/channels/channels.json"))
        .expect("channel store");
    assert!(store.contains("MOCK:SETPOINT"), "{store}");
    let folder = Path::new(run.folder.as_deref().expect("folder"));
    let log =
        std::fs::read_to_string(folder.join("attempts/01_write/execution/channel_writes.jsonl"))
            .expect("write log");
    assert!(log.contains("\"value\": 5.0"), "{log}");
}

#[tokio::test]
async fn a_write_that_analysis_missed_is_refused_at_run_time_in_read_only_mode() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut request = ExecutionRequest::for_objective("sneaky");
    // A value carried by an exception Python raises itself (a missing key's `KeyError`) is
    // beyond static analysis (docs/analysis.md, "What cannot be detected"); the runtime
    // refuses the write.
    request.approved_code = Some(
        "import pyexec_runtime\n\ntry:\n    {}[pyexec_runtime.write_channel]\nexcept KeyError as missing:\n    missing.args[0]('MOCK:SETPOINT', 9.0)\nresults = {}\n".into(),
    );
    let run = runner(data.path(), &[], Arc::new(NoApprover))
        .run_to_end("sneaky".into(), request)
        .await;
    let outcome = run.outcome().expect("finished");
    assert!(
        !outcome.analysis.as_ref().expect("analysis").has_writes,
        "the premise: analysis misses this write"
    );
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    assert!(
        outcome
            .error
            .expect("error")
            .message
            .contains("ChannelWriteRefused")
    );
    assert!(
        !data.path().join(".runtime/channels/channels.json").exists(),
        "nothing was written"
    );
}

#[tokio::test]
async fn security_risk_fails_analysis_and_never_runs() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(data.path(), "security_risk", &[]).await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    let error = outcome.error.expect("error");
    assert_eq!(error.kind, "security_risk");
    let analysis = outcome.analysis.expect("analysis");
    assert!(!analysis.passed);
    assert_eq!(format!("{:?}", analysis.security_risk), "High");
    assert!(!executed(&run));
}

#[tokio::test]
async fn error_aware_completes_on_attempt_2() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(data.path(), "error_aware", &[]).await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    let result = outcome.result.expect("result");
    assert_eq!(result.generation_attempt, 2);
    assert_eq!(outcome.error_chain.len(), 1);
    assert!(
        result.execution_result.results["fixed_error"]
            .as_str()
            .unwrap_or("")
            .contains("IndexError")
    );
    common::assert_notebooks_valid(data.path());
}

#[tokio::test]
async fn a_sequence_completes_on_attempt_2_with_one_chain_entry() {
    let data = tempfile::tempdir().expect("tempdir");
    let sequence = data.path().join("sequence.json");
    std::fs::write(&sequence, r#"["def broken(", "results = {'value': 42}"]"#).expect("write");
    let run = runner(
        data.path(),
        &[(
            "PYEXEC_MOCK_SEQUENCE_FILE",
            sequence.to_str().expect("utf-8"),
        )],
        Arc::new(NoApprover),
    )
    .run_to_end("seq".into(), ExecutionRequest::for_objective("compute"))
    .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    assert_eq!(outcome.result.expect("result").generation_attempt, 2);
    assert_eq!(outcome.error_chain.len(), 1);
    assert_eq!(outcome.error_chain[0].error_type, ErrorType::Syntax);
}

#[tokio::test]
async fn a_rejected_run_never_executes() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = runner(
        data.path(),
        &[
            ("PYEXEC_MOCK_BEHAVIOR", "success"),
            ("PYEXEC_APPROVAL_MODE", "all_code"),
        ],
        reject(),
    )
    .run_to_end(
        "rejected".into(),
        ExecutionRequest::for_objective("compute"),
    )
    .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Rejected);
    let approval = outcome.approval.expect("approval record");
    assert_eq!(approval.approver.as_deref(), Some("test-operator"));
    assert_eq!(approval.reason.as_deref(), Some("not now"));
    assert!(!executed(&run));
    let folder = Path::new(run.folder.as_deref().expect("folder"));
    assert!(!folder.join("results.json").exists());
}

#[tokio::test]
async fn an_approved_run_executes_and_reports_the_approval() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = runner(
        data.path(),
        &[("PYEXEC_APPROVAL_MODE", "all_code")],
        approve(),
    )
    .run_to_end(
        "approved".into(),
        ExecutionRequest::for_objective("compute"),
    )
    .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    let approval = outcome.approval.expect("approval");
    assert_eq!(approval.code_sha256, run.code.expect("code").sha256);
}

#[tokio::test]
async fn an_unknown_approval_mode_fails_secure() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = run_behavior(
        data.path(),
        "success",
        &[("PYEXEC_APPROVAL_MODE", "selective")],
    )
    .await;
    assert!(asked_for_approval(&run));
    assert_eq!(run.stage, Stage::Rejected);
}

#[tokio::test]
async fn approved_code_is_still_analysed_and_needs_approval() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut request = ExecutionRequest::for_objective("set it");
    request.approved_code = Some(
        "from pyexec_runtime import write_channel\nwrite_channel('X', 1)\nresults = {}\n".into(),
    );
    let run = runner(
        data.path(),
        &[("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true")],
        Arc::new(NoApprover),
    )
    .run_to_end("caller-code".into(), request)
    .await;
    assert!(
        asked_for_approval(&run),
        "caller-supplied code is never a bypass"
    );
    assert_eq!(run.stage, Stage::Rejected);
    assert_eq!(run.attempts.generation, 0, "approved_code skips generation");
}

#[tokio::test]
async fn failing_approved_code_ends_after_one_attempt() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut request = ExecutionRequest::for_objective("divide");
    request.approved_code = Some("x = 1 / 0\nresults = {'x': x}\n".into());
    let run = runner(data.path(), &[], Arc::new(NoApprover))
        .run_to_end("caller-fails".into(), request)
        .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    assert_eq!(outcome.error_chain.len(), 1);
    assert_eq!(run.attempts.generation, 0);
    assert!(
        outcome
            .error
            .expect("error")
            .message
            .contains("cannot be regenerated")
    );
}

#[tokio::test]
async fn context_data_reaches_the_code_and_the_folder() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut request = ExecutionRequest::for_objective("sum");
    request.capability_context_data =
        Some(serde_json::from_str(r#"{"archiver": {"values": [1, 2, 3.5]}}"#).expect("json"));
    request.approved_code =
        Some("results = {'total': sum(context['archiver']['values'])}\n".into());
    let run = runner(data.path(), &[], Arc::new(NoApprover))
        .run_to_end("ctx".into(), request)
        .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    let result = outcome.result.expect("result").execution_result;
    assert_eq!(result.results["total"], 6.5);
    let context = std::fs::read_to_string(Path::new(&result.folder_path).join("context.json"))
        .expect("context.json");
    assert!(context.contains("archiver"));
}

#[tokio::test]
async fn a_matplotlib_plot_yields_a_png_in_figure_paths() {
    if !common::python_has("matplotlib") {
        assert!(
            std::env::var_os("PYEXEC_TEST_ALLOW_NO_MATPLOTLIB").is_some(),
            "matplotlib missing from {}; run scripts/test.sh",
            common::python().display()
        );
        return;
    }
    let data = tempfile::tempdir().expect("tempdir");
    let mut request = ExecutionRequest::for_objective("plot");
    request.approved_code = Some(
        "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [2, 4, 1])\nplt.title('beam')\nresults = {'points': 3}\n"
            .into(),
    );
    let run = runner(data.path(), &[], Arc::new(NoApprover))
        .run_to_end("plot".into(), request)
        .await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(
        outcome.status,
        OutcomeStatus::Completed,
        "{:?}",
        outcome.error
    );
    let figures = outcome
        .result
        .expect("result")
        .execution_result
        .figure_paths;
    assert_eq!(figures.len(), 1, "{figures:?}");
    let bytes = std::fs::read(&figures[0]).expect("figure");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    // pre_execution, execution_attempt and the final notebook (no generation: approved code)
    assert_eq!(common::assert_notebooks_valid(data.path()), 3);
}

#[tokio::test]
async fn a_literal_write_outside_the_limits_ends_the_run_at_analysis_without_regenerating() {
    let data = tempfile::tempdir().expect("tempdir");
    let code = data.path().join("code.py");
    std::fs::write(
        &code,
        "from pyexec_runtime import write_channel as w\nw('MAG:QF1:CURRENT_SP', 150)\nresults = {}\n",
    )
    .expect("code");
    let limits = data.path().join("limits.json");
    std::fs::write(
        &limits,
        r#"{"MAG:QF1:CURRENT_SP": {"min_value": 0, "max_value": 100, "max_step": 10}}"#,
    )
    .expect("limits");
    let run = runner(
        data.path(),
        &[
            ("PYEXEC_MOCK_CODE_FILE", code.to_str().expect("utf-8")),
            ("PYEXEC_LIMITS_FILE", limits.to_str().expect("utf-8")),
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
        ],
        approve(),
    )
    .run_to_end(
        "test-run-0001".into(),
        ExecutionRequest::for_objective("set the quadrupole"),
    )
    .await;
    let outcome = run.outcome().expect("finished");
    common::assert_matches_schema(
        &serde_json::to_value(&outcome).expect("outcome JSON"),
        "outcome.schema.json",
    );
    let analysis = outcome.analysis.as_ref().expect("analysis");
    assert_eq!(
        analysis.operations[0].channel.as_deref(),
        Some("MAG:QF1:CURRENT_SP")
    );
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    let error = outcome.error.expect("error");
    assert_eq!(error.kind, "channel_limits_violation");
    assert_eq!(error.category, ErrorCategory::Workflow);
    let violation = &error.details["violations"][0];
    assert_eq!(violation["violation_type"], "MAX_EXCEEDED");
    assert_eq!(violation["channel"], "MAG:QF1:CURRENT_SP");
    assert_eq!(violation["attempted_value"], 150.0);
    assert_eq!(outcome.error_chain.len(), 1, "not regenerated");
    assert!(!executed(&run) && !asked_for_approval(&run));
}
