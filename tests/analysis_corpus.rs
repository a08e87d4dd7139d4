//! The analysis corpus (`tests/analysis_corpus/`): snippets with expected verdicts.
//!
//! `the_corpus_is_well_formed` checks every header and that every snippet parses as Python 3.
//! `every_snippet_gets_its_expected_verdict` asserts the analyzer's writes, reads, risk and
//! approval verdict on every snippet. `corpus_report` (ignored; run with
//! `cargo test --test analysis_corpus -- --ignored --nocapture`) prints write recall, write
//! false-positive rate and misclassifications of the analyzer side by side with the regex-only
//! baseline reconstructed from the seeds (their 15 write and 14 read patterns over raw text).
//! `headers_agree_with_what_the_snippets_do_when_run` runs every snippet in real Python against
//! the stand-in control-system libraries of `tests/ground_truth/`, which record each write: a
//! snippet that analysis passes and whose header says it writes nothing must write nothing, so a
//! wrong header cannot hide a missed write behind a matching verdict.

mod common;

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use pyexec::analysis::{AnalysisFailure, Analyzer, PatternSet, Risk, syntax};
use pyexec::approval::{ApprovalMode, ApprovalPolicy};
use regex::Regex;

/// Expected security risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExpectedRisk {
    Low,
    Medium,
    High,
}

/// Whether a human must look (under `control_writes`, writes enabled); `NotApplicable` when
/// analysis fails on high risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Approval {
    Yes,
    No,
    NotApplicable,
}

impl fmt::Display for ExpectedRisk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        })
    }
}

impl fmt::Display for Approval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::NotApplicable => "n/a",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Expect {
    writes: bool,
    reads: bool,
    risk: ExpectedRisk,
    approval: Approval,
}

#[derive(Debug)]
struct Snippet {
    file: String,
    expect: Expect,
    why: String,
    /// The code after the header.
    body: String,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/analysis_corpus")
}

fn yes_no(key: &str, value: &str) -> Result<bool, String> {
    match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(format!("`{key}` must be yes|no, got `{other}`")),
    }
}

/// Parses `# expect: k=v ...` plus `# why: ...` lines; the body is everything after them.
fn parse_snippet(file: &str, text: &str) -> Result<Snippet, String> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or_default();
    let fields = first
        .trim_end()
        .strip_prefix("# expect:")
        .ok_or("line 1 must start with `# expect:`")?;
    let (mut writes, mut reads, mut risk, mut approval) = (None, None, None, None);
    for field in fields.split_whitespace() {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| format!("`{field}` is not key=value"))?;
        let slot_taken = match key {
            "writes" => writes.replace(yes_no(key, value)?).is_some(),
            "reads" => reads.replace(yes_no(key, value)?).is_some(),
            "risk" => risk
                .replace(match value {
                    "low" => ExpectedRisk::Low,
                    "medium" => ExpectedRisk::Medium,
                    "high" => ExpectedRisk::High,
                    other => return Err(format!("`risk` must be low|medium|high, got `{other}`")),
                })
                .is_some(),
            "approval" => approval
                .replace(match value {
                    "yes" => Approval::Yes,
                    "no" => Approval::No,
                    "n/a" => Approval::NotApplicable,
                    other => return Err(format!("`approval` must be yes|no|n/a, got `{other}`")),
                })
                .is_some(),
            other => return Err(format!("unknown key `{other}`")),
        };
        if slot_taken {
            return Err(format!("key `{key}` given twice"));
        }
    }
    let expect = Expect {
        writes: writes.ok_or("missing `writes`")?,
        reads: reads.ok_or("missing `reads`")?,
        risk: risk.ok_or("missing `risk`")?,
        approval: approval.ok_or("missing `approval`")?,
    };
    let mut why = Vec::new();
    let mut consumed = first.len();
    for line in lines {
        match line.trim_end().strip_prefix("# why:") {
            Some(text) => {
                why.push(text.trim().to_owned());
                consumed += line.len();
            }
            None => break,
        }
    }
    let why = why.join(" ");
    if why.is_empty() {
        return Err("missing `# why:` line after `# expect:`".into());
    }
    Ok(Snippet {
        file: file.to_owned(),
        expect,
        why,
        body: text[consumed..].to_owned(),
    })
}

fn load_corpus() -> Vec<Snippet> {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "py"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("utf-8 file name")
                .to_owned();
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            parse_snippet(&name, &text).unwrap_or_else(|e| panic!("{name}: bad header: {e}"))
        })
        .collect()
}

