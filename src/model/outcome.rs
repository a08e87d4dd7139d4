//! The outcome object: the one JSON document a finished run produces. `pyexec run --json`
//! prints it; the fleet publishes it to `reply_to` and the `results` exchange.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::analysis::AnalysisRecord;
use crate::approval::ApprovalRecord;
use crate::generation::GenerationMetadata;
use crate::model::{ErrorChainEntry, RunError};

/// Terminal status of a run (pinned values; also the `results` routing key).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeStatus {
    Completed,
    Failed,
    Rejected,
    Expired,
}

impl OutcomeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeStatus::Completed => "completed",
            OutcomeStatus::Failed => "failed",
            OutcomeStatus::Rejected => "rejected",
            OutcomeStatus::Expired => "expired",
        }
    }
}

/// What a successful execution produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExecutionResult {
    /// The code's `results` dict, made JSON-safe by the wrapper.
    pub results: Map<String, Value>,
    pub stdout: String,
    pub stderr: String,
    /// Wall-clock seconds of the code itself.
    pub execution_time: f64,
    pub folder_path: String,
    pub notebook_path: String,
    pub notebook_link: String,
    #[serde(default)]
    pub figure_paths: Vec<String>,
    /// True when stdout or stderr was cut at the configured cap.
    #[serde(default)]
    pub output_truncated: bool,
    /// True when figures were dropped for `PYEXEC_MAX_FIGURES` / `PYEXEC_MAX_FIGURE_BYTES`.
    #[serde(default)]
    pub figures_truncated: bool,
}

/// The seeds' service result: present on `completed` outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceResult {
    pub execution_result: ExecutionResult,
    pub generated_code: String,
    pub generation_attempt: u32,
    #[serde(default)]
    pub analysis_warnings: Vec<String>,
    /// Which generator produced the code, and at what cost.
    #[serde(default)]
    pub generation: Option<GenerationMetadata>,
}

/// The outcome object (pinned field names).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub run_id: String,
    pub status: OutcomeStatus,
    pub result: Option<ServiceResult>,
    pub error: Option<RunError>,
    pub error_chain: Vec<ErrorChainEntry>,
    pub analysis: Option<AnalysisRecord>,
    pub approval: Option<ApprovalRecord>,
}

impl Outcome {
    /// Exit status for the CLI: success only when the run completed.
    pub fn is_success(&self) -> bool {
        self.status == OutcomeStatus::Completed
    }
}
