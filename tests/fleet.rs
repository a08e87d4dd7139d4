//! The fleet end to end: the four real worker binaries, the real RabbitMQ and Redis, and a
//! plain lapin client. Each test has its own vhost, Redis prefix and data directory.

mod common;

use std::collections::{HashMap, HashSet};
use std::process::Command;
use std::time::Duration;

use common::fleet::{Client, Fleet, Namespace, wait_for};
use futures_util::StreamExt;
use lapin::options::{BasicAckOptions, BasicConsumeOptions};
use lapin::types::{AMQPValue, FieldTable};
use pyexec::fleet::store::RunStore;
use pyexec::model::{Run, Stage};
use serde_json::{Value, json};

fn request(code: &str) -> Vec<u8> {
    json!({
        "user_query": "test", "task_objective": "test", "execution_folder_name": "fleet",
        "approved_code": code,
    })
    .to_string()
    .into_bytes()
}

const WRITE_CODE: &str = "from pyexec_runtime import write_channel\nwrite_channel('MOCK:SETPOINT', 5.0)\nresults = {'written': 5.0}\n";

async fn store(ns: &Namespace) -> RunStore {
    RunStore::connect(&ns.redis_url(), &ns.prefix, Duration::from_secs(3600))
        .await
        .expect("redis")
}

async fn run_in(store: &RunStore, run_id: &str) -> Option<Run> {
    store.load(run_id).await.expect("load")
}

