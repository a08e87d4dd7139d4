//! The embedded runner: one process, no broker, in-memory state. It drives a [`Run`] through
//! the [`pipeline`] stage functions until the run ends, asking an [`Approver`] when policy
//! requires a human. `pyexec run` and the benchmark use it; so do the end-to-end tests.

use std::sync::Arc;

use chrono::Utc;
use serde_json::json;

use crate::analysis::Analyzer;
use crate::approval::Approver;
use crate::config::{ConfigError, Settings};
use crate::execution::Executor;
use crate::generation::{CodeGenerator, GeneratorRegistry};
use crate::model::{ErrorCategory, ExecutionRequest, Outcome, Run, RunError, Stage};
use crate::pipeline;

/// Every stage of one run, wired for in-process use.
pub struct EmbeddedRunner {
    settings: Arc<Settings>,
    generator: Arc<dyn CodeGenerator>,
    analyzer: Analyzer,
    executor: Arc<dyn Executor>,
    approver: Arc<dyn Approver>,
}

impl EmbeddedRunner {
    /// Builds the generator, analyzer and executor (`PYEXEC_EXECUTION_METHOD`) the settings
    /// describe. Errors name the variable at fault. Call [`EmbeddedRunner::shutdown`] at the end.
    pub fn from_settings(
        settings: Settings,
        approver: Arc<dyn Approver>,
    ) -> Result<Self, ConfigError> {
        let generator = GeneratorRegistry::with_builtins()
            .create(&settings.generator)
            .map_err(|message| ConfigError::new("PYEXEC_GENERATOR", message))?;
        Self::with_generator(settings, generator, approver)
    }

    /// As [`EmbeddedRunner::from_settings`], with a generator built elsewhere.
    pub fn with_generator(
        settings: Settings,
        generator: Arc<dyn CodeGenerator>,
        approver: Arc<dyn Approver>,
    ) -> Result<Self, ConfigError> {
        let analyzer = Analyzer::from_settings(&settings)?;
        let executor = crate::execution::executor(&settings)?;
        Ok(Self {
            settings: Arc::new(settings),
            generator,
            analyzer,
            executor,
            approver,
        })
    }

    /// Releases the executor's outside resources (the Jupyter executor's kernels).
    pub async fn shutdown(&self) {
        self.executor.shutdown().await;
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Runs a request to its end under a fresh run id.
    pub async fn run(&self, request: ExecutionRequest) -> Outcome {
        let run = self
            .run_to_end(uuid::Uuid::new_v4().to_string(), request)
            .await;
        run.outcome().unwrap_or_else(|| unfinished_outcome(&run))
    }

    /// Runs a request to its end and returns the whole run state (tests inspect it).
    pub async fn run_to_end(&self, run_id: String, request: ExecutionRequest) -> Run {
        let mut run = Run::new(run_id, request);
        // Each stage either ends the run or spends an attempt; this bound only guards against
        // a bug that would otherwise loop forever.
        let max_steps = 8 * (run.request.retries as usize + 2);
        for _ in 0..max_steps {
            if run.stage.is_terminal() {
                break;
            }
            tracing::info!(
                run.id = %run.run_id,
                stage = %run.stage,
                attempt = run.attempts.attempt,
                "stage"
            );
            self.step(&mut run).await;
        }
        if !run.stage.is_terminal() {
            let error = RunError::new(
                ErrorCategory::Workflow,
                "step_limit",
                format!("the run did not finish within {max_steps} steps"),
            );
            run.finish(Stage::Failed, Some(error));
        }
        tracing::info!(run.id = %run.run_id, status = %run.stage, attempts = run.attempts.attempt, "run finished");
        run
    }

    async fn step(&self, run: &mut Run) {
        let settings = &self.settings;
        match run.stage {
            Stage::Received => pipeline::start(run, settings),
            Stage::Generating => {
                pipeline::generate(
                    run,
                    &*self.generator,
                    self.analyzer.control_system_type(),
                    settings,
                )
                .await
            }
            Stage::Analyzing => pipeline::analyze(run, &self.analyzer, settings),
            Stage::AwaitingApproval => {
                let Some(request) = run.pending_approval.clone() else {
                    let error = RunError::new(
                        ErrorCategory::Workflow,
                        "no_approval_request",
                        "awaiting approval without a request",
                    );
                    run.finish(Stage::Failed, Some(error));
                    return;
                };
                let decision = self.approver.decide(&request).await;
                if let Err(refused) = pipeline::apply_decision(run, &decision, Utc::now())
                    && !run.stage.is_terminal()
                {
                    let error = RunError::new(
                        ErrorCategory::Workflow,
                        "approval_refused",
                        refused.to_string(),
                    );
                    run.finish(Stage::Failed, Some(error));
                }
            }
            Stage::Executing => pipeline::execute(run, &*self.executor, settings).await,
            Stage::Completed | Stage::Failed | Stage::Rejected | Stage::Expired => {}
        }
    }
}

/// The outcome of a request that could not be parsed: `failed`, `configuration` category,
/// naming the problem.
pub fn invalid_request_outcome(run_id: String, message: String) -> Outcome {
    Outcome {
        run_id,
        status: crate::model::OutcomeStatus::Failed,
        result: None,
        error: Some(RunError::new(
            ErrorCategory::Configuration,
            "invalid_request",
            message,
        )),
        error_chain: Vec::new(),
        analysis: None,
        approval: None,
    }
}

fn unfinished_outcome(run: &Run) -> Outcome {
    let mut outcome = invalid_request_outcome(run.run_id.clone(), String::new());
    outcome.error = Some(
        RunError::new(
            ErrorCategory::Workflow,
            "unfinished",
            "the run did not reach a terminal stage",
        )
        .with_detail("stage", json!(run.stage)),
    );
    outcome
}
