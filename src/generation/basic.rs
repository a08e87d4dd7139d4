//! The `basic` generator (alias `legacy`): one chat-completions call to an OpenAI-compatible
//! endpoint (OpenAI, vLLM, Ollama, a LiteLLM proxy).
//!
//! The request is `POST {PYEXEC_BASIC_BASE_URL}/chat/completions` with the system and user
//! prompts of [`Prompt::build`], the model, temperature and token cap; the API key goes in an
//! `Authorization: Bearer` header marked sensitive. The code is taken from the first choice's
//! message with [`extract_code`]. Transport rules (retries on 429 and 5xx, configuration errors
//! on other 4xx) are [`Endpoint`]'s.

use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;
use serde_json::{Value, json};

use super::endpoint::Endpoint;
use super::prompt::{Prompt, extract_code};
use super::{CodeGenerator, GeneratedCode, GenerationError, GenerationInput, GenerationMetadata};
use crate::config::BasicSettings;

/// One chat-completions call per generation.
#[derive(Debug)]
pub struct BasicGenerator {
    endpoint: Endpoint,
    model: String,
    temperature: f64,
    max_tokens: u64,
}

impl BasicGenerator {
    /// A generator for `settings`; a missing model is an error naming `PYEXEC_BASIC_MODEL`.
    pub fn new(settings: &BasicSettings) -> Result<Self, String> {
        let model = settings.model.clone().ok_or_else(|| {
            "PYEXEC_BASIC_MODEL must name the model when PYEXEC_GENERATOR is `basic`".to_owned()
        })?;
        let url = format!("{}/chat/completions", settings.base_url);
        let endpoint = Endpoint::with_bearer(
            &url,
            settings.timeout,
            settings.api_key.as_ref(),
            "PYEXEC_BASIC_BASE_URL",
        )?;
        Ok(Self {
            endpoint,
            model,
            temperature: settings.temperature,
            max_tokens: settings.max_tokens,
        })
    }

    /// The registry factory.
    pub fn factory(
        settings: &crate::config::GeneratorSettings,
    ) -> Result<Arc<dyn CodeGenerator>, String> {
        Self::new(&settings.basic).map(|g| Arc::new(g) as Arc<dyn CodeGenerator>)
    }

    /// The endpoint, so tests can shorten its backoff.
    pub fn endpoint_mut(&mut self) -> &mut Endpoint {
        &mut self.endpoint
    }
}

#[async_trait]
impl CodeGenerator for BasicGenerator {
    fn name(&self) -> &str {
        "basic"
    }

    async fn generate(&self, input: GenerationInput<'_>) -> Result<GeneratedCode, GenerationError> {
        let started = Instant::now();
        let prompt = Prompt::build(&input);
        let body = json!({
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt.system},
                {"role": "user", "content": prompt.user},
            ],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        });
        let answer = self.endpoint.post(&body).await?;
        let content = answer["choices"][0]["message"]["content"]
            .as_str()
            .unwrap_or_default();
        let code = extract_code(content).ok_or_else(|| {
            let finish = answer["choices"][0]["finish_reason"]
                .as_str()
                .unwrap_or("unknown");
            GenerationError::NoCode(format!(
                "{} answered without code (finish_reason {finish})",
                self.endpoint.url()
            ))
        })?;
        let usage = &answer["usage"];
        let metadata = GenerationMetadata {
            generator: "basic".into(),
            model: Some(
                answer["model"]
                    .as_str()
                    .map_or_else(|| self.model.clone(), str::to_owned),
            ),
            phases: vec!["implement".into()],
            tokens_in: count(&usage["prompt_tokens"]),
            tokens_out: count(&usage["completion_tokens"]),
            cost_usd: 0.0,
            duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        };
        Ok(GeneratedCode { code, metadata })
    }
}

fn count(value: &Value) -> u64 {
    value.as_u64().unwrap_or(0)
}
