//! `RunStore`: the fleet's run state, execution claims and pending-approval index in Redis.
//!
//! Every worker loads a [`Run`], moves it one stage and writes it back with
//! [`RunStore::save`], a compare-and-set on `version` done by one Lua script: of two replicas
//! that loaded the same version, exactly one writes and the other gets [`Saved::Conflict`].
//! Execution claims make running the user's code at-most-once per `(run, attempt)` while the
//! executor's lease is renewed: [`RunStore::begin_execution`] is one script, so no two callers
//! both get [`ExecutionClaim::Fresh`], and no two get [`ExecutionClaim::Interrupted`] for the
//! same lapse. Every multi-step change is a single script; nothing here reads then writes
//! across two round trips.
//!
//! Errors say what happens next ([`StoreError::is_transient`]): an unreachable Redis is worth a
//! retry; a run that does not deserialise is not. A write that fails as
//! [`StoreError::Unavailable`] (timeout, dropped connection) may still have been applied:
//! callers reload before they decide again, which the compare-and-set makes safe.
//!
//! # Keys
//!
//! Every key is built in the private `keys` module; `{p}` is the store's prefix (one per
//! deployment, e.g. `pyexec:`; each test uses its own).
//!
//! | Key | Type | Contents | TTL |
//! |---|---|---|---|
//! | `{p}run:{run_id}` | hash | `v`: version (decimal), `s`: the run as JSON (its `version` equals `v`) | none while the run is live; `run_ttl` from the first save in a terminal stage |
//! | `{p}exec-claim:{run_id}:{attempt}` | hash | `state`: `started` or `ended`; `owner`: the last lease holder; `ended_by` | `run_ttl`, renewed by every begin, renew and end |
//! | `{p}exec-lease:{run_id}:{attempt}` | string | the owner id of the live lease | the lease (`lease` argument), extended by renewals; deleted by end |
//! | `{p}pending-approvals` | sorted set | run ids scored by approval expiry (unix ms) | none (members are removed on decision or expiry) |
//! | `{p}outcome-published:{run_id}` | string | `1` | `run_ttl` from when it was set |
//!
//! # Why run ids cannot alias another key
//!
//! Run ids come from outside (the AMQP `message_id`) and may contain any byte, `:` included,
//! so they are used verbatim but always *after* a fixed kind tag and never last when something
//! else follows. After the prefix, every key starts with one of the tags `run:`,
//! `exec-claim:`, `exec-lease:`, `outcome-published:` or `pending-approvals`; none of them is a
//! prefix of another, so the kind of a key is decided by our constant, not by the id. Within a
//! kind the mapping is injective: run and outcome keys are tag + id; claim and lease keys end
//! in `:{attempt}` where the attempt is a decimal `u32` (no `:`), so the last `:` splits id
//! from attempt unambiguously. Run `x:1` is `{p}run:x:1` while run `x`, attempt 1 claims
//! `{p}exec-claim:x:1`: different kinds, no collision. The prefix itself is trusted
//! configuration: two deployments must not use prefixes where one extends the other.
//!
//! Single-node Redis is assumed: the scripts touch two keys of one run (claim and lease), which
//! a Redis Cluster would only accept in one hash slot.

use std::sync::LazyLock;
use std::time::Duration;

use chrono::{DateTime, Utc};
use redis::Script;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use crate::model::Run;

/// Why a store call failed, and what the caller does about it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Redis could not be reached or did not answer (connection, I/O, timeout, server busy).
    /// Retry later: requeue the delivery.
    #[error("redis is unavailable: {0}")]
    Unavailable(String),
    /// The stored run (or its claim) cannot be read back: retrying will not help.
    #[error("run {run_id} in redis is corrupt: {message}")]
    Corrupt { run_id: String, message: String },
}

impl StoreError {
    /// Whether the same call may succeed later (requeue) rather than never (fail or
    /// dead-letter).
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}

/// The result of a compare-and-set [`RunStore::save`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// The stored version matched; the run was written with the next version.
    Written,
    /// The stored version differed (or the run is gone): nothing was written.
    Conflict,
}

