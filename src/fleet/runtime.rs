//! The worker runtime every fleet binary shares: connect, declare, consume its queues, hand
//! each delivery to a [`Handler`], and turn the handler's [`Disposition`] into ack, requeue or
//! dead-letter — in one place ([`settle`]).
//!
//! Invariants:
//! - a handler persists the run's new state before it returns `Ack`, so an ack never loses
//!   work; handlers are idempotent on (run, stage, attempt), so redelivery is harmless;
//! - a transient failure (Redis or broker unreachable) keeps the delivery and retries it here
//!   with bounded backoff instead of requeueing at once: every requeue counts towards the
//!   queue's `x-delivery-limit`, and a burst of fast requeues would dead-letter live runs;
//! - a panic in a handler fails that delivery (dead-lettered with the panic message), not the
//!   worker;
//! - on shutdown, consumers are cancelled first, in-flight deliveries finish within the grace
//!   period, and whatever has not finished is handed back (nack with requeue);
//! - a lost connection sets `/readyz` to not-ready, and the runtime reconnects with bounded
//!   backoff and declares the topology again.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures_util::{FutureExt, StreamExt};
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicCancelOptions, BasicConsumeOptions, BasicNackOptions, BasicQosOptions,
};
use lapin::types::FieldTable;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::Settings;
use crate::fleet::amqp::{self, Publisher};
use crate::fleet::health::{Metrics, Readiness};
use crate::fleet::store::RunStore;
use crate::fleet::topology;

/// What becomes of a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disposition {
    /// Done (or nothing to do): acknowledge.
    Ack,
    /// A dependency is unavailable: keep the delivery and try the handler again after a
    /// backoff (the runtime hands it back to the broker only on shutdown or after
    /// [`MAX_RETRY_WAIT`]).
    Retry(String),
    /// Can never be processed: copy it to `dead-letters` with this reason, then acknowledge.
    DeadLetter(String),
}

/// Longest a delivery is retried in place before it is requeued.
pub const MAX_RETRY_WAIT: Duration = Duration::from_secs(300);
const RETRY_BACKOFF_START: Duration = Duration::from_millis(100);
const RETRY_BACKOFF_MAX: Duration = Duration::from_secs(5);
const RECONNECT_BACKOFF_MAX: Duration = Duration::from_secs(10);

/// Everything a handler may use.
pub struct WorkerContext {
    pub settings: Arc<Settings>,
    pub store: RunStore,
    pub metrics: Arc<Metrics>,
    pub readiness: Arc<Readiness>,
    /// This process's identity in execution leases and audits.
    pub worker_id: String,
}

/// The step for one queue.
#[async_trait]
pub trait Handler: Send + Sync + 'static {
    /// The queue this handler consumes.
    fn queue(&self) -> &'static str;
    /// Handles one delivery. Must be idempotent: it may see the same delivery again.
    async fn handle(&self, delivery: &Delivery, publisher: &Publisher) -> Disposition;
    /// How often [`Handler::tick`] runs while the worker is connected; `None`: never.
    fn periodic(&self) -> Option<Duration> {
        None
    }
    /// Periodic work on the session's publisher (the approver's expiry sweep).
    async fn tick(&self, _publisher: &Publisher) {}
    /// A body over `PYEXEC_MAX_MESSAGE_BYTES`; the default dead-letters it.
    async fn oversized(
        &self,
        delivery: &Delivery,
        _publisher: &Publisher,
        limit: usize,
    ) -> Disposition {
        Disposition::DeadLetter(format!(
            "message is {} bytes; PYEXEC_MAX_MESSAGE_BYTES is {limit}",
            delivery.data.len()
        ))
    }
}

/// Runs `handlers` until `shutdown` is cancelled; reconnects whenever the broker goes away.
pub async fn run(
    ctx: Arc<WorkerContext>,
    connection_name: &str,
    handlers: Vec<Arc<dyn Handler>>,
    shutdown: CancellationToken,
) {
    let mut backoff = Duration::from_millis(200);
    loop {
        if shutdown.is_cancelled() {
            return;
        }
        match session(&ctx, connection_name, &handlers, &shutdown).await {
            Ok(()) => return,
            Err(err) => {
                ctx.readiness.set_broker(false);
                ctx.readiness.set_consuming(false);
                tracing::warn!(error = %err, retry_in_ms = backoff.as_millis() as u64, "broker session ended; reconnecting");
            }
        }
        tokio::select! {
            () = shutdown.cancelled() => return,
            () = tokio::time::sleep(backoff) => {}
        }
        backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
    }
}

