//! `pyexec bench`: the embedded pipeline's per-run latency next to a bare interpreter start
//! measured in the same process, and the analysis time per snippet.
//!
//! `pyexec bench --analysis` ([`run_analysis`]) measures analysis throughput alone, on one
//! thread and on every core, next to the seeds' analysis (CPython `ast.parse` plus their regex
//! table, `bench_baseline.py`) timed inside the configured interpreter in the same run.
//!
//! With `PYEXEC_JUPYTER_URL` set, [`run`] also times the Jupyter executor: a trivial run on
//! a warm pooled kernel, and a cold kernel start (`POST /api/kernels` until its setup cell has
//! run); `scripts/bench-jupyter.sh` starts a local gateway for it.
//!
//! Figures are printed, never asserted: targets live in the docs and the closing notes, not
//! in timed tests.

use std::path::Path;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::analysis::{Analyzer, PatternSet};
use crate::approval::{ApprovalMode, ApprovalPolicy, NoApprover};
use crate::config::Settings;
use crate::embedded::EmbeddedRunner;
use crate::execution::local::{LocalExecutor, LocalSettings, Sandbox, SandboxMode};
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
    let configured = options.settings.sandbox.mode;
    for (mode, result) in &series.per_mode {
        let label = format!(
            "executor alone, sandbox {}{}:",
            sandbox_name(*mode),
            if *mode == configured {
                " (configured)"
            } else {
                ""
            }
        );
        match result {
            Ok(p) => line(&label, p),
            Err(why) => println!("{label:<48} unavailable: {why}"),
        }
    }
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

    match &options.settings.jupyter {
        Some(gateway) => bench_jupyter(&options.settings, gateway, runs).await?,
        None => println!(
            "jupyter kernel rows skipped: PYEXEC_JUPYTER_URL is not set (scripts/bench-jupyter.sh \
             starts a local Kernel Gateway and sets it)"
        ),
    }

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

/// The seeds' analysis as a Python program: `ast.parse` plus their regex table.
const BASELINE_PROGRAM: &str = include_str!("bench_baseline.py");

/// Script sizes, in lines, that `--analysis` measures.
const ANALYSIS_SIZES: [usize; 2] = [200, 2_000];

/// Shortest duration of every timed analysis loop, ours and the baseline's.
const ANALYSIS_LOOP: Duration = Duration::from_secs(1);

/// Runs `pyexec bench --analysis` and prints its figures on stdout: our analyzer on one
/// thread and on every core, then the baseline in `settings.python`. A baseline that cannot
/// run is reported and skipped; only a synthetic script that fails our analysis is an error.
pub async fn run_analysis(settings: &Settings) -> Result<(), String> {
    let analyzer = Analyzer::new(PatternSet::defaults("epics").map_err(|e| e.to_string())?);
    let policy = Settings::default().approval_policy();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let python = settings.python.clone();
    println!(
        "pyexec bench --analysis: {cores} cores; ours = Analyzer::analyze (epics defaults); \
         baseline = ast.parse + the seeds' 15 write and 14 read regexes in {}; loops >= {} s",
        python.display(),
        ANALYSIS_LOOP.as_secs_f64()
    );

    let dir = std::env::temp_dir().join(format!("pyexec-bench-analysis-{}", std::process::id()));
    let result = analysis_sizes(&analyzer, &policy, cores, &python, &dir).await;
    let _ = std::fs::remove_dir_all(&dir);
    result?;
    println!("target: >= 20x the baseline's throughput");
    let cap = crate::model::request::MAX_CODE_BYTES;
    println!(
        "largest requests: one analysis of each shape at half and at the whole request limit \
         ({} KiB); twice the size should take about twice the time",
        cap / 1024
    );
    for shape in LONG_SHAPES {
        let half = long_script(shape, cap / 2);
        let whole = long_script(shape, cap);
        let (half_kib, whole_kib) = (half.len() / 1024, whole.len() / 1024);
        let (half_time, whole_time) = {
            let (analyzer, policy) = (analyzer.clone(), policy.clone());
            tokio::task::spawn_blocking(move || {
                let time = |script: &str| {
                    let start = Instant::now();
                    let record = analyzer.analyze(script, &policy);
                    (start.elapsed(), record.has_writes || record.has_reads)
                };
                (time(&half), time(&whole))
            })
            .await
            .map_err(|e| format!("the long-script benchmark thread failed: {e}"))?
        };
        println!(
            "  {:<44} {:>5} KiB {:>7.3} s   {:>5} KiB {:>7.3} s   ({:.1}x){}",
            shape.name,
            half_kib,
            half_time.0.as_secs_f64(),
            whole_kib,
            whole_time.0.as_secs_f64(),
            whole_time.0.as_secs_f64() / half_time.0.as_secs_f64().max(1e-9),
            if half_time.1 && whole_time.1 {
                ""
            } else {
                "  (no control-system operation found: check the shape)"
            }
        );
    }
    Ok(())
}

