//! Analysis: does this code parse, what does it do to the control system, how risky is it,
//! and what does policy make of that?
//!
//! [`Analyzer::analyze`] is a plain function of (code, policy) to an [`AnalysisRecord`]: it
//! parses once with the Rust Python parser ([`syntax`]), walks the AST resolving imports,
//! aliases and control-system objects ([`dataflow`], with library knowledge in [`api`] and
//! the configured [`patterns`] for calls it cannot resolve), applies the [`security`] rules,
//! checks literal writes against the channel limits database, and applies the
//! [`ApprovalPolicy`]. A failed analysis is a code error (the pipeline regenerates with the
//! record's issues), except a limits violation, which ends the run. `docs/analysis.md` says
//! what is detected and what cannot be.

pub mod api;
pub mod dataflow;
mod files;
mod flags;
mod generated;
pub mod patterns;
pub mod security;
pub mod syntax;
mod unreachable;

use serde::{Deserialize, Serialize};

use crate::approval::ApprovalPolicy;
use crate::model::ExecutionMode;

pub use api::Access;
pub use dataflow::{DetectedOperation, Evidence};
pub use patterns::{PatternError, PatternSet, PatternTable};
pub use security::{DynamicAccess, Risk, RulesError, SecurityFinding, SecurityRules};
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
    /// A literal write outside the channel limits database (ends the run, no regeneration).
    LimitsViolation,
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
    /// Every control-system read and write found, located, with how it was established.
    #[serde(default)]
    pub operations: Vec<DetectedOperation>,
    /// Literal writes outside the channel limits (`PYEXEC_LIMITS_FILE`).
    #[serde(default)]
    pub limits_violations: Vec<crate::limits::LimitsViolation>,
    /// Non-blocking remarks (reported as the outcome's `analysis_warnings`).
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// The configured analyzer: compiled patterns, security rules and the limits database.
#[derive(Debug, Clone)]
pub struct Analyzer {
    patterns: PatternSet,
    rules: SecurityRules,
    limits: Option<std::sync::Arc<crate::limits::LimitsDatabase>>,
    /// The Python the code runs on: newer syntax is a syntax error.
    python: ruff_python_ast::PythonVersion,
}

impl Analyzer {
    /// An analyzer with these patterns, the built-in security rules, no limits database,
    /// for code that runs on Python 3.11 (the executor's, in the deployment images).
    pub fn new(patterns: PatternSet) -> Self {
        Self {
            patterns,
            rules: SecurityRules::default(),
            limits: None,
            python: syntax::DEFAULT_PYTHON,
        }
    }

    /// For code that runs on Python `major.minor`.
    pub fn for_python(mut self, (major, minor): (u8, u8)) -> Self {
        self.python = ruff_python_ast::PythonVersion { major, minor };
        self
    }

    /// Replaces the security rules.
    pub fn with_rules(mut self, rules: SecurityRules) -> Self {
        self.rules = rules;
        self
    }

    /// Checks literal writes against this limits database.
    pub fn with_limits(mut self, limits: std::sync::Arc<crate::limits::LimitsDatabase>) -> Self {
        self.limits = Some(limits);
        self
    }

    /// The analyzer the settings describe (`PYEXEC_CONTROL_SYSTEM_TYPE`,
    /// `PYEXEC_PATTERNS_FILE`, `PYEXEC_SECURITY_RULES_FILE`, `PYEXEC_DYNAMIC_ACCESS`,
    /// `PYEXEC_LIMITS_FILE`, `PYEXEC_PYTHON_VERSION`); errors name the variable.
    pub fn from_settings(
        settings: &crate::config::Settings,
    ) -> Result<Self, crate::config::ConfigError> {
        let patterns = PatternSet::load(
            &settings.control_system_type,
            settings.patterns_file.as_deref(),
        )
        .map_err(|e| {
            let variable = match e {
                PatternError::UnknownType(_) => "PYEXEC_CONTROL_SYSTEM_TYPE",
                _ => "PYEXEC_PATTERNS_FILE",
            };
            crate::config::ConfigError::new(variable, e.to_string())
        })?;
        let rules = SecurityRules::load(
            settings.security_rules_file.as_deref(),
            settings.dynamic_access,
        )
        .map_err(|e| {
            crate::config::ConfigError::new("PYEXEC_SECURITY_RULES_FILE", e.to_string())
        })?;
        let mut analyzer = Self::new(patterns)
            .with_rules(rules)
            .for_python(settings.python_version);
        if let Some(db) = settings.limits_database()? {
            analyzer = analyzer.with_limits(std::sync::Arc::new(db));
        }
        Ok(analyzer)
    }

