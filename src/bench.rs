//! `pyexec bench`: the embedded pipeline's per-run latency next to a bare interpreter start
//! measured in the same process, and the analysis time per snippet.
//!
//! Figures are printed, never asserted: targets live in the docs and the closing notes, not
//! in timed tests.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::analysis::{Analyzer, PatternSet};
use crate::approval::{ApprovalMode, NoApprover};
use crate::config::Settings;
use crate::embedded::EmbeddedRunner;
use crate::execution::local::{LocalExecutor, LocalSettings};
use crate::execution::{ExecutionJob, Executor};
use crate::generation::mock::{MockGenerator, MockSource};
use crate::model::{ExecutionMode, ExecutionRequest, OutcomeStatus};

/// What to measure.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub runs: usize,
    pub analysis_iterations: usize,
    pub settings: Settings,
}

/// Latency percentiles of one measured operation.
#[derive(Debug, Clone, Copy)]
pub struct Percentiles {
    pub p50: Duration,
    pub p99: Duration,
    pub mean: Duration,
}

impl Percentiles {
    fn of(mut samples: Vec<Duration>) -> Self {
        samples.sort();
        let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
        let total: Duration = samples.iter().sum();
        Self {
            p50: at(0.50),
            p99: at(0.99),
            mean: total / samples.len() as u32,
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Runs the benchmark and prints its figures on stdout.
pub async fn run(options: BenchOptions) -> Result<(), String> {
    let runs = options.runs.max(1);
    let python = options.settings.python.clone();
    println!(
        "pyexec bench: {runs} runs, interpreter {}, launcher {:?} (PYEXEC_LOCAL_LAUNCHER; with the \
         fork server no interpreter starts per run, so the overhead below can be negative)",
        python.display(),
        options.settings.local_launcher
    );

    // Interleaved, so that every series sees the same machine load.
    let series = measure_interleaved(&options.settings, runs).await?;
    let line = |label: &str, p: &Percentiles| {
        println!(
            "{label:<48} p50 {:7.2} ms  p99 {:7.2} ms",
            ms(p.p50),
            ms(p.p99)
        );
    };
    line(
        &format!("bare interpreter start ({} -c pass):", python.display()),
        &series.bare,
    );
    line("executor alone (wrapper, trivial code):", &series.executor);
    line(
        "embedded pipeline run (mock, trivial code):",
        &series.pipeline,
    );
    println!(
        "{:<48} p50 {:7.2} ms  (of which executor {:.2} ms; median of paired differences; target <= 5 ms)",
        "pipeline overhead beyond interpreter start:",
        series.pipeline_overhead,
        series.executor_overhead
    );

    let analyzer = Analyzer::new(PatternSet::defaults("epics").map_err(|e| e.to_string())?);
    let policy = options.settings.approval_policy();
    for lines in [200, 2_000] {
        let script = synthetic_script(lines);
        let iterations = options.analysis_iterations.max(1);
        let mut samples = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let started = Instant::now();
            let record = analyzer.analyze(&script, &policy);
            samples.push(started.elapsed());
            if !record.passed {
                return Err(format!(
                    "the synthetic {lines}-line script failed analysis: {:?}",
                    record.issues
                ));
            }
        }
        let p = Percentiles::of(samples);
        println!(
            "analysis of a {lines:>5}-line snippet:              p50 {:7.3} ms  p99 {:7.3} ms  ({:.0} analyses/s)",
            ms(p.p50),
            ms(p.p99),
            1.0 / p.mean.as_secs_f64()
        );
    }
    Ok(())
}

async fn bare_start(python: &Path) -> Result<Duration, String> {
    let started = Instant::now();
    let status = tokio::process::Command::new(python)
        .args(["-c", "pass"])
        .env_clear()
        .status()
        .await
        .map_err(|e| format!("cannot start {}: {e}", python.display()))?;
    let elapsed = started.elapsed();
    if !status.success() {
        return Err(format!("{} -c pass exited with {status}", python.display()));
    }
    Ok(elapsed)
}

/// The interleaved latency series.
struct Series {
    bare: Percentiles,
    executor: Percentiles,
    pipeline: Percentiles,
    /// Median of (pipeline run - bare start) over the pairs, in ms.
    pipeline_overhead: f64,
    /// Median of (executor alone - bare start), in ms.
    executor_overhead: f64,
}

/// Alternates a bare interpreter start, the executor alone and a full embedded run.
async fn measure_interleaved(settings: &Settings, runs: usize) -> Result<Series, String> {
    let mut settings = settings.clone();
    settings.approval_mode = ApprovalMode::Disabled;
    let python = settings.python.clone();
    let scratch = settings.data_dir.join("executor-alone");
    let executor = LocalExecutor::new(
        LocalSettings {
            launcher: settings.local_launcher,
            ..LocalSettings::new(python.clone(), settings.execution_timeout)
        },
        &settings.data_dir.join(".runtime"),
    )
    .map_err(|e| e.to_string())?;
    let generator = Arc::new(MockGenerator::new(MockSource::Fixed(TRIVIAL_CODE.into())));
    let runner = EmbeddedRunner::with_generator(settings, generator, Arc::new(NoApprover))
        .map_err(|e| e.to_string())?;
    let (mut bare, mut alone, mut pipeline) = (Vec::new(), Vec::new(), Vec::new());
    for n in 0..runs {
        bare.push(bare_start(&python).await?);

        let dir = scratch.join(n.to_string());
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let job = ExecutionJob {
            run_id: "bench",
            code: TRIVIAL_CODE,
            mode: ExecutionMode::ReadOnly,
            attempt: 1,
            context: None,
            attempt_dir: &dir,
        };
        let started = Instant::now();
        executor
            .execute(job)
            .await
            .map_err(|f| format!("executor bench run {n} failed: {}", f.message))?;
        alone.push(started.elapsed());

        let mut request = ExecutionRequest::for_objective("bench");
        request.execution_folder_name = format!("bench_{n}");
        let started = Instant::now();
        let outcome = runner.run(request).await;
        pipeline.push(started.elapsed());
        if outcome.status != OutcomeStatus::Completed {
            return Err(format!(
                "bench run {n} did not complete: {:?}",
                outcome.error
            ));
        }
    }
    let overhead = |series: &[Duration]| {
        let mut differences: Vec<f64> = series
            .iter()
            .zip(&bare)
            .map(|(run, interpreter)| ms(*run) - ms(*interpreter))
            .collect();
        differences.sort_by(f64::total_cmp);
        differences[differences.len() / 2]
    };
    Ok(Series {
        pipeline_overhead: overhead(&pipeline),
        executor_overhead: overhead(&alone),
        bare: Percentiles::of(bare),
        executor: Percentiles::of(alone),
        pipeline: Percentiles::of(pipeline),
    })
}

const TRIVIAL_CODE: &str = "results = {'value': 42}\n";

/// A plausible analysis script of about `lines` lines: imports, reads, loops, f-strings.
pub fn synthetic_script(lines: usize) -> String {
    let mut out =
        String::from("import math\nimport statistics\nfrom pyexec_runtime import read_channel\n\n");
    let mut n = 0;
    while out.lines().count() < lines.saturating_sub(2) {
        out.push_str(&format!(
            "def summarise_{n}(values):\n    \"\"\"Summary statistics for block {n}.\"\"\"\n    \
             if not values:\n        return {{}}\n    mean = statistics.fmean(values)\n    \
             spread = max(values) - min(values)\n    # the normalised spread, guarded\n    \
             norm = spread / mean if mean else math.nan\n    return {{'mean': mean, 'spread': spread, 'norm': norm}}\n\n\
             readings_{n} = [read_channel(f'SR:BPM{{i:02d}}:X') for i in range({k})]\n\
             stats_{n} = summarise_{n}([r for r in readings_{n} if r is not None])\n\
             print(f\"block {n}: {{stats_{n}}}\")\n\n",
            k = 4 + n % 7
        ));
        n += 1;
    }
    out.push_str("results = {'blocks': ");
    out.push_str(&n.to_string());
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_synthetic_script_has_the_requested_size_and_parses() {
        let script = synthetic_script(200);
        let count = script.lines().count();
        assert!((190..=215).contains(&count), "{count}");
        let analyzer = Analyzer::new(PatternSet::defaults("epics").expect("patterns"));
        let record = analyzer.analyze(&script, &Settings::default().approval_policy());
        assert!(
            record.passed && record.has_reads && !record.has_writes,
            "{:?}",
            record.issues
        );
    }
}
