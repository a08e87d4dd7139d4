//! Connecting to RabbitMQ and publishing with publisher confirms.
//!
//! A [`Publisher`] owns one confirm-mode channel. Every publish is persistent (delivery mode
//! 2) and `mandatory`, and [`Publisher::publish`] returns only once the broker has confirmed
//! it, so a caller that acks its delivery after publishing never loses the next message.
//! The broker's answer becomes a [`PublishError`]:
//!
//! - ack: stored (for a quorum queue, on a majority of its replicas);
//! - basic.return, then ack: no queue was bound for the routing key (a `reply_to` queue
//!   that is gone, say). lapin 4 attaches the returned message to the confirm,
//!   [`Confirmation::Ack`]`(Some(message))`, and this becomes [`PublishError::Returned`];
//! - nack: the broker could not take the message; [`PublishError::Nacked`];
//! - a broken connection or channel: [`PublishError::Broker`].
//!
//! RabbitMQ sends a message's basic.return before its ack, but it may confirm other
//! messages in between (or in one `multiple` ack), and lapin hands a returned message to
//! the next confirm it resolves: with several publishes in flight on one channel, a
//! routable message was once reported returned and the unroutable one confirmed (one CI
//! run in four). So a `Publisher` (and its clones) has one publish in flight at a time:
//! each confirm, and the return before it, belong to that publish, and concurrent
//! publishes on one `Publisher` each see their own outcome.

use lapin::options::{BasicPublishOptions, ConfirmSelectOptions};
use lapin::types::{AMQPValue, LongString, ShortString};
use lapin::{BasicProperties, Channel, Confirmation, Connection, ConnectionProperties};

use crate::fleet::topology::{DEAD_LETTER_QUEUE_HEADER, DEAD_LETTER_REASON_HEADER, queues};

/// AMQP delivery mode 2: the broker writes the message to disk.
const PERSISTENT: u8 = 2;

/// Connects with the tokio reactor/executor lapin 4 uses by default; names the connection
/// (`connection_name` client property, e.g. "pyexec-executor") so operators see it in the
/// management UI. Must be called from within a tokio runtime.
pub async fn connect(url: &str, connection_name: &str) -> Result<Connection, lapin::Error> {
    let properties = ConnectionProperties::default().with_connection_name(connection_name.into());
    Connection::connect(url, properties).await
}

/// Why a publish did not end with the broker taking responsibility for the message.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The connection or channel failed; publishing again on a new channel may succeed.
    #[error("the broker is unavailable: {0}")]
    Broker(#[from] lapin::Error),
    /// The broker nacked the message (an internal error); publishing again may succeed.
    #[error("the broker refused the message (nack) for {exchange}/{routing_key}")]
    Nacked {
        exchange: String,
        routing_key: String,
    },
    /// No queue is bound for the routing key; publishing again will not help. Also returned,
    /// without contacting the broker, for names longer than AMQP's 255 bytes, which no queue
    /// or exchange can have.
    #[error("the message to {exchange}/{routing_key} was unroutable and returned")]
    Returned {
        exchange: String,
        routing_key: String,
    },
}

