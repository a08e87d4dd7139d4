//! The pipeline: one function per stage that takes a [`Run`], does that stage's work, and
//! moves the run to its next stage. The retry rules live here and nowhere else.
//!
//! ```text
//! received ─→ generating ─→ analyzing ─┬→ executing ─→ completed
//!    │            ▲              │     └→ awaiting_approval ─┬→ executing
//!    └ approved_code ───────────→┘                           ├→ analyzing (edited code)
//!                 │                                          ├→ rejected
//!                 └──── code error, budget left ─────────────┴→ expired
//! ```
//! - code errors (syntax, failed analysis, runtime error, missing `results`, empty generator
//!   answer) regenerate with the error chain, up to `max_generation_retries` generations;
//! - infrastructure errors run the same code again, up to `max_execution_retries` executions
//!   of that code (never for write-mode code that may have started);
//! - limits violations, timeouts, configuration errors and rejections end the run;
//! - the request's `retries` caps the run-wide attempt number;
//! - with `approved_code` there is nothing to regenerate: a code error ends the run.
//!
//! Nothing here knows about AMQP or Redis: the embedded runner calls these functions in a
//! loop, the fleet calls one per delivery and persists the run between them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::analysis::{AnalysisFailure, AnalysisRecord, Analyzer};
use crate::approval::{ApprovalDecision, ApprovalRecord, ApprovalRequest, ApprovalVerdict};
use crate::config::Settings;
use crate::execution::notebook::{self, ExecutionCells, NotebookKind, NotebookSpec};
use crate::execution::{ExecutionFailure, ExecutionJob, Executor, RunFolder};
use crate::generation::{CodeGenerator, GenerationError, GenerationInput};
use crate::model::error::cut_middle;
use crate::model::{
    CodeOrigin, CodeVersion, ErrorCategory, ErrorChainEntry, ErrorType, ExecutionMode,
    ExecutionResult, Run, RunError, Stage,
};

/// Most characters of partial output kept in a failed run's error details.
const ERROR_OUTPUT_CHARS: usize = 8_000;

/// Received → generating (or analyzing, for caller-supplied code). Creates the run folder and
/// `context.json`; a folder that cannot be made ends the run.
pub fn start(run: &mut Run, settings: &Settings) {
    debug_assert_eq!(run.stage, Stage::Received);
    run.record("received", json!({"retries": run.request.retries}));
    let folder = match RunFolder::create(&settings.data_dir, run) {
        Ok(folder) => folder,
        Err(err) => {
            let kind = if err.kind() == std::io::ErrorKind::PermissionDenied
                || err.kind() == std::io::ErrorKind::NotFound
            {
                (ErrorCategory::Configuration, "invalid_run_folder")
            } else {
                (ErrorCategory::Infrastructure, "run_folder_unavailable")
            };
            let error = RunError::new(
                kind.0,
                kind.1,
                format!("cannot prepare the run folder: {err}"),
            );
            run.finish(Stage::Failed, Some(error));
            return;
        }
    };
    if let Err(err) = folder.write_context(run.request.capability_context_data.as_ref()) {
        tracing::warn!(run.id = %run.run_id, error = %err, "cannot write context.json");
    }
    run.folder = Some(folder.root().display().to_string());
    match run.request.approved_code.clone() {
        Some(code) => {
            run.attempts.attempt = 1;
            run.code = Some(CodeVersion::new(code, CodeOrigin::Caller, 1));
            run.record("code_supplied", json!({"origin": "caller"}));
            run.stage = Stage::Analyzing;
        }
        None => run.stage = Stage::Generating,
    }
}