/// A script shape that once made analysis super-linear in the script's length: a header,
/// then a block repeated with `{i}` replaced by the block's number (from 1) and `{prev}`
/// by the one before it's (0 for the first), then a footer with `{last}` replaced by the
/// last block's number.
#[derive(Debug, Clone, Copy)]
struct LongShape {
    name: &'static str,
    header: &'static str,
    block: &'static str,
    footer: &'static str,
}

/// The shapes `--analysis` times at the request size limit (`docs/operations.md`, "Largest
/// requests").
const LONG_SHAPES: [LongShape; 8] = [
    LongShape {
        name: "records keeping a device next to a log",
        header: "from tango import DeviceProxy\n",
        block: "r{i} = {'dev': DeviceProxy('sr/ps/{i}'), 'log': []}\nr{i}['log'].append({i})\n\
                r{i}['dev'].read_attribute('State')\n",
        footer: "",
    },
    LongShape {
        name: "loops over lists of PVs",
        header: "import epics\n",
        block: "pvs{i} = [epics.PV('SR:A{i}'), epics.PV('SR:B{i}')]\nfor p in pvs{i}:\n    \
                print(p.get())\n",
        footer: "",
    },
    LongShape {
        name: "classes keeping a PV and a log",
        header: "import epics\n",
        block: "class Reader{i}:\n    def __init__(self, name):\n        self.pv = epics.PV(name)\n\
                \x20       self.log = []\n    def step(self, v):\n        self.log.append(v)\n\
                \x20       return self.pv.get()\n\nReader{i}('SR:C{i}').step({i})\n",
        footer: "",
    },
    LongShape {
        name: "globals() into many names",
        header: "import epics\npv = epics.PV('SR:DCCT')\nprint(pv.get())\n",
        block: "scope{i} = globals()\n",
        footer: "",
    },
    LongShape {
        name: "subclasses of a base reading its fields",
        header: "import epics\nclass Base:\n    def __init__(self):\n        self.pv = epics.PV('SR:DCCT')\n\
                \x20   def read(self):\n        return self.pv.get()\n",
        block: "class Sub{i}(Base):\n    def value{i}(self):\n        return self.v{i}\n",
        footer: "",
    },
    LongShape {
        name: "a class chain storing and reading a field",
        header: "import epics\nclass C0:\n    def __init__(self):\n        \
                 self.pv = epics.PV('SR:DCCT')\n    def read(self):\n        \
                 return self.pv.get()\nC0().read()\n",
        block: "class C{i}(C{prev}):\n    def run(self):\n        self.x = {i}\n        \
                return self.x\n",
        footer: "",
    },
    LongShape {
        name: "a super() chain, a mixin at its end",
        header: "import epics\nclass M:\n    pass\nclass C0:\n    def run(self):\n        \
                 return epics.PV('SR:DCCT')\n",
        block: "class C{i}(C{prev}):\n    def run(self):\n        return super().run()\n",
        footer: "class D(C{last}, M):\n    pass\nprint(D().run().get())\n",
    },
    LongShape {
        name: "helpers handed lists",
        header: "import epics\nprint(epics.caget('SR:DCCT'))\n",
        block: "def collect{i}(out):\n    out.append({i})\n\ncollect{i}([])\n",
        footer: "",
    },
];

