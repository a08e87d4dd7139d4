//! Control-system read/write patterns: the seeds' configurable regular expressions, per
//! control-system type.
//!
//! Built-in tables cover pyepics (`epics`), Tango (`tango`) and the local `mock` store; the
//! runtime API of our executor (`pyexec_runtime.read_channel` / `write_channel(s)`) is matched
//! for every type. `PYEXEC_PATTERNS_FILE` (JSON `{"<type>": {"write": [..], "read": [..]}}`)
//! replaces a type's table or adds a custom type. Patterns are OR'd, as in the seeds, but
//! they are matched against calls, not raw text: the dataflow walk renders each call both as
//! written (`pv.put(`) and as resolved (`epics.PV.put(`, `epics.caput(` for an aliased
//! `w(`), and skips calls it proves are not the control system (local objects, builtins,
//! the standard library). Comments and strings are never calls, so they never match.

use std::collections::BTreeMap;
use std::path::Path;

use regex::{Regex, RegexSet};
use serde::{Deserialize, Serialize};

use super::api::Access;

/// Patterns of the runtime API, in force for every control-system type.
const RUNTIME_WRITE: &[&str] = &[r"\bwrite_channels?\s*\("];
const RUNTIME_READ: &[&str] = &[r"\bread_channels?\s*\("];

const EPICS_WRITE: &[&str] = &[
    r"\bepics\.caput\s*\(",
    r"\bcaput\s*\(",
    r"\bcaput_many\s*\(",
    r"\.put\s*\(",
    r"\bPV\s*\([^)]*\)\s*\.put\s*\(",
    r"\.put_many\s*\(",
];
const EPICS_READ: &[&str] = &[
    r"\bepics\.caget\s*\(",
    r"\bcaget\s*\(",
    r"\bcaget_many\s*\(",
    r"\.get\s*\(",
    r"\bPV\s*\(",
    r"\bget_pv\s*\(",
];
const TANGO_WRITE: &[&str] = &[
    r"\.write_attribute\s*\(",
    r"\.write_attributes\s*\(",
    r"\.write_attribute_asynch\s*\(",
    r"\.command_inout\s*\(",
];
const TANGO_READ: &[&str] = &[
    r"\.read_attribute\s*\(",
    r"\.read_attributes\s*\(",
    r"\bDeviceProxy\s*\(",
    r"\bAttributeProxy\s*\(",
];

/// Read and write pattern sources for one control-system type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternTable {
    #[serde(default)]
    pub write: Vec<String>,
    #[serde(default)]
    pub read: Vec<String>,
}

/// Why a pattern configuration is unusable (a startup error).
#[derive(Debug, thiserror::Error)]
pub enum PatternError {
    #[error("PYEXEC_PATTERNS_FILE {path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "PYEXEC_PATTERNS_FILE {path}: not a JSON object of {{\"<type>\": {{\"write\": [..], \"read\": [..]}}}}: {message}"
    )]
    Format { path: String, message: String },
    #[error(
        "{origin}: pattern `{pattern}` for `{control_system}` is not a valid regular expression: {message}"
    )]
    Regex {
        origin: String,
        control_system: String,
        pattern: String,
        message: String,
    },
    #[error(
        "PYEXEC_CONTROL_SYSTEM_TYPE `{0}` has no built-in patterns; define them in PYEXEC_PATTERNS_FILE"
    )]
    UnknownType(String),
}

/// The compiled patterns for the configured control-system type.
#[derive(Debug, Clone)]
pub struct PatternSet {
    control_system_type: String,
    write: Vec<String>,
    read: Vec<String>,
    /// Every write pattern, then every read pattern: one scan of a call finds all that match.
    all: RegexSet,
}

fn builtin(control_system: &str) -> Option<PatternTable> {
    let own = |w: &[&str], r: &[&str]| PatternTable {
        write: w.iter().map(|s| s.to_string()).collect(),
        read: r.iter().map(|s| s.to_string()).collect(),
    };
    match control_system {
        "epics" | "mock" => Some(own(EPICS_WRITE, EPICS_READ)),
        "tango" => Some(own(TANGO_WRITE, TANGO_READ)),
        _ => None,
    }
}

impl PatternSet {
    /// The built-in patterns of a control-system type.
    pub fn defaults(control_system: &str) -> Result<Self, PatternError> {
        Self::load(control_system, None)
    }

