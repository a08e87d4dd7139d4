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
//! | `PYEXEC_BASIC_BASE_URL` | `https://api.openai.com/v1` |
//! | `PYEXEC_BASIC_MODEL`, `PYEXEC_BASIC_API_KEY` | unset |
//! | `PYEXEC_BASIC_TEMPERATURE` | `0` |
//! | `PYEXEC_BASIC_MAX_TOKENS` | `4096` |
//! | `PYEXEC_BASIC_TIMEOUT_SECONDS` | `120` |
//! | `PYEXEC_AGENTIC_BASE_URL` | `https://api.anthropic.com` |
//! | `PYEXEC_AGENTIC_MODEL`, `PYEXEC_AGENTIC_API_KEY`, `PYEXEC_AGENTIC_KNOWLEDGE_DIR` | unset |
//! | `PYEXEC_AGENTIC_PROFILE` | `fast` |
//! | `PYEXEC_AGENTIC_MAX_BUDGET_USD` | `0.10` (fast), `0.25` (robust) |
//! | `PYEXEC_AGENTIC_PRICES` | built-in Claude prices |
//! | `PYEXEC_AGENTIC_MAX_TOKENS` | `4096` |
//! | `PYEXEC_AGENTIC_MAX_TURNS` | `8` |
//! | `PYEXEC_AGENTIC_TIMEOUT_SECONDS` | `180` |
//! | `PYEXEC_HTTP_GENERATOR_URL`, `PYEXEC_HTTP_GENERATOR_TOKEN` | unset |
//! | `PYEXEC_HTTP_GENERATOR_TIMEOUT_SECONDS` | `300` |
//! | `PYEXEC_PYTHON` | `/usr/bin/python3` |
//! | `PYEXEC_PYTHON_READ_ONLY`, `PYEXEC_PYTHON_WRITE_ACCESS` | `PYEXEC_PYTHON` |
//! | `PYEXEC_LOCAL_LAUNCHER` | `forkserver` |
//! | `PYEXEC_EXECUTION_TIMEOUT_SECONDS` | `600` |
//! | `PYEXEC_MAX_GENERATION_RETRIES` | `3` |
//! | `PYEXEC_MAX_EXECUTION_RETRIES` | `3` |
//! | `PYEXEC_APPROVAL_MODE` | `control_writes` |
//! | `PYEXEC_APPROVAL_TIMEOUT_SECONDS` | `3600` |
//! | `PYEXEC_CONTROL_SYSTEM_TYPE` | `epics` |
//! | `PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED` | `false` |
//! | `PYEXEC_PATTERNS_FILE` | unset |
//! | `PYEXEC_LIMITS_FILE` | unset |
//! | `PYEXEC_SANDBOX` | `rlimit` |
//! | `PYEXEC_SANDBOX_MEMORY_MB` | `4096` |
//! | `PYEXEC_SANDBOX_MAX_FILE_MB` | `1024` |
//! | `PYEXEC_SANDBOX_MAX_OPEN_FILES` | `1024` |
//! | `PYEXEC_SANDBOX_MAX_PROCESSES` | `256` |
//! | `PYEXEC_SANDBOX_NETWORK` | `none` with `bwrap`, else `host` |
//! | `PYEXEC_SANDBOX_USER` | `65534:65534` when the worker is root |
//! | `PYEXEC_ENV_READ_ONLY` | unset |
//! | `PYEXEC_ENV_WRITE_ACCESS` | unset |
//! | `PYEXEC_SECURITY_RULES_FILE` | unset |
//! | `PYEXEC_DYNAMIC_ACCESS` | `fail` |
//! | `PYEXEC_PYTHON_VERSION` | `3.11` |
//! | `PYEXEC_DATA_DIR` | `./pyexec-data` |
//! | `PYEXEC_JUPYTER_BASE_URL` | unset |
//! | `PYEXEC_EXECUTION_METHOD` | `local` |
//! | `PYEXEC_JUPYTER_URL` | unset (required by `container`) |
//! | `PYEXEC_JUPYTER_TOKEN` | unset |
//! | `PYEXEC_JUPYTER_POOL_SIZE` | `1` |
//! | `PYEXEC_JUPYTER_KERNEL_READ_ONLY` | `python3` |
//! | `PYEXEC_JUPYTER_KERNEL_WRITE_ACCESS` | `python3` |
//! | `PYEXEC_MAX_OUTPUT_BYTES` | `1048576` |
//! | `PYEXEC_MAX_RESULTS_BYTES` | `16777216` |
//! | `PYEXEC_MOCK_CHANNEL_STORE` | `<data_dir>/.runtime/channels/channels.json` |
//! | `PYEXEC_MAX_FIGURES` | `20` |
//! | `PYEXEC_MAX_FIGURE_BYTES` | `10485760` |
//! | `PYEXEC_LOG_FORMAT` | `text` |
//! | `PYEXEC_AMQP_URL` | `amqp://guest:guest@127.0.0.1:5672/%2f` |
//! | `PYEXEC_REDIS_URL` | `redis://127.0.0.1:6379/0` |
//! | `PYEXEC_REDIS_PREFIX` | `pyexec:` |
//! | `PYEXEC_PREFETCH` | `16` |
//! | `PYEXEC_CONCURRENCY` | `4` |
//! | `PYEXEC_DELIVERY_LIMIT` | `5` |
//! | `PYEXEC_APPROVERS` | empty (nobody can approve) |
//! | `PYEXEC_RUN_TTL_SECONDS` | `604800` |
//! | `PYEXEC_MAX_MESSAGE_BYTES` | `8388608` |
//! | `PYEXEC_HEALTH_PORT` | `8080` |
//! | `PYEXEC_SHUTDOWN_GRACE_SECONDS` | `30` |
//! | `PYEXEC_EXECUTION_LEASE_SECONDS` | `10` |