/// `shape` repeated until the script is just under `bytes` long.
fn long_script(shape: LongShape, bytes: usize) -> String {
    let mut script = String::from(shape.header);
    let footer = |last: usize| shape.footer.replace("{last}", &last.to_string());
    let mut last = 0;
    for i in 0usize.. {
        let block = shape
            .block
            .replace("{i}", &(i + 1).to_string())
            .replace("{prev}", &i.to_string());
        if script.len() + block.len() + footer(i + 1).len() > bytes {
            break;
        }
        script.push_str(&block);
        last = i + 1;
    }
    script.push_str(&footer(last));
    script
}

/// Measures each of [`ANALYSIS_SIZES`], ours and then the baseline, and prints the figures.
async fn analysis_sizes(
    analyzer: &Analyzer,
    policy: &ApprovalPolicy,
    cores: usize,
    python: &Path,
    dir: &Path,
) -> Result<(), String> {
    let program = std::fs::create_dir_all(dir)
        .and_then(|()| {
            let path = dir.join("bench_baseline.py");
            std::fs::write(&path, BASELINE_PROGRAM).map(|()| path)
        })
        .map_err(|e| {
            format!(
                "cannot write the baseline program under {}: {e}",
                dir.display()
            )
        });
    for lines in ANALYSIS_SIZES {
        let script = synthetic_script(lines);
        let record = analyzer.analyze(&script, policy);
        if !record.passed {
            return Err(format!(
                "the synthetic {lines}-line script failed analysis: {:?}",
                record.issues
            ));
        }
        let ours = {
            let (analyzer, policy, script) = (analyzer.clone(), policy.clone(), script.clone());
            tokio::task::spawn_blocking(move || {
                let single = analyses_single(&analyzer, &policy, &script, ANALYSIS_LOOP);
                let all = analyses_all_cores(&analyzer, &policy, &script, ANALYSIS_LOOP, cores);
                let parse = parses_single(&script, ANALYSIS_LOOP);
                (single, all, parse)
            })
            .await
            .map_err(|e| format!("the analysis benchmark thread failed: {e}"))?
        };
        let baseline = match &program {
            Ok(program) => {
                let path = dir.join(format!("script_{lines}.py"));
                match std::fs::write(&path, &script) {
                    Ok(()) => run_baseline(python, program, &path, ANALYSIS_LOOP, cores).await,
                    Err(e) => Err(format!("cannot write {}: {e}", path.display())),
                }
            }
            Err(e) => Err(e.clone()),
        };
        print_analysis_size(lines, script.lines().count(), cores, &ours, &baseline);
    }
    Ok(())
}

fn print_analysis_size(
    lines: usize,
    actual_lines: usize,
    cores: usize,
    (single, all, parse): &(SingleThread, Throughput, Throughput),
    baseline: &Result<BaselineReport, String>,
) {
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let threads = format!("{cores} thread{}", if cores == 1 { "" } else { "s" });
    println!("{lines}-line script ({actual_lines} lines):");
    println!(
        "  ours      1 thread    {:>10.0} analyses/s  mean {:8.1} µs  p50 {:8.1} µs  p99 {:8.1} µs  ({} in {:.2} s)",
        single.throughput.per_second(),
        us(single.latency.mean),
        us(single.latency.p50),
        us(single.latency.p99),
        single.throughput.analyses,
        single.throughput.wall.as_secs_f64()
    );
    println!(
        "  ours      {threads:<11} {:>10.0} analyses/s  ({} in {:.2} s wall)",
        all.per_second(),
        all.analyses,
        all.wall.as_secs_f64()
    );
    println!(
        "  parse only (ruff), 1 thread {:>5.0} parses/s   (the floor under ours: no analysis at all)",
        parse.per_second()
    );
    match baseline {
        Ok(b) => {
            println!(
                "  baseline  1 process   {:>10.0} analyses/s  mean {:8.1} µs  p50 {:8.1} µs  p99 {:8.1} µs  ({} in {:.2} s; Python {}, {}+{} patterns)",
                b.analyses_per_second,
                b.mean_us,
                b.p50_us,
                b.p99_us,
                b.analyses,
                b.seconds,
                b.python,
                b.write_patterns,
                b.read_patterns
            );
            let processes = format!(
                "{} process{}",
                b.processes,
                if b.processes == 1 { "" } else { "es" }
            );
            println!(
                "  baseline  {processes:<11} {:>10.0} analyses/s  ({} in {:.2} s wall; processes, as the GIL rules out threads)",
                b.all_cores_analyses_per_second, b.all_cores_analyses, b.all_cores_seconds
            );
            println!(
                "  ours/baseline: 1 thread {:.1}x, all cores {:.1}x (parse alone: {:.1}x)",
                single.throughput.per_second() / b.analyses_per_second,
                all.per_second() / b.all_cores_analyses_per_second,
                parse.per_second() / b.analyses_per_second
            );
        }
        Err(why) => println!("  baseline unavailable: {why}"),
    }
}

