//! `pyexec bench --fleet`: starts the four worker binaries locally (one, then two replicas of
//! each) against the local broker and Redis, and prints end-to-end latency (p50, p99, one
//! request at a time), throughput (a burst of requests), and every worker's RSS idle and
//! under load.
//!
//! It works in a vhost of its own (`pyexec-bench-<pid>`, made and removed with `rabbitmqctl`)
//! and a Redis prefix of its own, so it never touches a running deployment's queues or runs.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use lapin::BasicProperties;
use lapin::options::{BasicAckOptions, BasicConsumeOptions, QueueDeclareOptions};
use lapin::types::FieldTable;

use crate::config::Settings;
use crate::fleet::amqp::{self, Publisher};
use crate::fleet::topology::queues;

/// What to measure.
#[derive(Debug, Clone)]
pub struct FleetBenchOptions {
    /// Sequential requests for the latency figures.
    pub latency_requests: usize,
    /// Requests in the throughput burst.
    pub burst_requests: usize,
    pub settings: Settings,
}

const WORKERS: [&str; 4] = [
    "pyexec-generator",
    "pyexec-analyzer",
    "pyexec-executor",
    "pyexec-approver",
];
const TRIVIAL_CODE: &str = "results = {'value': 42}\n";

struct Worker {
    name: String,
    child: Child,
    health_port: u16,
}

/// Runs the fleet benchmark and prints its figures.
pub async fn run(options: FleetBenchOptions) -> Result<(), String> {
    let bin_dir = std::env::current_exe()
        .map_err(|e| e.to_string())?
        .parent()
        .map(Path::to_path_buf)
        .ok_or("cannot locate the worker binaries")?;
    let vhost = format!("pyexec-bench-{}", std::process::id());
    rabbitmqctl(&["add_vhost", &vhost])?;
    let result = async {
        rabbitmqctl(&["set_permissions", "-p", &vhost, "guest", ".*", ".*", ".*"])?;
        for replicas in [1, 2] {
            measure(&options, &bin_dir, &vhost, replicas).await?;
        }
        Ok(())
    }
    .await;
    let _ = rabbitmqctl(&["delete_vhost", &vhost]);
    for replicas in [1, 2] {
        let _ = std::fs::remove_dir_all(std::env::temp_dir().join(format!("{vhost}-r{replicas}")));
    }
    result
}

