//! The Jupyter executor (`PYEXEC_EXECUTION_METHOD=container`): each execution runs in a
//! fresh kernel of a Jupyter Kernel Gateway or jupyter_server, over its REST API and the kernel
//! channels websocket (messaging protocol 5.3).
//!
//! A warm pool per execution mode holds pre-started kernels, each already set up by one cell
//! that installs the runtime modules (`wrapper.py`, `pyexec_runtime.py`, `pyexec_guard.py`,
//! `pyexec_kernel.py`, the mock `epics` package) into a private folder of the kernel and
//! applies the mode's guard: the kernel may run on another host, so everything it needs is sent
//! over the protocol. A kernel serves exactly one run and is then deleted, and a replacement is
//! started in the background when it is taken, so no state passes between runs. The run's cell
//! is small (code, context, run id); its report comes back as a `display_data` of type
//! [`REPORT_MIME`] and is written into the attempt directory as the local wrapper would have
//! written it, then judged by the local executor's own code: both executors report the same
//! fields, kinds and categories. stdout and stderr are the kernel's `stream` messages, capped
//! like the local executor's; images the code displays become `figures/figure_NN.png`.
//!
//! Invariants: every kernel this executor starts is recorded until it is deleted, and
//! [`JupyterExecutor::shutdown`] deletes all of them (so does dropping the executor, best
//! effort). `code_started` is true once the execute request was sent, so write-mode code that
//! may have started is never run again. A timeout interrupts the kernel, shuts it down, and
//! reports kind `timeout` (`workflow`, as the local executor does); a gateway that cannot be
//! reached or a kernel that dies is an `infrastructure` failure (the same code runs again).