    /// Built-in patterns, replaced or extended by the file's table for this type.
    pub fn load(control_system: &str, file: Option<&Path>) -> Result<Self, PatternError> {
        let mut origin = "built-in patterns".to_owned();
        let mut table = builtin(control_system);
        if let Some(path) = file {
            let shown = path.display().to_string();
            let text = std::fs::read_to_string(path).map_err(|source| PatternError::Read {
                path: shown.clone(),
                source,
            })?;
            let tables: BTreeMap<String, PatternTable> =
                serde_json::from_str(&text).map_err(|e| PatternError::Format {
                    path: shown.clone(),
                    message: e.to_string(),
                })?;
            if let Some(from_file) = tables.get(control_system) {
                table = Some(from_file.clone());
                origin = format!("PYEXEC_PATTERNS_FILE {shown}");
            }
        }
        let table = table.ok_or_else(|| PatternError::UnknownType(control_system.to_owned()))?;
        // Each pattern is compiled alone first, so that an error names the one at fault.
        let invalid = |pattern: &str, e: regex::Error| PatternError::Regex {
            origin: origin.clone(),
            control_system: control_system.to_owned(),
            pattern: pattern.to_owned(),
            message: e.to_string(),
        };
        let checked = |sources: &[String], runtime: &[&str]| -> Result<Vec<String>, PatternError> {
            sources
                .iter()
                .map(String::as_str)
                .chain(runtime.iter().copied())
                .map(|source| {
                    Regex::new(source)
                        .map(|_| source.to_owned())
                        .map_err(|e| invalid(source, e))
                })
                .collect()
        };
        let write = checked(&table.write, RUNTIME_WRITE)?;
        let read = checked(&table.read, RUNTIME_READ)?;
        let all = RegexSet::new(write.iter().chain(&read))
            .map_err(|e| invalid("(all patterns together)", e))?;
        Ok(Self {
            control_system_type: control_system.to_owned(),
            write,
            read,
            all,
        })
    }

    pub fn control_system_type(&self) -> &str {
        &self.control_system_type
    }

    /// Whether there are no patterns at all.
    pub fn is_empty(&self) -> bool {
        self.write.is_empty() && self.read.is_empty()
    }

    /// The patterns that match a rendered call, as (operation, index).
    pub fn matching<'s>(&'s self, rendered: &'s str) -> impl Iterator<Item = (Access, usize)> + 's {
        let writes = self.write.len();
        self.all.matches(rendered).into_iter().map(move |i| {
            if i < writes {
                (Access::Write, i)
            } else {
                (Access::Read, i - writes)
            }
        })
    }

    /// The source text of pattern `index` of this operation.
    pub fn source(&self, access: Access, index: usize) -> Option<&str> {
        let list = match access {
            Access::Write => &self.write,
            Access::Read => &self.read,
        };
        list.get(index).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Detected {
        writes: Vec<usize>,
        reads: Vec<usize>,
    }

    fn detect(set: &PatternSet, rendered: &str) -> Detected {
        let all: Vec<_> = set.matching(rendered).collect();
        Detected {
            writes: all
                .iter()
                .filter(|m| m.0 == Access::Write)
                .map(|m| m.1)
                .collect(),
            reads: all
                .iter()
                .filter(|m| m.0 == Access::Read)
                .map(|m| m.1)
                .collect(),
        }
    }

    #[test]
    fn epics_defaults_cover_the_usual_spellings() {
        let set = PatternSet::defaults("epics").expect("epics");
        for code in [
            "epics.caput(",
            "caput(",
            "epics.PV.put(",
            "pv.put(",
            "write_channel(",
            "pyexec_runtime.write_channels(",
            "caput_many(",
        ] {
            assert!(!detect(&set, code).writes.is_empty(), "{code}");
        }
        assert!(detect(&set, "epics.caget(").writes.is_empty());
    }

    #[test]
    fn tango_defaults_cover_write_attribute() {
        let set = PatternSet::defaults("tango").expect("tango");
        assert!(!detect(&set, "dev.write_attribute(").writes.is_empty());
        assert!(!detect(&set, "dev.read_attribute(").reads.is_empty());
    }

    #[test]
    fn a_custom_type_needs_a_patterns_file() {
        assert!(matches!(
            PatternSet::defaults("doocs"),
            Err(PatternError::UnknownType(_))
        ));
    }

    #[test]
    fn a_patterns_file_defines_custom_types_and_bad_regexes_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("patterns.json");
        std::fs::write(
            &path,
            r#"{"doocs": {"write": ["\\bdoocs_write\\("], "read": []}}"#,
        )
        .expect("write");
        let set = PatternSet::load("doocs", Some(&path)).expect("custom type");
        assert!(!detect(&set, "doocs_write(").writes.is_empty());

        std::fs::write(&path, r#"{"epics": {"write": ["(unclosed"]}}"#).expect("write");
        let err = PatternSet::load("epics", Some(&path)).expect_err("bad regex");
        assert!(err.to_string().contains("(unclosed"), "{err}");
    }
}
