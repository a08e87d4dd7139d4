//! The bubblewrap sandbox (`PYEXEC_SANDBOX=bwrap`): how a local run's interpreter is wrapped in
//! `bwrap` so that hostile code sees as little of the host as it can still run with.
//!
//! Each run gets new user, pid, IPC, UTS and cgroup namespaces and, unless the host network is
//! asked for, a network namespace with only loopback. Its filesystem is built from nothing:
//! `/usr` (and the `/bin`, `/lib*` links into it), the few `/etc` files the dynamic loader
//! reads, the interpreter's prefixes, the executor's runtime folder, all read-only; the attempt
//! directory and the mock channel store's folder read-write; fresh `/proc`, `/dev` and `/tmp`.
//! Host files outside that list (home folders, `/etc/shadow`, the worker's config and secrets,
//! other runs' folders) do not exist for the code. When the worker runs as root, `bwrap` itself
//! is started as an unprivileged user ([`BwrapPlan::run_as`]), so the kernel's per-user process
//! limit applies (fork bombs), files only root may read stay unreadable even where they are
//! visible, and nothing in the sandbox can signal the worker. The pid namespace dies with its
//! first process, so killing the group on timeout leaves nothing behind, even processes that
//! left the group. [`BwrapPlan::probe`] runs a trivial interpreter through the whole plan at
//! start-up: a sandbox that cannot be had is a start-up error, never a silent downgrade.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

/// Files under `/etc` an interpreter and its native libraries read; bound when they exist.
const ETC_FILES: &[&str] = &[
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/alternatives",
    "/etc/localtime",
    "/etc/fonts",
];
/// Top-level folders that are links into `/usr` on merged-`/usr` systems (or real folders).
const TOP_LEVEL: &[&str] = &["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
/// The user `bwrap` runs as when the worker is root and none is configured: `nobody`.
pub const DEFAULT_SANDBOX_USER: (u32, u32) = (65534, 65534);
/// Prints the interpreter's prefixes, one a line.
const PREFIXES: &str = "import os, sys; print('\\n'.join((sys.prefix, sys.base_prefix, \
    sys.exec_prefix, sys.base_exec_prefix, os.path.dirname(os.path.realpath(sys.executable)))))";

/// Everything needed to wrap one run in `bwrap`; built once per executor.
#[derive(Debug, Clone)]
pub struct BwrapPlan {
    /// The `bwrap` executable.
    pub program: PathBuf,
    /// `--ro-bind` sources (bound at the same path): the interpreter's prefixes outside `/usr`,
    /// the runtime folder.
    pub read_only: Vec<PathBuf>,
    /// `--bind` sources besides the attempt directory (the mock channel store's folder):
    /// bound read-only for a run that may not write the control system.
    pub read_write: Vec<PathBuf>,
    /// Keep the host's network (`PYEXEC_SANDBOX_NETWORK=host`).
    pub share_network: bool,
    /// `uid`, `gid` `bwrap` is started as (set when the worker is root).
    pub run_as: Option<(u32, u32)>,
    /// Size of the private `/tmp` (a tmpfs, so memory): the file size limit.
    pub tmp_bytes: u64,
}

impl BwrapPlan {
    /// Finds `bwrap` on the worker's `PATH` and the interpreter's prefixes.
    pub fn new(
        python: &Path,
        runtime_dir: &Path,
        read_write: Vec<PathBuf>,
        share_network: bool,
        user: Option<(u32, u32)>,
        tmp_bytes: u64,
    ) -> io::Result<Self> {
        let program = find_on_path("bwrap").ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                "`bwrap` is not on PATH (install Debian's `bubblewrap` package)",
            )
        })?;
        let mut read_only = interpreter_prefixes(python)?;
        read_only.push(runtime_dir.to_path_buf());
        read_only.retain(|path| !path.starts_with("/usr"));
        read_only.sort();
        read_only.dedup();
        let run_as = nix::unistd::geteuid()
            .is_root()
            .then(|| user.unwrap_or(DEFAULT_SANDBOX_USER));
        Ok(Self {
            program,
            read_only,
            read_write,
            share_network,
            run_as,
            tmp_bytes,
        })
    }

    /// The `bwrap` arguments that run `interpreter_args` with `attempt_dir` as the working
    /// directory (the arguments end with `--`, then the interpreter command). Without
    /// `may_write` (a `read_only` run) the mock channel store is mounted read-only: code
    /// that goes around the runtime cannot change it either.
    pub fn arguments(&self, attempt_dir: &Path, may_write: bool) -> Vec<OsString> {
        let mut args: Vec<OsString> = [
            "--unshare-user",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--unshare-cgroup-try",
            "--die-with-parent",
            "--hostname",
            "pyexec-sandbox",
            "--ro-bind",
            "/usr",
            "/usr",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        if !self.share_network {
            args.push("--unshare-net".into());
        }
        for top in TOP_LEVEL {
            let path = Path::new(top);
            match std::fs::read_link(path) {
                Ok(target) => {
                    args.extend(["--symlink".into(), target.into_os_string(), top.into()]);
                }
                Err(_) if path.is_dir() => {
                    args.extend(["--ro-bind".into(), top.into(), top.into()]);
                }
                Err(_) => {}
            }
        }
        // Before the binds: a data folder under /tmp must be mounted on top of the private /tmp.
        args.extend(["--proc", "/proc", "--dev", "/dev", "--size"].map(OsString::from));
        args.push(self.tmp_bytes.to_string().into());
        args.extend(["--tmpfs", "/tmp"].map(OsString::from));
        for file in ETC_FILES {
            args.extend(["--ro-bind-try".into(), file.into(), file.into()]);
        }
        for path in &self.read_only {
            args.extend([
                "--ro-bind".into(),
                path.clone().into_os_string(),
                path.clone().into_os_string(),
            ]);
        }
        let store_bind = if may_write { "--bind" } else { "--ro-bind" };
        for (bind, path) in self
            .read_write
            .iter()
            .map(|path| (store_bind, path.as_path()))
            .chain([("--bind", attempt_dir)])
        {
            args.extend([
                bind.into(),
                path.as_os_str().to_owned(),
                path.as_os_str().to_owned(),
            ]);
        }
        args.push("--chdir".into());
        args.push(attempt_dir.as_os_str().to_owned());
        args.push("--".into());
        args
    }

    /// Gives a folder the code must write (the attempt directory, the channel store's folder)
    /// to the sandbox user, when there is one.
    pub fn hand_over(&self, dir: &Path) -> io::Result<()> {
        match self.run_as {
            Some((uid, gid)) => std::os::unix::fs::chown(dir, Some(uid), Some(gid)),
            None => Ok(()),
        }
    }

    /// Runs `python -c pass` through the whole plan in `probe_dir`; the error says what `bwrap`
    /// printed.
    pub fn probe(&self, python: &Path, probe_dir: &Path) -> Result<(), String> {
        std::fs::create_dir_all(probe_dir)
            .and_then(|()| self.hand_over(probe_dir))
            .map_err(|error| format!("cannot prepare {}: {error}", probe_dir.display()))?;
        let mut command = std::process::Command::new(&self.program);
        command
            .args(self.arguments(probe_dir, true))
            .arg(python)
            .args(["-I", "-S", "-c", "pass"])
            .current_dir(probe_dir)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some((uid, gid)) = self.run_as {
            use std::os::unix::process::CommandExt;
            command.uid(uid).gid(gid);
        }
        let mut child = command
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", self.program.display()))?;
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Ok(None) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err("the probe run did not end within 20 s".into());
                }
                Err(error) => return Err(format!("lost the probe run: {error}")),
            }
        };
        if status.success() {
            return Ok(());
        }
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            use std::io::Read;
            let _ = pipe.read_to_string(&mut stderr);
        }
        Err(format!(
            "a trivial run in the sandbox failed ({status}): {}",
            stderr.trim()
        ))
    }
}

