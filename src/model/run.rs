//! `Run`: the whole state of one run, as one serialisable value.
//!
//! The embedded runner keeps it in memory; the fleet keeps it in Redis (the `version` field is
//! for compare-and-set there). Stage functions in [`crate::pipeline`] take a `Run`, do their
//! work and move it to its next [`Stage`]; the only way a run ends is through
//! [`Run::finish`], which sets the terminal stage and the error together.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::analysis::AnalysisRecord;
use crate::approval::{ApprovalRecord, ApprovalRequest};
use crate::generation::GenerationMetadata;
use crate::model::mode::ExecutionMode;
use crate::model::outcome::{ExecutionResult, Outcome, OutcomeStatus, ServiceResult};
use crate::model::{ErrorChainEntry, ExecutionRequest, RunError};

/// Where a run is in the state machine (see `docs/architecture.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Received,
    Generating,
    Analyzing,
    AwaitingApproval,
    Executing,
    Completed,
    Failed,
    Rejected,
    Expired,
}

impl Stage {
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Stage::Completed | Stage::Failed | Stage::Rejected | Stage::Expired
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Received => "received",
            Stage::Generating => "generating",
            Stage::Analyzing => "analyzing",
            Stage::AwaitingApproval => "awaiting_approval",
            Stage::Executing => "executing",
            Stage::Completed => "completed",
            Stage::Failed => "failed",
            Stage::Rejected => "rejected",
            Stage::Expired => "expired",
        }
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Attempt counters. `attempt` is the run-wide attempt number (each generated code and each
/// re-execution of the same code after an infrastructure error is one attempt) and is capped
/// by the request's `retries`; the others are capped by the deployment's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Attempts {
    pub attempt: u32,
    pub generation: u32,
    /// Executions of the current code version.
    pub execution: u32,
}

/// Where the current code came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeOrigin {
    Generated,
    /// The request's `approved_code`: analysed and approved like any other code.
    Caller,
    /// An approver's `edited_code`: analysed again before it can run.
    ApproverEdit,
}

/// One version of the code, pinned by its hash so an approval covers exactly these bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeVersion {
    pub code: String,
    pub sha256: String,
    pub origin: CodeOrigin,
    /// The attempt that produced this code.
    pub attempt: u32,
    #[serde(default)]
    pub generation: Option<GenerationMetadata>,
}

impl CodeVersion {
    pub fn new(code: String, origin: CodeOrigin, attempt: u32) -> Self {
        let sha256 = sha256_hex(&code);
        Self {
            code,
            sha256,
            origin,
            attempt,
            generation: None,
        }
    }
}

/// Hex SHA-256 of the exact UTF-8 bytes.
pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// One line of the run's audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub at: DateTime<Utc>,
    pub event: String,
    #[serde(default)]
    pub detail: Value,
}

/// The whole state of one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub run_id: String,
    pub request: ExecutionRequest,
    pub stage: Stage,
    pub attempts: Attempts,
    pub code: Option<CodeVersion>,
    pub analysis: Option<AnalysisRecord>,
    pub execution_mode: Option<ExecutionMode>,
    /// The approval request while the run waits for a decision.
    pub pending_approval: Option<ApprovalRequest>,
    pub approval: Option<ApprovalRecord>,
    pub error_chain: Vec<ErrorChainEntry>,
    /// Absolute path of the run folder, once created.
    pub folder: Option<String>,
    pub result: Option<ExecutionResult>,
    pub error: Option<RunError>,
    pub audit: Vec<AuditEvent>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Incremented on every persisted change (compare-and-set in the fleet).
    pub version: u64,
    /// Where the requester wants the outcome (AMQP `reply_to`), if anywhere.
    #[serde(default)]
    pub reply_to: Option<String>,
    /// The requester's `correlation_id`, echoed on the outcome.
    #[serde(default)]
    pub correlation_id: Option<String>,
}

impl Run {
    pub fn new(run_id: String, request: ExecutionRequest) -> Self {
        let now = Utc::now();
        Self {
            run_id,
            request,
            stage: Stage::Received,
            attempts: Attempts::default(),
            code: None,
            analysis: None,
            execution_mode: None,
            pending_approval: None,
            approval: None,
            error_chain: Vec::new(),
            folder: None,
            result: None,
            error: None,
            audit: Vec::new(),
            created_at: now,
            updated_at: now,
            version: 0,
            reply_to: None,
            correlation_id: None,
        }
    }

    /// Appends an audit event.
    pub fn record(&mut self, event: &str, detail: Value) {
        let at = Utc::now();
        self.updated_at = at;
        self.audit.push(AuditEvent {
            at,
            event: event.to_owned(),
            detail,
        });
    }

    /// Ends the run. `error` must be `None` exactly when `stage` is `Completed`.
    pub fn finish(&mut self, stage: Stage, error: Option<RunError>) {
        debug_assert!(stage.is_terminal());
        self.stage = stage;
        self.pending_approval = None;
        let detail = serde_json::json!({
            "stage": stage.as_str(),
            "error_kind": error.as_ref().map(|e| e.kind.clone()),
        });
        self.error = error;
        self.record("finished", detail);
    }

    /// The outcome object, for a run in a terminal stage; `None` while it is under way.
    pub fn outcome(&self) -> Option<Outcome> {
        let status = match self.stage {
            Stage::Completed => OutcomeStatus::Completed,
            Stage::Failed => OutcomeStatus::Failed,
            Stage::Rejected => OutcomeStatus::Rejected,
            Stage::Expired => OutcomeStatus::Expired,
            _ => return None,
        };
        let result = match (status, &self.result, &self.code) {
            (OutcomeStatus::Completed, Some(execution_result), Some(code)) => Some(ServiceResult {
                execution_result: execution_result.clone(),
                generated_code: code.code.clone(),
                generation_attempt: code.attempt,
                analysis_warnings: self
                    .analysis
                    .as_ref()
                    .map(|a| a.warnings.clone())
                    .unwrap_or_default(),
                generation: code.generation.clone(),
            }),
            _ => None,
        };
        Some(Outcome {
            run_id: self.run_id.clone(),
            status,
            result,
            error: self.error.clone(),
            error_chain: self.error_chain.clone(),
            analysis: self.analysis.clone(),
            approval: self.approval.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_a_known_vector() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_run_round_trips_through_json() {
        let mut run = Run::new("r1".into(), ExecutionRequest::for_objective("t"));
        run.code = Some(CodeVersion::new(
            "results = {}".into(),
            CodeOrigin::Caller,
            1,
        ));
        run.record("received", Value::Null);
        let text = serde_json::to_string(&run).expect("serialise");
        let back: Run = serde_json::from_str(&text).expect("deserialise");
        assert_eq!(run, back);
    }

    #[test]
    fn an_unfinished_run_has_no_outcome() {
        let run = Run::new("r1".into(), ExecutionRequest::for_objective("t"));
        assert!(run.outcome().is_none());
    }
}