use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::analysis::DynamicAccess;
use crate::approval::{ApprovalMode, ApprovalPolicy};
use crate::execution::local::Launcher;
use crate::generation::MockBehavior;
use crate::limits::LimitsDatabase;

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
    pub basic_base_url: Option<String>,
    pub basic_model: Option<String>,
    pub basic_api_key: Option<String>,
    pub basic_temperature: Option<String>,
    pub basic_max_tokens: Option<String>,
    pub basic_timeout_seconds: Option<String>,
    pub agentic_base_url: Option<String>,
    pub agentic_model: Option<String>,
    pub agentic_api_key: Option<String>,
    pub agentic_knowledge_dir: Option<String>,
    pub agentic_profile: Option<String>,
    pub agentic_max_budget_usd: Option<String>,
    pub agentic_prices: Option<String>,
    pub agentic_max_tokens: Option<String>,
    pub agentic_max_turns: Option<String>,
    pub agentic_timeout_seconds: Option<String>,
    pub http_generator_url: Option<String>,
    pub http_generator_token: Option<String>,
    pub http_generator_timeout_seconds: Option<String>,
    pub mock_sequence_file: Option<String>,
    pub python: Option<String>,
    pub python_read_only: Option<String>,
    pub python_write_access: Option<String>,
    pub local_launcher: Option<String>,
    pub execution_timeout_seconds: Option<String>,
    pub max_generation_retries: Option<String>,
    pub max_execution_retries: Option<String>,
    pub approval_mode: Option<String>,
    pub approval_timeout_seconds: Option<String>,
    pub control_system_type: Option<String>,
    pub control_system_writes_enabled: Option<String>,
    pub patterns_file: Option<String>,
    pub limits_file: Option<String>,
    pub security_rules_file: Option<String>,
    pub dynamic_access: Option<String>,
    pub python_version: Option<String>,
    pub sandbox: Option<String>,
    pub env_read_only: Option<String>,
    pub env_write_access: Option<String>,
    pub sandbox_memory_mb: Option<String>,
    pub sandbox_max_file_mb: Option<String>,
    pub sandbox_max_open_files: Option<String>,
    pub sandbox_max_processes: Option<String>,
    pub sandbox_network: Option<String>,
    pub sandbox_user: Option<String>,
    pub data_dir: Option<String>,
    pub jupyter_base_url: Option<String>,
    pub execution_method: Option<String>,
    pub jupyter_url: Option<String>,
    pub jupyter_token: Option<String>,
    pub jupyter_pool_size: Option<String>,
    pub jupyter_kernel_read_only: Option<String>,
    pub jupyter_kernel_write_access: Option<String>,
    pub max_output_bytes: Option<String>,
    pub max_results_bytes: Option<String>,
    pub mock_channel_store: Option<String>,
    pub max_figures: Option<String>,
    pub max_figure_bytes: Option<String>,
    pub log_format: Option<String>,
    pub amqp_url: Option<String>,
    pub redis_url: Option<String>,
    pub redis_prefix: Option<String>,
    pub prefetch: Option<String>,
    pub concurrency: Option<String>,
    pub delivery_limit: Option<String>,
    pub approvers: Option<String>,
    pub run_ttl_seconds: Option<String>,
    pub max_message_bytes: Option<String>,
    pub health_port: Option<String>,
    pub shutdown_grace_seconds: Option<String>,
    pub execution_lease_seconds: Option<String>,
}

/// Variables this build reads; others with the prefix are reported as likely typos.
pub const KNOWN_VARIABLES: &[&str] = &[
    "PYEXEC_GENERATOR",
    "PYEXEC_MOCK_BEHAVIOR",
    "PYEXEC_MOCK_CODE_FILE",
    "PYEXEC_MOCK_SEQUENCE_FILE",
    "PYEXEC_BASIC_BASE_URL",
    "PYEXEC_BASIC_MODEL",
    "PYEXEC_BASIC_API_KEY",
    "PYEXEC_BASIC_TEMPERATURE",
    "PYEXEC_BASIC_MAX_TOKENS",
    "PYEXEC_BASIC_TIMEOUT_SECONDS",
    "PYEXEC_AGENTIC_BASE_URL",
    "PYEXEC_AGENTIC_MODEL",
    "PYEXEC_AGENTIC_API_KEY",
    "PYEXEC_AGENTIC_KNOWLEDGE_DIR",
    "PYEXEC_AGENTIC_PROFILE",
    "PYEXEC_AGENTIC_MAX_BUDGET_USD",
    "PYEXEC_AGENTIC_PRICES",
    "PYEXEC_AGENTIC_MAX_TOKENS",
    "PYEXEC_AGENTIC_MAX_TURNS",
    "PYEXEC_AGENTIC_TIMEOUT_SECONDS",
    "PYEXEC_HTTP_GENERATOR_URL",
    "PYEXEC_HTTP_GENERATOR_TOKEN",
    "PYEXEC_HTTP_GENERATOR_TIMEOUT_SECONDS",
    "PYEXEC_PYTHON",
    "PYEXEC_PYTHON_READ_ONLY",
    "PYEXEC_PYTHON_WRITE_ACCESS",
    "PYEXEC_LOCAL_LAUNCHER",
    "PYEXEC_EXECUTION_TIMEOUT_SECONDS",
    "PYEXEC_MAX_GENERATION_RETRIES",
    "PYEXEC_MAX_EXECUTION_RETRIES",
    "PYEXEC_APPROVAL_MODE",
    "PYEXEC_APPROVAL_TIMEOUT_SECONDS",
    "PYEXEC_CONTROL_SYSTEM_TYPE",
    "PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED",
    "PYEXEC_PATTERNS_FILE",
    "PYEXEC_LIMITS_FILE",
    "PYEXEC_SECURITY_RULES_FILE",
    "PYEXEC_DYNAMIC_ACCESS",
    "PYEXEC_PYTHON_VERSION",
    "PYEXEC_SANDBOX",
    "PYEXEC_ENV_READ_ONLY",
    "PYEXEC_ENV_WRITE_ACCESS",
    "PYEXEC_SANDBOX_MEMORY_MB",
    "PYEXEC_SANDBOX_MAX_FILE_MB",
    "PYEXEC_SANDBOX_MAX_OPEN_FILES",
    "PYEXEC_SANDBOX_MAX_PROCESSES",
    "PYEXEC_SANDBOX_NETWORK",
    "PYEXEC_SANDBOX_USER",
    "PYEXEC_DATA_DIR",
    "PYEXEC_JUPYTER_BASE_URL",
    "PYEXEC_EXECUTION_METHOD",
    "PYEXEC_JUPYTER_URL",
    "PYEXEC_JUPYTER_TOKEN",
    "PYEXEC_JUPYTER_POOL_SIZE",
    "PYEXEC_JUPYTER_KERNEL_READ_ONLY",
    "PYEXEC_JUPYTER_KERNEL_WRITE_ACCESS",
    "PYEXEC_MAX_OUTPUT_BYTES",
    "PYEXEC_MAX_RESULTS_BYTES",
    "PYEXEC_MOCK_CHANNEL_STORE",
    "PYEXEC_MAX_FIGURES",
    "PYEXEC_MAX_FIGURE_BYTES",
    "PYEXEC_LOG_FORMAT",
    "PYEXEC_AMQP_URL",
    "PYEXEC_REDIS_URL",
    "PYEXEC_REDIS_PREFIX",
    "PYEXEC_PREFETCH",
    "PYEXEC_CONCURRENCY",
    "PYEXEC_DELIVERY_LIMIT",
    "PYEXEC_APPROVERS",
    "PYEXEC_RUN_TTL_SECONDS",
    "PYEXEC_MAX_MESSAGE_BYTES",
    "PYEXEC_HEALTH_PORT",
    "PYEXEC_SHUTDOWN_GRACE_SECONDS",
    "PYEXEC_EXECUTION_LEASE_SECONDS",
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
    /// The registry name, aliases resolved (`legacy` → `basic`, `claude_code` → `agentic`).
    pub name: String,
    pub mock: MockSettings,
    pub basic: BasicSettings,
    pub agentic: AgenticSettings,
    pub http: HttpGeneratorSettings,
}

