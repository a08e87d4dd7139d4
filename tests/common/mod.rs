//! Shared test helpers: settings pointing at a private data directory, the project
//! interpreter, and strict notebook validation with nbformat.

#![allow(dead_code)]

pub mod model_server;

use std::path::{Path, PathBuf};
use std::process::Command;

use pyexec::config::Settings;

/// The project virtualenv's interpreter (numpy, matplotlib, nbformat), or the system one.
pub fn python() -> PathBuf {
    if let Ok(path) = std::env::var("PYEXEC_TEST_PYTHON") {
        return PathBuf::from(path);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    if venv.is_file() {
        venv
    } else {
        PathBuf::from("/usr/bin/python3")
    }
}

/// True when the test interpreter can import `module`.
pub fn python_has(module: &str) -> bool {
    Command::new(python())
        .args(["-c", &format!("import {module}")])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Settings for a test: its own data directory plus `overrides` (`PYEXEC_*` pairs).
pub fn settings(data_dir: &Path, overrides: &[(&str, &str)]) -> Settings {
    let mut vars: Vec<(String, String)> = vec![
        ("PYEXEC_PYTHON".into(), python().display().to_string()),
        ("PYEXEC_DATA_DIR".into(), data_dir.display().to_string()),
        ("PYEXEC_EXECUTION_TIMEOUT_SECONDS".into(), "60".into()),
    ];
    vars.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    Settings::from_vars(vars).expect("test settings are valid")
}

/// Every `.ipynb` under `dir`.
pub fn notebooks(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ipynb") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Validates every notebook under `dir` strictly with nbformat; returns how many it checked.
/// Panics when nbformat is missing, unless `PYEXEC_TEST_ALLOW_NO_NBFORMAT` is set.
pub fn assert_notebooks_valid(dir: &Path) -> usize {
    let files = notebooks(dir);
    if files.is_empty() {
        return 0;
    }
    if !python_has("nbformat") {
        assert!(
            std::env::var_os("PYEXEC_TEST_ALLOW_NO_NBFORMAT").is_some(),
            "nbformat is not importable by {}; run scripts/test.sh to create the virtualenv",
            python().display()
        );
        return 0;
    }
    let script = "import json, sys, nbformat\nfor path in sys.argv[1:]:\n    nbformat.validate(json.load(open(path)))\n";
    let output = Command::new(python())
        .args(["-W", "error", "-c", script])
        .args(&files)
        .output()
        .expect("run nbformat");
    assert!(
        output.status.success(),
        "notebook validation failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    files.len()
}
pub mod fleet;

/// Validates `value` against `docs/schemas/<schema>` with Python's jsonschema (installed
/// with nbformat in the project virtualenv).
pub fn assert_matches_schema(value: &serde_json::Value, schema: &str) {
    if !python_has("jsonschema") {
        assert!(
            std::env::var_os("PYEXEC_TEST_ALLOW_NO_NBFORMAT").is_some(),
            "jsonschema missing; run scripts/test.sh"
        );
        return;
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/schemas")
        .join(schema);
    let script = "import json, sys, jsonschema\nschema = json.load(open(sys.argv[1]))\njsonschema.Draft202012Validator.check_schema(schema)\njsonschema.validate(json.loads(sys.argv[2]), schema, cls=jsonschema.Draft202012Validator)\n";
    let output = Command::new(python())
        .args(["-c", script])
        .arg(&path)
        .arg(value.to_string())
        .output()
        .expect("run jsonschema");
    assert!(
        output.status.success(),
        "{value} does not match {schema}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs `code` once on `executor` in `mode`, with `attempt_dir` as its attempt directory.
pub async fn execute(
    executor: &dyn pyexec::execution::Executor,
    attempt_dir: &Path,
    mode: pyexec::model::ExecutionMode,
    code: &str,
) -> Result<pyexec::execution::ExecutionOutput, pyexec::execution::ExecutionFailure> {
    executor
        .execute(pyexec::execution::ExecutionJob {
            run_id: "test",
            code,
            mode,
            attempt: 1,
            context: None,
            attempt_dir,
        })
        .await
}
