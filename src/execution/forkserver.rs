//! The fork server launcher of the local executor: one long-lived interpreter forks a child per
//! execution, which saves the interpreter's start-up (about 10 ms of CPU) on every run.
//!
//! The server (`forkserver.py`) is started with the same interpreter, flags and static
//! environment as an executed wrapper, in its own process group, its stdin being one end of a
//! `SOCK_SEQPACKET` socket pair and its stdout and stderr `/dev/null`. It loads the wrapper's code
//! without running `main()` and never runs user code. A request carries an id, the attempt
//! directory and the run's environment, with the write ends of the stdout and stderr pipes
//! attached (`SCM_RIGHTS`); the child becomes its own process group leader, so the executor's
//! timeout and clean-up (`killpg`) work on it as on an executed interpreter. The server reaps its
//! children and reports their raw wait status; one reader task matches replies to executions.
//! A server that died is started again on the next execution, once.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::{self, IoSlice};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use nix::sys::signal::{Signal, killpg};
use nix::sys::socket::{
    AddressFamily, ControlMessage, MsgFlags, SockFlag, SockType, recv, sendmsg, socketpair,
};
use nix::unistd::Pid;
use tokio::io::unix::AsyncFd;
use tokio::net::unix::pipe;
use tokio::process::{Child, Command};
use tokio::sync::oneshot;

/// The server script, installed next to the wrapper.
pub(super) const SERVER_SOURCE: &str = include_str!("forkserver.py");
/// How long a started server may take to fork a child before the execution gives up on it.
const START_LIMIT: Duration = Duration::from_secs(30);
/// Largest reply packet the server sends.
const REPLY_BYTES: usize = 4096;

/// How the server is started: interpreter, server script, wrapper and static environment.
#[derive(Debug, Clone)]
pub(super) struct ServerCommand {
    pub python: PathBuf,
    pub script: PathBuf,
    pub wrapper: PathBuf,
    pub env: Vec<(String, PathBuf)>,
}

/// One fork server per executor, started on first use and restarted (once per execution) after
/// it died.
#[derive(Debug)]
pub(super) struct ForkServer {
    command: ServerCommand,
    current: tokio::sync::Mutex<Option<Arc<Connection>>>,
}

/// A running server: its process, the socket to it and what its replies are awaited by.
#[derive(Debug)]
struct Connection {
    /// Killed when the connection is dropped (with the executor, or when replaced).
    process: Mutex<Child>,
    pid: Option<u32>,
    socket: Arc<AsyncFd<OwnedFd>>,
    shared: Arc<Mutex<Shared>>,
    reader: tokio::task::JoinHandle<()>,
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

#[derive(Debug, Default)]
struct Shared {
    next_id: u64,
    /// Requests sent, by id: told the pid (or why there is none), and where its status goes.
    starting: HashMap<u64, Pending>,
    /// Started children, by pid. The reader registers a child here as it reads its `S` reply,
    /// which the server always sends before the child's `X`: no status is lost, even when the
    /// execution has not yet been told its pid.
    waiting: HashMap<u32, oneshot::Sender<ExitStatus>>,
    /// The reader saw the socket close: the server is gone.
    dead: bool,
}

#[derive(Debug)]
struct Pending {
    started: oneshot::Sender<Result<u32, String>>,
    exit: oneshot::Sender<ExitStatus>,
}

/// A child forked for one execution.
#[derive(Debug)]
pub(super) struct Forked {
    pub pid: u32,
    pub stdout: Option<pipe::Receiver>,
    pub stderr: Option<pipe::Receiver>,
    pub exit: oneshot::Receiver<ExitStatus>,
}

impl ForkServer {
    pub fn new(command: ServerCommand) -> Self {
        Self {
            command,
            current: tokio::sync::Mutex::new(None),
        }
    }

    /// The running server's pid, if one runs.
    pub async fn pid(&self) -> Option<u32> {
        let current = self.current.lock().await;
        current
            .as_ref()
            .filter(|connection| !connection.is_dead())
            .and_then(|connection| connection.pid)
    }