/// A number of analyses over a wall time.
#[derive(Debug, Clone, Copy)]
struct Throughput {
    analyses: u64,
    wall: Duration,
}

impl Throughput {
    fn per_second(&self) -> f64 {
        self.analyses as f64 / self.wall.as_secs_f64()
    }
}

/// The single-threaded loop: throughput and per-analysis latency.
#[derive(Debug, Clone, Copy)]
struct SingleThread {
    throughput: Throughput,
    latency: Percentiles,
}

/// Analyses `script` on this thread until `at_least` has passed.
fn analyses_single(
    analyzer: &Analyzer,
    policy: &ApprovalPolicy,
    script: &str,
    at_least: Duration,
) -> SingleThread {
    let mut samples = Vec::new();
    let started = Instant::now();
    let mut now = started;
    while now - started < at_least {
        let before = now;
        std::hint::black_box(analyzer.analyze(std::hint::black_box(script), policy));
        now = Instant::now();
        samples.push(now - before);
    }
    SingleThread {
        throughput: Throughput {
            analyses: samples.len() as u64,
            wall: now - started,
        },
        latency: Percentiles::of(samples),
    }
}

/// Parses `script` (no analysis) on this thread until `at_least` has passed.
fn parses_single(script: &str, at_least: Duration) -> Throughput {
    let started = Instant::now();
    let mut parses = 0u64;
    while started.elapsed() < at_least {
        std::hint::black_box(
            crate::analysis::syntax::parse(std::hint::black_box(script))
                .errors
                .len(),
        );
        parses += 1;
    }
    Throughput {
        analyses: parses,
        wall: started.elapsed(),
    }
}

/// `threads` threads, released together, each analysing `script` until `at_least` has
/// passed; total analyses over the wall time until the last one stops.
fn analyses_all_cores(
    analyzer: &Analyzer,
    policy: &ApprovalPolicy,
    script: &str,
    at_least: Duration,
    threads: usize,
) -> Throughput {
    let start = Barrier::new(threads + 1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    start.wait();
                    let started = Instant::now();
                    let mut analyses = 0_u64;
                    while started.elapsed() < at_least {
                        std::hint::black_box(
                            analyzer.analyze(std::hint::black_box(script), policy),
                        );
                        analyses += 1;
                    }
                    analyses
                })
            })
            .collect();
        start.wait();
        let started = Instant::now();
        // A worker can only fail by panicking inside the analyzer; it then counts nothing.
        let analyses = workers.into_iter().map(|w| w.join().unwrap_or(0)).sum();
        Throughput {
            analyses,
            wall: started.elapsed(),
        }
    })
}

/// What `bench_baseline.py` prints.
#[derive(Debug, Clone, Deserialize)]
struct BaselineReport {
    python: String,
    write_patterns: usize,
    read_patterns: usize,
    analyses: u64,
    seconds: f64,
    analyses_per_second: f64,
    mean_us: f64,
    p50_us: f64,
    p99_us: f64,
    processes: usize,
    all_cores_analyses: u64,
    all_cores_seconds: f64,
    all_cores_analyses_per_second: f64,
}