/// The answer of [`RunStore::begin_execution`] for one `(run, attempt)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExecutionClaim {
    /// No execution of (run, attempt) ever started: the caller now holds the claim and its lease.
    Fresh,
    /// Another owner holds a live lease: that execution is in progress. (If `owner` is the
    /// caller itself, it already holds the lease.)
    Running { owner: String },
    /// An execution started earlier and its lease lapsed without being ended: it was interrupted
    /// (its worker died). The caller now holds the lease (only one caller ever gets this answer
    /// per lapse).
    Interrupted { previous_owner: String },
    /// The execution was started and ended (end_execution called): it finished.
    Finished,
}

/// Every Redis key the fleet uses; see the table in the module doc.
mod keys {
    pub(super) fn run(prefix: &str, run_id: &str) -> String {
        format!("{prefix}run:{run_id}")
    }

    pub(super) fn claim(prefix: &str, run_id: &str, attempt: u32) -> String {
        format!("{prefix}exec-claim:{run_id}:{attempt}")
    }

    pub(super) fn lease(prefix: &str, run_id: &str, attempt: u32) -> String {
        format!("{prefix}exec-lease:{run_id}:{attempt}")
    }

    pub(super) fn pending_approvals(prefix: &str) -> String {
        format!("{prefix}pending-approvals")
    }

    pub(super) fn outcome(prefix: &str, run_id: &str) -> String {
        format!("{prefix}outcome-published:{run_id}")
    }

    /// A `SCAN MATCH` pattern for every key that starts with `prefix`, glob characters in the
    /// prefix escaped so they match only themselves.
    pub(super) fn all(prefix: &str) -> String {
        let mut pattern = String::with_capacity(prefix.len() + 1);
        for c in prefix.chars() {
            if matches!(c, '*' | '?' | '[' | ']' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('*');
        pattern
    }
}

/// Creates the run hash unless the key exists.
/// KEYS: run. ARGV: version, json, terminal ("1"/"0"), ttl ms. Returns 1 if created.
static CREATE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 's', ARGV[2])
if ARGV[3] == '1' then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1
",
    )
});

/// Compare-and-set on the version field. Versions are compared as decimal strings (Lua numbers
/// are doubles). A terminal run gets its TTL once, when it first becomes terminal.
/// KEYS: run. ARGV: expected version, new version, json, terminal ("1"/"0"), ttl ms.
/// Returns 1 if written, 0 on conflict (including a missing run).
static SAVE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
if ARGV[4] == '1' then
  if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
else
  redis.call('PERSIST', KEYS[1])
end
return 1
",
    )
});

/// KEYS: claim, lease. ARGV: owner, lease ms, claim ttl ms.
/// Returns {answer, owner}: fresh | finished | running <holder> | interrupted <previous owner>.
static BEGIN_EXECUTION: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  redis.call('HSET', KEYS[1], 'state', 'started', 'owner', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return {'fresh', ''}
end
if state == 'ended' then return {'finished', ''} end
local holder = redis.call('GET', KEYS[2])
if holder then return {'running', holder} end
local previous = redis.call('HGET', KEYS[1], 'owner') or ''
redis.call('HSET', KEYS[1], 'owner', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return {'interrupted', previous}
",
    )
});

/// KEYS: claim, lease. ARGV: owner, lease ms, claim ttl ms. Returns 1 if renewed.
static RENEW_LEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
",
    )
});

/// The end is a fact about the execution, whoever reports it: the claim becomes `ended`
/// unconditionally; the lease is dropped only if `owner` holds it, so a stale worker cannot
/// take the lease from the one that replaced it.
/// KEYS: claim, lease. ARGV: owner, claim ttl ms. Returns 1 if `owner` held the lease.
static END_EXECUTION: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local held = 0
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
  held = 1
end
redis.call('HSET', KEYS[1], 'state', 'ended', 'ended_by', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return held
",
    )
});

