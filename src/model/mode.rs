//! Execution modes: the environment a run's code gets, chosen by analysis and policy.

use serde::{Deserialize, Serialize};

/// `read_only` unless analysis found control-system writes *and* the deployment enables them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExecutionMode {
    #[default]
    ReadOnly,
    WriteAccess,
}

impl ExecutionMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ExecutionMode::ReadOnly => "read_only",
            ExecutionMode::WriteAccess => "write_access",
        }
    }
}

impl std::fmt::Display for ExecutionMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One value per execution mode (an interpreter, an executor, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerMode<T> {
    pub read_only: T,
    pub write_access: T,
}

impl<T> PerMode<T> {
    /// The value of `mode`.
    pub fn get(&self, mode: ExecutionMode) -> &T {
        match mode {
            ExecutionMode::ReadOnly => &self.read_only,
            ExecutionMode::WriteAccess => &self.write_access,
        }
    }
}