/// Generating → analyzing, or (on failure) generating again / failed.
pub async fn generate(
    run: &mut Run,
    generator: &dyn CodeGenerator,
    control_system_type: &str,
    settings: &Settings,
) {
    debug_assert_eq!(run.stage, Stage::Generating);
    run.attempts.generation += 1;
    run.attempts.attempt += 1;
    run.attempts.execution = 0;
    let attempt = run.attempts.attempt;
    let input = GenerationInput {
        request: &run.request,
        error_chain: &run.error_chain,
        generation_attempt: run.attempts.generation,
        control_system_type,
        writes_enabled: settings.control_system_writes_enabled,
    };
    let generated = generator
        .generate(input)
        .await
        .and_then(|g| match g.code.trim().is_empty() {
            true => Err(GenerationError::NoCode("the answer was empty".into())),
            false => Ok(g),
        });
    match generated {
        Ok(generated) => {
            let mut version = CodeVersion::new(generated.code, CodeOrigin::Generated, attempt);
            version.generation = Some(generated.metadata);
            run.record(
                "code_generated",
                json!({"attempt": attempt, "generator": generator.name(), "code_sha256": version.sha256}),
            );
            run.code = Some(version);
            run.analysis = None;
            write_notebook(run, NotebookKind::CodeGenerationAttempt, None);
            run.stage = Stage::Analyzing;
        }
        Err(err) => {
            run.error_chain.push(ErrorChainEntry {
                error_type: ErrorType::Generation,
                message: err.to_string(),
                failed_code: None,
                traceback: None,
                attempt,
                stage: "generation".into(),
                issues: Vec::new(),
            });
            let error = RunError::new(err.category(), err.kind(), err.to_string());
            match err.category() {
                ErrorCategory::CodeRelated | ErrorCategory::Infrastructure => {
                    regenerate_or_fail(run, settings, error)
                }
                _ => fail(run, error),
            }
        }
    }
}

/// Analyzing → executing, awaiting_approval, or (failed analysis) generating / failed.
pub fn analyze(run: &mut Run, analyzer: &Analyzer, settings: &Settings) {
    debug_assert_eq!(run.stage, Stage::Analyzing);
    let Some(code) = run.code.clone() else {
        let error = RunError::new(
            ErrorCategory::Workflow,
            "no_code",
            "analysis reached without code",
        );
        return fail(run, error);
    };
    let record = analyzer.analyze(&code.code, &settings.approval_policy());
    run.execution_mode = Some(record.recommended_execution_mode);
    run.analysis = Some(record.clone());
    run.record(
        "analyzed",
        json!({
            "attempt": run.attempts.attempt,
            "passed": record.passed,
            "has_writes": record.has_writes,
            "needs_approval": record.needs_approval,
        }),
    );
    if let Some(failure) = record.failure {
        let (error_type, kind) = match failure {
            AnalysisFailure::Syntax => (ErrorType::Syntax, "syntax_error"),
            AnalysisFailure::SecurityRisk => (ErrorType::Analysis, "security_risk"),
            AnalysisFailure::WritesDisabled => (ErrorType::Analysis, "writes_disabled"),
            AnalysisFailure::LimitsViolation => (ErrorType::Analysis, "channel_limits_violation"),
        };
        let message = format!("analysis failed: {}", record.issues.join("; "));
        run.error_chain.push(ErrorChainEntry {
            error_type,
            message: message.clone(),
            failed_code: Some(code.code.clone()),
            traceback: None,
            attempt: run.attempts.attempt,
            stage: "analysis".into(),
            issues: record.issues.clone(),
        });
        if failure == AnalysisFailure::LimitsViolation {
            // A limit is the facility's decision, not a bug to regenerate around: the run
            // ends with the violations, before anything runs.
            let error = RunError::new(ErrorCategory::Workflow, kind, message)
                .with_detail("violations", json!(record.limits_violations));
            return fail(run, error);
        }
        let error = RunError::new(ErrorCategory::CodeRelated, kind, message)
            .with_detail("issues", json!(record.issues));
        return regenerate_or_fail(run, settings, error);
    }
    let notebook = write_notebook(run, NotebookKind::PreExecution, None);
    if record.needs_approval {
        run.pending_approval = Some(approval_request(run, &code, &record, notebook, settings));
        run.record("approval_requested", json!({"code_sha256": code.sha256}));
        run.stage = Stage::AwaitingApproval;
    } else {
        run.stage = Stage::Executing;
    }
}

