//! A private fleet for one test: its own RabbitMQ vhost, its own Redis key prefix, its own
//! data directory, the four real worker binaries as child processes, and a plain lapin
//! connection (not our client module) to talk to it. Everything is removed on drop.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicPublishOptions, ConfirmSelectOptions,
    QueueBindOptions, QueueDeclareOptions,
};
use lapin::types::FieldTable;
use lapin::{BasicProperties, Connection, ConnectionProperties};
use serde_json::Value;

pub const WORKERS: [&str; 4] = ["generator", "analyzer", "executor", "approver"];

/// Runs `rabbitmqctl`; panics with its output on failure.
pub fn rabbitmqctl(args: &[&str]) {
    let output = Command::new("rabbitmqctl")
        .args(args)
        .output()
        .expect("rabbitmqctl (RabbitMQ must be installed; scripts/test.sh starts it)");
    assert!(
        output.status.success(),
        "rabbitmqctl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// An isolated namespace on the real broker and Redis.
pub struct Namespace {
    pub vhost: String,
    pub prefix: String,
    pub data: tempfile::TempDir,
    users: Vec<String>,
}

impl Namespace {
    pub fn new() -> Self {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let vhost = format!("pyexec-test-{}", &id[..12]);
        rabbitmqctl(&["add_vhost", &vhost]);
        rabbitmqctl(&["set_permissions", "-p", &vhost, "guest", ".*", ".*", ".*"]);
        Self {
            vhost,
            prefix: format!("pyexec-test-{}:", &id[..12]),
            data: tempfile::tempdir().expect("tempdir"),
            users: Vec::new(),
        }
    }

    /// Adds a broker user with full rights on this vhost.
    pub fn add_user(&mut self, user: &str, password: &str) -> String {
        let name = format!("{user}-{}", &self.vhost[12..20]);
        rabbitmqctl(&["add_user", &name, password]);
        rabbitmqctl(&[
            "set_permissions",
            "-p",
            &self.vhost,
            &name,
            ".*",
            ".*",
            ".*",
        ]);
        self.users.push(name.clone());
        name
    }

    pub fn amqp_url_as(&self, user: &str, password: &str) -> String {
        format!("amqp://{user}:{password}@127.0.0.1:5672/{}", self.vhost)
    }

    pub fn amqp_url(&self) -> String {
        self.amqp_url_as("guest", "guest")
    }

    pub fn redis_url(&self) -> String {
        std::env::var("PYEXEC_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/0".into())
    }

    /// Environment shared by the workers and the CLI.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("PYEXEC_AMQP_URL".into(), self.amqp_url()),
            ("PYEXEC_REDIS_URL".into(), self.redis_url()),
            ("PYEXEC_REDIS_PREFIX".into(), self.prefix.clone()),
            (
                "PYEXEC_DATA_DIR".into(),
                self.data.path().display().to_string(),
            ),
            (
                "PYEXEC_PYTHON".into(),
                super::python().display().to_string(),
            ),
            ("PYEXEC_HEALTH_PORT".into(), "0".into()),
            ("PYEXEC_SHUTDOWN_GRACE_SECONDS".into(), "5".into()),
            ("RUST_LOG".into(), "info".into()),
        ]
    }

    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        let _ = Command::new("rabbitmqctl")
            .args(["delete_vhost", &self.vhost])
            .output();
        for user in &self.users {
            let _ = Command::new("rabbitmqctl")
                .args(["delete_user", user])
                .output();
        }
        let script = format!(
            "redis-cli --scan --pattern '{}*' | xargs -r redis-cli del > /dev/null",
            self.prefix
        );
        let _ = Command::new("sh").args(["-c", &script]).output();
    }
}

/// The four workers as child processes.
pub struct Fleet {
    children: HashMap<String, Vec<Child>>,
    env: Vec<(String, String)>,
    logs: PathBuf,
}

impl Fleet {
    /// Starts one of each worker with the namespace's environment plus `extra`.
    pub fn start(ns: &Namespace, extra: &[(&str, &str)]) -> Self {
        let mut env = ns.env();
        env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let logs = ns.data_dir().join("logs");
        std::fs::create_dir_all(&logs).expect("logs dir");
        let mut fleet = Self {
            children: HashMap::new(),
            env,
            logs,
        };
        for worker in WORKERS {
            fleet.spawn(worker);
        }
        fleet
    }

    pub fn binary(worker: &str) -> PathBuf {
        let exe = match worker {
            "generator" => env!("CARGO_BIN_EXE_pyexec-generator"),
            "analyzer" => env!("CARGO_BIN_EXE_pyexec-analyzer"),
            "executor" => env!("CARGO_BIN_EXE_pyexec-executor"),
            "approver" => env!("CARGO_BIN_EXE_pyexec-approver"),
            other => panic!("no worker {other}"),
        };
        PathBuf::from(exe)
    }

    /// Starts one more process of `worker`.
    pub fn spawn(&mut self, worker: &str) {
        let n = self.children.get(worker).map_or(0, Vec::len);
        let log = std::fs::File::create(self.logs.join(format!("{worker}-{n}.log"))).expect("log");
        let child = Command::new(Self::binary(worker))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("spawn worker");
        self.children
            .entry(worker.to_owned())
            .or_default()
            .push(child);
    }

