//! The `pyexec` command line: argument parsing and the terminal presentation of outcomes.
//! `main` in `src/bin/pyexec.rs` only calls [`main`].
//!
//! Exit codes: 0 when the run completed; 1 when it failed, was rejected or expired; 2 for
//! usage and configuration errors (bad flags, bad `PYEXEC_*` values, unreadable files).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

/// `println!` that ignores a closed stdout (`pyexec status X | head` must not panic).
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
use clap::{Parser, Subcommand};

use crate::approval::{Approver, FixedApprover, NoApprover, TerminalApprover};
use crate::config::{LogFormat, Settings};
use crate::embedded::{EmbeddedRunner, invalid_request_outcome};
use crate::model::{ExecutionRequest, Outcome};

#[derive(Debug, Parser)]
#[command(
    name = "pyexec",
    version,
    about = "Generate, analyse, approve and execute Python code"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run one request end to end in this process (no broker needed).
    Run(RunArgs),
    /// Measure the embedded pipeline's latency and the analysis time (--analysis: analysis
    /// throughput against the seeds' baseline).
    Bench(BenchArgs),
    /// Analyse a Python file as the pipeline would (policy from PYEXEC_* settings).
    Analyze(AnalyzeArgs),
    /// Submit a request to the fleet (`requests` queue).
    Submit(SubmitArgs),
    /// Show a fleet run's state.
    Status(StatusArgs),
    /// Pending approval requests.
    Approvals {
        #[command(subcommand)]
        command: ApprovalsCommand,
    },
    /// Approve a run's pending code (as the broker user of PYEXEC_AMQP_URL).
    Approve(DecideArgs),
    /// Reject a run's pending code.
    Reject(RejectArgs),
}

#[derive(Debug, clap::Args)]
struct AnalyzeArgs {
    /// The Python file.
    file: PathBuf,
    /// Print the analysis record as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
struct SubmitArgs {
    /// An ExecutionRequest JSON file.
    #[arg(long, value_name = "FILE.json")]
    request: PathBuf,
    /// Wait for the outcome and print it.
    #[arg(long)]
    wait: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// The run id (AMQP message_id); a new UUID by default. Resubmitting an id starts no
    /// second run.
    #[arg(long)]
    id: Option<String>,
    /// How long --wait waits, in seconds.
    #[arg(long, default_value_t = 900)]
    timeout: u64,
}

#[derive(Debug, clap::Args)]
struct StatusArgs {
    run_id: String,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum ApprovalsCommand {
    /// List pending approval requests.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
struct DecideArgs {
    run_id: String,
    #[arg(long)]
    reason: Option<String>,
}

#[derive(Debug, clap::Args)]
struct RejectArgs {
    run_id: String,
    #[arg(long)]
    reason: String,
}

#[derive(Debug, clap::Args)]
struct RunArgs {
    /// A task objective (used as the user query too) when no --request is given.
    #[arg(conflicts_with = "request")]
    objective: Option<String>,
    /// An ExecutionRequest JSON file.
    #[arg(long, value_name = "FILE.json")]
    request: Option<PathBuf>,
    /// Print exactly one outcome object on stdout.
    #[arg(long)]
    json: bool,
    /// Approve any approval request without asking.
    #[arg(long, conflicts_with = "reject")]
    approve: bool,
    /// Reject any approval request without asking.
    #[arg(long)]
    reject: bool,
    /// Reason recorded with --approve / --reject.
    #[arg(long)]
    reason: Option<String>,
}

#[derive(Debug, clap::Args)]
struct BenchArgs {
    /// Runs per measured series.
    #[arg(long, default_value_t = 200)]
    runs: usize,
    /// Analyses per snippet size.
    #[arg(long, default_value_t = 2000)]
    analysis_iterations: usize,
    /// Benchmark the fleet instead: start the four workers locally (1, then 2 replicas each)
    /// against the local RabbitMQ and Redis.
    #[arg(long)]
    fleet: bool,
    /// With --fleet: requests in the throughput burst.
    #[arg(long, default_value_t = 500)]
    burst: usize,
    /// Measure analysis throughput only (one thread, every core) against the seeds'
    /// analysis in PYEXEC_PYTHON (ast.parse plus their regex table); no executor runs.
    #[arg(long, conflicts_with = "fleet")]
    analysis: bool,
}

/// The CLI's entry point.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("pyexec: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    init_tracing(settings.log_format);
    for name in Settings::unknown_variables(std::env::vars()) {
        tracing::warn!(variable = %name, "unknown PYEXEC_ variable ignored (a typo?)");
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("pyexec: cannot start the async runtime: {err}");
            return ExitCode::from(2);
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Run(args) => run_command(args, settings).await,
            Command::Bench(args) => bench_command(args, settings).await,
            Command::Analyze(args) => analyze_command(args, &settings),
            Command::Submit(args) => submit_command(args, settings).await,
            Command::Status(args) => status_command(args, settings).await,
            Command::Approvals {
                command: ApprovalsCommand::List { json },
            } => approvals_command(json, settings).await,
            Command::Approve(args) => {
                decide_command(args.run_id, true, args.reason, settings).await
            }
            Command::Reject(args) => {
                decide_command(args.run_id, false, Some(args.reason), settings).await
            }
        }
    });
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("pyexec: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Logs to stderr, text or JSON, filtered by `RUST_LOG` (default `info`).
pub fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.compact().init(),
    }
}

