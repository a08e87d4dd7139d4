//! The `agentic` generator (alias `claude_code`): the Anthropic Messages API with tool use,
//! in phases, under a cost budget.
//!
//! A generation runs one or more phases, each a conversation of at most
//! `PYEXEC_AGENTIC_MAX_TURNS` model calls: `scan` (the model explores the knowledge folder
//! with the read-only tools of [`super::knowledge`] and summarises what is relevant), `plan`
//! (a step plan from the request and the scan summary) and `implement` (the script, from
//! [`Prompt::build`] plus the summary and plan, answered as one fenced python block). The
//! `fast` profile runs `implement` only; `robust` runs all three, and skips `scan` when no
//! knowledge folder is configured. A retry (an error chain, or an attempt after the first) and
//! a `capability_driven` request with a `structured_plan` run `implement` only. Every model
//! call's reported usage is priced ([`AgenticSettings::price_of`]) and added up; once the sum
//! passes the budget the generation stops with [`GenerationError::BudgetExceeded`]. HTTP
//! failures are [`Endpoint`]'s (retry, then `Unavailable`; `Misconfigured` for other 4xx).

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use serde::Deserialize;
use serde_json::{Value, json};

use super::endpoint::Endpoint;
use super::knowledge::Knowledge;
use super::prompt::{Prompt, extract_code, plan_of};
use super::{CodeGenerator, GeneratedCode, GenerationError, GenerationInput, GenerationMetadata};
use crate::config::{AgenticProfile, AgenticSettings, ModelPrice};

/// The Messages API version this generator speaks.
pub const ANTHROPIC_VERSION: &str = "2023-06-01";

/// A phase of a generation, by its name in [`GenerationMetadata::phases`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Scan,
    Plan,
    Implement,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Scan => "scan",
            Phase::Plan => "plan",
            Phase::Implement => "implement",
        }
    }
}

const SCAN_SYSTEM: &str = "You are scanning a particle-accelerator facility's knowledge \
folder (example scripts and documentation) to prepare a Python script for a control-room \
task. Use the tools list_files, read_file and grep to find what is relevant: example scripts \
doing similar work, channel names, helper functions, units and conventions. Then answer with \
a concise summary of what you found (file paths, channel names, code patterns worth reusing). \
Do not write the final script.";

const PLAN_SYSTEM: &str = "You plan a Python script for a particle-accelerator control-room \
task. Answer with a short numbered step plan (which channels to read, what to compute, which \
keys to put in the `results` dict, which figures to draw). Do not write code.";

/// The `agentic` generator; see the module docs.
pub struct AgenticGenerator {
    endpoint: Endpoint,
    model: String,
    price: ModelPrice,
    profile: AgenticProfile,
    knowledge: Option<Arc<Knowledge>>,
    max_budget_usd: f64,
    max_tokens: u64,
    max_turns: u64,
}