/// Runs the baseline program on `script` in `python`: a single-process loop, then
/// `processes` processes at once, each for at least `at_least`. Errors say why it could not.
async fn run_baseline(
    python: &Path,
    program: &Path,
    script: &Path,
    at_least: Duration,
    processes: usize,
) -> Result<BaselineReport, String> {
    // Two timed loops plus interpreter start and fork; far beyond, the interpreter is stuck.
    let deadline = at_least * 2 + Duration::from_secs(60);
    let child = tokio::process::Command::new(python)
        .arg("-I")
        .arg(program)
        .arg(script)
        .arg(at_least.as_secs_f64().to_string())
        .arg(processes.to_string())
        .env_clear()
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(deadline, child)
        .await
        .map_err(|_| {
            format!(
                "{} did not finish within {} s",
                python.display(),
                deadline.as_secs()
            )
        })?
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!(
            "{} exited with {}: {}",
            python.display(),
            output.status,
            stderr.trim().lines().last().unwrap_or("no stderr")
        ));
    }
    let report: BaselineReport = serde_json::from_slice(&output.stdout).map_err(|e| {
        format!(
            "the baseline printed no report ({e}): {}",
            String::from_utf8_lossy(&output.stdout).trim()
        )
    })?;
    let rate_ok = report.analyses_per_second.is_finite() && report.analyses_per_second > 0.0;
    if report.analyses == 0 || !rate_ok {
        return Err(format!("the baseline ran no analyses: {report:?}"));
    }
    Ok(report)
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
    /// The executor alone in each sandbox mode (an error when a mode other than the
    /// configured one cannot be had here).
    per_mode: Vec<(SandboxMode, Result<Percentiles, String>)>,
    pipeline: Percentiles,
    /// Median of (pipeline run - bare start) over the pairs, in ms.
    pipeline_overhead: f64,
    /// Median of (executor alone in the configured mode - bare start), in ms.
    executor_overhead: f64,
}

/// Alternates a bare interpreter start, the executor alone and a full embedded run.
async fn measure_interleaved(settings: &Settings, runs: usize) -> Result<Series, String> {
    let mut settings = settings.clone();
    settings.approval_mode = ApprovalMode::Disabled;
    let python = settings.python.clone();
    let scratch = settings.data_dir.join("executor-alone");
    let executor_with = |sandbox: Sandbox| {
        LocalExecutor::new(
            LocalSettings {
                launcher: settings.local_launcher,
                sandbox,
                ..LocalSettings::new(python.clone(), settings.execution_timeout)
            },
            &settings.data_dir.join(".runtime"),
        )
        .map_err(|e| e.to_string())
    };
    let configured = settings.sandbox;
    let mut per_mode: Vec<(SandboxMode, Result<LocalExecutor, String>, Vec<Duration>)> =
        [SandboxMode::Rlimit, SandboxMode::None, SandboxMode::Bwrap]
            .into_iter()
            .map(|mode| {
                let sandbox = if mode == configured.mode {
                    configured
                } else {
                    Sandbox {
                        mode,
                        share_network: mode != SandboxMode::Bwrap,
                        ..configured
                    }
                };
                (mode, executor_with(sandbox), Vec::new())
            })
            .collect();
    if let Some((_, Err(why), _)) = per_mode.iter().find(|(mode, ..)| *mode == configured.mode) {
        return Err(why.clone());
    }
    let generator = Arc::new(MockGenerator::new(MockSource::Fixed(TRIVIAL_CODE.into())));
    let runner = EmbeddedRunner::with_generator(settings, generator, Arc::new(NoApprover))
        .map_err(|e| e.to_string())?;
    let (mut bare, mut pipeline) = (Vec::new(), Vec::new());
    for n in 0..runs {
        bare.push(bare_start(&python).await?);

        for (mode, executor, samples) in &mut per_mode {
            if let Ok(executor) = executor {
                let name = sandbox_name(*mode);
                samples.push(
                    trivial_run(executor, &scratch.join(format!("{n}-{name}")))
                        .await
                        .map_err(|e| {
                            format!("executor bench run {n} (sandbox {name}) failed: {e}")
                        })?,
                );
            }
        }

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
    runner.shutdown().await;
    let overhead = |series: &[Duration]| {
        let mut differences: Vec<f64> = series
            .iter()
            .zip(&bare)
            .map(|(run, interpreter)| ms(*run) - ms(*interpreter))
            .collect();
        differences.sort_by(f64::total_cmp);
        differences[differences.len() / 2]
    };
    let executor_overhead = per_mode
        .iter()
        .find(|(mode, ..)| *mode == configured.mode)
        .map_or(f64::NAN, |(_, _, samples)| overhead(samples));
    Ok(Series {
        pipeline_overhead: overhead(&pipeline),
        executor_overhead,
        bare: Percentiles::of(bare),
        per_mode: per_mode
            .into_iter()
            .map(|(mode, executor, samples)| (mode, executor.map(|_| Percentiles::of(samples))))
            .collect(),
        pipeline: Percentiles::of(pipeline),
    })
}

fn sandbox_name(mode: SandboxMode) -> &'static str {
    match mode {
        SandboxMode::Rlimit => "rlimit",
        SandboxMode::None => "none",
        SandboxMode::Bwrap => "bwrap",
    }
}

