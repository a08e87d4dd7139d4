//! Parsing: one parse per analysis with `ruff_python_parser` (Python 3 syntax up to 3.13:
//! f-strings, `match`, walrus, async), every error with its line and column, and the line
//! index that turns byte offsets into 1-based lines and columns. Syntax newer than the
//! Python the code will run on (`PYEXEC_PYTHON_VERSION`) is an error too.

use ruff_python_ast::ModModule;
use ruff_python_ast::token::Tokens;
use ruff_python_parser::{Mode, ParseOptions, Parsed};
use serde::{Deserialize, Serialize};

/// One syntax error, 1-based line and column (columns count characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyntaxIssue {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Byte offsets of line starts, for turning offsets into line and column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    source_len: usize,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1));
        Self {
            starts,
            source_len: source.len(),
        }
    }

    /// 1-based line and character column of a byte offset in `source`.
    pub fn position(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source_len);
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts[line - 1];
        let column = source
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        (line, column)
    }
}

/// A parsed module with its syntax errors and line index.
pub struct ParsedCode<'a> {
    source: &'a str,
    parsed: Parsed<ModModule>,
    pub errors: Vec<SyntaxIssue>,
    pub lines: Lines<'a>,
}

/// Line lookups bound to their source text. The index is built on the first lookup: most
/// analyses locate only a handful of operations, and clean code none at all.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    source: &'a str,
    index: std::cell::OnceCell<LineIndex>,
}

impl<'a> Lines<'a> {
    pub fn new(source: &'a str) -> Self {
        Self {
            source,
            index: std::cell::OnceCell::new(),
        }
    }

    /// The source these lines index.
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// 1-based (line, column) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.index
            .get_or_init(|| LineIndex::new(self.source))
            .position(self.source, offset)
    }
}

impl<'a> ParsedCode<'a> {
    pub fn tokens(&self) -> &Tokens {
        self.parsed.tokens()
    }

    pub fn module(&self) -> &ModModule {
        self.parsed.syntax()
    }

    pub fn source(&self) -> &'a str {
        self.source
    }
}

/// Syntax errors listed one by one; the rest are counted in one more entry.
pub const MAX_SYNTAX_ERRORS: usize = 20;

/// Parses `source` as a module for [`DEFAULT_PYTHON`], collecting its syntax errors (the
/// first [`MAX_SYNTAX_ERRORS`], and a count of the rest).
pub fn parse(source: &str) -> ParsedCode<'_> {
    parse_for(source, DEFAULT_PYTHON)
}

/// The Python code runs on unless `PYEXEC_PYTHON_VERSION` says otherwise: the deployment
/// images' and this build's executors run 3.11.
pub const DEFAULT_PYTHON: ruff_python_ast::PythonVersion = ruff_python_ast::PythonVersion::PY311;

/// [`parse`] for code that will run on Python `target`: syntax newer than it (`type X =
/// ...`, `f"{d["k"]}"` before 3.12) is a syntax error too, since the interpreter would
/// reject it.
pub fn parse_for(source: &str, target: ruff_python_ast::PythonVersion) -> ParsedCode<'_> {
    let options = ParseOptions::from(Mode::Module).with_target_version(target);
    let parsed = ruff_python_parser::parse_unchecked(source, options)
        .try_into_module()
        .unwrap_or_else(|| {
            // Mode::Module always yields a module; an empty one keeps us panic-free regardless.
            ruff_python_parser::parse_unchecked_source("", ruff_python_ast::PySourceType::Python)
        });
    let lines = Lines::new(source);
    // Every error, with where it starts: the parser's, then syntax the target is too old
    // for (which a file that parses at all may still have).
    let newer = parsed.unsupported_syntax_errors().iter().map(|err| {
        (
            err.range.start().to_usize(),
            // ("Cannot use `type` alias statement on Python 3.11 (syntax was added in
            // Python 3.12)")
            err.to_string(),
        )
    });
    let mut all: Vec<(usize, String)> = parsed
        .errors()
        .iter()
        .map(|err| (err.location.start().to_usize(), err.error.to_string()))
        .chain(newer)
        .collect();
    all.sort_by_key(|(offset, _)| *offset);
    // The first errors, and how many more: they go back to the code generator, and a file of
    // garbage has one per character.
    let mut errors: Vec<SyntaxIssue> = all
        .iter()
        .take(MAX_SYNTAX_ERRORS)
        .map(|(offset, message)| {
            let (line, column) = lines.position(*offset);
            SyntaxIssue {
                line,
                column,
                message: message.clone(),
            }
        })
        .collect();
    if let Some((offset, _)) = all.get(MAX_SYNTAX_ERRORS) {
        let (line, column) = lines.position(*offset);
        errors.push(SyntaxIssue {
            line,
            column,
            message: format!(
                "{} more syntax errors from here on (only the first {MAX_SYNTAX_ERRORS} are listed)",
                all.len() - MAX_SYNTAX_ERRORS
            ),
        });
    }
    ParsedCode {
        source,
        parsed,
        errors,
        lines,
    }
}

/// The deepest brackets nest in code Python accepts: its tokenizer stops at 200 levels
/// (CPython's `MAXLEVEL`).
pub const MAX_BRACKET_NESTING: usize = 200;

