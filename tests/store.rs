//! `RunStore` against a real Redis (`PYEXEC_TEST_REDIS_URL`, default
//! `redis://127.0.0.1:6379/0`). Each test runs under its own random key prefix and deletes its
//! keys at the end, also when an assertion fails (see [`with_store`]).

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use pyexec::fleet::store::{ExecutionClaim, RunStore, Saved, StoreError};
use pyexec::model::{ExecutionRequest, Run, Stage};
use redis::aio::MultiplexedConnection;
use tokio::sync::Barrier;

const RUN_TTL: Duration = Duration::from_secs(60);

fn redis_url() -> String {
    std::env::var("PYEXEC_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/0".into())
}

fn unique_prefix() -> String {
    format!("pyexec-test-{}:", uuid::Uuid::new_v4())
}

async fn connect(prefix: &str) -> RunStore {
    RunStore::connect(&redis_url(), prefix, RUN_TTL)
        .await
        .expect("connect to the test redis")
}

/// A plain connection, to look at and damage keys behind the store's back.
async fn raw() -> MultiplexedConnection {
    redis::Client::open(redis_url())
        .expect("redis url")
        .get_multiplexed_async_connection()
        .await
        .expect("raw redis connection")
}

async fn pttl(raw: &mut MultiplexedConnection, key: &str) -> i64 {
    redis::cmd("PTTL")
        .arg(key)
        .query_async(raw)
        .await
        .expect("PTTL")
}

async fn keys_under(raw: &mut MultiplexedConnection, prefix: &str) -> Vec<String> {
    let mut keys: Vec<String> = redis::cmd("KEYS")
        .arg(format!("{prefix}*"))
        .query_async(raw)
        .await
        .expect("KEYS");
    keys.sort();
    keys
}

/// Runs `body` with a store under a fresh prefix, then deletes the prefix's keys whether the
/// body passed or panicked, and re-raises the panic.
async fn with_store<F, Fut>(body: F)
where
    F: FnOnce(RunStore) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let store = connect(&unique_prefix()).await;
    let outcome = tokio::spawn(body(store.clone())).await;
    store
        .delete_all_with_prefix()
        .await
        .expect("clean up the test's keys");
    if let Err(failure) = outcome {
        std::panic::resume_unwind(failure.into_panic());
    }
}

fn new_run(id: &str) -> Run {
    Run::new(id.into(), ExecutionRequest::for_objective("t"))
}

#[tokio::test]
async fn the_store_answers_ping() {
    with_store(|store| async move {
        store.ping().await.expect("ping");
    })
    .await;
}

#[tokio::test]
async fn an_unreachable_redis_is_a_transient_error() {
    let attempt = tokio::time::timeout(
        Duration::from_secs(60),
        RunStore::connect("redis://127.0.0.1:1/0", &unique_prefix(), RUN_TTL),
    )
    .await
    .expect("connect gives up in time");
    match attempt {
        Err(error @ StoreError::Unavailable(_)) => assert!(error.is_transient()),
        Err(other) => panic!("expected Unavailable, got {other:?}"),
        Ok(store) => panic!("connected to a closed port: {store:?}"),
    }
}

#[tokio::test]
async fn creating_a_run_twice_keeps_the_first() {
    with_store(|store| async move {
        let first = new_run("r1");
        assert!(store.create(&first).await.expect("create"));

        let mut second = new_run("r1");
        second.request.task_objective = "overwrite".into();
        second.version = 7;
        assert!(!store.create(&second).await.expect("create again"));

        let stored = store.load("r1").await.expect("load").expect("stored");
        assert_eq!(stored, first);
        assert_eq!(stored.version, 0);
    })
    .await;
}

#[tokio::test]
async fn loading_an_unknown_run_is_none() {
    with_store(|store| async move {
        assert_eq!(store.load("nobody").await.expect("load"), None);
    })
    .await;
}

#[tokio::test]
async fn save_increments_the_version_in_the_caller_and_in_redis() {
    with_store(|store| async move {
        assert!(store.create(&new_run("r1")).await.expect("create"));
        let mut run = store.load("r1").await.expect("load").expect("stored");
        run.stage = Stage::Generating;

        assert_eq!(store.save(&mut run).await.expect("save"), Saved::Written);
        assert_eq!(run.version, 1);
        let stored = store.load("r1").await.expect("load").expect("stored");
        assert_eq!(stored, run);

        run.stage = Stage::Analyzing;
        assert_eq!(store.save(&mut run).await.expect("save"), Saved::Written);
        assert_eq!(run.version, 2);
        let stored = store.load("r1").await.expect("load").expect("stored");
        assert_eq!((stored.stage, stored.version), (Stage::Analyzing, 2));
    })
    .await;
}

