//! The fleet's AMQP layer and health server against the real RabbitMQ at 127.0.0.1:5672.
//!
//! Every broker test runs in a vhost of its own, created with `rabbitmqctl` and deleted when
//! the test ends (also on failure), so tests run in parallel and leave nothing behind. Waits
//! are on events (a delivery, a confirm) with deadlines, never on sleeps.

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicNackOptions, ExchangeDeclareOptions,
    QueueBindOptions, QueueDeclareOptions,
};
use lapin::protocol::{AMQPErrorKind, AMQPSoftError};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use lapin::{BasicProperties, Channel, Connection, ErrorKind, ExchangeKind};
use pyexec::fleet::amqp::{self, PublishError, Publisher};
use pyexec::fleet::health::{self, Metrics, Readiness};
use pyexec::fleet::topology::{self, DEAD_LETTER_QUEUE_HEADER, DEAD_LETTER_REASON_HEADER, queues};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::sync::CancellationToken;

/// Longest any single expected event may take.
const DEADLINE: Duration = Duration::from_secs(15);

// ---------------------------------------------------------------------------------------
// Helpers

/// A vhost for one test, deleted on drop.
struct Vhost {
    name: String,
}

impl Vhost {
    fn create() -> Self {
        let name = format!("pyexec-test-{}", uuid::Uuid::new_v4());
        rabbitmqctl(&["add_vhost", &name]);
        let vhost = Self { name };
        rabbitmqctl(&[
            "set_permissions",
            "-p",
            &vhost.name,
            "guest",
            ".*",
            ".*",
            ".*",
        ]);
        vhost
    }

    fn url(&self) -> String {
        format!(
            "amqp://guest:guest@127.0.0.1:5672/{}",
            percent_encode(&self.name)
        )
    }

    async fn connect(&self, connection_name: &str) -> Connection {
        amqp::connect(&self.url(), connection_name)
            .await
            .expect("connect to the test vhost")
    }

    /// Connection, a channel on which the topology was declared, and a publisher.
    async fn fleet(&self, delivery_limit: u32) -> (Connection, Channel, Publisher) {
        let connection = self.connect("pyexec-test").await;
        let channel = connection.create_channel().await.expect("channel");
        topology::declare(&channel, delivery_limit)
            .await
            .expect("declare");
        let publisher = Publisher::open(&connection).await.expect("publisher");
        (connection, channel, publisher)
    }

    /// `rabbitmqctl list_queues` for this vhost, keyed by queue name.
    fn queues(&self) -> BTreeMap<String, serde_json::Value> {
        let out = rabbitmqctl(&[
            "list_queues",
            "-p",
            &self.name,
            "name",
            "type",
            "durable",
            "arguments",
            "--formatter",
            "json",
            "-q",
        ]);
        let rows: Vec<serde_json::Value> =
            serde_json::from_str(&out).expect("list_queues prints JSON");
        rows.into_iter()
            .map(|row| (row["name"].as_str().unwrap_or_default().to_owned(), row))
            .collect()
    }
}

impl Drop for Vhost {
    fn drop(&mut self) {
        // Deleting the vhost also closes any connection still open to it.
        let _ = Command::new("rabbitmqctl")
            .args(["delete_vhost", &self.name, "-q"])
            .output();
    }
}

/// One argument's value from a `list_queues` row, whose arguments are `[name, type, value]`
/// triples.
fn argument<'a>(row: &'a serde_json::Value, name: &str) -> Option<&'a serde_json::Value> {
    row["arguments"]
        .as_array()?
        .iter()
        .find(|triple| triple[0] == name)
        .map(|triple| &triple[2])
}

