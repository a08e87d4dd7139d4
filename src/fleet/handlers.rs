//! The per-queue steps of the fleet. Each handler parses its message, loads the run, checks
//! that the message is current (stage and attempt match the stored run), calls the same
//! [`crate::pipeline`] function the embedded runner calls, saves the run with compare-and-set,
//! publishes what comes next, and only then lets the runtime ack.
//!
//! Crash windows, and why they are safe:
//! - saved but not yet published: the delivery is redelivered (`redelivered` flag), the run is
//!   already past the message, and the handler publishes the run's next message again
//!   ([`Forwarder::forward`]); downstream duplicates are stale and acked without work;
//! - two replicas on one message: compare-and-set lets one save win; the other acks;
//! - an executor that dies while the code runs: its execution claim stays and its lease
//!   lapses; the redelivered message finds the claim `Interrupted`, and a `write_access` run
//!   ends `failed` (`execution_interrupted`) instead of running twice. A `read_only` run is
//!   executed again.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::Utc;
use lapin::BasicProperties;
use lapin::message::Delivery;
use serde_json::json;

use crate::analysis::Analyzer;
use crate::approval::{ApprovalDecision, ApprovalRequest, ApprovalVerdict};
use crate::embedded::invalid_request_outcome;
use crate::execution::Executor;
use crate::fleet::amqp::{PublishError, Publisher};
use crate::fleet::messages::StageMessage;
use crate::fleet::runtime::{Disposition, Handler, WorkerContext};
use crate::fleet::store::{ExecutionClaim, Saved, StoreError};
use crate::fleet::topology::{RESULTS_EXCHANGE, queues};
use crate::generation::CodeGenerator;
use crate::model::{ExecutionMode, ExecutionRequest, Outcome, Run, Stage};
use crate::pipeline;

/// Longest accepted `message_id` (it becomes the run id).
const MAX_RUN_ID_LEN: usize = 128;
/// How many times a handler reloads and reapplies after losing a compare-and-set race.
const CAS_ATTEMPTS: usize = 5;

fn transient(err: &StoreError, what: &str) -> Disposition {
    if err.is_transient() {
        Disposition::Retry(format!("{what}: {err}"))
    } else {
        Disposition::DeadLetter(format!("{what}: {err}"))
    }
}

fn publish_failed(err: PublishError) -> Disposition {
    Disposition::Retry(format!("publish failed: {err}"))
}

/// Publishes whatever follows a run's stored state.
#[derive(Clone)]
pub struct Forwarder {
    ctx: Arc<WorkerContext>,
}

impl Forwarder {
    pub fn new(ctx: Arc<WorkerContext>) -> Self {
        Self { ctx }
    }

    /// Publishes the message for the run's current stage: a stage message, the approval
    /// request, or (for a finished run) the outcome.
    pub async fn forward(&self, run: &Run, publisher: &Publisher) -> Result<(), Disposition> {
        match run.stage {
            Stage::Generating | Stage::Analyzing | Stage::Executing => {
                let Some(queue) = StageMessage::queue_for(run.stage) else {
                    return Ok(());
                };
                let message = StageMessage::new(&run.run_id, run.stage, run.attempts.attempt);
                let properties = BasicProperties::default().with_message_id(
                    format!("{}:{}:{}", run.run_id, run.stage, run.attempts.attempt).into(),
                );
                publisher
                    .publish_json("", queue, &message, properties)
                    .await
                    .map_err(publish_failed)
            }
            Stage::AwaitingApproval => match &run.pending_approval {
                Some(request) => publisher
                    .publish_json("", queues::APPROVALS, request, BasicProperties::default())
                    .await
                    .map_err(publish_failed),
                None => Ok(()),
            },
            Stage::Completed | Stage::Failed | Stage::Rejected | Stage::Expired => {
                self.publish_outcome(run, publisher).await
            }
            Stage::Received => Ok(()),
        }
    }

    /// Publishes a finished run's outcome to `results` (routing key = status) and to its
    /// `reply_to`, once.
    pub async fn publish_outcome(
        &self,
        run: &Run,
        publisher: &Publisher,
    ) -> Result<(), Disposition> {
        let store = &self.ctx.store;
        match store.outcome_published(&run.run_id).await {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            Err(err) => return Err(transient(&err, "checking the outcome marker")),
        }
        let Some(outcome) = run.outcome() else {
            return Ok(());
        };
        publish_outcome_document(
            &outcome,
            run.reply_to.as_deref(),
            run.correlation_id.as_deref(),
            publisher,
        )
        .await?;
        if let Err(err) = store.mark_outcome_published(&run.run_id).await {
            return Err(transient(&err, "recording the outcome marker"));
        }
        self.ctx.metrics.run_finished(outcome.status.as_str());
        Ok(())
    }

