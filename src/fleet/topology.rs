//! Every queue and exchange the fleet uses, with their arguments and the reasons for them.
//!
//! Work travels on six durable quorum queues (see [`queues::WORKED`]), all published to through
//! the default exchange with the queue name as routing key. Quorum queues replicate and
//! survive a broker restart, and they count deliveries: a message requeued more than
//! `x-delivery-limit` times (a handler that keeps crashing, a worker killed mid-step) is
//! dead-lettered by the broker instead of looping forever. RabbitMQ 3.10 has no default
//! limit (4.x defaults to 20), so [`declare`] always sets one. Each worked queue
//! dead-letters through the default exchange into [`queues::DEAD_LETTERS`]; the broker adds
//! its `x-death` header (reason `delivery_limit` or `rejected`). Messages pyexec itself gives
//! up on are copied there by [`crate::fleet::amqp::Publisher::dead_letter`] with
//! [`DEAD_LETTER_REASON_HEADER`] and [`DEAD_LETTER_QUEUE_HEADER`] instead. Dead-lettering uses
//! the quorum default, `at-most-once`: `at-least-once` would need `x-overflow: reject-publish`
//! on every worked queue, and a broker-side dead-letter is already a last resort.
//!
//! `dead-letters` is a durable quorum queue with no dead-lettering of its own: nothing
//! consumes it automatically, operators inspect and replay it. Outcomes are published to the
//! durable topic exchange [`RESULTS_EXCHANGE`] with the final status as routing key, so
//! observers bind their own queues to the statuses they care about.
//!
//! Declaring is idempotent while the arguments stay the same, so every worker calls
//! [`declare`] on every (re)connect. Redeclaring a queue with different arguments (another
//! `x-delivery-limit`, say, after `PYEXEC_DELIVERY_LIMIT` changed) is refused by the broker
//! with `406 PRECONDITION_FAILED` ("inequivalent arg 'x-delivery-limit'"), which closes the
//! channel the declare ran on: [`declare`] returns that error and the channel is unusable
//! afterwards. The broker keeps the old arguments; raising the limit means deleting the
//! queue (losing its messages), while a `delivery-limit` policy can lower it (RabbitMQ 3.x
//! applies the smaller of policy and argument). Redeclaring the `results` exchange with
//! another type fails the same way.

use lapin::options::{ExchangeDeclareOptions, QueueDeclareOptions};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use lapin::{Channel, ExchangeKind};

/// Names of every queue the fleet declares.
pub mod queues {
    /// Execution requests from clients: where runs start.
    pub const REQUESTS: &str = "requests";
    /// Runs waiting for code generation.
    pub const GENERATE: &str = "generate";
    /// Runs whose code waits for analysis.
    pub const ANALYZE: &str = "analyze";
    /// Runs cleared for execution.
    pub const EXECUTE: &str = "execute";
    /// Runs waiting for a human decision.
    pub const APPROVALS: &str = "approvals";
    /// Decisions (approve or reject) on runs waiting for one.
    pub const APPROVAL_DECISIONS: &str = "approval-decisions";
    /// Messages the broker or pyexec gave up on; nothing consumes it automatically.
    pub const DEAD_LETTERS: &str = "dead-letters";
    /// Every queue a worker consumes (all but DEAD_LETTERS).
    pub const WORKED: [&str; 6] = [
        REQUESTS,
        GENERATE,
        ANALYZE,
        EXECUTE,
        APPROVALS,
        APPROVAL_DECISIONS,
    ];
}

/// Topic exchange for outcomes; routing key = status (completed, failed, rejected, expired).
pub const RESULTS_EXCHANGE: &str = "results";
/// Header carrying why pyexec dead-lettered a message.
pub const DEAD_LETTER_REASON_HEADER: &str = "x-pyexec-dead-letter-reason";
/// Header carrying the queue the message was dead-lettered from.
pub const DEAD_LETTER_QUEUE_HEADER: &str = "x-pyexec-dead-letter-queue";

/// Declares everything, idempotently (safe to call on every (re)connect, by every worker):
/// - the six worked queues: durable, `x-queue-type: quorum`, `x-delivery-limit:
///   delivery_limit` (RabbitMQ 3.10 has no default), `x-dead-letter-exchange: ""` +
///   `x-dead-letter-routing-key: "dead-letters"` so the broker's own dead-letters (delivery
///   limit reached, rejected without requeue) land in `dead-letters` with its `x-death` header;
/// - `dead-letters`: durable quorum queue, no dead-lettering of its own;
/// - `results`: durable topic exchange.
///
/// A queue that already exists with other arguments makes the broker close `channel` with
/// `PRECONDITION_FAILED` (see the module documentation).
pub async fn declare(channel: &Channel, delivery_limit: u32) -> Result<(), lapin::Error> {
    let durable = QueueDeclareOptions {
        durable: true,
        ..QueueDeclareOptions::default()
    };

    channel
        .queue_declare(queues::DEAD_LETTERS.into(), durable, quorum_arguments())
        .await?;

    let mut worked = quorum_arguments();
    worked.insert(
        "x-delivery-limit".into(),
        AMQPValue::LongLongInt(i64::from(delivery_limit)),
    );
    worked.insert("x-dead-letter-exchange".into(), long_string(""));
    worked.insert(
        "x-dead-letter-routing-key".into(),
        long_string(queues::DEAD_LETTERS),
    );
    for queue in queues::WORKED {
        channel
            .queue_declare(ShortString::from(queue), durable, worked.clone())
            .await?;
    }

    channel
        .exchange_declare(
            RESULTS_EXCHANGE.into(),
            ExchangeKind::Topic,
            ExchangeDeclareOptions {
                durable: true,
                ..ExchangeDeclareOptions::default()
            },
            FieldTable::default(),
        )
        .await
}

/// Arguments every queue shares: replicated, durable, delivery-counting quorum queues.
fn quorum_arguments() -> FieldTable {
    let mut arguments = FieldTable::default();
    arguments.insert("x-queue-type".into(), long_string("quorum"));
    arguments
}

fn long_string(value: &str) -> AMQPValue {
    AMQPValue::LongString(LongString::from(value))
}
