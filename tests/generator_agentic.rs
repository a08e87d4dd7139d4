//! The `agentic` generator against a scripted fake of the Anthropic Messages API: a local
//! HTTP server that records every request and answers from a script in the real wire format
//! (`content` blocks of `text` and `tool_use`, `stop_reason`, `usage`).

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use common::model_server::{ModelServer, Scripted};
use pyexec::config::Settings;
use pyexec::generation::prompt::Prompt;
use pyexec::generation::{
    AgenticGenerator, CodeGenerator, GeneratedCode, GenerationError, GenerationInput,
    GeneratorRegistry,
};
use pyexec::model::request::PlanningMode;
use pyexec::model::{ErrorChainEntry, ErrorType, ExecutionRequest};
use serde_json::{Value, json};

const API_KEY: &str = "sk-ant-test-key-5f3a9c";
/// Priced at the built-in `claude-sonnet` rate: $3 in, $15 out per million tokens.
const MODEL: &str = "claude-sonnet-4-5";

/// The fake Messages API: the shared scripted model server, read as Anthropic requests.
struct FakeAnthropic {
    base_url: String,
    server: ModelServer,
}

impl FakeAnthropic {
    async fn start(script: Vec<Scripted>) -> Self {
        let server = ModelServer::start(script).await;
        Self {
            base_url: server.base_url.clone(),
            server,
        }
    }

    fn bodies(&self) -> Vec<Value> {
        let received = self.server.received();
        assert!(
            received.iter().all(|r| r.path == "/v1/messages"),
            "a request outside /v1/messages"
        );
        received.into_iter().map(|r| r.body).collect()
    }

    fn phases(&self) -> Vec<&'static str> {
        self.bodies().iter().map(phase_of).collect()
    }

    fn header(&self, index: usize, name: &str) -> Option<String> {
        self.server.received()[index]
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    /// Everything sent to the model, as one string.
    fn all_sent(&self) -> String {
        self.bodies()
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The phase a request belongs to, from its system prompt.
fn phase_of(body: &Value) -> &'static str {
    let system = body["system"].as_str().unwrap_or("");
    if system.starts_with("You are scanning") {
        "scan"
    } else if system.starts_with("You plan") {
        "plan"
    } else if system.starts_with("You write one Python 3 script") {
        "implement"
    } else {
        "unknown"
    }
}

fn ok(body: Value) -> Scripted {
    Scripted::json(200, body)
}

fn usage(input: u64, output: u64) -> Value {
    json!({"input_tokens": input, "output_tokens": output})
}

/// A final answer of text.
fn text_reply(text: &str, input: u64, output: u64) -> Scripted {
    ok(json!({
        "id": "msg_text",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": null,
        "usage": usage(input, output),
    }))
}

fn code_reply(code: &str) -> Scripted {
    text_reply(
        &format!("Here is the script:\n```python\n{code}```\n"),
        1_000,
        100,
    )
}

/// A turn that calls tools: `(id, name, input)`.
fn tool_reply(calls: &[(&str, &str, Value)], input: u64, output: u64) -> Scripted {
    let mut content = vec![json!({"type": "text", "text": "Let me look."})];
    content.extend(calls.iter().map(
        |(id, name, input)| json!({"type": "tool_use", "id": id, "name": name, "input": input}),
    ));
    ok(json!({
        "id": "msg_tools",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": "tool_use",
        "stop_sequence": null,
        "usage": usage(input, output),
    }))
}

fn settings(fake: &FakeAnthropic, extra: &[(&str, &str)]) -> Settings {
    let mut vars = vec![
        ("PYEXEC_GENERATOR".to_owned(), "agentic".to_owned()),
        ("PYEXEC_AGENTIC_BASE_URL".to_owned(), fake.base_url.clone()),
        ("PYEXEC_AGENTIC_MODEL".to_owned(), MODEL.to_owned()),
        ("PYEXEC_AGENTIC_API_KEY".to_owned(), API_KEY.to_owned()),
    ];
    vars.retain(|(name, _)| !extra.iter().any(|(overridden, _)| overridden == name));
    vars.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    Settings::from_vars(vars).expect("settings")
}

fn generator(fake: &FakeAnthropic, extra: &[(&str, &str)]) -> Arc<dyn CodeGenerator> {
    let settings = settings(fake, extra);
    match GeneratorRegistry::with_builtins().create(&settings.generator) {
        Ok(generator) => generator,
        Err(error) => panic!("the agentic generator did not start: {error}"),
    }
}

fn input<'a>(request: &'a ExecutionRequest, chain: &'a [ErrorChainEntry]) -> GenerationInput<'a> {
    GenerationInput {
        request,
        error_chain: chain,
        generation_attempt: u32::try_from(chain.len()).expect("short chain") + 1,
        control_system_type: "epics",
        writes_enabled: false,
    }
}

/// A knowledge folder with an example script and a doc.
fn knowledge_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("examples")).expect("mkdir");
    std::fs::write(
        dir.path().join("examples/orbit.py"),
        "bpm = pyexec_runtime.read_channel('SR:BPM1:X')\nresults = {'x': bpm}\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("README.md"),
        "# Knowledge\nBPM channels are SR:BPM<n>:X in mm.\n",
    )
    .expect("write");
    dir
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

