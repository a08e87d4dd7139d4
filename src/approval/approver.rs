//! Approvers for the embedded runner: a person at the terminal, a fixed answer from a CLI
//! flag, or nobody (which rejects). The fleet's approver service is a separate process that
//! speaks the same [`ApprovalRequest`] / [`ApprovalDecision`] types over AMQP.

use std::io::{BufRead, IsTerminal, Write};

use async_trait::async_trait;

use super::{ApprovalDecision, ApprovalRequest};

/// The reason recorded when approval is required and nobody can give it.
pub const NO_APPROVER_REASON: &str = "approval required and no approver available";

/// Something that answers approval requests.
#[async_trait]
pub trait Approver: Send + Sync {
    async fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision;
}

/// Always gives the same answer (`pyexec run --approve` / `--reject`).
#[derive(Debug, Clone)]
pub struct FixedApprover {
    pub approve: bool,
    pub approver: String,
    pub reason: Option<String>,
}

#[async_trait]
impl Approver for FixedApprover {
    async fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision {
        ApprovalDecision {
            run_id: request.run_id.clone(),
            code_sha256: request.code_sha256.clone(),
            approved: self.approve,
            approver: self.approver.clone(),
            reason: self.reason.clone(),
            edited_code: None,
        }
    }
}

/// Nobody can approve: every request is rejected with [`NO_APPROVER_REASON`].
#[derive(Debug, Clone, Default)]
pub struct NoApprover;

#[async_trait]
impl Approver for NoApprover {
    async fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision {
        ApprovalDecision {
            run_id: request.run_id.clone(),
            code_sha256: request.code_sha256.clone(),
            approved: false,
            approver: "none".into(),
            reason: Some(NO_APPROVER_REASON.into()),
            edited_code: None,
        }
    }
}

/// Shows the code and the analysis on stderr and asks `y/N` on the terminal.
#[derive(Debug, Clone, Default)]
pub struct TerminalApprover;

impl TerminalApprover {
    /// True when both stdin and stderr are terminals, so a person can answer.
    pub fn available() -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }
}

#[async_trait]
impl Approver for TerminalApprover {
    async fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision {
        let shown = request.clone();
        let answer = tokio::task::spawn_blocking(move || ask_on_terminal(&shown))
            .await
            .unwrap_or(false);
        let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
        ApprovalDecision {
            run_id: request.run_id.clone(),
            code_sha256: request.code_sha256.clone(),
            approved: answer,
            approver: format!("terminal:{user}"),
            reason: Some(if answer {
                "approved at the terminal".into()
            } else {
                "rejected at the terminal".into()
            }),
            edited_code: None,
        }
    }
}

fn ask_on_terminal(request: &ApprovalRequest) -> bool {
    let mut err = std::io::stderr().lock();
    let analysis = &request.analysis;
    let _ = writeln!(
        err,
        "\n==== approval required for run {} ====",
        request.run_id
    );
    let _ = writeln!(err, "task: {}", request.task_objective);
    let _ = writeln!(err, "execution mode: {}", request.execution_mode);
    let _ = writeln!(err, "why: {}", analysis.approval_reasoning);
    if !analysis.detected_patterns.writes.is_empty() {
        let _ = writeln!(
            err,
            "writes detected: {}",
            analysis.detected_patterns.writes.join(", ")
        );
    }
    for concern in &request.safety_concerns {
        let _ = writeln!(err, "concern: {concern}");
    }
    let _ = writeln!(err, "code sha256: {}\n---- code ----", request.code_sha256);
    for (n, line) in request.code.lines().enumerate() {
        let _ = writeln!(err, "{:>4} | {line}", n + 1);
    }
    let _ = write!(err, "---- approve this code? [y/N] ");
    let _ = err.flush();
    drop(err);
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        return false;
    }
    matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}