use std::collections::{BTreeMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use base64::Engine as _;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::time::timeout_at;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::local::{self, Capture, Captured, Fault, ModeEnvironment};
use super::{ExecutionFailure, ExecutionJob, ExecutionOutput, Executor};
use crate::config::JupyterGateway;
use crate::model::{ErrorCategory, ExecutionMode};

/// The mime type of the report the kernel runner publishes (see `pyexec_kernel.py`).
pub const REPORT_MIME: &str = "application/vnd.pyexec.report+json";
/// Default time a kernel may take to start and run its setup cell.
pub const DEFAULT_KERNEL_START_TIMEOUT: Duration = Duration::from_secs(60);

const KERNEL_RUNNER_SOURCE: &str = include_str!("pyexec_kernel.py");
/// Each REST call to the gateway (start, interrupt, delete) gives up after this.
const REST_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// After a timeout, how long the interrupt of the kernel may take.
const STOP_TIMEOUT: Duration = Duration::from_secs(5);
/// How long one `DELETE` of a kernel may take: the server asks the kernel to shut down and
/// waits up to its `shutdown_wait_time` (5 s by default) before killing it.
const DELETE_TIMEOUT: Duration = Duration::from_secs(20);
/// Tries of a kernel's `DELETE` before it is left to [`JupyterExecutor::shutdown`].
const DELETE_TRIES: u32 = 3;
/// Warm-up retries back off up to this.
const MAX_BACKOFF: Duration = Duration::from_secs(10);
/// How long a run waits for a kernel while warm-ups are failing.
const FAILING_WAIT: Duration = Duration::from_secs(10);
/// How long [`JupyterExecutor::shutdown_pools`] waits for warm-ups and deletions in flight.
const SHUTDOWN_LIMIT: Duration = Duration::from_secs(30);

/// How the Jupyter executor runs code.
#[derive(Debug, Clone)]
pub struct JupyterSettings {
    pub gateway: JupyterGateway,
    /// Wall-clock limit of one execution (`PYEXEC_EXECUTION_TIMEOUT_SECONDS`).
    pub timeout: Duration,
    /// Cap on captured stdout, and separately on stderr.
    pub max_output_bytes: usize,
    /// Largest `results` as JSON; figure count and size caps (as for local runs).
    pub max_results_bytes: u64,
    pub max_figures: usize,
    pub max_figure_bytes: u64,
    /// How long a kernel may take to start and be set up before the attempt gives up.
    pub kernel_start_timeout: Duration,
    /// Channel limits every write of the code is checked against at run time.
    pub limits: Option<Arc<crate::limits::LimitsDatabase>>,
    /// Install the pyepics-compatible mock `epics` module (mock control system).
    pub mock_control_system: bool,
    /// Extra environment of the code per execution mode.
    pub mode_env: ModeEnvironment,
}

impl JupyterSettings {
    /// Settings with the default output cap and start timeout.
    pub fn new(gateway: JupyterGateway, timeout: Duration) -> Self {
        Self {
            gateway,
            timeout,
            max_output_bytes: local::DEFAULT_MAX_OUTPUT_BYTES,
            max_results_bytes: local::DEFAULT_MAX_RESULTS_BYTES,
            max_figures: local::DEFAULT_MAX_FIGURES,
            max_figure_bytes: local::DEFAULT_MAX_FIGURE_BYTES,
            kernel_start_timeout: DEFAULT_KERNEL_START_TIMEOUT,
            limits: None,
            mock_control_system: false,
            mode_env: ModeEnvironment::default(),
        }
    }
}

// --- The gateway's REST API -------------------------------------------------------------------

/// The gateway's REST API; the token is sent as `Authorization: token ...` and never logged.
struct Gateway {
    http: reqwest::Client,
    url: String,
    token: Option<String>,
}

impl Gateway {
    fn new(settings: &JupyterGateway) -> Result<Self, String> {
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REST_TIMEOUT)
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Self {
            http,
            url: settings.url.trim_end_matches('/').to_owned(),
            token: settings.token.as_ref().map(|t| t.expose().to_owned()),
        })
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let builder = self.http.request(method, format!("{}{path}", self.url));
        match &self.token {
            Some(token) => builder.header("Authorization", format!("token {token}")),
            None => builder,
        }
    }

    /// `POST /api/kernels`: the new kernel's id (it is still starting).
    async fn start_kernel(&self, name: &str) -> Result<String, String> {
        let response = self
            .request(reqwest::Method::POST, "/api/kernels")
            .json(&json!({ "name": name }))
            .send()
            .await
            .map_err(|e| format!("POST /api/kernels: {}", describe_reqwest(&e)))?;
        let status = response.status();
        if !status.is_success() {
            let body = response.text().await.unwrap_or_default();
            return Err(format!(
                "POST /api/kernels answered {status}: {}",
                body.chars().take(300).collect::<String>()
            ));
        }
        let body: Value = response
            .json()
            .await
            .map_err(|e| format!("POST /api/kernels: unreadable answer: {e}"))?;
        body["id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("POST /api/kernels: no kernel id in {body}"))
    }

    /// `POST /api/kernels/{id}/interrupt`.
    async fn interrupt(&self, id: &str) -> Result<(), String> {
        let path = format!("/api/kernels/{id}/interrupt");
        let response = self
            .request(reqwest::Method::POST, &path)
            .timeout(STOP_TIMEOUT)
            .send()
            .await
            .map_err(|e| format!("POST {path}: {}", describe_reqwest(&e)))?;
        match response.status() {
            status if status.is_success() => Ok(()),
            status => Err(format!("POST {path} answered {status}")),
        }
    }

    /// `DELETE /api/kernels/{id}`; a kernel the gateway no longer knows counts as deleted.
    async fn delete(&self, id: &str) -> Result<(), String> {
        let path = format!("/api/kernels/{id}");
        let response = self
            .request(reqwest::Method::DELETE, &path)
            .timeout(DELETE_TIMEOUT)
            .send()
            .await
            .map_err(|e| format!("DELETE {path}: {}", describe_reqwest(&e)))?;
        match response.status() {
            status if status.is_success() || status == reqwest::StatusCode::NOT_FOUND => Ok(()),
            status => Err(format!("DELETE {path} answered {status}")),
        }
    }

    /// Opens the kernel's channels websocket, with Nagle off (FACTS.md: small messages would
    /// otherwise wait on delayed ACKs).
    async fn connect(&self, id: &str) -> Result<Connection, String> {
        let session = uuid::Uuid::new_v4().to_string();
        let base = if let Some(rest) = self.url.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = self.url.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            self.url.clone()
        };
        let url = format!("{base}/api/kernels/{id}/channels?session_id={session}");
        let mut request = url
            .as_str()
            .into_client_request()
            .map_err(|e| format!("kernel websocket: {e}"))?;
        if let Some(token) = &self.token {
            let value = HeaderValue::from_str(&format!("token {token}"))
                .map_err(|_| "PYEXEC_JUPYTER_TOKEN is not a valid header value".to_owned())?;
            request.headers_mut().insert("Authorization", value);
        }
        let connecting = tokio_tungstenite::connect_async_with_config(request, None, true);
        let (socket, _response) = tokio::time::timeout(REST_TIMEOUT, connecting)
            .await
            .map_err(|_| "kernel websocket: the connection timed out".to_owned())?
            .map_err(|e| format!("kernel websocket: {e}"))?;
        Ok(Connection::start(socket, session))
    }
}

/// What went wrong, without the URL (kept short; the token is only ever in a header).
fn describe_reqwest(error: &reqwest::Error) -> String {
    let kind = if error.is_connect() {
        "cannot connect"
    } else if error.is_timeout() {
        "timed out"
    } else {
        "request failed"
    };
    match std::error::Error::source(error) {
        Some(source) => format!("{kind} ({source})"),
        None => kind.to_owned(),
    }
}

// --- The kernel channels websocket -----------------------------------------------------------

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// One kernel's websocket, pumped by a task of its own so the gateway's pings are answered
/// while the kernel waits in the pool. The incoming queue ends when the connection does.
struct Connection {
    session: String,
    outgoing: mpsc::UnboundedSender<String>,
    incoming: mpsc::UnboundedReceiver<Value>,
    pump: tokio::task::JoinHandle<()>,
}