    /// Saves with compare-and-set, retrying transient failures in place (work already done,
    /// such as an execution, is never redone because Redis blinked). A save whose reply was
    /// lost may still have been applied: when the stored run is exactly `run` saved once, the
    /// save counts as written.
    pub async fn save(&self, run: &mut Run) -> Result<Saved, StoreError> {
        let mut backoff = Duration::from_millis(100);
        loop {
            let attempt = match self.ctx.store.save(run).await {
                Ok(Saved::Written) => return Ok(Saved::Written),
                Ok(Saved::Conflict) => match self.ctx.store.load(&run.run_id).await {
                    Ok(stored) => {
                        let mut ours = run.clone();
                        ours.version += 1;
                        if stored.as_ref() == Some(&ours) {
                            run.version += 1;
                            return Ok(Saved::Written);
                        }
                        return Ok(Saved::Conflict);
                    }
                    Err(err) => err,
                },
                Err(err) => err,
            };
            if !attempt.is_transient() || backoff > Duration::from_secs(60) {
                return Err(attempt);
            }
            tracing::warn!(run.id = %run.run_id, error = %attempt, "cannot save the run yet; retrying");
            tokio::time::sleep(backoff).await;
            backoff *= 2;
        }
    }

    /// Saves (see [`Forwarder::save`]), then forwards.
    pub async fn persist_and_forward(&self, run: &mut Run, publisher: &Publisher) -> Disposition {
        let saved = match self.save(run).await {
            Ok(saved) => saved,
            Err(err) => return transient(&err, "saving the run"),
        };
        match saved {
            Saved::Conflict => {
                tracing::info!(run.id = %run.run_id, "another worker advanced this run first; dropping this step");
                Disposition::Ack
            }
            Saved::Written => match self.forward(run, publisher).await {
                Ok(()) => Disposition::Ack,
                Err(disposition) => disposition,
            },
        }
    }
}

/// Publishes an outcome document (also for requests that never became runs).
pub async fn publish_outcome_document(
    outcome: &Outcome,
    reply_to: Option<&str>,
    correlation_id: Option<&str>,
    publisher: &Publisher,
) -> Result<(), Disposition> {
    let mut properties = BasicProperties::default().with_message_id(outcome.run_id.clone().into());
    if let Some(id) = correlation_id {
        properties = properties.with_correlation_id(id.into());
    }
    match publisher
        .publish_json(
            RESULTS_EXCHANGE,
            outcome.status.as_str(),
            outcome,
            properties.clone(),
        )
        .await
    {
        Ok(()) | Err(PublishError::Returned { .. }) => {}
        Err(err) => return Err(publish_failed(err)),
    }
    if let Some(reply_to) = reply_to {
        match publisher
            .publish_json("", reply_to, outcome, properties)
            .await
        {
            Ok(()) => {}
            Err(PublishError::Returned { .. }) => {
                tracing::warn!(run.id = %outcome.run_id, %reply_to, "reply_to queue does not exist; outcome only on `results`");
            }
            Err(err) => return Err(publish_failed(err)),
        }
    }
    Ok(())
}

/// Loads the run a stage message names, if the message is current.
async fn load_current(
    ctx: &WorkerContext,
    forwarder: &Forwarder,
    delivery: &Delivery,
    publisher: &Publisher,
    expected: Stage,
) -> Result<Run, Disposition> {
    let message: StageMessage = serde_json::from_slice(&delivery.data)
        .map_err(|e| Disposition::DeadLetter(format!("not a stage message: {e}")))?;
    if message.stage != expected {
        return Err(Disposition::DeadLetter(format!(
            "a `{}` message on the queue for `{expected}`",
            message.stage
        )));
    }
    let run = match ctx.store.load(&message.run_id).await {
        Ok(Some(run)) => run,
        Ok(None) => {
            return Err(Disposition::DeadLetter(format!(
                "unknown run `{}`",
                message.run_id
            )));
        }
        Err(err) => return Err(transient(&err, "loading the run")),
    };
    if run.stage == message.stage && run.attempts.attempt == message.attempt {
        return Ok(run);
    }
    // Stale: the step is recorded. A redelivery may mean the worker died after saving and
    // before publishing, so publish what follows the stored state again.
    if delivery.redelivered {
        forwarder.forward(&run, publisher).await?;
    }
    Err(Disposition::Ack)
}

