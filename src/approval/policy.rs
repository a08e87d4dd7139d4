//! Approval and execution-mode policy: given what analysis found, does a human have to look,
//! and which execution mode does the code get?
//!
//! The rules, in order: code with control-system writes is refused outright unless the
//! deployment enables writes (it is regenerated, never offered for approval); `disabled`
//! approves nothing by hand; `all_code` asks for every run; `control_writes` (alias
//! `epics_writes`) asks when writes were found or a finding asks for review; any unknown mode
//! fails secure and asks for every run.

use serde::{Deserialize, Serialize};

use crate::model::ExecutionMode;

/// The configured approval mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalMode {
    Disabled,
    ControlWrites,
    AllCode,
    /// A mode this build does not know; treated as `all_code` (fail secure).
    Unknown(String),
}

impl ApprovalMode {
    /// Parses a configured name; unknown names are kept and fail secure.
    pub fn parse(name: &str) -> Self {
        match name.trim().to_ascii_lowercase().as_str() {
            "disabled" => ApprovalMode::Disabled,
            "control_writes" | "epics_writes" => ApprovalMode::ControlWrites,
            "all_code" => ApprovalMode::AllCode,
            _ => ApprovalMode::Unknown(name.to_owned()),
        }
    }
}

/// The deployment's policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalPolicy {
    pub mode: ApprovalMode,
    pub control_system_writes_enabled: bool,
}

/// What the policy decided for one piece of code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyDecision {
    /// `Some(reason)` when the code must not run at all (and should be regenerated).
    pub blocked: Option<String>,
    pub needs_approval: bool,
    pub reasoning: String,
    pub execution_mode: ExecutionMode,
}

impl ApprovalPolicy {
    /// Decides for code with the given analysis facts. `review_findings` are findings that
    /// ask for a human (medium-risk security findings) even under `control_writes`.
    pub fn decide(&self, has_writes: bool, review_findings: &[String]) -> PolicyDecision {
        let execution_mode = if has_writes && self.control_system_writes_enabled {
            ExecutionMode::WriteAccess
        } else {
            ExecutionMode::ReadOnly
        };
        if has_writes && !self.control_system_writes_enabled {
            return PolicyDecision {
                blocked: Some(
                    "code writes to the control system and control-system writes are disabled \
                     in this deployment (PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED=false); \
                     generate read-only code"
                        .into(),
                ),
                needs_approval: false,
                reasoning: "blocked: control-system writes are disabled".into(),
                execution_mode,
            };
        }
        let (needs_approval, reasoning) = match &self.mode {
            ApprovalMode::Disabled => (false, "approval mode is disabled".to_owned()),
            ApprovalMode::AllCode => (
                true,
                "approval mode all_code: every run is reviewed".to_owned(),
            ),
            ApprovalMode::Unknown(name) => (
                true,
                format!("unknown approval mode `{name}`: failing secure, approval required"),
            ),
            ApprovalMode::ControlWrites if has_writes => (
                true,
                "code writes to the control system (approval mode control_writes)".to_owned(),
            ),
            ApprovalMode::ControlWrites if !review_findings.is_empty() => (
                true,
                format!(
                    "security findings need review: {}",
                    review_findings.join("; ")
                ),
            ),
            ApprovalMode::ControlWrites => (
                false,
                "no control-system writes detected (approval mode control_writes)".to_owned(),
            ),
        };
        PolicyDecision {
            blocked: None,
            needs_approval,
            reasoning,
            execution_mode,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(mode: &str, writes_enabled: bool) -> ApprovalPolicy {
        ApprovalPolicy {
            mode: ApprovalMode::parse(mode),
            control_system_writes_enabled: writes_enabled,
        }
    }

    #[test]
    fn writes_are_blocked_when_disabled_even_without_approval() {
        let d = policy("disabled", false).decide(true, &[]);
        assert!(d.blocked.is_some());
        assert_eq!(d.execution_mode, ExecutionMode::ReadOnly);
    }

    #[test]
    fn writes_need_approval_and_write_mode_when_enabled() {
        let d = policy("control_writes", true).decide(true, &[]);
        assert!(d.blocked.is_none() && d.needs_approval);
        assert_eq!(d.execution_mode, ExecutionMode::WriteAccess);
    }

    #[test]
    fn reads_pass_without_approval_under_control_writes() {
        let d = policy("control_writes", true).decide(false, &[]);
        assert!(!d.needs_approval);
        assert_eq!(d.execution_mode, ExecutionMode::ReadOnly);
    }

    #[test]
    fn epics_writes_is_an_alias() {
        assert_eq!(
            ApprovalMode::parse("epics_writes"),
            ApprovalMode::ControlWrites
        );
    }

    #[test]
    fn unknown_modes_fail_secure() {
        let d = policy("selective", true).decide(false, &[]);
        assert!(d.needs_approval);
        assert!(d.reasoning.contains("selective"));
    }

    #[test]
    fn all_code_reviews_everything() {
        assert!(policy("all_code", false).decide(false, &[]).needs_approval);
    }

    #[test]
    fn review_findings_ask_for_a_human() {
        let d = policy("control_writes", false).decide(false, &["file write".into()]);
        assert!(d.needs_approval);
    }
}