    /// The control-system type whose patterns are in use.
    pub fn control_system_type(&self) -> &str {
        self.patterns.control_system_type()
    }

    /// [`Self::analyze`] of a file's bytes (`pyexec analyze FILE`): text that is not UTF-8
    /// fails as a syntax error located at the first byte that is not (the executor runs
    /// code as UTF-8, and the wire protocol carries it as JSON text).
    pub fn analyze_bytes(&self, code: &[u8], policy: &ApprovalPolicy) -> AnalysisRecord {
        match std::str::from_utf8(code) {
            Ok(text) => self.analyze(text, policy),
            Err(error) => {
                let valid = std::str::from_utf8(&code[..error.valid_up_to()]).unwrap_or_default();
                let (line, column) = syntax::Lines::new(valid).position(valid.len());
                syntax_failure(vec![SyntaxIssue {
                    line,
                    column,
                    message: format!(
                        "the source is not UTF-8 text (byte {} is not valid UTF-8); save it as \
                         UTF-8",
                        error.valid_up_to()
                    ),
                }])
            }
        }
    }

    /// Analyses `code` under `policy`. Never fails: problems are in the record.
    ///
    /// Large or deeply nested code is analysed on a thread with a large stack: the parse
    /// tree is recursive, and so is dropping it, however deep the input nests.
    pub fn analyze(&self, code: &str, policy: &ApprovalPolicy) -> AnalysisRecord {
        if !may_nest_deeply(code) {
            return self.analyze_here(code, policy);
        }
        if let Some(issue) = syntax::too_deeply_nested(code, self.python) {
            return syntax_failure(vec![issue]);
        }
        let outcome = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("pyexec-analysis".into())
                .stack_size(ANALYSIS_STACK_BYTES)
                .spawn_scoped(scope, || self.analyze_here(code, policy))
                .map(|handle| handle.join())
        });
        match outcome {
            Ok(Ok(record)) => record,
            Ok(Err(_panic)) => internal_failure("the analyzer failed on this code"),
            Err(spawn) => internal_failure(&format!(
                "no thread to analyse this code on ({spawn}); try again"
            )),
        }
    }

    fn analyze_here(&self, code: &str, policy: &ApprovalPolicy) -> AnalysisRecord {
        let parsed = syntax::parse_for(code, self.python);
        if !parsed.errors.is_empty() {
            return syntax_failure(parsed.errors);
        }
        let facts = dataflow::analyse(
            parsed.module(),
            parsed.tokens(),
            &parsed.lines,
            &self.patterns,
            &self.rules,
        );
        let has_writes = facts
            .operations
            .iter()
            .any(|o| o.operation == Access::Write);
        let has_reads = facts.operations.iter().any(|o| o.operation == Access::Read);
        let detected = detected_patterns(&facts.operations);
        let findings = facts.findings;
        let security_risk = findings
            .iter()
            .map(|f| f.severity)
            .max()
            .unwrap_or(Risk::Low);

        let mut issues = Vec::new();
        let mut recommendations = Vec::new();
        let mut warnings = Vec::new();
        if !facts.assigns_results {
            warnings.push(
                "the code never assigns `results`; the run will fail unless it sets a `results` dict"
                    .into(),
            );
        }
        for finding in &findings {
            let line = format!(
                "line {}: {} [{}] ({:?} risk)",
                finding.line, finding.message, finding.rule, finding.severity
            );
            if finding.severity == Risk::High {
                issues.push(line);
            } else {
                warnings.push(line);
            }
        }
        for op in facts
            .operations
            .iter()
            .filter(|o| o.evidence == Evidence::Unverified)
        {
            warnings.push(format!(
                "line {}: a control-system write cannot be ruled out ({})",
                op.line, op.target
            ));
        }
        let review: Vec<String> = findings
            .iter()
            .filter(|f| f.severity == Risk::Medium)
            .map(|f| format!("line {}: {}", f.line, f.message))
            .collect();
        let mandatory_review: Vec<String> = findings
            .iter()
            .filter(|f| f.severity == Risk::Medium && self.rules.requires_review(&f.rule))
            .map(|f| format!("line {}: {}", f.line, f.message))
            .collect();
        let mut decision = policy.decide(has_writes, &review);
        if decision.blocked.is_none() && !decision.needs_approval && !mandatory_review.is_empty() {
            decision.needs_approval = true;
            decision.reasoning = format!(
                "dynamic access needs a human (PYEXEC_DYNAMIC_ACCESS=approval): {}",
                mandatory_review.join("; ")
            );
        }

        let mut limits_violations = Vec::new();
        if let Some(db) = &self.limits {
            for write in &facts.literal_writes {
                match db.check_static(&write.channel, write.value) {
                    Ok(crate::limits::StaticCheck::StepCheckAtRunTime { max_step }) => {
                        warnings.push(format!(
                            "line {}: {} is within the limits of {}; its max_step {max_step} is checked at run time",
                            write.line, write.value, write.channel
                        ));
                    }
                    Ok(_) => {}
                    Err(violation) => {
                        issues.push(format!(
                            "line {}: {} [{:?}]",
                            write.line, violation.reason, violation.violation_type
                        ));
                        limits_violations.push(violation);
                    }
                }
            }
        }

        let failure = if security_risk == Risk::High {
            recommendations.push(
                "remove exec/eval, subprocess and shell calls, dynamic imports and attribute \
                 access, and ctypes; call the provided libraries directly"
                    .into(),
            );
            Some(AnalysisFailure::SecurityRisk)
        } else if let Some(reason) = &decision.blocked {
            issues.push(reason.clone());
            recommendations.push("read values only; do not write to the control system".into());
            Some(AnalysisFailure::WritesDisabled)
        } else if !limits_violations.is_empty() {
            recommendations.push(
                "the requested value is outside the channel's configured limits; \
                 nothing was written"
                    .into(),
            );
            Some(AnalysisFailure::LimitsViolation)
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
            operations: facts.operations,
            limits_violations,
            warnings,
        }
    }
}

