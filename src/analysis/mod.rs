//! Analysis: does this code parse, what does it do to the control system, how risky is it,
//! and what does policy make of that?
//!
//! [`Analyzer::analyze`] is a plain function of (code, policy) to an [`AnalysisRecord`]: it
//! parses once with the Rust Python parser ([`syntax`]), masks comments and string literals
//! so they never count, matches the configured read/write patterns ([`patterns`]), walks the
//! AST for risky calls and imports ([`security`]), and applies the [`ApprovalPolicy`]. A
//! failed analysis is a code error: the pipeline regenerates with the record's issues.

pub mod patterns;
pub mod security;
pub mod syntax;

use serde::{Deserialize, Serialize};

use crate::approval::ApprovalPolicy;
use crate::model::ExecutionMode;

pub use patterns::{PatternError, PatternSet, PatternTable};
pub use security::{Risk, SecurityFinding};
pub use syntax::SyntaxIssue;

/// Overall severity of what analysis found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Pattern strings that matched, by operation (the seeds' `detected_patterns`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DetectedPatterns {
    pub writes: Vec<String>,
    pub reads: Vec<String>,
}

/// Why analysis failed, which becomes the error chain entry's type and the error's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalysisFailure {
    /// The code does not parse.
    Syntax,
    /// A high-risk security finding.
    SecurityRisk,
    /// Control-system writes while the deployment disables them.
    WritesDisabled,
}

/// The analysis record (pinned fields first, then ours).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisRecord {
    pub passed: bool,
    pub issues: Vec<String>,
    pub recommendations: Vec<String>,
    pub severity: Severity,
    pub security_risk: Risk,
    pub has_writes: bool,
    pub has_reads: bool,
    pub detected_patterns: DetectedPatterns,
    pub recommended_execution_mode: ExecutionMode,
    pub needs_approval: bool,
    pub approval_reasoning: String,
    /// Set when `passed` is false.
    #[serde(default)]
    pub failure: Option<AnalysisFailure>,
    #[serde(default)]
    pub syntax_errors: Vec<SyntaxIssue>,
    #[serde(default)]
    pub security_findings: Vec<SecurityFinding>,
    /// Where each read or write pattern matched.
    #[serde(default)]
    pub operations: Vec<patterns::OperationMatch>,
    /// Non-blocking remarks (reported as the outcome's `analysis_warnings`).
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// The configured analyzer: compiled patterns and the policy inputs it needs.
#[derive(Debug, Clone)]
pub struct Analyzer {
    patterns: PatternSet,
}

impl Analyzer {
    pub fn new(patterns: PatternSet) -> Self {
        Self { patterns }
    }

    /// The analyzer the settings describe (`PYEXEC_CONTROL_SYSTEM_TYPE`,
    /// `PYEXEC_PATTERNS_FILE`); errors name the variable.
    pub fn from_settings(
        settings: &crate::config::Settings,
    ) -> Result<Self, crate::config::ConfigError> {
        PatternSet::load(
            &settings.control_system_type,
            settings.patterns_file.as_deref(),
        )
        .map(Self::new)
        .map_err(|e| {
            let variable = match e {
                PatternError::UnknownType(_) => "PYEXEC_CONTROL_SYSTEM_TYPE",
                _ => "PYEXEC_PATTERNS_FILE",
            };
            crate::config::ConfigError::new(variable, e.to_string())
        })
    }

    /// The control-system type whose patterns are in use.
    pub fn control_system_type(&self) -> &str {
        self.patterns.control_system_type()
    }

    /// Analyses `code` under `policy`. Never fails: problems are in the record.
    pub fn analyze(&self, code: &str, policy: &ApprovalPolicy) -> AnalysisRecord {
        let parsed = syntax::parse(code);
        if !parsed.errors.is_empty() {
            return syntax_failure(parsed.errors);
        }
        let masked = syntax::mask_non_code(code, parsed.tokens());
        let operations = self.patterns.find(&masked, &parsed.lines);
        let detected = patterns::summarise(&operations);
        let has_writes = !detected.writes.is_empty();
        let has_reads = !detected.reads.is_empty();
        let findings = security::scan(parsed.module(), &parsed.lines);
        let security_risk = findings.iter().map(|f| f.risk).max().unwrap_or(Risk::Low);

        let mut issues = Vec::new();
        let mut recommendations = Vec::new();
        let mut warnings = results_structure_warnings(&masked);
        for finding in &findings {
            let line = format!(
                "line {}: {} [{}] ({:?} risk)",
                finding.line, finding.message, finding.rule, finding.risk
            );
            if finding.risk == Risk::High {
                issues.push(line);
            } else {
                warnings.push(line);
            }
        }
        let review: Vec<String> = findings
            .iter()
            .filter(|f| f.risk == Risk::Medium)
            .map(|f| format!("line {}: {}", f.line, f.message))
            .collect();
        let decision = policy.decide(has_writes, &review);

        let failure = if security_risk == Risk::High {
            recommendations.push(
                "remove exec/eval, subprocess and shell calls, dynamic imports and ctypes; \
                 use the provided libraries directly"
                    .into(),
            );
            Some(AnalysisFailure::SecurityRisk)
        } else if let Some(reason) = &decision.blocked {
            issues.push(reason.clone());
            recommendations.push("read values only; do not write to the control system".into());
            Some(AnalysisFailure::WritesDisabled)
        } else {
            None
        };
        let severity = if failure.is_some() {
            Severity::Error
        } else if !warnings.is_empty() || has_writes {
            Severity::Warning
        } else {
            Severity::Info
        };
        AnalysisRecord {
            passed: failure.is_none(),
            issues,
            recommendations,
            severity,
            security_risk,
            has_writes,
            has_reads,
            detected_patterns: detected,
            recommended_execution_mode: decision.execution_mode,
            needs_approval: failure.is_none() && decision.needs_approval,
            approval_reasoning: decision.reasoning,
            failure,
            syntax_errors: Vec::new(),
            security_findings: findings,
            operations,
            warnings,
        }
    }
}

