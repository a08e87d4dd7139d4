//! The `basic` (OpenAI chat completions) and `http` generators against a local server that
//! speaks the real wire formats, and `pyexec run` end to end with `PYEXEC_GENERATOR=basic`.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::model_server::{ModelServer, Scripted};
use pyexec::config::Settings;
use pyexec::generation::basic::BasicGenerator;
use pyexec::generation::http::HttpGenerator;
use pyexec::generation::{CodeGenerator, GenerationError, GenerationInput};
use pyexec::model::{ErrorChainEntry, ErrorType, ExecutionRequest};
use serde_json::{Value, json};

const API_KEY: &str = "sk-test-very-secret-key";

fn settings(vars: &[(&str, &str)]) -> Settings {
    Settings::from_vars(vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())))
        .expect("settings")
}

fn basic(server: &ModelServer) -> BasicGenerator {
    let settings = settings(&[
        ("PYEXEC_BASIC_BASE_URL", &format!("{}/v1", server.base_url)),
        ("PYEXEC_BASIC_MODEL", "qwen2.5-coder"),
        ("PYEXEC_BASIC_API_KEY", API_KEY),
    ]);
    let mut generator = BasicGenerator::new(&settings.generator.basic).expect("generator");
    generator.endpoint_mut().backoff = Duration::from_millis(10);
    generator
}

/// A chat-completions answer whose message is `content`.
fn completion(content: &str) -> Scripted {
    Scripted::json(
        200,
        json!({
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "qwen2.5-coder",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 321, "completion_tokens": 45, "total_tokens": 366},
        }),
    )
}

fn request() -> ExecutionRequest {
    let mut request = ExecutionRequest::for_objective("average the last ten beam currents");
    request.user_query = "what is the mean beam current right now?".into();
    request.expected_results =
        serde_json::from_str(r#"{"mean_current_ma": "float"}"#).expect("json");
    request.capability_prompts = vec!["the channel is SR:DCCT:CURRENT".into()];
    request
}

fn input<'a>(request: &'a ExecutionRequest, chain: &'a [ErrorChainEntry]) -> GenerationInput<'a> {
    GenerationInput {
        request,
        error_chain: chain,
        generation_attempt: chain.len() as u32 + 1,
        control_system_type: "epics",
        writes_enabled: false,
    }
}

fn user_prompt(body: &Value) -> String {
    body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .find(|m| m["role"] == "user")
        .and_then(|m| m["content"].as_str())
        .expect("a user message")
        .to_owned()
}

#[tokio::test]
async fn basic_sends_the_request_in_the_prompt_and_takes_the_fenced_code() {
    let server = ModelServer::start(vec![completion(
        "Sure.\n```python\nresults = {'mean_current_ma': 1.0}\n```\nThis reads the channel.",
    )])
    .await;
    let request = request();
    let generated = basic(&server)
        .generate(input(&request, &[]))
        .await
        .expect("code");
    assert_eq!(generated.code, "results = {'mean_current_ma': 1.0}\n");
    assert_eq!(generated.metadata.generator, "basic");
    assert_eq!(generated.metadata.model.as_deref(), Some("qwen2.5-coder"));
    assert_eq!(
        (generated.metadata.tokens_in, generated.metadata.tokens_out),
        (321, 45)
    );

    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].path, "/v1/chat/completions");
    assert_eq!(
        received[0].headers["authorization"],
        format!("Bearer {API_KEY}").as_str()
    );
    let body = &received[0].body;
    assert_eq!(body["model"], "qwen2.5-coder");
    assert_eq!(body["messages"][0]["role"], "system");
    let prompt = user_prompt(body);
    for expected in [
        "average the last ten beam currents",
        "what is the mean beam current right now?",
        "mean_current_ma",
        "the channel is SR:DCCT:CURRENT",
    ] {
        assert!(
            prompt.contains(expected),
            "{expected} missing from {prompt}"
        );
    }
}

#[tokio::test]
async fn basic_takes_an_unfenced_answer_whole() {
    let server =
        ModelServer::start(vec![completion("import math\nresults = {'pi': math.pi}")]).await;
    let request = request();
    let generated = basic(&server)
        .generate(input(&request, &[]))
        .await
        .expect("code");
    assert_eq!(generated.code, "import math\nresults = {'pi': math.pi}\n");
}