fn approval_request(
    run: &Run,
    code: &CodeVersion,
    record: &AnalysisRecord,
    notebook: Option<PathBuf>,
    settings: &Settings,
) -> ApprovalRequest {
    let created_at = Utc::now();
    let ttl =
        chrono::Duration::from_std(settings.approval_timeout).unwrap_or(chrono::Duration::hours(1));
    let mut safety_concerns: Vec<String> = record
        .operations
        .iter()
        .filter(|m| m.operation == crate::analysis::Access::Write)
        .map(|m| {
            let channel = m
                .channel
                .as_deref()
                .map(|c| format!(" to {c}"))
                .unwrap_or_default();
            let how = match m.evidence {
                crate::analysis::Evidence::Resolved => "",
                crate::analysis::Evidence::Pattern => " (matched a configured pattern)",
                crate::analysis::Evidence::Unverified => " (dynamic access: cannot be ruled out)",
            };
            format!(
                "line {}: control-system write{channel} via {}{how}",
                m.line, m.target
            )
        })
        .collect();
    safety_concerns.extend(record.warnings.iter().cloned());
    if record.recommended_execution_mode == ExecutionMode::WriteAccess {
        safety_concerns.push("the code will run with write access to the control system".into());
    }
    ApprovalRequest {
        run_id: run.run_id.clone(),
        code: code.code.clone(),
        code_sha256: code.sha256.clone(),
        task_objective: run.request.task_objective.clone(),
        user_query: run.request.user_query.clone(),
        execution_mode: record.recommended_execution_mode,
        analysis: record.clone(),
        safety_concerns,
        notebook_path: notebook.map(|p| p.display().to_string()),
        created_at,
        expires_at: created_at + ttl,
    }
}

/// Why a decision changed nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionRefused {
    #[error("run {0} is not awaiting approval (stage {1})")]
    NotAwaiting(String, Stage),
    #[error("decision is for run {got}, not {expected}")]
    WrongRun { expected: String, got: String },
    #[error("decision quotes code_sha256 {got}; the pending code is {expected}")]
    CodeMismatch { expected: String, got: String },
    #[error("the approval request expired at {0}")]
    Expired(DateTime<Utc>),
}

/// Awaiting approval → executing (approved), analyzing (approved with edited code), rejected,
/// or expired. A refused decision is recorded on the audit and changes nothing else.
pub fn apply_decision(
    run: &mut Run,
    decision: &ApprovalDecision,
    now: DateTime<Utc>,
) -> Result<(), DecisionRefused> {
    let refused = match (&run.pending_approval, run.stage) {
        (Some(pending), Stage::AwaitingApproval) => {
            if decision.run_id != run.run_id {
                Some(DecisionRefused::WrongRun {
                    expected: run.run_id.clone(),
                    got: decision.run_id.clone(),
                })
            } else if decision.code_sha256 != pending.code_sha256 {
                Some(DecisionRefused::CodeMismatch {
                    expected: pending.code_sha256.clone(),
                    got: decision.code_sha256.clone(),
                })
            } else if now >= pending.expires_at {
                Some(DecisionRefused::Expired(pending.expires_at))
            } else {
                None
            }
        }
        _ => Some(DecisionRefused::NotAwaiting(run.run_id.clone(), run.stage)),
    };
    if let Some(refusal) = refused {
        run.record(
            "approval_decision_refused",
            json!({"approver": decision.approver, "reason": refusal.to_string()}),
        );
        if matches!(refusal, DecisionRefused::Expired(_)) {
            expire(run, now);
        }
        return Err(refusal);
    }
    let verdict = if decision.approved {
        ApprovalVerdict::Approved
    } else {
        ApprovalVerdict::Rejected
    };
    run.approval = Some(ApprovalRecord {
        decision: verdict,
        approver: Some(decision.approver.clone()),
        reason: decision.reason.clone(),
        when: now,
        code_sha256: decision.code_sha256.clone(),
    });
    run.pending_approval = None;
    run.record(
        "approval_decided",
        json!({"approved": decision.approved, "approver": decision.approver, "edited": decision.edited_code.is_some()}),
    );
    match (decision.approved, &decision.edited_code) {
        (false, _) => {
            let reason = decision
                .reason
                .clone()
                .unwrap_or_else(|| "no reason given".into());
            let error = RunError::new(
                ErrorCategory::Workflow,
                "approval_rejected",
                format!("approval rejected by {}: {reason}", decision.approver),
            );
            fail_as(run, Stage::Rejected, error);
        }
        (true, Some(edited)) => {
            run.code = Some(CodeVersion::new(
                edited.clone(),
                CodeOrigin::ApproverEdit,
                run.attempts.attempt,
            ));
            run.stage = Stage::Analyzing;
        }
        (true, None) => run.stage = Stage::Executing,
    }
    Ok(())
}