/// Code whose brackets nest at most this deep, and whose logical lines are at most this
/// long, is analysed on the caller's thread (its syntax tree cannot be deeper than a few
/// thousand levels); anything else on a thread with [`ANALYSIS_STACK_BYTES`] of stack
/// (reserved, not committed: only what the recursion touches is used).
const INLINE_MAX_BRACKET_DEPTH: usize = 64;
const INLINE_MAX_LOGICAL_LINE_BYTES: usize = 4 * 1024;
const ANALYSIS_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Whether `code` might parse into a tree deep enough to exhaust a small stack: brackets
/// nested deeply, or a logical line (brackets and backslashes join physical lines) long
/// enough to hold a long operator, attribute or call chain. Brackets and newlines inside
/// strings count too: an overestimate only moves the analysis to a bigger stack.
fn may_nest_deeply(code: &str) -> bool {
    /// Bytes the scan acts on; every other byte is skipped with one table lookup.
    const INTERESTING: [bool; 256] = {
        let mut table = [false; 256];
        let mut i = 0;
        while i < 7 {
            table[b"([{)]}\n"[i] as usize] = true;
            i += 1;
        }
        table
    };
    let bytes = code.as_bytes();
    let (mut depth, mut line_start) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if !INTERESTING[b as usize] {
            continue;
        }
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > INLINE_MAX_BRACKET_DEPTH {
                    return true;
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 && (i == 0 || bytes[i - 1] != b'\\') => {
                if i - line_start > INLINE_MAX_LOGICAL_LINE_BYTES {
                    return true;
                }
                line_start = i;
            }
            _ => {}
        }
    }
    bytes.len() - line_start > INLINE_MAX_LOGICAL_LINE_BYTES
}