#[tokio::test]
async fn a_retry_prompt_carries_the_previous_failure_and_its_traceback() {
    let server = ModelServer::start(vec![completion("```python\nresults = {}\n```")]).await;
    let request = request();
    let chain = [ErrorChainEntry {
        error_type: ErrorType::Execution,
        message: "KeyError: 'current'".into(),
        failed_code: Some("results = {'x': context['current']}".into()),
        traceback: Some(
            "Traceback (most recent call last):\n  File \"code.py\", line 1\nKeyError: 'current'"
                .into(),
        ),
        attempt: 1,
        stage: "execution".into(),
        issues: Vec::new(),
    }];
    basic(&server)
        .generate(input(&request, &chain))
        .await
        .expect("code");
    let prompt = user_prompt(&server.received()[0].body);
    assert!(
        prompt.contains("results = {'x': context['current']}"),
        "{prompt}"
    );
    assert!(prompt.contains("File \"code.py\", line 1"), "{prompt}");
}

#[tokio::test]
async fn basic_retries_429_and_5xx_then_succeeds() {
    let mut busy = Scripted::json(429, json!({"error": {"message": "rate limited"}}));
    busy.headers.push(("retry-after", "0".into()));
    let server = ModelServer::start(vec![
        busy,
        Scripted::json(503, json!({"error": "overloaded"})),
        completion("```python\nresults = {'ok': True}\n```"),
    ])
    .await;
    let request = request();
    let generated = basic(&server)
        .generate(input(&request, &[]))
        .await
        .expect("the third try succeeds");
    assert_eq!(generated.code, "results = {'ok': True}\n");
    assert_eq!(server.received().len(), 3);
}

#[tokio::test]
async fn basic_gives_up_on_a_service_that_stays_down_as_unavailable() {
    let server = ModelServer::start(vec![Scripted::json(500, json!({"error": "down"})); 4]).await;
    let request = request();
    let error = basic(&server)
        .generate(input(&request, &[]))
        .await
        .expect_err("down");
    assert!(
        matches!(error, GenerationError::Unavailable(_)),
        "{error:?}"
    );
    assert!(error.to_string().contains("500"), "{error}");
    assert_eq!(server.received().len(), 4, "one try and three retries");
}

#[tokio::test]
async fn a_401_is_a_configuration_error_naming_the_endpoint_without_the_key() {
    let server = ModelServer::start(vec![Scripted::json(
        401,
        json!({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}),
    )])
    .await;
    let request = request();
    let error = basic(&server)
        .generate(input(&request, &[]))
        .await
        .expect_err("401");
    let GenerationError::Misconfigured(message) = &error else {
        panic!("expected a configuration error, got {error:?}");
    };
    assert!(
        message.contains(&format!("{}/v1/chat/completions", server.base_url)),
        "{message}"
    );
    assert!(message.contains("401"), "{message}");
    assert!(message.contains("Incorrect API key provided"), "{message}");
    assert!(!message.contains(API_KEY), "{message}");
    assert_eq!(server.received().len(), 1, "a 401 is not retried");
}

#[tokio::test]
async fn an_answer_without_code_is_a_code_generation_error() {
    let server = ModelServer::start(vec![completion("   "), completion("```bash\nls\n```")]).await;
    let request = request();
    let generator = basic(&server);
    for _ in 0..2 {
        let error = generator
            .generate(input(&request, &[]))
            .await
            .expect_err("no code");
        assert!(matches!(error, GenerationError::NoCode(_)), "{error:?}");
    }
}

#[test]
fn basic_without_a_model_is_a_startup_error_naming_the_variable() {
    let error = pyexec::generation::GeneratorRegistry::with_builtins()
        .create(&settings(&[("PYEXEC_GENERATOR", "legacy")]).generator)
        .err()
        .expect("no model");
    assert!(error.contains("PYEXEC_BASIC_MODEL"), "{error}");
}

fn http_generator(server: &ModelServer) -> HttpGenerator {
    let settings = settings(&[
        (
            "PYEXEC_HTTP_GENERATOR_URL",
            &format!("{}/generate", server.base_url),
        ),
        ("PYEXEC_HTTP_GENERATOR_TOKEN", "plugin-token"),
    ]);
    let mut generator = HttpGenerator::new(&settings.generator.http).expect("generator");
    generator.endpoint_mut().backoff = Duration::from_millis(10);
    generator
}