/// `requests` (generator worker): validate, create the run (idempotent on `message_id`),
/// start it.
pub struct IntakeHandler {
    pub ctx: Arc<WorkerContext>,
    pub forwarder: Forwarder,
}

impl IntakeHandler {
    async fn refuse(
        &self,
        delivery: &Delivery,
        publisher: &Publisher,
        message: String,
    ) -> Disposition {
        let properties = &delivery.properties;
        let run_id = properties
            .message_id()
            .as_ref()
            .map(|id| id.as_str().to_owned())
            .filter(|id| valid_run_id(id))
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let outcome = invalid_request_outcome(run_id, message);
        let reply_to = properties
            .reply_to()
            .as_ref()
            .map(|r| r.as_str().to_owned());
        let correlation = properties
            .correlation_id()
            .as_ref()
            .map(|c| c.as_str().to_owned());
        match publish_outcome_document(
            &outcome,
            reply_to.as_deref(),
            correlation.as_deref(),
            publisher,
        )
        .await
        {
            Ok(()) => {
                self.ctx.metrics.run_finished(outcome.status.as_str());
                Disposition::Ack
            }
            Err(disposition) => disposition,
        }
    }
}

fn valid_run_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_RUN_ID_LEN
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

#[async_trait]
impl Handler for IntakeHandler {
    fn queue(&self) -> &'static str {
        queues::REQUESTS
    }

    async fn oversized(
        &self,
        delivery: &Delivery,
        publisher: &Publisher,
        limit: usize,
    ) -> Disposition {
        let message = format!(
            "request is {} bytes; PYEXEC_MAX_MESSAGE_BYTES is {limit}",
            delivery.data.len()
        );
        self.refuse(delivery, publisher, message).await
    }

    async fn handle(&self, delivery: &Delivery, publisher: &Publisher) -> Disposition {
        let properties = &delivery.properties;
        let message_id = properties
            .message_id()
            .as_ref()
            .map(|id| id.as_str().to_owned());
        if let Some(id) = &message_id
            && !valid_run_id(id)
        {
            let message = format!(
                "message_id must be 1-{MAX_RUN_ID_LEN} characters of letters, digits, `-`, `_`, `.`, `:`"
            );
            return self.refuse(delivery, publisher, message).await;
        }
        let request = match ExecutionRequest::from_json(&delivery.data) {
            Ok(request) => request,
            Err(err) => return self.refuse(delivery, publisher, err.to_string()).await,
        };
        let run_id = message_id.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let mut run = Run::new(run_id, request);
        run.reply_to = properties
            .reply_to()
            .as_ref()
            .map(|r| r.as_str().to_owned());
        run.correlation_id = properties
            .correlation_id()
            .as_ref()
            .map(|c| c.as_str().to_owned());
        let created = match self.ctx.store.create(&run).await {
            Ok(created) => created,
            Err(err) => return transient(&err, "creating the run"),
        };
        if !created {
            let existing = match self.ctx.store.load(&run.run_id).await {
                Ok(Some(existing)) => existing,
                Ok(None) => {
                    return Disposition::Retry("run vanished between create and load".into());
                }
                Err(err) => return transient(&err, "loading the run"),
            };
            if existing.stage != Stage::Received {
                // A duplicate request: no second run. A redelivery (we may have died after
                // saving) publishes what follows the stored state again.
                if delivery.redelivered {
                    return match self.forwarder.forward(&existing, publisher).await {
                        Ok(()) => Disposition::Ack,
                        Err(disposition) => disposition,
                    };
                }
                tracing::info!(run.id = %existing.run_id, "duplicate request ignored");
                return Disposition::Ack;
            }
            run = existing;
        }
        pipeline::start(&mut run, &self.ctx.settings);
        self.forwarder
            .persist_and_forward(&mut run, publisher)
            .await
    }
}

/// `generate` (generator worker).
pub struct GenerateHandler {
    pub ctx: Arc<WorkerContext>,
    pub forwarder: Forwarder,
    pub generator: Arc<dyn CodeGenerator>,
    pub control_system_type: String,
}

