//! The `agentic` generator's read-only tools over the knowledge folder
//! (`PYEXEC_AGENTIC_KNOWLEDGE_DIR`): `list_files`, `read_file` and `grep`.
//!
//! Confinement is the invariant: every path a model names is relative to the folder, and is
//! refused when it is absolute, contains `..`, or resolves (through symlinks) outside the
//! folder's canonical path. Walks for listing and grepping skip hidden entries, never follow
//! symlinked directories, and skip symlinked files whose target is outside. A refusal or any
//! other failure is a [`ToolError`] the generator hands back to the model as a `tool_result`
//! with `is_error: true`; nothing here panics on a model's input. Every answer is capped
//! (entries listed, bytes read, lines matched) so a tool round stays cheap in tokens.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use serde_json::{Value, json};

/// Most entries `list_files` returns.
const MAX_LISTED: usize = 500;
/// Most bytes `read_file` returns; the rest is cut with a note.
const MAX_READ_BYTES: usize = 64 * 1024;
/// Most matching lines `grep` returns.
const MAX_MATCHES: usize = 100;
/// Longest matching line quoted by `grep`, in characters.
const MAX_MATCH_LINE_CHARS: usize = 300;
/// Files larger than this are not grepped.
const MAX_GREP_FILE_BYTES: u64 = 1024 * 1024;
/// Most files a walk visits (bounds a grep over a huge folder).
const MAX_WALKED: usize = 5_000;
/// Compiled-regex size limit for `grep` patterns.
const MAX_REGEX_BYTES: usize = 1 << 20;

/// A tool call the model made wrongly or that the folder refused; sent back as `is_error`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ToolError(String);

/// The knowledge folder, canonicalised once at start-up.
#[derive(Debug, Clone)]
pub struct Knowledge {
    root: PathBuf,
}

impl Knowledge {
    /// Opens `dir`; a missing or unreadable folder is a startup error naming the variable.
    pub fn open(dir: &Path) -> Result<Self, String> {
        let root = dir.canonicalize().map_err(|e| {
            format!(
                "PYEXEC_AGENTIC_KNOWLEDGE_DIR `{}` cannot be opened: {e}",
                dir.display()
            )
        })?;
        if !root.is_dir() {
            return Err(format!(
                "PYEXEC_AGENTIC_KNOWLEDGE_DIR `{}` is not a folder",
                dir.display()
            ));
        }
        Ok(Self { root })
    }

    /// The tool definitions, as the Messages API's `tools` array.
    pub fn tool_definitions() -> Value {
        json!([
            {
                "name": "list_files",
                "description": "List the files of the facility's knowledge folder (example \
                    scripts, documentation), recursively, with their sizes. Paths are relative \
                    to the folder.",
                "input_schema": {
                    "type": "object",
                    "properties": {
                        "path": {
                            "type": "string",
                            "description": "Optional sub-folder to list, relative to the knowledge folder."
                        }
                    }
                }
            },
            {
                "name": "read_file",
                "description": format!(
                    "Read a text file of the knowledge folder (at most {MAX_READ_BYTES} bytes)."
                ),
                "input_schema": {
                    "type": "object",
                    "properties": {
                        "path": {
                            "type": "string",
                            "description": "File path relative to the knowledge folder."
                        }
                    },
                    "required": ["path"]
                }
            },
            {
                "name": "grep",
                "description": format!(
                    "Search the knowledge folder's text files for a regular expression (Rust \
                     regex syntax). Answers `file:line: text` lines, at most {MAX_MATCHES}."
                ),
                "input_schema": {
                    "type": "object",
                    "properties": {
                        "pattern": {
                            "type": "string",
                            "description": "Regular expression to search for."
                        },
                        "path": {
                            "type": "string",
                            "description": "Optional file or sub-folder to search, relative to the knowledge folder."
                        }
                    },
                    "required": ["pattern"]
                }
            }
        ])
    }

    /// Runs tool `name` with the model's `input`.
    pub fn call(&self, name: &str, input: &Value) -> Result<String, ToolError> {
        match name {
            "list_files" => self.list_files(optional_str(input, "path")?),
            "read_file" => self.read_file(required_str(input, "path")?),
            "grep" => self.grep(
                required_str(input, "pattern")?,
                optional_str(input, "path")?,
            ),
            other => Err(ToolError(format!(
                "there is no tool `{other}`; the tools are list_files, read_file and grep"
            ))),
        }
    }

