//! Prompts for the LLM generators, and getting code back out of their answers.
//!
//! [`Prompt::build`] turns a [`GenerationInput`] into a system prompt (the execution rules:
//! the `results` dict, the libraries the code may use, read-only or write mode, the
//! `pyexec_runtime` API) and a user prompt (objective, query, expected results, capability
//! prompts, the shape of the `context` data, a caller's plan, and on retries the rendered
//! error chain with the failed code and its traceback). The context is described by keys and
//! shapes, never sent whole: it can be large and may hold data the model does not need.
//! [`extract_code`] takes the code out of an answer, fenced or not.

use serde_json::{Map, Value};

use super::GenerationInput;
use crate::model::error::render_error_chain;
use crate::model::request::PlanningMode;

/// Longest description of the `context` data put in a prompt, in characters.
const CONTEXT_DESCRIPTION_CHARS: usize = 4_000;
/// Keys listed per object when describing the context.
const CONTEXT_KEYS_LISTED: usize = 30;
/// How deep the context description goes.
const CONTEXT_DEPTH: usize = 3;

/// A system and a user prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub system: String,
    pub user: String,
}

impl Prompt {
    /// The prompts for `input`.
    pub fn build(input: &GenerationInput<'_>) -> Self {
        Self {
            system: system_prompt(input),
            user: user_prompt(input),
        }
    }
}

/// The execution rules every generated script must follow.
fn system_prompt(input: &GenerationInput<'_>) -> String {
    let writes = if input.writes_enabled {
        "Writes to the control system are possible but each one is reviewed by an operator \
         before the code runs and checked against channel limits while it runs: write only \
         when the task requires it, with `pyexec_runtime.write_channel(name, value)` or \
         `pyexec_runtime.write_channels({name: value, ...})`, and never loop over writes \
         without a bound."
    } else {
        "Writes to the control system are disabled: never write to a channel (code that \
         writes is rejected). Only read."
    };
    format!(
        "You write one Python 3 script for a particle-accelerator control room. Rules:\n\
         - Assign a dict named `results` holding the outcome as JSON-compatible values \
         (numbers, strings, lists, dicts; numpy and pandas values are converted).\n\
         - Available: the Python standard library, numpy, pandas, matplotlib (figures left \
         open are saved as PNG; do not call plt.show()), and the module `pyexec_runtime`.\n\
         - Control system ({cs}): read with `pyexec_runtime.read_channel(name)` or \
         `pyexec_runtime.read_channels([name, ...])`. {writes}\n\
         - A dict named `context` holds data from earlier steps (described below); read it, \
         do not reassign it.\n\
         - No network access, no subprocesses, no shell, no reading files outside the working \
         directory. Print only short progress lines.\n\
         - Answer with exactly one ```python fenced block containing the whole script and \
         nothing else.",
        cs = input.control_system_type,
    )
}

fn user_prompt(input: &GenerationInput<'_>) -> String {
    let request = input.request;
    let mut out = String::new();
    section(&mut out, "Task objective", &request.task_objective);
    section(&mut out, "User query", &request.user_query);
    if !request.expected_results.is_empty() {
        let expected = serde_json::to_string_pretty(&request.expected_results)
            .unwrap_or_else(|_| "{}".to_owned());
        section(
            &mut out,
            "Expected results (keys of the `results` dict)",
            &expected,
        );
    }
    if !request.capability_prompts.is_empty() {
        let guidance: Vec<String> = request
            .capability_prompts
            .iter()
            .map(|prompt| format!("- {prompt}"))
            .collect();
        section(&mut out, "Guidance", &guidance.join("\n"));
    }
    let context = match &request.capability_context_data {
        Some(data) if !data.is_empty() => describe_context(data),
        _ => "`context` is an empty dict.".to_owned(),
    };
    section(&mut out, "Context data (available as `context`)", &context);
    if let Some(plan) = plan_of(input) {
        section(&mut out, "Plan to implement", &plan);
    }
    let failures = render_error_chain(input.error_chain);
    if !failures.is_empty() {
        section(&mut out, "Previous attempts", &failures);
    }
    out
}

/// The caller's plan, when it drives the generation (`capability_driven`).
pub fn plan_of(input: &GenerationInput<'_>) -> Option<String> {
    let request = input.request;
    match (&request.planning_mode, &request.structured_plan) {
        (PlanningMode::CapabilityDriven, Some(plan)) => {
            Some(serde_json::to_string_pretty(plan).unwrap_or_else(|_| plan.to_string()))
        }
        _ => None,
    }
}

fn section(out: &mut String, title: &str, body: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str("## ");
    out.push_str(title);
    out.push('\n');
    out.push_str(body.trim_end());
    out.push('\n');
}

/// The keys of the context and the shape of each value, as indented lines.
pub fn describe_context(data: &Map<String, Value>) -> String {
    let mut lines = Vec::new();
    describe_object(data, 0, &mut lines);
    let mut text = String::new();
    for line in lines {
        if text.len() + line.len() > CONTEXT_DESCRIPTION_CHARS {
            text.push_str("... (description cut)\n");
            break;
        }
        text.push_str(&line);
        text.push('\n');
    }
    text
}