/// Why a broker session ended without a shutdown.
#[derive(Debug, thiserror::Error)]
enum SessionError {
    #[error("broker error: {0}")]
    Broker(#[from] lapin::Error),
    #[error("a consumer stopped: the connection or a channel was lost")]
    ConsumerLost,
}

/// One connection's lifetime. `Ok` on shutdown, `Err` when the connection is lost.
async fn session(
    ctx: &Arc<WorkerContext>,
    connection_name: &str,
    handlers: &[Arc<dyn Handler>],
    shutdown: &CancellationToken,
) -> Result<(), SessionError> {
    let settings = &ctx.settings.fleet;
    let connection = amqp::connect(&settings.amqp_url, connection_name).await?;
    let setup = connection.create_channel().await?;
    topology::declare(&setup, settings.delivery_limit).await?;
    let publisher = Publisher::open(&connection).await?;
    ctx.readiness.set_broker(true);

    let permits = Arc::new(Semaphore::new(settings.concurrency));
    let tracker = TaskTracker::new();
    let lost = CancellationToken::new();
    let mut consumers = Vec::new();
    for handler in handlers {
        let channel = connection.create_channel().await?;
        channel
            .basic_qos(settings.prefetch, BasicQosOptions::default())
            .await?;
        let tag = format!(
            "{connection_name}-{}-{}",
            handler.queue(),
            uuid::Uuid::new_v4()
        );
        let consumer = channel
            .basic_consume(
                handler.queue().into(),
                tag.clone().into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await?;
        consumers.push((channel, tag));
        let loop_ctx = ConsumeLoop {
            ctx: Arc::clone(ctx),
            handler: Arc::clone(handler),
            publisher: publisher.clone(),
            permits: Arc::clone(&permits),
            tracker: tracker.clone(),
            shutdown: shutdown.clone(),
            lost: lost.clone(),
        };
        tracker.spawn(loop_ctx.run(consumer));
    }
    for handler in handlers {
        if let Some(interval) = handler.periodic() {
            let (handler, publisher, stop) = (Arc::clone(handler), publisher.clone(), lost.clone());
            let shutdown = shutdown.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(interval);
                loop {
                    tokio::select! {
                        () = stop.cancelled() => return,
                        () = shutdown.cancelled() => return,
                        _ = tick.tick() => handler.tick(&publisher).await,
                    }
                }
            });
        }
    }
    ctx.readiness.set_consuming(true);
    tracing::info!(queues = ?handlers.iter().map(|h| h.queue()).collect::<Vec<_>>(), "consuming");

    tokio::select! {
        () = shutdown.cancelled() => {}
        () = lost.cancelled() => {}
    }
    ctx.readiness.set_consuming(false);
    if shutdown.is_cancelled() {
        for (channel, tag) in &consumers {
            let _ = channel
                .basic_cancel(tag.as_str().into(), BasicCancelOptions::default())
                .await;
        }
        tracker.close();
        let grace = settings.shutdown_grace;
        if tokio::time::timeout(grace, tracker.wait()).await.is_err() {
            tracing::warn!(
                grace_s = grace.as_secs(),
                "in-flight work did not finish within the grace period; handing it back"
            );
        }
        let _ = connection.close(200, "shutting down".into()).await;
        return Ok(());
    }
    lost.cancel();
    tracker.close();
    // Close what is left of the connection, so that the broker hands its unsettled
    // deliveries to the next session at once (bounded: the broker may be gone).
    let closing = connection.close(200, "starting a new session".into());
    let _ = tokio::time::timeout(Duration::from_secs(2), closing).await;
    Err(SessionError::ConsumerLost)
}

struct ConsumeLoop {
    ctx: Arc<WorkerContext>,
    handler: Arc<dyn Handler>,
    publisher: Publisher,
    permits: Arc<Semaphore>,
    tracker: TaskTracker,
    shutdown: CancellationToken,
    lost: CancellationToken,
}

impl ConsumeLoop {
    async fn run(self, mut consumer: lapin::Consumer) {
        let queue = self.handler.queue();
        while let Some(next) = consumer.next().await {
            let delivery = match next {
                Ok(delivery) => delivery,
                Err(err) => {
                    tracing::warn!(queue, error = %err, "consumer failed");
                    break;
                }
            };
            let Ok(permit) = Arc::clone(&self.permits).acquire_owned().await else {
                break;
            };
            self.ctx.metrics.delivery_consumed(queue);
            let task = DeliveryTask {
                ctx: Arc::clone(&self.ctx),
                handler: Arc::clone(&self.handler),
                publisher: self.publisher.clone(),
                shutdown: self.shutdown.clone(),
                lost: self.lost.clone(),
            };
            self.tracker.spawn(async move {
                task.process(delivery).await;
                drop(permit);
            });
        }
        if !self.shutdown.is_cancelled() {
            self.lost.cancel();
        }
    }
}