    /// Forks a child running the wrapper in `attempt_dir` with exactly `env`. Starts the server
    /// if none runs (at most once per call); an error means the code never started.
    pub async fn spawn(&self, attempt_dir: &Path, env: &[(&str, &OsStr)]) -> io::Result<Forked> {
        let mut payload = Vec::new();
        payload.extend_from_slice(attempt_dir.as_os_str().as_bytes());
        for (key, value) in env {
            payload.push(0);
            payload.extend_from_slice(key.as_bytes());
            payload.push(b'=');
            payload.extend_from_slice(value.as_bytes());
        }
        let (connection, fresh) = self.connection(false).await?;
        match connection.request(&payload).await {
            Err(_) if !fresh => {
                let (connection, _) = self.connection(true).await?;
                connection.request(&payload).await
            }
            outcome => outcome,
        }
    }

    /// The running server, started if there is none or it died (or `replace`).
    async fn connection(&self, replace: bool) -> io::Result<(Arc<Connection>, bool)> {
        let mut current = self.current.lock().await;
        if let Some(connection) = current.as_ref()
            && !replace
            && !connection.is_dead()
        {
            return Ok((Arc::clone(connection), false));
        }
        *current = None;
        let connection = Arc::new(Connection::start(&self.command)?);
        *current = Some(Arc::clone(&connection));
        Ok((connection, true))
    }
}

impl Connection {
    fn start(command: &ServerCommand) -> io::Result<Self> {
        let (ours, theirs) = socketpair(
            AddressFamily::Unix,
            SockType::SeqPacket,
            None,
            SockFlag::SOCK_CLOEXEC,
        )?;
        let mut server = Command::new(&command.python);
        server
            .args(["-I", "-S", "-B", "-u"])
            .arg(&command.script)
            .arg(&command.wrapper)
            .process_group(0)
            .stdin(Stdio::from(theirs))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .env_clear()
            .envs(command.env.iter().map(|(key, value)| (key, value)));
        let process = server.spawn()?;
        let pid = process.id();
        // `AsyncFd::new` is deprecated because a borrowed raw fd could be closed or reused under
        // it; an `OwnedFd` moved in stays open and the same until the `AsyncFd` drops it, which
        // is exactly what its safe replacement (`register`, `unsafe`) asks the caller to ensure.
        #[allow(deprecated)]
        let socket = Arc::new(AsyncFd::new(ours)?);
        let shared = Arc::new(Mutex::new(Shared::default()));
        let reader = tokio::spawn(read_replies(Arc::clone(&socket), Arc::clone(&shared)));
        tracing::debug!(?pid, "fork server started");
        Ok(Self {
            process: Mutex::new(process),
            pid,
            socket,
            shared,
            reader,
        })
    }

    fn is_dead(&self) -> bool {
        let exited = self
            .process
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .try_wait()
            .map_or(true, |status| status.is_some());
        exited || lock(&self.shared).dead
    }

    async fn request(&self, payload: &[u8]) -> io::Result<Forked> {
        let (stdout_read, stdout_write) = io::pipe()?;
        let (stderr_read, stderr_write) = io::pipe()?;
        let stdout = pipe::Receiver::from_owned_fd(OwnedFd::from(stdout_read))?;
        let stderr = pipe::Receiver::from_owned_fd(OwnedFd::from(stderr_read))?;
        let (started_tx, started_rx) = oneshot::channel();
        let (exit_tx, exit) = oneshot::channel();
        let id = {
            let mut shared = lock(&self.shared);
            if shared.dead {
                return Err(gone());
            }
            shared.next_id += 1;
            let id = shared.next_id;
            let pending = Pending {
                started: started_tx,
                exit: exit_tx,
            };
            shared.starting.insert(id, pending);
            id
        };
        let mut packet = id.to_string().into_bytes();
        packet.push(0);
        packet.extend_from_slice(payload);
        let fds = [stdout_write.as_raw_fd(), stderr_write.as_raw_fd()];
        if let Err(error) = self.send(&packet, &fds).await {
            lock(&self.shared).starting.remove(&id);
            return Err(error);
        }
        // Only the child holds the write ends now: its exit closes the pipes.
        drop((stdout_write, stderr_write));
        let pid = match tokio::time::timeout(START_LIMIT, started_rx).await {
            Ok(Ok(Ok(pid))) => pid,
            Ok(Ok(Err(message))) => return Err(io::Error::other(message)),
            Ok(Err(_closed)) => return Err(gone()),
            Err(_elapsed) => {
                lock(&self.shared).starting.remove(&id);
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the fork server did not start the child in time",
                ));
            }
        };
        Ok(Forked {
            pid,
            stdout: Some(stdout),
            stderr: Some(stderr),
            exit,
        })
    }

    async fn send(&self, packet: &[u8], fds: &[i32]) -> io::Result<()> {
        let rights = [ControlMessage::ScmRights(fds)];
        loop {
            let mut guard = self.socket.writable().await?;
            let sent = guard.try_io(|socket| {
                sendmsg::<()>(
                    socket.as_raw_fd(),
                    &[IoSlice::new(packet)],
                    &rights,
                    MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL,
                    None,
                )
                .map_err(io::Error::from)
            });
            match sent {
                Ok(result) => return result.map(drop),
                Err(_would_block) => continue,
            }
        }
    }
}