fn describe_object(object: &Map<String, Value>, depth: usize, lines: &mut Vec<String>) {
    let indent = "  ".repeat(depth);
    for (key, value) in object.iter().take(CONTEXT_KEYS_LISTED) {
        lines.push(format!("{indent}- {key:?}: {}", shape(value)));
        if let Value::Object(inner) = value
            && depth + 1 < CONTEXT_DEPTH
        {
            describe_object(inner, depth + 1, lines);
        }
    }
    if object.len() > CONTEXT_KEYS_LISTED {
        lines.push(format!(
            "{indent}- ... and {} more keys",
            object.len() - CONTEXT_KEYS_LISTED
        ));
    }
}

/// A value's shape: its type, and the length and element shape of containers.
fn shape(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(_) => "bool".to_owned(),
        Value::Number(n) if n.is_i64() || n.is_u64() => "int".to_owned(),
        Value::Number(_) => "float".to_owned(),
        Value::String(s) => format!("str ({} chars)", s.chars().count()),
        Value::Array(items) => match items.first() {
            None => "list (empty)".to_owned(),
            Some(first) => format!("list of {} × {}", items.len(), shape(first)),
        },
        Value::Object(object) => format!("dict with {} keys", object.len()),
    }
}

/// The code in a model's answer: the first ```python (or ```py) block; else the longest
/// unlabelled fenced block; else, when there is no fence at all, the whole answer. A fence
/// that is never closed (a cut-off answer) runs to the end. `None` when nothing is left.
pub fn extract_code(answer: &str) -> Option<String> {
    let blocks = fenced_blocks(answer);
    let chosen = blocks
        .iter()
        .find(|block| matches!(block.label.as_str(), "python" | "py" | "python3"))
        .or_else(|| {
            blocks
                .iter()
                .filter(|block| block.label.is_empty())
                .max_by_key(|block| block.body.len())
        })
        .map(|block| block.body.clone());
    let code = match chosen {
        Some(code) => code,
        None if blocks.is_empty() => answer.to_owned(),
        None => return None, // only blocks in other languages
    };
    let code = code.trim_matches('\n').trim_end();
    (!code.trim().is_empty()).then(|| format!("{code}\n"))
}

struct Block {
    label: String,
    body: String,
}

/// Fenced blocks (```label ... ```), in order.
fn fenced_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match &mut current {
            None => {
                if let Some(rest) = trimmed.strip_prefix("```") {
                    current = Some(Block {
                        label: rest.trim().to_ascii_lowercase(),
                        body: String::new(),
                    });
                }
            }
            Some(block) => {
                if trimmed.starts_with("```") && trimmed.trim_end() == "```" {
                    blocks.extend(current.take());
                } else {
                    block.body.push_str(line);
                    block.body.push('\n');
                }
            }
        }
    }
    blocks.extend(current); // an unterminated fence runs to the end
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ErrorChainEntry, ErrorType, ExecutionRequest};

    #[test]
    fn the_python_block_is_taken_from_a_chatty_answer() {
        let answer = "Here you go:\n```text\nnot this\n```\n```python\nx = 1\nresults = {'x': x}\n```\nDone.";
        assert_eq!(
            extract_code(answer).as_deref(),
            Some("x = 1\nresults = {'x': x}\n")
        );
    }

    #[test]
    fn an_unfenced_answer_is_taken_whole_and_an_unclosed_fence_runs_to_the_end() {
        assert_eq!(
            extract_code("results = {}\n").as_deref(),
            Some("results = {}\n")
        );
        assert_eq!(
            extract_code("```py\nresults = {'a': 1}\n").as_deref(),
            Some("results = {'a': 1}\n")
        );
        assert_eq!(
            extract_code("```\nresults = {}\n```").as_deref(),
            Some("results = {}\n")
        );
    }

    #[test]
    fn empty_answers_and_blocks_of_other_languages_give_no_code() {
        assert_eq!(extract_code("   \n"), None);
        assert_eq!(extract_code("```python\n\n```"), None);
        assert_eq!(extract_code("```bash\nrm -rf /\n```"), None);
    }

    #[test]
    fn the_prompt_carries_the_request_and_the_last_failure() {
        let mut request = ExecutionRequest::for_objective("compute the beam current mean");
        request.user_query = "what was the mean current?".into();
        request.expected_results =
            serde_json::from_str(r#"{"mean_current": "float"}"#).expect("json");
        request.capability_prompts = vec!["use SR:CURRENT".into()];
        request.capability_context_data = Some(
            serde_json::from_str(r#"{"archiver": {"values": [1.0, 2.0], "secret": "abc"}}"#)
                .expect("json"),
        );
        let chain = [ErrorChainEntry {
            error_type: ErrorType::Execution,
            message: "ZeroDivisionError: division by zero".into(),
            failed_code: Some("x = 1 / 0".into()),
            traceback: Some("Traceback: line 1 ZeroDivisionError".into()),
            attempt: 1,
            stage: "execution".into(),
            issues: Vec::new(),
        }];
        let input = GenerationInput {
            request: &request,
            error_chain: &chain,
            generation_attempt: 2,
            control_system_type: "epics",
            writes_enabled: false,
        };
        let prompt = Prompt::build(&input);
        for expected in [
            "compute the beam current mean",
            "what was the mean current?",
            "mean_current",
            "use SR:CURRENT",
            "\"archiver\": dict with 2 keys",
            "list of 2 × float",
            "x = 1 / 0",
            "Traceback: line 1 ZeroDivisionError",
        ] {
            assert!(
                prompt.user.contains(expected),
                "{expected}: {}",
                prompt.user
            );
        }
        assert!(
            !prompt.user.contains("abc"),
            "context values are never sent"
        );
        assert!(prompt.system.contains("`results`"));
        assert!(prompt.system.contains("disabled"));
    }
}