#[tokio::test]
async fn saving_a_stale_copy_conflicts_and_changes_nothing() {
    with_store(|store| async move {
        assert!(store.create(&new_run("r1")).await.expect("create"));
        let mut fresh = store.load("r1").await.expect("load").expect("stored");
        let mut stale = fresh.clone();

        fresh.stage = Stage::Generating;
        assert_eq!(store.save(&mut fresh).await.expect("save"), Saved::Written);

        stale.stage = Stage::Failed;
        assert_eq!(store.save(&mut stale).await.expect("save"), Saved::Conflict);
        assert_eq!(stale.version, 0, "a conflict leaves the caller's version");
        let stored = store.load("r1").await.expect("load").expect("stored");
        assert_eq!(stored, fresh);
    })
    .await;
}

#[tokio::test]
async fn saving_a_run_that_was_never_created_conflicts_and_writes_nothing() {
    with_store(|store| async move {
        let mut ghost = new_run("ghost");
        assert_eq!(store.save(&mut ghost).await.expect("save"), Saved::Conflict);
        assert_eq!(store.load("ghost").await.expect("load"), None);
    })
    .await;
}

#[tokio::test]
async fn of_two_replicas_saving_the_same_version_exactly_one_writes() {
    with_store(|store| async move {
        // A second connection, as a second replica would have.
        let other = connect(store_prefix(&store).as_str()).await;
        assert!(store.create(&new_run("r1")).await.expect("create"));

        for round in 0..20u64 {
            let barrier = Arc::new(Barrier::new(2));
            let racers = [store.clone(), other.clone()].map(|replica| {
                let barrier = Arc::clone(&barrier);
                tokio::spawn(async move {
                    let mut run = replica.load("r1").await.expect("load").expect("stored");
                    barrier.wait().await;
                    run.attempts.attempt = u32::try_from(round).expect("small");
                    replica.save(&mut run).await.expect("save")
                })
            });
            let mut written = 0;
            for racer in racers {
                if racer.await.expect("racer") == Saved::Written {
                    written += 1;
                }
            }
            assert_eq!(written, 1, "round {round}");
            let stored = store.load("r1").await.expect("load").expect("stored");
            assert_eq!(stored.version, round + 1);
        }
    })
    .await;
}

/// The prefix a store was built with, recovered from the key it makes for an empty id.
fn store_prefix(store: &RunStore) -> String {
    store
        .run_key("")
        .strip_suffix("run:")
        .expect("run keys end in the kind and the id")
        .to_owned()
}

#[tokio::test]
async fn a_terminal_run_expires_after_run_ttl_and_a_live_one_never() {
    with_store(|store| async move {
        let mut raw = raw().await;
        let key = store.run_key("r1");
        assert!(store.create(&new_run("r1")).await.expect("create"));
        let mut run = store.load("r1").await.expect("load").expect("stored");
        assert_eq!(pttl(&mut raw, &key).await, -1, "a new run has no TTL");

        run.stage = Stage::Executing;
        assert_eq!(store.save(&mut run).await.expect("save"), Saved::Written);
        assert_eq!(pttl(&mut raw, &key).await, -1, "a live run has no TTL");

        run.finish(Stage::Completed, None);
        assert_eq!(store.save(&mut run).await.expect("save"), Saved::Written);
        let first = pttl(&mut raw, &key).await;
        let ttl_ms = i64::try_from(RUN_TTL.as_millis()).expect("small");
        assert!(first > 0 && first <= ttl_ms, "terminal PTTL {first}");

        // Saving the finished run again keeps the clock started when it became terminal.
        // A restarted TTL would be back at about `RUN_TTL` (within a few ms).
        tokio::time::sleep(Duration::from_millis(50)).await;
        run.record("outcome_published", serde_json::Value::Null);
        assert_eq!(store.save(&mut run).await.expect("save"), Saved::Written);
        let second = pttl(&mut raw, &key).await;
        assert!(
            second > 0 && second <= first - 40,
            "TTL was restarted: {first} then {second}"
        );
    })
    .await;
}

