//! Security findings from the AST: calls and imports that run arbitrary code, reach the shell,
//! load code dynamically, or write and delete files.
//!
//! High-risk findings fail analysis (the code is regenerated); medium-risk ones are warnings
//! that ask for a human under `control_writes`. This is a classifier in front of the runtime
//! sandbox, not the only line of defence.

use ruff_python_ast::name::UnqualifiedName;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, ModModule, Stmt};
use ruff_text_size::Ranged;
use serde::{Deserialize, Serialize};

use super::syntax::Lines;

/// Risk level of a finding, and of the code as a whole (its highest finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    Low,
    Medium,
    High,
}

/// One finding, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityFinding {
    pub rule: String,
    pub risk: Risk,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Modules whose import alone is a finding.
const RISKY_MODULES: &[(&str, &str, Risk, &str)] = &[
    (
        "subprocess",
        "shell",
        Risk::High,
        "imports subprocess (runs external programs)",
    ),
    ("pty", "shell", Risk::High, "imports pty (spawns shells)"),
    (
        "ctypes",
        "native_code",
        Risk::High,
        "imports ctypes (calls native code, bypasses Python)",
    ),
    (
        "importlib",
        "dynamic_import",
        Risk::High,
        "imports importlib (loads modules by computed name)",
    ),
    (
        "socket",
        "network",
        Risk::Medium,
        "imports socket (raw network access)",
    ),
];

/// Calls by (dotted) name.
const RISKY_CALLS: &[(&str, &str, Risk, &str)] = &[
    (
        "exec",
        "dynamic_code",
        Risk::High,
        "calls exec() on dynamic code",
    ),
    (
        "eval",
        "dynamic_code",
        Risk::High,
        "calls eval() on dynamic code",
    ),
    (
        "compile",
        "dynamic_code",
        Risk::High,
        "calls compile() to build code at run time",
    ),
    (
        "__import__",
        "dynamic_import",
        Risk::High,
        "calls __import__() with a computed module",
    ),
    (
        "importlib.import_module",
        "dynamic_import",
        Risk::High,
        "imports a module by computed name",
    ),
    (
        "os.system",
        "shell",
        Risk::High,
        "runs a shell command with os.system()",
    ),
    (
        "os.popen",
        "shell",
        Risk::High,
        "runs a shell command with os.popen()",
    ),
    ("os.fork", "process", Risk::High, "forks the process"),
    (
        "os.kill",
        "process",
        Risk::High,
        "sends signals to processes",
    ),
    (
        "os.killpg",
        "process",
        Risk::High,
        "sends signals to process groups",
    ),
    ("os.remove", "file_delete", Risk::Medium, "deletes a file"),
    ("os.unlink", "file_delete", Risk::Medium, "deletes a file"),
    (
        "os.rmdir",
        "file_delete",
        Risk::Medium,
        "deletes a directory",
    ),
    ("os.rename", "file_write", Risk::Medium, "renames a file"),
    (
        "shutil.rmtree",
        "file_delete",
        Risk::Medium,
        "deletes a directory tree",
    ),
    ("shutil.move", "file_write", Risk::Medium, "moves files"),
];

/// Dotted-name prefixes that are findings whatever follows (`os.execv`, `os.spawnl`, ...).
const RISKY_PREFIXES: &[(&str, &str, Risk, &str)] = &[
    (
        "subprocess.",
        "shell",
        Risk::High,
        "runs an external program via subprocess",
    ),
    (
        "os.exec",
        "shell",
        Risk::High,
        "replaces the process with os.exec*()",
    ),
    (
        "os.spawn",
        "shell",
        Risk::High,
        "spawns a program with os.spawn*()",
    ),
    (
        "os.posix_spawn",
        "shell",
        Risk::High,
        "spawns a program with os.posix_spawn*()",
    ),
];

/// Scans the module for findings, in source order.
pub fn scan(module: &ModModule, lines: &Lines<'_>) -> Vec<SecurityFinding> {
    let mut scanner = Scanner {
        lines,
        findings: Vec::new(),
    };
    scanner.visit_body(&module.body);
    scanner.findings.sort_by_key(|f| (f.line, f.column));
    scanner.findings
}

struct Scanner<'l, 's> {
    lines: &'l Lines<'s>,
    findings: Vec<SecurityFinding>,
}