/// The `basic` generator: one chat-completions call to an OpenAI-compatible endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicSettings {
    /// Base URL up to `/v1`; `/chat/completions` is appended.
    pub base_url: String,
    /// Required when the generator is used.
    pub model: Option<String>,
    /// Sent as `Authorization: Bearer ...`; never logged.
    pub api_key: Option<Secret>,
    pub temperature: f64,
    pub max_tokens: u64,
    pub timeout: Duration,
}

/// The `agentic` generator's phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgenticProfile {
    /// One phase: implement.
    Fast,
    /// Scan the knowledge folder, plan, implement.
    Robust,
}

impl AgenticProfile {
    pub fn as_str(self) -> &'static str {
        match self {
            AgenticProfile::Fast => "fast",
            AgenticProfile::Robust => "robust",
        }
    }

    /// The default budget per generation in USD.
    pub fn default_budget_usd(self) -> f64 {
        match self {
            AgenticProfile::Fast => 0.10,
            AgenticProfile::Robust => 0.25,
        }
    }
}

/// USD per million tokens, in and out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelPrice {
    pub input_per_mtok: f64,
    pub output_per_mtok: f64,
}

/// The `agentic` generator: the Anthropic Messages API with read-only knowledge tools.
#[derive(Debug, Clone, PartialEq)]
pub struct AgenticSettings {
    /// Base URL; `/v1/messages` is appended.
    pub base_url: String,
    /// Required when the generator is used.
    pub model: Option<String>,
    /// Sent as `x-api-key`; never logged.
    pub api_key: Option<Secret>,
    pub profile: AgenticProfile,
    /// The facility's example scripts and docs the tools may list, read and grep.
    pub knowledge_dir: Option<PathBuf>,
    /// Budget per generation in USD (`PYEXEC_AGENTIC_MAX_BUDGET_USD`, else the profile's).
    pub max_budget_usd: f64,
    /// Prices by model-name prefix; the longest matching prefix wins.
    pub prices: Vec<(String, ModelPrice)>,
    pub max_tokens: u64,
    /// Most model calls per phase (each tool round is one).
    pub max_turns: u64,
    pub timeout: Duration,
}

impl AgenticSettings {
    /// The price of `model`: the longest configured prefix of its name.
    pub fn price_of(&self, model: &str) -> Option<ModelPrice> {
        self.prices
            .iter()
            .filter(|(prefix, _)| model.starts_with(prefix.as_str()))
            .max_by_key(|(prefix, _)| prefix.len())
            .map(|(_, price)| *price)
    }
}

/// Prices of Claude model families (USD per million tokens), used unless
/// `PYEXEC_AGENTIC_PRICES` names the model.
pub const DEFAULT_AGENTIC_PRICES: &[(&str, f64, f64)] = &[
    ("claude-opus", 15.0, 75.0),
    ("claude-sonnet", 3.0, 15.0),
    ("claude-haiku", 1.0, 5.0),
    ("claude-3-5-haiku", 0.8, 4.0),
    ("claude-3-haiku", 0.25, 1.25),
];

/// The `http` generator: a facility's own service, behind one POST.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpGeneratorSettings {
    /// Required when the generator is used.
    pub url: Option<String>,
    /// Sent as `Authorization: Bearer ...`; never logged.
    pub token: Option<Secret>,
    pub timeout: Duration,
}