/// A lease short enough for a test to wait out.
const LEASE: Duration = Duration::from_millis(300);
/// A lease no test outlives: where a lapse is not under test, a slow machine must not cause one.
const HELD_LEASE: Duration = Duration::from_secs(60);

#[tokio::test]
async fn the_first_begin_is_fresh_and_a_second_caller_sees_it_running() {
    with_store(|store| async move {
        let first = store
            .begin_execution("r1", 1, "worker-a", HELD_LEASE)
            .await
            .expect("begin");
        assert_eq!(first, ExecutionClaim::Fresh);
        let second = store
            .begin_execution("r1", 1, "worker-b", HELD_LEASE)
            .await
            .expect("begin");
        assert_eq!(
            second,
            ExecutionClaim::Running {
                owner: "worker-a".into()
            }
        );
        let other_attempt = store
            .begin_execution("r1", 2, "worker-b", HELD_LEASE)
            .await
            .expect("begin");
        assert_eq!(
            other_attempt,
            ExecutionClaim::Fresh,
            "attempts are independent"
        );
    })
    .await;
}

#[tokio::test]
async fn after_a_lapse_exactly_one_of_two_callers_gets_interrupted() {
    with_store(|store| async move {
        let other = connect(store_prefix(&store).as_str()).await;
        assert_eq!(
            store
                .begin_execution("r1", 1, "worker-a", LEASE)
                .await
                .expect("begin"),
            ExecutionClaim::Fresh
        );

        // Wait until Redis itself has let worker-a's lease lapse (PTTL -2: the key is gone for
        // every later command), so both replicas below ask after the lapse, never astride it.
        let lease_key = format!("{}exec-lease:r1:1", store_prefix(&store));
        let mut raw = raw().await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while pttl(&mut raw, &lease_key).await != -2 {
            assert!(Instant::now() < deadline, "the lease never lapsed");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }

        // The new holder's lease cannot lapse between the two calls either.
        let (b, c) = tokio::join!(
            store.begin_execution("r1", 1, "worker-b", HELD_LEASE),
            other.begin_execution("r1", 1, "worker-c", HELD_LEASE),
        );
        let (b, c) = (b.expect("begin b"), c.expect("begin c"));

        let interrupted = ExecutionClaim::Interrupted {
            previous_owner: "worker-a".into(),
        };
        let winner = match (&b, &c) {
            (x, _) if *x == interrupted => "worker-b",
            (_, y) if *y == interrupted => "worker-c",
            _ => panic!("nobody got Interrupted: {b:?}, {c:?}"),
        };
        let loser_answer = if winner == "worker-b" { &c } else { &b };
        assert_eq!(
            *loser_answer,
            ExecutionClaim::Running {
                owner: winner.into()
            },
            "the other caller sees the new holder"
        );
    })
    .await;
}

#[tokio::test]
async fn an_ended_execution_is_finished_for_everyone() {
    with_store(|store| async move {
        assert_eq!(
            store
                .begin_execution("r1", 1, "worker-a", LEASE)
                .await
                .expect("begin"),
            ExecutionClaim::Fresh
        );
        store.end_execution("r1", 1, "worker-a").await.expect("end");
        for owner in ["worker-a", "worker-b"] {
            assert_eq!(
                store
                    .begin_execution("r1", 1, owner, LEASE)
                    .await
                    .expect("begin"),
                ExecutionClaim::Finished
            );
        }
        assert!(
            !store
                .renew_lease("r1", 1, "worker-a", LEASE)
                .await
                .expect("renew"),
            "the lease was dropped"
        );
        // Long after the lease would have lapsed, still finished, never interrupted.
        tokio::time::sleep(LEASE + Duration::from_millis(100)).await;
        assert_eq!(
            store
                .begin_execution("r1", 1, "worker-b", LEASE)
                .await
                .expect("begin"),
            ExecutionClaim::Finished
        );
    })
    .await;
}