impl Scanner<'_, '_> {
    fn push(&mut self, offset: usize, rule: &str, risk: Risk, message: String) {
        let (line, column) = self.lines.position(offset);
        self.findings.push(SecurityFinding {
            rule: rule.to_owned(),
            risk,
            line,
            column,
            message,
        });
    }

    fn check_module(&mut self, offset: usize, module: &str) {
        let top = module.split('.').next().unwrap_or(module);
        if let Some((_, rule, risk, message)) = RISKY_MODULES.iter().find(|(m, ..)| *m == top) {
            self.push(offset, rule, *risk, (*message).to_owned());
        }
    }

    fn check_call_name(&mut self, offset: usize, name: &str) {
        if let Some((_, rule, risk, message)) = RISKY_CALLS.iter().find(|(n, ..)| *n == name) {
            self.push(offset, rule, *risk, (*message).to_owned());
        } else if let Some((_, rule, risk, message)) =
            RISKY_PREFIXES.iter().find(|(p, ..)| name.starts_with(p))
        {
            self.push(offset, rule, *risk, format!("{message} ({name})"));
        }
    }

    fn check_file_write(&mut self, call: &ruff_python_ast::ExprCall, name: &str) {
        let offset = call.range().start().to_usize();
        let is_open = name == "open" || name == "io.open" || name.ends_with(".open");
        if is_open {
            let mode = call.arguments.find_argument_value("mode", 1);
            let writes = match mode {
                Some(Expr::StringLiteral(s)) => s
                    .value
                    .to_str()
                    .chars()
                    .any(|c| matches!(c, 'w' | 'a' | 'x' | '+')),
                Some(_) => true, // a computed mode cannot be verified
                None => false,
            };
            if writes {
                self.push(
                    offset,
                    "file_write",
                    Risk::Medium,
                    "opens a file for writing".into(),
                );
            }
        } else if name.ends_with(".write_text") || name.ends_with(".write_bytes") {
            self.push(offset, "file_write", Risk::Medium, "writes a file".into());
        }
    }
}

impl<'a> Visitor<'a> for Scanner<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    self.check_module(alias.range.start().to_usize(), alias.name.as_str());
                }
            }
            Stmt::ImportFrom(import) => {
                if let Some(module) = &import.module {
                    let offset = import.range.start().to_usize();
                    self.check_module(offset, module.as_str());
                    for alias in &import.names {
                        let dotted = format!("{}.{}", module.as_str(), alias.name.as_str());
                        self.check_call_name(alias.range.start().to_usize(), &dotted);
                    }
                }
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Some(name) = UnqualifiedName::from_expr(&call.func)
        {
            let dotted = name.segments().join(".");
            self.check_call_name(call.range().start().to_usize(), &dotted);
            self.check_file_write(call, &dotted);
        }
        visitor::walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::syntax;

    fn rules(code: &str) -> Vec<(String, Risk)> {
        let parsed = syntax::parse(code);
        scan(parsed.module(), &parsed.lines)
            .into_iter()
            .map(|f| (f.rule, f.risk))
            .collect()
    }

    #[test]
    fn shell_and_dynamic_code_are_high_risk() {
        for code in [
            "import os\nos.system('ls')",
            "import subprocess",
            "from subprocess import run",
            "exec('x=1')",
            "eval('1')",
            "__import__('os')",
            "import os\nos.execv('/bin/sh', [])",
            "from os import system",
        ] {
            assert!(rules(code).iter().any(|(_, r)| *r == Risk::High), "{code}");
        }
    }

    #[test]
    fn file_writes_are_medium_and_reads_are_clean() {
        assert_eq!(
            rules("open('a.txt', 'w')"),
            vec![("file_write".to_owned(), Risk::Medium)]
        );
        assert_eq!(rules("open('a.txt', mode='a')").len(), 1);
        assert!(rules("open('a.txt')").is_empty());
        assert!(rules("open('a.txt', 'rb')").is_empty());
    }

    #[test]
    fn look_alike_methods_are_clean() {
        assert!(rules("import re\nre.compile('x')\ndf.eval('a+b')").is_empty());
    }

    #[test]
    fn findings_are_located() {
        let parsed = syntax::parse("x = 1\n\nexec('y')\n");
        let f = scan(parsed.module(), &parsed.lines);
        assert_eq!((f[0].line, f[0].column), (3, 1));
    }
}