#[async_trait]
impl Handler for GenerateHandler {
    fn queue(&self) -> &'static str {
        queues::GENERATE
    }

    async fn handle(&self, delivery: &Delivery, publisher: &Publisher) -> Disposition {
        let mut run = match load_current(
            &self.ctx,
            &self.forwarder,
            delivery,
            publisher,
            Stage::Generating,
        )
        .await
        {
            Ok(run) => run,
            Err(disposition) => return disposition,
        };
        let started = std::time::Instant::now();
        pipeline::generate(
            &mut run,
            &*self.generator,
            &self.control_system_type,
            &self.ctx.settings,
        )
        .await;
        self.ctx
            .metrics
            .stage_duration("generate", started.elapsed().as_secs_f64());
        self.forwarder
            .persist_and_forward(&mut run, publisher)
            .await
    }
}

/// `analyze` (analyzer worker).
pub struct AnalyzeHandler {
    pub ctx: Arc<WorkerContext>,
    pub forwarder: Forwarder,
    pub analyzer: Analyzer,
}

#[async_trait]
impl Handler for AnalyzeHandler {
    fn queue(&self) -> &'static str {
        queues::ANALYZE
    }

    async fn handle(&self, delivery: &Delivery, publisher: &Publisher) -> Disposition {
        let mut run = match load_current(
            &self.ctx,
            &self.forwarder,
            delivery,
            publisher,
            Stage::Analyzing,
        )
        .await
        {
            Ok(run) => run,
            Err(disposition) => return disposition,
        };
        let started = std::time::Instant::now();
        pipeline::analyze(&mut run, &self.analyzer, &self.ctx.settings);
        self.ctx
            .metrics
            .stage_duration("analyze", started.elapsed().as_secs_f64());
        self.forwarder
            .persist_and_forward(&mut run, publisher)
            .await
    }
}

/// `execute` (executor worker): claims the execution, keeps its lease alive while the code
/// runs, and refuses to run write-mode code a second time.
pub struct ExecuteHandler {
    pub ctx: Arc<WorkerContext>,
    pub forwarder: Forwarder,
    pub executor: Arc<dyn Executor>,
    /// (run, attempt) whose code this process has started: a claim held by ourselves means
    /// "never ran" only when it is not in here.
    pub started: std::sync::Mutex<std::collections::HashSet<(String, u32)>>,
    /// (run, attempt) some delivery in this process is handling right now. A second delivery
    /// of the same execution (a duplicate publish after a crash upstream) waits instead of
    /// racing the first between its claim and its `started` mark, where it would read our
    /// own claim as "never ran" and run write-mode code twice.
    in_flight: Arc<std::sync::Mutex<std::collections::HashSet<(String, u32)>>>,
}

/// Removes a (run, attempt) from [`ExecuteHandler::in_flight`] when its handling ends.
struct InFlight {
    set: Arc<std::sync::Mutex<std::collections::HashSet<(String, u32)>>>,
    key: (String, u32),
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Ok(mut set) = self.set.lock() {
            set.remove(&self.key);
        }
    }
}

impl ExecuteHandler {
    pub fn new(ctx: Arc<WorkerContext>, forwarder: Forwarder, executor: Arc<dyn Executor>) -> Self {
        Self {
            ctx,
            forwarder,
            executor,
            started: std::sync::Mutex::new(std::collections::HashSet::new()),
            in_flight: Arc::default(),
        }
    }

    /// Marks (run, attempt) as handled here; `None` when another delivery in this process
    /// already handles it (or the lock is poisoned: then nothing runs, which is safe).
    fn enter(&self, run_id: &str, attempt: u32) -> Option<InFlight> {
        let key = (run_id.to_owned(), attempt);
        let mut set = self.in_flight.lock().ok()?;
        set.insert(key.clone()).then(|| InFlight {
            set: Arc::clone(&self.in_flight),
            key,
        })
    }

    fn has_started(&self, run_id: &str, attempt: u32) -> bool {
        self.started
            .lock()
            .map(|set| set.contains(&(run_id.to_owned(), attempt)))
            .unwrap_or(true)
    }
}

