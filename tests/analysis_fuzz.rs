//! Property tests of [`Analyzer::analyze`]: on any input it returns a record, never panics,
//! and the record is consistent (a syntax failure lists located errors and does not pass;
//! parsable code that passes has no failure; the record serializes to JSON).
//!
//! Inputs: arbitrary unicode, sequences of Python tokens (keywords, brackets, quotes,
//! f-string prefixes, indentation, backslashes, NULs, `epics`/`caput`/`getattr`/`exec`),
//! nesting up to [`MAX_FUZZ_DEPTH`] levels, and byte mutations of `tests/analysis_corpus/`.
//! Each property runs 256 cases by default, a few seconds in a debug build; run longer with
//! `PROPTEST_CASES=100000 cargo test --release --test analysis_fuzz`. A failure prints the
//! shrunk input; add it to `tests/analysis_corpus/` or a unit test as a regression (no
//! `proptest-regressions/` file is written into the tree).
//!
//! A stack overflow aborts the whole binary instead of failing one case, so random nesting
//! stays below the depth at which the analyzer is known to overflow a 2 MiB thread stack
//! (see `nesting_far_beyond_python_limits_does_not_overflow`).

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

use pyexec::analysis::{AnalysisFailure, Analyzer, PatternSet, syntax};
use pyexec::approval::{ApprovalMode, ApprovalPolicy};
use pyexec::config::Settings;

/// Deepest nesting the random strategies build (CPython itself stops at 200 brackets).
const MAX_FUZZ_DEPTH: usize = 600;

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| {
    Analyzer::new(PatternSet::defaults("epics").expect("the default epics patterns compile"))
});

/// The default policy, or control writes enabled (reaches the approval branches).
fn policy(writes_enabled: bool) -> ApprovalPolicy {
    if writes_enabled {
        ApprovalPolicy {
            mode: ApprovalMode::ControlWrites,
            control_system_writes_enabled: true,
        }
    } else {
        Settings::default().approval_policy()
    }
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Analyses `code` and checks every property of the record.
fn check(code: &str, writes_enabled: bool) -> Result<(), TestCaseError> {
    let record = ANALYZER.analyze(code, &policy(writes_enabled));
    let json = serde_json::to_string(&record);
    prop_assert!(json.is_ok(), "the record does not serialize: {json:?}");

    let newlines = code.matches('\n').count();
    if record.failure == Some(AnalysisFailure::Syntax) {
        prop_assert!(!record.passed, "a syntax failure passed");
        prop_assert!(
            !record.syntax_errors.is_empty(),
            "syntax failure, no errors"
        );
        for e in &record.syntax_errors {
            prop_assert!(e.line >= 1 && e.column >= 1, "unlocated error {e:?}");
            prop_assert!(e.line <= newlines + 1, "error past the last line: {e:?}");
        }
    }
    // Valid: the parser finds no error, and brackets do not nest past what CPython's
    // tokenizer accepts (checked before parsing; the parser has no such limit).
    let valid = syntax::parse(code).errors.is_empty()
        && syntax::too_deeply_nested(code, syntax::DEFAULT_PYTHON).is_none();
    if valid {
        prop_assert_ne!(record.failure, Some(AnalysisFailure::Syntax));
        if record.passed {
            prop_assert!(record.failure.is_none(), "passed with {:?}", record.failure);
        }
    } else {
        prop_assert_eq!(record.failure, Some(AnalysisFailure::Syntax));
    }
    Ok(())
}

/// Python tokens and the characters that trip up lexers.
#[rustfmt::skip]
const VOCABULARY: &[&str] = &[
    // names and the control-system and security vocabulary
    "x", "pv", "results", "epics", "caput", "caget", "epics.caput", "epics.caget", "getattr",
    "setattr", "exec", "eval", "compile", "__import__", "importlib", "os", "system",
    "subprocess", "PV", "put", "get", "value", "write_channel", "read_channel", "_", "self",
    "__class__",
    // keywords
    "import", "from", "as", "def", "class", "lambda", "return", "yield", "await", "async",
    "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is", "with", "try",
    "except", "finally", "raise", "pass", "break", "continue", "global", "nonlocal", "del",
    "assert", "match", "case", "type", "None", "True", "False",
    // literals and string starts
    "0", "1", "1.5e3", "0x1F", "0b1", "1j", "1_000", "'A:B'", "\"A:B\"", "'", "\"", "'''",
    "\"\"\"", "f'", "f\"", "f'''", "rf'", "Rb\"", "u'", "t'", "{", "}", "{x!r:>{w}}", "{{",
    "}}",
    // brackets, operators and punctuation
    "(", ")", "[", "]", ":", ";", ",", ".", "...", "=", ":=", "==", "!=", "+", "-", "*", "**",
    "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", "->", "+=", "**=",
    // whitespace, line structure and odd characters
    " ", "  ", "    ", "\t", "\n", "\r\n", "\r", "\\", "\\\n", "\0", "\x0c", "#", "# caput(\n",
    "\u{feff}", "é", "\u{2028}", "\u{1F600}", "\u{202e}", "\u{ff08}",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCABULARY), 0..120).prop_map(|t| t.concat())
}

