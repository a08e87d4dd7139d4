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
}