/// Upper bound for TTLs sent to Redis (about 31,000 years), which rejects expiry times that
/// overflow its clock.
const MAX_TTL_MS: u64 = 1_000_000_000_000_000;

/// A duration as a Redis TTL in milliseconds: at least 1 (Redis refuses 0), at most
/// [`MAX_TTL_MS`].
fn ttl_ms(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis())
        .unwrap_or(MAX_TTL_MS)
        .clamp(1, MAX_TTL_MS)
}

fn unavailable(err: redis::RedisError) -> StoreError {
    StoreError::Unavailable(err.to_string())
}

/// Maps an error of a call on one run's keys: a key of the wrong type means the run's data
/// is corrupt; anything else is Redis being unavailable.
fn run_error(run_id: &str, err: redis::RedisError) -> StoreError {
    if err.code() == Some("WRONGTYPE") {
        StoreError::Corrupt {
            run_id: run_id.to_owned(),
            message: err.to_string(),
        }
    } else {
        unavailable(err)
    }
}

fn corrupt(run_id: &str, message: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        run_id: run_id.to_owned(),
        message: message.into(),
    }
}

/// The run's JSON as it will be stored with `version`.
fn encode(run: &mut Run, version: u64) -> Result<String, StoreError> {
    let kept = run.version;
    run.version = version;
    let json = serde_json::to_string(run);
    run.version = kept;
    json.map_err(|e| corrupt(&run.run_id, format!("cannot serialise: {e}")))
}

/// Runs, execution claims and the pending-approval index in Redis. Cheap to clone: clones
/// share one multiplexed connection that reconnects by itself.
#[derive(Clone)]
pub struct RunStore {
    conn: ConnectionManager,
    prefix: String,
    run_ttl: Duration,
}

impl std::fmt::Debug for RunStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunStore")
            .field("prefix", &self.prefix)
            .field("run_ttl", &self.run_ttl)
            .finish_non_exhaustive()
    }
}

impl RunStore {
    /// How long one command may take before it fails as [`StoreError::Unavailable`]. Larger
    /// than the crate's 500 ms default: a run with its execution result can be large.
    const RESPONSE_TIMEOUT: Duration = Duration::from_secs(5);
    const CONNECTION_TIMEOUT: Duration = Duration::from_secs(2);

    /// Connects (ConnectionManager: reconnects by itself); `prefix` starts every key (e.g.
    /// "pyexec:" or a test's own prefix); finished runs expire `run_ttl` after they became
    /// terminal.
    pub async fn connect(url: &str, prefix: &str, run_ttl: Duration) -> Result<Self, StoreError> {
        // The URL may carry a password: errors name the failure, never the URL.
        let client = redis::Client::open(url)
            .map_err(|e| StoreError::Unavailable(format!("invalid redis url: {e}")))?;
        let config = ConnectionManagerConfig::new()
            .set_response_timeout(Some(Self::RESPONSE_TIMEOUT))
            .set_connection_timeout(Some(Self::CONNECTION_TIMEOUT));
        let conn = client
            .get_connection_manager_with_config(config)
            .await
            .map_err(unavailable)?;
        Ok(Self {
            conn,
            prefix: prefix.to_owned(),
            run_ttl,
        })
    }