/// Which executor runs the code (`PYEXEC_EXECUTION_METHOD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExecutionMethod {
    /// A local interpreter process per run (`local`).
    #[default]
    Local,
    /// A pooled Jupyter kernel per run, on the gateway at `PYEXEC_JUPYTER_URL` (`container`).
    Container,
}

/// A secret value: `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The Jupyter Kernel Gateway (or jupyter_server) the `container` method runs code on.
#[derive(Debug, Clone, PartialEq)]
pub struct JupyterGateway {
    /// `http://` or `https://` base URL, without a trailing slash.
    pub url: String,
    /// Sent as `Authorization: token ...`; never logged.
    pub token: Option<Secret>,
    /// Ready kernels kept per execution mode.
    pub pool_size: usize,
    /// Kernel spec names per mode.
    pub kernel_read_only: String,
    pub kernel_write_access: String,
}

/// Settings of the fleet's workers (unused by the embedded runner).
#[derive(Debug, Clone, PartialEq)]
pub struct FleetSettings {
    /// Contains the broker password: never log it (see [`FleetSettings::amqp_url_redacted`]).
    pub amqp_url: String,
    pub redis_url: String,
    /// Prefix of every Redis key (tests use their own).
    pub redis_prefix: String,
    /// Unacked deliveries a consumer may hold.
    pub prefetch: u16,
    /// Deliveries a worker handles at once.
    pub concurrency: usize,
    /// `x-delivery-limit` of every queue: deliveries before the broker dead-letters.
    pub delivery_limit: u32,
    /// Broker users allowed to approve (checked against the AMQP `user_id`).
    pub approvers: Vec<String>,
    /// How long a finished run stays in Redis.
    pub run_ttl: Duration,
    /// Largest message body a worker accepts.
    pub max_message_bytes: usize,
    /// Port of `/healthz`, `/readyz` and `/metrics` (0: any free port).
    pub health_port: u16,
    /// How long SIGTERM waits for in-flight work.
    pub shutdown_grace: Duration,
    /// Lease of a running execution, renewed while it runs; a claim whose lease lapsed was
    /// interrupted.
    pub execution_lease: Duration,
}

impl FleetSettings {
    /// The broker URL with its password replaced, for logs.
    pub fn amqp_url_redacted(&self) -> String {
        redact_url(&self.amqp_url)
    }

    /// The broker user in the URL (the identity `user_id` must match).
    pub fn amqp_user(&self) -> String {
        let rest = self.amqp_url.split("://").nth(1).unwrap_or_default();
        match rest.split_once('@') {
            Some((credentials, _)) => {
                let user = credentials.split(':').next().unwrap_or_default();
                percent_decode(user)
            }
            None => "guest".to_owned(),
        }
    }
}

