//! The retry rules of `pipeline`, driven stage by stage (as the fleet will) with a scripted
//! executor: pure decision logic, so an in-memory executor is the right tool here.

// The scripted answers mirror `Executor::execute`, whose failure carries the partial output.
#![allow(clippy::result_large_err)]

mod common;

use std::sync::Mutex;

use async_trait::async_trait;
use pyexec::analysis::{Analyzer, PatternSet};
use pyexec::config::Settings;
use pyexec::execution::{ExecutionFailure, ExecutionJob, ExecutionOutput, Executor};
use pyexec::generation::mock::{MockGenerator, MockSource};
use pyexec::model::{ErrorCategory, ErrorType, ExecutionRequest, Run, Stage};
use pyexec::pipeline;

/// Returns the scripted answers in order; records the code of every execution.
struct ScriptedExecutor {
    answers: Mutex<Vec<Answer>>,
    executed: Mutex<Vec<String>>,
}

impl ScriptedExecutor {
    fn new(mut answers: Vec<Answer>) -> Self {
        answers.reverse();
        Self {
            answers: Mutex::new(answers),
            executed: Mutex::new(Vec::new()),
        }
    }

    fn executions(&self) -> Vec<String> {
        self.executed.lock().expect("lock").clone()
    }
}

#[async_trait]
impl Executor for ScriptedExecutor {
    async fn execute(&self, job: ExecutionJob<'_>) -> Result<ExecutionOutput, ExecutionFailure> {
        self.executed
            .lock()
            .expect("lock")
            .push(job.code.to_owned());
        self.answers
            .lock()
            .expect("lock")
            .pop()
            .expect("the script has an answer for every execution")
    }
}

type Answer = Result<ExecutionOutput, ExecutionFailure>;

fn ok() -> Answer {
    Ok(ExecutionOutput {
        results: serde_json::from_str(r#"{"value": 42}"#).expect("json"),
        stdout: String::new(),
        stderr: String::new(),
        execution_time: 0.01,
        figure_paths: Vec::new(),
        output_truncated: false,
        figures_truncated: false,
    })
}

fn failure(category: ErrorCategory, kind: &str) -> Answer {
    Err(ExecutionFailure {
        category,
        kind: kind.into(),
        message: format!("scripted {kind}"),
        exception: None,
        traceback: None,
        stdout: "partial".into(),
        stderr: String::new(),
        output_truncated: false,
        execution_time: 0.0,
        code_started: kind != "interpreter_failed",
        limits_violations: Vec::new(),
        write_refusals: Vec::new(),
    })
}

/// Drives a run to its end; approvals are granted.
async fn drive(
    settings: &Settings,
    codes: &[&str],
    request: ExecutionRequest,
    executor: &ScriptedExecutor,
) -> Run {
    let generator = MockGenerator::new(MockSource::Sequence(
        codes.iter().map(|c| c.to_string()).collect(),
    ));
    let analyzer = Analyzer::new(PatternSet::defaults("epics").expect("patterns"));
    let mut run = Run::new("retry-test".into(), request);
    for _ in 0..100 {
        match run.stage {
            Stage::Received => pipeline::start(&mut run, settings),
            Stage::Generating => pipeline::generate(&mut run, &generator, "epics", settings).await,
            Stage::Analyzing => pipeline::analyze(&mut run, &analyzer, settings),
            Stage::AwaitingApproval => {
                let pending = run.pending_approval.clone().expect("pending");
                let decision = pyexec::approval::ApprovalDecision {
                    run_id: pending.run_id,
                    code_sha256: pending.code_sha256,
                    approved: true,
                    approver: "op".into(),
                    reason: None,
                    edited_code: None,
                };
                pipeline::apply_decision(&mut run, &decision, chrono::Utc::now())
                    .expect("decision");
            }
            Stage::Executing => pipeline::execute(&mut run, executor, settings).await,
            _ => break,
        }
    }
    run
}

#[tokio::test]
async fn infrastructure_errors_run_the_same_code_again() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(data.path(), &[]);
    let executor = ScriptedExecutor::new(vec![
        failure(ErrorCategory::Infrastructure, "wrapper_failed"),
        failure(ErrorCategory::Infrastructure, "wrapper_failed"),
        ok(),
    ]);
    let run = drive(
        &settings,
        &["results = {'value': 42}"],
        ExecutionRequest::for_objective("t"),
        &executor,
    )
    .await;
    assert_eq!(run.stage, Stage::Completed, "{:?}", run.error);
    assert_eq!(
        run.attempts.generation, 1,
        "no regeneration for infrastructure errors"
    );
    assert_eq!(run.attempts.attempt, 3);
    let executions = executor.executions();
    assert_eq!(executions.len(), 3);
    assert!(executions.iter().all(|c| c == &executions[0]));
    assert!(
        run.error_chain
            .iter()
            .all(|e| e.error_type == ErrorType::System)
    );
}

#[tokio::test]
async fn max_execution_retries_caps_reexecutions() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(data.path(), &[("PYEXEC_MAX_EXECUTION_RETRIES", "2")]);
    let executor = ScriptedExecutor::new(vec![
        failure(ErrorCategory::Infrastructure, "wrapper_failed"),
        failure(ErrorCategory::Infrastructure, "wrapper_failed"),
    ]);
    let mut request = ExecutionRequest::for_objective("t");
    request.retries = 10;
    let run = drive(&settings, &["results = {'value': 42}"], request, &executor).await;
    assert_eq!(run.stage, Stage::Failed);
    assert_eq!(executor.executions().len(), 2);
    assert_eq!(
        run.error.expect("error").category,
        ErrorCategory::Infrastructure
    );
}