#[tokio::test]
async fn http_posts_the_request_and_error_chain_and_takes_the_code_back() {
    let server = ModelServer::start(vec![Scripted::json(
        200,
        json!({"code": "results = {'v': 1}", "metadata": {"model": "facility-llm", "tokens_in": 10, "tokens_out": 5, "cost_usd": 0.001, "phases": ["implement"]}}),
    )])
    .await;
    let request = request();
    let chain = [ErrorChainEntry {
        error_type: ErrorType::Syntax,
        message: "SyntaxError: invalid syntax".into(),
        failed_code: Some("results = {".into()),
        traceback: None,
        attempt: 1,
        stage: "analysis".into(),
        issues: vec!["line 1: '{' was never closed".into()],
    }];
    let generated = http_generator(&server)
        .generate(input(&request, &chain))
        .await
        .expect("code");
    assert_eq!(generated.code, "results = {'v': 1}\n");
    assert_eq!(generated.metadata.model.as_deref(), Some("facility-llm"));
    assert_eq!(generated.metadata.cost_usd, 0.001);

    let received = &server.received()[0];
    assert_eq!(received.path, "/generate");
    assert_eq!(received.headers["authorization"], "Bearer plugin-token");
    let body = &received.body;
    assert_eq!(body["protocol"], "pyexec.generate/1");
    assert_eq!(
        body["request"]["task_objective"],
        "average the last ten beam currents"
    );
    assert_eq!(body["error_chain"][0]["failed_code"], "results = {");
    assert_eq!(body["generation_attempt"], 2);
    assert!(
        body["prompt"]["user"]
            .as_str()
            .is_some_and(|p| p.contains("was never closed"))
    );
    common::assert_matches_schema(body, "generator-request.schema.json");
}

#[tokio::test]
async fn http_error_answers_keep_their_category_and_bad_answers_are_configuration_errors() {
    let server = ModelServer::start(vec![
        Scripted::json(
            200,
            json!({"error": {"kind": "budget_exceeded", "message": "monthly cap"}}),
        ),
        Scripted::json(
            200,
            json!({"error": {"kind": "no_code", "message": "the model refused"}}),
        ),
        Scripted::json(200, json!({"answer": "not our schema"})),
    ])
    .await;
    let request = request();
    let generator = http_generator(&server);
    let error = generator
        .generate(input(&request, &[]))
        .await
        .expect_err("budget");
    assert!(
        matches!(error, GenerationError::BudgetExceeded(ref m) if m.contains("monthly cap")),
        "{error:?}"
    );
    let error = generator
        .generate(input(&request, &[]))
        .await
        .expect_err("no code");
    assert!(matches!(error, GenerationError::NoCode(_)), "{error:?}");
    let error = generator
        .generate(input(&request, &[]))
        .await
        .expect_err("bad");
    assert!(
        matches!(error, GenerationError::Misconfigured(ref m) if m.contains("generator-response.schema.json")),
        "{error:?}"
    );
}

#[tokio::test]
async fn pyexec_run_with_the_basic_generator_regenerates_once_after_a_runtime_error() {
    let server = ModelServer::start(vec![
        completion("```python\nvalues = [1.0, 2.0, 3.0]\nresults = {'mean': sum(values) / 0}\n```"),
        completion("```python\nvalues = [1.0, 2.0, 3.0]\nresults = {'mean': sum(values) / len(values)}\n```"),
    ])
    .await;
    let data = tempfile::tempdir().expect("tempdir");
    let base_url = format!("{}/v1", server.base_url);
    let output = tokio::task::spawn_blocking(move || {
        let output = Command::new(env!("CARGO_BIN_EXE_pyexec"))
            .args(["run", "--json", "compute the mean of 1, 2 and 3"])
            .env_remove("RUST_LOG")
            .env("PYEXEC_PYTHON", common::python())
            .env("PYEXEC_DATA_DIR", data.path())
            .env("PYEXEC_GENERATOR", "basic")
            .env("PYEXEC_BASIC_BASE_URL", base_url)
            .env("PYEXEC_BASIC_MODEL", "qwen2.5-coder")
            .env("PYEXEC_BASIC_API_KEY", API_KEY)
            .env("PYEXEC_APPROVAL_MODE", "disabled")
            .stdin(Stdio::null())
            .output()
            .expect("run pyexec");
        (output, data)
    })
    .await
    .expect("join")
    .0;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        !stderr.contains(API_KEY),
        "the API key was logged: {stderr}"
    );
    let outcome: Value = serde_json::from_slice(&output.stdout).expect("one outcome object");
    assert_eq!(outcome["status"], "completed", "{outcome}");
    assert_eq!(outcome["result"]["generation_attempt"], 2, "{outcome}");
    assert_eq!(
        outcome["result"]["execution_result"]["results"]["mean"],
        2.0
    );
    assert_eq!(outcome["result"]["generation"]["generator"], "basic");
    assert_eq!(
        outcome["error_chain"].as_array().map(Vec::len),
        Some(1),
        "{outcome}"
    );

    let received = server.received();
    assert_eq!(received.len(), 2);
    let retry_prompt = user_prompt(&received[1].body);
    assert!(retry_prompt.contains("ZeroDivisionError"), "{retry_prompt}");
    assert!(retry_prompt.contains("sum(values) / 0"), "{retry_prompt}");
}
