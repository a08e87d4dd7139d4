//! Liveness, readiness and metrics over HTTP, for the orchestrator and for Prometheus.
//!
//! `GET /healthz` answers 200 while the process serves at all (restart it otherwise);
//! `GET /readyz` answers 200 only while the broker connection, Redis and the consumers are
//! all up, and 503 with a JSON body naming what is down otherwise; `GET /metrics` renders
//! [`Metrics`] in the Prometheus text format 0.0.4. The metrics are a handful of counters,
//! one histogram and one gauge behind a single mutex, written by hand rather than pulling in
//! a metrics stack: every update is a map lookup and an increment, far below the cost of the
//! AMQP delivery it counts.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tokio_util::sync::CancellationToken;

/// Upper bounds (seconds) of the stage-duration histogram buckets: from a cache hit to a
/// long sandboxed run.
const DURATION_BUCKETS: [f64; 13] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
];

/// Counters and gauges in Prometheus text format; thread-safe and cheap to update.
#[derive(Default)]
pub struct Metrics {
    families: Mutex<Families>,
    pending_approvals: AtomicU64,
}

/// Per-label values of every labelled metric family.
#[derive(Default)]
struct Families {
    consumed: BTreeMap<String, u64>,
    acked: BTreeMap<String, u64>,
    requeued: BTreeMap<String, u64>,
    dead_lettered: BTreeMap<String, u64>,
    runs_finished: BTreeMap<String, u64>,
    stage_durations: BTreeMap<String, Histogram>,
}

#[derive(Default)]
struct Histogram {
    /// Observations per bucket (not cumulative); the last slot counts those above 60 s.
    buckets: [u64; DURATION_BUCKETS.len() + 1],
    sum: f64,
    count: u64,
}

impl Metrics {
    /// A delivery arrived from `queue`.
    pub fn delivery_consumed(&self, queue: &str) {
        increment(&mut self.families().consumed, queue);
    }

    /// A delivery from `queue` was acknowledged.
    pub fn delivery_acked(&self, queue: &str) {
        increment(&mut self.families().acked, queue);
    }

    /// A delivery from `queue` was handed back to the broker.
    pub fn delivery_requeued(&self, queue: &str) {
        increment(&mut self.families().requeued, queue);
    }

    /// A delivery from `queue` was copied to `dead-letters` and acknowledged.
    pub fn delivery_dead_lettered(&self, queue: &str) {
        increment(&mut self.families().dead_lettered, queue);
    }

    /// `stage` took `seconds`; negative or non-finite durations count as zero.
    pub fn stage_duration(&self, stage: &str, seconds: f64) {
        let seconds = if seconds.is_finite() && seconds > 0.0 {
            seconds
        } else {
            0.0
        };
        let mut families = self.families();
        let histogram = match families.stage_durations.get_mut(stage) {
            Some(histogram) => histogram,
            None => families
                .stage_durations
                .entry(stage.to_owned())
                .or_default(),
        };
        let bucket = DURATION_BUCKETS
            .iter()
            .position(|bound| seconds <= *bound)
            .unwrap_or(DURATION_BUCKETS.len());
        histogram.buckets[bucket] += 1;
        histogram.sum += seconds;
        histogram.count += 1;
    }

    /// A run ended with `status` (completed, failed, rejected, expired).
    pub fn run_finished(&self, status: &str) {
        increment(&mut self.families().runs_finished, status);
    }

    /// Runs currently waiting for a human decision.
    pub fn set_pending_approvals(&self, count: u64) {
        self.pending_approvals.store(count, Ordering::Relaxed);
    }