/// Awaiting approval past its expiry → expired. Returns whether the run expired.
pub fn expire(run: &mut Run, now: DateTime<Utc>) -> bool {
    let Some(pending) = run.pending_approval.clone() else {
        return false;
    };
    if run.stage != Stage::AwaitingApproval || now < pending.expires_at {
        return false;
    }
    run.approval = Some(ApprovalRecord {
        decision: ApprovalVerdict::Expired,
        approver: None,
        reason: Some("no decision before the approval request expired".into()),
        when: now,
        code_sha256: pending.code_sha256,
    });
    let error = RunError::new(
        ErrorCategory::Workflow,
        "approval_expired",
        format!(
            "no approval decision before {}",
            pending.expires_at.to_rfc3339()
        ),
    );
    fail_as(run, Stage::Expired, error);
    true
}

/// Executing → failed, for an execution whose worker died while the code ran. Write-mode
/// code is never run a second time: the code may already have written.
pub fn interrupted(run: &mut Run, previous_owner: &str) {
    let attempt = run.attempts.attempt;
    run.error_chain.push(ErrorChainEntry {
        error_type: ErrorType::System,
        message: format!("the executor {previous_owner} died while running attempt {attempt}"),
        failed_code: run.code.as_ref().map(|c| c.code.clone()),
        traceback: None,
        attempt,
        stage: "execution".into(),
        issues: Vec::new(),
    });
    let error = RunError::new(
        ErrorCategory::Workflow,
        "execution_interrupted",
        format!(
            "the execution of write-mode attempt {attempt} was interrupted (its executor died) \
             and was not re-executed: it may have written before it stopped"
        ),
    )
    .with_detail("attempt", attempt)
    .with_detail("previous_owner", previous_owner);
    fail(run, error);
}