fn rabbitmqctl(args: &[&str]) -> String {
    let output = Command::new("rabbitmqctl")
        .args(args)
        .output()
        .expect("rabbitmqctl runs");
    assert!(
        output.status.success(),
        "rabbitmqctl {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn consume(channel: &Channel, queue: &str) -> lapin::Consumer {
    channel
        .basic_consume(
            queue.into(),
            "".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .expect("basic_consume")
}

/// The consumer's next delivery, failing the test after [`DEADLINE`].
async fn next_delivery(consumer: &mut lapin::Consumer) -> lapin::message::Delivery {
    tokio::time::timeout(DEADLINE, consumer.next())
        .await
        .expect("a delivery before the deadline")
        .expect("the consumer is open")
        .expect("a delivery, not an error")
}

fn header<'a>(properties: &'a BasicProperties, name: &str) -> Option<&'a AMQPValue> {
    properties.headers().as_ref()?.inner().get(name)
}

fn long_string(value: &str) -> AMQPValue {
    AMQPValue::LongString(LongString::from(value))
}

/// GET `path` on the health server; (status code, body).
async fn http_get(address: std::net::SocketAddr, path: &str) -> (u16, String) {
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", address.port()))
            .await
            .expect("connect to the health server");
        let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        stream
            .write_all(request.as_bytes())
            .await
            .expect("send request");
        let mut response = String::new();
        stream
            .read_to_string(&mut response)
            .await
            .expect("read response");
        response
    };
    let response = tokio::time::timeout(DEADLINE, exchange)
        .await
        .expect("a response before the deadline");
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

// ---------------------------------------------------------------------------------------
// Topology

