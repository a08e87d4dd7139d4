//! The mock generator: deterministic code for tests, CI and demonstrations, with no network.
//!
//! Behaviours follow the seeds (`success`, `syntax_error`, `runtime_error`, `missing_results`,
//! `channel_write`, `channel_read`, `security_risk`, `error_aware`; and `panic`, a generator
//! bug for tests of the fleet's panic isolation), or the code comes from a
//! file (`PYEXEC_MOCK_CODE_FILE`) or a sequence of codes, one per generation attempt
//! (`PYEXEC_MOCK_SEQUENCE_FILE`, a JSON array of strings; the last repeats). What it returns
//! depends only on the input, never on hidden counters, so it behaves the same in the fleet.

use std::path::Path;
use std::time::Instant;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::{CodeGenerator, GeneratedCode, GenerationError, GenerationInput, GenerationMetadata};
use crate::config::MockSettings;

/// The built-in mock behaviours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MockBehavior {
    Success,
    SyntaxError,
    RuntimeError,
    MissingResults,
    ChannelWrite,
    ChannelRead,
    SecurityRisk,
    ErrorAware,
    /// Panics instead of answering: a generator bug, for tests of the fleet's panic
    /// isolation (the delivery is dead-lettered, the worker goes on).
    Panic,
}

impl MockBehavior {
    pub const ALL: [MockBehavior; 9] = [
        MockBehavior::Success,
        MockBehavior::SyntaxError,
        MockBehavior::RuntimeError,
        MockBehavior::MissingResults,
        MockBehavior::ChannelWrite,
        MockBehavior::ChannelRead,
        MockBehavior::SecurityRisk,
        MockBehavior::ErrorAware,
        MockBehavior::Panic,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MockBehavior::Success => "success",
            MockBehavior::SyntaxError => "syntax_error",
            MockBehavior::RuntimeError => "runtime_error",
            MockBehavior::MissingResults => "missing_results",
            MockBehavior::ChannelWrite => "channel_write",
            MockBehavior::ChannelRead => "channel_read",
            MockBehavior::SecurityRisk => "security_risk",
            MockBehavior::ErrorAware => "error_aware",
            MockBehavior::Panic => "panic",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.name() == name.trim())
    }
}

/// Where the mock's code comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum MockSource {
    Behavior(MockBehavior),
    Fixed(String),
    Sequence(Vec<String>),
}

/// The mock generator.
#[derive(Debug, Clone)]
pub struct MockGenerator {
    source: MockSource,
}

impl MockGenerator {
    pub fn new(source: MockSource) -> Self {
        Self { source }
    }

    pub fn behavior(behavior: MockBehavior) -> Self {
        Self::new(MockSource::Behavior(behavior))
    }

    /// From settings: a sequence file wins over a code file, which wins over the behaviour.
    pub fn from_settings(settings: &MockSettings) -> Result<Self, String> {
        if let Some(path) = &settings.sequence_file {
            return load_sequence(path).map(|codes| Self::new(MockSource::Sequence(codes)));
        }
        if let Some(path) = &settings.code_file {
            let code = std::fs::read_to_string(path).map_err(|e| {
                format!("PYEXEC_MOCK_CODE_FILE {}: cannot read: {e}", path.display())
            })?;
            return Ok(Self::new(MockSource::Fixed(code)));
        }
        Ok(Self::behavior(settings.behavior))
    }

    fn code_for(&self, input: &GenerationInput<'_>) -> String {
        match &self.source {
            MockSource::Fixed(code) => code.clone(),
            MockSource::Sequence(codes) => {
                let index = (input.generation_attempt.max(1) as usize - 1).min(codes.len() - 1);
                codes[index].clone()
            }
            MockSource::Behavior(behavior) => behavior_code(*behavior, input),
        }
    }
}

fn load_sequence(path: &Path) -> Result<Vec<String>, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("PYEXEC_MOCK_SEQUENCE_FILE {shown}: cannot read: {e}"))?;
    let codes: Vec<String> = serde_json::from_str(&text).map_err(|e| {
        format!("PYEXEC_MOCK_SEQUENCE_FILE {shown}: expected a JSON array of code strings: {e}")
    })?;
    if codes.is_empty() {
        return Err(format!(
            "PYEXEC_MOCK_SEQUENCE_FILE {shown}: the array is empty"
        ));
    }
    Ok(codes)
}

