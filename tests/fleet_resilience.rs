//! The fleet under failure: `kill -9` of each worker type while 200 requests are in flight, a
//! broker restart and a Redis restart during a batch, and SIGTERM. Every request must reach
//! exactly one terminal outcome, and a write run's side effect must happen at most once.
//!
//! These tests restart the shared broker and Redis, so they run one after another in this
//! binary (a process-wide lock), and cargo runs test binaries one at a time.

mod common;

use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;

use common::fleet::{Client, Fleet, Namespace, rabbitmqctl};
use futures_util::StreamExt;
use lapin::options::QueueDeclareOptions;
use lapin::types::FieldTable;
use serde_json::{Value, json};

/// Serialises the tests of this binary: they restart shared services.
static EXCLUSIVE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn request(code: &str) -> Vec<u8> {
    json!({
        "user_query": "test", "task_objective": "test", "execution_folder_name": "resilience",
        "approved_code": code,
    })
    .to_string()
    .into_bytes()
}

/// Read-only code for even n; for odd n, code that writes to the control system and appends
/// its run id to `effects` (the side effect the test counts).
fn code_for(n: usize, effects: &std::path::Path) -> String {
    if n.is_multiple_of(2) {
        format!("import time\ntime.sleep(0.02)\nresults = {{'n': {n}}}\n")
    } else {
        format!(
            "import time\nfrom pyexec_runtime import write_channel\n\
             with open({path:?}, 'a') as log:\n    log.write('run-{n}\\n')\n\
             write_channel('MOCK:RUN', {n})\ntime.sleep(0.02)\nresults = {{'n': {n}}}\n",
            path = effects.display().to_string()
        )
    }
}

fn by_run(outcomes: &[Value]) -> HashMap<String, Vec<Value>> {
    let mut map: HashMap<String, Vec<Value>> = HashMap::new();
    for outcome in outcomes {
        map.entry(outcome["run_id"].as_str().unwrap_or_default().to_owned())
            .or_default()
            .push(outcome.clone());
    }
    map
}

/// Every run reached exactly one terminal outcome. Outcome messages are at-least-once: a
/// worker killed between the broker's confirm and the Redis marker publishes the same outcome
/// again (same `message_id` = run id), so identical copies are counted, not failed; two
/// *different* outcomes for one run would be a second terminal transition, and fail.
fn assert_exactly_one_each(outcomes: &[Value], total: usize, fleet: &Fleet) {
    let runs = by_run(outcomes);
    let missing: Vec<usize> = (0..total)
        .filter(|n| !runs.contains_key(&format!("run-{n}")))
        .collect();
    assert!(
        missing.is_empty(),
        "runs without an outcome: {missing:?}\n{}",
        fleet.logs()
    );
    let conflicting: Vec<String> = runs
        .iter()
        .filter(|(_, v)| v.iter().any(|o| o != &v[0]))
        .map(|(k, v)| {
            let kinds: Vec<String> = v
                .iter()
                .map(|o| format!("{}/{}", o["status"], o["error"]["kind"]))
                .collect();
            format!("{k}: {kinds:?}")
        })
        .collect();
    assert!(
        conflicting.is_empty(),
        "runs with different outcomes: {conflicting:?}\n{}",
        fleet.logs()
    );
    let copies: usize = runs.values().map(|v| v.len() - 1).sum();
    eprintln!("{} runs, {copies} duplicate outcome deliveries", runs.len());
}