/// Where brackets outside comments and strings first nest deeper than
/// [`MAX_BRACKET_NESTING`], as the syntax error Python gives there ("too many nested
/// parentheses"). Checked before parsing code that nests deeply at all: the parser spends
/// about 2 KB per level, so a megabyte of `(` cost 2 GB and 4 s before failing.
///
/// `None` also when it cannot tell: from Python 3.12 an f-string may hold its own quotes,
/// and brackets in its fields count, so the parser decides.
pub fn too_deeply_nested(
    source: &str,
    target: ruff_python_ast::PythonVersion,
) -> Option<SyntaxIssue> {
    let bytes = source.as_bytes();
    let formatted_strings_nest = target >= ruff_python_ast::PythonVersion::PY312;
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                continue;
            }
            quote @ (b'\'' | b'"') => {
                if formatted_strings_nest
                    && string_prefix(bytes, i).iter().any(|b| b"fFtT".contains(b))
                {
                    return None;
                }
                i = string_end(bytes, i, quote);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKET_NESTING {
                    let (line, column) = LineIndex::new(source).position(source, i);
                    return Some(SyntaxIssue {
                        line,
                        column,
                        message: format!(
                            "too many nested parentheses (Python allows \
                             {MAX_BRACKET_NESTING} levels)"
                        ),
                    });
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The letters right before the quote at `quote_at` (`rb`, `f`, ...), when they are a
/// string prefix and not the end of a name.
fn string_prefix(bytes: &[u8], quote_at: usize) -> &[u8] {
    let start = bytes[..quote_at]
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80))
        .map_or(0, |p| p + 1);
    let word = &bytes[start..quote_at];
    if word.len() <= 2 && word.iter().all(|b| b"rRbBuUfFtT".contains(b)) {
        word
    } else {
        &[]
    }
}

/// The offset just after the string literal whose opening quote is at `start`: a backslash
/// escapes the next byte (in raw strings too, as far as where the string ends goes); a
/// one-quote string also ends at an unescaped line end, where it is unterminated.
fn string_end(bytes: &[u8], start: usize, quote: u8) -> usize {
    let closing = [quote; 3];
    let triple = bytes.get(start..start + 3) == Some(&closing[..]);
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            b if b == quote && !triple => return i + 1,
            b if b == quote && bytes.get(i..i + 3) == Some(&closing[..]) => return i + 3,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_garbage_lists_the_first_errors_and_counts_the_rest() {
        let garbage = "$".repeat(500);
        let parsed = parse(&garbage);
        assert_eq!(
            parsed.errors.len(),
            MAX_SYNTAX_ERRORS + 1,
            "{:?}",
            parsed.errors
        );
        let summary = &parsed.errors[MAX_SYNTAX_ERRORS].message;
        assert!(summary.contains("more syntax errors"), "{summary}");
    }

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let src = "ab\nçd = 1\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, 0), (1, 1));
        let d = src.find('d').expect("d");
        assert_eq!(idx.position(src, d), (2, 2));
    }

    #[test]
    fn every_error_is_reported() {
        let parsed = parse("def f(:\n    pass\nx = = 2\n");
        assert!(parsed.errors.len() >= 2, "{:?}", parsed.errors);
    }

    #[test]
    fn brackets_nested_past_what_python_allows_fail_before_parsing() {
        use ruff_python_ast::PythonVersion;
        let deep = |n: usize| format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        assert!(too_deeply_nested(&deep(200), PythonVersion::PY311).is_none());
        let issue = too_deeply_nested(&deep(201), PythonVersion::PY311).expect("too deep");
        assert_eq!((issue.line, issue.column), (1, 205), "{issue:?}");
        assert!(
            issue.message.contains("too many nested parentheses"),
            "{issue:?}"
        );
        // A megabyte of unclosed brackets is caught too, without a parse.
        let unclosed = format!("x = {}\n", "[".repeat(1 << 20));
        assert!(too_deeply_nested(&unclosed, PythonVersion::PY311).is_some());
        // Brackets in comments and strings are not code.
        let many = "(".repeat(300);
        for text in [
            format!("# {many}\nx = 1\n"),
            format!("x = '{many}'\n"),
            format!("x = \"\\\"{many}\"\n"),
            format!("x = r'\\'{many}'\n"),
            format!("x = \"\"\"\n\"{many}\n\"\"\"\n"),
            format!("x = b'''{many}''' + f'{{a}}{many}'\n"),
        ] {
            assert!(
                too_deeply_nested(&text, PythonVersion::PY311).is_none(),
                "{text}"
            );
            assert!(parse(&text).errors.is_empty(), "{text}");
        }
        // A name ending in a prefix letter is a name: `elf'...'` is no f-string to give up on.
        let code = format!("x = elf'a' + {}1{}\n", "(".repeat(300), ")".repeat(300));
        assert!(too_deeply_nested(&code, PythonVersion::PY312).is_some());
        // From 3.12 an f-string may hold its own quotes: the parser decides.
        let code = format!(
            "x = f\"{{d[\"k\"]}}\" + {}1{}\n",
            "(".repeat(300),
            ")".repeat(300)
        );
        assert!(too_deeply_nested(&code, PythonVersion::PY312).is_none());
        assert!(too_deeply_nested(&deep(300), PythonVersion::PY312).is_some());
    }
}