#[async_trait]
impl Handler for ExecuteHandler {
    fn queue(&self) -> &'static str {
        queues::EXECUTE
    }

    async fn handle(&self, delivery: &Delivery, publisher: &Publisher) -> Disposition {
        let mut run = match load_current(
            &self.ctx,
            &self.forwarder,
            delivery,
            publisher,
            Stage::Executing,
        )
        .await
        {
            Ok(run) => run,
            Err(disposition) => return disposition,
        };
        let store = &self.ctx.store;
        let owner = &self.ctx.worker_id;
        let lease = self.ctx.settings.fleet.execution_lease;
        let attempt = run.attempts.attempt;
        let Some(_in_flight) = self.enter(&run.run_id, attempt) else {
            return Disposition::Retry(format!(
                "another delivery of {} attempt {attempt} is being handled by this worker",
                run.run_id
            ));
        };
        let claim = match store
            .begin_execution(&run.run_id, attempt, owner, lease)
            .await
        {
            Ok(claim) => claim,
            Err(err) => return transient(&err, "claiming the execution"),
        };
        match claim {
            ExecutionClaim::Fresh => {}
            // A claim we hold ourselves: an earlier try of this delivery took it, and its
            // reply was lost (Redis restarted); the code has not run.
            ExecutionClaim::Running { owner: holder }
                if holder == *owner && !self.has_started(&run.run_id, attempt) => {}
            ExecutionClaim::Running { owner: holder } if holder == *owner => {
                // We ran this code and could not save what it produced: never again for
                // write-mode code; read-only code runs again.
                if run.execution_mode.unwrap_or_default() == ExecutionMode::WriteAccess {
                    pipeline::interrupted(&mut run, owner);
                    let disposition = self
                        .forwarder
                        .persist_and_forward(&mut run, publisher)
                        .await;
                    let _ = store.end_execution(&run.run_id, attempt, owner).await;
                    return disposition;
                }
            }
            ExecutionClaim::Running { owner: other } => {
                // Another executor is running it; let the broker offer this copy again later
                // (by then that execution has finished, or its lease has lapsed).
                tokio::time::sleep(lease).await;
                return Disposition::Retry(format!("execution is running on {other}"));
            }
            ExecutionClaim::Finished => {
                // Ended but not (yet) visible as saved: reload and forward whatever is stored.
                return match store.load(&run.run_id).await {
                    Ok(Some(current))
                        if current.stage != Stage::Executing
                            || current.attempts.attempt != attempt =>
                    {
                        match self.forwarder.forward(&current, publisher).await {
                            Ok(()) => Disposition::Ack,
                            Err(d) => d,
                        }
                    }
                    Ok(_) => {
                        Disposition::Retry("execution ended but its result is not saved yet".into())
                    }
                    Err(err) => transient(&err, "loading the run"),
                };
            }
            ExecutionClaim::Interrupted { previous_owner } => {
                if run.execution_mode.unwrap_or_default() == ExecutionMode::WriteAccess {
                    tracing::warn!(run.id = %run.run_id, %previous_owner, "write-mode execution was interrupted; not running it again");
                    pipeline::interrupted(&mut run, &previous_owner);
                    let disposition = self
                        .forwarder
                        .persist_and_forward(&mut run, publisher)
                        .await;
                    let _ = store.end_execution(&run.run_id, attempt, owner).await;
                    return disposition;
                }
                tracing::info!(run.id = %run.run_id, %previous_owner, "read-only execution was interrupted; running it again");
                run.record(
                    "execution_resumed",
                    json!({"attempt": attempt, "previous_owner": previous_owner}),
                );
            }
        }

        if let Ok(mut started) = self.started.lock() {
            started.insert((run.run_id.clone(), attempt));
        }
        let renewal = tokio::spawn(renew_lease(self.ctx.clone(), run.run_id.clone(), attempt));
        let started = std::time::Instant::now();
        pipeline::execute(&mut run, &*self.executor, &self.ctx.settings).await;
        self.ctx
            .metrics
            .stage_duration("execute", started.elapsed().as_secs_f64());
        let disposition = self
            .forwarder
            .persist_and_forward(&mut run, publisher)
            .await;
        renewal.abort();
        if disposition == Disposition::Ack
            && let Ok(mut started) = self.started.lock()
        {
            started.remove(&(run.run_id.clone(), attempt));
        }
        if disposition == Disposition::Ack
            && let Err(err) = store.end_execution(&run.run_id, attempt, owner).await
        {
            tracing::warn!(run.id = %run.run_id, error = %err, "cannot mark the execution ended; its claim will read as interrupted, which is safe");
        }
        disposition
    }
}

