//! `ExecutionRequest`: the seeds' request, as external systems send it.
//!
//! Parsing is strict because the request is untrusted and safety-relevant: unknown fields are
//! refused (a typo such as `aproved_code` must never silently drop caller input), and every
//! error names the field at fault. [`ExecutionRequest::from_json`] is the one entry point;
//! it also checks the values serde cannot (ranges, folder names, sizes).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Most attempts a request may ask for; guards against a request that asks for thousands.
pub const MAX_REQUEST_RETRIES: u32 = 20;
/// Largest request document accepted, in bytes.
pub const MAX_REQUEST_BYTES: usize = 8 * 1024 * 1024;
/// Largest `approved_code` accepted, in bytes.
pub const MAX_CODE_BYTES: usize = 1024 * 1024;

/// Who plans the code: the generator itself, or the calling capability via `structured_plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanningMode {
    #[default]
    GeneratorDriven,
    CapabilityDriven,
}

/// A request to generate (or take), analyse, approve and execute Python code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecutionRequest {
    /// The original user query (overall context).
    pub user_query: String,
    /// What this step must accomplish.
    pub task_objective: String,
    /// Expected outputs or result structure.
    #[serde(default)]
    pub expected_results: Map<String, Value>,
    /// Extra guidance for code generation.
    #[serde(default)]
    pub capability_prompts: Vec<String>,
    /// Base name of the run folder (sanitised before use).
    pub execution_folder_name: String,
    /// Cap on the total number of attempts (generation and execution) for this run.
    #[serde(default = "default_retries")]
    pub retries: u32,
    #[serde(default)]
    pub planning_mode: PlanningMode,
    /// A plan built by the calling capability (used with `capability_driven`).
    #[serde(default)]
    pub structured_plan: Option<Value>,
    /// Data from other capabilities, available to the code as the dict `context`.
    #[serde(default)]
    pub capability_context_data: Option<Map<String, Value>>,
    /// Caller-supplied code: skips generation, never analysis or approval.
    #[serde(default)]
    pub approved_code: Option<String>,
    /// An earlier run folder (relative to the data directory) to continue in.
    #[serde(default)]
    pub existing_execution_folder: Option<String>,
    /// Session metadata (user, chat ids); carried, never interpreted.
    #[serde(default)]
    pub session_context: Option<Map<String, Value>>,
    /// A run folder (relative to the data directory) to use as is.
    #[serde(default)]
    pub execution_folder_path: Option<String>,
}

fn default_retries() -> u32 {
    3
}

/// Why a request was refused; the message names the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("request is not valid JSON for an ExecutionRequest: {0}")]
    Malformed(String),
    #[error("field `{field}`: {message}")]
    InvalidField {
        field: &'static str,
        message: String,
    },
    #[error("request is {0} bytes; the limit is {MAX_REQUEST_BYTES}")]
    TooLarge(usize),
}

impl RequestError {
    /// The field at fault, where one is known.
    pub fn field(&self) -> Option<String> {
        match self {
            RequestError::InvalidField { field, .. } => Some((*field).to_owned()),
            _ => None,
        }
    }
}

impl ExecutionRequest {
    /// A minimal request for a task objective, as `pyexec run "objective"` builds it.
    pub fn for_objective(objective: &str) -> Self {
        Self {
            user_query: objective.to_owned(),
            task_objective: objective.to_owned(),
            expected_results: Map::new(),
            capability_prompts: Vec::new(),
            execution_folder_name: "cli_run".to_owned(),
            retries: default_retries(),
            planning_mode: PlanningMode::default(),
            structured_plan: None,
            capability_context_data: None,
            approved_code: None,
            existing_execution_folder: None,
            session_context: None,
            execution_folder_path: None,
        }
    }

    /// Parses and validates an untrusted request document.
    pub fn from_json(bytes: &[u8]) -> Result<Self, RequestError> {
        if bytes.len() > MAX_REQUEST_BYTES {
            return Err(RequestError::TooLarge(bytes.len()));
        }
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let request: Self = serde_path_to_error::deserialize(&mut de).map_err(|err| {
            let path = err.path().to_string();
            let inner = err.into_inner();
            if path.is_empty() || path == "." {
                RequestError::Malformed(inner.to_string())
            } else {
                RequestError::Malformed(format!("at `{path}`: {inner}"))
            }
        })?;
        de.end()
            .map_err(|err| RequestError::Malformed(err.to_string()))?;
        request.validate()?;
        Ok(request)
    }

