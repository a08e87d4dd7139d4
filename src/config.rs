//! Configuration: every `PYEXEC_*` variable, read once, typed, failing fast with the
//! variable's name.
//!
//! `envy` fills [`RawSettings`] (every field an optional string, so nothing is silently
//! coerced); [`Settings::from_raw`] converts and validates. Defaults and meanings are listed
//! in `docs/configuration.md`; the table there and the constants here must agree.
//!
//! | variable | default |
//! |---|---|
//! | `PYEXEC_GENERATOR` | `mock` |
//! | `PYEXEC_MOCK_BEHAVIOR` | `success` |
//! | `PYEXEC_MOCK_CODE_FILE`, `PYEXEC_MOCK_SEQUENCE_FILE` | unset |
//! | `PYEXEC_PYTHON` | `/usr/bin/python3` |
//! | `PYEXEC_EXECUTION_TIMEOUT_SECONDS` | `600` |
//! | `PYEXEC_MAX_GENERATION_RETRIES` | `3` |
//! | `PYEXEC_MAX_EXECUTION_RETRIES` | `3` |
//! | `PYEXEC_APPROVAL_MODE` | `control_writes` |
//! | `PYEXEC_APPROVAL_TIMEOUT_SECONDS` | `3600` |
//! | `PYEXEC_CONTROL_SYSTEM_TYPE` | `epics` |
//! | `PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED` | `false` |
//! | `PYEXEC_PATTERNS_FILE` | unset |
//! | `PYEXEC_DATA_DIR` | `./pyexec-data` |
//! | `PYEXEC_JUPYTER_BASE_URL` | unset |
//! | `PYEXEC_MAX_OUTPUT_BYTES` | `1048576` |
//! | `PYEXEC_LOG_FORMAT` | `text` |

use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::approval::{ApprovalMode, ApprovalPolicy};
use crate::generation::MockBehavior;

/// The prefix of every variable.
pub const ENV_PREFIX: &str = "PYEXEC_";

/// A configuration value that cannot be used; names the variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(variable: &str, message: impl Into<String>) -> Self {
        Self {
            variable: variable.to_owned(),
            message: message.into(),
        }
    }
}

/// The variables as strings, exactly as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSettings {
    pub generator: Option<String>,
    pub mock_behavior: Option<String>,
    pub mock_code_file: Option<String>,
    pub mock_sequence_file: Option<String>,
    pub python: Option<String>,
    pub execution_timeout_seconds: Option<String>,
    pub max_generation_retries: Option<String>,
    pub max_execution_retries: Option<String>,
    pub approval_mode: Option<String>,
    pub approval_timeout_seconds: Option<String>,
    pub control_system_type: Option<String>,
    pub control_system_writes_enabled: Option<String>,
    pub patterns_file: Option<String>,
    pub data_dir: Option<String>,
    pub jupyter_base_url: Option<String>,
    pub max_output_bytes: Option<String>,
    pub log_format: Option<String>,
}

/// Variables this build reads; others with the prefix are reported as likely typos.
pub const KNOWN_VARIABLES: &[&str] = &[
    "PYEXEC_GENERATOR",
    "PYEXEC_MOCK_BEHAVIOR",
    "PYEXEC_MOCK_CODE_FILE",
    "PYEXEC_MOCK_SEQUENCE_FILE",
    "PYEXEC_PYTHON",
    "PYEXEC_EXECUTION_TIMEOUT_SECONDS",
    "PYEXEC_MAX_GENERATION_RETRIES",
    "PYEXEC_MAX_EXECUTION_RETRIES",
    "PYEXEC_APPROVAL_MODE",
    "PYEXEC_APPROVAL_TIMEOUT_SECONDS",
    "PYEXEC_CONTROL_SYSTEM_TYPE",
    "PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED",
    "PYEXEC_PATTERNS_FILE",
    "PYEXEC_DATA_DIR",
    "PYEXEC_JUPYTER_BASE_URL",
    "PYEXEC_MAX_OUTPUT_BYTES",
    "PYEXEC_LOG_FORMAT",
];

/// Mock generator settings.
#[derive(Debug, Clone, PartialEq)]
pub struct MockSettings {
    pub behavior: MockBehavior,
    pub code_file: Option<PathBuf>,
    pub sequence_file: Option<PathBuf>,
}