/// A Python string literal for `text` (JSON string syntax is valid Python).
fn py_str(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

fn behavior_code(behavior: MockBehavior, input: &GenerationInput<'_>) -> String {
    let objective = py_str(&input.request.task_objective);
    match behavior {
        MockBehavior::Success => format!(
            "# mock generator: success\nvalue = 6 * 7\nprint(f\"computed value = {{value}}\")\n\
             results = {{'value': value, 'status': 'ok', 'objective': {objective}}}\n"
        ),
        MockBehavior::SyntaxError => {
            "# mock generator: syntax_error\ndef broken(\n    results = {'value': 42}\n".to_owned()
        }
        MockBehavior::RuntimeError => {
            "# mock generator: runtime_error\nnumerator = 42\ndenominator = 0\n\
             ratio = numerator / denominator\nresults = {'value': ratio}\n"
                .to_owned()
        }
        MockBehavior::MissingResults => {
            "# mock generator: missing_results\nvalue = 42\nprint(f\"value = {value}\")\n"
                .to_owned()
        }
        MockBehavior::ChannelWrite => "# mock generator: channel_write\n\
             from pyexec_runtime import read_channel, write_channel\n\
             before = read_channel('MOCK:SETPOINT')\n\
             write_channel('MOCK:SETPOINT', 5.0)\n\
             results = {'previous': before, 'written': 5.0, 'channel': 'MOCK:SETPOINT'}\n"
            .to_owned(),
        MockBehavior::ChannelRead => "# mock generator: channel_read\n\
             from pyexec_runtime import read_channel\n\
             current = read_channel('MOCK:BEAM:CURRENT')\n\
             results = {'value': current, 'channel': 'MOCK:BEAM:CURRENT'}\n"
            .to_owned(),
        MockBehavior::SecurityRisk => "# mock generator: security_risk\nimport os\n\
             os.system('echo this should never run')\nresults = {'value': 42}\n"
            .to_owned(),
        MockBehavior::Panic => {
            panic!("mock generator: simulated generator bug (PYEXEC_MOCK_BEHAVIOR=panic)")
        }
        MockBehavior::ErrorAware => match input.error_chain.last() {
            None => "# mock generator: error_aware, first attempt (deliberately wrong)\n\
                     data = [1, 2, 3]\nresults = {'value': data[10]}\n"
                .to_owned(),
            Some(last) => format!(
                "# mock generator: error_aware, attempt {n}, fixing the previous error\n\
                 data = [1, 2, 3]\n\
                 results = {{'value': 42, 'fixed_error': {msg}, 'previous_attempts': {prev}}}\n",
                n = input.generation_attempt,
                msg = py_str(&last.message),
                prev = input.error_chain.len(),
            ),
        },
    }
}

#[async_trait]
impl CodeGenerator for MockGenerator {
    fn name(&self) -> &str {
        "mock"
    }

    async fn generate(&self, input: GenerationInput<'_>) -> Result<GeneratedCode, GenerationError> {
        let started = Instant::now();
        let code = self.code_for(&input);
        let phase = match &self.source {
            MockSource::Behavior(b) => b.name().to_owned(),
            MockSource::Fixed(_) => "fixed".to_owned(),
            MockSource::Sequence(_) => "sequence".to_owned(),
        };
        Ok(GeneratedCode {
            code,
            metadata: GenerationMetadata {
                generator: "mock".into(),
                model: None,
                phases: vec![phase],
                duration_ms: started.elapsed().as_millis() as u64,
                ..GenerationMetadata::default()
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ErrorChainEntry, ErrorType, ExecutionRequest};

    fn input<'a>(
        request: &'a ExecutionRequest,
        chain: &'a [ErrorChainEntry],
        attempt: u32,
    ) -> GenerationInput<'a> {
        GenerationInput {
            request,
            error_chain: chain,
            generation_attempt: attempt,
            control_system_type: "mock",
            writes_enabled: false,
        }
    }

    #[tokio::test]
    async fn error_aware_adapts_to_the_chain() {
        let request = ExecutionRequest::for_objective("t");
        let generator = MockGenerator::behavior(MockBehavior::ErrorAware);
        let first = generator
            .generate(input(&request, &[], 1))
            .await
            .expect("code");
        assert!(first.code.contains("data[10]"));
        let chain = [ErrorChainEntry {
            error_type: ErrorType::Execution,
            message: "IndexError: list index out of range".into(),
            failed_code: Some(first.code),
            traceback: None,
            attempt: 1,
            stage: "execution".into(),
            issues: vec![],
        }];
        let second = generator
            .generate(input(&request, &chain, 2))
            .await
            .expect("code");
        assert!(second.code.contains("IndexError: list index out of range"));
        assert!(!second.code.contains("data[10]"));
    }

    #[tokio::test]
    async fn sequences_advance_per_attempt_and_repeat_the_last() {
        let request = ExecutionRequest::for_objective("t");
        let generator = MockGenerator::new(MockSource::Sequence(vec!["a".into(), "b".into()]));
        for (attempt, expected) in [(1, "a"), (2, "b"), (3, "b")] {
            let code = generator
                .generate(input(&request, &[], attempt))
                .await
                .expect("code")
                .code;
            assert_eq!(code, expected);
        }
    }

    #[test]
    fn behaviour_names_round_trip() {
        for b in MockBehavior::ALL {
            assert_eq!(MockBehavior::parse(b.name()), Some(b));
        }
        assert_eq!(MockBehavior::parse("nope"), None);
    }
}