const TRIVIAL_CODE: &str = "results = {'value': 42}\n";

/// The Jupyter executor's rows: a trivial run on a warm pooled kernel (the wait for the pool
/// to refill between runs is not counted) and cold kernel starts.
async fn bench_jupyter(
    settings: &Settings,
    gateway: &crate::config::JupyterGateway,
    runs: usize,
) -> Result<(), String> {
    use crate::execution::jupyter::{JupyterExecutor, JupyterSettings};
    let executor = JupyterExecutor::new(JupyterSettings::new(
        gateway.clone(),
        settings.execution_timeout,
    ))?;
    let scratch = settings.data_dir.join("jupyter-bench");
    let measured = async {
        let mut warm = Vec::with_capacity(runs);
        for n in 0..runs {
            if !executor
                .wait_ready(ExecutionMode::ReadOnly, 1, Duration::from_secs(60))
                .await
            {
                return Err("no pooled kernel became ready within 60 s".to_owned());
            }
            warm.push(
                trivial_run(&executor, &scratch.join(n.to_string()))
                    .await
                    .map_err(|e| format!("jupyter bench run {n} failed: {e}"))?,
            );
        }
        let mut cold = Vec::new();
        for _ in 0..runs.min(5) {
            cold.push(executor.cold_start(ExecutionMode::ReadOnly).await?);
        }
        Ok((warm, cold))
    }
    .await;
    executor.shutdown().await;
    let (warm, cold) = measured?;
    let line = |label: &str, samples: Vec<Duration>, target: &str| {
        let n = samples.len();
        let p = Percentiles::of(samples);
        println!(
            "{label:<48} mean {:7.2} ms  median {:7.2} ms  (n = {n}){target}",
            ms(p.mean),
            ms(p.p50)
        );
    };
    println!("jupyter kernels on {}:", gateway.url);
    line(
        "jupyter: trivial run on a warm pooled kernel:",
        warm,
        "  target <= 30 ms",
    );
    line("jupyter: cold kernel start (POST until ready):", cold, "");
    Ok(())
}

/// How long `executor` takes to run [`TRIVIAL_CODE`] in a fresh `dir`.
async fn trivial_run(executor: &dyn Executor, dir: &Path) -> Result<Duration, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let job = ExecutionJob {
        run_id: "bench",
        code: TRIVIAL_CODE,
        mode: ExecutionMode::ReadOnly,
        attempt: 1,
        context: None,
        attempt_dir: dir,
    };
    let started = Instant::now();
    executor.execute(job).await.map_err(|f| f.message)?;
    Ok(started.elapsed())
}