async fn measure(
    options: &FleetBenchOptions,
    bin_dir: &Path,
    vhost: &str,
    replicas: usize,
) -> Result<(), String> {
    let data = std::env::temp_dir().join(format!("{vhost}-r{replicas}"));
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    let code_file = data.join("code.py");
    std::fs::write(&code_file, TRIVIAL_CODE).map_err(|e| e.to_string())?;
    let amqp_url = format!("amqp://guest:guest@127.0.0.1:5672/{vhost}");
    let prefix = format!("{vhost}-r{replicas}:");
    let env: Vec<(String, String)> = vec![
        ("PYEXEC_AMQP_URL".into(), amqp_url.clone()),
        (
            "PYEXEC_REDIS_URL".into(),
            options.settings.fleet.redis_url.clone(),
        ),
        ("PYEXEC_REDIS_PREFIX".into(), prefix.clone()),
        ("PYEXEC_DATA_DIR".into(), data.display().to_string()),
        (
            "PYEXEC_PYTHON".into(),
            options.settings.python.display().to_string(),
        ),
        ("PYEXEC_GENERATOR".into(), "mock".into()),
        (
            "PYEXEC_MOCK_CODE_FILE".into(),
            code_file.display().to_string(),
        ),
        ("PYEXEC_APPROVAL_MODE".into(), "disabled".into()),
        ("PYEXEC_CONCURRENCY".into(), "8".into()),
        ("PYEXEC_PREFETCH".into(), "16".into()),
        ("RUST_LOG".into(), "warn".into()),
    ];
    let mut workers = Vec::new();
    // Health ports from a range chosen by our pid, so two benches never answer for each other.
    let base_port = 20_000 + (std::process::id() % 2_000) as u16 * 10;
    for (n, name) in WORKERS
        .iter()
        .cycle()
        .take(WORKERS.len() * replicas)
        .enumerate()
    {
        let port = base_port + n as u16;
        let child = Command::new(bin_dir.join(name))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env("PYEXEC_HEALTH_PORT", port.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {name}: {e}"))?;
        workers.push(Worker {
            name: (*name).to_owned(),
            child,
            health_port: port,
        });
    }
    let outcome = async {
        wait_ready(&workers).await?;
        let idle = rss_mb(&workers);
        let client = BenchClient::connect(&amqp_url).await?;
        // Warm-up, then one request at a time.
        for n in 0..5 {
            client.roundtrip(&format!("warm-{n}")).await?;
        }
        let mut latencies = Vec::with_capacity(options.latency_requests);
        for n in 0..options.latency_requests {
            let started = Instant::now();
            client.roundtrip(&format!("lat-{n}")).await?;
            latencies.push(started.elapsed());
        }
        latencies.sort();
        let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q).round() as usize];
        // A burst: publish all, then wait for all outcomes; sample RSS meanwhile.
        let started = Instant::now();
        let burst = options.burst_requests;
        for n in 0..burst {
            client.publish(&format!("burst-{n}")).await?;
        }
        let mut loaded = rss_mb(&workers);
        let mut received = 0;
        let deadline = Instant::now() + Duration::from_secs(600);
        while received < burst {
            let remaining = deadline.saturating_duration_since(Instant::now());
            client.next_outcome(remaining).await?;
            received += 1;
            if received % 50 == 0 {
                for (peak, now) in loaded.iter_mut().zip(rss_mb(&workers)) {
                    *peak = (peak.0.max(now.0), peak.1.max(now.1));
                }
            }
        }
        let elapsed = started.elapsed();
        println!("fleet, {replicas} replica(s) per worker (mock generator, trivial code):");
        println!(
            "  end-to-end latency, one at a time ({} runs): p50 {:7.1} ms  p99 {:7.1} ms  (target p50 <= 60 ms)",
            latencies.len(),
            at(0.5).as_secs_f64() * 1e3,
            at(0.99).as_secs_f64() * 1e3
        );
        println!(
            "  throughput, burst of {burst}: {:.1} runs/s ({:.2} s)  (target >= 100 runs/s)",
            burst as f64 / elapsed.as_secs_f64(),
            elapsed.as_secs_f64()
        );
        for ((worker, idle), loaded) in workers.iter().zip(&idle).zip(&loaded) {
            println!(
                "  {:<18} RSS idle {:5.1} MB  under load {:5.1} MB  (target idle <= 20 MB){}",
                worker.name,
                idle.0,
                loaded.0,
                if idle.1 > 0.0 || loaded.1 > 0.0 {
                    format!("; helper processes (fork server, runs) idle {:.1} MB, under load {:.1} MB", idle.1, loaded.1)
                } else {
                    String::new()
                }
            );
        }
        Ok::<(), String>(())
    }
    .await;
    for worker in &mut workers {
        let _ = Command::new("kill")
            .args(["-TERM", &worker.child.id().to_string()])
            .status();
    }
    for worker in &mut workers {
        let _ = worker.child.wait();
    }
    // The run folders are removed at the very end (see `run`): deleting thousands of files
    // makes ext4's inode allocation slow for minutes, which would skew the next phase.
    let _ = Command::new("sh")
        .args([
            "-c",
            &format!("redis-cli --scan --pattern '{prefix}*' | xargs -r redis-cli del > /dev/null"),
        ])
        .status();
    outcome
}