    /// Checks what the types cannot express.
    pub fn validate(&self) -> Result<(), RequestError> {
        let invalid =
            |field: &'static str, message: String| RequestError::InvalidField { field, message };
        if self.task_objective.trim().is_empty() {
            return Err(invalid("task_objective", "must not be empty".into()));
        }
        if self.retries == 0 || self.retries > MAX_REQUEST_RETRIES {
            return Err(invalid(
                "retries",
                format!(
                    "must be between 1 and {MAX_REQUEST_RETRIES}, got {}",
                    self.retries
                ),
            ));
        }
        if sanitize_folder_name(&self.execution_folder_name).is_empty() {
            return Err(invalid(
                "execution_folder_name",
                "must contain at least one letter, digit, `-` or `_`".into(),
            ));
        }
        if let Some(code) = &self.approved_code {
            if code.trim().is_empty() {
                return Err(invalid(
                    "approved_code",
                    "must not be empty when given".into(),
                ));
            }
            if code.len() > MAX_CODE_BYTES {
                return Err(invalid(
                    "approved_code",
                    format!("is {} bytes; the limit is {MAX_CODE_BYTES}", code.len()),
                ));
            }
        }
        for (field, value) in [
            ("existing_execution_folder", &self.existing_execution_folder),
            ("execution_folder_path", &self.execution_folder_path),
        ] {
            if let Some(path) = value {
                check_relative_folder(path).map_err(|message| invalid(field, message))?;
            }
        }
        if self.planning_mode == PlanningMode::CapabilityDriven && self.structured_plan.is_none() {
            return Err(invalid(
                "structured_plan",
                "is required when planning_mode is capability_driven".into(),
            ));
        }
        Ok(())
    }
}

/// Keeps letters, digits, `-` and `_` (others become `_`, runs collapsed), at most 64 chars.
pub fn sanitize_folder_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = if c.is_ascii_alphanumeric() || c == '-' {
            c
        } else {
            '_'
        };
        if c == '_' && out.ends_with('_') {
            continue;
        }
        out.push(c);
        if out.len() >= 64 {
            break;
        }
    }
    let trimmed = out.trim_matches('_');
    trimmed.to_owned()
}

/// A caller-named folder must stay inside the data directory: relative, no `..`, no root.
fn check_relative_folder(path: &str) -> Result<(), String> {
    let p = std::path::Path::new(path);
    if path.is_empty() {
        return Err("must not be empty when given".into());
    }
    if p.is_absolute() {
        return Err(format!("`{path}` must be relative to the data directory"));
    }
    for component in p.components() {
        if !matches!(component, std::path::Component::Normal(_)) {
            return Err(format!("`{path}` must not contain `..` or `.` components"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ExecutionRequest, RequestError> {
        ExecutionRequest::from_json(text.as_bytes())
    }

    #[test]
    fn defaults_follow_the_seeds() {
        let r = parse(r#"{"user_query":"q","task_objective":"t","execution_folder_name":"f"}"#)
            .expect("valid request");
        assert_eq!(r.retries, 3);
        assert!(r.expected_results.is_empty());
        assert!(r.capability_prompts.is_empty());
        assert_eq!(r.planning_mode, PlanningMode::GeneratorDriven);
    }

    #[test]
    fn a_misspelled_safety_field_is_refused_by_name() {
        let err = parse(
            r#"{"user_query":"q","task_objective":"t","execution_folder_name":"f","aproved_code":"x"}"#,
        )
        .expect_err("typo must be refused");
        assert!(err.to_string().contains("aproved_code"), "{err}");
    }

    #[test]
    fn missing_fields_are_named() {
        let err = parse(r#"{"user_query":"q","execution_folder_name":"f"}"#).expect_err("missing");
        assert!(err.to_string().contains("task_objective"), "{err}");
    }

    #[test]
    fn wrong_types_name_the_field() {
        let err = parse(
            r#"{"user_query":"q","task_objective":"t","execution_folder_name":"f","retries":"many"}"#,
        )
        .expect_err("wrong type");
        assert!(err.to_string().contains("retries"), "{err}");
    }

    #[test]
    fn out_of_range_retries_are_refused() {
        let err = parse(
            r#"{"user_query":"q","task_objective":"t","execution_folder_name":"f","retries":0}"#,
        )
        .expect_err("zero retries");
        assert_eq!(err.field().as_deref(), Some("retries"));
    }

    #[test]
    fn folders_outside_the_data_directory_are_refused() {
        for bad in ["../etc", "/etc", "a/../../b"] {
            let text = format!(
                r#"{{"user_query":"q","task_objective":"t","execution_folder_name":"f","existing_execution_folder":"{bad}"}}"#
            );
            let err = parse(&text).expect_err(bad);
            assert_eq!(err.field().as_deref(), Some("existing_execution_folder"));
        }
    }

    #[test]
    fn folder_names_are_sanitised() {
        assert_eq!(sanitize_folder_name("../../etc passwd"), "etc_passwd");
        assert_eq!(sanitize_folder_name("sensor-stats_1"), "sensor-stats_1");
        assert_eq!(sanitize_folder_name("///"), "");
    }

    #[test]
    fn trailing_garbage_is_malformed() {
        let err = parse(r#"{"user_query":"q","task_objective":"t","execution_folder_name":"f"} x"#)
            .expect_err("garbage");
        assert!(matches!(err, RequestError::Malformed(_)));
    }
}
