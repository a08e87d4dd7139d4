//! One JSON POST to a model's HTTP endpoint, with the rules every HTTP generator shares.
//!
//! A refused connection, a timeout, `429` and `5xx` are the service's trouble: retried with
//! exponential backoff (honouring `Retry-After`), then reported as
//! [`GenerationError::Unavailable`] (infrastructure: the run may try again later). Any other
//! `4xx` is ours (a wrong key, model or URL): [`GenerationError::Misconfigured`] at once,
//! quoting what the endpoint answered, so an operator can fix it. Credentials travel only in
//! headers marked sensitive; no message here contains them.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, RETRY_AFTER};
use serde_json::Value;

use super::GenerationError;

/// How much of an error body is quoted in a message.
const BODY_EXCERPT_CHARS: usize = 300;

/// A model endpoint: its URL, headers (credentials among them) and retry policy.
#[derive(Debug, Clone)]
pub struct Endpoint {
    client: reqwest::Client,
    url: String,
    headers: HeaderMap,
    /// Retries after the first try, for connection failures, timeouts, 429 and 5xx.
    pub retries: u32,
    /// Wait before the first retry; doubled each time, capped at [`Endpoint::max_backoff`].
    pub backoff: Duration,
    pub max_backoff: Duration,
}

impl Endpoint {
    /// An endpoint at `url` whose requests time out after `timeout`. `headers` are sent on
    /// every request, all marked sensitive (they carry credentials).
    pub fn new(url: &str, timeout: Duration, headers: &[(&str, &str)]) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| format!("`{name}` is not a valid header name"))?;
            let mut value = HeaderValue::from_str(value)
                .map_err(|_| format!("the value of header `{name}` is not valid"))?;
            value.set_sensitive(true);
            map.insert(name, value);
        }
        Ok(Self {
            client,
            url: url.to_owned(),
            headers: map,
            retries: 3,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
        })
    }

    /// An endpoint that sends `token`, if any, as `Authorization: Bearer`; errors name
    /// `variable` (the URL's setting).
    pub fn with_bearer(
        url: &str,
        timeout: Duration,
        token: Option<&crate::config::Secret>,
        variable: &str,
    ) -> Result<Self, String> {
        let bearer = token.map(|token| format!("Bearer {}", token.expose()));
        let headers: Vec<(&str, &str)> = bearer
            .as_deref()
            .map(|value| ("authorization", value))
            .into_iter()
            .collect();
        Self::new(url, timeout, &headers).map_err(|e| format!("{variable}: {e}"))
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// POSTs `body` as JSON and returns the JSON answer (see the module docs for failures).
    pub async fn post(&self, body: &Value) -> Result<Value, GenerationError> {
        let mut wait = self.backoff;
        let mut attempt = 0;
        loop {
            let (failure, retry_after) = match self.try_once(body).await {
                Ok(answer) => return Ok(answer),
                Err(Attempt::Fatal(error)) => return Err(error),
                Err(Attempt::Retryable(message, retry_after)) => (message, retry_after),
            };
            if attempt >= self.retries {
                return Err(GenerationError::Unavailable(format!(
                    "{failure} (after {} tries)",
                    attempt + 1
                )));
            }
            attempt += 1;
            let pause = retry_after.unwrap_or(wait).min(self.max_backoff);
            tracing::warn!(url = %self.url, %failure, ?pause, attempt, "model endpoint failed; retrying");
            tokio::time::sleep(pause).await;
            wait = (wait * 2).min(self.max_backoff);
        }
    }

    async fn try_once(&self, body: &Value) -> Result<Value, Attempt> {
        let response = self
            .client
            .post(&self.url)
            .headers(self.headers.clone())
            .json(body)
            .send()
            .await
            .map_err(|error| {
                let what = if error.is_timeout() {
                    "timed out"
                } else {
                    "could not be reached"
                };
                Attempt::Retryable(
                    format!("{} {what}: {}", self.url, without_url(&error)),
                    None,
                )
            })?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|text| text.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let text = response.text().await.map_err(|error| {
            Attempt::Retryable(
                format!(
                    "{} answer could not be read: {}",
                    self.url,
                    without_url(&error)
                ),
                None,
            )
        })?;
        if status.as_u16() == 429 || status.is_server_error() {
            return Err(Attempt::Retryable(
                format!("{} answered {status}: {}", self.url, excerpt(&text)),
                retry_after,
            ));
        }
        if !status.is_success() {
            return Err(Attempt::Fatal(GenerationError::Misconfigured(format!(
                "{} answered {status}: {}",
                self.url,
                excerpt(&text)
            ))));
        }
        serde_json::from_str(&text).map_err(|error| {
            Attempt::Retryable(
                format!(
                    "{} answered {status} with a body that is not JSON ({error}): {}",
                    self.url,
                    excerpt(&text)
                ),
                None,
            )
        })
    }
}

enum Attempt {
    Retryable(String, Option<Duration>),
    Fatal(GenerationError),
}

/// A reqwest error's message without the URL it repeats.
fn without_url(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    if let Some(url) = error.url() {
        text = text.replace(&format!(" ({url})"), "");
    }
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// The start of a body, on one line.
fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= BODY_EXCERPT_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(BODY_EXCERPT_CHARS).collect();
    format!("{cut}…")
}