/// One nesting level: its opening and closing text. Any sequence of these is valid Python
/// around a valid expression (every child is in parentheses, brackets or braces).
const LEVELS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("f(", ")"),
    ("epics.caput('A', ", ")"),
    ("getattr(epics, ", ")"),
    ("exec(", ")"),
    ("not (", ")"),
    ("-(", ")"),
    ("lambda: (", ")"),
    ("(x if (", ") else 0)"),
    ("f'{(", ")}'"),
    ("f\"{(", ")}\""),
    ("[i for i in (", ")]"),
    ("(await (", "))"),
    ("{'k': (", ")}"),
];

/// Levels as written without parentheses: most sequences do not parse.
const RAW_LEVELS: &[(&str, &str)] = &[
    ("not ", ""),
    ("-", ""),
    ("lambda: ", ""),
    ("x if ", " else 0"),
    ("f'{", "}'"),
    ("[i for i in ", "]"),
    ("await ", ""),
    ("{", ""),
    ("", ")"),
];

/// Valid Python expressions and statements, so that nesting and blocks often parse.
const VALID: &[&str] = &[
    "1",
    "x",
    "epics.caput('A:B', 1)",
    "epics.caget('A:B')",
    "getattr(epics, 'ca' + 'put')('A', 1)",
    "exec('epics.caput(1)')",
    "f'{x!r:>{w}}'",
    "pv.put(1)",
    "results",
];

/// Mostly a valid expression, sometimes a token soup.
fn inner() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(VALID).prop_map(String::from),
        1 => token_soup(),
    ]
}

/// Up to [`MAX_FUZZ_DEPTH`] mixed levels around [`inner`], a quarter of them left unclosed,
/// a quarter with unparenthesized levels mixed in.
fn deep_nesting() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            3 => prop::collection::vec(prop::sample::select(LEVELS), 1..=MAX_FUZZ_DEPTH),
            1 => prop::collection::vec(
                prop::sample::select(LEVELS).prop_union(prop::sample::select(RAW_LEVELS)),
                1..=MAX_FUZZ_DEPTH,
            ),
        ],
        inner(),
        0..=MAX_FUZZ_DEPTH,
        prop::bool::weighted(0.25),
    )
        .prop_map(|(levels, inner, missing, unbalanced)| {
            let mut code = String::from("x = ");
            for (open, _) in &levels {
                code.push_str(open);
            }
            code.push_str(if inner.trim().is_empty() { "1" } else { &inner });
            let skip = if unbalanced { missing } else { 0 };
            for (_, close) in levels.iter().rev().skip(skip) {
                code.push_str(close);
            }
            code.push('\n');
            code
        })
}