/// Executing → completed, or (on failure) executing again / generating / failed.
pub async fn execute(run: &mut Run, executor: &dyn Executor, settings: &Settings) {
    debug_assert_eq!(run.stage, Stage::Executing);
    let (Some(code), Some(folder)) = (run.code.clone(), run_folder(run)) else {
        let error = RunError::new(
            ErrorCategory::Workflow,
            "no_code",
            "execution reached without code or folder",
        );
        return fail(run, error);
    };
    run.attempts.execution += 1;
    let attempt = run.attempts.attempt;
    let mode = run.execution_mode.unwrap_or_default();
    let attempt_dir = match folder.fresh_execution_dir(attempt) {
        Ok(dir) => dir,
        Err(err) => {
            let error = RunError::new(
                ErrorCategory::Infrastructure,
                "run_folder_unavailable",
                format!("cannot prepare the attempt directory: {err}"),
            );
            return fail(run, error);
        }
    };
    run.record(
        "execution_started",
        json!({"attempt": attempt, "mode": mode.as_str()}),
    );
    let job = ExecutionJob {
        run_id: &run.run_id,
        code: &code.code,
        mode,
        attempt,
        context: run.request.capability_context_data.as_ref(),
        attempt_dir: &attempt_dir,
    };
    match executor.execute(job).await {
        Ok(output) => {
            write_notebook(
                run,
                NotebookKind::ExecutionAttempt,
                Some(ExecutionCells {
                    stdout: &output.stdout,
                    stderr: &output.stderr,
                    results: Some(&output.results),
                    figures: &output.figure_paths,
                    error: None,
                    execution_time: Some(output.execution_time),
                }),
            );
            let figures = folder
                .publish_success(&attempt_dir, &output.figure_paths)
                .unwrap_or_else(|err| {
                    tracing::warn!(run.id = %run.run_id, error = %err, "cannot copy artifacts to the run folder");
                    output.figure_paths.clone()
                });
            let notebook_path = folder.final_notebook();
            let cells = ExecutionCells {
                stdout: &output.stdout,
                stderr: &output.stderr,
                results: Some(&output.results),
                figures: &figures,
                error: None,
                execution_time: Some(output.execution_time),
            };
            write_notebook_at(run, &notebook_path, NotebookKind::FinalSuccess, Some(cells));
            run.result = Some(ExecutionResult {
                results: output.results,
                stdout: output.stdout,
                stderr: output.stderr,
                execution_time: output.execution_time,
                folder_path: folder.root().display().to_string(),
                notebook_link: folder.link(
                    &settings.data_dir,
                    settings.jupyter_base_url.as_deref(),
                    &notebook_path,
                ),
                notebook_path: notebook_path.display().to_string(),
                figure_paths: figures.iter().map(|p| p.display().to_string()).collect(),
                output_truncated: output.output_truncated,
                figures_truncated: output.figures_truncated,
            });
            run.finish(Stage::Completed, None);
        }
        Err(failure) => handle_execution_failure(run, settings, &code, mode, failure),
    }
}

fn handle_execution_failure(
    run: &mut Run,
    settings: &Settings,
    code: &CodeVersion,
    mode: ExecutionMode,
    failure: ExecutionFailure,
) {
    let attempt = run.attempts.attempt;
    write_notebook(
        run,
        NotebookKind::ExecutionAttempt,
        Some(ExecutionCells {
            stdout: &failure.stdout,
            stderr: &failure.stderr,
            results: None,
            figures: &[],
            error: Some((
                failure.exception.as_deref().unwrap_or(&failure.kind),
                &failure.message,
                failure.traceback.as_deref(),
            )),
            execution_time: Some(failure.execution_time),
        }),
    );
    let error_type = match failure.category {
        ErrorCategory::Infrastructure => ErrorType::System,
        _ => ErrorType::Execution,
    };
    run.error_chain.push(ErrorChainEntry {
        error_type,
        message: failure.message.clone(),
        failed_code: Some(code.code.clone()),
        traceback: failure.traceback.clone(),
        attempt,
        stage: "execution".into(),
        issues: Vec::new(),
    });
    run.record(
        "execution_failed",
        json!({"attempt": attempt, "kind": failure.kind, "category": failure.category}),
    );
    let mut error = RunError::new(
        failure.category,
        failure.kind.clone(),
        failure.message.clone(),
    )
    .with_detail("attempt", attempt)
    .with_detail("stdout", cut_middle(&failure.stdout, ERROR_OUTPUT_CHARS))
    .with_detail("stderr", cut_middle(&failure.stderr, ERROR_OUTPUT_CHARS))
    .with_detail("output_truncated", failure.output_truncated);
    if let Some(exception) = &failure.exception {
        error = error.with_detail("exception", exception.clone());
    }
    if let Some(traceback) = &failure.traceback {
        error = error.with_detail("traceback", traceback.clone());
    }
    if !failure.limits_violations.is_empty() {
        error = error.with_detail("violations", json!(failure.limits_violations));
    }
    for refusal in &failure.write_refusals {
        run.record("write_refused", refusal.clone());
    }
    if !failure.write_refusals.is_empty() {
        error = error.with_detail("refused_writes", json!(failure.write_refusals));
    }
    match failure.category {
        ErrorCategory::CodeRelated => regenerate_or_fail(run, settings, error),
        ErrorCategory::Infrastructure => {
            // Write-mode code that may have started is never run again: a second run could
            // repeat writes the first one made.
            let may_have_started = failure.code_started;
            let budget_left = run.attempts.execution < settings.max_execution_retries
                && run.attempts.attempt < run.request.retries;
            if budget_left && !(mode == ExecutionMode::WriteAccess && may_have_started) {
                run.attempts.attempt += 1;
                run.record(
                    "execution_retry",
                    json!({"next_attempt": run.attempts.attempt}),
                );
                run.stage = Stage::Executing;
            } else {
                fail(run, error);
            }
        }
        ErrorCategory::Workflow | ErrorCategory::Configuration => fail(run, error),
    }
}