struct DeliveryTask {
    ctx: Arc<WorkerContext>,
    handler: Arc<dyn Handler>,
    publisher: Publisher,
    shutdown: CancellationToken,
    /// Cancelled when this delivery's connection is gone: the broker redelivers it to the
    /// next session, so retrying here would only duplicate work.
    lost: CancellationToken,
}

impl DeliveryTask {
    async fn process(self, mut delivery: Delivery) {
        let queue = self.handler.queue();
        let limit = self.ctx.settings.fleet.max_message_bytes;
        let mut backoff = RETRY_BACKOFF_START;
        let started = tokio::time::Instant::now();
        let disposition = loop {
            let attempt = async {
                if delivery.data.len() > limit {
                    self.handler
                        .oversized(&delivery, &self.publisher, limit)
                        .await
                } else {
                    self.handler.handle(&delivery, &self.publisher).await
                }
            };
            let disposition = match AssertUnwindSafe(attempt).catch_unwind().await {
                Ok(disposition) => disposition,
                Err(panic) => {
                    Disposition::DeadLetter(format!("handler panicked: {}", panic_message(&panic)))
                }
            };
            let Disposition::Retry(reason) = disposition else {
                break disposition;
            };
            // From now on this delivery may have been partly handled (its run saved, its
            // follow-up not yet published): handlers treat it like a broker redelivery.
            delivery.redelivered = true;
            if !self.publisher.is_open() {
                // Retrying on a closed channel cannot succeed, while the consumers may still
                // be fine: end the session, which reconnects with a new channel (the broker
                // redelivers this delivery).
                tracing::warn!(queue, %reason, "the publishing channel is closed; starting a new broker session");
                self.lost.cancel();
            }
            if self.shutdown.is_cancelled()
                || self.lost.is_cancelled()
                || started.elapsed() > MAX_RETRY_WAIT
            {
                break Disposition::Retry(reason);
            }
            tracing::warn!(queue, %reason, retry_in_ms = backoff.as_millis() as u64, "transient failure; retrying the delivery");
            tokio::select! {
                () = self.shutdown.cancelled() => break Disposition::Retry(reason),
                () = self.lost.cancelled() => break Disposition::Retry(reason),
                () = tokio::time::sleep(backoff) => {}
            }
            backoff = (backoff * 2).min(RETRY_BACKOFF_MAX);
        };
        settle(
            &self.ctx.metrics,
            queue,
            &delivery,
            &self.publisher,
            disposition,
        )
        .await;
    }
}

/// The one place a delivery's fate is decided.
pub async fn settle(
    metrics: &Metrics,
    queue: &str,
    delivery: &Delivery,
    publisher: &Publisher,
    disposition: Disposition,
) {
    let result = match disposition {
        Disposition::Ack => {
            metrics.delivery_acked(queue);
            delivery.ack(BasicAckOptions::default()).await.map(|_| ())
        }
        Disposition::Retry(reason) => {
            tracing::info!(queue, %reason, "handing the delivery back to the broker");
            metrics.delivery_requeued(queue);
            delivery
                .nack(BasicNackOptions {
                    multiple: false,
                    requeue: true,
                })
                .await
                .map(|_| ())
        }
        Disposition::DeadLetter(reason) => {
            tracing::warn!(queue, %reason, "dead-lettering a delivery");
            match publisher
                .dead_letter(queue, &delivery.data, &delivery.properties, &reason)
                .await
            {
                Ok(()) => {
                    metrics.delivery_dead_lettered(queue);
                    delivery.ack(BasicAckOptions::default()).await.map(|_| ())
                }
                Err(err) => {
                    // Not copied: leave it with the broker, whose delivery limit dead-letters it.
                    tracing::warn!(queue, error = %err, "cannot dead-letter; requeueing");
                    delivery
                        .nack(BasicNackOptions {
                            multiple: false,
                            requeue: true,
                        })
                        .await
                        .map(|_| ())
                }
            }
        }
    };
    if let Err(err) = result {
        // The channel is gone: the broker redelivers the message to the next consumer.
        tracing::warn!(queue, error = %err, "cannot settle the delivery; the broker will redeliver it");
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned())
}

/// Waits with exponential backoff until `attempt` succeeds or `shutdown` is cancelled.
pub async fn retry_until<T, E: std::fmt::Display, F, Fut>(
    what: &str,
    shutdown: &CancellationToken,
    mut attempt: F,
) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut backoff = Duration::from_millis(200);
    loop {
        match attempt().await {
            Ok(value) => return Some(value),
            Err(err) => {
                tracing::warn!(%err, retry_in_ms = backoff.as_millis() as u64, "{what} failed; retrying");
            }
        }
        tokio::select! {
            () = shutdown.cancelled() => return None,
            () = tokio::time::sleep(backoff) => {}
        }
        backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
    }
}