/// Publishes with publisher confirms. One confirm-mode channel, cheap to clone (clones share
/// the channel).
#[derive(Clone)]
pub struct Publisher {
    channel: Channel,
    /// Held from `basic.publish` to its confirm: one publish in flight (module docs).
    in_flight: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl Publisher {
    /// Opens a channel on `connection` and puts it into confirm mode.
    pub async fn open(connection: &Connection) -> Result<Self, lapin::Error> {
        let channel = connection.create_channel().await?;
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await?;
        Ok(Self {
            channel,
            in_flight: std::sync::Arc::default(),
        })
    }

    /// Whether the channel can still publish. One the broker closed (a channel-level error)
    /// or whose connection was lost never can again: its session must start over.
    pub fn is_open(&self) -> bool {
        self.channel.status().connected()
    }

    /// Publishes `body` with `properties` (persistent delivery mode is forced: delivery_mode 2)
    /// and waits for the broker's confirm. `mandatory` = true: an unroutable message (e.g. to
    /// a reply_to queue that does not exist) comes back as [`PublishError::Returned`] instead
    /// of vanishing silently.
    pub async fn publish(
        &self,
        exchange: &str,
        routing_key: &str,
        body: &[u8],
        properties: BasicProperties,
    ) -> Result<(), PublishError> {
        let returned = || PublishError::Returned {
            exchange: exchange.to_owned(),
            routing_key: routing_key.to_owned(),
        };
        // `ShortString::from` panics past 255 bytes; such a name cannot route anywhere.
        let (Ok(exchange_name), Ok(routing_key_name)) = (
            ShortString::try_new(exchange),
            ShortString::try_new(routing_key),
        ) else {
            return Err(returned());
        };
        let options = BasicPublishOptions {
            mandatory: true,
            ..BasicPublishOptions::default()
        };
        let _in_flight = self.in_flight.lock().await;
        let confirmation = self
            .channel
            .basic_publish(
                exchange_name,
                routing_key_name,
                options,
                body,
                properties.with_delivery_mode(PERSISTENT),
            )
            .await?
            .await?;
        match confirmation {
            Confirmation::Ack(None) => Ok(()),
            Confirmation::Ack(Some(_)) | Confirmation::Nack(Some(_)) => Err(returned()),
            // `NotRequested` cannot happen on a confirm-mode channel; without a confirm the
            // message is not known to be stored, which is what a nack says too.
            Confirmation::Nack(None) | Confirmation::NotRequested => Err(PublishError::Nacked {
                exchange: exchange.to_owned(),
                routing_key: routing_key.to_owned(),
            }),
        }
    }

    /// Publishes `value` as a JSON body with content_type application/json, like
    /// [`Self::publish`]. A value that cannot be serialised is reported as
    /// [`PublishError::Broker`] with an `InvalidData` I/O error.
    pub async fn publish_json<T: serde::Serialize>(
        &self,
        exchange: &str,
        routing_key: &str,
        value: &T,
        properties: BasicProperties,
    ) -> Result<(), PublishError> {
        // Our message types always serialise (string keys, derived impls). A type that does not
        // is a programming error; it is reported through `Broker` (an `InvalidData` I/O error
        // naming the cause) to keep the error enum to the broker's three answers.
        let body = serde_json::to_vec(value).map_err(|err| {
            lapin::Error::from(std::io::Error::new(std::io::ErrorKind::InvalidData, err))
        })?;
        let properties = properties.with_content_type("application/json".into());
        self.publish(exchange, routing_key, &body, properties).await
    }

    /// Publishes a copy of a message to `dead-letters` (default exchange) with
    /// [`DEAD_LETTER_REASON_HEADER`] = `reason` and [`DEAD_LETTER_QUEUE_HEADER`] = `from_queue`
    /// added to its headers (keeping the original properties and headers), and waits for the
    /// confirm. The caller acks the original afterwards.
    pub async fn dead_letter(
        &self,
        from_queue: &str,
        body: &[u8],
        properties: &BasicProperties,
        reason: &str,
    ) -> Result<(), PublishError> {
        let mut headers = properties.headers().clone().unwrap_or_default();
        headers.insert(
            DEAD_LETTER_REASON_HEADER.into(),
            AMQPValue::LongString(LongString::from(reason)),
        );
        headers.insert(
            DEAD_LETTER_QUEUE_HEADER.into(),
            AMQPValue::LongString(LongString::from(from_queue)),
        );
        let properties = properties.clone().with_headers(headers);
        self.publish("", queues::DEAD_LETTERS, body, properties)
            .await
    }

    /// The confirm-mode channel, for declaring or closing; publish through [`Self::publish`].
    pub fn channel(&self) -> &Channel {
        &self.channel
    }
}