/// Replaces the password in `scheme://user:password@host/...` with `***`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(Ok(byte)) = text.get(i + 1..i + 3).map(|h| u8::from_str_radix(h, 16))
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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
    /// The interpreter of each execution mode (`PYEXEC_PYTHON_READ_ONLY`,
    /// `PYEXEC_PYTHON_WRITE_ACCESS`; both default to [`Settings::python`]).
    pub python_per_mode: crate::model::PerMode<PathBuf>,
    /// How the local executor starts each run's interpreter process.
    pub local_launcher: Launcher,
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
    /// Channel limits database (see [`crate::limits`]); loaded by [`Settings::limits_database`].
    pub limits_file: Option<PathBuf>,
    /// Per-rule severities and prohibited imports (see [`crate::analysis::security`]).
    pub security_rules_file: Option<PathBuf>,
    /// Whether unverifiable dynamic access fails analysis or asks for a human.
    pub dynamic_access: DynamicAccess,
    /// The Python version the code runs on (`major`, `minor`): newer syntax fails analysis.
    pub python_version: (u8, u8),
    /// How each local run is contained (`PYEXEC_SANDBOX` and its limits).
    pub sandbox: crate::execution::local::Sandbox,
    /// Extra environment of the code per execution mode (e.g. a different EPICS gateway
    /// for read-only and write-access runs).
    pub mode_env: crate::execution::local::ModeEnvironment,
    pub data_dir: PathBuf,
    /// Base URL of a Jupyter server that serves `data_dir`, for notebook links.
    pub jupyter_base_url: Option<String>,
    /// Cap on each of stdout and stderr kept from one execution.
    pub max_output_bytes: usize,
    /// The mock control system's channel store (JSON); unset: under the runtime folder.
    pub mock_channel_store: Option<PathBuf>,
    /// Largest `results` dict, as JSON bytes, one execution may return.
    pub max_results_bytes: u64,
    /// Most figures kept from one execution; the rest are dropped and flagged.
    pub max_figures: usize,
    /// Largest figure file kept; larger ones are dropped and flagged.
    pub max_figure_bytes: u64,
    /// Which executor runs the code.
    pub execution_method: ExecutionMethod,
    /// The Jupyter gateway, when `PYEXEC_JUPYTER_URL` is set (required by `container`).
    pub jupyter: Option<JupyterGateway>,
    pub log_format: LogFormat,
    pub fleet: FleetSettings,
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
        let interpreter = |variable: &str, value: Option<String>, default: &str| {
            let python = PathBuf::from(nonempty(value).unwrap_or_else(|| default.into()));
            if python.is_absolute() {
                Ok(python)
            } else {
                Err(ConfigError::new(
                    variable,
                    format!(
                        "`{}` must be an absolute path (a PATH lookup may hit a slow shim or the wrong interpreter)",
                        python.display()
                    ),
                ))
            }
        };
        let python = interpreter("PYEXEC_PYTHON", raw.python, "/usr/bin/python3")?;
        let default_python = python.display().to_string();
        let python_per_mode = crate::model::PerMode {
            read_only: interpreter(
                "PYEXEC_PYTHON_READ_ONLY",
                raw.python_read_only,
                &default_python,
            )?,
            write_access: interpreter(
                "PYEXEC_PYTHON_WRITE_ACCESS",
                raw.python_write_access,
                &default_python,
            )?,
        };
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
        let launcher_chosen = raw
            .local_launcher
            .as_deref()
            .is_some_and(|name| !name.trim().is_empty());
        let execution_method = match nonempty(raw.execution_method).as_deref() {
            None | Some("local") => ExecutionMethod::Local,
            Some("container") => ExecutionMethod::Container,
            Some(other) => {
                return Err(ConfigError::new(
                    "PYEXEC_EXECUTION_METHOD",
                    format!("`{other}` is not `local` or `container`"),
                ));
            }
        };
        let jupyter = match nonempty(raw.jupyter_url) {
            None => None,
            Some(url) => {
                let url = url.trim_end_matches('/').to_owned();
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(ConfigError::new(
                        "PYEXEC_JUPYTER_URL",
                        format!("`{url}` must start with http:// or https://"),
                    ));
                }
                Some(JupyterGateway {
                    url,
                    token: nonempty(raw.jupyter_token).map(Secret::new),
                    pool_size: number("PYEXEC_JUPYTER_POOL_SIZE", raw.jupyter_pool_size, 1, 1..=64)?
                        as usize,
                    kernel_read_only: nonempty(raw.jupyter_kernel_read_only)
                        .unwrap_or_else(|| "python3".into()),
                    kernel_write_access: nonempty(raw.jupyter_kernel_write_access)
                        .unwrap_or_else(|| "python3".into()),
                })
            }
        };
        if execution_method == ExecutionMethod::Container && jupyter.is_none() {
            return Err(ConfigError::new(
                "PYEXEC_JUPYTER_URL",
                "must be set when PYEXEC_EXECUTION_METHOD is `container`",
            ));
        }
        let local_launcher = match nonempty(raw.local_launcher) {
            None => Launcher::default(),
            Some(name) => Launcher::parse(&name).ok_or_else(|| {
                ConfigError::new(
                    "PYEXEC_LOCAL_LAUNCHER",
                    format!("`{name}` is not `forkserver` or `exec`"),
                )
            })?,
        };
        use crate::execution::local::SandboxMode;
        let sandbox_mode = match nonempty(raw.sandbox).as_deref() {
            None | Some("rlimit") => SandboxMode::Rlimit,
            Some("none") => SandboxMode::None,
            Some("bwrap") => SandboxMode::Bwrap,
            Some(other) => {
                return Err(ConfigError::new(
                    "PYEXEC_SANDBOX",
                    format!("`{other}` is not one of bwrap, rlimit, none"),
                ));
            }
        };
        let share_network = match nonempty(raw.sandbox_network).as_deref() {
            None => sandbox_mode != SandboxMode::Bwrap,
            Some("host") => true,
            Some("none") if sandbox_mode == SandboxMode::Bwrap => false,
            Some("none") => {
                return Err(ConfigError::new(
                    "PYEXEC_SANDBOX_NETWORK",
                    "`none` needs PYEXEC_SANDBOX=bwrap: only bubblewrap can take the network \
                     away (a mode that cannot be had is never downgraded silently)",
                ));
            }
            Some(other) => {
                return Err(ConfigError::new(
                    "PYEXEC_SANDBOX_NETWORK",
                    format!("`{other}` is not `none` or `host`"),
                ));
            }
        };
        if local_launcher == Launcher::ForkServer
            && sandbox_mode == SandboxMode::Bwrap
            && launcher_chosen
        {
            return Err(ConfigError::new(
                "PYEXEC_LOCAL_LAUNCHER",
                "`forkserver` cannot start runs inside bubblewrap (PYEXEC_SANDBOX=bwrap): each \
                 run needs its own sandbox; use `exec` or leave it unset",
            ));
        }
        let local_launcher = if sandbox_mode == SandboxMode::Bwrap {
            Launcher::Exec
        } else {
            local_launcher
        };
        let sandbox_user = match nonempty(raw.sandbox_user) {
            None => None,
            Some(text) => Some(user_and_group(&text).ok_or_else(|| {
                ConfigError::new(
                    "PYEXEC_SANDBOX_USER",
                    format!("`{text}` is not `uid:gid` (numbers, not 0)"),
                )
            })?),
        };
        let mib = 1024 * 1024;
        let sandbox = crate::execution::local::Sandbox {
            mode: sandbox_mode,
            memory_bytes: mib
                * number(
                    "PYEXEC_SANDBOX_MEMORY_MB",
                    raw.sandbox_memory_mb,
                    4096,
                    64..=1024 * 1024,
                )?,
            max_file_bytes: mib
                * number(
                    "PYEXEC_SANDBOX_MAX_FILE_MB",
                    raw.sandbox_max_file_mb,
                    1024,
                    1..=1024 * 1024,
                )?,
            max_open_files: number(
                "PYEXEC_SANDBOX_MAX_OPEN_FILES",
                raw.sandbox_max_open_files,
                1024,
                16..=1_048_576,
            )?,
            max_processes: number(
                "PYEXEC_SANDBOX_MAX_PROCESSES",
                raw.sandbox_max_processes,
                256,
                1..=1_048_576,
            )?,
            share_network,
            user: sandbox_user,
        };
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
        let basic = BasicSettings {
            base_url: http_url(
                "PYEXEC_BASIC_BASE_URL",
                raw.basic_base_url,
                "https://api.openai.com/v1",
            )?,
            model: nonempty(raw.basic_model),
            api_key: nonempty(raw.basic_api_key).map(Secret::new),
            temperature: decimal(
                "PYEXEC_BASIC_TEMPERATURE",
                raw.basic_temperature,
                0.0,
                0.0..=2.0,
            )?,
            max_tokens: number(
                "PYEXEC_BASIC_MAX_TOKENS",
                raw.basic_max_tokens,
                4096,
                1..=1_000_000,
            )?,
            timeout: Duration::from_secs(number(
                "PYEXEC_BASIC_TIMEOUT_SECONDS",
                raw.basic_timeout_seconds,
                120,
                1..=3600,
            )?),
        };
        let profile = match nonempty(raw.agentic_profile).as_deref() {
            None | Some("fast") => AgenticProfile::Fast,
            Some("robust") => AgenticProfile::Robust,
            Some(other) => {
                return Err(ConfigError::new(
                    "PYEXEC_AGENTIC_PROFILE",
                    format!("`{other}` is not `fast` or `robust`"),
                ));
            }
        };
        let agentic = AgenticSettings {
            base_url: http_url(
                "PYEXEC_AGENTIC_BASE_URL",
                raw.agentic_base_url,
                "https://api.anthropic.com",
            )?,
            model: nonempty(raw.agentic_model),
            api_key: nonempty(raw.agentic_api_key).map(Secret::new),
            profile,
            knowledge_dir: nonempty(raw.agentic_knowledge_dir).map(PathBuf::from),
            max_budget_usd: decimal(
                "PYEXEC_AGENTIC_MAX_BUDGET_USD",
                raw.agentic_max_budget_usd,
                profile.default_budget_usd(),
                0.0..=1000.0,
            )?,
            prices: model_prices(raw.agentic_prices)?,
            max_tokens: number(
                "PYEXEC_AGENTIC_MAX_TOKENS",
                raw.agentic_max_tokens,
                4096,
                1..=1_000_000,
            )?,
            max_turns: number(
                "PYEXEC_AGENTIC_MAX_TURNS",
                raw.agentic_max_turns,
                8,
                1..=100,
            )?,
            timeout: Duration::from_secs(number(
                "PYEXEC_AGENTIC_TIMEOUT_SECONDS",
                raw.agentic_timeout_seconds,
                180,
                1..=3600,
            )?),
        };
        let http_generator = HttpGeneratorSettings {
            url: match nonempty(raw.http_generator_url) {
                None => None,
                Some(url) => Some(http_url("PYEXEC_HTTP_GENERATOR_URL", Some(url), "")?),
            },
            token: nonempty(raw.http_generator_token).map(Secret::new),
            timeout: Duration::from_secs(number(
                "PYEXEC_HTTP_GENERATOR_TIMEOUT_SECONDS",
                raw.http_generator_timeout_seconds,
                300,
                1..=3600,
            )?),
        };
        let settings = Self {
            generator: GeneratorSettings {
                name: match nonempty(raw.generator).as_deref() {
                    None => "mock".into(),
                    Some("legacy") => "basic".into(),
                    Some("claude_code") => "agentic".into(),
                    Some(other) => other.to_owned(),
                },
                mock: MockSettings {
                    behavior,
                    code_file: nonempty(raw.mock_code_file).map(PathBuf::from),
                    sequence_file: nonempty(raw.mock_sequence_file).map(PathBuf::from),
                },
                basic,
                agentic,
                http: http_generator,
            },
            python,
            python_per_mode,
            local_launcher,
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
            limits_file: nonempty(raw.limits_file).map(PathBuf::from),
            security_rules_file: nonempty(raw.security_rules_file).map(PathBuf::from),
            sandbox,
            mode_env: crate::execution::local::ModeEnvironment {
                read_only: mode_environment("PYEXEC_ENV_READ_ONLY", raw.env_read_only)?,
                write_access: mode_environment("PYEXEC_ENV_WRITE_ACCESS", raw.env_write_access)?,
            },
            python_version: python_version(raw.python_version)?,
            dynamic_access: match nonempty(raw.dynamic_access) {
                None => DynamicAccess::Fail,
                Some(value) => DynamicAccess::parse(&value).ok_or_else(|| {
                    ConfigError::new(
                        "PYEXEC_DYNAMIC_ACCESS",
                        format!("`{value}` is not one of fail, approval"),
                    )
                })?,
            },
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
            mock_channel_store: nonempty(raw.mock_channel_store).map(PathBuf::from),
            max_results_bytes: number(
                "PYEXEC_MAX_RESULTS_BYTES",
                raw.max_results_bytes,
                16 * 1024 * 1024,
                1024..=(1024 * 1024 * 1024),
            )?,
            max_figures: number("PYEXEC_MAX_FIGURES", raw.max_figures, 20, 0..=10_000)? as usize,
            max_figure_bytes: number(
                "PYEXEC_MAX_FIGURE_BYTES",
                raw.max_figure_bytes,
                10 * 1024 * 1024,
                1024..=(1024 * 1024 * 1024),
            )?,
            execution_method,
            jupyter,
            log_format,
            fleet: FleetSettings {
                amqp_url: nonempty(raw.amqp_url)
                    .unwrap_or_else(|| "amqp://guest:guest@127.0.0.1:5672/%2f".into()),
                redis_url: nonempty(raw.redis_url)
                    .unwrap_or_else(|| "redis://127.0.0.1:6379/0".into()),
                redis_prefix: nonempty(raw.redis_prefix).unwrap_or_else(|| "pyexec:".into()),
                prefetch: number("PYEXEC_PREFETCH", raw.prefetch, 16, 1..=1000)? as u16,
                concurrency: number("PYEXEC_CONCURRENCY", raw.concurrency, 4, 1..=256)? as usize,
                delivery_limit: number("PYEXEC_DELIVERY_LIMIT", raw.delivery_limit, 5, 1..=1000)?
                    as u32,
                approvers: nonempty(raw.approvers)
                    .map(|list| {
                        list.split(',')
                            .map(|u| u.trim().to_owned())
                            .filter(|u| !u.is_empty())
                            .collect()
                    })
                    .unwrap_or_default(),
                run_ttl: Duration::from_secs(number(
                    "PYEXEC_RUN_TTL_SECONDS",
                    raw.run_ttl_seconds,
                    7 * 86_400,
                    60..=365 * 86_400,
                )?),
                max_message_bytes: number(
                    "PYEXEC_MAX_MESSAGE_BYTES",
                    raw.max_message_bytes,
                    8 * 1024 * 1024,
                    1024..=(128 * 1024 * 1024),
                )? as usize,
                health_port: number("PYEXEC_HEALTH_PORT", raw.health_port, 8080, 0..=65_535)?
                    as u16,
                shutdown_grace: Duration::from_secs(number(
                    "PYEXEC_SHUTDOWN_GRACE_SECONDS",
                    raw.shutdown_grace_seconds,
                    30,
                    0..=3600,
                )?),
                execution_lease: Duration::from_secs(number(
                    "PYEXEC_EXECUTION_LEASE_SECONDS",
                    raw.execution_lease_seconds,
                    10,
                    2..=600,
                )?),
            },
        };
        check_scheme(
            "PYEXEC_AMQP_URL",
            &settings.fleet.amqp_url,
            &["amqp", "amqps"],
        )?;
        check_scheme(
            "PYEXEC_REDIS_URL",
            &settings.fleet.redis_url,
            &["redis", "rediss"],
        )?;
        Ok(settings)
    }

    /// The approval policy these settings describe.
    pub fn approval_policy(&self) -> ApprovalPolicy {
        ApprovalPolicy {
            mode: self.approval_mode.clone(),
            control_system_writes_enabled: self.control_system_writes_enabled,
        }
    }

    /// The channel limits database of `PYEXEC_LIMITS_FILE`, `None` when unset; a file that
    /// cannot be read, parsed or validated is an error naming the variable (a startup error).
    pub fn limits_database(&self) -> Result<Option<LimitsDatabase>, ConfigError> {
        self.limits_file
            .as_deref()
            .map(LimitsDatabase::load)
            .transpose()
            .map_err(|e| ConfigError::new("PYEXEC_LIMITS_FILE", e.to_string()))
    }
}