/// After a code error: generate again if the budgets allow, else end the run with `error`.
fn regenerate_or_fail(run: &mut Run, settings: &Settings, error: RunError) {
    let attempts = run.attempts.attempt;
    if run.request.approved_code.is_some() && run.attempts.generation == 0 {
        let error = RunError {
            message: format!(
                "caller-supplied code failed and cannot be regenerated: {}",
                error.message
            ),
            ..error
        };
        return fail(run, error.with_detail("attempts", attempts));
    }
    let generation_budget = run.attempts.generation < settings.max_generation_retries;
    let attempt_budget = attempts < run.request.retries;
    if generation_budget && attempt_budget {
        run.record(
            "regenerate",
            json!({"after_attempt": attempts, "kind": error.kind}),
        );
        run.stage = Stage::Generating;
    } else {
        let error = RunError {
            message: format!(
                "gave up after {attempts} attempts; last error: {}",
                error.message
            ),
            ..error
        };
        fail(run, error.with_detail("attempts", attempts));
    }
}

fn fail(run: &mut Run, error: RunError) {
    fail_as(run, Stage::Failed, error);
}

/// Ends the run unsuccessfully, writing the `final_failure` notebook when there is code.
fn fail_as(run: &mut Run, stage: Stage, error: RunError) {
    if let Some(folder) = run_folder(run)
        && run.code.is_some()
    {
        let traceback = error
            .details
            .get("traceback")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let cells = ExecutionCells {
            error: Some((&error.kind, &error.message, traceback.as_deref())),
            ..ExecutionCells::default()
        };
        write_notebook_at(
            run,
            &folder.final_notebook(),
            NotebookKind::FinalFailure,
            Some(cells),
        );
    }
    run.finish(stage, Some(error));
}

fn run_folder(run: &Run) -> Option<RunFolder> {
    run.folder
        .as_deref()
        .map(|root| RunFolder::open(Path::new(root), &run.run_id))
}

/// Writes a notebook of `kind` into the current attempt's directory; returns its path.
/// A notebook that cannot be written is logged and recorded, never fatal.
fn write_notebook(
    run: &mut Run,
    kind: NotebookKind,
    execution: Option<ExecutionCells<'_>>,
) -> Option<PathBuf> {
    let folder = run_folder(run)?;
    let dir = match folder.ensure_attempt_dir(run.attempts.attempt) {
        Ok(dir) => dir,
        Err(err) => {
            tracing::warn!(run.id = %run.run_id, error = %err, "cannot create the attempt directory");
            return None;
        }
    };
    let path = dir.join(kind.file_name());
    write_notebook_at(run, &path, kind, execution).then_some(path)
}

fn write_notebook_at(
    run: &mut Run,
    path: &Path,
    kind: NotebookKind,
    execution: Option<ExecutionCells<'_>>,
) -> bool {
    let Some(code) = run.code.as_ref() else {
        return false;
    };
    let spec = NotebookSpec {
        kind,
        run_id: &run.run_id,
        attempt: run.attempts.attempt,
        request: &run.request,
        code: &code.code,
        analysis: run.analysis.as_ref(),
        execution,
        error_chain: &run.error_chain,
    };
    match notebook::write(path, &spec) {
        Ok(()) => true,
        Err(err) => {
            tracing::warn!(run.id = %run.run_id, notebook = kind.as_str(), error = %err, "cannot write notebook");
            run.record(
                "notebook_failed",
                json!({"notebook": kind.as_str(), "error": err.to_string()}),
            );
            false
        }
    }
}