/// The interpreter's prefixes (where its standard library and packages live).
fn interpreter_prefixes(python: &Path) -> io::Result<Vec<PathBuf>> {
    // Not `-I -S`: without `site` a virtualenv reports its base interpreter's prefix.
    let output = std::process::Command::new(python)
        .args(["-c", PREFIXES])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .stdin(Stdio::null())
        .output()?;
    if !output.status.success() {
        return Err(io::Error::other(format!(
            "{} could not report its prefixes: {}",
            python.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    let mut prefixes: Vec<PathBuf> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('/'))
        .map(PathBuf::from)
        .collect();
    // A virtualenv's `bin/python` is a link out of it: bind the folder it is named in too.
    if let Some(venv) = std::path::absolute(python)?.parent().and_then(Path::parent)
        && venv.join("pyvenv.cfg").is_file()
    {
        prefixes.push(venv.to_path_buf());
    }
    Ok(prefixes)
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(share_network: bool) -> BwrapPlan {
        BwrapPlan {
            program: "/usr/bin/bwrap".into(),
            read_only: vec!["/opt/venv".into()],
            read_write: vec!["/data/.runtime/channels".into()],
            share_network,
            run_as: None,
            tmp_bytes: 1 << 20,
        }
    }

    fn joined(args: &[OsString]) -> String {
        args.iter()
            .map(|arg| arg.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_network_is_unshared_unless_the_host_network_is_asked_for() {
        let attempt = Path::new("/data/runs/r/attempt");
        assert!(joined(&plan(false).arguments(attempt, true)).contains("--unshare-net"));
        assert!(!joined(&plan(true).arguments(attempt, true)).contains("--unshare-net"));
    }

    #[test]
    fn only_the_attempt_and_the_store_are_writable_and_the_command_follows_the_separator() {
        let attempt = Path::new("/data/runs/r/attempt");
        let args = plan(false).arguments(attempt, true);
        let text = joined(&args);
        assert!(text.contains("--bind /data/runs/r/attempt /data/runs/r/attempt"));
        assert!(text.contains(" --bind /data/.runtime/channels /data/.runtime/channels"));
        assert!(text.contains("--ro-bind /opt/venv /opt/venv"));
        assert_eq!(text.matches(" --bind ").count(), 2, "{text}");
        assert!(text.ends_with("--chdir /data/runs/r/attempt --"), "{text}");
        // A read-only run sees the channel store but cannot change it.
        let text = joined(&plan(false).arguments(attempt, false));
        assert!(text.contains("--ro-bind /data/.runtime/channels /data/.runtime/channels"));
        assert_eq!(text.matches(" --bind ").count(), 1, "{text}");
    }
}