impl Connection {
    fn start(socket: Socket, session: String) -> Self {
        let (outgoing, outgoing_rx) = mpsc::unbounded_channel();
        let (incoming_tx, incoming) = mpsc::unbounded_channel();
        let pump = tokio::spawn(pump(socket, outgoing_rx, incoming_tx));
        Self {
            session,
            outgoing,
            incoming,
            pump,
        }
    }

    fn is_open(&self) -> bool {
        !self.pump.is_finished()
    }

    /// Queues an `execute_request` for `code`; returns its message id.
    fn execute(&self, code: &str) -> Result<String, String> {
        let msg_id = uuid::Uuid::new_v4().to_string();
        let message = json!({
            "header": {
                "msg_id": msg_id,
                "username": "pyexec",
                "session": self.session,
                "date": chrono::Utc::now().to_rfc3339(),
                "msg_type": "execute_request",
                "version": "5.3",
            },
            "parent_header": {},
            "metadata": {},
            "content": {
                "code": code,
                "silent": false,
                "store_history": false,
                "user_expressions": {},
                "allow_stdin": false,
                "stop_on_error": true,
            },
            "channel": "shell",
            "buffers": [],
        });
        self.outgoing
            .send(message.to_string())
            .map_err(|_| "the kernel websocket is closed".to_owned())?;
        Ok(msg_id)
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.pump.abort();
    }
}

async fn pump(
    mut socket: Socket,
    mut outgoing: mpsc::UnboundedReceiver<String>,
    incoming: mpsc::UnboundedSender<Value>,
) {
    loop {
        tokio::select! {
            message = outgoing.recv() => match message {
                Some(text) => {
                    if socket.send(Message::text(text)).await.is_err() {
                        return;
                    }
                }
                None => {
                    let _ = socket.close(None).await;
                    return;
                }
            },
            frame = socket.next() => match frame {
                Some(Ok(Message::Text(text))) => {
                    if let Ok(value) = serde_json::from_str::<Value>(text.as_str())
                        && incoming.send(value).is_err()
                    {
                        return;
                    }
                }
                Some(Ok(Message::Close(_)) | Err(_)) | None => return,
                Some(Ok(_)) => {} // pings are answered by tungstenite itself
            },
        }
    }
}

/// What one cell produced.
struct Cell {
    stdout: Capture,
    stderr: Capture,
    /// The runner's report (the [`REPORT_MIME`] display), when it got that far.
    report: Option<Value>,
    /// `image/png` outputs the code displayed, decoded.
    images: Vec<Vec<u8>>,
    /// `ename: evalue` and the traceback of an `error` output or an error reply.
    error: Option<(String, String)>,
    reply_status: Option<String>,
}

/// Why a cell did not finish.
enum CellEnd {
    TimedOut,
    /// The websocket closed or the kernel died or restarted.
    Lost(String),
}

impl Cell {
    fn new(cap: usize) -> Self {
        Self {
            stdout: Capture::new(cap),
            stderr: Capture::new(cap),
            report: None,
            images: Vec::new(),
            error: None,
            reply_status: None,
        }
    }

    /// Reads the kernel's messages about `msg_id` until its reply and its `idle` status have
    /// both arrived (iopub outputs all come before `idle`), or `deadline` passes.
    async fn collect(
        &mut self,
        connection: &mut Connection,
        msg_id: &str,
        deadline: tokio::time::Instant,
    ) -> Result<(), CellEnd> {
        let mut idle = false;
        while !(idle && self.reply_status.is_some()) {
            let message = match timeout_at(deadline, connection.incoming.recv()).await {
                Err(_elapsed) => return Err(CellEnd::TimedOut),
                Ok(None) => {
                    return Err(CellEnd::Lost(
                        "the kernel websocket closed (gateway gone or kernel shut down)".into(),
                    ));
                }
                Ok(Some(message)) => message,
            };
            let msg_type = message["header"]["msg_type"].as_str().unwrap_or("");
            let content = &message["content"];
            if msg_type == "status" {
                // Any restart or death of the kernel ends the run, whoever's message it is.
                if let Some(state @ ("restarting" | "dead")) = content["execution_state"].as_str() {
                    return Err(CellEnd::Lost(format!("the kernel died ({state})")));
                }
            }
            if message["parent_header"]["msg_id"].as_str() != Some(msg_id) {
                continue;
            }
            match msg_type {
                "status" => idle |= content["execution_state"] == "idle",
                "execute_reply" => {
                    let status = content["status"].as_str().unwrap_or("unknown").to_owned();
                    if status != "ok" && self.error.is_none() {
                        self.error = Some(describe_error(content));
                    }
                    self.reply_status = Some(status);
                }
                "stream" => {
                    let text = content["text"].as_str().unwrap_or("");
                    match content["name"].as_str() {
                        Some("stderr") => self.stderr.keep(text.as_bytes()),
                        _ => self.stdout.keep(text.as_bytes()),
                    }
                }
                "display_data" | "execute_result" => self.keep_display(&content["data"]),
                "error" => self.error = Some(describe_error(content)),
                _ => {}
            }
        }
        Ok(())
    }