/// The user prompt text of a request's first message.
fn first_user_prompt(body: &Value) -> &str {
    body["messages"][0]["content"].as_str().unwrap_or("")
}

/// The `tool_result` blocks of a request's last message, by `tool_use_id`.
fn tool_results(body: &Value) -> Vec<Value> {
    let messages = body["messages"].as_array().expect("messages");
    let last = messages.last().expect("a last message");
    assert_eq!(last["role"], "user");
    last["content"].as_array().expect("blocks").clone()
}

async fn generate(
    generator: &dyn CodeGenerator,
    request: &ExecutionRequest,
) -> Result<GeneratedCode, GenerationError> {
    generator.generate(input(request, &[])).await
}

#[tokio::test]
async fn robust_profile_scans_plans_and_implements_in_order() {
    let knowledge = knowledge_dir();
    let fake = FakeAnthropic::start(vec![
        tool_reply(&[("toolu_1", "list_files", json!({}))], 1_000, 50),
        text_reply("SUMMARY: examples/orbit.py reads SR:BPM1:X", 1_200, 80),
        text_reply("PLAN: 1. read SR:BPM1:X 2. put it in results", 900, 60),
        code_reply("results = {'x': pyexec_runtime.read_channel('SR:BPM1:X')}\n"),
    ])
    .await;
    let generator = generator(
        &fake,
        &[
            ("PYEXEC_AGENTIC_PROFILE", "robust"),
            ("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(knowledge.path())),
        ],
    );
    let request = ExecutionRequest::for_objective("read the horizontal orbit at BPM1");

    let generated = generate(generator.as_ref(), &request)
        .await
        .expect("generated");

    assert_eq!(fake.phases(), ["scan", "scan", "plan", "implement"]);
    assert_eq!(generated.metadata.phases, ["scan", "plan", "implement"]);
    assert_eq!(
        generated.code,
        "results = {'x': pyexec_runtime.read_channel('SR:BPM1:X')}\n"
    );
    let bodies = fake.bodies();
    let listing = &tool_results(&bodies[1])[0];
    assert_eq!(listing["tool_use_id"], "toolu_1");
    assert!(
        listing["content"]
            .as_str()
            .is_some_and(|text| text.contains("examples/orbit.py")),
        "{listing}"
    );
    assert!(first_user_prompt(&bodies[2]).contains("SUMMARY: examples/orbit.py"));
    let implement = first_user_prompt(&bodies[3]);
    assert!(
        implement.contains("SUMMARY: examples/orbit.py"),
        "{implement}"
    );
    assert!(implement.contains("PLAN: 1. read SR:BPM1:X"), "{implement}");
    let expected_system = Prompt::build(&input(&request, &[])).system;
    assert_eq!(bodies[3]["system"], expected_system.as_str());
    for body in &bodies {
        assert_eq!(body["model"], MODEL);
        let tools: Vec<&str> = body["tools"]
            .as_array()
            .expect("tools offered in every phase")
            .iter()
            .filter_map(|tool| tool["name"].as_str())
            .collect();
        assert_eq!(tools, ["list_files", "read_file", "grep"]);
    }
    let metadata = &generated.metadata;
    assert_eq!(metadata.generator, "agentic");
    assert_eq!(metadata.model.as_deref(), Some(MODEL));
    assert_eq!(metadata.tokens_in, 1_000 + 1_200 + 900 + 1_000);
    assert_eq!(metadata.tokens_out, 50 + 80 + 60 + 100);
    let cost = (4_100.0 * 3.0 + 290.0 * 15.0) / 1e6;
    assert!(
        (metadata.cost_usd - cost).abs() < 1e-9,
        "{}",
        metadata.cost_usd
    );
}

#[tokio::test]
async fn robust_without_a_knowledge_folder_plans_and_implements_without_tools() {
    let fake = FakeAnthropic::start(vec![
        // A model that calls a tool anyway gets an error result, not a crash.
        tool_reply(&[("toolu_1", "list_files", json!({}))], 100, 10),
        text_reply("PLAN: 1. read SR:DCCT", 100, 10),
        code_reply("results = {}\n"),
    ])
    .await;
    let generator = generator(&fake, &[("PYEXEC_AGENTIC_PROFILE", "robust")]);
    let request = ExecutionRequest::for_objective("read the beam current");

    let generated = generate(generator.as_ref(), &request)
        .await
        .expect("generated");

    assert_eq!(fake.phases(), ["plan", "plan", "implement"]);
    assert_eq!(generated.metadata.phases, ["plan", "implement"]);
    let bodies = fake.bodies();
    assert!(bodies.iter().all(|body| body.get("tools").is_none()));
    let refused = &tool_results(&bodies[1])[0];
    assert_eq!(refused["is_error"], true, "{refused}");
    assert!(first_user_prompt(&bodies[2]).contains("PLAN: 1. read SR:DCCT"));
}

#[tokio::test]
async fn fast_profile_runs_only_implement_with_the_whole_request_in_the_prompt() {
    let fake = FakeAnthropic::start(vec![code_reply("results = {'mean': 1.0}\n")]).await;
    let generator = generator(&fake, &[]);
    let mut request = ExecutionRequest::for_objective("compute the mean beam current");
    request.user_query = "what was the beam current this morning?".into();
    request.expected_results =
        serde_json::from_value(json!({"mean_current_ma": "float"})).expect("expected results");
    request.capability_prompts = vec!["use the archiver channel SR:DCCT".into()];

    let generated = generate(generator.as_ref(), &request)
        .await
        .expect("generated");

    assert_eq!(fake.phases(), ["implement"]);
    assert_eq!(generated.metadata.phases, ["implement"]);
    let bodies = fake.bodies();
    let prompt = first_user_prompt(&bodies[0]);
    for expected in [
        "compute the mean beam current",
        "what was the beam current this morning?",
        "mean_current_ma",
        "use the archiver channel SR:DCCT",
    ] {
        assert!(
            prompt.contains(expected),
            "{expected} missing from {prompt}"
        );
    }
    assert!(
        bodies[0].get("tools").is_none(),
        "no knowledge folder, no tools"
    );
    assert_eq!(fake.header(0, "x-api-key").as_deref(), Some(API_KEY));
    assert_eq!(
        fake.header(0, "anthropic-version").as_deref(),
        Some("2023-06-01")
    );
}

#[tokio::test]
async fn a_retry_runs_only_implement_and_its_prompt_carries_the_traceback() {
    let knowledge = knowledge_dir();
    let fake = FakeAnthropic::start(vec![code_reply("results = {'ok': True}\n")]).await;
    let generator = generator(
        &fake,
        &[
            ("PYEXEC_AGENTIC_PROFILE", "robust"),
            ("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(knowledge.path())),
        ],
    );
    let request = ExecutionRequest::for_objective("read the orbit");
    let chain = [ErrorChainEntry {
        error_type: ErrorType::Execution,
        message: "NameError: name 'bpm' is not defined".into(),
        failed_code: Some("results = {'x': bpm}".into()),
        traceback: Some(
            "Traceback (most recent call last):\n  File \"script.py\", line 1\nNameError: name 'bpm' is not defined"
                .into(),
        ),
        attempt: 1,
        stage: "execution".into(),
        issues: Vec::new(),
    }];

    let generated = generator
        .generate(input(&request, &chain))
        .await
        .expect("generated");

    assert_eq!(fake.phases(), ["implement"]);
    assert_eq!(generated.metadata.phases, ["implement"]);
    let bodies = fake.bodies();
    let prompt = first_user_prompt(&bodies[0]);
    assert!(
        prompt.contains("File \"script.py\", line 1\nNameError: name 'bpm' is not defined"),
        "{prompt}"
    );
    assert!(prompt.contains("results = {'x': bpm}"), "{prompt}");
}

#[tokio::test]
async fn tool_calls_are_answered_with_tool_results_from_the_knowledge_folder() {
    let knowledge = knowledge_dir();
    let fake = FakeAnthropic::start(vec![
        tool_reply(
            &[
                ("toolu_list", "list_files", json!({"path": "examples"})),
                ("toolu_read", "read_file", json!({"path": "README.md"})),
                ("toolu_grep", "grep", json!({"pattern": "SR:BPM\\d+:X"})),
                ("toolu_bad", "grep", json!({"pattern": "("})),
            ],
            500,
            40,
        ),
        code_reply("results = {}\n"),
    ])
    .await;
    let generator = generator(
        &fake,
        &[("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(knowledge.path()))],
    );
    let request = ExecutionRequest::for_objective("read the orbit");

    generate(generator.as_ref(), &request)
        .await
        .expect("generated");

    let bodies = fake.bodies();
    assert_eq!(bodies.len(), 2);
    let messages = bodies[1]["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 3, "user, assistant, tool results");
    assert_eq!(messages[1]["role"], "assistant");
    assert_eq!(
        messages[1]["content"][1],
        json!({"type": "tool_use", "id": "toolu_list", "name": "list_files", "input": {"path": "examples"}}),
        "the assistant turn is sent back as it came"
    );
    let results = tool_results(&bodies[1]);
    let expected = [
        ("toolu_list", false, "examples/orbit.py (68 bytes)\n"),
        (
            "toolu_read",
            false,
            "# Knowledge\nBPM channels are SR:BPM<n>:X in mm.\n",
        ),
        (
            "toolu_grep",
            false,
            "examples/orbit.py:1: bpm = pyexec_runtime.read_channel('SR:BPM1:X')\n",
        ),
    ];
    for (result, (id, is_error, content)) in results.iter().zip(expected) {
        assert_eq!(result["type"], "tool_result");
        assert_eq!(result["tool_use_id"], id);
        assert_eq!(result["is_error"], is_error, "{result}");
        assert_eq!(result["content"], content);
    }
    assert_eq!(results[3]["tool_use_id"], "toolu_bad");
    assert_eq!(results[3]["is_error"], true);
    assert!(
        results[3]["content"]
            .as_str()
            .is_some_and(|text| text.contains("not a valid regex")),
        "{}",
        results[3]
    );
}

#[tokio::test]
async fn tools_cannot_read_outside_the_knowledge_folder() {
    let base = tempfile::tempdir().expect("temp dir");
    let knowledge = base.path().join("knowledge");
    let outside = base.path().join("outside");
    std::fs::create_dir_all(&knowledge).expect("mkdir");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::fs::write(knowledge.join("notes.md"), "harmless notes\n").expect("write");
    let secret = outside.join("secret.txt");
    std::fs::write(&secret, "launch code XYZZY-TOPSECRET-0042\n").expect("write");
    std::os::unix::fs::symlink(&secret, knowledge.join("link.txt")).expect("symlink");
    std::os::unix::fs::symlink(&outside, knowledge.join("linked_dir")).expect("symlink");
    let fake = FakeAnthropic::start(vec![
        tool_reply(
            &[
                (
                    "t_up",
                    "read_file",
                    json!({"path": "../outside/secret.txt"}),
                ),
                ("t_abs", "read_file", json!({"path": path_str(&secret)})),
                ("t_link", "read_file", json!({"path": "link.txt"})),
                (
                    "t_dir",
                    "read_file",
                    json!({"path": "linked_dir/secret.txt"}),
                ),
                (
                    "t_grep_up",
                    "grep",
                    json!({"pattern": "TOPSECRET", "path": "../outside"}),
                ),
            ],
            500,
            40,
        ),
        tool_reply(
            &[
                ("t_list", "list_files", json!({})),
                ("t_grep", "grep", json!({"pattern": "TOPSECRET"})),
            ],
            500,
            40,
        ),
        code_reply("results = {}\n"),
    ])
    .await;
    let generator = generator(
        &fake,
        &[("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(&knowledge))],
    );
    let request = ExecutionRequest::for_objective("read the secret");

    generate(generator.as_ref(), &request)
        .await
        .expect("generated");

    let bodies = fake.bodies();
    assert_eq!(bodies.len(), 3);
    for result in tool_results(&bodies[1]) {
        assert_eq!(result["is_error"], true, "{result}");
        assert!(
            result["content"]
                .as_str()
                .is_some_and(|text| text.contains("refused")),
            "{result}"
        );
    }
    let walks = tool_results(&bodies[2]);
    assert_eq!(
        walks[0]["content"], "notes.md (15 bytes)\n",
        "links are not listed"
    );
    assert_eq!(walks[1]["content"], "no line matches `TOPSECRET`");
    assert!(
        !fake.all_sent().contains("XYZZY"),
        "the outside file's content reached the model"
    );
}

#[tokio::test]
async fn the_budget_stops_a_generation_whose_usage_exceeds_it() {
    let knowledge = knowledge_dir();
    // $0.009 after the first call, $0.0135 after the second: past a $0.01 budget.
    let fake = FakeAnthropic::start(vec![
        tool_reply(&[("toolu_1", "list_files", json!({}))], 2_000, 200),
        tool_reply(&[("toolu_2", "list_files", json!({}))], 1_000, 100),
        text_reply("SUMMARY", 10, 10),
        text_reply("PLAN", 10, 10),
        code_reply("results = {}\n"),
    ])
    .await;
    let generator = generator(
        &fake,
        &[
            ("PYEXEC_AGENTIC_PROFILE", "robust"),
            ("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(knowledge.path())),
            ("PYEXEC_AGENTIC_MAX_BUDGET_USD", "0.01"),
        ],
    );
    let request = ExecutionRequest::for_objective("read the orbit");

    let error = generate(generator.as_ref(), &request)
        .await
        .expect_err("over budget");

    match &error {
        GenerationError::BudgetExceeded(message) => {
            assert!(message.contains("$0.0135"), "{message}");
            assert!(message.contains("$0.0100"), "{message}");
        }
        other => panic!("expected BudgetExceeded, got {other:?}"),
    }
    assert_eq!(fake.bodies().len(), 2, "no call after the budget is spent");
}

#[tokio::test]
async fn capability_driven_with_a_structured_plan_goes_straight_to_implement() {
    let knowledge = knowledge_dir();
    let fake = FakeAnthropic::start(vec![code_reply("results = {}\n")]).await;
    let generator = generator(
        &fake,
        &[
            ("PYEXEC_AGENTIC_PROFILE", "robust"),
            ("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(knowledge.path())),
        ],
    );
    let mut request = ExecutionRequest::for_objective("read the orbit");
    request.planning_mode = PlanningMode::CapabilityDriven;
    request.structured_plan = Some(json!({"steps": ["read SR:BPM7:X", "store it as x"]}));

    let generated = generate(generator.as_ref(), &request)
        .await
        .expect("generated");

    assert_eq!(fake.phases(), ["implement"]);
    assert_eq!(generated.metadata.phases, ["implement"]);
    assert!(first_user_prompt(&fake.bodies()[0]).contains("read SR:BPM7:X"));
}

#[tokio::test]
async fn unauthorized_is_misconfigured_naming_the_endpoint_and_never_the_key() {
    let fake = FakeAnthropic::start(vec![Scripted::json(
        401,
        json!({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}),
    )])
    .await;
    let generator = generator(&fake, &[]);
    let request = ExecutionRequest::for_objective("read the orbit");

    let error = generate(generator.as_ref(), &request)
        .await
        .expect_err("401");

    let GenerationError::Misconfigured(message) = &error else {
        panic!("expected Misconfigured, got {error:?}");
    };
    assert!(
        message.contains(&format!("{}/v1/messages", fake.base_url)),
        "{message}"
    );
    assert!(message.contains("401"), "{message}");
    assert!(!error.to_string().contains(API_KEY), "{error}");
    assert!(!format!("{error:?}").contains(API_KEY));
    assert_eq!(fake.bodies().len(), 1, "a 401 is not retried");
}

fn rate_limited() -> Scripted {
    Scripted::json(
        429,
        json!({"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}),
    )
}

fn with_short_retries(fake: &FakeAnthropic, retries: u32) -> AgenticGenerator {
    let settings = settings(fake, &[]);
    match AgenticGenerator::from_settings(&settings.generator.agentic) {
        Ok(generator) => generator.with_retries(retries, Duration::from_millis(1)),
        Err(error) => panic!("the agentic generator did not start: {error}"),
    }
}

#[tokio::test]
async fn a_rate_limit_then_success_is_retried() {
    let fake = FakeAnthropic::start(vec![rate_limited(), code_reply("results = {}\n")]).await;
    let generator = with_short_retries(&fake, 2);
    let request = ExecutionRequest::for_objective("read the orbit");

    let generated = generate(&generator, &request).await.expect("generated");

    assert_eq!(generated.code, "results = {}\n");
    assert_eq!(fake.bodies().len(), 2);
    assert_eq!(fake.bodies()[0], fake.bodies()[1], "the same request again");
    assert_eq!(fake.header(1, "x-api-key").as_deref(), Some(API_KEY));
}

#[tokio::test]
async fn rate_limits_past_the_retries_are_unavailable_without_the_key() {
    let fake = FakeAnthropic::start(vec![rate_limited(), rate_limited()]).await;
    let generator = with_short_retries(&fake, 1);
    let request = ExecutionRequest::for_objective("read the orbit");

    let error = generate(&generator, &request)
        .await
        .expect_err("rate limited");

    assert!(
        matches!(&error, GenerationError::Unavailable(m) if m.contains("429")),
        "{error:?}"
    );
    assert!(!error.to_string().contains(API_KEY), "{error}");
}

#[tokio::test]
async fn an_answer_without_code_is_no_code() {
    let fake = FakeAnthropic::start(vec![ok(json!({
        "id": "msg_empty",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [],
        "stop_reason": "end_turn",
        "usage": usage(100, 0),
    }))])
    .await;
    let generator = generator(&fake, &[]);
    let request = ExecutionRequest::for_objective("read the orbit");

    let error = generate(generator.as_ref(), &request)
        .await
        .expect_err("no code");

    assert!(matches!(error, GenerationError::NoCode(_)), "{error:?}");
}

#[tokio::test]
async fn tool_rounds_past_max_turns_are_no_code() {
    let knowledge = knowledge_dir();
    let fake = FakeAnthropic::start(vec![
        tool_reply(&[("t1", "list_files", json!({}))], 10, 10),
        tool_reply(&[("t2", "list_files", json!({}))], 10, 10),
        code_reply("results = {}\n"),
    ])
    .await;
    let generator = generator(
        &fake,
        &[
            ("PYEXEC_AGENTIC_KNOWLEDGE_DIR", path_str(knowledge.path())),
            ("PYEXEC_AGENTIC_MAX_TURNS", "2"),
        ],
    );
    let request = ExecutionRequest::for_objective("read the orbit");

    let error = generate(generator.as_ref(), &request)
        .await
        .expect_err("too many tool rounds");

    assert!(
        matches!(&error, GenerationError::NoCode(m) if m.contains("PYEXEC_AGENTIC_MAX_TURNS")),
        "{error:?}"
    );
    assert_eq!(fake.bodies().len(), 2);
}

#[tokio::test]
async fn startup_fails_without_a_model_or_a_price_and_claude_code_is_an_alias() {
    let fake = FakeAnthropic::start(Vec::new()).await;
    let registry = GeneratorRegistry::with_builtins();
    let startup_error = |extra: &[(&str, &str)]| {
        let mut settings = settings(&fake, extra);
        if extra.is_empty() {
            settings.generator.agentic.model = None;
        }
        registry.create(&settings.generator).err()
    };

    let missing_model = startup_error(&[]).expect("a startup error");
    assert!(
        missing_model.contains("PYEXEC_AGENTIC_MODEL"),
        "{missing_model}"
    );
    let unpriced = startup_error(&[("PYEXEC_AGENTIC_MODEL", "gpt-9")]).expect("a startup error");
    assert!(unpriced.contains("PYEXEC_AGENTIC_PRICES"), "{unpriced}");
    assert!(unpriced.contains("gpt-9"), "{unpriced}");
    let priced = startup_error(&[
        ("PYEXEC_AGENTIC_MODEL", "gpt-9"),
        (
            "PYEXEC_AGENTIC_PRICES",
            r#"{"gpt-9": {"input": 1.0, "output": 2.0}}"#,
        ),
    ]);
    assert!(priced.is_none(), "{priced:?}");

    let alias = settings(&fake, &[("PYEXEC_GENERATOR", "claude_code")]);
    let created = registry.create(&alias.generator);
    assert!(created.is_ok_and(|generator| generator.name() == "agentic"));
}