/// `approval` follows from the other keys (see the corpus README).
fn consistent_approval(e: &Expect) -> Approval {
    if e.risk == ExpectedRisk::High {
        Approval::NotApplicable
    } else if e.writes || e.risk == ExpectedRisk::Medium {
        Approval::Yes
    } else {
        Approval::No
    }
}

#[test]
fn the_corpus_is_well_formed() {
    let corpus = load_corpus();
    assert!(
        corpus.len() >= 80,
        "only {} snippets (need >= 80)",
        corpus.len()
    );
    // (Three digits up to 999, four from 1000 on.)
    let name_re = Regex::new(r"^(\d{3}|[1-9]\d{3})_[a-z0-9_]+\.py$").expect("regex");
    let mut numbers = BTreeSet::new();
    for s in &corpus {
        let caps = name_re
            .captures(&s.file)
            .unwrap_or_else(|| panic!("{}: name must be NNN_short_name.py", s.file));
        assert!(
            numbers.insert(caps[1].to_owned()),
            "{}: number used twice",
            s.file
        );
        assert!(!s.why.is_empty(), "{}: empty why", s.file);
        assert!(!s.body.trim().is_empty(), "{}: empty snippet", s.file);
        assert_eq!(
            s.expect.approval,
            consistent_approval(&s.expect),
            "{}: approval inconsistent with writes/risk ({:?})",
            s.file,
            s.expect
        );
        let parsed = syntax::parse(&s.body);
        assert!(
            parsed.errors.is_empty(),
            "{}: not valid Python 3: {:?}",
            s.file,
            parsed.errors
        );
    }
    let writes = corpus.iter().filter(|s| s.expect.writes).count();
    let clean = corpus.len() - writes;
    assert!(writes >= 35, "only {writes} write snippets (need >= 35)");
    assert!(clean >= 35, "only {clean} clean snippets (need >= 35)");
    for risk in [ExpectedRisk::Medium, ExpectedRisk::High] {
        assert!(
            corpus.iter().any(|s| s.expect.risk == risk),
            "no {risk}-risk snippet"
        );
    }
    assert!(
        corpus.iter().any(|s| s.expect.reads && !s.expect.writes),
        "no read-only snippet"
    );
}

/// The regex-only detector reconstructed from the seeds: raw text, nothing masked.
struct Baseline {
    write: Vec<Regex>,
    read: Vec<Regex>,
}

impl Baseline {
    fn new() -> Self {
        let compile = |sources: &[&str]| -> Vec<Regex> {
            sources
                .iter()
                .map(|s| Regex::new(s).expect("baseline regex"))
                .collect()
        };
        Self {
            write: compile(&[
                r"epics\.caput\(",
                r"\.put\(",
                r"caput\(",
                r"caput_many\(",
                r"\.put_many\(",
                r"epics\.ca\.put\(",
                r"ca\.put\(",
                r"write_channel\(",
                r"write_channels\(",
                r"\.write_attribute\(",
                r"\.write_attributes\(",
                r"tango\.write_attribute\(",
                r"device_proxy\.write_attribute\(",
                r"\.command_inout\(",
                r"\.write\(",
            ]),
            read: compile(&[
                r"epics\.caget\(",
                r"\.get\(",
                r"caget\(",
                r"caget_many\(",
                r"epics\.ca\.get\(",
                r"ca\.get\(",
                r"read_channel\(",
                r"read_channels\(",
                r"\.read_attribute\(",
                r"\.read_attributes\(",
                r"tango\.read_attribute\(",
                r"device_proxy\.read_attribute\(",
                r"PV\(",
                r"get_pv\(",
            ]),
        }
    }

    fn verdict(&self, code: &str) -> Verdict {
        Verdict {
            writes: self.write.iter().any(|r| r.is_match(code)),
            reads: self.read.iter().any(|r| r.is_match(code)),
            risk: None,
            approval: None,
        }
    }
}

/// What a detector said about one snippet; risk and approval only for the analyzer.
#[derive(Debug, Clone, Copy)]
struct Verdict {
    writes: bool,
    reads: bool,
    risk: Option<ExpectedRisk>,
    approval: Option<Approval>,
}

fn analyzer_verdict(analyzer: &Analyzer, policy: &ApprovalPolicy, code: &str) -> Verdict {
    let record = analyzer.analyze(code, policy);
    assert!(
        record.failure != Some(AnalysisFailure::Syntax),
        "corpus snippets must parse: {:?}",
        record.issues
    );
    let risk = match record.security_risk {
        Risk::Low => ExpectedRisk::Low,
        Risk::Medium => ExpectedRisk::Medium,
        Risk::High => ExpectedRisk::High,
    };
    let approval = if record.failure == Some(AnalysisFailure::SecurityRisk) {
        Approval::NotApplicable
    } else if record.needs_approval {
        Approval::Yes
    } else {
        Approval::No
    };
    Verdict {
        writes: record.has_writes,
        reads: record.has_reads,
        risk: Some(risk),
        approval: Some(approval),
    }
}

