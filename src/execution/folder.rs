//! The run folder: one directory per run under the data directory, holding everything the run
//! produced so people can inspect it and Jupyter can serve it.
//!
//! ```text
//! <data_dir>/runs/<YYYYmmdd-HHMMSS>_<folder name>_<run id 8>/
//!   context.json               the request's capability_context_data
//!   attempts/<NN>_<run id 8>/  one directory per attempt: its notebooks, and
//!     execution/               the code's fresh working directory: code.py, context.json,
//!                              results.json, execution_metadata.json, figures/
//!   results.json               copied from the attempt that succeeded
//!   execution_metadata.json    likewise
//!   figures/                   likewise
//!   notebook.ipynb             final_success or final_failure notebook
//! ```
//! Attempt directories are created empty, so a result file from an earlier attempt can never
//! be read as a later attempt's result. Caller-named folders must resolve inside the data
//! directory (checked after resolving symlinks).

use std::io;
use std::path::{Path, PathBuf};

use chrono::Utc;
use serde_json::{Map, Value};

use crate::model::Run;
use crate::model::request::sanitize_folder_name;

/// A run's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunFolder {
    root: PathBuf,
    run_tag: String,
}

impl RunFolder {
    /// Creates (or, for a continued session, reuses) the run's folder.
    pub fn create(data_dir: &Path, run: &Run) -> io::Result<Self> {
        let request = &run.request;
        let caller_named =
            request.existing_execution_folder.is_some() || request.execution_folder_path.is_some();
        if !caller_named {
            // Our own name: sanitised, no separators, so it cannot leave the data directory.
            let stamp = Utc::now().format("%Y%m%d-%H%M%S");
            let name = sanitize_folder_name(&request.execution_folder_name);
            let root = std::path::absolute(data_dir)?
                .join("runs")
                .join(format!("{stamp}_{name}_{}", run_tag(&run.run_id)));
            std::fs::create_dir_all(root.join("attempts"))?;
            return Ok(Self {
                root,
                run_tag: run_tag(&run.run_id),
            });
        }
        std::fs::create_dir_all(data_dir)?;
        let data_dir = data_dir.canonicalize()?;
        let root = if let Some(existing) = &request.existing_execution_folder {
            let root = data_dir.join(existing);
            if !root.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!(
                        "existing_execution_folder `{existing}` does not exist in the data directory"
                    ),
                ));
            }
            root
        } else {
            data_dir.join(request.execution_folder_path.as_deref().unwrap_or_default())
        };
        std::fs::create_dir_all(root.join("attempts"))?;
        let root = root.canonicalize()?;
        if !root.starts_with(&data_dir) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "run folder {} resolves outside the data directory",
                    root.display()
                ),
            ));
        }
        Ok(Self {
            root,
            run_tag: run_tag(&run.run_id),
        })
    }

    /// A folder recorded on a run earlier (the fleet reopens it on another worker).
    pub fn open(root: &Path, run_id: &str) -> Self {
        Self {
            root: root.to_path_buf(),
            run_tag: run_tag(run_id),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn attempt_dir(&self, attempt: u32) -> PathBuf {
        self.root
            .join("attempts")
            .join(format!("{attempt:02}_{}", self.run_tag))
    }

    /// The attempt's execution directory (`attempts/<NN>_<run>/execution`), emptied of
    /// anything an earlier try of it left. The attempt's notebooks stay beside it.
    pub fn fresh_execution_dir(&self, attempt: u32) -> io::Result<PathBuf> {
        let dir = self.attempt_dir(attempt).join("execution");
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    /// The attempt's directory, created if missing (for notebooks written before execution).
    pub fn ensure_attempt_dir(&self, attempt: u32) -> io::Result<PathBuf> {
        let dir = self.attempt_dir(attempt);
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    /// Writes `context.json` at the top of the folder.
    pub fn write_context(&self, context: Option<&Map<String, Value>>) -> io::Result<()> {
        let empty = Map::new();
        let text =
            serde_json::to_vec_pretty(context.unwrap_or(&empty)).map_err(io::Error::other)?;
        write_atomic(&self.root.join("context.json"), &text)
    }

    /// Path of the final notebook.
    pub fn final_notebook(&self) -> PathBuf {
        self.root.join("notebook.ipynb")
    }

    /// Copies the successful attempt's artifacts to the top of the folder; returns the new
    /// figure paths.
    pub fn publish_success(
        &self,
        attempt_dir: &Path,
        figures: &[PathBuf],
    ) -> io::Result<Vec<PathBuf>> {
        for name in ["results.json", "execution_metadata.json"] {
            let source = attempt_dir.join(name);
            if source.is_file() {
                link_or_copy(&source, &self.root.join(name))?;
            }
        }
        let target_dir = self.root.join("figures");
        if !figures.is_empty() {
            std::fs::create_dir_all(&target_dir)?;
        }
        let mut published = Vec::with_capacity(figures.len());
        for (n, figure) in figures.iter().enumerate() {
            let name = figure
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| format!("figure_{n:02}.png"));
            let target = target_dir.join(format!("{:02}_{name}", n + 1));
            link_or_copy(figure, &target)?;
            published.push(target);
        }
        Ok(published)
    }

    /// A link to `path`: under the Jupyter base URL when one is configured (the server is
    /// expected to serve the data directory as its root), else a `file://` URL.
    pub fn link(&self, data_dir: &Path, jupyter_base_url: Option<&str>, path: &Path) -> String {
        let data_dir = data_dir
            .canonicalize()
            .unwrap_or_else(|_| data_dir.to_path_buf());
        match (jupyter_base_url, path.strip_prefix(&data_dir)) {
            (Some(base), Ok(relative)) => {
                let relative: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                format!("{base}/notebooks/{}", relative.join("/"))
            }
            _ => format!("file://{}", path.display()),
        }
    }
}

/// Publishes `source` at `target` as a hard link (one cheap metadata operation; the attempt's
/// file is never written again), or as a copy where linking is impossible.
fn link_or_copy(source: &Path, target: &Path) -> io::Result<()> {
    match std::fs::remove_file(target) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::hard_link(source, target).or_else(|_| std::fs::copy(source, target).map(|_| ()))
}

fn run_tag(run_id: &str) -> String {
    let tag: String = run_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(8)
        .collect();
    if tag.is_empty() { "run".into() } else { tag }
}

/// Writes a file through a temporary name and a rename, so readers never see half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{file_name}.tmp"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ExecutionRequest;

    #[test]
    fn attempt_dirs_start_empty() {
        let data = tempfile::tempdir().expect("tempdir");
        let run = Run::new("abcdef1234".into(), ExecutionRequest::for_objective("t"));
        let folder = RunFolder::create(data.path(), &run).expect("folder");
        let notebook = folder
            .ensure_attempt_dir(1)
            .expect("attempt")
            .join("pre_execution.ipynb");
        std::fs::write(&notebook, "{}").expect("write");
        let dir = folder.fresh_execution_dir(1).expect("execution");
        std::fs::write(dir.join("results.json"), "{}").expect("write");
        let again = folder.fresh_execution_dir(1).expect("execution again");
        assert!(!again.join("results.json").exists());
        assert!(
            notebook.exists(),
            "notebooks survive a fresh execution directory"
        );
        assert!(
            folder
                .root()
                .starts_with(data.path().canonicalize().expect("canon"))
        );
    }

    #[test]
    fn a_symlink_out_of_the_data_directory_is_refused() {
        let data = tempfile::tempdir().expect("tempdir");
        let outside = tempfile::tempdir().expect("tempdir");
        std::os::unix::fs::symlink(outside.path(), data.path().join("escape")).expect("symlink");
        let mut request = ExecutionRequest::for_objective("t");
        request.execution_folder_path = Some("escape/run".into());
        let run = Run::new("r".into(), request);
        let err = RunFolder::create(data.path(), &run).expect_err("escape");
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
    }

    #[test]
    fn links_use_the_jupyter_base_url() {
        let data = tempfile::tempdir().expect("tempdir");
        let run = Run::new("r1".into(), ExecutionRequest::for_objective("t"));
        let folder = RunFolder::create(data.path(), &run).expect("folder");
        let link = folder.link(
            data.path(),
            Some("http://jupyter:8888"),
            &folder.final_notebook(),
        );
        assert!(
            link.starts_with("http://jupyter:8888/notebooks/runs/"),
            "{link}"
        );
        assert!(link.ends_with("/notebook.ipynb"));
    }
}
