//! Generation: turning a request (and, on retries, the error chain) into Python code.
//!
//! A [`CodeGenerator`] is looked up by name in a [`GeneratorRegistry`]. Built in: `mock`
//! (deterministic, no network), [`basic`] (OpenAI-compatible chat completions), [`agentic`]
//! (Anthropic Messages with read-only tools over a knowledge folder, [`knowledge`]) and
//! [`http`] (a facility's own service); the LLM ones share the prompt ([`prompt`]) and the
//! endpoint rules ([`endpoint`]). Generators get the whole error chain so
//! they can learn from failed attempts ([`crate::model::error::render_error_chain`] renders it
//! as prompt text). Errors carry their category, so the pipeline knows whether to ask again,
//! regenerate, or stop.

pub mod agentic;
pub mod basic;
pub mod endpoint;
pub mod http;
pub mod knowledge;
pub mod mock;
pub mod prompt;

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::config::GeneratorSettings;
use crate::model::{ErrorCategory, ErrorChainEntry, ExecutionRequest};

pub use agentic::AgenticGenerator;
pub use mock::{MockBehavior, MockGenerator};

/// What a generator is given.
#[derive(Debug, Clone, Copy)]
pub struct GenerationInput<'a> {
    pub request: &'a ExecutionRequest,
    pub error_chain: &'a [ErrorChainEntry],
    /// 1-based generation attempt for this run.
    pub generation_attempt: u32,
    /// The control-system type in force, for prompts.
    pub control_system_type: &'a str,
    /// Whether the deployment allows control-system writes at all (for prompts).
    pub writes_enabled: bool,
}

/// Who generated the code, and at what cost.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GenerationMetadata {
    pub generator: String,
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub phases: Vec<String>,
    #[serde(default)]
    pub tokens_in: u64,
    #[serde(default)]
    pub tokens_out: u64,
    #[serde(default)]
    pub cost_usd: f64,
    #[serde(default)]
    pub duration_ms: u64,
}

/// Code and its metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedCode {
    pub code: String,
    pub metadata: GenerationMetadata,
}

/// Why a generator produced no code; the variant decides what happens next.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GenerationError {
    /// The generator answered but gave no usable code: ask again (counts as an attempt).
    #[error("the generator returned no usable code: {0}")]
    NoCode(String),
    /// The generator's service failed (unreachable, 429, 5xx): try again.
    #[error("the code generator is unavailable: {0}")]
    Unavailable(String),
    /// The generator is misconfigured or refused us (401, bad model): end the run.
    #[error("the code generator is misconfigured: {0}")]
    Misconfigured(String),
    /// The cost budget is spent: end the run.
    #[error("the generation budget is exhausted: {0}")]
    BudgetExceeded(String),
}

impl GenerationError {
    pub fn category(&self) -> ErrorCategory {
        match self {
            GenerationError::NoCode(_) => ErrorCategory::CodeRelated,
            GenerationError::Unavailable(_) => ErrorCategory::Infrastructure,
            GenerationError::Misconfigured(_) => ErrorCategory::Configuration,
            GenerationError::BudgetExceeded(_) => ErrorCategory::Workflow,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            GenerationError::NoCode(_) => "generation_failed",
            GenerationError::Unavailable(_) => "generator_unavailable",
            GenerationError::Misconfigured(_) => "generator_misconfigured",
            GenerationError::BudgetExceeded(_) => "generation_budget_exceeded",
        }
    }
}

/// A code generator: request and error chain in, code out.
#[async_trait]
pub trait CodeGenerator: Send + Sync {
    /// The registry name (`mock`, `basic`, ...).
    fn name(&self) -> &str;
    async fn generate(&self, input: GenerationInput<'_>) -> Result<GeneratedCode, GenerationError>;
}

/// Builds a generator from settings; a failure is a startup error that names the variable.
pub type GeneratorFactory = fn(&GeneratorSettings) -> Result<Arc<dyn CodeGenerator>, String>;

/// Generators by name. Facilities add their own with [`GeneratorRegistry::register`].
#[derive(Clone)]
pub struct GeneratorRegistry {
    factories: BTreeMap<String, GeneratorFactory>,
}

impl GeneratorRegistry {
    /// The registry with the built-in generators.
    pub fn with_builtins() -> Self {
        let mut registry = Self {
            factories: BTreeMap::new(),
        };
        registry.register("mock", |settings| {
            MockGenerator::from_settings(&settings.mock)
                .map(|g| Arc::new(g) as Arc<dyn CodeGenerator>)
        });
        registry.register("basic", basic::BasicGenerator::factory);
        registry.register("http", http::HttpGenerator::factory);
        registry.register("agentic", |settings| {
            AgenticGenerator::from_settings(&settings.agentic)
                .map(|g| Arc::new(g) as Arc<dyn CodeGenerator>)
        });
        registry
    }

    pub fn register(&mut self, name: &str, factory: GeneratorFactory) {
        self.factories.insert(name.to_owned(), factory);
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.factories.keys().map(String::as_str)
    }

    /// Builds the generator named by `settings.name`.
    pub fn create(&self, settings: &GeneratorSettings) -> Result<Arc<dyn CodeGenerator>, String> {
        let factory = self.factories.get(&settings.name).ok_or_else(|| {
            format!(
                "PYEXEC_GENERATOR `{}` is not a known generator (known: {})",
                settings.name,
                self.names().collect::<Vec<_>>().join(", ")
            )
        })?;
        factory(settings)
    }
}
