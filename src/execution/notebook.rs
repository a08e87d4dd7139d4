//! Notebooks: nbformat 4.5 documents that show a run at each point the seeds name
//! (`code_generation_attempt`, `pre_execution`, `execution_attempt`, `final_success`,
//! `final_failure`), with the code, its analysis, its output, results and figures.
//!
//! Written as plain JSON (no Python needed), atomically, with stable cell ids so strict
//! `nbformat.validate` accepts them.

use std::io;
use std::path::{Path, PathBuf};

use base64::Engine;
use chrono::Utc;
use serde_json::{Map, Value, json};

use crate::analysis::AnalysisRecord;
use crate::execution::folder::write_atomic;
use crate::model::{ErrorChainEntry, ExecutionRequest};

/// Which notebook (the seeds' `NotebookType` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotebookKind {
    CodeGenerationAttempt,
    PreExecution,
    ExecutionAttempt,
    FinalSuccess,
    FinalFailure,
}

impl NotebookKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NotebookKind::CodeGenerationAttempt => "code_generation_attempt",
            NotebookKind::PreExecution => "pre_execution",
            NotebookKind::ExecutionAttempt => "execution_attempt",
            NotebookKind::FinalSuccess => "final_success",
            NotebookKind::FinalFailure => "final_failure",
        }
    }

    /// File name inside an attempt directory.
    pub fn file_name(self) -> String {
        format!("{}.ipynb", self.as_str())
    }
}

/// What an execution showed, for the code cell's outputs.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExecutionCells<'a> {
    pub stdout: &'a str,
    pub stderr: &'a str,
    pub results: Option<&'a Map<String, Value>>,
    pub figures: &'a [PathBuf],
    /// (exception name, message, traceback) when the code failed.
    pub error: Option<(&'a str, &'a str, Option<&'a str>)>,
    pub execution_time: Option<f64>,
}

/// Everything a notebook shows.
#[derive(Debug, Clone, Copy)]
pub struct NotebookSpec<'a> {
    pub kind: NotebookKind,
    pub run_id: &'a str,
    pub attempt: u32,
    pub request: &'a ExecutionRequest,
    pub code: &'a str,
    pub analysis: Option<&'a AnalysisRecord>,
    pub execution: Option<ExecutionCells<'a>>,
    pub error_chain: &'a [ErrorChainEntry],
}

/// Writes the notebook to `path`.
pub fn write(path: &Path, spec: &NotebookSpec<'_>) -> io::Result<()> {
    let document = build(spec);
    let bytes = serde_json::to_vec_pretty(&document).map_err(io::Error::other)?;
    write_atomic(path, &bytes)
}

/// nbformat wants multi-line strings as lists of lines, each keeping its newline.
fn lines(text: &str) -> Value {
    Value::Array(
        text.split_inclusive('\n')
            .map(|l| Value::String(l.to_owned()))
            .collect(),
    )
}

fn markdown(id: &str, text: &str) -> Value {
    json!({"cell_type": "markdown", "id": id, "metadata": {}, "source": lines(text)})
}

fn build(spec: &NotebookSpec<'_>) -> Value {
    let mut cells = Vec::new();
    let request = spec.request;
    cells.push(markdown(
        "header",
        &format!(
            "# pyexec run `{}` — {}\n\n- attempt: {}\n- written: {}\n- task objective: {}\n- user query: {}\n",
            spec.run_id,
            spec.kind.as_str(),
            spec.attempt,
            Utc::now().to_rfc3339(),
            request.task_objective,
            request.user_query,
        ),
    ));
    if let Some(analysis) = spec.analysis {
        cells.push(markdown("analysis", &analysis_text(analysis)));
    }
    cells.push(code_cell(spec));
    if !spec.error_chain.is_empty() {
        let mut text = String::from("## Earlier failed attempts\n\n");
        for entry in spec.error_chain {
            text.push_str(&format!(
                "- attempt {} ({}): {}\n",
                entry.attempt,
                entry.stage,
                entry.message.replace('\n', " ")
            ));
        }
        cells.push(markdown("error-chain", &text));
    }
    json!({
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "pyexec": {"run_id": spec.run_id, "attempt": spec.attempt, "notebook_type": spec.kind.as_str()},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    })
}