/// A plausible analysis script of about `lines` lines: imports, reads, loops, f-strings.
pub fn synthetic_script(lines: usize) -> String {
    use std::fmt::Write as _;
    const HEADER: &str =
        "import math\nimport statistics\nfrom pyexec_runtime import read_channel\n\n";
    let target = lines.saturating_sub(2);
    let mut out = String::from(HEADER);
    // `out` always ends in a newline, so its line count is its newline count, kept here
    // instead of recounted per block.
    let mut count = HEADER.matches('\n').count();
    let mut n = 0;
    while count < target {
        let start = out.len();
        let _ = write!(
            out,
            "def summarise_{n}(values):\n    \"\"\"Summary statistics for block {n}.\"\"\"\n    \
             if not values:\n        return {{}}\n    mean = statistics.fmean(values)\n    \
             spread = max(values) - min(values)\n    # the normalised spread, guarded\n    \
             norm = spread / mean if mean else math.nan\n    return {{'mean': mean, 'spread': spread, 'norm': norm}}\n\n\
             readings_{n} = [read_channel(f'SR:BPM{{i:02d}}:X') for i in range({k})]\n\
             stats_{n} = summarise_{n}([r for r in readings_{n} if r is not None])\n\
             print(f\"block {n}: {{stats_{n}}}\")\n\n",
            k = 4 + n % 7
        );
        count += out[start..].matches('\n').count();
        n += 1;
    }
    let _ = writeln!(out, "results = {{'blocks': {n}}}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_long_shape_fills_the_request_and_parses() {
        let cap = crate::model::request::MAX_CODE_BYTES;
        for shape in LONG_SHAPES {
            let script = long_script(shape, cap);
            assert!(
                script.len() <= cap && script.len() > cap - 1024,
                "{}",
                shape.name
            );
            let parsed = crate::analysis::syntax::parse(&script);
            assert!(
                parsed.errors.is_empty(),
                "{}: {:?}",
                shape.name,
                parsed.errors
            );
        }
    }

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

    /// `PYEXEC_TEST_PYTHON`, else `/usr/bin/python3`, when it exists.
    fn test_python() -> Option<std::path::PathBuf> {
        std::env::var_os("PYEXEC_TEST_PYTHON")
            .map(std::path::PathBuf::from)
            .or_else(|| Some("/usr/bin/python3".into()))
            .filter(|p| p.is_file())
    }

    #[tokio::test]
    async fn the_baseline_program_reports_sane_json() {
        let Some(python) = test_python() else {
            eprintln!("skipped: no interpreter (set PYEXEC_TEST_PYTHON)");
            return;
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let program = dir.path().join("bench_baseline.py");
        let script = dir.path().join("script.py");
        std::fs::write(&program, BASELINE_PROGRAM).expect("program");
        std::fs::write(&script, synthetic_script(200)).expect("script");
        let report = run_baseline(&python, &program, &script, Duration::from_millis(50), 2)
            .await
            .expect("the baseline runs");
        assert_eq!((report.write_patterns, report.read_patterns), (15, 14));
        assert!(report.analyses > 0 && report.seconds >= 0.05, "{report:?}");
        assert!(
            report.p50_us > 0.0 && report.p50_us <= report.p99_us,
            "{report:?}"
        );
        assert!(
            report.mean_us > 0.0 && report.analyses_per_second > 0.0,
            "{report:?}"
        );
        assert_eq!(report.processes, 2);
        assert!(
            report.all_cores_analyses > 0 && report.all_cores_analyses_per_second > 0.0,
            "{report:?}"
        );
    }

    #[tokio::test]
    async fn a_missing_interpreter_makes_the_baseline_unavailable_not_a_panic() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = run_baseline(
            Path::new("/nonexistent/python3"),
            &dir.path().join("p.py"),
            &dir.path().join("s.py"),
            Duration::from_millis(10),
            1,
        )
        .await
        .expect_err("no interpreter");
        assert!(err.contains("cannot run /nonexistent/python3"), "{err}");
    }

    #[test]
    fn the_all_core_loop_counts_every_thread() {
        let analyzer = Analyzer::new(PatternSet::defaults("epics").expect("patterns"));
        let policy = Settings::default().approval_policy();
        let script = synthetic_script(20);
        let t = analyses_all_cores(&analyzer, &policy, &script, Duration::from_millis(20), 2);
        // Each of the two threads completes at least one analysis; no timing is asserted.
        assert!(t.analyses >= 2, "{t:?}");
    }
}
