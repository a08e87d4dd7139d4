//! Approval: the policy that says when a human must look at code, the approval request shown
//! to them, the decision they send back, and the approvers the embedded runner can use.
//!
//! The policy is decided at analysis time ([`policy`]); this module does not know about
//! queues. The fleet parks the same [`ApprovalRequest`] on the `approvals` queue and reads the
//! same [`ApprovalDecision`] from `approval-decisions`.

pub mod approver;
pub mod policy;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::analysis::AnalysisRecord;
use crate::model::ExecutionMode;

pub use approver::{Approver, FixedApprover, NoApprover, TerminalApprover};
pub use policy::{ApprovalMode, ApprovalPolicy};

/// What an approver is asked to decide (also the `approvals` queue message).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalRequest {
    pub run_id: String,
    pub code: String,
    /// Hex SHA-256 of the exact UTF-8 code; a decision must quote it.
    pub code_sha256: String,
    pub task_objective: String,
    pub user_query: String,
    pub execution_mode: ExecutionMode,
    pub analysis: AnalysisRecord,
    pub safety_concerns: Vec<String>,
    pub notebook_path: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// An approver's answer (also the `approval-decisions` message).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalDecision {
    pub run_id: String,
    pub code_sha256: String,
    pub approved: bool,
    /// Who decided. In the fleet this is taken from the broker-checked `user_id`, never from
    /// the message body.
    pub approver: String,
    #[serde(default)]
    pub reason: Option<String>,
    /// Replacement code; it is analysed again before it can run.
    #[serde(default)]
    pub edited_code: Option<String>,
}

/// How the approval ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalVerdict {
    Approved,
    Rejected,
    Expired,
}

/// The approval as recorded on the run and reported in the outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalRecord {
    pub decision: ApprovalVerdict,
    pub approver: Option<String>,
    pub reason: Option<String>,
    /// When the decision was taken (RFC 3339).
    pub when: DateTime<Utc>,
    /// The code the decision covers.
    pub code_sha256: String,
}