/// Which generator, and its settings.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratorSettings {
    pub name: String,
    pub mock: MockSettings,
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// The typed settings every component reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub generator: GeneratorSettings,
    /// Absolute path of the interpreter that runs the code.
    pub python: PathBuf,
    pub execution_timeout: Duration,
    /// Most generation attempts per run (code errors regenerate).
    pub max_generation_retries: u32,
    /// Most executions of one code version (infrastructure errors run it again).
    pub max_execution_retries: u32,
    pub approval_mode: ApprovalMode,
    /// How long an approval request stays open before the run expires.
    pub approval_timeout: Duration,
    pub control_system_type: String,
    pub control_system_writes_enabled: bool,
    pub patterns_file: Option<PathBuf>,
    pub data_dir: PathBuf,
    /// Base URL of a Jupyter server that serves `data_dir`, for notebook links.
    pub jupyter_base_url: Option<String>,
    /// Cap on each of stdout and stderr kept from one execution.
    pub max_output_bytes: usize,
    pub log_format: LogFormat,
}

impl Default for Settings {
    fn default() -> Self {
        Self::from_raw(RawSettings::default()).unwrap_or_else(|e| {
            // The defaults are constants; reaching this is a programming error caught by tests.
            unreachable!("default settings are invalid: {e}")
        })
    }
}

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_vars(std::env::vars())
    }

    /// Reads from any list of variables (tests use this instead of the process environment).
    pub fn from_vars<I>(vars: I) -> Result<Self, ConfigError>
    where
        I: IntoIterator<Item = (String, String)>,
    {
        let raw: RawSettings = envy::prefixed(ENV_PREFIX)
            .from_iter(vars)
            .map_err(|e| ConfigError::new("PYEXEC_*", e.to_string()))?;
        Self::from_raw(raw)
    }

    /// Prefixed variables this build does not read (likely typos).
    pub fn unknown_variables<I>(vars: I) -> Vec<String>
    where
        I: IntoIterator<Item = (String, String)>,
    {
        vars.into_iter()
            .map(|(k, _)| k)
            .filter(|k| k.starts_with(ENV_PREFIX) && !KNOWN_VARIABLES.contains(&k.as_str()))
            .collect()
    }

    pub fn from_raw(raw: RawSettings) -> Result<Self, ConfigError> {
        let behavior_name = nonempty(raw.mock_behavior).unwrap_or_else(|| "success".into());
        let behavior = MockBehavior::parse(&behavior_name).ok_or_else(|| {
            let known: Vec<_> = MockBehavior::ALL.iter().map(|b| b.name()).collect();
            ConfigError::new(
                "PYEXEC_MOCK_BEHAVIOR",
                format!("`{behavior_name}` is not one of {}", known.join(", ")),
            )
        })?;
        let python =
            PathBuf::from(nonempty(raw.python).unwrap_or_else(|| "/usr/bin/python3".into()));
        if !python.is_absolute() {
            return Err(ConfigError::new(
                "PYEXEC_PYTHON",
                format!(
                    "`{}` must be an absolute path (a PATH lookup may hit a slow shim or the wrong interpreter)",
                    python.display()
                ),
            ));
        }
        let control_system_type = nonempty(raw.control_system_type)
            .unwrap_or_else(|| "epics".into())
            .to_ascii_lowercase();
        let jupyter_base_url =
            nonempty(raw.jupyter_base_url).map(|url| url.trim_end_matches('/').to_owned());
        if let Some(url) = &jupyter_base_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(ConfigError::new(
                "PYEXEC_JUPYTER_BASE_URL",
                format!("`{url}` must start with http:// or https://"),
            ));
        }
        let log_format = match nonempty(raw.log_format).as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError::new(
                    "PYEXEC_LOG_FORMAT",
                    format!("`{other}` is not `text` or `json`"),
                ));
            }
        };
        Ok(Self {
            generator: GeneratorSettings {
                name: nonempty(raw.generator).unwrap_or_else(|| "mock".into()),
                mock: MockSettings {
                    behavior,
                    code_file: nonempty(raw.mock_code_file).map(PathBuf::from),
                    sequence_file: nonempty(raw.mock_sequence_file).map(PathBuf::from),
                },
            },
            python,
            execution_timeout: Duration::from_secs(number(
                "PYEXEC_EXECUTION_TIMEOUT_SECONDS",
                raw.execution_timeout_seconds,
                600,
                1..=86_400,
            )?),
            max_generation_retries: number(
                "PYEXEC_MAX_GENERATION_RETRIES",
                raw.max_generation_retries,
                3,
                1..=20,
            )? as u32,
            max_execution_retries: number(
                "PYEXEC_MAX_EXECUTION_RETRIES",
                raw.max_execution_retries,
                3,
                1..=20,
            )? as u32,
            approval_mode: ApprovalMode::parse(
                &nonempty(raw.approval_mode).unwrap_or_else(|| "control_writes".into()),
            ),
            approval_timeout: Duration::from_secs(number(
                "PYEXEC_APPROVAL_TIMEOUT_SECONDS",
                raw.approval_timeout_seconds,
                3600,
                1..=7 * 86_400,
            )?),
            control_system_type,
            control_system_writes_enabled: boolean(
                "PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED",
                raw.control_system_writes_enabled,
                false,
            )?,
            patterns_file: nonempty(raw.patterns_file).map(PathBuf::from),
            data_dir: absolute(
                "PYEXEC_DATA_DIR",
                nonempty(raw.data_dir).unwrap_or_else(|| "pyexec-data".into()),
            )?,
            jupyter_base_url,
            max_output_bytes: number(
                "PYEXEC_MAX_OUTPUT_BYTES",
                raw.max_output_bytes,
                1024 * 1024,
                1024..=(256 * 1024 * 1024),
            )? as usize,
            log_format,
        })
    }

    /// The approval policy these settings describe.
    pub fn approval_policy(&self) -> ApprovalPolicy {
        ApprovalPolicy {
            mode: self.approval_mode.clone(),
            control_system_writes_enabled: self.control_system_writes_enabled,
        }
    }
}