const FLEET_ENV: [(&str, &str); 4] = [
    ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
    ("PYEXEC_APPROVAL_MODE", "disabled"),
    ("PYEXEC_EXECUTION_LEASE_SECONDS", "2"),
    ("PYEXEC_CONCURRENCY", "4"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_of_each_worker_loses_no_run_and_never_repeats_a_write() {
    let _exclusive = EXCLUSIVE.lock().await;
    let ns = Namespace::new();
    let effects = ns.data_dir().join("effects.txt");
    let mut fleet = Fleet::start(&ns, &FLEET_ENV);
    let mut client = Client::connect(&ns.amqp_url()).await;
    const TOTAL: usize = 200;
    for n in 0..TOTAL {
        client
            .publish(
                "requests",
                &request(&code_for(n, &effects)),
                Some(&format!("run-{n}")),
                true,
                None,
            )
            .await;
    }
    let mut replies = Vec::new();
    for (worker, after) in [
        ("generator", 15),
        ("analyzer", 50),
        ("executor", 90),
        ("approver", 130),
        ("executor", 160),
    ] {
        let (more, _) = client
            .collect(Duration::from_secs(120), |r, _| {
                replies.len() + r.len() >= after
            })
            .await;
        replies.extend(more);
        fleet.kill(worker);
        fleet.spawn(worker);
    }
    let (rest, _) = client
        .collect(Duration::from_secs(180), |r, _| {
            replies.len() + r.len() >= TOTAL
        })
        .await;
    replies.extend(rest);
    let (late, _) = client.collect(Duration::from_secs(3), |_, _| false).await;
    replies.extend(late);
    assert_exactly_one_each(&replies, TOTAL, &fleet);

    let log = std::fs::read_to_string(&effects).unwrap_or_default();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in log.lines() {
        *counts.entry(line).or_default() += 1;
    }
    let repeated: Vec<_> = counts.iter().filter(|(_, c)| **c > 1).collect();
    assert!(
        repeated.is_empty(),
        "write side effects repeated: {repeated:?}"
    );
    for outcome in &replies {
        let id = outcome["run_id"].as_str().unwrap_or_default();
        let n: usize = id.trim_start_matches("run-").parse().unwrap_or(0);
        match outcome["status"].as_str() {
            Some("completed") => assert_eq!(
                outcome["result"]["execution_result"]["results"]["n"],
                json!(n)
            ),
            Some("failed") => {
                // Only an interrupted write run may fail, and it says so.
                assert!(!n.is_multiple_of(2), "read-only run {id} failed: {outcome}");
                assert_eq!(
                    outcome["error"]["kind"], "execution_interrupted",
                    "{outcome}"
                );
            }
            other => panic!("unexpected status {other:?} for {id}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broker_restart_and_a_redis_restart_lose_no_run() {
    let _exclusive = EXCLUSIVE.lock().await;
    let ns = Namespace::new();
    let effects = ns.data_dir().join("effects.txt");
    let fleet = Fleet::start(&ns, &FLEET_ENV);
    // A durable queue bound to `results` keeps outcomes across the broker restart.
    let outcomes_queue = "test-outcomes";
    let client = Client::connect(&ns.amqp_url()).await;
    let setup = client.connection.create_channel().await.expect("channel");
    setup
        .queue_declare(
            outcomes_queue.into(),
            QueueDeclareOptions {
                durable: true,
                ..Default::default()
            },
            FieldTable::default(),
        )
        .await
        .expect("declare");
    setup
        .queue_bind(
            outcomes_queue.into(),
            "results".into(),
            "#".into(),
            Default::default(),
            FieldTable::default(),
        )
        .await
        .expect("bind");
    const TOTAL: usize = 60;
    for n in 0..TOTAL / 2 {
        client
            .publish(
                "requests",
                &request(&code_for(n, &effects)),
                Some(&format!("run-{n}")),
                false,
                None,
            )
            .await;
    }
    let store = pyexec::fleet::store::RunStore::connect(
        &ns.redis_url(),
        &ns.prefix,
        Duration::from_secs(600),
    )
    .await
    .expect("redis");
    common::fleet::wait_for(
        "a run to finish before the restart",
        Duration::from_secs(60),
        || async {
            for n in 0..TOTAL / 2 {
                if let Ok(Some(run)) = store.load(&format!("run-{n}")).await
                    && run.stage.is_terminal()
                {
                    return true;
                }
            }
            false
        },
    )
    .await;

    rabbitmqctl(&["stop_app"]);
    rabbitmqctl(&["start_app"]);
    rabbitmqctl(&["await_startup"]);
    let client = Client::connect(&ns.amqp_url()).await;
    for n in TOTAL / 2..TOTAL {
        client
            .publish(
                "requests",
                &request(&code_for(n, &effects)),
                Some(&format!("run-{n}")),
                false,
                None,
            )
            .await;
    }
    restart_redis();

    let channel = client.connection.create_channel().await.expect("channel");
    let mut consumer = channel
        .basic_consume(
            outcomes_queue.into(),
            "test".into(),
            Default::default(),
            FieldTable::default(),
        )
        .await
        .expect("consume");
    let mut seen: HashMap<String, Value> = HashMap::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(180);
    while seen.len() < TOTAL {
        let delivery = tokio::select! {
            d = consumer.next() => d,
            () = tokio::time::sleep_until(deadline) => break,
        };
        let Some(Ok(delivery)) = delivery else { break };
        let _ = delivery.ack(Default::default()).await;
        let outcome: Value = serde_json::from_slice(&delivery.data).expect("outcome");
        seen.insert(
            outcome["run_id"].as_str().unwrap_or_default().to_owned(),
            outcome,
        );
    }
    let missing: Vec<usize> = (0..TOTAL)
        .filter(|n| !seen.contains_key(&format!("run-{n}")))
        .collect();
    assert!(
        missing.is_empty(),
        "runs without an outcome: {missing:?}\n{}",
        fleet.logs()
    );
    for outcome in seen.values() {
        assert_eq!(outcome["status"], "completed", "{outcome}");
    }
}

/// Saves Redis's data, shuts it down and starts it again with the same files.
fn restart_redis() {
    let config = |key: &str| {
        let output = Command::new("redis-cli")
            .args(["config", "get", key])
            .output()
            .expect("redis-cli");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .nth(1)
            .unwrap_or_default()
            .to_owned()
    };
    let (dir, file) = (config("dir"), config("dbfilename"));
    let _ = Command::new("redis-cli")
        .args(["shutdown", "save"])
        .output();
    let status = Command::new("redis-server")
        .args([
            "--daemonize",
            "yes",
            "--bind",
            "127.0.0.1",
            "--port",
            "6379",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .args(["--dir", &dir, "--dbfilename", &file])
        .status()
        .expect("redis-server");
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !Command::new("redis-cli")
        .arg("ping")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"PONG"))
    {
        assert!(
            std::time::Instant::now() < deadline,
            "redis did not come back"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_in_flight_work_and_exits_0() {
    let _exclusive = EXCLUSIVE.lock().await;
    let ns = Namespace::new();
    let mut env = ns.env();
    env.push(("PYEXEC_SHUTDOWN_GRACE_SECONDS".into(), "20".into()));
    let mut fleet = Fleet::start(&ns, &[]);
    fleet.kill("executor");
    let mut client = Client::connect(&ns.amqp_url()).await;
    // The only executor is ours; SIGTERM reaches it while it runs a slow execution.
    let mut executor = Command::new(Fleet::binary("executor"))
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("executor");
    client
        .publish(
            "requests",
            &request("import time\ntime.sleep(1.5)\nresults = {'slow': True}\n"),
            Some("slow"),
            true,
            None,
        )
        .await;
    let store = pyexec::fleet::store::RunStore::connect(
        &ns.redis_url(),
        &ns.prefix,
        Duration::from_secs(60),
    )
    .await
    .expect("redis");
    common::fleet::wait_for(
        "the slow run to start executing",
        Duration::from_secs(30),
        || async {
            store
                .load("slow")
                .await
                .ok()
                .flatten()
                .is_some_and(|run| run.audit.iter().any(|e| e.event == "execution_started"))
        },
    )
    .await;
    let started = std::time::Instant::now();
    let _ = Command::new("kill")
        .args(["-TERM", &executor.id().to_string()])
        .status();
    let status = executor.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "SIGTERM exits 0");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "within the grace period"
    );
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies.len(), 1, "{}", fleet.logs());
    assert_eq!(replies[0]["status"], "completed");
}

/// GET `path` on 127.0.0.1:`port`; the HTTP status, if anything answered.
async fn http_status(port: u16, path: &str) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.ok()?;
    String::from_utf8_lossy(&response)
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_the_broker_and_the_worker_reconnects() {
    let _exclusive = EXCLUSIVE.lock().await;
    let ns = Namespace::new();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
        listener.local_addr().expect("addr").port()
    };
    let mut worker = Command::new(Fleet::binary("analyzer"))
        .env_clear()
        .envs(ns.env())
        .env("PYEXEC_HEALTH_PORT", port.to_string())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("analyzer");
    let wait_status = |want: u16, what: &'static str| async move {
        common::fleet::wait_for(what, Duration::from_secs(60), || async move {
            http_status(port, "/readyz").await == Some(want)
        })
        .await;
    };
    wait_status(200, "the analyzer to be ready").await;
    assert_eq!(http_status(port, "/healthz").await, Some(200));
    rabbitmqctl(&["stop_app"]);
    wait_status(503, "/readyz to report the broker down").await;
    assert_eq!(
        http_status(port, "/healthz").await,
        Some(200),
        "alive while not ready"
    );
    rabbitmqctl(&["start_app"]);
    rabbitmqctl(&["await_startup"]);
    wait_status(200, "the analyzer to reconnect").await;
    let _ = worker.kill();
    let _ = worker.wait();
}