    fn keep_display(&mut self, data: &Value) {
        if let Some(report) = data.get(REPORT_MIME) {
            self.report = Some(report.clone());
        } else if let Some(png) = data.get("image/png").and_then(Value::as_str) {
            // Notebook outputs wrap base64 at 76 columns.
            let compact: String = png.split_whitespace().collect();
            match base64::engine::general_purpose::STANDARD.decode(compact) {
                Ok(bytes) => self.images.push(bytes),
                Err(error) => tracing::warn!(%error, "dropped an undecodable image/png output"),
            }
        }
    }
}

/// `ename: evalue` and the traceback (ANSI colours removed) of an error output or reply.
fn describe_error(content: &Value) -> (String, String) {
    let name = content["ename"].as_str().unwrap_or("error");
    let value = content["evalue"].as_str().unwrap_or("");
    let traceback = content["traceback"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .filter_map(Value::as_str)
                .map(strip_ansi)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    (format!("{name}: {value}"), traceback)
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A Python string literal holding `text` (a JSON string literal is one).
fn py_str(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}

// --- The pool ---------------------------------------------------------------------------------

/// A started kernel with its setup cell run and its websocket open.
struct Kernel {
    id: String,
    connection: Connection,
}

/// The ready kernels of one execution mode.
struct ModePool {
    kernel_name: String,
    setup_cell: String,
    ready_tx: mpsc::Sender<Kernel>,
    ready_rx: tokio::sync::Mutex<mpsc::Receiver<Kernel>>,
}

/// State shared by the executor and its background tasks.
struct Shared {
    gateway: Gateway,
    settings: JupyterSettings,
    read_only: ModePool,
    write_access: ModePool,
    /// Every kernel started and not yet deleted.
    live: Mutex<HashSet<String>>,
    /// The last warm-up failure, for the message of a run that found no kernel.
    last_warm_up_error: Mutex<Option<String>>,
    stop: CancellationToken,
    tasks: TaskTracker,
}

impl Shared {
    fn pool(&self, mode: ExecutionMode) -> &ModePool {
        match mode {
            ExecutionMode::ReadOnly => &self.read_only,
            ExecutionMode::WriteAccess => &self.write_access,
        }
    }

    fn live_ids(&self) -> Vec<String> {
        lock(&self.live).iter().cloned().collect()
    }

    /// Deletes a kernel and forgets it once the gateway confirms; a failed `DELETE` (a slow
    /// shutdown under load, a gateway hiccup) is tried again with a backoff, and a kernel
    /// still not deleted stays recorded for [`JupyterExecutor::shutdown`].
    async fn delete(&self, id: &str) {
        let mut pause = Duration::from_millis(500);
        for attempt in 1..=DELETE_TRIES {
            match self.gateway.delete(id).await {
                Ok(()) => {
                    lock(&self.live).remove(id);
                    return;
                }
                Err(error) if attempt < DELETE_TRIES => {
                    tracing::debug!(kernel.id = %id, %error, attempt, "deleting a kernel failed; trying again");
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                }
                Err(error) => {
                    tracing::warn!(kernel.id = %id, %error, "could not delete a kernel");
                }
            }
        }
    }

    /// Starts a kernel and runs the mode's setup cell on it.
    async fn start_kernel(&self, mode: ExecutionMode) -> Result<Kernel, String> {
        let pool = self.pool(mode);
        let id = self.gateway.start_kernel(&pool.kernel_name).await?;
        lock(&self.live).insert(id.clone());
        let setting_up = async {
            let deadline = tokio::time::Instant::now() + self.settings.kernel_start_timeout;
            let mut connection = self.gateway.connect(&id).await?;
            let msg_id = connection.execute(&pool.setup_cell)?;
            let mut cell = Cell::new(64 * 1024);
            match cell.collect(&mut connection, &msg_id, deadline).await {
                Ok(()) => {}
                Err(CellEnd::TimedOut) => {
                    return Err(format!(
                        "the kernel was not ready within {} s",
                        self.settings.kernel_start_timeout.as_secs_f64()
                    ));
                }
                Err(CellEnd::Lost(why)) => return Err(why),
            }
            if let Some((error, traceback)) = cell.error {
                return Err(format!("the setup cell failed: {error}\n{traceback}"));
            }
            Ok(connection)
        };
        let result = tokio::select! {
            () = self.stop.cancelled() => Err("the executor is shutting down".to_owned()),
            result = setting_up => result,
        };
        match result {
            Ok(connection) => Ok(Kernel { id, connection }),
            Err(error) => {
                self.delete(&id).await;
                Err(error)
            }
        }
    }

    /// Puts one ready kernel of `mode` into its pool, retrying with backoff until it succeeds
    /// or the executor stops.
    async fn warm_up(self: Arc<Self>, mode: ExecutionMode) {
        let mut backoff = Duration::from_millis(200);
        while !self.stop.is_cancelled() {
            match self.start_kernel(mode).await {
                Ok(kernel) => {
                    tracing::debug!(kernel.id = %kernel.id, mode = mode.as_str(), "kernel ready");
                    *lock(&self.last_warm_up_error) = None;
                    if self.stop.is_cancelled() {
                        self.delete(&kernel.id).await;
                    } else if let Err(refused) = self.pool(mode).ready_tx.try_send(kernel) {
                        // Only if the pool is already full (cannot happen by construction).
                        let kernel = refused.into_inner();
                        self.delete(&kernel.id).await;
                    }
                    return;
                }
                Err(error) => {
                    if self.stop.is_cancelled() {
                        return;
                    }
                    tracing::warn!(mode = mode.as_str(), %error, "could not warm up a kernel");
                    *lock(&self.last_warm_up_error) = Some(error);
                    tokio::select! {
                        () = self.stop.cancelled() => return,
                        () = tokio::time::sleep(backoff) => {}
                    }
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
    }

    fn spawn_warm_up(self: &Arc<Self>, mode: ExecutionMode) {
        self.tasks.spawn(Arc::clone(self).warm_up(mode));
    }

    fn spawn_delete(self: &Arc<Self>, id: String) {
        let shared = Arc::clone(self);
        self.tasks.spawn(async move { shared.delete(&id).await });
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The setup cell of a kernel of `mode`: writes the runtime modules into a private temporary
/// folder of the kernel, puts it on `sys.path`, and calls `pyexec_kernel.setup`.
fn setup_cell(settings: &JupyterSettings, mode: ExecutionMode) -> String {
    let mut files = BTreeMap::from([
        ("pyexec_wrapper.py", local::WRAPPER_SOURCE),
        ("pyexec_runtime.py", local::RUNTIME_MODULE_SOURCE),
        ("pyexec_guard.py", local::GUARD_MODULE_SOURCE),
        ("pyexec_kernel.py", KERNEL_RUNNER_SOURCE),
    ]);
    if settings.mock_control_system {
        files.insert("epics/__init__.py", local::MOCK_EPICS_SOURCE);
        files.insert("epics/ca.py", local::MOCK_EPICS_CA_SOURCE);
    }
    let env = settings.mode_env.get(mode);
    let payload = json!({
        "files": files,
        "setup": {
            "mode": mode.as_str(),
            "limits": settings.limits.as_ref().map(|l| l.runtime_json().to_string()),
            "env": env,
        },
    });
    format!(
        "def _pyexec_bootstrap(payload):\n\
         \x20   import json, os, sys, tempfile\n\
         \x20   payload = json.loads(payload)\n\
         \x20   root = tempfile.mkdtemp(prefix='pyexec-kernel-')\n\
         \x20   for relative, text in payload['files'].items():\n\
         \x20       path = os.path.join(root, relative)\n\
         \x20       os.makedirs(os.path.dirname(path), exist_ok=True)\n\
         \x20       with open(path, 'w', encoding='utf-8') as file:\n\
         \x20           file.write(text)\n\
         \x20   sys.path.insert(0, root)\n\
         \x20   import pyexec_kernel\n\
         \x20   pyexec_kernel.setup(root, payload['setup'])\n\
         _pyexec_bootstrap({})\n\
         del _pyexec_bootstrap\n",
        py_str(&payload.to_string())
    )
}

// --- The executor -----------------------------------------------------------------------------

/// Runs each execution in a fresh pooled Jupyter kernel (see the module docs).
pub struct JupyterExecutor {
    shared: Arc<Shared>,
    started: std::sync::Once,
}

impl std::fmt::Debug for JupyterExecutor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JupyterExecutor")
            .field("url", &self.shared.gateway.url)
            .field("pool_size", &self.shared.settings.gateway.pool_size)
            .finish_non_exhaustive()
    }
}

impl JupyterExecutor {
    /// Builds the executor; the pools start filling at once when called inside a tokio
    /// runtime, else at the first execution.
    pub fn new(settings: JupyterSettings) -> Result<Self, String> {
        let gateway = Gateway::new(&settings.gateway)?;
        let size = settings.gateway.pool_size.max(1);
        let pool = |mode: ExecutionMode, kernel_name: &str| {
            let (ready_tx, ready_rx) = mpsc::channel(size);
            ModePool {
                kernel_name: kernel_name.to_owned(),
                setup_cell: setup_cell(&settings, mode),
                ready_tx,
                ready_rx: tokio::sync::Mutex::new(ready_rx),
            }
        };
        let shared = Arc::new(Shared {
            gateway,
            read_only: pool(ExecutionMode::ReadOnly, &settings.gateway.kernel_read_only),
            write_access: pool(
                ExecutionMode::WriteAccess,
                &settings.gateway.kernel_write_access,
            ),
            settings,
            live: Mutex::new(HashSet::new()),
            last_warm_up_error: Mutex::new(None),
            stop: CancellationToken::new(),
            tasks: TaskTracker::new(),
        });
        let executor = Self {
            shared,
            started: std::sync::Once::new(),
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            executor.start_pools();
        }
        Ok(executor)
    }

    fn start_pools(&self) {
        self.started.call_once(|| {
            let size = self.shared.settings.gateway.pool_size.max(1);
            for _ in 0..size {
                self.shared.spawn_warm_up(ExecutionMode::ReadOnly);
                self.shared.spawn_warm_up(ExecutionMode::WriteAccess);
            }
        });
    }

    /// Ids of the kernels this executor started and has not deleted yet (pool and in use).
    pub fn kernel_ids(&self) -> Vec<String> {
        self.shared.live_ids()
    }

    /// Waits until `mode`'s pool holds `count` ready kernels or `limit` passes (bench, tests).
    pub async fn wait_ready(&self, mode: ExecutionMode, count: usize, limit: Duration) -> bool {
        self.start_pools();
        let deadline = Instant::now() + limit;
        loop {
            let ready = self.shared.pool(mode).ready_tx.max_capacity()
                - self.shared.pool(mode).ready_tx.capacity();
            if ready >= count {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Starts one kernel, waits until it is ready, and deletes it: a cold start (bench).
    pub async fn cold_start(&self, mode: ExecutionMode) -> Result<Duration, String> {
        let started = Instant::now();
        let kernel = self.shared.start_kernel(mode).await?;
        let elapsed = started.elapsed();
        self.shared.delete(&kernel.id).await;
        Ok(elapsed)
    }

    /// Stops the pools and deletes every kernel this executor started. Idempotent.
    pub async fn shutdown_pools(&self) {
        let shared = &self.shared;
        shared.stop.cancel();
        shared.tasks.close();
        if tokio::time::timeout(SHUTDOWN_LIMIT, shared.tasks.wait())
            .await
            .is_err()
        {
            tracing::warn!("kernel warm-ups still running at shutdown; deleting what is known");
        }
        // Close the pooled kernels' websockets before deleting them.
        while let Ok(kernel) = shared.read_only.ready_rx.lock().await.try_recv() {
            drop(kernel.connection);
        }
        while let Ok(kernel) = shared.write_access.ready_rx.lock().await.try_recv() {
            drop(kernel.connection);
        }
        let ids = shared.live_ids();
        futures_util::future::join_all(ids.iter().map(|id| shared.delete(id))).await;
        let left = shared.live_ids();
        if !left.is_empty() {
            tracing::warn!(kernels = ?left, "kernels could not be deleted at shutdown");
        }
    }

    /// A ready kernel of `mode` (a replacement starts warming up at once).
    async fn take(&self, mode: ExecutionMode) -> Result<Kernel, ExecutionFailure> {
        let shared = &self.shared;
        if shared.stop.is_cancelled() {
            let message = "the executor was shut down".to_owned();
            return Err(Fault::infrastructure("kernel_unavailable", message, 0.0)
                .before_code()
                .without_output());
        }
        self.start_pools();
        // While warm-ups are failing (gateway unreachable, say), report sooner: the pipeline
        // runs the attempt again, and a kernel ready by then is taken at once.
        let limit = if lock(&shared.last_warm_up_error).is_some() {
            shared.settings.kernel_start_timeout.min(FAILING_WAIT)
        } else {
            shared.settings.kernel_start_timeout
        };
        let deadline = tokio::time::Instant::now() + limit;
        let mut ready = shared.pool(mode).ready_rx.lock().await;
        loop {
            let kernel = match timeout_at(deadline, ready.recv()).await {
                Ok(Some(kernel)) => kernel,
                Ok(None) | Err(_) => {
                    let why = lock(&shared.last_warm_up_error)
                        .clone()
                        .map(|e| format!(": {e}"))
                        .unwrap_or_default();
                    let message = format!(
                        "no {} kernel was ready within {} s{why}",
                        mode.as_str(),
                        limit.as_secs_f64()
                    );
                    return Err(Fault::infrastructure("kernel_unavailable", message, 0.0)
                        .before_code()
                        .without_output());
                }
            };
            if !shared.stop.is_cancelled() {
                shared.spawn_warm_up(mode);
            }
            if kernel.connection.is_open() {
                return Ok(kernel);
            }
            tracing::warn!(kernel.id = %kernel.id, "a pooled kernel lost its websocket; replacing it");
            shared.spawn_delete(kernel.id);
        }
    }

    async fn run(
        &self,
        kernel: &mut Kernel,
        job: &ExecutionJob<'_>,
        attempt_dir: &Path,
    ) -> Result<ExecutionOutput, ExecutionFailure> {
        let shared = &self.shared;
        let context = match job.context {
            Some(context) => serde_json::to_string(context),
            None => Ok("{}".to_owned()),
        }
        .unwrap_or_else(|_| "{}".to_owned());
        let cell_code = format!(
            "__import__('pyexec_kernel').run({}, {}, {}, {})\n",
            py_str(job.run_id),
            job.attempt,
            py_str(job.code),
            py_str(&context)
        );
        let started = Instant::now();
        let msg_id = kernel.connection.execute(&cell_code).map_err(|why| {
            let message = format!("kernel {}: {why}", kernel.id);
            Fault::infrastructure("kernel_failed", message, 0.0)
                .before_code()
                .without_output()
        })?;
        // From here on the code may have started: never `before_code`.
        let deadline = tokio::time::Instant::now() + shared.settings.timeout;
        let mut cell = Cell::new(shared.settings.max_output_bytes);
        let ended = cell
            .collect(&mut kernel.connection, &msg_id, deadline)
            .await;
        let wall = started.elapsed().as_secs_f64();
        let Cell {
            stdout,
            stderr,
            report,
            images,
            error,
            ..
        } = cell;
        let captured = Captured::new(stdout, stderr);
        match ended {
            Err(CellEnd::TimedOut) => {
                if let Err(error) = shared.gateway.interrupt(&kernel.id).await {
                    tracing::warn!(kernel.id = %kernel.id, %error, "could not interrupt a timed-out kernel");
                }
                shared.delete(&kernel.id).await;
                let message = format!(
                    "execution timed out after {} s; the kernel was interrupted and shut down",
                    shared.settings.timeout.as_secs_f64()
                );
                Err(
                    Fault::new(ErrorCategory::Workflow, "timeout", message, wall)
                        .with_output(captured),
                )
            }
            Err(CellEnd::Lost(why)) => {
                let message = format!("kernel {}: {why}", kernel.id);
                Err(Fault::infrastructure("kernel_failed", message, wall).with_output(captured))
            }
            Ok(()) => {
                let Some(report) = report else {
                    let (error, traceback) = error.unwrap_or_else(|| {
                        (
                            "no report".to_owned(),
                            "the cell ended without one".to_owned(),
                        )
                    });
                    let message = format!("the kernel runner failed: {error}");
                    let mut failure = Fault::infrastructure("wrapper_failed", message, wall)
                        .with_output(captured);
                    failure.traceback = Some(traceback);
                    return Err(failure);
                };
                let dir = attempt_dir.to_owned();
                let caps = local::OutputCaps::new(
                    shared.settings.max_results_bytes,
                    shared.settings.max_figures,
                    shared.settings.max_figure_bytes,
                );
                let verdict = tokio::task::spawn_blocking(move || {
                    write_report(&dir, &report, &images).map_err(|error| {
                        let message = format!("could not write the kernel's report: {error}");
                        Fault::infrastructure("wrapper_failed", message, wall)
                    })?;
                    let report = match local::read_report(&dir) {
                        Ok(Some(report)) => report,
                        Ok(None) | Err(_) => {
                            let message = "the kernel's report is unreadable".to_owned();
                            return Err(Fault::infrastructure("wrapper_failed", message, wall));
                        }
                    };
                    local::judge_reported(&dir, report, wall, &caps, || "kernel ended".to_owned())
                })
                .await
                .unwrap_or_else(|error| {
                    let message = format!("collecting the execution's result failed: {error}");
                    Err(Fault::infrastructure("wrapper_failed", message, wall))
                });
                match verdict {
                    Ok(produced) => Ok(produced.with_output(captured)),
                    Err(fault) => {
                        let mut failure = fault.with_output(captured);
                        // The executor interrupts a kernel only after a timeout, and then
                        // reads no report: a KeyboardInterrupt came from outside (the gateway
                        // shutting its kernels down), not from the code.
                        if failure.exception.as_deref() == Some("KeyboardInterrupt") {
                            failure.category = ErrorCategory::Infrastructure;
                            failure.kind = "kernel_failed".into();
                            failure.message = format!(
                                "kernel {}: the run was interrupted from outside the executor \
                                 (the gateway or the kernel shutting down)",
                                kernel.id
                            );
                        }
                        Err(failure)
                    }
                }
            }
        }
    }
}

/// Writes the kernel's report into the attempt directory as the local wrapper writes it:
/// `execution_metadata.json`, `results.json`, the figures, and the guards' records; displayed
/// images become further `figures/figure_NN.png` files.
fn write_report(dir: &Path, report: &Value, images: &[Vec<u8>]) -> std::io::Result<()> {
    let mut metadata = report["metadata"].clone();
    let mut figure_paths: Vec<String> = Vec::new();
    if let Some(figures) = report["figures"].as_object() {
        for (relative, encoded) in figures {
            let Some(path) = inside(dir, relative) else {
                tracing::warn!(path = %relative, "dropped a figure outside the attempt directory");
                continue;
            };
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(encoded.as_str().unwrap_or(""))
                .map_err(std::io::Error::other)?;
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, bytes)?;
            figure_paths.push(relative.clone());
        }
    }
    if !images.is_empty() {
        let figures = dir.join("figures");
        std::fs::create_dir_all(&figures)?;
        let mut index = 0;
        for image in images {
            let name = loop {
                index += 1;
                let name = format!("figure_{index:02}.png");
                if !figures.join(&name).exists() {
                    break name;
                }
            };
            std::fs::write(figures.join(&name), image)?;
            figure_paths.push(format!("figures/{name}"));
        }
    }
    figure_paths.sort();
    if let Some(object) = metadata.as_object_mut() {
        object.insert("figure_paths".into(), json!(figure_paths));
    }
    let texts = [
        (local::RESULTS_FILE, &report["results"]),
        (local::VIOLATIONS_FILE, &report["violations"]),
        (local::REFUSALS_FILE, &report["refusals"]),
    ];
    for (name, text) in texts {
        if let Some(text) = text.as_str() {
            std::fs::write(dir.join(name), text)?;
        }
    }
    std::fs::write(dir.join(local::METADATA_FILE), metadata.to_string())
}

/// `dir/relative` when `relative` stays inside `dir` (plain names only).
fn inside(dir: &Path, relative: &str) -> Option<PathBuf> {
    let path = Path::new(relative);
    let plain = path.components().count() > 0
        && path
            .components()
            .all(|component| matches!(component, Component::Normal(_)));
    plain.then(|| dir.join(path))
}

#[async_trait]
impl Executor for JupyterExecutor {
    async fn execute(&self, job: ExecutionJob<'_>) -> Result<ExecutionOutput, ExecutionFailure> {
        let attempt_dir = std::path::absolute(job.attempt_dir).map_err(|error| {
            let message = format!("could not prepare the attempt directory: {error}");
            Fault::infrastructure("attempt_setup_failed", message, 0.0)
                .before_code()
                .without_output()
        })?;
        local::prepare_attempt_dir(&attempt_dir, &job)
            .await
            .map_err(|error| {
                let message = format!("could not prepare the attempt directory: {error}");
                Fault::infrastructure("attempt_setup_failed", message, 0.0)
                    .before_code()
                    .without_output()
            })?;
        let mut kernel = self.take(job.mode).await?;
        let outcome = self.run(&mut kernel, &job, &attempt_dir).await;
        // One run per kernel: no state passes to the next run.
        let Kernel { id, connection } = kernel;
        drop(connection);
        if lock(&self.shared.live).contains(&id) {
            self.shared.spawn_delete(id);
        }
        outcome
    }

    async fn shutdown(&self) {
        self.shutdown_pools().await;
    }
}

impl Drop for JupyterExecutor {
    /// Best effort when [`JupyterExecutor::shutdown_pools`] was not awaited: stop the pools and
    /// delete the known kernels from a task of the current runtime, if there is one.
    fn drop(&mut self) {
        if self.shared.stop.is_cancelled() && lock(&self.shared.live).is_empty() {
            return;
        }
        self.shared.stop.cancel();
        let ids = self.shared.live_ids();
        if ids.is_empty() {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::warn!(kernels = ?ids, "executor dropped outside a runtime; kernels left");
            return;
        };
        let shared = Arc::clone(&self.shared);
        runtime.spawn(async move {
            for id in ids {
                shared.delete(&id).await;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_wss_gateway_that_fails_the_handshake_is_an_error_not_a_panic() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("listen");
        let port = listener.local_addr().expect("address").port();
        tokio::spawn(async move {
            if let Ok((socket, _)) = listener.accept().await {
                drop(socket); // no TLS spoken here
            }
        });
        let gateway = Gateway::new(&JupyterGateway {
            url: format!("https://127.0.0.1:{port}"),
            token: None,
            pool_size: 1,
            kernel_read_only: "python3".into(),
            kernel_write_access: "python3".into(),
        })
        .expect("client");
        let error = gateway.connect("kernel").await.err().expect("no TLS peer");
        assert!(error.starts_with("kernel websocket"), "{error}");
    }

    #[test]
    fn ansi_colours_are_removed_from_tracebacks() {
        assert_eq!(
            strip_ansi("\u{1b}[0;31mZeroDivisionError\u{1b}[0m: x"),
            "ZeroDivisionError: x"
        );
    }

    #[test]
    fn python_literals_round_trip_quotes_and_newlines() {
        assert_eq!(py_str("a'b\"c\nd\\"), r#""a'b\"c\nd\\""#);
    }

    #[test]
    fn figures_outside_the_attempt_dir_are_refused() {
        let dir = Path::new("/tmp/attempt");
        assert!(inside(dir, "figures/figure_01.png").is_some());
        assert!(inside(dir, "../x.png").is_none());
        assert!(inside(dir, "/etc/x.png").is_none());
        assert!(inside(dir, "").is_none());
    }

    #[test]
    fn a_report_display_is_kept_and_images_are_decoded() {
        let mut cell = Cell::new(1024);
        cell.keep_display(&json!({ REPORT_MIME: {"metadata": {}} }));
        cell.keep_display(&json!({ "image/png": "iVBO\nRw0K" }));
        assert!(cell.report.is_some());
        assert_eq!(cell.images, vec![b"\x89PNG\r\n".to_vec()]);
    }
}