    /// Prometheus text exposition (with `# HELP` / `# TYPE` lines): the delivery counters
    /// per `queue`, `pyexec_stage_duration_seconds` (histogram) per `stage`,
    /// `pyexec_runs_finished_total` per `status` and the `pyexec_pending_approvals` gauge.
    /// Label values are escaped per the format.
    pub fn render(&self) -> String {
        let families = self.families();
        let mut out = String::with_capacity(4096);
        let counters = [
            (
                "pyexec_deliveries_consumed_total",
                "Deliveries received from a queue.",
                "queue",
                &families.consumed,
            ),
            (
                "pyexec_deliveries_acked_total",
                "Deliveries acknowledged.",
                "queue",
                &families.acked,
            ),
            (
                "pyexec_deliveries_requeued_total",
                "Deliveries handed back to the broker for redelivery.",
                "queue",
                &families.requeued,
            ),
            (
                "pyexec_deliveries_dead_lettered_total",
                "Deliveries copied to dead-letters and acknowledged.",
                "queue",
                &families.dead_lettered,
            ),
            (
                "pyexec_runs_finished_total",
                "Runs that reached a final status.",
                "status",
                &families.runs_finished,
            ),
        ];
        for (name, help, label, values) in counters {
            header(&mut out, name, help, "counter");
            for (value, count) in values {
                let _ = writeln!(out, "{name}{{{label}=\"{}\"}} {count}", escape(value));
            }
        }

        let name = "pyexec_stage_duration_seconds";
        header(
            &mut out,
            name,
            "Time spent in a pipeline stage.",
            "histogram",
        );
        for (stage, histogram) in &families.stage_durations {
            let stage = escape(stage);
            let mut cumulative = 0;
            for (bound, count) in DURATION_BUCKETS.iter().zip(histogram.buckets) {
                cumulative += count;
                let _ = writeln!(
                    out,
                    "{name}_bucket{{stage=\"{stage}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "{name}_bucket{{stage=\"{stage}\",le=\"+Inf\"}} {}",
                histogram.count
            );
            let _ = writeln!(out, "{name}_sum{{stage=\"{stage}\"}} {}", histogram.sum);
            let _ = writeln!(out, "{name}_count{{stage=\"{stage}\"}} {}", histogram.count);
        }

        let name = "pyexec_pending_approvals";
        header(
            &mut out,
            name,
            "Runs waiting for a human decision.",
            "gauge",
        );
        let _ = writeln!(
            out,
            "{name} {}",
            self.pending_approvals.load(Ordering::Relaxed)
        );
        out
    }

    /// A panic while holding the lock cannot leave a count half-written, so a poisoned lock
    /// is still good.
    fn families(&self) -> MutexGuard<'_, Families> {
        self.families.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn increment(values: &mut BTreeMap<String, u64>, label: &str) {
    match values.get_mut(label) {
        Some(count) => *count += 1,
        None => {
            values.insert(label.to_owned(), 1);
        }
    }
}

fn header(out: &mut String, name: &str, help: &str, kind: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// Escapes a label value: backslash, double quote and line feed.
fn escape(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// What `/readyz` reports: each dependency's state. Everything starts down.
#[derive(Default)]
pub struct Readiness {
    broker: AtomicBool,
    redis: AtomicBool,
    consuming: AtomicBool,
}

impl Readiness {
    /// The AMQP connection is open and the topology declared (or lost).
    pub fn set_broker(&self, up: bool) {
        self.broker.store(up, Ordering::Relaxed);
    }

    /// Redis answers (or does not).
    pub fn set_redis(&self, up: bool) {
        self.redis.store(up, Ordering::Relaxed);
    }

    /// The worker's consumers are running (or cancelled).
    pub fn set_consuming(&self, up: bool) {
        self.consuming.store(up, Ordering::Relaxed);
    }

    /// Broker, Redis and consumers are all up.
    pub fn is_ready(&self) -> bool {
        self.down().is_empty()
    }

    /// Names of the dependencies that are down.
    fn down(&self) -> Vec<&'static str> {
        [
            ("broker", &self.broker),
            ("redis", &self.redis),
            ("consuming", &self.consuming),
        ]
        .into_iter()
        .filter(|(_, up)| !up.load(Ordering::Relaxed))
        .map(|(name, _)| name)
        .collect()
    }
}

#[derive(Clone)]
struct HealthState {
    metrics: Arc<Metrics>,
    readiness: Arc<Readiness>,
}

/// Serves `GET /healthz` (200 "ok" while the process runs), `GET /readyz` (200 when ready,
/// 503 with a short JSON body naming what is down) and `GET /metrics`
/// (`text/plain; version=0.0.4`) on 0.0.0.0:`port` until `shutdown` is cancelled. Returns the
/// bound address (port 0 → ephemeral) once listening, and the server task's handle.
pub async fn serve(
    port: u16,
    metrics: Arc<Metrics>,
    readiness: Arc<Readiness>,
    shutdown: CancellationToken,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::UNSPECIFIED, port)).await?;
    let address = listener.local_addr()?;
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(render_metrics))
        .with_state(HealthState { metrics, readiness });
    let server = tokio::spawn(async move {
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown.cancelled_owned())
            .await;
        if let Err(err) = served {
            tracing::error!(error = %err, "the health server stopped");
        }
    });
    Ok((address, server))
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<HealthState>) -> impl IntoResponse {
    let down = state.readiness.down();
    let status = if down.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = serde_json::json!({ "ready": down.is_empty(), "down": down }).to_string();
    (status, [(header::CONTENT_TYPE, "application/json")], body)
}

async fn render_metrics(State(state): State<HealthState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escape("line\nbreak"), "line\\nbreak");
    }

    #[test]
    fn histogram_buckets_are_cumulative() {
        let metrics = Metrics::default();
        metrics.stage_duration("execute", 0.2);
        metrics.stage_duration("execute", 90.0);
        metrics.stage_duration("execute", f64::NAN);
        let text = metrics.render();
        assert!(
            text.contains(
                "pyexec_stage_duration_seconds_bucket{stage=\"execute\",le=\"0.005\"} 1\n"
            )
        );
        assert!(
            text.contains(
                "pyexec_stage_duration_seconds_bucket{stage=\"execute\",le=\"0.25\"} 2\n"
            )
        );
        assert!(
            text.contains("pyexec_stage_duration_seconds_bucket{stage=\"execute\",le=\"60\"} 2\n")
        );
        assert!(
            text.contains(
                "pyexec_stage_duration_seconds_bucket{stage=\"execute\",le=\"+Inf\"} 3\n"
            )
        );
        assert!(text.contains("pyexec_stage_duration_seconds_sum{stage=\"execute\"} 90.2\n"));
        assert!(text.contains("pyexec_stage_duration_seconds_count{stage=\"execute\"} 3\n"));
    }

    #[test]
    fn readiness_needs_all_three() {
        let readiness = Readiness::default();
        readiness.set_broker(true);
        readiness.set_redis(true);
        assert!(!readiness.is_ready());
        assert_eq!(readiness.down(), ["consuming"]);
        readiness.set_consuming(true);
        assert!(readiness.is_ready());
    }
}