#[tokio::test]
async fn declaring_twice_is_idempotent_and_makes_quorum_queues_with_the_delivery_limit() {
    let vhost = Vhost::create();
    let (_connection, channel, _publisher) = vhost.fleet(3).await;
    topology::declare(&channel, 3)
        .await
        .expect("a second declare with the same arguments succeeds");
    assert!(channel.status().connected(), "the channel stays open");

    let listed = vhost.queues();
    assert_eq!(
        listed.len(),
        7,
        "six worked queues and dead-letters: {listed:?}"
    );
    for queue in queues::WORKED {
        let row = &listed[queue];
        assert_eq!(row["type"], "quorum", "{queue}");
        assert_eq!(row["durable"], true, "{queue}");
        assert_eq!(
            argument(row, "x-delivery-limit"),
            Some(&3.into()),
            "{queue}"
        );
        assert_eq!(
            argument(row, "x-dead-letter-exchange"),
            Some(&"".into()),
            "{queue}"
        );
        assert_eq!(
            argument(row, "x-dead-letter-routing-key"),
            Some(&queues::DEAD_LETTERS.into()),
            "{queue}"
        );
    }
    let dead_letters = &listed[queues::DEAD_LETTERS];
    assert_eq!(dead_letters["type"], "quorum");
    assert_eq!(dead_letters["durable"], true);
    assert!(
        dead_letters["arguments"]
            .get("x-dead-letter-exchange")
            .is_none()
    );
    assert!(dead_letters["arguments"].get("x-delivery-limit").is_none());

    // A passive declare succeeds only if the exchange exists with this type.
    channel
        .exchange_declare(
            topology::RESULTS_EXCHANGE.into(),
            ExchangeKind::Topic,
            ExchangeDeclareOptions {
                passive: true,
                durable: true,
                ..ExchangeDeclareOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .expect("the results exchange exists");
}

#[tokio::test]
async fn redeclaring_with_another_delivery_limit_fails_and_closes_the_channel() {
    let vhost = Vhost::create();
    let (connection, _channel, _publisher) = vhost.fleet(3).await;

    let channel = connection.create_channel().await.expect("channel");
    let err = topology::declare(&channel, 4)
        .await
        .expect_err("the broker refuses another x-delivery-limit");
    let ErrorKind::ProtocolError(amqp_error) = err.kind() else {
        panic!("expected a protocol error, got {err}");
    };
    assert_eq!(
        amqp_error.kind(),
        &AMQPErrorKind::Soft(AMQPSoftError::PRECONDITIONFAILED),
        "{amqp_error}"
    );
    assert!(
        amqp_error
            .get_message()
            .as_str()
            .contains("x-delivery-limit"),
        "{amqp_error}"
    );
    assert!(
        !channel.status().connected(),
        "the broker closed the channel"
    );
    assert!(
        connection.status().connected(),
        "the connection itself survives"
    );
    let requests = &vhost.queues()[queues::REQUESTS];
    assert_eq!(
        argument(requests, "x-delivery-limit"),
        Some(&3.into()),
        "the broker kept the first declaration's arguments"
    );
}

#[tokio::test]
async fn a_message_requeued_past_the_delivery_limit_lands_in_dead_letters() {
    const LIMIT: u32 = 2;
    let vhost = Vhost::create();
    let (connection, _channel, publisher) = vhost.fleet(LIMIT).await;

    let properties = BasicProperties::default().with_message_id("poison".into());
    publisher
        .publish("", queues::REQUESTS, b"poison", properties)
        .await
        .expect("published");

    // Keep handing the message back, as a worker that crashes on it would.
    let requeuer = connection.create_channel().await.expect("channel");
    let mut requests = consume(&requeuer, queues::REQUESTS).await;
    let requeue = tokio::spawn(async move {
        let mut deliveries = 0u32;
        while let Some(Ok(delivery)) = requests.next().await {
            deliveries += 1;
            delivery
                .nack(BasicNackOptions {
                    multiple: false,
                    requeue: true,
                })
                .await
                .expect("nack");
        }
        deliveries
    });

    let observer = connection.create_channel().await.expect("channel");
    let mut dead_letters = consume(&observer, queues::DEAD_LETTERS).await;
    let dead = next_delivery(&mut dead_letters).await;
    assert_eq!(dead.data, b"poison");
    assert_eq!(
        dead.properties
            .message_id()
            .as_ref()
            .map(ShortString::as_str),
        Some("poison")
    );
    let Some(AMQPValue::FieldArray(deaths)) = header(&dead.properties, "x-death") else {
        panic!("the broker adds x-death: {:?}", dead.properties.headers());
    };
    let Some(AMQPValue::FieldTable(death)) = deaths.as_slice().first() else {
        panic!("x-death holds a table: {deaths:?}");
    };
    assert_eq!(
        death.inner().get("reason"),
        Some(&long_string("delivery_limit"))
    );
    assert_eq!(
        death.inner().get("queue"),
        Some(&long_string(queues::REQUESTS))
    );
    dead.ack(BasicAckOptions::default()).await.expect("ack");

    requeuer
        .close(200, "done".into())
        .await
        .expect("close the requeuing channel");
    let deliveries = tokio::time::timeout(DEADLINE, requeue)
        .await
        .expect("the requeuing consumer ends with its channel")
        .expect("no panic");
    assert_eq!(
        deliveries,
        LIMIT + 1,
        "delivered once plus once per allowed requeue"
    );
}

// ---------------------------------------------------------------------------------------
// Publisher

#[tokio::test]
async fn a_published_message_reaches_its_queue_persistent_and_confirmed() {
    let vhost = Vhost::create();
    let (connection, _channel, publisher) = vhost.fleet(3).await;

    #[derive(serde::Serialize)]
    struct Body {
        run_id: &'static str,
    }
    publisher
        .publish_json(
            "",
            queues::GENERATE,
            &Body { run_id: "r-1" },
            BasicProperties::default().with_correlation_id("r-1".into()),
        )
        .await
        .expect("confirmed");

    let channel = connection.create_channel().await.expect("channel");
    let mut consumer = consume(&channel, queues::GENERATE).await;
    let delivery = next_delivery(&mut consumer).await;
    assert_eq!(delivery.data, br#"{"run_id":"r-1"}"#);
    assert_eq!(delivery.properties.delivery_mode(), &Some(2));
    assert_eq!(
        delivery
            .properties
            .content_type()
            .as_ref()
            .map(ShortString::as_str),
        Some("application/json")
    );
    assert_eq!(
        delivery
            .properties
            .correlation_id()
            .as_ref()
            .map(ShortString::as_str),
        Some("r-1")
    );
    delivery.ack(BasicAckOptions::default()).await.expect("ack");
}

#[tokio::test]
async fn an_unroutable_message_is_returned_not_lost() {
    let vhost = Vhost::create();
    let (_connection, channel, publisher) = vhost.fleet(3).await;

    let err = publisher
        .publish("", "no-such-queue", b"reply", BasicProperties::default())
        .await
        .expect_err("nothing is bound to no-such-queue");
    assert!(
        matches!(&err, PublishError::Returned { exchange, routing_key }
            if exchange.is_empty() && routing_key == "no-such-queue"),
        "{err:?}"
    );

    let too_long = "q".repeat(300);
    let err = publisher
        .publish("", &too_long, b"reply", BasicProperties::default())
        .await
        .expect_err("no queue has a 300-byte name");
    assert!(matches!(err, PublishError::Returned { .. }), "{err:?}");

    // The channel is still usable after a return.
    publisher
        .publish("", queues::REQUESTS, b"next", BasicProperties::default())
        .await
        .expect("a routable publish after a return is confirmed");
    assert!(channel.status().connected());
}

#[tokio::test]
async fn a_publisher_whose_channel_the_broker_closed_says_so_and_a_new_one_publishes() {
    let vhost = Vhost::create();
    let (connection, _channel, publisher) = vhost.fleet(3).await;
    assert!(publisher.is_open());

    // Publishing to an exchange that does not exist is a channel error: the broker closes
    // the publisher's channel (404), while the connection lives on.
    let err = publisher
        .publish(
            "no-such-exchange",
            "x",
            b"lost?",
            BasicProperties::default(),
        )
        .await
        .expect_err("no such exchange");
    assert!(matches!(err, PublishError::Broker(_)), "{err:?}");
    assert!(!publisher.is_open(), "the channel is closed");
    let again = publisher
        .publish("", queues::REQUESTS, b"retry", BasicProperties::default())
        .await
        .expect_err("a closed channel cannot publish again");
    assert!(matches!(again, PublishError::Broker(_)), "{again:?}");

    // What the worker does then: a new channel (a new session) publishes.
    let fresh = Publisher::open(&connection).await.expect("a new channel");
    assert!(fresh.is_open());
    fresh
        .publish("", queues::REQUESTS, b"retry", BasicProperties::default())
        .await
        .expect("confirmed on the new channel");
}

#[tokio::test]
async fn concurrent_publishes_on_one_publisher_each_get_their_own_outcome() {
    let vhost = Vhost::create();
    let (_connection, _channel, publisher) = vhost.fleet(3).await;

    let publishes = (0..60).map(|i| {
        let publisher = publisher.clone();
        async move {
            let routable = i % 3 != 0;
            let routing_key = if routable {
                queues::EXECUTE.to_owned()
            } else {
                format!("gone-{i}")
            };
            let body = i.to_string();
            let result = publisher
                .publish(
                    "",
                    &routing_key,
                    body.as_bytes(),
                    BasicProperties::default(),
                )
                .await;
            (routable, routing_key, result)
        }
    });
    let results = tokio::time::timeout(DEADLINE, futures_util::future::join_all(publishes))
        .await
        .expect("all confirms before the deadline");
    for (routable, routing_key, result) in results {
        if routable {
            assert!(result.is_ok(), "{routing_key}: {result:?}");
        } else {
            assert!(
                matches!(&result, Err(PublishError::Returned { routing_key: returned, .. }) if *returned == routing_key),
                "{routing_key}: {result:?}"
            );
        }
    }
}

#[tokio::test]
async fn dead_letter_copies_the_message_with_reason_queue_and_original_headers() {
    let vhost = Vhost::create();
    let (connection, _channel, publisher) = vhost.fleet(3).await;

    let mut headers = FieldTable::default();
    headers.insert("x-run-id".into(), long_string("r-7"));
    let original = BasicProperties::default()
        .with_message_id("m-7".into())
        .with_content_type("application/json".into())
        .with_headers(headers);
    publisher
        .dead_letter(
            queues::ANALYZE,
            b"{\"bad\":true}",
            &original,
            "schema mismatch",
        )
        .await
        .expect("confirmed");

    let channel = connection.create_channel().await.expect("channel");
    let mut consumer = consume(&channel, queues::DEAD_LETTERS).await;
    let delivery = next_delivery(&mut consumer).await;
    assert_eq!(delivery.data, b"{\"bad\":true}");
    let properties = &delivery.properties;
    assert_eq!(
        header(properties, DEAD_LETTER_REASON_HEADER),
        Some(&long_string("schema mismatch"))
    );
    assert_eq!(
        header(properties, DEAD_LETTER_QUEUE_HEADER),
        Some(&long_string(queues::ANALYZE))
    );
    assert_eq!(header(properties, "x-run-id"), Some(&long_string("r-7")));
    assert_eq!(
        properties.message_id().as_ref().map(ShortString::as_str),
        Some("m-7")
    );
    assert_eq!(
        properties.content_type().as_ref().map(ShortString::as_str),
        Some("application/json")
    );
    assert_eq!(properties.delivery_mode(), &Some(2));
}

#[tokio::test]
async fn results_are_routed_by_status() {
    let vhost = Vhost::create();
    let (connection, channel, publisher) = vhost.fleet(3).await;

    let observer = channel
        .queue_declare(
            "".into(),
            QueueDeclareOptions::exclusive().auto_delete(),
            FieldTable::default(),
        )
        .await
        .expect("temporary queue");
    channel
        .queue_bind(
            observer.name().clone(),
            topology::RESULTS_EXCHANGE.into(),
            "completed".into(),
            QueueBindOptions::default(),
            FieldTable::default(),
        )
        .await
        .expect("bind");

    publisher
        .publish(
            topology::RESULTS_EXCHANGE,
            "completed",
            b"first",
            BasicProperties::default(),
        )
        .await
        .expect("routed to the observer");
    let err = publisher
        .publish(
            topology::RESULTS_EXCHANGE,
            "failed",
            b"failed",
            BasicProperties::default(),
        )
        .await
        .expect_err("no queue is bound for failed");
    assert!(matches!(err, PublishError::Returned { .. }), "{err:?}");
    publisher
        .publish(
            topology::RESULTS_EXCHANGE,
            "completed",
            b"second",
            BasicProperties::default(),
        )
        .await
        .expect("routed to the observer");

    // A queue delivers in order: "failed" would have come between the two.
    let consumer_channel = connection.create_channel().await.expect("channel");
    let mut consumer = consume(&consumer_channel, observer.name().as_str()).await;
    assert_eq!(next_delivery(&mut consumer).await.data, b"first");
    assert_eq!(next_delivery(&mut consumer).await.data, b"second");
}

#[tokio::test]
async fn connections_carry_their_name_for_operators() {
    let vhost = Vhost::create();
    let _connection = vhost.connect("pyexec-executor").await;
    let out = rabbitmqctl(&[
        "list_connections",
        "vhost",
        "client_properties",
        "--formatter",
        "json",
        "-q",
    ]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).expect("JSON");
    let ours = rows
        .iter()
        .find(|row| row["vhost"] == vhost.name.as_str())
        .expect("our connection is listed");
    assert!(
        ours["client_properties"]
            .to_string()
            .contains("pyexec-executor"),
        "{ours}"
    );
}

// ---------------------------------------------------------------------------------------
// Health

#[tokio::test]
async fn health_endpoints_report_liveness_readiness_and_metrics() {
    let metrics = Arc::new(Metrics::default());
    let readiness = Arc::new(Readiness::default());
    let shutdown = CancellationToken::new();
    let (address, server) = health::serve(
        0,
        Arc::clone(&metrics),
        Arc::clone(&readiness),
        shutdown.clone(),
    )
    .await
    .expect("listening");
    assert_ne!(address.port(), 0);

    assert_eq!(http_get(address, "/healthz").await, (200, "ok".to_owned()));

    let (status, body) = http_get(address, "/readyz").await;
    assert_eq!(status, 503);
    let body: serde_json::Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(
        body["down"],
        serde_json::json!(["broker", "redis", "consuming"])
    );

    readiness.set_broker(true);
    readiness.set_redis(true);
    let (status, body) = http_get(address, "/readyz").await;
    assert_eq!(status, 503);
    assert!(body.contains("consuming"), "{body}");
    readiness.set_consuming(true);
    assert!(readiness.is_ready());
    assert_eq!(http_get(address, "/readyz").await.0, 200);

    metrics.delivery_consumed(queues::REQUESTS);
    let (status, body) = http_get(address, "/metrics").await;
    assert_eq!(status, 200);
    assert!(
        body.contains("pyexec_deliveries_consumed_total{queue=\"requests\"} 1\n"),
        "{body}"
    );

    shutdown.cancel();
    tokio::time::timeout(DEADLINE, server)
        .await
        .expect("the server stops when shutdown is cancelled")
        .expect("no panic");
}

#[tokio::test]
async fn rendered_metrics_parse_as_prometheus_text() {
    let metrics = Metrics::default();
    metrics.delivery_consumed(queues::REQUESTS);
    metrics.delivery_consumed(queues::REQUESTS);
    metrics.delivery_acked(queues::REQUESTS);
    metrics.delivery_requeued(queues::EXECUTE);
    metrics.delivery_dead_lettered("odd \"queue\"\\name\n");
    metrics.stage_duration("execute", 0.3);
    metrics.stage_duration("generate", 0.001);
    metrics.run_finished("completed");
    metrics.set_pending_approvals(4);
    let text = metrics.render();

    let mut samples = BTreeMap::new();
    for line in text.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            assert!(
                comment.starts_with("HELP pyexec_") || comment.starts_with("TYPE pyexec_"),
                "{line}"
            );
            continue;
        }
        let (series, value) = line.rsplit_once(' ').expect("`series value`");
        let value: f64 = value.parse().expect("a number");
        let name_end = series.find('{').unwrap_or(series.len());
        let name = &series[..name_end];
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
            "{line}"
        );
        if name_end < series.len() {
            let labels = series[name_end + 1..]
                .strip_suffix('}')
                .expect("labels end with }");
            assert_labels_parse(labels, line);
        }
        samples.insert(series.to_owned(), value);
    }

    assert_eq!(
        samples["pyexec_deliveries_consumed_total{queue=\"requests\"}"],
        2.0
    );
    assert_eq!(
        samples["pyexec_deliveries_dead_lettered_total{queue=\"odd \\\"queue\\\"\\\\name\\n\"}"],
        1.0
    );
    assert_eq!(
        samples["pyexec_stage_duration_seconds_bucket{stage=\"execute\",le=\"0.25\"}"],
        0.0
    );
    assert_eq!(
        samples["pyexec_stage_duration_seconds_bucket{stage=\"execute\",le=\"0.5\"}"],
        1.0
    );
    assert_eq!(
        samples["pyexec_stage_duration_seconds_count{stage=\"generate\"}"],
        1.0
    );
    assert_eq!(
        samples["pyexec_runs_finished_total{status=\"completed\"}"],
        1.0
    );
    assert_eq!(samples["pyexec_pending_approvals"], 4.0);
    for family in [
        "pyexec_deliveries_consumed_total counter",
        "pyexec_deliveries_acked_total counter",
        "pyexec_deliveries_requeued_total counter",
        "pyexec_deliveries_dead_lettered_total counter",
        "pyexec_stage_duration_seconds histogram",
        "pyexec_runs_finished_total counter",
        "pyexec_pending_approvals gauge",
    ] {
        assert!(text.contains(&format!("# TYPE {family}\n")), "{family}");
    }
}

/// `name="escaped value",...`: names are identifiers, values quoted with only `\\`, `\"`
/// and `\n` escapes.
fn assert_labels_parse(labels: &str, line: &str) {
    let mut rest = labels;
    while !rest.is_empty() {
        let (name, after) = rest.split_once("=\"").expect("label=\"value\"");
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "{line}"
        );
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next().expect("closing quote") {
                (_, '\\') => {
                    let (_, escaped) = chars.next().expect("escaped character");
                    assert!(matches!(escaped, '\\' | '"' | 'n'), "{line}");
                }
                (_, '\n') => panic!("raw newline in {line}"),
                (i, '"') => break i,
                _ => {}
            }
        };
        rest = after[end + 1..]
            .strip_prefix(',')
            .unwrap_or(&after[end + 1..]);
    }
}