#[derive(Default)]
struct Score {
    name: &'static str,
    evaluated: usize,
    true_writes: usize,
    detected_writes: usize,
    clean: usize,
    false_writes: usize,
    reads_right: usize,
    risk_right: Option<usize>,
    approval_right: Option<usize>,
    missed: Vec<String>,
    false_positives: Vec<String>,
    other_mismatches: Vec<String>,
}

impl Score {
    fn new(name: &'static str) -> Self {
        Self {
            name,
            ..Self::default()
        }
    }

    fn add(&mut self, s: &Snippet, v: Verdict) {
        let e = &s.expect;
        self.evaluated += 1;
        if e.writes {
            self.true_writes += 1;
            if v.writes {
                self.detected_writes += 1;
            } else {
                self.missed.push(format!("{} ({})", s.file, s.why));
            }
        } else {
            self.clean += 1;
            if v.writes {
                self.false_writes += 1;
                self.false_positives.push(format!("{} ({})", s.file, s.why));
            }
        }
        let mut wrong = Vec::new();
        if v.reads == e.reads {
            self.reads_right += 1;
        } else {
            wrong.push(format!("reads={} expected {}", v.reads, e.reads));
        }
        if let Some(risk) = v.risk {
            if risk == e.risk {
                *self.risk_right.get_or_insert(0) += 1;
            } else {
                self.risk_right.get_or_insert(0);
                wrong.push(format!("risk={risk} expected {}", e.risk));
            }
        }
        if let Some(approval) = v.approval {
            if approval == e.approval {
                *self.approval_right.get_or_insert(0) += 1;
            } else {
                self.approval_right.get_or_insert(0);
                wrong.push(format!("approval={approval} expected {}", e.approval));
            }
        }
        if !wrong.is_empty() {
            self.other_mismatches
                .push(format!("{}: {}", s.file, wrong.join(", ")));
        }
    }

    fn pct(n: usize, d: usize) -> f64 {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    }

    fn row(&self) -> String {
        let opt = |o: Option<usize>| {
            o.map_or("-".to_owned(), |n| {
                format!(
                    "{n}/{} ({:.1}%)",
                    self.evaluated,
                    Self::pct(n, self.evaluated)
                )
            })
        };
        format!(
            "{:<18} {:>16} {:>16} {:>16} {:>16} {:>16}",
            self.name,
            format!(
                "{}/{} ({:.1}%)",
                self.detected_writes,
                self.true_writes,
                Self::pct(self.detected_writes, self.true_writes)
            ),
            format!(
                "{}/{} ({:.1}%)",
                self.false_writes,
                self.clean,
                Self::pct(self.false_writes, self.clean)
            ),
            format!(
                "{}/{} ({:.1}%)",
                self.reads_right,
                self.evaluated,
                Self::pct(self.reads_right, self.evaluated)
            ),
            opt(self.risk_right),
            opt(self.approval_right),
        )
    }

    fn print_details(&self) {
        println!(
            "\n== {}: missed writes ({}) ==",
            self.name,
            self.missed.len()
        );
        self.missed.iter().for_each(|m| println!("  {m}"));
        println!(
            "== {}: clean snippets flagged as writes ({}) ==",
            self.name,
            self.false_positives.len()
        );
        self.false_positives.iter().for_each(|m| println!("  {m}"));
        println!(
            "== {}: read/risk/approval mismatches ({}) ==",
            self.name,
            self.other_mismatches.len()
        );
        self.other_mismatches.iter().for_each(|m| println!("  {m}"));
    }
}

fn default_analyzer() -> (Analyzer, ApprovalPolicy) {
    (
        Analyzer::new(PatternSet::defaults("epics").expect("default patterns")),
        ApprovalPolicy {
            mode: ApprovalMode::ControlWrites,
            control_system_writes_enabled: true,
        },
    )
}