async fn wait_for_stage(store: &RunStore, run_id: &str, stage: Stage, fleet: &Fleet) {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        if run_in(store, run_id).await.map(|r| r.stage) == Some(stage) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "run {run_id} never reached {stage}\n{}",
            fleet.logs()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn executed(run: &Run) -> bool {
    run.audit.iter().any(|e| e.event == "execution_started")
}

fn refusals(run: &Run) -> usize {
    run.audit
        .iter()
        .filter(|e| e.event == "approval_decision_refused")
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_requests_each_reach_exactly_one_outcome_on_reply_to_and_results() {
    let ns = Namespace::new();
    let fleet = Fleet::start(&ns, &[("PYEXEC_CONCURRENCY", "4")]);
    let mut client = Client::connect(&ns.amqp_url()).await;
    for n in 0..100 {
        let code = format!("results = {{'n': {n}, 'square': {n} * {n}}}\n");
        client
            .publish(
                "requests",
                &request(&code),
                Some(&format!("run-{n}")),
                true,
                None,
            )
            .await;
    }
    let (replies, results) = client
        .collect(Duration::from_secs(120), |r, s| {
            r.len() >= 100 && s.len() >= 100
        })
        .await;
    // Anything more would be a duplicate: give stragglers a moment to show up.
    let (late_replies, late_results) = client
        .collect(Duration::from_millis(500), |_, _| false)
        .await;
    assert!(
        late_replies.is_empty() && late_results.is_empty(),
        "duplicate outcomes: {late_replies:?} {late_results:?}"
    );
    for (name, outcomes) in [("reply_to", &replies), ("results", &results)] {
        assert_eq!(
            outcomes.len(),
            100,
            "{name}: {} outcomes\n{}",
            outcomes.len(),
            fleet.logs()
        );
        let ids: HashSet<&str> = outcomes
            .iter()
            .filter_map(|o| o["run_id"].as_str())
            .collect();
        assert_eq!(ids.len(), 100, "{name}: one outcome per run");
        for outcome in outcomes.iter() {
            assert_eq!(outcome["status"], "completed", "{outcome}");
            let n: u64 = outcome["run_id"]
                .as_str()
                .and_then(|id| id.strip_prefix("run-"))
                .and_then(|n| n.parse().ok())
                .expect("run id");
            assert_eq!(
                outcome["result"]["execution_result"]["results"]["square"],
                json!(n * n)
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_duplicate_message_id_starts_no_second_run() {
    let ns = Namespace::new();
    let fleet = Fleet::start(&ns, &[]);
    let mut client = Client::connect(&ns.amqp_url()).await;
    client
        .publish(
            "requests",
            &request("results = {'v': 1}\n"),
            Some("same-id"),
            true,
            None,
        )
        .await;
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies.len(), 1, "{}", fleet.logs());
    client
        .publish(
            "requests",
            &request("results = {'v': 2}\n"),
            Some("same-id"),
            true,
            None,
        )
        .await;
    let (again, _) = client
        .collect(Duration::from_secs(2), |r, _| !r.is_empty())
        .await;
    assert!(again.is_empty(), "a second run started: {again:?}");
    let run = run_in(&store(&ns).await, "same-id").await.expect("run");
    assert_eq!(run.result.expect("result").results["v"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approvals_over_the_queues_and_forged_decisions_change_nothing() {
    let mut ns = Namespace::new();
    let operator = ns.add_user("operator", "op-secret");
    let approvers = operator.clone();
    let fleet = Fleet::start(
        &ns,
        &[
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_APPROVERS", &approvers),
        ],
    );
    let store = store(&ns).await;
    let mut client = Client::connect(&ns.amqp_url()).await;
    client
        .publish(
            "requests",
            &request(WRITE_CODE),
            Some("write-1"),
            true,
            None,
        )
        .await;
    wait_for_stage(&store, "write-1", Stage::AwaitingApproval, &fleet).await;
    wait_for(
        "the approver to index the pending approval",
        Duration::from_secs(10),
        || async {
            store
                .pending_approvals()
                .await
                .expect("pending")
                .contains(&"write-1".to_owned())
        },
    )
    .await;
    let pending = run_in(&store, "write-1")
        .await
        .expect("run")
        .pending_approval
        .expect("pending");
    let decision = |sha: &str, approved: bool| {
        let body = json!({"run_id": "write-1", "code_sha256": sha, "approved": approved, "approver": "mallory"});
        common::assert_matches_schema(&body, "approval-decision.schema.json");
        body.to_string().into_bytes()
    };

    // No user_id; a user_id of a broker user who is not an approver; a wrong hash.
    client
        .publish(
            "approval-decisions",
            &decision(&pending.code_sha256, true),
            None,
            false,
            None,
        )
        .await;
    client
        .publish(
            "approval-decisions",
            &decision(&pending.code_sha256, true),
            None,
            false,
            Some("guest"),
        )
        .await;
    let operator_client = Client::connect(&ns.amqp_url_as(&operator, "op-secret")).await;
    operator_client
        .publish(
            "approval-decisions",
            &decision(&"0".repeat(64), true),
            None,
            false,
            Some(&operator),
        )
        .await;
    wait_for(
        "three refusals on the audit",
        Duration::from_secs(10),
        || async { refusals(&run_in(&store, "write-1").await.expect("run")) >= 3 },
    )
    .await;
    let run = run_in(&store, "write-1").await.expect("run");
    assert_eq!(
        run.stage,
        Stage::AwaitingApproval,
        "refused decisions change nothing"
    );
    assert!(run.approval.is_none() && !executed(&run));

    // A user_id naming someone else than the connection's user is refused by the broker.
    let forged = async {
        let channel = client.connection.create_channel().await.expect("channel");
        channel
            .confirm_select(Default::default())
            .await
            .expect("confirm mode");
        channel
            .basic_publish(
                "".into(),
                "approval-decisions".into(),
                Default::default(),
                &decision(&pending.code_sha256, true),
                lapin::BasicProperties::default().with_user_id(operator.as_str().into()),
            )
            .await?
            .await
    };
    assert!(
        forged.await.is_err(),
        "the broker must refuse a forged user_id"
    );

    // The real approver approves: the run completes with the approver from user_id.
    operator_client
        .publish(
            "approval-decisions",
            &decision(&pending.code_sha256, true),
            None,
            false,
            Some(&operator),
        )
        .await;
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies.len(), 1, "{}", fleet.logs());
    assert_eq!(replies[0]["status"], "completed", "{}", replies[0]);
    assert_eq!(replies[0]["approval"]["approver"], json!(operator));

    // A duplicate decision after the fact is refused and changes nothing.
    let before = run_in(&store, "write-1").await.expect("run");
    operator_client
        .publish(
            "approval-decisions",
            &decision(&pending.code_sha256, false),
            None,
            false,
            Some(&operator),
        )
        .await;
    wait_for(
        "the duplicate decision's refusal",
        Duration::from_secs(10),
        || async { refusals(&run_in(&store, "write-1").await.expect("run")) > refusals(&before) },
    )
    .await;
    let after = run_in(&store, "write-1").await.expect("run");
    assert_eq!(after.stage, Stage::Completed);
    assert_eq!(after.approval, before.approval);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_approves_and_rejects_and_a_rejected_run_never_executes() {
    let mut ns = Namespace::new();
    let operator = ns.add_user("operator", "op-secret");
    let fleet = Fleet::start(
        &ns,
        &[
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_APPROVERS", &operator),
        ],
    );
    let store = store(&ns).await;
    let mut client = Client::connect(&ns.amqp_url()).await;
    for id in ["cli-approve", "cli-reject"] {
        client
            .publish("requests", &request(WRITE_CODE), Some(id), true, None)
            .await;
    }
    for id in ["cli-approve", "cli-reject"] {
        wait_for_stage(&store, id, Stage::AwaitingApproval, &fleet).await;
    }
    let cli = |args: &[&str], url: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pyexec"));
        command.args(args).env_remove("PYEXEC_APPROVERS");
        for (key, value) in ns.env() {
            command.env(key, value);
        }
        command.env("PYEXEC_AMQP_URL", url).env("RUST_LOG", "warn");
        command.output().expect("pyexec")
    };
    let listed = cli(&["approvals", "list", "--json"], &ns.amqp_url());
    let listed: Vec<Value> = serde_json::from_slice(&listed.stdout).expect("approvals list JSON");
    let ids: HashSet<&str> = listed.iter().filter_map(|a| a["run_id"].as_str()).collect();
    assert!(
        ids.contains("cli-approve") && ids.contains("cli-reject"),
        "{listed:?}"
    );
    for request in &listed {
        common::assert_matches_schema(request, "approval-request.schema.json");
    }

    // guest is not an approver: the CLI reports the refusal and nothing changes.
    let refused = cli(&["approve", "cli-approve"], &ns.amqp_url());
    assert_eq!(
        refused.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(
        run_in(&store, "cli-approve").await.expect("run").stage,
        Stage::AwaitingApproval
    );

    let url = ns.amqp_url_as(&operator, "op-secret");
    let approved = cli(&["approve", "cli-approve", "--reason", "checked"], &url);
    assert_eq!(
        approved.status.code(),
        Some(0),
        "{}\n{}",
        String::from_utf8_lossy(&approved.stderr),
        fleet.logs()
    );
    let rejected = cli(&["reject", "cli-reject", "--reason", "beam time"], &url);
    assert_eq!(
        rejected.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&rejected.stderr)
    );

    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| r.len() >= 2)
        .await;
    let by_id: HashMap<&str, &Value> = replies
        .iter()
        .map(|o| (o["run_id"].as_str().unwrap_or(""), o))
        .collect();
    assert_eq!(by_id["cli-approve"]["status"], "completed");
    assert_eq!(by_id["cli-reject"]["status"], "rejected");
    assert_eq!(by_id["cli-reject"]["approval"]["reason"], "beam time");
    for outcome in &replies {
        common::assert_matches_schema(outcome, "outcome.schema.json");
    }
    let rejected_run = run_in(&store, "cli-reject").await.expect("run");
    assert!(!executed(&rejected_run), "a rejected run never executes");
    let store_file = ns.data_dir().join(".runtime/channels/channels.json");
    let writes = std::fs::read_to_string(&store_file).unwrap_or_default();
    assert!(
        writes.contains("MOCK:SETPOINT"),
        "the approved write happened: {writes}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unanswered_approval_expires() {
    let ns = Namespace::new();
    let fleet = Fleet::start(
        &ns,
        &[
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_APPROVAL_TIMEOUT_SECONDS", "1"),
        ],
    );
    let mut client = Client::connect(&ns.amqp_url()).await;
    client
        .publish("requests", &request(WRITE_CODE), Some("late"), true, None)
        .await;
    let (replies, results) = client
        .collect(Duration::from_secs(30), |r, s| {
            !r.is_empty() && !s.is_empty()
        })
        .await;
    assert_eq!(replies.len(), 1, "{}", fleet.logs());
    assert_eq!(replies[0]["status"], "expired");
    assert_eq!(replies[0]["approval"]["decision"], "expired");
    assert_eq!(results[0]["status"], "expired");
    assert!(!executed(
        &run_in(&store(&ns).await, "late").await.expect("run")
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_on_every_queue_is_answered_or_dead_lettered_and_workers_keep_serving() {
    let ns = Namespace::new();
    let fleet = Fleet::start(&ns, &[("PYEXEC_MAX_MESSAGE_BYTES", "4096")]);
    let mut client = Client::connect(&ns.amqp_url()).await;

    // requests: answered with a failed, configuration-category outcome naming the problem.
    client
        .publish("requests", b"{not json", Some("bad-json"), true, None)
        .await;
    client.publish("requests", br#"{"user_query": "q", "task_objective": "t", "execution_folder_name": "f", "aproved_code": "x"}"#, Some("typo"), true, None).await;
    client
        .publish(
            "requests",
            br#"{"user_query": 1, "task_objective": "t", "execution_folder_name": "f"}"#,
            Some("wrong-type"),
            true,
            None,
        )
        .await;
    client
        .publish("requests", &vec![b' '; 8192], Some("huge"), true, None)
        .await;
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| r.len() >= 4)
        .await;
    let by_id: HashMap<&str, &Value> = replies
        .iter()
        .map(|o| (o["run_id"].as_str().unwrap_or(""), o))
        .collect();
    for (id, needle) in [
        ("bad-json", "JSON"),
        ("typo", "aproved_code"),
        ("wrong-type", "user_query"),
        ("huge", "PYEXEC_MAX_MESSAGE_BYTES"),
    ] {
        let outcome = by_id
            .get(id)
            .unwrap_or_else(|| panic!("no outcome for {id}: {replies:?}\n{}", fleet.logs()));
        assert_eq!(outcome["status"], "failed");
        assert_eq!(outcome["error"]["category"], "configuration");
        let message = outcome["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(needle), "{id}: {message}");
    }

    // Internal queues: dead-lettered with the reason in a header.
    let bad = [
        ("generate", b"not json".to_vec()),
        (
            "analyze",
            br#"{"version":1,"run_id":"nobody","stage":"analyzing","attempt":1}"#.to_vec(),
        ),
        (
            "execute",
            br#"{"version":1,"run_id":"x","stage":"generating","attempt":1}"#.to_vec(),
        ),
        ("approvals", b"[]".to_vec()),
        ("approval-decisions", b"\xff\xfe".to_vec()),
        ("generate", vec![b'x'; 8192]),
    ];
    for (queue, body) in &bad {
        client.publish(queue, body, None, false, None).await;
    }
    let channel = client.connection.create_channel().await.expect("channel");
    let mut dead = channel
        .basic_consume(
            "dead-letters".into(),
            "test".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .expect("consume dead-letters");
    let mut reasons: Vec<(String, String)> = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while reasons.len() < bad.len() {
        let delivery = tokio::select! {
            d = dead.next() => d,
            () = tokio::time::sleep_until(deadline) => panic!("only {} dead-letters: {reasons:?}\n{}", reasons.len(), fleet.logs()),
        };
        let delivery = delivery.expect("stream").expect("delivery");
        let _ = delivery.ack(BasicAckOptions::default()).await;
        let headers = delivery.properties.headers().clone().unwrap_or_default();
        let text = |key: &str| match headers.inner().get(key) {
            Some(AMQPValue::LongString(s)) => s.to_string(),
            Some(other) => format!("{other:?}"),
            None => String::new(),
        };
        reasons.push((
            text("x-pyexec-dead-letter-queue"),
            text("x-pyexec-dead-letter-reason"),
        ));
    }
    for (queue, reason) in &reasons {
        assert!(
            !reason.is_empty(),
            "a dead-letter from {queue} without a reason"
        );
    }
    assert!(
        reasons
            .iter()
            .any(|(q, r)| q == "analyze" && r.contains("unknown run")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|(q, r)| q == "generate" && r.contains("PYEXEC_MAX_MESSAGE_BYTES")),
        "{reasons:?}"
    );

    // And the workers still serve.
    client
        .publish(
            "requests",
            &request("results = {'ok': True}\n"),
            Some("after"),
            true,
            None,
        )
        .await;
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies[0]["status"], "completed", "{}", fleet.logs());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_handler_fails_its_message_not_the_worker() {
    let ns = Namespace::new();
    let fleet = Fleet::start(&ns, &[("PYEXEC_MOCK_BEHAVIOR", "panic")]);
    let mut client = Client::connect(&ns.amqp_url()).await;
    // No approved_code: the generator is called, and panics.
    let body = json!({"user_query": "q", "task_objective": "t", "execution_folder_name": "f"});
    client
        .publish(
            "requests",
            body.to_string().as_bytes(),
            Some("boom"),
            true,
            None,
        )
        .await;
    let channel = client.connection.create_channel().await.expect("channel");
    let mut dead = channel
        .basic_consume(
            "dead-letters".into(),
            "test".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .expect("consume dead-letters");
    let delivery = tokio::time::timeout(Duration::from_secs(30), dead.next())
        .await
        .unwrap_or_else(|_| panic!("no dead-letter\n{}", fleet.logs()))
        .expect("stream")
        .expect("delivery");
    let headers = delivery.properties.headers().clone().unwrap_or_default();
    let reason = match headers.inner().get("x-pyexec-dead-letter-reason") {
        Some(AMQPValue::LongString(text)) => text.to_string(),
        other => format!("{other:?}"),
    };
    assert!(
        reason.contains("panicked") && reason.contains("simulated generator bug"),
        "{reason}"
    );
    // The same generator process still serves: caller-supplied code needs no generation.
    client
        .publish(
            "requests",
            &request("results = {'alive': True}\n"),
            Some("alive"),
            true,
            None,
        )
        .await;
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies.len(), 1, "{}", fleet.logs());
    assert_eq!(replies[0]["run_id"], "alive");
    assert_eq!(replies[0]["status"], "completed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edited_code_is_analysed_and_approved_again_before_it_runs() {
    let mut ns = Namespace::new();
    let operator = ns.add_user("operator", "op-secret");
    let fleet = Fleet::start(
        &ns,
        &[
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_APPROVERS", &operator),
        ],
    );
    let store = store(&ns).await;
    let mut client = Client::connect(&ns.amqp_url()).await;
    let operator_client = Client::connect(&ns.amqp_url_as(&operator, "op-secret")).await;
    client
        .publish("requests", &request(WRITE_CODE), Some("edit"), true, None)
        .await;
    wait_for_stage(&store, "edit", Stage::AwaitingApproval, &fleet).await;
    let first = run_in(&store, "edit")
        .await
        .expect("run")
        .pending_approval
        .expect("pending");
    let edited = "from pyexec_runtime import write_channel\nwrite_channel('MOCK:SETPOINT', 2.5)\nresults = {'written': 2.5}\n";
    let decision = json!({
        "run_id": "edit", "code_sha256": first.code_sha256, "approved": true,
        "approver": operator, "edited_code": edited,
    });
    operator_client
        .publish(
            "approval-decisions",
            decision.to_string().as_bytes(),
            None,
            false,
            Some(&operator),
        )
        .await;
    // The edited code writes too, so it waits for approval again, under its own hash.
    common::fleet::wait_for(
        "the edited code's own approval request",
        Duration::from_secs(30),
        || async {
            run_in(&store, "edit")
                .await
                .and_then(|r| r.pending_approval)
                .is_some_and(|p| p.code_sha256 != first.code_sha256)
        },
    )
    .await;
    let second = run_in(&store, "edit")
        .await
        .expect("run")
        .pending_approval
        .expect("pending");
    assert_eq!(second.code, edited);
    assert!(
        !executed(&run_in(&store, "edit").await.expect("run")),
        "nothing runs unanalysed or unapproved"
    );
    let decision = json!({"run_id": "edit", "code_sha256": second.code_sha256, "approved": true});
    operator_client
        .publish(
            "approval-decisions",
            decision.to_string().as_bytes(),
            None,
            false,
            Some(&operator),
        )
        .await;
    let (replies, _) = client
        .collect(Duration::from_secs(30), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies[0]["status"], "completed", "{}", fleet.logs());
    assert_eq!(replies[0]["result"]["generated_code"], edited);
    assert_eq!(
        replies[0]["result"]["execution_result"]["results"]["written"],
        2.5
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_execute_messages_during_a_run_never_run_the_code_twice() {
    let ns = Namespace::new();
    let effects = ns.data_dir().join("effects.txt");
    // Approval off: the code appends to a file (a medium finding) and must not wait for one.
    let fleet = Fleet::start(
        &ns,
        &[
            ("PYEXEC_CONCURRENCY", "4"),
            ("PYEXEC_APPROVAL_MODE", "disabled"),
        ],
    );
    let store = store(&ns).await;
    let mut client = Client::connect(&ns.amqp_url()).await;
    let code = format!(
        "import time\nwith open({path:?}, 'a') as log:\n    log.write('ran\\n')\ntime.sleep(2)\nresults = {{'done': True}}\n",
        path = effects.display().to_string()
    );
    client
        .publish("requests", &request(&code), Some("dup-run"), true, None)
        .await;
    // Once the code runs, the same execute message arrives three more times (as after a
    // crash upstream of the executor): the executor holding the run must not start it again.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while std::fs::read_to_string(&effects)
        .unwrap_or_default()
        .is_empty()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the code never ran\n{}",
            fleet.logs()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let duplicate = br#"{"version":1,"run_id":"dup-run","stage":"executing","attempt":1}"#;
    for _ in 0..3 {
        client
            .publish("execute", duplicate, None, false, None)
            .await;
    }
    let (replies, _) = client
        .collect(Duration::from_secs(60), |r, _| !r.is_empty())
        .await;
    assert_eq!(replies.len(), 1, "{replies:?}\n{}", fleet.logs());
    assert_eq!(replies[0]["status"], "completed", "{}", fleet.logs());
    // Give the duplicates time to be handled after the run ended.
    let (late, _) = client.collect(Duration::from_secs(4), |_, _| false).await;
    assert!(late.is_empty(), "more outcomes: {late:?}");
    let runs = std::fs::read_to_string(&effects).unwrap_or_default();
    assert_eq!(
        runs.lines().count(),
        1,
        "the code ran {} times\n{}",
        runs.lines().count(),
        fleet.logs()
    );
    let run = run_in(&store, "dup-run").await.expect("run");
    assert_eq!(run.stage, Stage::Completed);
}