fn rabbitmqctl(args: &[&str]) -> Result<(), String> {
    let output = Command::new("rabbitmqctl")
        .args(args)
        .output()
        .map_err(|e| format!("rabbitmqctl (needed to make the bench vhost): {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "rabbitmqctl {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

async fn wait_ready(workers: &[Worker]) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    for worker in workers {
        loop {
            if http_status(worker.health_port, "/readyz").await == Some(200) {
                break;
            }
            if Instant::now() > deadline {
                return Err(format!("{} never became ready", worker.name));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    Ok(())
}

async fn http_status(port: u16, path: &str) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.ok()?;
    let text = String::from_utf8_lossy(&response);
    text.split_whitespace().nth(1)?.parse().ok()
}

/// RSS of each worker process alone, and of its helper processes (the executor's fork
/// server and any run in progress), in MB.
fn rss_mb(workers: &[Worker]) -> Vec<(f64, f64)> {
    workers
        .iter()
        .map(|w| {
            let own = process_rss_mb(w.child.id());
            let helpers = children(w.child.id())
                .into_iter()
                .map(process_rss_mb)
                .fold(0.0, |total, mb| total + mb);
            (own, helpers)
        })
        .collect()
}

fn process_rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Direct children of `pid` (from every thread's `children` list).
fn children(pid: u32) -> Vec<u32> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("children")).ok())
        .flat_map(|list| {
            list.split_whitespace()
                .filter_map(|p| p.parse().ok())
                .collect::<Vec<u32>>()
        })
        .collect()
}

struct BenchClient {
    _connection: lapin::Connection,
    publisher: Publisher,
    reply_to: String,
    consumer: lapin::Consumer,
}

impl BenchClient {
    async fn connect(url: &str) -> Result<Self, String> {
        let connection = amqp::connect(url, "pyexec-bench")
            .await
            .map_err(|e| e.to_string())?;
        let publisher = Publisher::open(&connection)
            .await
            .map_err(|e| e.to_string())?;
        let channel = connection
            .create_channel()
            .await
            .map_err(|e| e.to_string())?;
        let queue = channel
            .queue_declare(
                "".into(),
                QueueDeclareOptions {
                    exclusive: true,
                    ..Default::default()
                },
                FieldTable::default(),
            )
            .await
            .map_err(|e| e.to_string())?;
        let consumer = channel
            .basic_consume(
                queue.name().clone(),
                "bench".into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await
            .map_err(|e| e.to_string())?;
        Ok(Self {
            _connection: connection,
            publisher,
            reply_to: queue.name().as_str().to_owned(),
            consumer,
        })
    }

    async fn publish(&self, id: &str) -> Result<(), String> {
        let body = serde_json::json!({
            "user_query": "bench", "task_objective": "bench", "execution_folder_name": "bench",
        });
        let properties = BasicProperties::default()
            .with_message_id(id.into())
            .with_correlation_id(id.into())
            .with_reply_to(self.reply_to.as_str().into());
        self.publisher
            .publish_json("", queues::REQUESTS, &body, properties)
            .await
            .map_err(|e| e.to_string())
    }

    async fn next_outcome(&self, within: Duration) -> Result<serde_json::Value, String> {
        let mut consumer = self.consumer.clone();
        let delivery = tokio::time::timeout(within, consumer.next())
            .await
            .map_err(|_| "no outcome in time".to_owned())?
            .ok_or("reply consumer ended")?
            .map_err(|e| e.to_string())?;
        let _ = delivery.ack(BasicAckOptions::default()).await;
        let outcome: serde_json::Value =
            serde_json::from_slice(&delivery.data).map_err(|e| e.to_string())?;
        if outcome["status"] != "completed" {
            return Err(format!("a bench run did not complete: {outcome}"));
        }
        Ok(outcome)
    }

    async fn roundtrip(&self, id: &str) -> Result<(), String> {
        self.publish(id).await?;
        self.next_outcome(Duration::from_secs(60)).await.map(|_| ())
    }
}