async fn run_command(args: RunArgs, settings: Settings) -> anyhow::Result<ExitCode> {
    let approver: Arc<dyn Approver> = if args.approve || args.reject {
        Arc::new(FixedApprover {
            approve: args.approve,
            approver: format!(
                "cli:{}",
                std::env::var("USER").unwrap_or_else(|_| "unknown".into())
            ),
            reason: args.reason.clone().or_else(|| {
                Some(
                    if args.approve {
                        "--approve flag"
                    } else {
                        "--reject flag"
                    }
                    .into(),
                )
            }),
        })
    } else if TerminalApprover::available() {
        Arc::new(TerminalApprover)
    } else {
        Arc::new(NoApprover)
    };
    let request = match (&args.request, &args.objective) {
        (Some(path), _) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            match ExecutionRequest::from_json(&bytes) {
                Ok(request) => request,
                Err(err) => {
                    let outcome =
                        invalid_request_outcome(uuid::Uuid::new_v4().to_string(), err.to_string());
                    return Ok(print_outcome(&outcome, args.json));
                }
            }
        }
        (None, Some(objective)) => ExecutionRequest::for_objective(objective),
        (None, None) => anyhow::bail!("give a task objective or --request FILE.json"),
    };
    let runner =
        EmbeddedRunner::from_settings(settings, approver).context("configuration error")?;
    let outcome = runner.run(request).await;
    runner.shutdown().await;
    Ok(print_outcome(&outcome, args.json))
}