#[test]
fn every_snippet_gets_its_expected_verdict() {
    let corpus = load_corpus();
    let (analyzer, policy) = default_analyzer();
    let mut score = Score::new("analyzer");
    for s in &corpus {
        score.add(s, analyzer_verdict(&analyzer, &policy, &s.body));
    }
    let wrong: Vec<String> = score
        .missed
        .iter()
        .map(|m| format!("missed write: {m}"))
        .chain(
            score
                .false_positives
                .iter()
                .map(|m| format!("false write: {m}")),
        )
        .chain(score.other_mismatches.iter().cloned())
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} snippets misclassified:\n{}",
        wrong.len(),
        corpus.len(),
        wrong.join("\n")
    );
}

#[test]
#[ignore = "report: cargo test --test analysis_corpus -- --ignored --nocapture"]
fn corpus_report() {
    let corpus = load_corpus();
    let (analyzer, policy) = default_analyzer();
    let baseline = Baseline::new();
    let mut current = Score::new("current analyzer");
    let mut regex_only = Score::new("regex baseline");
    for s in &corpus {
        current.add(s, analyzer_verdict(&analyzer, &policy, &s.body));
        regex_only.add(s, baseline.verdict(&s.body));
    }
    assert_eq!(current.evaluated, regex_only.evaluated);
    assert_eq!(current.true_writes, regex_only.true_writes);
    assert_eq!(current.clean, regex_only.clean);

    let writes = current.true_writes;
    println!(
        "\nanalysis corpus: {} snippets, {writes} writes, {} clean of writes \
         (policy control_writes, writes enabled)\n",
        corpus.len(),
        current.clean
    );
    println!(
        "{:<18} {:>16} {:>16} {:>16} {:>16} {:>16}",
        "analyzer", "write recall", "write FP rate", "reads right", "risk right", "approval right"
    );
    println!("{}", current.row());
    println!("{}", regex_only.row());
    println!("targets: write recall >= 98%, write false positives <= 2%");
    current.print_details();
    regex_only.print_details();
}

/// What `tests/ground_truth/run.py --json` reports of one snippet's run.
#[derive(Debug, serde::Deserialize)]
struct GroundTruth {
    file: String,
    /// `completed`, `raised`, `timeout` or `missing_module`.
    outcome: String,
    writes: usize,
    first_write: Option<serde_json::Value>,
}

#[test]
fn headers_agree_with_what_the_snippets_do_when_run() {
    let runner = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ground_truth/run.py");
    let output = Command::new(common::python())
        .arg(&runner)
        .arg("--python")
        .arg(common::python())
        .arg("--json")
        .arg(corpus_dir())
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", runner.display()));
    assert!(
        output.status.success(),
        "{} failed (scripts/test.sh installs bubblewrap): {}",
        runner.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let runs: Vec<GroundTruth> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}")))
        .collect();
    let corpus = load_corpus();
    assert_eq!(runs.len(), corpus.len(), "one run per snippet");

    let mut wrote_though_clean = Vec::new();
    let (mut completed, mut writing_confirmed, mut clean_confirmed) = (0, 0, 0);
    for (snippet, run) in corpus.iter().zip(&runs) {
        assert!(
            run.file.ends_with(&snippet.file),
            "{} != {}",
            run.file,
            snippet.file
        );
        completed += usize::from(run.outcome == "completed");
        let e = &snippet.expect;
        match (e.writes, run.writes > 0) {
            (true, true) => writing_confirmed += 1,
            // A high-risk snippet fails analysis whatever it does: its `writes` says whether
            // the analyzer reports a write, not whether one happens.
            (false, true) if e.risk != ExpectedRisk::High => wrote_though_clean.push(format!(
                "{}: header says writes=no, but it wrote {}",
                snippet.file,
                run.first_write
                    .as_ref()
                    .map_or(String::new(), |w| w.to_string())
            )),
            (false, false) if run.outcome == "completed" => clean_confirmed += 1,
            _ => {}
        }
    }
    println!(
        "ground truth: {completed} of {} snippets ran to the end; {writing_confirmed} \
         writing snippets wrote, {clean_confirmed} clean ones completed without a write",
        corpus.len()
    );
    assert!(
        wrote_though_clean.is_empty(),
        "snippets that write although their header (and the analyzer) say they do not:\n{}",
        wrote_though_clean.join("\n")
    );
    // The stand-ins work: most snippets run, and most writing ones are seen to write (the
    // rest need a library without a stand-in, or write only from a callback or branch that
    // does not run; a few poll a readback that the stand-ins never settle, and stop at the
    // runner's timeout with their writes recorded).
    assert!(completed >= 900, "only {completed} snippets ran to the end");
    assert!(
        writing_confirmed >= 550,
        "only {writing_confirmed} writing snippets wrote"
    );
    assert!(
        clean_confirmed >= 330,
        "only {clean_confirmed} clean snippets completed"
    );
}