    /// Round trip to Redis (readiness checks).
    pub async fn ping(&self) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("PING")
            .query_async::<String>(&mut conn)
            .await
            .map(drop)
            .map_err(unavailable)
    }

    /// The Redis key holding a run; for tests that inspect or damage it.
    #[doc(hidden)]
    pub fn run_key(&self, run_id: &str) -> String {
        keys::run(&self.prefix, run_id)
    }

    /// Stores a new run if none with its id exists (atomic). Returns false if it already existed
    /// (then nothing is written). Stored version is run.version as given.
    pub async fn create(&self, run: &Run) -> Result<bool, StoreError> {
        let json = serde_json::to_string(run)
            .map_err(|e| corrupt(&run.run_id, format!("cannot serialise: {e}")))?;
        let mut conn = self.conn.clone();
        let created: i64 = CREATE
            .key(keys::run(&self.prefix, &run.run_id))
            .arg(run.version)
            .arg(json)
            .arg(if run.stage.is_terminal() { "1" } else { "0" })
            .arg(ttl_ms(self.run_ttl))
            .invoke_async(&mut conn)
            .await
            .map_err(|e| run_error(&run.run_id, e))?;
        Ok(created == 1)
    }

    /// The stored run with the stored version, or `None` if there is none (never created, or
    /// expired after it finished).
    pub async fn load(&self, run_id: &str) -> Result<Option<Run>, StoreError> {
        let mut conn = self.conn.clone();
        // Bytes, not strings: a non-UTF-8 value is corrupt data, not a Redis failure.
        let (version, json): (Option<Vec<u8>>, Option<Vec<u8>>) = redis::cmd("HMGET")
            .arg(keys::run(&self.prefix, run_id))
            .arg("v")
            .arg("s")
            .query_async(&mut conn)
            .await
            .map_err(|e| run_error(run_id, e))?;
        let (version, json) = match (version, json) {
            (None, None) => return Ok(None),
            (Some(version), Some(json)) => (version, json),
            _ => return Err(corrupt(run_id, "the hash lacks its `v` or `s` field")),
        };
        let version: u64 = std::str::from_utf8(&version)
            .ok()
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| {
                let shown = String::from_utf8_lossy(&version);
                corrupt(run_id, format!("version {shown:?} is not a number"))
            })?;
        let run: Run = serde_json::from_slice(&json)
            .map_err(|e| corrupt(run_id, format!("cannot deserialise: {e}")))?;
        if run.run_id != run_id {
            return Err(corrupt(
                run_id,
                format!("the stored run has id {:?}", run.run_id),
            ));
        }
        if run.version != version {
            return Err(corrupt(
                run_id,
                format!(
                    "the stored JSON has version {} but the hash has {version}",
                    run.version
                ),
            ));
        }
        Ok(Some(run))
    }

    /// Compare-and-set: if the stored version equals `run.version`, writes `run` with version + 1
    /// and sets `run.version += 1` in the caller's value; else Conflict and nothing changes (a
    /// run that is not stored is a Conflict too). When `run.stage.is_terminal()`, the key gets
    /// the TTL (run_ttl) if it has none yet. Atomic (Lua script). The JSON stored includes the
    /// new version.
    pub async fn save(&self, run: &mut Run) -> Result<Saved, StoreError> {
        let expected = run.version;
        let next = expected
            .checked_add(1)
            .ok_or_else(|| corrupt(&run.run_id, "version overflow"))?;
        let json = encode(run, next)?;
        let mut conn = self.conn.clone();
        let written: i64 = SAVE
            .key(keys::run(&self.prefix, &run.run_id))
            .arg(expected)
            .arg(next)
            .arg(json)
            .arg(if run.stage.is_terminal() { "1" } else { "0" })
            .arg(ttl_ms(self.run_ttl))
            .invoke_async(&mut conn)
            .await
            .map_err(|e| run_error(&run.run_id, e))?;
        if written == 1 {
            run.version = next;
            Ok(Saved::Written)
        } else {
            Ok(Saved::Conflict)
        }
    }

    /// Execution claims, one per (run_id, attempt): a permanent "started" marker (expires with
    /// run_ttl) plus a lease (owner id, TTL `lease`) that the executor renews while the code
    /// runs. Semantics in [`ExecutionClaim`]. Atomic (one Lua script): no two callers may both
    /// get Fresh, or both get Interrupted for the same lapse.
    pub async fn begin_execution(
        &self,
        run_id: &str,
        attempt: u32,
        owner: &str,
        lease: Duration,
    ) -> Result<ExecutionClaim, StoreError> {
        let mut conn = self.conn.clone();
        let (answer, other): (String, String) = BEGIN_EXECUTION
            .key(keys::claim(&self.prefix, run_id, attempt))
            .key(keys::lease(&self.prefix, run_id, attempt))
            .arg(owner)
            .arg(ttl_ms(lease))
            .arg(ttl_ms(self.run_ttl))
            .invoke_async(&mut conn)
            .await
            .map_err(|e| run_error(run_id, e))?;
        match answer.as_str() {
            "fresh" => Ok(ExecutionClaim::Fresh),
            "running" => Ok(ExecutionClaim::Running { owner: other }),
            "interrupted" => Ok(ExecutionClaim::Interrupted {
                previous_owner: other,
            }),
            "finished" => Ok(ExecutionClaim::Finished),
            unknown => Err(StoreError::Unavailable(format!(
                "begin_execution script answered {unknown:?}"
            ))),
        }
    }

    /// Extends the lease if `owner` still holds it; false if it lapsed or another owner holds
    /// it. Also keeps the claim's marker alive for another `run_ttl`.
    pub async fn renew_lease(
        &self,
        run_id: &str,
        attempt: u32,
        owner: &str,
        lease: Duration,
    ) -> Result<bool, StoreError> {
        let mut conn = self.conn.clone();
        let renewed: i64 = RENEW_LEASE
            .key(keys::claim(&self.prefix, run_id, attempt))
            .key(keys::lease(&self.prefix, run_id, attempt))
            .arg(owner)
            .arg(ttl_ms(lease))
            .arg(ttl_ms(self.run_ttl))
            .invoke_async(&mut conn)
            .await
            .map_err(|e| run_error(run_id, e))?;
        Ok(renewed == 1)
    }

    /// Marks the execution ended (finished or failed, but reported) and drops the lease; later
    /// begin_execution answers Finished. The end is recorded whoever reports it; the lease is
    /// dropped only if `owner` still holds it.
    pub async fn end_execution(
        &self,
        run_id: &str,
        attempt: u32,
        owner: &str,
    ) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        let held: i64 = END_EXECUTION
            .key(keys::claim(&self.prefix, run_id, attempt))
            .key(keys::lease(&self.prefix, run_id, attempt))
            .arg(owner)
            .arg(ttl_ms(self.run_ttl))
            .invoke_async(&mut conn)
            .await
            .map_err(|e| run_error(run_id, e))?;
        if held != 1 {
            tracing::debug!(
                run.id = run_id,
                attempt,
                owner,
                "execution ended by an owner that no longer held its lease"
            );
        }
        Ok(())
    }

    /// Pending-approval index: a sorted set of run ids scored by expiry (unix ms). Adding a run
    /// that is already pending moves its expiry.
    pub async fn add_pending_approval(
        &self,
        run_id: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("ZADD")
            .arg(keys::pending_approvals(&self.prefix))
            .arg(expires_at.timestamp_millis())
            .arg(run_id)
            .exec_async(&mut conn)
            .await
            .map_err(unavailable)
    }

    /// Removes a run from the pending-approval index (no-op if absent).
    pub async fn remove_pending_approval(&self, run_id: &str) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("ZREM")
            .arg(keys::pending_approvals(&self.prefix))
            .arg(run_id)
            .exec_async(&mut conn)
            .await
            .map_err(unavailable)
    }

    /// All pending run ids, soonest expiry first.
    pub async fn pending_approvals(&self) -> Result<Vec<String>, StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("ZRANGE")
            .arg(keys::pending_approvals(&self.prefix))
            .arg(0)
            .arg(-1)
            .query_async(&mut conn)
            .await
            .map_err(unavailable)
    }

    /// Pending run ids whose expiry is at or before `now`, soonest first.
    pub async fn expired_approvals(&self, now: DateTime<Utc>) -> Result<Vec<String>, StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("ZRANGEBYSCORE")
            .arg(keys::pending_approvals(&self.prefix))
            .arg("-inf")
            .arg(now.timestamp_millis())
            .query_async(&mut conn)
            .await
            .map_err(unavailable)
    }

    /// Records that the run's outcome was published; true if this call recorded it (first
    /// time). Expires with run_ttl.
    pub async fn mark_outcome_published(&self, run_id: &str) -> Result<bool, StoreError> {
        let mut conn = self.conn.clone();
        let set: Option<String> = redis::cmd("SET")
            .arg(keys::outcome(&self.prefix, run_id))
            .arg(1)
            .arg("NX")
            .arg("PX")
            .arg(ttl_ms(self.run_ttl))
            .query_async(&mut conn)
            .await
            .map_err(|e| run_error(run_id, e))?;
        Ok(set.is_some())
    }

    /// Whether the run's outcome was recorded as published (and the record has not expired).
    pub async fn outcome_published(&self, run_id: &str) -> Result<bool, StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("EXISTS")
            .arg(keys::outcome(&self.prefix, run_id))
            .query_async(&mut conn)
            .await
            .map_err(unavailable)
    }

    /// Deletes every key with this store's prefix (SCAN + DEL; for tests' cleanup). Refuses an
    /// empty prefix, which would delete the whole database.
    pub async fn delete_all_with_prefix(&self) -> Result<u64, StoreError> {
        if self.prefix.is_empty() {
            return Err(StoreError::Unavailable(
                "refusing to delete every key: this store has an empty prefix".to_owned(),
            ));
        }
        let pattern = keys::all(&self.prefix);
        let mut conn = self.conn.clone();
        let mut cursor: u64 = 0;
        let mut deleted: u64 = 0;
        loop {
            let (next, batch): (u64, Vec<Vec<u8>>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(&pattern)
                .arg("COUNT")
                .arg(500)
                .query_async(&mut conn)
                .await
                .map_err(unavailable)?;
            if !batch.is_empty() {
                let removed: u64 = redis::cmd("DEL")
                    .arg(&batch)
                    .query_async(&mut conn)
                    .await
                    .map_err(unavailable)?;
                deleted += removed;
            }
            if next == 0 {
                return Ok(deleted);
            }
            cursor = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_id_with_a_colon_does_not_alias_a_claim_or_lease() {
        let p = "p:";
        assert_eq!(keys::run(p, "x:1"), "p:run:x:1");
        assert_eq!(keys::claim(p, "x", 1), "p:exec-claim:x:1");
        assert_ne!(keys::claim(p, "x", 1), keys::run(p, "x:1"));
        assert_ne!(keys::claim(p, "x:1", 2), keys::claim(p, "x", 12));
        assert_ne!(keys::claim(p, "x", 1), keys::lease(p, "x", 1));
        assert_ne!(keys::outcome(p, "x"), keys::run(p, "x"));
    }

    #[test]
    fn no_kind_tag_is_a_prefix_of_another() {
        let p = "";
        let tags = [
            keys::run(p, ""),
            keys::claim(p, "", 0).trim_end_matches(":0").to_owned(),
            keys::lease(p, "", 0).trim_end_matches(":0").to_owned(),
            keys::outcome(p, ""),
            keys::pending_approvals(p),
        ];
        for (i, a) in tags.iter().enumerate() {
            for (j, b) in tags.iter().enumerate() {
                if i != j {
                    assert!(!b.starts_with(a.as_str()), "{a:?} is a prefix of {b:?}");
                }
            }
        }
    }

    #[test]
    fn the_scan_pattern_escapes_glob_characters_in_the_prefix() {
        assert_eq!(keys::all("pyexec:"), "pyexec:*");
        assert_eq!(keys::all(r"a[b]*?\:"), r"a\[b\]\*\?\\:*");
    }

    #[test]
    fn ttls_are_whole_positive_milliseconds() {
        assert_eq!(ttl_ms(Duration::ZERO), 1);
        assert_eq!(ttl_ms(Duration::from_millis(300)), 300);
        assert_eq!(ttl_ms(Duration::MAX), MAX_TTL_MS);
    }

    #[test]
    fn only_unavailable_is_transient() {
        assert!(StoreError::Unavailable("down".into()).is_transient());
        assert!(
            !StoreError::Corrupt {
                run_id: "r".into(),
                message: "bad".into()
            }
            .is_transient()
        );
    }
}