/// Blocks nested up to 150 deep (CPython stops at 100), with [`inner`] as the body.
fn deep_blocks() -> impl Strategy<Value = String> {
    const HEADS: &[&str] = &[
        "if x:",
        "for i in x:",
        "with x:",
        "def f():",
        "while x:",
        "class C:",
    ];
    (
        prop::collection::vec(prop::sample::select(HEADS), 1..150),
        inner(),
    )
        .prop_map(|(heads, body)| {
            let mut code = String::new();
            for (depth, head) in heads.iter().enumerate() {
                code.push_str(&" ".repeat(depth));
                code.push_str(head);
                code.push('\n');
            }
            code.push_str(&" ".repeat(heads.len()));
            code.push_str(&body);
            code.push('\n');
            code
        })
}

/// The corpus snippets, bytes as on disk.
static CORPUS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/analysis_corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/analysis_corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let corpus: Vec<_> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("a corpus snippet"))
        .collect();
    assert!(!corpus.is_empty(), "no snippets in {}", dir.display());
    corpus
});

#[derive(Debug, Clone)]
enum Mutation {
    Delete(Index, usize),
    Insert(Index, Vec<u8>),
    Duplicate(Index, usize),
}

impl Mutation {
    fn apply(&self, bytes: &mut Vec<u8>) {
        // Positions range over 0..=len, so an insertion can append.
        let at = |i: &Index| i.index(bytes.len() + 1);
        match self {
            Mutation::Delete(i, len) => {
                let start = at(i);
                let end = (start + len).min(bytes.len());
                bytes.drain(start..end);
            }
            Mutation::Insert(i, insert) => {
                let start = at(i);
                bytes.splice(start..start, insert.iter().copied());
            }
            Mutation::Duplicate(i, len) => {
                let start = at(i);
                let end = (start + len).min(bytes.len());
                let copy = bytes[start..end].to_vec();
                bytes.splice(end..end, copy);
            }
        }
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop::sample::select(&b"()[]{}'\"\\\n\r\t #:.,=fbru0\x00\xff\xc3\xe2"[..]);
    let insert = prop_oneof![
        prop::collection::vec(prop_oneof![interesting, any::<u8>()], 1..8),
        prop::sample::select(VOCABULARY).prop_map(|t| t.as_bytes().to_vec()),
    ];
    prop_oneof![
        (any::<Index>(), 1..16_usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<Index>(), insert).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), 1..64_usize).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
    ]
}