/// A path made absolute against the current directory once, at load time: executions run in
/// their own working directories, where a relative path would point elsewhere.
fn absolute(variable: &str, path: String) -> Result<PathBuf, ConfigError> {
    std::path::absolute(&path)
        .map_err(|e| ConfigError::new(variable, format!("cannot resolve `{path}`: {e}")))
}

fn check_scheme(variable: &str, url: &str, schemes: &[&str]) -> Result<(), ConfigError> {
    if schemes
        .iter()
        .any(|scheme| url.starts_with(&format!("{scheme}://")))
    {
        Ok(())
    } else {
        Err(ConfigError::new(
            variable,
            format!(
                "`{}` must start with {}://",
                redact_url(url),
                schemes.join(":// or ")
            ),
        ))
    }
}

/// `PYEXEC_PYTHON_VERSION`: `3.N`, a version the parser knows (3.7 to 3.14).
fn python_version(value: Option<String>) -> Result<(u8, u8), ConfigError> {
    let Some(value) = nonempty(value) else {
        return Ok(crate::analysis::syntax::DEFAULT_PYTHON.as_tuple());
    };
    value
        .trim()
        .split_once('.')
        .and_then(|(major, minor)| Some((major.parse::<u8>().ok()?, minor.parse::<u8>().ok()?)))
        .filter(|&(major, minor)| major == 3 && (7..=14).contains(&minor))
        .ok_or_else(|| {
            ConfigError::new(
                "PYEXEC_PYTHON_VERSION",
                format!("`{value}` is not a Python version from 3.7 to 3.14, such as 3.11"),
            )
        })
}