#[tokio::test]
async fn write_mode_code_that_may_have_started_is_never_run_twice() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(
        data.path(),
        &[("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true")],
    );
    let executor = ScriptedExecutor::new(vec![failure(
        ErrorCategory::Infrastructure,
        "wrapper_failed",
    )]);
    let code = "from pyexec_runtime import write_channel\nwrite_channel('X', 1)\nresults = {}";
    let run = drive(
        &settings,
        &[code],
        ExecutionRequest::for_objective("t"),
        &executor,
    )
    .await;
    assert_eq!(run.stage, Stage::Failed);
    assert_eq!(executor.executions().len(), 1);
}

#[tokio::test]
async fn write_mode_code_that_never_started_may_run_again() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(
        data.path(),
        &[("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true")],
    );
    let executor = ScriptedExecutor::new(vec![
        failure(ErrorCategory::Infrastructure, "interpreter_failed"),
        ok(),
    ]);
    let code = "from pyexec_runtime import write_channel\nwrite_channel('X', 1)\nresults = {}";
    let run = drive(
        &settings,
        &[code],
        ExecutionRequest::for_objective("t"),
        &executor,
    )
    .await;
    assert_eq!(run.stage, Stage::Completed, "{:?}", run.error);
    assert_eq!(executor.executions().len(), 2);
}

#[tokio::test]
async fn code_errors_regenerate_and_workflow_errors_end_the_run() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(data.path(), &[]);
    let executor = ScriptedExecutor::new(vec![
        failure(ErrorCategory::CodeRelated, "runtime_error"),
        failure(ErrorCategory::Workflow, "channel_limits_violation"),
    ]);
    let run = drive(
        &settings,
        &[
            "results = {'a': 1}",
            "results = {'b': 2}",
            "results = {'c': 3}",
        ],
        ExecutionRequest::for_objective("t"),
        &executor,
    )
    .await;
    assert_eq!(run.stage, Stage::Failed);
    let executions = executor.executions();
    assert_eq!(executions.len(), 2, "the limits violation is final");
    assert_ne!(executions[0], executions[1], "the code error regenerated");
    assert_eq!(run.error.expect("error").kind, "channel_limits_violation");
}

#[tokio::test]
async fn request_retries_cap_the_total_attempts() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(data.path(), &[("PYEXEC_MAX_EXECUTION_RETRIES", "5")]);
    let executor = ScriptedExecutor::new(vec![
        failure(ErrorCategory::Infrastructure, "wrapper_failed"),
        failure(ErrorCategory::Infrastructure, "wrapper_failed"),
    ]);
    let mut request = ExecutionRequest::for_objective("t");
    request.retries = 2;
    let run = drive(&settings, &["results = {}"], request, &executor).await;
    assert_eq!(run.stage, Stage::Failed);
    assert_eq!(run.attempts.attempt, 2);
}

#[tokio::test]
async fn decisions_for_other_code_or_after_the_decision_change_nothing() {
    let data = tempfile::tempdir().expect("tempdir");
    let settings = common::settings(data.path(), &[("PYEXEC_APPROVAL_MODE", "all_code")]);
    let analyzer = Analyzer::new(PatternSet::defaults("epics").expect("patterns"));
    let mut request = ExecutionRequest::for_objective("t");
    request.approved_code = Some("results = {}".into());
    let mut run = Run::new("decide".into(), request);
    pipeline::start(&mut run, &settings);
    pipeline::analyze(&mut run, &analyzer, &settings);
    assert_eq!(run.stage, Stage::AwaitingApproval);
    let pending = run.pending_approval.clone().expect("pending");
    let mut decision = pyexec::approval::ApprovalDecision {
        run_id: pending.run_id.clone(),
        code_sha256: "0".repeat(64),
        approved: true,
        approver: "op".into(),
        reason: None,
        edited_code: None,
    };
    let now = chrono::Utc::now();
    assert!(pipeline::apply_decision(&mut run, &decision, now).is_err());
    assert_eq!(
        run.stage,
        Stage::AwaitingApproval,
        "a wrong hash changes nothing"
    );
    assert!(
        run.audit
            .iter()
            .any(|e| e.event == "approval_decision_refused")
    );

    decision.code_sha256 = pending.code_sha256.clone();
    pipeline::apply_decision(&mut run, &decision, now).expect("approved");
    assert_eq!(run.stage, Stage::Executing);
    assert!(
        pipeline::apply_decision(&mut run, &decision, now).is_err(),
        "already decided"
    );

    // an expired request cannot be approved, and the run ends `expired`
    let mut late = Run::new("late".into(), run.request.clone());
    pipeline::start(&mut late, &settings);
    pipeline::analyze(&mut late, &analyzer, &settings);
    let pending = late.pending_approval.clone().expect("pending");
    decision.run_id = late.run_id.clone();
    let after = pending.expires_at + chrono::Duration::seconds(1);
    assert!(pipeline::apply_decision(&mut late, &decision, after).is_err());
    assert_eq!(late.stage, Stage::Expired);
    assert_eq!(late.outcome().expect("outcome").status.as_str(), "expired");
}