fn syntax_failure(errors: Vec<SyntaxIssue>) -> AnalysisRecord {
    let issues = errors
        .iter()
        .map(|e| {
            format!(
                "syntax error at line {}, column {}: {}",
                e.line, e.column, e.message
            )
        })
        .collect();
    AnalysisRecord {
        passed: false,
        issues,
        recommendations: vec!["fix the syntax errors; the code must parse as Python 3".into()],
        severity: Severity::Error,
        security_risk: Risk::Low,
        has_writes: false,
        has_reads: false,
        detected_patterns: DetectedPatterns::default(),
        recommended_execution_mode: ExecutionMode::ReadOnly,
        needs_approval: false,
        approval_reasoning: "not evaluated: the code does not parse".into(),
        failure: Some(AnalysisFailure::Syntax),
        syntax_errors: errors,
        security_findings: Vec::new(),
        operations: Vec::new(),
        warnings: Vec::new(),
    }
}

/// The seeds' `results` structure check, as warnings: the code should assign a `results`
/// dict at some point (checked on code with comments and strings masked).
fn results_structure_warnings(masked: &str) -> Vec<String> {
    let assigns_results = masked.lines().any(|line| {
        let t = line.trim_start();
        t.starts_with("results") && {
            let rest = t["results".len()..].trim_start();
            rest.starts_with('=') && !rest.starts_with("==")
                || rest.starts_with('[')
                || rest.starts_with(".update(")
                || rest.starts_with(':')
        }
    });
    if assigns_results {
        Vec::new()
    } else {
        vec![
            "the code never assigns `results`; the run will fail unless it sets a `results` dict"
                .into(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::approval::ApprovalMode;

    fn analyzer() -> Analyzer {
        Analyzer::new(PatternSet::defaults("epics").expect("default patterns"))
    }

    fn policy(writes_enabled: bool) -> ApprovalPolicy {
        ApprovalPolicy {
            mode: ApprovalMode::ControlWrites,
            control_system_writes_enabled: writes_enabled,
        }
    }

    #[test]
    fn the_seeds_example_has_reads_and_writes() {
        let code = "current = epics.caget('BEAM:CURRENT')\nif current < 400:\n    epics.caput('ALARM:STATUS', 1)\nresults = {}\n";
        let r = analyzer().analyze(code, &policy(true));
        assert!(r.passed && r.has_writes && r.has_reads && r.needs_approval);
        assert_eq!(r.recommended_execution_mode, ExecutionMode::WriteAccess);
        assert!(
            r.detected_patterns
                .writes
                .iter()
                .any(|p| p.contains("caput"))
        );
    }

    #[test]
    fn writes_in_comments_and_strings_do_not_count() {
        let code = "# epics.caput('X', 1)\n\"\"\"write_channel('X', 1)\"\"\"\nmsg = f\"would caput('X', {1})\"\nresults = {'m': 'pv.put(3)'}\n";
        let r = analyzer().analyze(code, &policy(true));
        assert!(!r.has_writes, "{:?}", r.detected_patterns);
        assert!(!r.needs_approval);
    }

    #[test]
    fn calls_inside_fstring_expressions_count() {
        let code = "results = {'x': f\"{epics.caput('X', 1)}\"}\n";
        assert!(analyzer().analyze(code, &policy(true)).has_writes);
    }

    #[test]
    fn writes_fail_analysis_when_writes_are_disabled() {
        let r = analyzer().analyze("epics.caput('X', 1)\nresults = {}\n", &policy(false));
        assert!(!r.passed && !r.needs_approval);
        assert_eq!(r.failure, Some(AnalysisFailure::WritesDisabled));
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let r = analyzer().analyze("x = 1\ndef broken(\n", &policy(false));
        assert_eq!(r.failure, Some(AnalysisFailure::Syntax));
        assert!(r.syntax_errors[0].line >= 2, "{:?}", r.syntax_errors);
    }

    #[test]
    fn modern_syntax_parses() {
        let code = "import asyncio\nasync def f():\n    await asyncio.sleep(0)\nif (n := 3) > 2:\n    pass\nmatch n:\n    case 3:\n        x = f'{n=}'\n    case _:\n        x = None\nresults = {'x': x}\n";
        let r = analyzer().analyze(code, &policy(false));
        assert!(r.passed, "{:?}", r.issues);
    }

    #[test]
    fn high_risk_code_fails_analysis() {
        let r = analyzer().analyze(
            "import os\nos.system('rm -rf /')\nresults = {}\n",
            &policy(false),
        );
        assert!(!r.passed);
        assert_eq!(r.security_risk, Risk::High);
        assert_eq!(r.failure, Some(AnalysisFailure::SecurityRisk));
    }

    #[test]
    fn missing_results_is_a_warning_not_a_failure() {
        let r = analyzer().analyze("x = 1\n", &policy(false));
        assert!(r.passed);
        assert!(r.warnings.iter().any(|w| w.contains("results")));
    }
}