fn print_outcome(outcome: &Outcome, json: bool) -> ExitCode {
    if json {
        match serde_json::to_string(outcome) {
            Ok(text) => outln!("{text}"),
            Err(err) => eprintln!("pyexec: cannot serialise the outcome: {err}"),
        }
    } else {
        print_human(outcome);
    }
    if outcome.is_success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn print_human(outcome: &Outcome) {
    let color = std::io::stdout().is_terminal();
    let status = outcome.status.as_str();
    if color {
        let code = if outcome.is_success() { 32 } else { 31 };
        outln!("\x1b[1;{code}m{status}\x1b[0m  run {}", outcome.run_id);
    } else {
        outln!("{status}  run {}", outcome.run_id);
    }
    if let Some(result) = &outcome.result {
        let exec = &result.execution_result;
        outln!("attempt: {}", result.generation_attempt);
        outln!(
            "results:\n{}",
            serde_json::to_string_pretty(&exec.results).unwrap_or_default()
        );
        if !exec.stdout.is_empty() {
            outln!("stdout:\n{}", exec.stdout.trim_end());
        }
        for figure in &exec.figure_paths {
            outln!("figure: {figure}");
        }
        outln!("notebook: {}", exec.notebook_link);
        for warning in &result.analysis_warnings {
            outln!("warning: {warning}");
        }
    }
    if let Some(error) = &outcome.error {
        outln!(
            "error ({:?}, {}): {}",
            error.category,
            error.kind,
            error.message
        );
    }
    for entry in &outcome.error_chain {
        outln!(
            "  attempt {} failed in {}: {}",
            entry.attempt,
            entry.stage,
            entry.message.lines().next().unwrap_or_default()
        );
    }
}

async fn bench_command(args: BenchArgs, settings: Settings) -> anyhow::Result<ExitCode> {
    if args.fleet {
        crate::fleet::bench::run(crate::fleet::bench::FleetBenchOptions {
            latency_requests: args.runs,
            burst_requests: args.burst,
            settings,
        })
        .await
        .map_err(anyhow::Error::msg)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.analysis {
        crate::bench::run_analysis(&settings)
            .await
            .map_err(anyhow::Error::msg)?;
        return Ok(ExitCode::SUCCESS);
    }
    let data_dir = std::env::temp_dir().join(format!("pyexec-bench-{}", std::process::id()));
    let settings = Settings {
        data_dir: data_dir.clone(),
        ..settings
    };
    let result = crate::bench::run(crate::bench::BenchOptions {
        runs: args.runs,
        analysis_iterations: args.analysis_iterations,
        settings,
    })
    .await;
    let _ = std::fs::remove_dir_all(&data_dir);
    result.map_err(anyhow::Error::msg)?;
    Ok(ExitCode::SUCCESS)
}

async fn submit_command(args: SubmitArgs, settings: Settings) -> anyhow::Result<ExitCode> {
    let body = std::fs::read(&args.request)
        .with_context(|| format!("cannot read {}", args.request.display()))?;
    if let Err(err) = ExecutionRequest::from_json(&body) {
        anyhow::bail!("{} is not a valid request: {err}", args.request.display());
    }
    let run_id = args.id.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let wait = args
        .wait
        .then(|| std::time::Duration::from_secs(args.timeout));
    let outcome = crate::fleet::client::submit(&settings.fleet, &body, &run_id, wait).await?;
    match outcome {
        Some(outcome) => Ok(print_outcome(&outcome, args.json)),
        None => {
            if args.json {
                outln!("{}", serde_json::json!({"run_id": run_id}));
            } else {
                outln!("submitted run {run_id}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn status_command(args: StatusArgs, settings: Settings) -> anyhow::Result<ExitCode> {
    let status = crate::fleet::client::status(&settings.fleet, &args.run_id).await?;
    if args.json {
        outln!("{}", serde_json::to_string(&status)?);
    } else {
        outln!(
            "run {}: {} (attempt {}, updated {})",
            status.run_id,
            status.stage,
            status.attempt,
            status.updated_at
        );
        if let Some(pending) = &status.pending_approval {
            outln!(
                "awaiting approval of code {} until {}",
                pending.code_sha256,
                pending.expires_at
            );
        }
        if let Some(outcome) = &status.outcome {
            print_human(outcome);
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn approvals_command(json: bool, settings: Settings) -> anyhow::Result<ExitCode> {
    let pending = crate::fleet::client::pending_approvals(&settings.fleet).await?;
    if json {
        outln!("{}", serde_json::to_string(&pending)?);
    } else if pending.is_empty() {
        outln!("no pending approvals");
    } else {
        for request in &pending {
            outln!(
                "{}  {}  expires {}  {}",
                request.run_id,
                request.execution_mode,
                request.expires_at,
                request.task_objective
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn decide_command(
    run_id: String,
    approved: bool,
    reason: Option<String>,
    settings: Settings,
) -> anyhow::Result<ExitCode> {
    let wait = std::time::Duration::from_secs(15);
    let status =
        crate::fleet::client::decide(&settings.fleet, &run_id, approved, reason, wait).await?;
    let verb = if approved { "approval" } else { "rejection" };
    if status.stage == crate::model::Stage::AwaitingApproval {
        eprintln!(
            "pyexec: the {verb} of run {run_id} was not accepted (is {} on PYEXEC_APPROVERS?); see the run's audit",
            settings.fleet.amqp_user()
        );
        return Ok(ExitCode::from(1));
    }
    outln!("run {run_id}: {verb} recorded; now {}", status.stage);
    Ok(ExitCode::SUCCESS)
}

fn analyze_command(args: AnalyzeArgs, settings: &Settings) -> anyhow::Result<ExitCode> {
    let code = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let analyzer = crate::analysis::Analyzer::from_settings(settings)?;
    let record = analyzer.analyze_bytes(&code, &settings.approval_policy());
    if args.json {
        outln!("{}", serde_json::to_string(&record)?);
    } else {
        let verdict = if record.passed { "passed" } else { "FAILED" };
        outln!(
            "{verdict}: writes {}, reads {}, security risk {:?}, needs approval {} ({}), mode {}",
            record.has_writes,
            record.has_reads,
            record.security_risk,
            record.needs_approval,
            record.approval_reasoning,
            record.recommended_execution_mode
        );
        for issue in &record.issues {
            outln!("issue: {issue}");
        }
        for m in &record.operations {
            let channel = m
                .channel
                .as_deref()
                .map(|c| format!(" channel {c}"))
                .unwrap_or_default();
            outln!(
                "line {}:{} {:?} {}{channel} ({:?})",
                m.line,
                m.column,
                m.operation,
                m.target,
                m.evidence
            );
        }
        for f in &record.security_findings {
            outln!(
                "line {}:{} {:?} risk [{}] {}",
                f.line,
                f.column,
                f.severity,
                f.rule,
                f.message
            );
        }
        for v in &record.limits_violations {
            outln!("limits: {:?} {}", v.violation_type, v.reason);
        }
        for warning in &record.warnings {
            outln!("warning: {warning}");
        }
    }
    Ok(if record.passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
