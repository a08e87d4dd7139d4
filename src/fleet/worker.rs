//! Process setup for the fleet binaries: one [`main`] per role that loads the settings,
//! starts tracing, connects Redis, serves health and metrics, installs SIGTERM/SIGINT
//! handling, and runs the role's handlers on the shared [`runtime`](crate::fleet::runtime).
//! The binaries under `workers/` only call [`main`].

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::analysis::Analyzer;
use crate::config::{ConfigError, Settings};
use crate::fleet::handlers::{
    AnalyzeHandler, ApprovalsHandler, DecisionsHandler, ExecuteHandler, Forwarder, GenerateHandler,
    IntakeHandler,
};
use crate::fleet::health::{self, Metrics, Readiness};
use crate::fleet::runtime::{self, Handler, WorkerContext};
use crate::fleet::store::RunStore;
use crate::generation::GeneratorRegistry;

/// The fleet's worker roles, one binary each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `pyexec-generator`: `requests` and `generate`.
    Generator,
    /// `pyexec-analyzer`: `analyze`.
    Analyzer,
    /// `pyexec-executor`: `execute`.
    Executor,
    /// `pyexec-approver`: `approvals`, `approval-decisions`, and approval expiry.
    Approver,
}

impl Role {
    pub fn binary(self) -> &'static str {
        match self {
            Role::Generator => "pyexec-generator",
            Role::Analyzer => "pyexec-analyzer",
            Role::Executor => "pyexec-executor",
            Role::Approver => "pyexec-approver",
        }
    }
}

/// Entry point of a worker binary.
pub fn main(role: Role) -> ExitCode {
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("{}: configuration error: {err}", role.binary());
            return ExitCode::from(2);
        }
    };
    crate::cli::init_tracing(settings.log_format);
    for name in Settings::unknown_variables(std::env::vars()) {
        tracing::warn!(variable = %name, "unknown PYEXEC_ variable ignored (a typo?)");
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("{}: cannot start the async runtime: {err}", role.binary());
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(serve(role, settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}: {err}", role.binary());
            ExitCode::from(2)
        }
    }
}

/// Runs a worker of `role` until SIGTERM or SIGINT.
pub async fn serve(role: Role, settings: Settings) -> Result<(), ConfigError> {
    let shutdown = CancellationToken::new();
    spawn_signal_handler(shutdown.clone());
    let handlers_ctx = build(role, settings, shutdown.clone()).await?;
    let Some((ctx, handlers, executor)) = handlers_ctx else {
        return Ok(());
    };
    let (address, server) = health::serve(
        ctx.settings.fleet.health_port,
        Arc::clone(&ctx.metrics),
        Arc::clone(&ctx.readiness),
        shutdown.clone(),
    )
    .await
    .map_err(|e| ConfigError::new("PYEXEC_HEALTH_PORT", format!("cannot listen: {e}")))?;
    tracing::info!(role = role.binary(), health = %address, broker = %ctx.settings.fleet.amqp_url_redacted(), "worker started");
    tokio::spawn(redis_watch(Arc::clone(&ctx), shutdown.clone()));
    runtime::run(Arc::clone(&ctx), role.binary(), handlers, shutdown.clone()).await;
    shutdown.cancel();
    if let Some(executor) = executor {
        // After the handlers drained: the Jupyter executor deletes its kernels here.
        executor.shutdown().await;
    }
    let _ = server.await;
    tracing::info!(role = role.binary(), "worker stopped");
    Ok(())
}

/// The role's context, its handlers, and the executor to shut down at the end (executor role).
type Built = Option<(
    Arc<WorkerContext>,
    Vec<Arc<dyn Handler>>,
    Option<Arc<dyn crate::execution::Executor>>,
)>;

async fn build(
    role: Role,
    settings: Settings,
    shutdown: CancellationToken,
) -> Result<Built, ConfigError> {
    let fleet = settings.fleet.clone();
    let store = runtime::retry_until("connecting to redis", &shutdown, || {
        RunStore::connect(&fleet.redis_url, &fleet.redis_prefix, fleet.run_ttl)
    })
    .await;
    let Some(store) = store else {
        return Ok(None);
    };
    let readiness = Arc::new(Readiness::default());
    readiness.set_redis(true);
    let ctx = Arc::new(WorkerContext {
        settings: Arc::new(settings),
        store,
        metrics: Arc::new(Metrics::default()),
        readiness,
        worker_id: format!(
            "{}-{}-{}",
            role.binary(),
            std::process::id(),
            &uuid::Uuid::new_v4().to_string()[..8]
        ),
    });
    let forwarder = Forwarder::new(Arc::clone(&ctx));
    let settings = &ctx.settings;
    let mut executor_to_stop = None;
    let handlers: Vec<Arc<dyn Handler>> = match role {
        Role::Generator => {
            let generator = GeneratorRegistry::with_builtins()
                .create(&settings.generator)
                .map_err(|message| ConfigError::new("PYEXEC_GENERATOR", message))?;
            vec![
                Arc::new(IntakeHandler {
                    ctx: Arc::clone(&ctx),
                    forwarder: forwarder.clone(),
                }),
                Arc::new(GenerateHandler {
                    ctx: Arc::clone(&ctx),
                    forwarder,
                    generator,
                    control_system_type: settings.control_system_type.clone(),
                }),
            ]
        }
        Role::Analyzer => vec![Arc::new(AnalyzeHandler {
            ctx: Arc::clone(&ctx),
            forwarder,
            analyzer: Analyzer::from_settings(settings)?,
        })],
        Role::Executor => {
            let executor = crate::execution::executor(settings)?;
            executor_to_stop = Some(Arc::clone(&executor));
            vec![Arc::new(ExecuteHandler::new(
                Arc::clone(&ctx),
                forwarder,
                executor,
            ))]
        }
        Role::Approver => vec![
            Arc::new(ApprovalsHandler {
                ctx: Arc::clone(&ctx),
            }),
            Arc::new(DecisionsHandler {
                ctx: Arc::clone(&ctx),
                forwarder,
            }),
        ],
    };
    Ok(Some((ctx, handlers, executor_to_stop)))
}

fn spawn_signal_handler(shutdown: CancellationToken) {
    tokio::spawn(async move {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(err) => {
                    tracing::error!(error = %err, "cannot install the SIGTERM handler");
                    return;
                }
            };
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM: stopping"),
            _ = tokio::signal::ctrl_c() => tracing::info!("SIGINT: stopping"),
        }
        shutdown.cancel();
    });
}

/// Keeps `/readyz` honest about Redis.
async fn redis_watch(ctx: Arc<WorkerContext>, shutdown: CancellationToken) {
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = tick.tick() => {}
        }
        ctx.readiness.set_redis(ctx.store.ping().await.is_ok());
    }
}