    /// `path` inside the folder, canonicalised; refused when it would leave the folder.
    fn resolve(&self, path: &str) -> Result<PathBuf, ToolError> {
        let relative = Path::new(path);
        for component in relative.components() {
            match component {
                Component::Normal(_) | Component::CurDir => {}
                Component::ParentDir => {
                    return Err(ToolError(format!(
                        "`{path}` is refused: `..` is not allowed, paths stay inside the \
                         knowledge folder"
                    )));
                }
                Component::RootDir | Component::Prefix(_) => {
                    return Err(ToolError(format!(
                        "`{path}` is refused: absolute paths are not allowed, paths are \
                         relative to the knowledge folder"
                    )));
                }
            }
        }
        let resolved =
            self.root.join(relative).canonicalize().map_err(|_| {
                ToolError(format!("`{path}` does not exist in the knowledge folder"))
            })?;
        if !resolved.starts_with(&self.root) {
            return Err(ToolError(format!(
                "`{path}` is refused: it is a link that leads outside the knowledge folder"
            )));
        }
        Ok(resolved)
    }

    /// `path` relative to the folder, with `/` separators, for answers.
    fn display(&self, path: &Path) -> String {
        let relative = path.strip_prefix(&self.root).unwrap_or(path);
        let text = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if text.is_empty() {
            ".".to_owned()
        } else {
            text
        }
    }

    fn list_files(&self, path: Option<&str>) -> Result<String, ToolError> {
        let start = self.resolve(path.unwrap_or("."))?;
        let (files, truncated) = self.walk(&start, MAX_LISTED);
        if files.is_empty() {
            return Ok(format!("no files under `{}`", self.display(&start)));
        }
        let mut out = String::new();
        for (file, size) in &files {
            let _ = writeln!(out, "{} ({size} bytes)", self.display(file));
        }
        if truncated {
            let _ = writeln!(out, "... (listing cut at {MAX_LISTED} files)");
        }
        Ok(out)
    }

    fn read_file(&self, path: &str) -> Result<String, ToolError> {
        let file = self.resolve(path)?;
        if !file.is_file() {
            return Err(ToolError(format!(
                "`{path}` is a folder; use list_files to see its files"
            )));
        }
        let bytes =
            std::fs::read(&file).map_err(|e| ToolError(format!("`{path}` cannot be read: {e}")))?;
        let Ok(text) = String::from_utf8(bytes) else {
            return Err(ToolError(format!("`{path}` is not a UTF-8 text file")));
        };
        if text.len() <= MAX_READ_BYTES {
            return Ok(text);
        }
        let mut cut = MAX_READ_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        Ok(format!(
            "{}\n... (file cut at {MAX_READ_BYTES} of {} bytes)",
            &text[..cut],
            text.len()
        ))
    }

    fn grep(&self, pattern: &str, path: Option<&str>) -> Result<String, ToolError> {
        let regex = regex::RegexBuilder::new(pattern)
            .size_limit(MAX_REGEX_BYTES)
            .build()
            .map_err(|e| ToolError(format!("`{pattern}` is not a valid regex: {e}")))?;
        let start = self.resolve(path.unwrap_or("."))?;
        let (files, _) = self.walk(&start, MAX_WALKED);
        let mut out = String::new();
        let mut matches = 0;
        'files: for (file, size) in files {
            if size > MAX_GREP_FILE_BYTES {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue; // binary or unreadable: not a text file to search
            };
            for (number, line) in text.lines().enumerate() {
                if !regex.is_match(line) {
                    continue;
                }
                if matches == MAX_MATCHES {
                    let _ = writeln!(out, "... (matches cut at {MAX_MATCHES} lines)");
                    break 'files;
                }
                matches += 1;
                let quoted: String = line.trim_end().chars().take(MAX_MATCH_LINE_CHARS).collect();
                let _ = writeln!(out, "{}:{}: {quoted}", self.display(&file), number + 1);
            }
        }
        if matches == 0 {
            return Ok(format!("no line matches `{pattern}`"));
        }
        Ok(out)
    }

    /// Files under `start` (itself when a file) with their sizes, sorted, at most `cap`;
    /// `true` when cut. Hidden entries, symlinked folders and links leading outside are
    /// skipped.
    fn walk(&self, start: &Path, cap: usize) -> (Vec<(PathBuf, u64)>, bool) {
        let mut files = Vec::new();
        if start.is_file() {
            let size = start.metadata().map(|m| m.len()).unwrap_or(0);
            files.push((start.to_path_buf(), size));
            return (files, false);
        }
        let mut folders = vec![start.to_path_buf()];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
            entries.sort_by_key(|entry| entry.file_name());
            let mut subfolders = Vec::new();
            for entry in entries {
                if entry.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_dir() {
                    subfolders.push(path);
                    continue;
                }
                if kind.is_symlink() {
                    // Only links to files inside the folder; never follow linked folders.
                    match path.canonicalize() {
                        Ok(target) if target.starts_with(&self.root) && target.is_file() => {}
                        _ => continue,
                    }
                } else if !kind.is_file() {
                    continue;
                }
                if files.len() == cap {
                    return (files, true);
                }
                let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
                files.push((path, size));
            }
            // Depth-first, in name order.
            folders.extend(subfolders.into_iter().rev());
        }
        (files, false)
    }
}