fn nonempty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A JSON object of environment variables for the code; `PYEXEC_*` names are ours and
/// refused, as are names or values that cannot be in an environment.
fn mode_environment(
    variable: &str,
    value: Option<String>,
) -> Result<Vec<(String, String)>, ConfigError> {
    let Some(text) = nonempty(value) else {
        return Ok(Vec::new());
    };
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&text)
        .map_err(|e| {
            ConfigError::new(
                variable,
                format!("expected a JSON object of string values, e.g. {{\"EPICS_CA_ADDR_LIST\": \"gw:5064\"}}: {e}"),
            )
        })?;
    for (key, value) in &map {
        let valid_name = !key.is_empty()
            && !key.starts_with(|c: char| c.is_ascii_digit())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid_name {
            return Err(ConfigError::new(
                variable,
                format!("`{key}` is not a valid variable name"),
            ));
        }
        if key.starts_with("PYEXEC_") {
            return Err(ConfigError::new(
                variable,
                format!(
                    "`{key}`: PYEXEC_* variables are set by the executor and cannot be overridden"
                ),
            ));
        }
        if value.contains('\0') {
            return Err(ConfigError::new(
                variable,
                format!("the value of `{key}` contains a NUL byte"),
            ));
        }
    }
    Ok(map.into_iter().collect())
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

/// An `http://` or `https://` URL without a trailing slash (`default` when unset).
fn http_url(variable: &str, value: Option<String>, default: &str) -> Result<String, ConfigError> {
    let url = nonempty(value).unwrap_or_else(|| default.to_owned());
    let url = url.trim_end_matches('/').to_owned();
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(url)
    } else {
        Err(ConfigError::new(
            variable,
            format!("`{url}` must start with http:// or https://"),
        ))
    }
}

/// A decimal number within `range`.
fn decimal(
    variable: &str,
    value: Option<String>,
    default: f64,
    range: std::ops::RangeInclusive<f64>,
) -> Result<f64, ConfigError> {
    let Some(text) = nonempty(value) else {
        return Ok(default);
    };
    let parsed: f64 = text
        .parse()
        .map_err(|_| ConfigError::new(variable, format!("`{text}` is not a number")))?;
    if !range.contains(&parsed) {
        return Err(ConfigError::new(
            variable,
            format!("{parsed} is outside {}..={}", range.start(), range.end()),
        ));
    }
    Ok(parsed)
}