/// A record for code the analyzer could not analyse: failed, high risk, nothing runs.
fn internal_failure(message: &str) -> AnalysisRecord {
    AnalysisRecord {
        passed: false,
        issues: vec![format!("{message}; it is treated as high risk and not run")],
        recommendations: vec!["simplify the code".into()],
        severity: Severity::Error,
        security_risk: Risk::High,
        has_writes: false,
        has_reads: false,
        detected_patterns: DetectedPatterns::default(),
        recommended_execution_mode: ExecutionMode::ReadOnly,
        needs_approval: false,
        approval_reasoning: "not evaluated: analysis failed".into(),
        failure: Some(AnalysisFailure::SecurityRisk),
        syntax_errors: Vec::new(),
        security_findings: Vec::new(),
        operations: Vec::new(),
        limits_violations: Vec::new(),
        warnings: Vec::new(),
    }
}

/// The distinct patterns that matched operations, per operation, in first-seen order.
fn detected_patterns(operations: &[DetectedOperation]) -> DetectedPatterns {
    let mut detected = DetectedPatterns::default();
    for op in operations {
        let list = match op.operation {
            Access::Write => &mut detected.writes,
            Access::Read => &mut detected.reads,
        };
        for p in &op.patterns {
            if !list.contains(p) {
                list.push(p.clone());
            }
        }
    }
    detected
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
        limits_violations: Vec::new(),
        warnings: Vec::new(),
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

    fn limits() -> std::sync::Arc<crate::limits::LimitsDatabase> {
        std::sync::Arc::new(
            crate::limits::LimitsDatabase::from_json_str(
                r#"{"_comment": "test", "MAG:QF1:CURRENT_SP": {"min_value": 0, "max_value": 100, "max_step": 10},
                    "MAG:QF1:CURRENT_RB": {"writable": false}}"#,
                "test",
            )
            .expect("limits"),
        )
    }

    #[test]
    fn literal_writes_outside_the_limits_fail_analysis_before_anything_runs() {
        let analyzer = analyzer().with_limits(limits());
        for (code, kind) in [
            (
                "import epics\nepics.caput('MAG:QF1:CURRENT_SP', 150)\nresults = {}\n",
                "MaxExceeded",
            ),
            (
                "from epics import caput as w\nw('MAG:QF1:CURRENT_SP', -10)\nresults = {}\n",
                "MinExceeded",
            ),
            (
                "import epics\npv = epics.PV('MAG:QF1:CURRENT_SP')\npv.value = 101\nresults = {}\n",
                "MaxExceeded",
            ),
            (
                "from pyexec_runtime import write_channels\nwrite_channels({'MAG:QF1:CURRENT_RB': 1})\nresults = {}\n",
                "ReadOnlyChannel",
            ),
            (
                "import epics\nepics.caput('NOT:LISTED', 1)\nresults = {}\n",
                "UnlistedChannel",
            ),
            // Keyword forms (red-team round 18).
            (
                "import epics\nepics.caput(pvname='MAG:QF1:CURRENT_SP', value=150)\nresults = {}\n",
                "MaxExceeded",
            ),
            (
                "from pyexec_runtime import write_channel\nwrite_channel(name='MAG:QF1:CURRENT_SP', value=-1)\nresults = {}\n",
                "MinExceeded",
            ),
            (
                "import epics\nepics.PV(pvname='MAG:QF1:CURRENT_SP').put(150)\nresults = {}\n",
                "MaxExceeded",
            ),
            // Constant expressions and spelled numbers (round 18).
            (
                "import epics\nepics.caput('MAG:QF1:CURRENT_SP', 10**3)\nresults = {}\n",
                "MaxExceeded",
            ),
            (
                "import epics\nepics.caput('MAG:QF1:CURRENT_SP', int('150'))\nresults = {}\n",
                "MaxExceeded",
            ),
            (
                "import epics\nepics.caput('MAG:QF1:CURRENT_SP', -2**64)\nresults = {}\n",
                "MinExceeded",
            ),
            (
                "import epics\nepics.caput('MAG:QF1:CURRENT_SP', float('inf'))\nresults = {}\n",
                "NonFiniteValue",
            ),
            (
                "import epics\nepics.caput('MAG:QF1:CURRENT_SP', 18446744073709551621)\nresults = {}\n",
                "MaxExceeded",
            ),
        ] {
            let r = analyzer.analyze(code, &policy(true));
            assert_eq!(
                r.failure,
                Some(AnalysisFailure::LimitsViolation),
                "{code}: {:?}",
                r.issues
            );
            assert_eq!(
                format!("{:?}", r.limits_violations[0].violation_type),
                kind,
                "{code}"
            );
            assert!(!r.needs_approval);
        }
        // Boundaries pass (also computed); the step limit is left to run time and said so.
        let r = analyzer.analyze(
            "import epics\nepics.caput('MAG:QF1:CURRENT_SP', 100)\nepics.caput('MAG:QF1:CURRENT_SP', 0)\nepics.caput('MAG:QF1:CURRENT_SP', 10**2 - 50 / 2)\nresults = {}\n",
            &policy(true),
        );
        assert!(r.passed, "{:?}", r.issues);
        assert!(
            r.warnings.iter().any(|w| w.contains("max_step")),
            "{:?}",
            r.warnings
        );
        // A value written through a name or list that holds more than one channel is left to
        // the runtime guard (red-team round 18: setting the setpoint and reading the readback
        // through the same `pv` failed as a write to the read-only readback).
        for code in [
            "import epics\npv = epics.PV('MAG:QF1:CURRENT_SP')\npv.put(52.0)\npv = epics.PV('MAG:QF1:CURRENT_RB')\nrb = pv.get()\nresults = {}\n",
            "import epics\npvs = [epics.PV('MAG:QF1:CURRENT_SP'), epics.PV('MAG:QF1:CURRENT_RB')]\npvs[0].value = 50\nresults = {}\n",
        ] {
            let r = analyzer.analyze(code, &policy(true));
            assert!(r.passed, "{code}: {:?}", r.issues);
            assert!(r.limits_violations.is_empty() && r.needs_approval, "{code}");
        }
        // A computed value cannot be checked statically (the runtime guard checks it).
        let r = analyzer.analyze(
            "import epics\nv = 500\nepics.caput('MAG:QF1:CURRENT_SP', v)\nresults = {}\n",
            &policy(true),
        );
        assert!(r.passed && r.needs_approval);
    }

    #[test]
    fn every_way_of_keying_a_dict_by_a_pv_makes_its_keys_writable() {
        // Round 18: a dict's keys are kept apart from its values where the walk knows them;
        // each of these puts a PV among the keys, and each use of the keys must then count.
        let inits = [
            "d = {n: 1 for n in 'abc'}",
            "d = {}",
            "d = {'a': 1}",
            "d: dict = {}",
        ];
        let fills = [
            "d[epics.PV('X')] = 1",
            "d.update({epics.PV('X'): 1})",
            "d.update([(epics.PV('X'), 1)])",
            "d.setdefault(epics.PV('X'), 1)",
            "d |= {epics.PV('X'): 1}",
            "d2 = d\nd2[epics.PV('X')] = 1",
            "dict.__setitem__(d, epics.PV('X'), 1)",
            "dict.update(d, {epics.PV('X'): 1})",
            "d.__init__({epics.PV('X'): 1})",
            "def f(m):\n    m[epics.PV('X')] = 1\nf(d)",
            "l = [d]\nl[0][epics.PV('X')] = 1",
            "import operator\noperator.setitem(d, epics.PV('X'), 1)",
            "import collections\ncollections.ChainMap({}, d).maps[1][epics.PV('X')] = 1",
            "g = globals()\ng['d'][epics.PV('X')] = 1",
            "class C:\n    m = d\nC.m[epics.PV('X')] = 1",
            "u = d.update\nu({epics.PV('X'): 1})",
            "dd = {'d': d}\ndd['d'][epics.PV('X')] = 1",
            "for m in [d]:\n    m[epics.PV('X')] = 1",
            "d = {**d, epics.PV('X'): 1}",
            "(lambda m: m.update({epics.PV('X'): 1}))(d)",
            "def g():\n    d[epics.PV('X')] = 1\ng()",
            "x = d or {}\nx[epics.PV('X')] = 1",
            "(x := d)[epics.PV('X')] = 1",
            "def f(m=d):\n    m[epics.PV('X')] = 1\nf()",
        ];
        let uses = [
            "for k in d:\n    k.put(1)",
            "for k, v in d.items():\n    k.put(1)",
            "for k in d.keys():\n    k.put(1)",
            "list(d)[0].put(1)",
            "sorted(d)[0].put(1)",
            "[k for k in d][0].put(1)",
            "next(iter(d)).put(1)",
        ];
        let analyzer = analyzer();
        for init in inits {
            for fill in fills {
                for use_ in uses {
                    let code = format!("import epics\n{init}\n{fill}\n{use_}\nresults = {{}}\n");
                    let r = analyzer.analyze(&code, &policy(true));
                    assert!(
                        r.has_writes || r.security_risk == Risk::High,
                        "a write was missed:\n{code}"
                    );
                }
            }
            // Without a PV among the keys, the keys are names.
            let code = format!(
                "import epics, somelib\n{init}\nd['b'] = epics.PV('B')\nsomelib.show(list(d))\nresults = {{}}\n"
            );
            let r = analyzer.analyze(&code, &policy(true));
            assert!(!r.has_writes, "{code}");
        }
    }

    #[test]
    fn syntax_newer_than_the_executors_python_fails_as_a_syntax_error() {
        let code = "d = {'k': 1}\nprint(f\"{d[\"k\"]}\")\ntype Reading = float\nresults = {}\n";
        let record = analyzer().analyze(code, &policy(false));
        assert_eq!(record.failure, Some(AnalysisFailure::Syntax), "{record:?}");
        assert_eq!(
            record
                .syntax_errors
                .iter()
                .map(|e| (e.line, e.message.contains("3.12")))
                .collect::<Vec<_>>(),
            vec![(2, true), (3, true)]
        );
        let on_312 = analyzer().for_python((3, 12)).analyze(code, &policy(false));
        assert!(on_312.passed, "{:?}", on_312.issues);
    }

    #[test]
    fn dynamic_access_can_require_approval_instead_of_failing() {
        let code =
            "import epics\nname = 'ca' + 'put'\ngetattr(epics, name)('X', 1)\nresults = {}\n";
        let failing = analyzer().analyze(code, &policy(true));
        assert_eq!(failing.failure, Some(AnalysisFailure::SecurityRisk));
        let reviewing = analyzer()
            .with_rules(SecurityRules::new(DynamicAccess::Approval))
            .analyze(code, &policy(true));
        assert!(reviewing.passed && reviewing.needs_approval && reviewing.has_writes);
        assert_eq!(reviewing.security_risk, Risk::Medium);
        // Even when approval is otherwise disabled, a human must look.
        let disabled = ApprovalPolicy {
            mode: ApprovalMode::Disabled,
            control_system_writes_enabled: true,
        };
        let r = analyzer()
            .with_rules(SecurityRules::new(DynamicAccess::Approval))
            .analyze("x = eval('1 + 1')\nresults = {'x': x}\n", &disabled);
        assert!(r.passed && r.needs_approval, "{}", r.approval_reasoning);
        assert!(r.approval_reasoning.contains("PYEXEC_DYNAMIC_ACCESS"));
    }

    #[test]
    fn findings_are_structured_and_located() {
        let r = analyzer().analyze(
            "import os\n\nfrom os import system as run\nrun('caput X 1')\nresults = {}\n",
            &policy(true),
        );
        let shell: Vec<_> = r
            .security_findings
            .iter()
            .filter(|f| f.rule == "shell")
            .collect();
        assert!(
            shell
                .iter()
                .any(|f| f.line == 4 && f.column == 1 && f.severity == Risk::High),
            "{shell:?}"
        );
        assert!(r.has_writes, "shelling out to caput is a write");
    }

    #[test]
    fn custom_control_systems_are_found_by_their_patterns_through_aliases() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("patterns.json");
        std::fs::write(
            &path,
            r#"{"doocs": {"write": ["\\bdoocs\\.write\\("], "read": ["\\bdoocs\\.read\\("]}}"#,
        )
        .expect("write");
        let analyzer = Analyzer::new(PatternSet::load("doocs", Some(&path)).expect("patterns"));
        let r = analyzer.analyze(
            "import doocs as d\nw = d.write\nw('X', 1)\nv = d.read('Y')\n# doocs.write('Z', 2)\nresults = {}\n",
            &policy(true),
        );
        let writes: Vec<_> = r
            .operations
            .iter()
            .filter(|o| o.operation == Access::Write)
            .collect();
        assert_eq!(writes.len(), 1, "{:?}", r.operations);
        assert_eq!(writes[0].line, 3);
        assert!(r.has_reads);
        assert_eq!(
            r.detected_patterns.writes,
            vec!["\\bdoocs\\.write\\(".to_owned()]
        );
    }

    #[test]
    fn prohibited_imports_fail_analysis() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("rules.json");
        std::fs::write(&path, r#"{"prohibited_imports": ["urllib.request"]}"#).expect("write");
        let rules = SecurityRules::load(Some(&path), DynamicAccess::Fail).expect("rules");
        let r = analyzer().with_rules(rules).analyze(
            "from urllib.request import urlopen\nresults = {}\n",
            &policy(false),
        );
        assert_eq!(r.failure, Some(AnalysisFailure::SecurityRisk));
        assert!(
            r.security_findings
                .iter()
                .any(|f| f.rule == "prohibited_import")
        );
    }

    #[test]
    fn writes_in_a_function_nothing_names_need_a_person_only_where_configured() {
        let code = "from epics import caput, caget\n\ndef park():\n    caput('M1:VAL', 0)\n\n\
                    results = {'x': caget('M1:RBV')}\n";
        let r = analyzer().analyze(code, &policy(false));
        assert!(!r.has_writes && r.has_reads && !r.needs_approval, "{r:?}");
        let finding = &r.security_findings[0];
        assert_eq!((finding.rule.as_str(), finding.line), ("uncalled_write", 4));
        assert_eq!(finding.severity, Risk::Low);

        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("rules.json");
        std::fs::write(&path, r#"{"rules": {"uncalled_write": "medium"}}"#).expect("write");
        let rules = SecurityRules::load(Some(&path), DynamicAccess::Fail).expect("rules");
        let r = analyzer().with_rules(rules).analyze(code, &policy(false));
        assert!(!r.has_writes && r.needs_approval, "{r:?}");
        assert_eq!(r.security_risk, Risk::Medium);
    }

    #[test]
    fn nested_exec_strings_and_deep_nesting_never_crash() {
        let code =
            "exec(\"exec('exec(\\\"import epics; epics.caput(1, 2)\\\")')\")\nresults = {}\n";
        let r = analyzer().analyze(code, &policy(true));
        assert!(r.has_writes && !r.passed);
        // Brackets past Python's 200 levels are its syntax error, found before parsing.
        let brackets = format!(
            "x = {}1{}\nresults = {{}}\n",
            "[".repeat(400),
            "]".repeat(400)
        );
        let r = analyzer().analyze(&brackets, &policy(true));
        assert_eq!(r.failure, Some(AnalysisFailure::Syntax), "{:?}", r.issues);
        assert!(
            r.issues[0].contains("too many nested parentheses"),
            "{:?}",
            r.issues
        );
        // Other nesting Python accepts but the walk will not go into fails analysis.
        let deep = format!("x = {}1\nresults = {{}}\n", "-".repeat(400));
        let r = analyzer().analyze(&deep, &policy(true));
        assert_eq!(
            r.failure,
            Some(AnalysisFailure::SecurityRisk),
            "{:?}",
            r.issues
        );
        assert!(
            r.security_findings
                .iter()
                .any(|f| f.rule == "analysis_limit")
        );
        let shallow = format!(
            "x = {}1{}\nresults = {{}}\n",
            "[".repeat(50),
            "]".repeat(50)
        );
        assert!(analyzer().analyze(&shallow, &policy(true)).passed);
    }

    #[test]
    fn only_code_that_may_nest_deeply_leaves_the_callers_thread() {
        assert!(!may_nest_deeply(&crate::bench::synthetic_script(2_000)));
        assert!(may_nest_deeply(&format!("x = {}1", "[".repeat(65))));
        assert!(may_nest_deeply(&format!("x = {}1\n", "1 + ".repeat(2_000))));
        // A chain split over many short lines inside one bracket is one logical line.
        assert!(may_nest_deeply(&format!(
            "x = (\n{}1)\n",
            "1 +\n".repeat(2_000)
        )));
        assert!(may_nest_deeply(&format!(
            "x = 1 \\\n{}\n",
            "+ 1 \\\n".repeat(2_000)
        )));
        assert!(!may_nest_deeply(&"y = 1 + 2\n".repeat(5_000)));
    }
}
