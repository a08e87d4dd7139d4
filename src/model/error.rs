//! Error vocabulary: the category that decides what happens next, the per-attempt error chain
//! that generators learn from, and the terminal error reported on a failed run.
//!
//! The category is the contract with the retry logic in [`crate::pipeline`]:
//! `code_related` regenerates, `infrastructure` runs the same code again, `workflow` and
//! `configuration` end the run.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// What kind of failure this is, which decides the recovery strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCategory {
    /// The environment failed (interpreter could not start, kernel died, LLM endpoint busy):
    /// the same step is tried again.
    Infrastructure,
    /// The code is wrong (syntax, failed analysis, runtime error, missing `results`): the code
    /// is regenerated with the error chain.
    CodeRelated,
    /// The workflow ended the run (budget exhausted, timeout, limits violation, rejection).
    Workflow,
    /// The request or the deployment's configuration is invalid: nothing to retry.
    Configuration,
}

/// The stage an error-chain entry comes from (pinned JSON values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorType {
    Generation,
    Analysis,
    Syntax,
    Execution,
    System,
}

/// One failed attempt, kept on the run and rendered into the next generation prompt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorChainEntry {
    pub error_type: ErrorType,
    pub message: String,
    pub failed_code: Option<String>,
    pub traceback: Option<String>,
    pub attempt: u32,
    pub stage: String,
    #[serde(default)]
    pub issues: Vec<String>,
}

/// The error reported on a run that did not complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunError {
    pub category: ErrorCategory,
    /// A stable machine-readable name, e.g. `runtime_error`, `syntax_error`,
    /// `channel_limits_violation`, `invalid_request`, `approval_rejected`.
    pub kind: String,
    pub message: String,
    #[serde(default)]
    pub details: Map<String, Value>,
}

impl RunError {
    pub fn new(
        category: ErrorCategory,
        kind: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            category,
            kind: kind.into(),
            message: message.into(),
            details: Map::new(),
        }
    }

    /// Adds one detail field; chains.
    pub fn with_detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.insert(key.to_owned(), value.into());
        self
    }
}

/// Longest traceback kept verbatim in a prompt; longer ones keep head and tail.
const PROMPT_TRACEBACK_CHARS: usize = 3_000;
/// How many of the latest error-chain entries a prompt shows.
const PROMPT_ENTRIES: usize = 3;

/// Renders the error chain as prompt text for a generator: the latest attempts first cut to
/// [`PROMPT_ENTRIES`], each with its message, issues, failed code and a traceback whose middle
/// is elided when long.
pub fn render_error_chain(chain: &[ErrorChainEntry]) -> String {
    if chain.is_empty() {
        return String::new();
    }
    let skipped = chain.len().saturating_sub(PROMPT_ENTRIES);
    let mut out = String::from("Previous attempts failed. Fix these problems:\n");
    if skipped > 0 {
        out.push_str(&format!("({skipped} earlier failed attempts omitted)\n"));
    }
    for entry in &chain[skipped..] {
        out.push_str(&format!(
            "\n## Attempt {} failed during {} ({:?})\n{}\n",
            entry.attempt, entry.stage, entry.error_type, entry.message
        ));
        for issue in &entry.issues {
            out.push_str(&format!("- {issue}\n"));
        }
        if let Some(code) = &entry.failed_code {
            out.push_str("\nFailed code:\n```python\n");
            out.push_str(code.trim_end());
            out.push_str("\n```\n");
        }
        if let Some(tb) = &entry.traceback {
            out.push_str("\nTraceback:\n");
            out.push_str(&cut_middle(tb, PROMPT_TRACEBACK_CHARS));
            out.push('\n');
        }
    }
    out
}

/// Keeps the first and last `max / 2` characters of `text`, marking what was cut.
pub fn cut_middle(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_owned();
    }
    let half = max / 2;
    let head: String = text.chars().take(half).collect();
    let tail: String = text.chars().skip(count - half).collect();
    format!(
        "{head}\n... [{} characters cut] ...\n{tail}",
        count - 2 * half
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(attempt: u32, traceback: Option<String>) -> ErrorChainEntry {
        ErrorChainEntry {
            error_type: ErrorType::Execution,
            message: format!("boom {attempt}"),
            failed_code: Some("x = 1/0".into()),
            traceback,
            attempt,
            stage: "execution".into(),
            issues: vec![],
        }
    }

    #[test]
    fn rendered_chain_shows_only_the_latest_attempts() {
        let chain: Vec<_> = (1..=5).map(|n| entry(n, None)).collect();
        let text = render_error_chain(&chain);
        assert!(text.contains("2 earlier failed attempts omitted"));
        assert!(!text.contains("boom 2"));
        assert!(text.contains("boom 3") && text.contains("boom 5"));
    }

    #[test]
    fn long_tracebacks_keep_head_and_tail() {
        let tb = format!("HEAD{}TAIL", "x".repeat(10_000));
        let text = render_error_chain(&[entry(1, Some(tb))]);
        assert!(text.contains("HEAD") && text.contains("TAIL"));
        assert!(text.contains("characters cut"));
        assert!(text.len() < 5_000);
    }

    #[test]
    fn empty_chain_renders_nothing() {
        assert_eq!(render_error_chain(&[]), "");
    }
}
