//! The fleet's client side, as the `pyexec` CLI uses it: submit a request (and wait for its
//! outcome on a private reply queue), read a run's status, list pending approvals, and send
//! an approval decision — which the broker stamps with our user as `user_id`, the identity
//! the approver service checks against `PYEXEC_APPROVERS`.

use std::time::Duration;

use futures_util::StreamExt;
use lapin::BasicProperties;
use lapin::options::{BasicAckOptions, BasicConsumeOptions, QueueDeclareOptions};
use lapin::types::FieldTable;
use serde::Serialize;

use crate::approval::ApprovalRequest;
use crate::config::FleetSettings;
use crate::fleet::amqp::{self, PublishError, Publisher};
use crate::fleet::store::{RunStore, StoreError};
use crate::fleet::topology::queues;
use crate::model::{Outcome, Run, Stage};

/// Why a client operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("broker: {0}")]
    Broker(#[from] lapin::Error),
    #[error("publishing: {0}")]
    Publish(#[from] PublishError),
    #[error("redis: {0}")]
    Store(#[from] StoreError),
    #[error("run `{0}` does not exist")]
    UnknownRun(String),
    #[error("run `{0}` is not awaiting approval (stage {1})")]
    NotAwaiting(String, Stage),
    #[error("no outcome within {0} s")]
    Timeout(u64),
    #[error("the outcome on the reply queue is not valid JSON: {0}")]
    BadOutcome(String),
}

/// A run's status as `pyexec status --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct RunStatus {
    pub run_id: String,
    pub stage: Stage,
    pub attempt: u32,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub pending_approval: Option<ApprovalRequest>,
    pub outcome: Option<Outcome>,
}

impl From<&Run> for RunStatus {
    fn from(run: &Run) -> Self {
        Self {
            run_id: run.run_id.clone(),
            stage: run.stage,
            attempt: run.attempts.attempt,
            updated_at: run.updated_at,
            pending_approval: run.pending_approval.clone(),
            outcome: run.outcome(),
        }
    }
}

async fn store(settings: &FleetSettings) -> Result<RunStore, StoreError> {
    RunStore::connect(
        &settings.redis_url,
        &settings.redis_prefix,
        settings.run_ttl,
    )
    .await
}

/// Publishes a request body to `requests` with `message_id = run_id`. With `wait`, listens on
/// a private reply queue and returns the outcome.
pub async fn submit(
    settings: &FleetSettings,
    body: &[u8],
    run_id: &str,
    wait: Option<Duration>,
) -> Result<Option<Outcome>, ClientError> {
    let connection = amqp::connect(&settings.amqp_url, "pyexec-cli").await?;
    let publisher = Publisher::open(&connection).await?;
    let mut properties = BasicProperties::default()
        .with_message_id(run_id.into())
        .with_correlation_id(run_id.into())
        .with_content_type("application/json".into());
    let mut consumer = None;
    if wait.is_some() {
        let channel = connection.create_channel().await?;
        let queue = channel
            .queue_declare(
                "".into(),
                QueueDeclareOptions {
                    exclusive: true,
                    auto_delete: true,
                    ..Default::default()
                },
                FieldTable::default(),
            )
            .await?;
        properties = properties.with_reply_to(queue.name().clone());
        consumer = Some(
            channel
                .basic_consume(
                    queue.name().clone(),
                    "pyexec-cli".into(),
                    BasicConsumeOptions::default(),
                    FieldTable::default(),
                )
                .await?,
        );
    }
    publisher
        .publish("", queues::REQUESTS, body, properties)
        .await?;
    let (Some(limit), Some(mut consumer)) = (wait, consumer) else {
        let _ = connection.close(200, "done".into()).await;
        return Ok(None);
    };
    let outcome = tokio::time::timeout(limit, async {
        while let Some(delivery) = consumer.next().await {
            let delivery = delivery?;
            let _ = delivery.ack(BasicAckOptions::default()).await;
            let correlation = delivery
                .properties
                .correlation_id()
                .as_ref()
                .map(|c| c.as_str().to_owned());
            if correlation.as_deref() != Some(run_id) {
                continue;
            }
            return serde_json::from_slice::<Outcome>(&delivery.data)
                .map_err(|e| ClientError::BadOutcome(e.to_string()));
        }
        Err(ClientError::Timeout(limit.as_secs()))
    })
    .await
    .map_err(|_| ClientError::Timeout(limit.as_secs()))??;
    let _ = connection.close(200, "done".into()).await;
    Ok(Some(outcome))
}

/// The stored run's status.
pub async fn status(settings: &FleetSettings, run_id: &str) -> Result<RunStatus, ClientError> {
    let store = store(settings).await?;
    let run = store
        .load(run_id)
        .await?
        .ok_or_else(|| ClientError::UnknownRun(run_id.to_owned()))?;
    Ok(RunStatus::from(&run))
}

/// Every pending approval request, soonest expiry first.
pub async fn pending_approvals(
    settings: &FleetSettings,
) -> Result<Vec<ApprovalRequest>, ClientError> {
    let store = store(settings).await?;
    let mut pending = Vec::new();
    for run_id in store.pending_approvals().await? {
        if let Some(run) = store.load(&run_id).await?
            && run.stage == Stage::AwaitingApproval
            && let Some(request) = run.pending_approval
        {
            pending.push(request);
        }
    }
    Ok(pending)
}

/// The decision as published on `approval-decisions`.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionMessage {
    pub run_id: String,
    pub code_sha256: String,
    pub approved: bool,
    pub approver: String,
    pub reason: Option<String>,
    pub edited_code: Option<String>,
}

/// Sends a decision on the pending code of `run_id`, as the broker user of
/// `PYEXEC_AMQP_URL`, then waits up to `wait` for the run to move on. Returns the run's
/// status afterwards (still `awaiting_approval` if the approver refused the decision).
pub async fn decide(
    settings: &FleetSettings,
    run_id: &str,
    approved: bool,
    reason: Option<String>,
    wait: Duration,
) -> Result<RunStatus, ClientError> {
    let store = store(settings).await?;
    let run = store
        .load(run_id)
        .await?
        .ok_or_else(|| ClientError::UnknownRun(run_id.to_owned()))?;
    let Some(pending) = run
        .pending_approval
        .clone()
        .filter(|_| run.stage == Stage::AwaitingApproval)
    else {
        return Err(ClientError::NotAwaiting(run_id.to_owned(), run.stage));
    };
    let user = settings.amqp_user();
    let message = DecisionMessage {
        run_id: run_id.to_owned(),
        code_sha256: pending.code_sha256,
        approved,
        approver: user.clone(),
        reason,
        edited_code: None,
    };
    let connection = amqp::connect(&settings.amqp_url, "pyexec-cli").await?;
    let publisher = Publisher::open(&connection).await?;
    let properties = BasicProperties::default().with_user_id(user.into());
    publisher
        .publish_json("", queues::APPROVAL_DECISIONS, &message, properties)
        .await?;
    let _ = connection.close(200, "done".into()).await;
    let audit_len = run.audit.len();
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let current = store
            .load(run_id)
            .await?
            .ok_or_else(|| ClientError::UnknownRun(run_id.to_owned()))?;
        let moved = current.stage != Stage::AwaitingApproval || current.audit.len() > audit_len;
        if moved || tokio::time::Instant::now() >= deadline {
            return Ok(RunStatus::from(&current));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