    /// SIGKILLs every process of `worker`.
    pub fn kill(&mut self, worker: &str) {
        for mut child in self.children.remove(worker).unwrap_or_default() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The combined logs, for assertion messages.
    pub fn logs(&self) -> String {
        let mut text = String::new();
        if let Ok(entries) = std::fs::read_dir(&self.logs) {
            for entry in entries.flatten() {
                let body = std::fs::read_to_string(entry.path()).unwrap_or_default();
                let tail: Vec<&str> = body.lines().rev().take(15).collect();
                text.push_str(&format!("--- {}\n", entry.path().display()));
                for line in tail.into_iter().rev() {
                    text.push_str(line);
                    text.push('\n');
                }
            }
        }
        text
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        for children in self.children.values_mut() {
            for child in children {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

/// A plain AMQP client: publishes requests and collects outcomes from a reply queue and from
/// a queue bound to the `results` exchange.
pub struct Client {
    pub connection: Connection,
    channel: lapin::Channel,
    pub reply_queue: String,
    replies: lapin::Consumer,
    results: lapin::Consumer,
}

impl Client {
    pub async fn connect(url: &str) -> Self {
        let deadline = Instant::now() + Duration::from_secs(30);
        let connection = loop {
            match Connection::connect(url, ConnectionProperties::default()).await {
                Ok(connection) => break connection,
                Err(err) => {
                    assert!(Instant::now() < deadline, "cannot connect to {url}: {err}");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        };
        let channel = connection.create_channel().await.expect("channel");
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .expect("confirms");
        // The workers declare the topology; wait until the results exchange exists.
        let deadline = Instant::now() + Duration::from_secs(30);
        let results_queue = loop {
            let probe = connection.create_channel().await.expect("channel");
            let queue = probe
                .queue_declare(
                    "".into(),
                    QueueDeclareOptions {
                        exclusive: true,
                        ..Default::default()
                    },
                    FieldTable::default(),
                )
                .await
                .expect("declare");
            match probe
                .queue_bind(
                    queue.name().clone(),
                    "results".into(),
                    "#".into(),
                    QueueBindOptions::default(),
                    FieldTable::default(),
                )
                .await
            {
                Ok(()) => break (probe, queue.name().clone()),
                Err(_) => {
                    assert!(
                        Instant::now() < deadline,
                        "the workers never declared the `results` exchange"
                    );
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        };
        let (results_channel, results_name) = results_queue;
        let results = results_channel
            .basic_consume(
                results_name,
                "results".into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await
            .expect("consume results");
        let reply = channel
            .queue_declare(
                "".into(),
                QueueDeclareOptions {
                    exclusive: true,
                    ..Default::default()
                },
                FieldTable::default(),
            )
            .await
            .expect("reply queue");
        let reply_queue = reply.name().as_str().to_owned();
        let replies = channel
            .basic_consume(
                reply.name().clone(),
                "replies".into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await
            .expect("consume replies");
        Self {
            connection,
            channel,
            reply_queue,
            replies,
            results,
        }
    }

    /// Publishes a raw body to `queue` with optional message id, reply_to and user_id.
    pub async fn publish(
        &self,
        queue: &str,
        body: &[u8],
        message_id: Option<&str>,
        reply: bool,
        user_id: Option<&str>,
    ) {
        let mut properties = BasicProperties::default().with_delivery_mode(2);
        if let Some(id) = message_id {
            properties = properties
                .with_message_id(id.into())
                .with_correlation_id(id.into());
        }
        if reply {
            properties = properties.with_reply_to(self.reply_queue.as_str().into());
        }
        if let Some(user) = user_id {
            properties = properties.with_user_id(user.into());
        }
        self.channel
            .basic_publish(
                "".into(),
                queue.into(),
                BasicPublishOptions::default(),
                body,
                properties,
            )
            .await
            .expect("publish")
            .await
            .expect("confirm");
    }

    /// Collects outcomes until `done` says enough, or the deadline passes.
    /// Returns (outcomes from reply_to, outcomes from `results`).
    pub async fn collect(
        &mut self,
        within: Duration,
        mut done: impl FnMut(&[Value], &[Value]) -> bool,
    ) -> (Vec<Value>, Vec<Value>) {
        let deadline = tokio::time::Instant::now() + within;
        let (mut replies, mut results) = (Vec::new(), Vec::new());
        while !done(&replies, &results) {
            let next = tokio::select! {
                d = self.replies.next() => (true, d),
                d = self.results.next() => (false, d),
                () = tokio::time::sleep_until(deadline) => break,
            };
            let (is_reply, Some(Ok(delivery))) = next else {
                continue;
            };
            let _ = delivery.ack(BasicAckOptions::default()).await;
            let value: Value = serde_json::from_slice(&delivery.data).expect("outcome JSON");
            if is_reply {
                replies.push(value)
            } else {
                results.push(value)
            }
        }
        (replies, results)
    }
}

/// Waits until `condition` holds, polling, or panics with `what` after `within`.
pub async fn wait_for<F, Fut>(what: &str, within: Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + within;
    while !condition().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