fn lock(shared: &Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

fn gone() -> io::Error {
    io::Error::new(io::ErrorKind::BrokenPipe, "the fork server is gone")
}

/// Demultiplexes the server's replies until its socket closes, then fails whatever waits.
async fn read_replies(socket: Arc<AsyncFd<OwnedFd>>, shared: Arc<Mutex<Shared>>) {
    let mut buffer = vec![0; REPLY_BYTES];
    loop {
        let received = match socket.readable().await {
            Ok(mut guard) => guard.try_io(|socket| {
                recv(socket.as_raw_fd(), &mut buffer, MsgFlags::MSG_DONTWAIT)
                    .map_err(io::Error::from)
            }),
            Err(error) => Ok(Err(error)),
        };
        let length = match received {
            Err(_would_block) => continue,
            Ok(Ok(length @ 1..)) => length,
            Ok(Ok(0)) => break,
            Ok(Err(error)) => {
                tracing::warn!(%error, "reading from the fork server failed");
                break;
            }
        };
        let reply = String::from_utf8_lossy(&buffer[..length]);
        if !handle_reply(&reply, &mut lock(&shared)) {
            tracing::warn!(%reply, "the fork server sent an unexpected reply");
        }
    }
    let mut shared = lock(&shared);
    shared.dead = true;
    shared.starting.clear();
    shared.waiting.clear();
}

/// Applies one reply; false if it makes no sense.
fn handle_reply(reply: &str, shared: &mut Shared) -> bool {
    let mut words = reply.splitn(3, ' ');
    match (words.next(), words.next(), words.next()) {
        (Some("S"), Some(id), Some(pid)) => {
            let (Ok(id), Ok(pid)) = (id.parse::<u64>(), pid.parse::<u32>()) else {
                return false;
            };
            let told = shared.starting.remove(&id).is_some_and(|pending| {
                shared.waiting.insert(pid, pending.exit);
                pending.started.send(Ok(pid)).is_ok()
            });
            if !told {
                // The execution was cancelled or gave up before it learnt the pid: nobody will
                // watch this child, so its group goes now.
                if let Ok(group) = i32::try_from(pid) {
                    let _ = killpg(Pid::from_raw(group), Signal::SIGKILL);
                }
            }
            true
        }
        (Some("F"), Some(id), message) => {
            let Ok(id) = id.parse::<u64>() else {
                return false;
            };
            if let Some(pending) = shared.starting.remove(&id) {
                let message = message.unwrap_or("unknown error");
                let _ = pending
                    .started
                    .send(Err(format!("the fork server could not fork: {message}")));
            }
            true
        }
        (Some("X"), Some(pid), Some(status)) => {
            let (Ok(pid), Ok(status)) = (pid.parse::<u32>(), status.trim().parse::<i32>()) else {
                return false;
            };
            // Nobody waits only for a child whose start the execution gave up on.
            if let Some(waiter) = shared.waiting.remove(&pid) {
                let _ = waiter.send(ExitStatus::from_raw(status));
            }
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exit_read_before_the_execution_learns_its_pid_is_kept() {
        let mut shared = Shared::default();
        let (started, mut started_rx) = oneshot::channel();
        let (exit, mut exit_rx) = oneshot::channel();
        shared.starting.insert(7, Pending { started, exit });
        assert!(handle_reply("S 7 42", &mut shared));
        assert!(handle_reply("X 42 256", &mut shared));
        assert_eq!(started_rx.try_recv().ok(), Some(Ok(42)));
        assert_eq!(exit_rx.try_recv().ok().and_then(|s| s.code()), Some(1));
        assert!(!handle_reply("nonsense", &mut shared));
    }
}