fn analysis_text(analysis: &AnalysisRecord) -> String {
    let mut text = format!(
        "## Analysis\n\n- passed: {}\n- security risk: {:?}\n- writes: {} · reads: {}\n- execution mode: {}\n- needs approval: {} ({})\n",
        analysis.passed,
        analysis.security_risk,
        analysis.has_writes,
        analysis.has_reads,
        analysis.recommended_execution_mode,
        analysis.needs_approval,
        analysis.approval_reasoning,
    );
    for issue in &analysis.issues {
        text.push_str(&format!("- issue: {issue}\n"));
    }
    for warning in &analysis.warnings {
        text.push_str(&format!("- warning: {warning}\n"));
    }
    text
}

fn code_cell(spec: &NotebookSpec<'_>) -> Value {
    let mut outputs = Vec::new();
    let mut execution_count = Value::Null;
    if let Some(exec) = spec.execution {
        execution_count = json!(1);
        for (name, text) in [("stdout", exec.stdout), ("stderr", exec.stderr)] {
            if !text.is_empty() {
                outputs.push(json!({"output_type": "stream", "name": name, "text": lines(text)}));
            }
        }
        for figure in exec.figures {
            if let Ok(bytes) = std::fs::read(figure) {
                let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
                outputs.push(json!({
                    "output_type": "display_data",
                    "data": {"image/png": encoded, "text/plain": [format!("<figure {}>", figure.display())]},
                    "metadata": {},
                }));
            }
        }
        if let Some(results) = exec.results {
            let pretty = serde_json::to_string_pretty(results).unwrap_or_default();
            outputs.push(json!({
                "output_type": "execute_result",
                "execution_count": 1,
                "data": {"application/json": results, "text/plain": lines(&format!("results = {pretty}"))},
                "metadata": {},
            }));
        }
        if let Some((ename, evalue, traceback)) = exec.error {
            let traceback: Vec<Value> = traceback
                .unwrap_or(evalue)
                .lines()
                .map(|l| Value::String(l.to_owned()))
                .collect();
            outputs.push(json!({
                "output_type": "error", "ename": ename, "evalue": evalue, "traceback": traceback,
            }));
        }
    }
    let mut metadata = Map::new();
    if let Some(seconds) = spec.execution.and_then(|e| e.execution_time) {
        metadata.insert("pyexec_execution_time".into(), json!(seconds));
    }
    json!({
        "cell_type": "code",
        "id": "code",
        "metadata": metadata,
        "execution_count": execution_count,
        "outputs": outputs,
        "source": lines(spec.code),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notebooks_have_the_nbformat_4_5_shape() {
        let request = ExecutionRequest::for_objective("plot");
        let results: Map<String, Value> = serde_json::from_str(r#"{"value": 42}"#).expect("json");
        let spec = NotebookSpec {
            kind: NotebookKind::FinalSuccess,
            run_id: "r1",
            attempt: 1,
            request: &request,
            code: "results = {'value': 42}\nprint(1)\n",
            analysis: None,
            execution: Some(ExecutionCells {
                stdout: "1\n",
                results: Some(&results),
                ..ExecutionCells::default()
            }),
            error_chain: &[],
        };
        let doc = build(&spec);
        assert_eq!(doc["nbformat"], 4);
        assert_eq!(doc["nbformat_minor"], 5);
        let code = &doc["cells"][1];
        assert_eq!(code["cell_type"], "code");
        assert_eq!(code["source"][0], "results = {'value': 42}\n");
        assert_eq!(code["outputs"][1]["data"]["application/json"]["value"], 42);
    }
}