/// A corpus snippet after 1 to 8 mutations, decoded lossily (analysis takes text).
fn mutated_snippet() -> impl Strategy<Value = String> {
    (any::<Index>(), prop::collection::vec(mutation(), 1..8)).prop_map(|(pick, mutations)| {
        let mut bytes = CORPUS[pick.index(CORPUS.len())].clone();
        for m in &mutations {
            m.apply(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_unicode_yields_a_consistent_record(
        code in prop::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter),
        writes in prop::bool::ANY,
    ) {
        check(&code, writes)?;
    }

    #[test]
    fn token_soup_yields_a_consistent_record(code in token_soup(), writes in prop::bool::ANY) {
        check(&code, writes)?;
    }

    #[test]
    fn deep_nesting_yields_a_consistent_record(code in deep_nesting(), writes in prop::bool::ANY) {
        check(&code, writes)?;
    }

    #[test]
    fn deep_blocks_yield_a_consistent_record(code in deep_blocks(), writes in prop::bool::ANY) {
        check(&code, writes)?;
    }

    #[test]
    fn mutated_corpus_snippets_yield_a_consistent_record(
        code in mutated_snippet(),
        writes in prop::bool::ANY,
    ) {
        check(&code, writes)?;
    }
}

/// Five hundred levels of each construct, closed and unclosed.
#[test]
fn five_hundred_levels_of_each_construct_yield_a_consistent_record() {
    for (open, close) in LEVELS.iter().chain(RAW_LEVELS) {
        for closed in [true, false] {
            let mut code = format!("x = {}1", open.repeat(500));
            if closed {
                code.push_str(&close.repeat(500));
            }
            code.push('\n');
            if let Err(e) = check(&code, false) {
                panic!("{open:?} x 500 (closed: {closed}): {e}");
            }
        }
    }
}

/// Nesting far beyond what CPython accepts (it stops at 200 brackets and 100 indents) but
/// within the 1 MiB request limit, on a 2 MiB thread like tokio's. This overflowed the stack
/// before the scope pass was depth-limited and large inputs moved to a big-stack thread
/// (the AST's drop recurses as deep as the input nests).
#[test]
fn nesting_far_beyond_python_limits_does_not_overflow() {
    let cases = [
        (
            "6,000 brackets",
            format!("x = {}1{}\n", "[".repeat(6_000), "]".repeat(6_000)),
        ),
        (
            "100,000 brackets",
            format!("x = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        ),
        (
            "unclosed brackets",
            format!("x = {}1\n", "(".repeat(100_000)),
        ),
        ("not chain", format!("x = {}True\n", "not ".repeat(40_000))),
        (
            "operator chain",
            format!("x = {}1\n", "1 + ".repeat(100_000)),
        ),
        (
            "attribute chain",
            format!("x = a{}\n", ".b".repeat(100_000)),
        ),
    ];
    for (name, code) in cases {
        // Only through `analyze` (which moves such input to a big stack): parsing it here,
        // on the test's 2 MiB thread, would overflow when the tree is dropped.
        let record = ANALYZER.analyze(&code, &policy(false));
        assert!(!record.passed, "{name}: passed");
        assert!(
            record.failure == Some(AnalysisFailure::Syntax)
                || record
                    .security_findings
                    .iter()
                    .any(|f| f.rule == "analysis_limit"),
            "{name}: {:?} {:?}",
            record.failure,
            record.issues
        );
        assert!(serde_json::to_string(&record).is_ok());
    }
}

/// Inputs a red-team round (17) built to make the walk explode, each 2–10 KB, and each
/// seconds to minutes before. A hierarchy where every class has eight bases that share
/// theirs is walked once per class (it was exponential) and stays clean; hundreds of dicts
/// each stored in the next reach the walk's work limit and fail analysis with a located
/// `analysis_limit` finding instead of holding a worker (the limit is a count, not a clock,
/// so the verdict is the same on any machine).
#[test]
fn inputs_built_to_explode_the_walk_get_a_verdict() {
    let mut fan_out = String::from("class L0_0: pass\n");
    for level in 1..9 {
        for i in 0..8 {
            let bases: Vec<String> = (0..8).map(|b| format!("L{}_{b}", level - 1)).collect();
            let bases = if level == 1 {
                "L0_0".to_owned()
            } else {
                bases.join(", ")
            };
            fan_out.push_str(&format!("class L{level}_{i}({bases}): pass\n"));
        }
    }
    fan_out.push_str("results = {'n': L8_0.__name__}\n");
    let record = ANALYZER.analyze(&fan_out, &policy(false));
    assert!(record.passed, "{:?}", record.issues);
    assert!(!record.has_writes);

    let mut nested = String::new();
    for i in 0..400 {
        nested.push_str(&format!("c{i} = {{}}\n"));
    }
    for i in 0..399 {
        nested.push_str(&format!("c{i}['k'] = c{}\n", i + 1));
    }
    nested.push_str("results = {'c': c0}\n");
    let record = ANALYZER.analyze(&nested, &policy(false));
    assert!(!record.passed);
    assert!(
        record
            .security_findings
            .iter()
            .any(|f| f.rule == "analysis_limit"),
        "{:?}",
        record.security_findings
    );
}