fn optional_str<'a>(input: &'a Value, key: &str) -> Result<Option<&'a str>, ToolError> {
    match input.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(ToolError(format!("`{key}` must be a string"))),
    }
}

fn required_str<'a>(input: &'a Value, key: &str) -> Result<&'a str, ToolError> {
    optional_str(input, key)?.ok_or_else(|| ToolError(format!("`{key}` is required")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> (tempfile::TempDir, Knowledge) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("examples/sub")).expect("mkdir");
        std::fs::write(dir.path().join("README.md"), "orbit docs\nuse SR:BPM\n").expect("write");
        std::fs::write(
            dir.path().join("examples/orbit.py"),
            "x = read_channel('SR:BPM1')\n",
        )
        .expect("write");
        std::fs::write(dir.path().join("examples/sub/deep.py"), "pass\n").expect("write");
        std::fs::write(dir.path().join(".hidden"), "SR:BPM secret\n").expect("write");
        let knowledge = Knowledge::open(dir.path()).expect("open");
        (dir, knowledge)
    }

    #[test]
    fn listing_is_recursive_sorted_and_skips_hidden_files() {
        let (_dir, knowledge) = folder();
        let listing = knowledge.call("list_files", &json!({})).expect("list");
        assert_eq!(
            listing,
            "README.md (22 bytes)\nexamples/orbit.py (28 bytes)\nexamples/sub/deep.py (5 bytes)\n"
        );
        let sub = knowledge
            .call("list_files", &json!({"path": "examples/sub"}))
            .expect("list");
        assert_eq!(sub, "examples/sub/deep.py (5 bytes)\n");
    }

    #[test]
    fn grep_answers_file_and_line() {
        let (_dir, knowledge) = folder();
        let found = knowledge
            .call("grep", &json!({"pattern": "SR:BPM\\d?"}))
            .expect("grep");
        assert_eq!(
            found,
            "README.md:2: use SR:BPM\nexamples/orbit.py:1: x = read_channel('SR:BPM1')\n"
        );
        let bad = knowledge.call("grep", &json!({"pattern": "("}));
        assert!(bad.is_err_and(|e| e.to_string().contains("not a valid regex")));
    }

    #[test]
    fn a_link_to_a_file_inside_the_folder_is_followed() {
        let (dir, knowledge) = folder();
        std::os::unix::fs::symlink(dir.path().join("README.md"), dir.path().join("docs.md"))
            .expect("symlink");
        let listing = knowledge.call("list_files", &json!({})).expect("list");
        assert!(listing.contains("docs.md (22 bytes)"), "{listing}");
        let text = knowledge
            .call("read_file", &json!({"path": "docs.md"}))
            .expect("read");
        assert_eq!(text, "orbit docs\nuse SR:BPM\n");
    }

    #[test]
    fn paths_that_leave_the_folder_are_refused() {
        let (dir, knowledge) = folder();
        let outside = tempfile::tempdir().expect("temp dir");
        std::fs::write(outside.path().join("secret.txt"), "TOP SECRET").expect("write");
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), dir.path().join("link"))
            .expect("symlink");
        std::os::unix::fs::symlink(outside.path(), dir.path().join("linked_dir")).expect("symlink");
        let absolute = outside.path().join("secret.txt");
        for path in [
            "../secret.txt",
            "examples/../../secret.txt",
            absolute.to_str().expect("utf-8 path"),
            "link",
            "linked_dir/secret.txt",
        ] {
            let answer = knowledge.call("read_file", &json!({"path": path}));
            assert!(
                answer
                    .as_ref()
                    .is_err_and(|e| e.to_string().contains("refused")),
                "{path}: {answer:?}"
            );
        }
        let listing = knowledge.call("list_files", &json!({})).expect("list");
        assert!(!listing.contains("link"), "{listing}");
        let found = knowledge
            .call("grep", &json!({"pattern": "SECRET"}))
            .expect("grep");
        assert_eq!(found, "no line matches `SECRET`");
    }
}