async fn renew_lease(ctx: Arc<WorkerContext>, run_id: String, attempt: u32) {
    let lease = ctx.settings.fleet.execution_lease;
    let mut tick = tokio::time::interval(lease / 3);
    tick.tick().await;
    loop {
        tick.tick().await;
        match ctx
            .store
            .renew_lease(&run_id, attempt, &ctx.worker_id, lease)
            .await
        {
            Ok(true) => {}
            Ok(false) => {
                tracing::error!(run.id = %run_id, "lost the execution lease while the code runs");
                return;
            }
            Err(err) => {
                tracing::warn!(run.id = %run_id, error = %err, "cannot renew the execution lease")
            }
        }
    }
}

/// `approvals` (approver service): records the pending approval in Redis and acks. Nothing
/// holds a delivery open while a person decides.
pub struct ApprovalsHandler {
    pub ctx: Arc<WorkerContext>,
}

#[async_trait]
impl Handler for ApprovalsHandler {
    fn queue(&self) -> &'static str {
        queues::APPROVALS
    }

    async fn handle(&self, delivery: &Delivery, _publisher: &Publisher) -> Disposition {
        let request: ApprovalRequest = match serde_json::from_slice(&delivery.data) {
            Ok(request) => request,
            Err(err) => return Disposition::DeadLetter(format!("not an approval request: {err}")),
        };
        let run = match self.ctx.store.load(&request.run_id).await {
            Ok(Some(run)) => run,
            Ok(None) => {
                return Disposition::DeadLetter(format!("unknown run `{}`", request.run_id));
            }
            Err(err) => return transient(&err, "loading the run"),
        };
        let pending = run
            .pending_approval
            .as_ref()
            .map(|p| p.code_sha256.as_str());
        if run.stage != Stage::AwaitingApproval || pending != Some(request.code_sha256.as_str()) {
            tracing::info!(run.id = %run.run_id, "approval request is stale; ignored");
            return Disposition::Ack;
        }
        if let Err(err) = self
            .ctx
            .store
            .add_pending_approval(&run.run_id, request.expires_at)
            .await
        {
            return transient(&err, "recording the pending approval");
        }
        refresh_pending_gauge(&self.ctx).await;
        Disposition::Ack
    }
}

async fn refresh_pending_gauge(ctx: &WorkerContext) {
    if let Ok(pending) = ctx.store.pending_approvals().await {
        ctx.metrics.set_pending_approvals(pending.len() as u64);
    }
}

/// `approval-decisions` (approver service): the approver's identity is the broker-checked
/// AMQP `user_id`, which must be on `PYEXEC_APPROVERS`; the decision must quote the pending
/// code's hash, before expiry. Anything else is refused, recorded on the audit, and changes
/// nothing.
pub struct DecisionsHandler {
    pub ctx: Arc<WorkerContext>,
    pub forwarder: Forwarder,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionBody {
    run_id: String,
    code_sha256: String,
    approved: bool,
    #[serde(default)]
    approver: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    edited_code: Option<String>,
}

impl DecisionsHandler {
    /// Records a refusal on the run's audit (when the run exists).
    async fn refuse(&self, run_id: &str, detail: serde_json::Value) -> Disposition {
        tracing::warn!(run.id = %run_id, %detail, "approval decision refused");
        for _ in 0..CAS_ATTEMPTS {
            let mut run = match self.ctx.store.load(run_id).await {
                Ok(Some(run)) => run,
                Ok(None) => return Disposition::Ack,
                Err(err) => return transient(&err, "loading the run"),
            };
            run.record("approval_decision_refused", detail.clone());
            match self.forwarder.save(&mut run).await {
                Ok(Saved::Written) => return Disposition::Ack,
                Ok(Saved::Conflict) => continue,
                Err(err) => return transient(&err, "saving the audit"),
            }
        }
        Disposition::Retry("kept losing the race to record a refused decision".into())
    }
}

#[async_trait]
impl Handler for DecisionsHandler {
    fn queue(&self) -> &'static str {
        queues::APPROVAL_DECISIONS
    }

    /// The expiry sweep runs on this handler's session: one connection per approver.
    fn periodic(&self) -> Option<Duration> {
        let timeout = self.ctx.settings.approval_timeout;
        Some((timeout / 4).clamp(Duration::from_millis(250), Duration::from_secs(5)))
    }