/// `PYEXEC_AGENTIC_PRICES`: JSON `{"<model or prefix>": {"input": usd_per_mtok, "output":
/// usd_per_mtok}}`, on top of [`DEFAULT_AGENTIC_PRICES`].
fn model_prices(value: Option<String>) -> Result<Vec<(String, ModelPrice)>, ConfigError> {
    const VARIABLE: &str = "PYEXEC_AGENTIC_PRICES";
    let mut prices: Vec<(String, ModelPrice)> = DEFAULT_AGENTIC_PRICES
        .iter()
        .map(|(prefix, input, output)| {
            let price = ModelPrice {
                input_per_mtok: *input,
                output_per_mtok: *output,
            };
            ((*prefix).to_owned(), price)
        })
        .collect();
    let Some(text) = nonempty(value) else {
        return Ok(prices);
    };
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Price {
        input: f64,
        output: f64,
    }
    let configured: std::collections::BTreeMap<String, Price> = serde_json::from_str(&text)
        .map_err(|e| {
            ConfigError::new(
                VARIABLE,
                format!("not a JSON object of model to {{\"input\", \"output\"}} USD per million tokens: {e}"),
            )
        })?;
    for (model, price) in configured {
        let valid = |p: f64| p.is_finite() && p >= 0.0;
        if model.is_empty() || !valid(price.input) || !valid(price.output) {
            return Err(ConfigError::new(
                VARIABLE,
                format!("`{model}`: prices must be non-negative numbers and the name non-empty"),
            ));
        }
        prices.retain(|(prefix, _)| *prefix != model);
        prices.push((
            model,
            ModelPrice {
                input_per_mtok: price.input,
                output_per_mtok: price.output,
            },
        ));
    }
    Ok(prices)
}

/// `uid:gid`, both non-zero numbers.
fn user_and_group(text: &str) -> Option<(u32, u32)> {
    let (uid, gid) = text.split_once(':')?;
    let uid: u32 = uid.trim().parse().ok()?;
    let gid: u32 = gid.trim().parse().ok()?;
    (uid != 0 && gid != 0).then_some((uid, gid))
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

    #[test]
    fn every_variable_is_documented_in_the_configuration_table() {
        let table = include_str!("../docs/configuration.md");
        let missing: Vec<&str> = KNOWN_VARIABLES
            .iter()
            .copied()
            .filter(|variable| !table.contains(&format!("`{variable}`")))
            .collect();
        assert!(
            missing.is_empty(),
            "not in docs/configuration.md: {missing:?}"
        );
    }

    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn container_execution_without_a_gateway_url_names_the_variable() {
        let error = Settings::from_vars(vars(&[("PYEXEC_EXECUTION_METHOD", "container")]))
            .expect_err("container needs PYEXEC_JUPYTER_URL");
        assert_eq!(error.variable, "PYEXEC_JUPYTER_URL");
        let error = Settings::from_vars(vars(&[("PYEXEC_EXECUTION_METHOD", "docker")]))
            .expect_err("unknown method");
        assert_eq!(error.variable, "PYEXEC_EXECUTION_METHOD");
    }

    #[test]
    fn jupyter_settings_have_defaults_and_never_show_the_token() {
        let settings = Settings::from_vars(vars(&[
            ("PYEXEC_EXECUTION_METHOD", "container"),
            ("PYEXEC_JUPYTER_URL", "http://gateway:8888/"),
            ("PYEXEC_JUPYTER_TOKEN", "s3cret-token"),
        ]))
        .expect("valid");
        assert_eq!(settings.execution_method, ExecutionMethod::Container);
        let gateway = settings.jupyter.clone().expect("gateway");
        assert_eq!(gateway.url, "http://gateway:8888");
        assert_eq!(gateway.pool_size, 1);
        assert_eq!(gateway.kernel_read_only, "python3");
        assert_eq!(gateway.kernel_write_access, "python3");
        assert!(!format!("{settings:?}").contains("s3cret-token"));
        let error = Settings::from_vars(vars(&[("PYEXEC_JUPYTER_URL", "gateway:8888")]))
            .expect_err("scheme");
        assert_eq!(error.variable, "PYEXEC_JUPYTER_URL");
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
            ("PYEXEC_LOCAL_LAUNCHER", "spawn"),
            ("PYEXEC_PYTHON_VERSION", "3"),
            ("PYEXEC_PYTHON_VERSION", "2.7"),
            ("PYEXEC_PYTHON_VERSION", "3.99"),
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
            ("PYEXEC_PYTHON_VERSION", "3.12"),
            ("UNRELATED", "x"),
        ]))
        .expect("valid");
        assert_eq!(s.python_version, (3, 12));
        assert!(s.control_system_writes_enabled);
        assert_eq!(s.approval_mode, ApprovalMode::ControlWrites);
        assert_eq!(s.generator.mock.behavior, MockBehavior::ChannelWrite);
    }

    #[test]
    fn fleet_settings_parse_and_redact() {
        let s = Settings::from_vars(vars(&[
            (
                "PYEXEC_AMQP_URL",
                "amqp://oper%40tor:s3cret@broker:5672/%2f",
            ),
            ("PYEXEC_APPROVERS", "alice, bob,,"),
        ]))
        .expect("valid");
        assert_eq!(
            s.fleet.approvers,
            vec!["alice".to_owned(), "bob".to_owned()]
        );
        assert_eq!(s.fleet.amqp_user(), "oper@tor");
        assert!(!s.fleet.amqp_url_redacted().contains("s3cret"));
        let err =
            Settings::from_vars(vars(&[("PYEXEC_AMQP_URL", "http://x")])).expect_err("scheme");
        assert_eq!(err.variable, "PYEXEC_AMQP_URL");
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