impl AgenticGenerator {
    /// Builds the generator; a failure names the variable at fault.
    pub fn from_settings(settings: &AgenticSettings) -> Result<Self, String> {
        let model = settings
            .model
            .clone()
            .ok_or("PYEXEC_AGENTIC_MODEL is required by the `agentic` generator")?;
        let price = settings.price_of(&model).ok_or_else(|| {
            format!(
                "PYEXEC_AGENTIC_PRICES has no price for model `{model}` (priced prefixes: {}); \
                 add {{\"{model}\": {{\"input\": <USD per million tokens>, \"output\": <USD \
                 per million tokens>}}}}",
                settings
                    .prices
                    .iter()
                    .map(|(prefix, _)| prefix.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
        let knowledge = match &settings.knowledge_dir {
            Some(dir) => Some(Arc::new(Knowledge::open(dir)?)),
            None => None,
        };
        let url = format!("{}/v1/messages", settings.base_url.trim_end_matches('/'));
        let mut headers = vec![("anthropic-version", ANTHROPIC_VERSION)];
        if let Some(key) = &settings.api_key {
            headers.push(("x-api-key", key.expose()));
        }
        let endpoint = Endpoint::new(&url, settings.timeout, &headers)
            .map_err(|e| format!("PYEXEC_AGENTIC_API_KEY or PYEXEC_AGENTIC_BASE_URL: {e}"))?;
        Ok(Self {
            endpoint,
            model,
            price,
            profile: settings.profile,
            knowledge,
            max_budget_usd: settings.max_budget_usd,
            max_tokens: settings.max_tokens,
            max_turns: settings.max_turns,
        })
    }

    /// Sets the endpoint's retry policy (tests use short backoffs).
    pub fn with_retries(mut self, retries: u32, backoff: Duration) -> Self {
        self.endpoint.retries = retries;
        self.endpoint.backoff = backoff;
        self
    }

    /// The phases `input` gets, in order.
    pub fn phases_for(&self, input: &GenerationInput<'_>) -> Vec<Phase> {
        let retry = !input.error_chain.is_empty() || input.generation_attempt > 1;
        if retry || plan_of(input).is_some() {
            return vec![Phase::Implement];
        }
        match (self.profile, &self.knowledge) {
            (AgenticProfile::Fast, _) => vec![Phase::Implement],
            (AgenticProfile::Robust, Some(_)) => vec![Phase::Scan, Phase::Plan, Phase::Implement],
            (AgenticProfile::Robust, None) => vec![Phase::Plan, Phase::Implement],
        }
    }
}

#[async_trait]
impl CodeGenerator for AgenticGenerator {
    fn name(&self) -> &str {
        "agentic"
    }

    async fn generate(&self, input: GenerationInput<'_>) -> Result<GeneratedCode, GenerationError> {
        let started = Instant::now();
        let prompt = Prompt::build(&input);
        let mut spend = Spend::default();
        let mut phases = Vec::new();
        let mut summary = None;
        let mut plan = None;
        let mut code = None;
        for phase in self.phases_for(&input) {
            phases.push(phase.as_str().to_owned());
            match phase {
                Phase::Scan => {
                    let user = format!(
                        "{}\n## Your job now\nExplore the knowledge folder with the tools and \
                         summarise what is relevant to this task.\n",
                        prompt.user
                    );
                    summary = Some(self.converse(phase, SCAN_SYSTEM, user, &mut spend).await?);
                }
                Phase::Plan => {
                    let mut user = prompt.user.clone();
                    push_section(&mut user, "Knowledge scan summary", summary.as_deref());
                    user.push_str(
                        "\n## Your job now\nWrite the step plan for this task. No code.\n",
                    );
                    plan = Some(self.converse(phase, PLAN_SYSTEM, user, &mut spend).await?);
                }
                Phase::Implement => {
                    let mut user = prompt.user.clone();
                    push_section(&mut user, "Knowledge scan summary", summary.as_deref());
                    push_section(&mut user, "Step plan", plan.as_deref());
                    let answer = self
                        .converse(phase, &prompt.system, user, &mut spend)
                        .await?;
                    code = Some(extract_code(&answer).ok_or_else(|| {
                        GenerationError::NoCode(
                            "the model's final answer holds no python code block".to_owned(),
                        )
                    })?);
                }
            }
        }
        let code = code.ok_or_else(|| {
            GenerationError::NoCode("no implement phase ran (a generator bug)".to_owned())
        })?;
        Ok(GeneratedCode {
            code,
            metadata: GenerationMetadata {
                generator: "agentic".to_owned(),
                model: Some(self.model.clone()),
                phases,
                tokens_in: spend.tokens_in,
                tokens_out: spend.tokens_out,
                cost_usd: spend.cost_usd,
                duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            },
        })
    }
}

impl AgenticGenerator {
    /// One phase's conversation: calls the model, answers its tool calls, until it ends its
    /// turn. Returns the text of the final answer.
    async fn converse(
        &self,
        phase: Phase,
        system: &str,
        user: String,
        spend: &mut Spend,
    ) -> Result<String, GenerationError> {
        let mut messages = vec![json!({"role": "user", "content": user})];
        for turn in 1..=self.max_turns {
            let mut body = json!({
                "model": self.model,
                "max_tokens": self.max_tokens,
                "system": system,
                "messages": messages,
            });
            if self.knowledge.is_some() {
                body["tools"] = Knowledge::tool_definitions();
            }
            let answer = self.endpoint.post(&body).await?;
            let reply: Reply = serde_json::from_value(answer).map_err(|e| {
                GenerationError::Misconfigured(format!(
                    "{} did not answer in the Messages API format: {e}",
                    self.endpoint.url()
                ))
            })?;
            spend.add(&reply.usage, self.price);
            tracing::debug!(
                phase = phase.as_str(),
                turn,
                stop_reason = reply.stop_reason.as_deref().unwrap_or(""),
                tokens_in = reply.usage.input_tokens,
                tokens_out = reply.usage.output_tokens,
                cost_usd = spend.cost_usd,
                "model answered"
            );
            if spend.cost_usd > self.max_budget_usd {
                return Err(GenerationError::BudgetExceeded(format!(
                    "spent ${:.4} of the ${:.4} budget (PYEXEC_AGENTIC_MAX_BUDGET_USD) after \
                     {} model calls, in the {} phase",
                    spend.cost_usd,
                    self.max_budget_usd,
                    spend.calls,
                    phase.as_str()
                )));
            }
            let calls: Vec<ToolCall> = reply
                .content
                .iter()
                .filter_map(|block| serde_json::from_value(block.clone()).ok())
                .filter(|block: &ToolCall| block.kind == "tool_use")
                .collect();
            if reply.stop_reason.as_deref() != Some("tool_use") || calls.is_empty() {
                return Ok(text_of(&reply.content));
            }
            let results = self.run_tools(calls).await;
            messages.push(json!({"role": "assistant", "content": reply.content}));
            messages.push(json!({"role": "user", "content": results}));
        }
        Err(GenerationError::NoCode(format!(
            "the {} phase reached PYEXEC_AGENTIC_MAX_TURNS ({}) model calls while the model \
             was still calling tools",
            phase.as_str(),
            self.max_turns
        )))
    }

    /// The `tool_result` blocks answering `calls`, in order.
    async fn run_tools(&self, calls: Vec<ToolCall>) -> Vec<Value> {
        let Some(knowledge) = self.knowledge.clone() else {
            return calls
                .into_iter()
                .map(|call| tool_result(&call.id, "no tools are available", true))
                .collect();
        };
        let ids: Vec<String> = calls.iter().map(|call| call.id.clone()).collect();
        let outcome = tokio::task::spawn_blocking(move || {
            calls
                .into_iter()
                .map(|call| {
                    let result = knowledge.call(&call.name, &call.input);
                    tracing::debug!(tool = %call.name, ok = result.is_ok(), "tool call");
                    match result {
                        Ok(text) => tool_result(&call.id, &text, false),
                        Err(error) => tool_result(&call.id, &error.to_string(), true),
                    }
                })
                .collect()
        })
        .await;
        outcome.unwrap_or_else(|error| {
            // A panicking tool is a bug; the model gets an error rather than the run dying.
            tracing::error!(%error, "knowledge tool task failed");
            ids.iter()
                .map(|id| tool_result(id, "the tool failed", true))
                .collect()
        })
    }
}

fn tool_result(id: &str, content: &str, is_error: bool) -> Value {
    json!({
        "type": "tool_result",
        "tool_use_id": id,
        "content": content,
        "is_error": is_error,
    })
}

fn push_section(out: &mut String, title: &str, body: Option<&str>) {
    let Some(body) = body.map(str::trim).filter(|body| !body.is_empty()) else {
        return;
    };
    out.push_str("\n## ");
    out.push_str(title);
    out.push('\n');
    out.push_str(body);
    out.push('\n');
}

/// The text blocks of an answer, joined.
fn text_of(content: &[Value]) -> String {
    content
        .iter()
        .filter(|block| block["type"] == "text")
        .filter_map(|block| block["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Messages API answer, as far as we read it. Content blocks stay raw: the assistant turn
/// is sent back as it came.
#[derive(Debug, Deserialize)]
struct Reply {
    content: Vec<Value>,
    #[serde(default)]
    stop_reason: Option<String>,
    #[serde(default)]
    usage: Usage,
}

#[derive(Debug, Default, Deserialize)]
struct Usage {
    #[serde(default)]
    input_tokens: u64,
    #[serde(default)]
    output_tokens: u64,
    /// Prompt-cache tokens are counted as input, at the input price.
    #[serde(default)]
    cache_creation_input_tokens: Option<u64>,
    #[serde(default)]
    cache_read_input_tokens: Option<u64>,
}

#[derive(Debug, Deserialize)]
struct ToolCall {
    #[serde(rename = "type")]
    kind: String,
    id: String,
    name: String,
    #[serde(default)]
    input: Value,
}

/// What a generation has used so far.
#[derive(Debug, Default)]
struct Spend {
    calls: u32,
    tokens_in: u64,
    tokens_out: u64,
    cost_usd: f64,
}

impl Spend {
    fn add(&mut self, usage: &Usage, price: ModelPrice) {
        let tokens_in = usage.input_tokens
            + usage.cache_creation_input_tokens.unwrap_or(0)
            + usage.cache_read_input_tokens.unwrap_or(0);
        self.calls += 1;
        self.tokens_in += tokens_in;
        self.tokens_out += usage.output_tokens;
        self.cost_usd += (tokens_in as f64 * price.input_per_mtok
            + usage.output_tokens as f64 * price.output_per_mtok)
            / 1_000_000.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spend_prices_usage_per_million_tokens() {
        let mut spend = Spend::default();
        let price = ModelPrice {
            input_per_mtok: 3.0,
            output_per_mtok: 15.0,
        };
        let usage = Usage {
            input_tokens: 1_000,
            output_tokens: 100,
            cache_creation_input_tokens: None,
            cache_read_input_tokens: Some(1_000),
        };
        spend.add(&usage, price);
        spend.add(&usage, price);
        assert_eq!(
            (spend.calls, spend.tokens_in, spend.tokens_out),
            (2, 4_000, 200)
        );
        assert!((spend.cost_usd - 0.015).abs() < 1e-12, "{}", spend.cost_usd);
    }

    #[test]
    fn text_of_joins_text_blocks_only() {
        let content = vec![
            json!({"type": "text", "text": "a"}),
            json!({"type": "tool_use", "id": "t", "name": "grep", "input": {}}),
            json!({"type": "text", "text": "b"}),
        ];
        assert_eq!(text_of(&content), "a\nb");
    }
}