    async fn tick(&self, publisher: &Publisher) {
        let swept = sweep_expired_approvals(
            Arc::clone(&self.ctx),
            self.forwarder.clone(),
            publisher.clone(),
        )
        .await;
        match swept {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "approval requests expired"),
            Err(err) => tracing::warn!(error = %err, "approval sweep failed; retrying"),
        }
    }

    async fn handle(&self, delivery: &Delivery, publisher: &Publisher) -> Disposition {
        let body: DecisionBody = match serde_json::from_slice(&delivery.data) {
            Ok(body) => body,
            Err(err) => return Disposition::DeadLetter(format!("not an approval decision: {err}")),
        };
        let claimed = body.approver.clone();
        let user = delivery
            .properties
            .user_id()
            .as_ref()
            .map(|u| u.as_str().to_owned());
        let Some(user) = user else {
            return self
                .refuse(&body.run_id, json!({"reason": "the decision has no AMQP user_id", "claimed_approver": claimed}))
                .await;
        };
        if !self.ctx.settings.fleet.approvers.iter().any(|a| a == &user) {
            return self
                .refuse(
                    &body.run_id,
                    json!({"reason": "user is not on PYEXEC_APPROVERS", "user_id": user, "claimed_approver": claimed}),
                )
                .await;
        }
        let decision = ApprovalDecision {
            run_id: body.run_id.clone(),
            code_sha256: body.code_sha256,
            approved: body.approved,
            approver: user,
            reason: body.reason,
            edited_code: body.edited_code,
        };
        for _ in 0..CAS_ATTEMPTS {
            let mut run = match self.ctx.store.load(&decision.run_id).await {
                Ok(Some(run)) => run,
                Ok(None) => {
                    tracing::warn!(run.id = %decision.run_id, "decision for an unknown run refused");
                    return Disposition::Ack;
                }
                Err(err) => return transient(&err, "loading the run"),
            };
            let applied = pipeline::apply_decision(&mut run, &decision, Utc::now());
            match self.forwarder.save(&mut run).await {
                Ok(Saved::Written) => {}
                Ok(Saved::Conflict) => continue,
                Err(err) => return transient(&err, "saving the decision"),
            }
            if applied.is_ok() || run.stage.is_terminal() {
                let _ = self.ctx.store.remove_pending_approval(&run.run_id).await;
                refresh_pending_gauge(&self.ctx).await;
            }
            if let Err(refused) = &applied {
                // This very decision was applied by an earlier try whose forward failed (the
                // broker went away): publish what follows again instead of dropping it.
                let already_applied = run.approval.as_ref().is_some_and(|a| {
                    a.code_sha256 == decision.code_sha256
                        && a.approver.as_deref() == Some(decision.approver.as_str())
                        && (a.decision == ApprovalVerdict::Approved) == decision.approved
                });
                tracing::warn!(run.id = %run.run_id, reason = %refused, already_applied, "approval decision refused");
                if !run.stage.is_terminal() && !already_applied {
                    return Disposition::Ack;
                }
            }
            return match self.forwarder.forward(&run, publisher).await {
                Ok(()) => Disposition::Ack,
                Err(disposition) => disposition,
            };
        }
        Disposition::Retry("kept losing the race to apply a decision".into())
    }
}

/// Ends runs whose approval request expired (approver service, every `interval`).
pub async fn sweep_expired_approvals(
    ctx: Arc<WorkerContext>,
    forwarder: Forwarder,
    publisher: Publisher,
) -> Result<usize, StoreError> {
    let now = Utc::now();
    let mut expired = 0;
    for run_id in ctx.store.expired_approvals(now).await? {
        let Some(mut run) = ctx.store.load(&run_id).await? else {
            ctx.store.remove_pending_approval(&run_id).await?;
            continue;
        };
        if pipeline::expire(&mut run, now) {
            if ctx.store.save(&mut run).await? == Saved::Conflict {
                continue;
            }
            expired += 1;
        }
        if run.stage.is_terminal() {
            // Published once (the outcome marker); a failed publish is retried next sweep.
            if forwarder.forward(&run, &publisher).await.is_err() {
                continue;
            }
        }
        if run.stage != Stage::AwaitingApproval {
            ctx.store.remove_pending_approval(&run_id).await?;
        }
    }
    refresh_pending_gauge(&ctx).await;
    Ok(expired)
}
