//! The `http` generator: the language-agnostic extension point. A facility's own service
//! receives one POST per generation and answers with the code.
//!
//! The request body (`docs/schemas/generator-request.schema.json`) carries the whole execution
//! request, the error chain, the attempt number, the control-system type, whether writes are
//! enabled, and our own rendered prompt (so a thin service can forward it to its model). The
//! answer (`docs/schemas/generator-response.schema.json`) is `{"code": ..., "metadata": {...}}`
//! or `{"error": {"kind": ..., "message": ...}}`; fenced code is accepted. Transport rules are
//! [`Endpoint`]'s; an optional bearer token is sent and never logged.

use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;
use serde::Deserialize;
use serde_json::json;

use super::endpoint::Endpoint;
use super::prompt::{Prompt, extract_code};
use super::{CodeGenerator, GeneratedCode, GenerationError, GenerationInput, GenerationMetadata};
use crate::config::HttpGeneratorSettings;

/// The protocol name and version in every request.
pub const PROTOCOL: &str = "pyexec.generate/1";

/// POSTs each generation to a facility's service.
#[derive(Debug)]
pub struct HttpGenerator {
    endpoint: Endpoint,
}

/// The service's answer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    metadata: Option<AnswerMetadata>,
    #[serde(default)]
    error: Option<AnswerError>,
}

#[derive(Debug, Default, Deserialize)]
struct AnswerMetadata {
    #[serde(default)]
    generator: Option<String>,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    phases: Vec<String>,
    #[serde(default)]
    tokens_in: u64,
    #[serde(default)]
    tokens_out: u64,
    #[serde(default)]
    cost_usd: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerError {
    kind: AnswerErrorKind,
    message: String,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum AnswerErrorKind {
    NoCode,
    Unavailable,
    Misconfigured,
    BudgetExceeded,
}

impl HttpGenerator {
    /// A generator for `settings`; a missing URL is an error naming `PYEXEC_HTTP_GENERATOR_URL`.
    pub fn new(settings: &HttpGeneratorSettings) -> Result<Self, String> {
        let url = settings.url.clone().ok_or_else(|| {
            "PYEXEC_HTTP_GENERATOR_URL must be set when PYEXEC_GENERATOR is `http`".to_owned()
        })?;
        let endpoint = Endpoint::with_bearer(
            &url,
            settings.timeout,
            settings.token.as_ref(),
            "PYEXEC_HTTP_GENERATOR_URL",
        )?;
        Ok(Self { endpoint })
    }

    /// The registry factory.
    pub fn factory(
        settings: &crate::config::GeneratorSettings,
    ) -> Result<Arc<dyn CodeGenerator>, String> {
        Self::new(&settings.http).map(|g| Arc::new(g) as Arc<dyn CodeGenerator>)
    }

    /// The endpoint, so tests can shorten its backoff.
    pub fn endpoint_mut(&mut self) -> &mut Endpoint {
        &mut self.endpoint
    }
}

#[async_trait]
impl CodeGenerator for HttpGenerator {
    fn name(&self) -> &str {
        "http"
    }

    async fn generate(&self, input: GenerationInput<'_>) -> Result<GeneratedCode, GenerationError> {
        let started = Instant::now();
        let prompt = Prompt::build(&input);
        let body = json!({
            "protocol": PROTOCOL,
            "request": input.request,
            "error_chain": input.error_chain,
            "generation_attempt": input.generation_attempt,
            "control_system_type": input.control_system_type,
            "writes_enabled": input.writes_enabled,
            "prompt": {"system": prompt.system, "user": prompt.user},
        });
        let url = self.endpoint.url().to_owned();
        let value = self.endpoint.post(&body).await?;
        let answer: Answer = serde_json::from_value(value).map_err(|e| {
            GenerationError::Misconfigured(format!(
                "{url} answered with JSON that is not a generator response ({e}); see \
                 docs/schemas/generator-response.schema.json"
            ))
        })?;
        if let Some(error) = answer.error {
            let message = format!("{url}: {}", error.message);
            return Err(match error.kind {
                AnswerErrorKind::NoCode => GenerationError::NoCode(message),
                AnswerErrorKind::Unavailable => GenerationError::Unavailable(message),
                AnswerErrorKind::Misconfigured => GenerationError::Misconfigured(message),
                AnswerErrorKind::BudgetExceeded => GenerationError::BudgetExceeded(message),
            });
        }
        let code = answer
            .code
            .as_deref()
            .and_then(extract_code)
            .ok_or_else(|| GenerationError::NoCode(format!("{url} answered without code")))?;
        let meta = answer.metadata.unwrap_or_default();
        let metadata = GenerationMetadata {
            generator: meta.generator.unwrap_or_else(|| "http".into()),
            model: meta.model,
            phases: meta.phases,
            tokens_in: meta.tokens_in,
            tokens_out: meta.tokens_out,
            cost_usd: if meta.cost_usd.is_finite() && meta.cost_usd >= 0.0 {
                meta.cost_usd
            } else {
                0.0
            },
            duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        };
        Ok(GeneratedCode { code, metadata })
    }
}