/// A path made absolute against the current directory once, at load time: executions run in
/// their own working directories, where a relative path would point elsewhere.
fn absolute(variable: &str, path: String) -> Result<PathBuf, ConfigError> {
    std::path::absolute(&path)
        .map_err(|e| ConfigError::new(variable, format!("cannot resolve `{path}`: {e}")))
}

fn nonempty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn number(
    variable: &str,
    value: Option<String>,
    default: u64,
    range: std::ops::RangeInclusive<u64>,
) -> Result<u64, ConfigError> {
    let Some(text) = nonempty(value) else {
        return Ok(default);
    };
    let parsed: u64 = text
        .parse()
        .map_err(|_| ConfigError::new(variable, format!("`{text}` is not a whole number")))?;
    if !range.contains(&parsed) {
        return Err(ConfigError::new(
            variable,
            format!("{parsed} is outside {}..={}", range.start(), range.end()),
        ));
    }
    Ok(parsed)
}

fn boolean(variable: &str, value: Option<String>, default: bool) -> Result<bool, ConfigError> {
    match nonempty(value).map(|v| v.to_ascii_lowercase()).as_deref() {
        None => Ok(default),
        Some("true" | "1" | "yes" | "on") => Ok(true),
        Some("false" | "0" | "no" | "off") => Ok(false),
        Some(other) => Err(ConfigError::new(
            variable,
            format!("`{other}` is not a boolean (true/false)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_are_documented_values() {
        let s = Settings::default();
        assert_eq!(s.generator.name, "mock");
        assert_eq!(s.generator.mock.behavior, MockBehavior::Success);
        assert_eq!(s.execution_timeout, Duration::from_secs(600));
        assert_eq!(s.approval_mode, ApprovalMode::ControlWrites);
        assert!(!s.control_system_writes_enabled);
        assert_eq!((s.max_generation_retries, s.max_execution_retries), (3, 3));
        assert!(s.data_dir.is_absolute() && s.data_dir.ends_with("pyexec-data"));
    }

    #[test]
    fn bad_values_name_the_variable() {
        for (var, value) in [
            ("PYEXEC_EXECUTION_TIMEOUT_SECONDS", "ten"),
            ("PYEXEC_MAX_GENERATION_RETRIES", "0"),
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "maybe"),
            ("PYEXEC_MOCK_BEHAVIOR", "explode"),
            ("PYEXEC_PYTHON", "python3"),
            ("PYEXEC_LOG_FORMAT", "xml"),
        ] {
            let err = Settings::from_vars(vars(&[(var, value)])).expect_err(var);
            assert_eq!(err.variable, var, "{err}");
        }
    }

    #[test]
    fn values_are_read() {
        let s = Settings::from_vars(vars(&[
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_APPROVAL_MODE", "epics_writes"),
            ("PYEXEC_MOCK_BEHAVIOR", "channel_write"),
            ("UNRELATED", "x"),
        ]))
        .expect("valid");
        assert!(s.control_system_writes_enabled);
        assert_eq!(s.approval_mode, ApprovalMode::ControlWrites);
        assert_eq!(s.generator.mock.behavior, MockBehavior::ChannelWrite);
    }

    #[test]
    fn unknown_prefixed_variables_are_reported() {
        let unknown = Settings::unknown_variables(vars(&[
            ("PYEXEC_APROVAL_MODE", "all_code"),
            ("PYEXEC_GENERATOR", "mock"),
        ]));
        assert_eq!(unknown, vec!["PYEXEC_APROVAL_MODE".to_owned()]);
    }
}