#[tokio::test]
async fn renewing_keeps_the_lease_past_its_first_term_and_only_for_its_owner() {
    with_store(|store| async move {
        let lease = Duration::from_millis(500);
        assert_eq!(
            store
                .begin_execution("r1", 1, "worker-a", lease)
                .await
                .expect("begin"),
            ExecutionClaim::Fresh
        );
        let started = Instant::now();
        while started.elapsed() < lease * 3 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            assert!(
                store
                    .renew_lease("r1", 1, "worker-a", lease)
                    .await
                    .expect("renew"),
                "the owner's renewal at {:?}",
                started.elapsed()
            );
        }
        assert_eq!(
            store
                .begin_execution("r1", 1, "worker-b", lease)
                .await
                .expect("begin"),
            ExecutionClaim::Running {
                owner: "worker-a".into()
            },
            "still held after three first terms"
        );
        assert!(
            !store
                .renew_lease("r1", 1, "worker-b", lease)
                .await
                .expect("renew"),
            "a non-owner cannot renew"
        );
        assert!(
            !store
                .renew_lease("r1", 9, "worker-a", lease)
                .await
                .expect("renew"),
            "nothing to renew for an attempt never begun"
        );
    })
    .await;
}

#[tokio::test]
async fn pending_approvals_are_ordered_by_expiry_and_expire_by_time() {
    with_store(|store| async move {
        let now = Utc::now();
        let secs = chrono::Duration::seconds;
        store
            .add_pending_approval("late", now + secs(30))
            .await
            .expect("add");
        store
            .add_pending_approval("soon", now + secs(10))
            .await
            .expect("add");
        store
            .add_pending_approval("middle", now + secs(20))
            .await
            .expect("add");
        assert_eq!(
            store.pending_approvals().await.expect("pending"),
            ["soon", "middle", "late"]
        );

        assert!(
            store
                .expired_approvals(now)
                .await
                .expect("expired")
                .is_empty()
        );
        assert_eq!(
            store
                .expired_approvals(now + secs(15))
                .await
                .expect("expired"),
            ["soon"]
        );
        assert_eq!(
            store
                .expired_approvals(now + secs(20))
                .await
                .expect("expired"),
            ["soon", "middle"],
            "an expiry exactly at `now` counts"
        );

        store
            .remove_pending_approval("middle")
            .await
            .expect("remove");
        store
            .remove_pending_approval("absent")
            .await
            .expect("remove");
        assert_eq!(
            store.pending_approvals().await.expect("pending"),
            ["soon", "late"]
        );

        // Adding again moves the expiry instead of duplicating the entry.
        store
            .add_pending_approval("late", now + secs(5))
            .await
            .expect("add");
        assert_eq!(
            store.pending_approvals().await.expect("pending"),
            ["late", "soon"]
        );
    })
    .await;
}

#[tokio::test]
async fn an_outcome_is_marked_published_only_once() {
    with_store(|store| async move {
        assert!(!store.outcome_published("r1").await.expect("published?"));
        assert!(store.mark_outcome_published("r1").await.expect("mark"));
        assert!(!store.mark_outcome_published("r1").await.expect("mark"));
        assert!(store.outcome_published("r1").await.expect("published?"));
        assert!(!store.outcome_published("r2").await.expect("published?"));
    })
    .await;
}

#[tokio::test]
async fn a_run_id_with_a_colon_does_not_collide_with_another_runs_claim() {
    with_store(|store| async move {
        let colon = new_run("x:1");
        assert!(store.create(&colon).await.expect("create"));
        assert_eq!(
            store
                .begin_execution("x", 1, "worker-a", HELD_LEASE)
                .await
                .expect("begin"),
            ExecutionClaim::Fresh
        );
        assert_eq!(
            store.load("x:1").await.expect("load"),
            Some(colon),
            "the claim did not touch run x:1"
        );
        assert_eq!(store.load("x").await.expect("load"), None);
        assert_eq!(
            store
                .begin_execution("x:1", 1, "worker-b", HELD_LEASE)
                .await
                .expect("begin"),
            ExecutionClaim::Fresh,
            "run x:1 attempt 1 has its own claim"
        );
        store
            .end_execution("x:1", 1, "worker-b")
            .await
            .expect("end");
        assert_eq!(
            store
                .begin_execution("x", 1, "worker-c", HELD_LEASE)
                .await
                .expect("begin"),
            ExecutionClaim::Running {
                owner: "worker-a".into()
            },
            "ending x:1's execution did not end x's"
        );
        assert!(store.mark_outcome_published("x:1").await.expect("mark"));
        assert!(!store.outcome_published("x").await.expect("published?"));
    })
    .await;
}

#[tokio::test]
async fn damaged_run_keys_load_as_corrupt() {
    with_store(|store| async move {
        let mut raw = raw().await;
        let valid = serde_json::to_string(&new_run("other")).expect("json");
        let cases: [(&str, Vec<(&str, String)>); 4] = [
            (
                "garbage",
                vec![("v", "0".into()), ("s", "{not json".into())],
            ),
            ("no-json", vec![("v", "0".into())]),
            (
                "bad-version",
                vec![("v", "zero".into()), ("s", valid.clone())],
            ),
            ("wrong-id", vec![("v", "0".into()), ("s", valid)]),
        ];
        for (id, fields) in cases {
            let mut hset = redis::cmd("HSET");
            hset.arg(store.run_key(id));
            for (field, value) in fields {
                hset.arg(field).arg(value);
            }
            hset.exec_async(&mut raw).await.expect("HSET");
            match store.load(id).await {
                Err(error @ StoreError::Corrupt { .. }) => {
                    assert!(!error.is_transient(), "{id}");
                    assert!(error.to_string().contains(id), "{id}: {error}");
                }
                other => panic!("{id}: expected Corrupt, got {other:?}"),
            }
        }

        // A key of the wrong type: corrupt for load and for save.
        redis::cmd("SET")
            .arg(store.run_key("string"))
            .arg("{}")
            .exec_async(&mut raw)
            .await
            .expect("SET");
        assert!(matches!(
            store.load("string").await,
            Err(StoreError::Corrupt { .. })
        ));
        let mut run = new_run("string");
        assert!(matches!(
            store.save(&mut run).await,
            Err(StoreError::Corrupt { .. })
        ));
    })
    .await;
}

#[tokio::test]
async fn only_live_runs_and_the_approval_index_live_forever() {
    with_store(|store| async move {
        let mut raw = raw().await;
        let prefix = store_prefix(&store);
        assert!(store.create(&new_run("live")).await.expect("create"));
        let mut done = new_run("done");
        assert!(store.create(&done).await.expect("create"));
        done.finish(Stage::Completed, None);
        assert_eq!(store.save(&mut done).await.expect("save"), Saved::Written);
        store
            .begin_execution("live", 1, "worker-a", Duration::from_secs(30))
            .await
            .expect("begin");
        store
            .begin_execution("done", 1, "worker-a", Duration::from_secs(30))
            .await
            .expect("begin");
        store
            .end_execution("done", 1, "worker-a")
            .await
            .expect("end");
        store.mark_outcome_published("done").await.expect("mark");
        store
            .add_pending_approval("live", Utc::now())
            .await
            .expect("add");

        let permanent = [store.run_key("live"), format!("{prefix}pending-approvals")];
        let ttl_ms = i64::try_from(RUN_TTL.as_millis()).expect("small");
        let keys = keys_under(&mut raw, &prefix).await;
        assert_eq!(keys.len(), 7, "{keys:?}");
        for key in keys {
            let ttl = pttl(&mut raw, &key).await;
            if permanent.contains(&key) {
                assert_eq!(ttl, -1, "{key}");
            } else {
                assert!(ttl > 0 && ttl <= ttl_ms, "{key} has PTTL {ttl}");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn delete_all_removes_only_its_own_prefix_even_with_glob_characters() {
    let tag = uuid::Uuid::new_v4();
    let globby = connect(&format!("pyexec-test-{tag}-[ab]*:")).await;
    let sibling = connect(&format!("pyexec-test-{tag}-a:")).await;
    assert!(globby.create(&new_run("r1")).await.expect("create"));
    assert!(globby.mark_outcome_published("r1").await.expect("mark"));
    assert!(sibling.create(&new_run("r1")).await.expect("create"));

    let deleted = globby.delete_all_with_prefix().await.expect("delete");
    let sibling_survived = sibling.load("r1").await.expect("load").is_some();
    let sibling_deleted = sibling.delete_all_with_prefix().await.expect("delete");

    assert_eq!(deleted, 2);
    assert!(
        sibling_survived,
        "a glob in the prefix matched another prefix"
    );
    assert_eq!(sibling_deleted, 1);
    assert_eq!(globby.load("r1").await.expect("load"), None);
}

#[tokio::test]
async fn a_store_with_an_empty_prefix_refuses_to_delete_everything() {
    let store = connect("").await;
    assert!(store.delete_all_with_prefix().await.is_err());
}
