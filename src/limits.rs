//! Channel limits database: per-channel `min_value`, `max_value`, `max_step` and `writable`,
//! loaded once from the JSON file named by `PYEXEC_LIMITS_FILE` (the Osprey seeds' format).
//!
//! The static analyzer checks the writes it can see with [`LimitsDatabase::check_static`]; the
//! executor's runtime guard checks every write with [`LimitsDatabase::check_write`]. Both fail
//! closed: an unlisted channel is refused unless the file sets `allow_unlisted_channels`, a
//! `max_step` whose current value cannot be read refuses the write, a non-finite value is
//! refused, and a database that could not be loaded ([`LimitsDatabase::unavailable`]) refuses
//! every write. The file is strict in return: unknown fields, duplicate keys, wrong types and
//! inconsistent limits are load errors naming the channel, because a typo in a safety file
//! must never silently loosen a limit. Keys starting with `_` are comments, at the top level
//! and inside entries. Channel names match exactly (EPICS names are case-sensitive).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

/// Top-level key whose boolean admits channels the file does not list.
const ALLOW_UNLISTED_KEY: &str = "allow_unlisted_channels";
/// Top-level key whose fields fill in what a channel entry leaves out.
const DEFAULTS_KEY: &str = "defaults";
/// The fields a channel entry (or `defaults`) may have.
const FIELDS: &str = "min_value, max_value, max_step, writable";

/// Why a limits file cannot be used. Every variant is fatal at startup (the caller names
/// `PYEXEC_LIMITS_FILE`); a process that must keep running turns it into
/// [`LimitsDatabase::unavailable`], which blocks every write.
#[derive(Debug, thiserror::Error)]
pub enum LimitsError {
    /// The file could not be read.
    #[error("{}: cannot read the channel limits file: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The text is not JSON, or not a JSON object.
    #[error("{origin}: not a JSON object of channel limits: {message}")]
    Parse { origin: String, message: String },
    /// One entry is wrong; `entry` is the channel name, `defaults` or `allow_unlisted_channels`.
    #[error("{origin}: `{entry}`: {message}")]
    Invalid {
        origin: String,
        entry: String,
        message: String,
    },
}

/// The limits of one listed channel, with `defaults` merged in.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChannelLimits {
    /// Smallest value that may be written (inclusive).
    pub min_value: Option<f64>,
    /// Largest value that may be written (inclusive).
    pub max_value: Option<f64>,
    /// Largest allowed `|new - current|` (inclusive); needs the channel's current value.
    pub max_step: Option<f64>,
    /// False for read-only channels.
    pub writable: bool,
}

/// The channel's current value, which only `max_step` needs.
#[derive(Debug, Clone, PartialEq)]
pub enum CurrentValue {
    /// The value read just before the write.
    Known(f64),
    /// The read failed; the reason is reported in the violation.
    Unreadable(String),
    /// The caller did not read it (see [`LimitsDatabase::needs_current_value`]). A channel
    /// with `max_step` then fails closed with `STEP_CHECK_FAILED`.
    NotRead,
}

/// What a violation is, as a stable machine-readable name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ViolationType {
    /// Below `min_value`.
    MinExceeded,
    /// Above `max_value`.
    MaxExceeded,
    /// The channel has `writable: false`.
    ReadOnlyChannel,
    /// The channel is not listed and the file does not allow unlisted channels.
    UnlistedChannel,
    /// `|new - current|` is above `max_step`.
    MaxStepExceeded,
    /// The channel has `max_step` but its current value could not be read.
    StepCheckFailed,
    /// The value is NaN or infinite.
    NonFiniteValue,
    /// The limits database could not be loaded, so no write is allowed.
    LimitsUnavailable,
}

impl ViolationType {
    /// The serialized name, e.g. `MAX_EXCEEDED`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MinExceeded => "MIN_EXCEEDED",
            Self::MaxExceeded => "MAX_EXCEEDED",
            Self::ReadOnlyChannel => "READ_ONLY_CHANNEL",
            Self::UnlistedChannel => "UNLISTED_CHANNEL",
            Self::MaxStepExceeded => "MAX_STEP_EXCEEDED",
            Self::StepCheckFailed => "STEP_CHECK_FAILED",
            Self::NonFiniteValue => "NON_FINITE_VALUE",
            Self::LimitsUnavailable => "LIMITS_UNAVAILABLE",
        }
    }
}

impl fmt::Display for ViolationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refused write: what was attempted, why it was refused, and the limits involved.
///
/// The write never happens. At run time a violation ends the run (category `workflow`,
/// kind `channel_limits_violation`); the analyzer reports the ones it finds statically.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("{reason}")]
pub struct LimitsViolation {
    pub channel: String,
    /// The value written; `None` when it was not finite (JSON has no NaN or infinity; the
    /// reason says which it was).
    pub attempted_value: Option<f64>,
    pub violation_type: ViolationType,
    /// A sentence naming the channel, e.g. `MAG:QF1:CURRENT_SP: 150 is above max_value 100`.
    pub reason: String,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    pub max_step: Option<f64>,
    /// The current value, when a finite one was read for the step check.
    pub current_value: Option<f64>,
}

/// The outcome of a write check that cannot read the machine.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum StaticCheck {
    /// Every limit of the channel was checked and the value is within them.
    Complete,
    /// Listing, writability and range pass; `max_step` needs the current value and is
    /// checked at run time.
    StepCheckAtRunTime { max_step: f64 },
    /// The channel is not listed and the database allows unlisted channels: no limits apply.
    Unlisted,
}

/// The loaded limits, or the reason they could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitsDatabase {
    state: State,
}

#[derive(Debug, Clone, PartialEq)]
enum State {
    Loaded {
        channels: BTreeMap<String, ChannelLimits>,
        allow_unlisted_channels: bool,
    },
    Unavailable {
        reason: String,
    },
}

impl LimitsDatabase {
    /// Reads and validates the file at `path`; errors name the path.
    pub fn load(path: &Path) -> Result<Self, LimitsError> {
        let text = std::fs::read_to_string(path).map_err(|source| LimitsError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::from_json_str(&text, &path.display().to_string())
    }

    /// [`LimitsDatabase::load`], with a failure turned into a database that blocks every
    /// write (for a process that must keep running).
    pub fn load_or_unavailable(path: &Path) -> Self {
        Self::load(path).unwrap_or_else(|e| Self::unavailable(e.to_string()))
    }

    /// Parses and validates `text`; `origin` (usually the path) prefixes every error.
    pub fn from_json_str(text: &str, origin: &str) -> Result<Self, LimitsError> {
        let root: Node = serde_json::from_str(text).map_err(|e| LimitsError::Parse {
            origin: origin.to_owned(),
            message: e.to_string(),
        })?;
        parse_database(root, origin)
    }

    /// A database that could not be loaded: every check returns `LIMITS_UNAVAILABLE` with
    /// `reason`.
    pub fn unavailable(reason: impl Into<String>) -> Self {
        Self {
            state: State::Unavailable {
                reason: reason.into(),
            },
        }
    }

    /// False for [`LimitsDatabase::unavailable`].
    pub fn is_available(&self) -> bool {
        matches!(self.state, State::Loaded { .. })
    }

    /// Why the database is unavailable, if it is.
    pub fn unavailable_reason(&self) -> Option<&str> {
        match &self.state {
            State::Loaded { .. } => None,
            State::Unavailable { reason } => Some(reason),
        }
    }

    /// Whether unlisted channels may be written (without any limits check).
    pub fn allows_unlisted_channels(&self) -> bool {
        matches!(
            self.state,
            State::Loaded {
                allow_unlisted_channels: true,
                ..
            }
        )
    }

    /// How many channels are listed.
    pub fn channel_count(&self) -> usize {
        match &self.state {
            State::Loaded { channels, .. } => channels.len(),
            State::Unavailable { .. } => 0,
        }
    }

    /// The limits of a listed channel, `defaults` merged in; `None` when unlisted or when the
    /// database is unavailable.
    pub fn limits_for(&self, channel: &str) -> Option<ChannelLimits> {
        match &self.state {
            State::Loaded { channels, .. } => channels.get(channel).copied(),
            State::Unavailable { .. } => None,
        }
    }

    /// Whether [`LimitsDatabase::check_write`] needs a [`CurrentValue::Known`] for this
    /// channel (it is listed, writable and has `max_step`), so the guard reads only then.
    pub fn needs_current_value(&self, channel: &str) -> bool {
        self.limits_for(channel)
            .is_some_and(|limits| limits.writable && limits.max_step.is_some())
    }

    /// The run-time check of one write, in this order: database available, channel listed
    /// (or unlisted allowed, which ends the check with only the finiteness of `value`
    /// checked), writable, value finite, `min_value`, `max_value`, `max_step` against
    /// `current`. Bounds are inclusive.
    #[expect(
        clippy::result_large_err,
        reason = "a violation is the refusal path, returned once per refused write; callers keep and serialize it, so a box would only add an indirection"
    )]
    pub fn check_write(
        &self,
        channel: &str,
        value: f64,
        current: CurrentValue,
    ) -> Result<(), LimitsViolation> {
        let Some(limits) = self.check_without_step(channel, value)? else {
            return Ok(());
        };
        let Some(max_step) = limits.max_step else {
            return Ok(());
        };
        let unreadable = |why: String| {
            violation(
                channel,
                value,
                ViolationType::StepCheckFailed,
                format!(
                    "{channel}: max_step {max_step} applies but {why}, so the write is blocked"
                ),
                Some(&limits),
                None,
            )
        };
        let current = match current {
            CurrentValue::Known(current) if current.is_finite() => current,
            CurrentValue::Known(current) => {
                return Err(unreadable(format!(
                    "the current value is {current}, not a finite number"
                )));
            }
            CurrentValue::Unreadable(reason) => {
                return Err(unreadable(format!(
                    "the current value could not be read ({reason})"
                )));
            }
            CurrentValue::NotRead => {
                return Err(unreadable("the current value was not read".to_owned()));
            }
        };
        let step = (value - current).abs();
        // Subtraction rounds: allow a few units of rounding error so a step of exactly
        // max_step (0.1 -> 0.4 with max_step 0.3) passes.
        let tolerance = 4.0 * f64::EPSILON * value.abs().max(current.abs());
        if step > max_step + tolerance {
            return Err(violation(
                channel,
                value,
                ViolationType::MaxStepExceeded,
                format!(
                    "{channel}: changing from {current} to {value} is a step of {step}, above max_step {max_step}"
                ),
                Some(&limits),
                Some(current),
            ));
        }
        Ok(())
    }

    /// The database as the executed code's runtime guard reads it (`PYEXEC_LIMITS`):
    /// `{"available", "reason"?, "allow_unlisted_channels", "channels": {name: limits}}`
    /// with `defaults` merged into every channel, so the guard needs no parsing rules.
    pub fn runtime_json(&self) -> serde_json::Value {
        match &self.state {
            State::Loaded {
                channels,
                allow_unlisted_channels,
            } => serde_json::json!({
                "available": true,
                "allow_unlisted_channels": allow_unlisted_channels,
                "channels": channels,
            }),
            State::Unavailable { reason } => serde_json::json!({
                "available": false,
                "reason": reason,
            }),
        }
    }

    /// The analysis-time check of one write with a known value: every rule of
    /// [`LimitsDatabase::check_write`] except `max_step`, which needs the machine; the result
    /// says whether a step check remains for run time.
    #[expect(
        clippy::result_large_err,
        reason = "a violation is the refusal path, returned once per refused write; callers keep and serialize it, so a box would only add an indirection"
    )]
    pub fn check_static(&self, channel: &str, value: f64) -> Result<StaticCheck, LimitsViolation> {
        Ok(match self.check_without_step(channel, value)? {
            None => StaticCheck::Unlisted,
            Some(ChannelLimits {
                max_step: Some(max_step),
                ..
            }) => StaticCheck::StepCheckAtRunTime { max_step },
            Some(_) => StaticCheck::Complete,
        })
    }

    /// Every rule but `max_step`. `Ok(None)`: unlisted and allowed, no limits apply.
    #[expect(
        clippy::result_large_err,
        reason = "a violation is the refusal path, returned once per refused write; callers keep and serialize it, so a box would only add an indirection"
    )]
    fn check_without_step(
        &self,
        channel: &str,
        value: f64,
    ) -> Result<Option<ChannelLimits>, LimitsViolation> {
        let (channels, allow_unlisted_channels) = match &self.state {
            State::Unavailable { reason } => {
                return Err(violation(
                    channel,
                    value,
                    ViolationType::LimitsUnavailable,
                    format!(
                        "{channel}: writes are blocked because the channel limits database is unavailable: {reason}"
                    ),
                    None,
                    None,
                ));
            }
            State::Loaded {
                channels,
                allow_unlisted_channels,
            } => (channels, *allow_unlisted_channels),
        };
        let limits = channels.get(channel).copied();
        match limits {
            None if !allow_unlisted_channels => {
                return Err(violation(
                    channel,
                    value,
                    ViolationType::UnlistedChannel,
                    format!(
                        "{channel}: not listed in the channel limits database, and unlisted channels may not be written"
                    ),
                    None,
                    None,
                ));
            }
            Some(limits) if !limits.writable => {
                return Err(violation(
                    channel,
                    value,
                    ViolationType::ReadOnlyChannel,
                    format!("{channel}: read-only in the channel limits database"),
                    Some(&limits),
                    None,
                ));
            }
            _ => {}
        }
        if !value.is_finite() {
            return Err(violation(
                channel,
                value,
                ViolationType::NonFiniteValue,
                format!("{channel}: the value is {value}; only finite numbers can be written"),
                limits.as_ref(),
                None,
            ));
        }
        let Some(limits) = limits else {
            return Ok(None);
        };
        if let Some(min) = limits.min_value
            && value < min
        {
            return Err(violation(
                channel,
                value,
                ViolationType::MinExceeded,
                format!("{channel}: {value} is below min_value {min}"),
                Some(&limits),
                None,
            ));
        }
        if let Some(max) = limits.max_value
            && value > max
        {
            return Err(violation(
                channel,
                value,
                ViolationType::MaxExceeded,
                format!("{channel}: {value} is above max_value {max}"),
                Some(&limits),
                None,
            ));
        }
        Ok(Some(limits))
    }
}

fn violation(
    channel: &str,
    value: f64,
    violation_type: ViolationType,
    reason: String,
    limits: Option<&ChannelLimits>,
    current_value: Option<f64>,
) -> LimitsViolation {
    LimitsViolation {
        channel: channel.to_owned(),
        attempted_value: value.is_finite().then_some(value),
        violation_type,
        reason,
        min_value: limits.and_then(|l| l.min_value),
        max_value: limits.and_then(|l| l.max_value),
        max_step: limits.and_then(|l| l.max_step),
        current_value,
    }
}

/// The fields one entry gives; `None` where it leaves them out.
#[derive(Debug, Clone, Copy, Default)]
struct Fields {
    min_value: Option<f64>,
    max_value: Option<f64>,
    max_step: Option<f64>,
    writable: Option<bool>,
}

fn parse_database(root: Node, origin: &str) -> Result<LimitsDatabase, LimitsError> {
    let invalid = |entry: &str, message: String| LimitsError::Invalid {
        origin: origin.to_owned(),
        entry: entry.to_owned(),
        message,
    };
    let Node::Object(entries) = root else {
        return Err(LimitsError::Parse {
            origin: origin.to_owned(),
            message: format!("the top level is {}", root.kind()),
        });
    };
    let mut seen = BTreeSet::new();
    let mut allow_unlisted_channels = false;
    let mut defaults = Fields::default();
    let mut listed = Vec::new();
    for (key, node) in entries {
        if key.starts_with('_') {
            continue;
        }
        if !seen.insert(key.clone()) {
            return Err(invalid(
                &key,
                "appears twice; each key may appear once".to_owned(),
            ));
        }
        match key.as_str() {
            ALLOW_UNLISTED_KEY => match node {
                Node::Bool(allow) => allow_unlisted_channels = allow,
                other => {
                    return Err(invalid(
                        &key,
                        format!("must be true or false, found {}", other.kind()),
                    ));
                }
            },
            DEFAULTS_KEY => defaults = parse_fields(node).map_err(|m| invalid(&key, m))?,
            _ => {
                if key.trim().is_empty() || key.trim() != key {
                    return Err(invalid(
                        &key,
                        "a channel name must be non-empty without surrounding whitespace"
                            .to_owned(),
                    ));
                }
                let fields = parse_fields(node).map_err(|m| invalid(&key, m))?;
                listed.push((key, fields));
            }
        }
    }
    check_consistent(&defaults, &Fields::default()).map_err(|m| invalid(DEFAULTS_KEY, m))?;
    let mut channels = BTreeMap::new();
    for (name, own) in listed {
        check_consistent(&own, &defaults).map_err(|m| invalid(&name, m))?;
        let limits = ChannelLimits {
            min_value: own.min_value.or(defaults.min_value),
            max_value: own.max_value.or(defaults.max_value),
            max_step: own.max_step.or(defaults.max_step),
            writable: own.writable.or(defaults.writable).unwrap_or(true),
        };
        channels.insert(name, limits);
    }
    Ok(LimitsDatabase {
        state: State::Loaded {
            channels,
            allow_unlisted_channels,
        },
    })
}

/// The fields of a channel entry or of `defaults`; the error message names the field.
fn parse_fields(node: Node) -> Result<Fields, String> {
    let Node::Object(entries) = node else {
        return Err(format!(
            "must be an object with any of {FIELDS}, found {}",
            node.kind()
        ));
    };
    let mut fields = Fields::default();
    let mut seen = BTreeSet::new();
    for (key, value) in entries {
        if key.starts_with('_') {
            continue;
        }
        if !seen.insert(key.clone()) {
            return Err(format!("field `{key}` appears twice"));
        }
        let number = |value: Node| match value {
            Node::Number(n) if n.is_finite() => Ok(n),
            other => Err(format!(
                "`{key}` must be a finite number, found {}",
                other.kind()
            )),
        };
        match key.as_str() {
            "min_value" => fields.min_value = Some(number(value)?),
            "max_value" => fields.max_value = Some(number(value)?),
            "max_step" => fields.max_step = Some(number(value)?),
            "writable" => match value {
                Node::Bool(writable) => fields.writable = Some(writable),
                other => {
                    return Err(format!(
                        "`writable` must be true or false, found {}",
                        other.kind()
                    ));
                }
            },
            _ => return Err(format!("unknown field `{key}` (known: {FIELDS})")),
        }
    }
    Ok(fields)
}

/// Checks `own` with `defaults` filling its gaps; says where a value came from when it was
/// a default.
fn check_consistent(own: &Fields, defaults: &Fields) -> Result<(), String> {
    let from = |own: Option<f64>| {
        if own.is_some() {
            ""
        } else {
            " (from defaults)"
        }
    };
    if let Some(step) = own.max_step.or(defaults.max_step)
        && step <= 0.0
    {
        return Err(format!(
            "max_step {step}{} must be greater than 0",
            from(own.max_step)
        ));
    }
    if let (Some(min), Some(max)) = (
        own.min_value.or(defaults.min_value),
        own.max_value.or(defaults.max_value),
    ) && min > max
    {
        return Err(format!(
            "min_value {min}{} is above max_value {max}{}",
            from(own.min_value),
            from(own.max_value)
        ));
    }
    Ok(())
}

/// A JSON value that keeps every key of an object in order, duplicates included, so that a
/// key given twice is an error instead of the last one silently winning.
#[derive(Debug)]
enum Node {
    Null,
    Bool(bool),
    Number(f64),
    Text,
    List,
    Object(Vec<(String, Node)>),
}

impl Node {
    fn kind(&self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool(_) => "a boolean",
            Self::Number(_) => "a number",
            Self::Text => "a string",
            Self::List => "an array",
            Self::Object(_) => "an object",
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Number(v))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Node, E> {
        Ok(Node::Text)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        while seq.next_element::<Node>()?.is_some() {}
        Ok(Node::List)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<String, Node>()? {
            entries.push(entry);
        }
        Ok(Node::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{
        "_comment": "keys starting with _ are skipped (comments, metadata)",
        "allow_unlisted_channels": false,
        "defaults": {"writable": true, "max_step": 5.0},
        "MAG:QF1:CURRENT_SP": {"min_value": 0.0, "max_value": 100.0, "max_step": 10.0, "writable": true},
        "MAG:QF1:CURRENT_RB": {"writable": false}
    }"#;
    const SP: &str = "MAG:QF1:CURRENT_SP";
    const RB: &str = "MAG:QF1:CURRENT_RB";

    fn example() -> LimitsDatabase {
        LimitsDatabase::from_json_str(EXAMPLE, "example.json").expect("the documented example")
    }

    fn db(text: &str) -> LimitsDatabase {
        LimitsDatabase::from_json_str(text, "test.json").expect("valid limits")
    }

    fn load_error(text: &str) -> String {
        LimitsDatabase::from_json_str(text, "test.json")
            .expect_err("invalid limits")
            .to_string()
    }

    fn kind(result: Result<(), LimitsViolation>) -> ViolationType {
        result.expect_err("a violation").violation_type
    }

    #[test]
    fn the_documented_example_loads_with_defaults_merged() {
        let db = example();
        assert!(db.is_available());
        assert!(!db.allows_unlisted_channels());
        assert_eq!(db.channel_count(), 2);
        assert_eq!(
            db.limits_for(SP),
            Some(ChannelLimits {
                min_value: Some(0.0),
                max_value: Some(100.0),
                max_step: Some(10.0),
                writable: true,
            })
        );
        assert_eq!(
            db.limits_for(RB),
            Some(ChannelLimits {
                min_value: None,
                max_value: None,
                max_step: Some(5.0),
                writable: false,
            })
        );
        assert_eq!(db.limits_for("MAG:QF1:OTHER"), None);
    }

    #[test]
    fn boundary_values_pass_and_values_outside_fail() {
        let db = example();
        for value in [0.0, 100.0] {
            assert_eq!(
                db.check_write(SP, value, CurrentValue::Known(value)),
                Ok(())
            );
        }
        let below = db
            .check_write(SP, -0.5, CurrentValue::Known(0.0))
            .expect_err("below");
        assert_eq!(below.violation_type, ViolationType::MinExceeded);
        assert_eq!(
            below.reason,
            "MAG:QF1:CURRENT_SP: -0.5 is below min_value 0"
        );
        let above = db
            .check_write(SP, 150.0, CurrentValue::Known(95.0))
            .expect_err("above");
        assert_eq!(above.violation_type, ViolationType::MaxExceeded);
        assert_eq!(
            above.reason,
            "MAG:QF1:CURRENT_SP: 150 is above max_value 100"
        );
        assert_eq!(above.to_string(), above.reason);
        assert_eq!(
            (above.min_value, above.max_value, above.max_step),
            (Some(0.0), Some(100.0), Some(10.0))
        );
        assert_eq!(above.attempted_value, Some(150.0));
        assert_eq!(above.current_value, None);
    }

    #[test]
    fn steps_up_to_max_step_pass_and_larger_steps_fail() {
        let db = example();
        assert_eq!(db.check_write(SP, 55.0, CurrentValue::Known(50.0)), Ok(()));
        assert_eq!(db.check_write(SP, 60.0, CurrentValue::Known(50.0)), Ok(()));
        assert_eq!(db.check_write(SP, 40.0, CurrentValue::Known(50.0)), Ok(()));
        let jump = db
            .check_write(SP, 95.0, CurrentValue::Known(50.0))
            .expect_err("step");
        assert_eq!(jump.violation_type, ViolationType::MaxStepExceeded);
        assert_eq!(jump.current_value, Some(50.0));
        assert_eq!(jump.max_step, Some(10.0));
        assert!(
            jump.reason.contains("step of 45, above max_step 10"),
            "{jump}"
        );
        assert_eq!(
            kind(db.check_write(SP, 39.0, CurrentValue::Known(50.0))),
            ViolationType::MaxStepExceeded
        );
    }

    #[test]
    fn a_step_of_exactly_max_step_passes_despite_rounding() {
        let db = db(r#"{"CH": {"max_step": 0.3}}"#);
        let (from, to) = std::hint::black_box((0.1_f64, 0.4_f64));
        assert!(to - from > 0.3, "the subtraction rounds up");
        assert_eq!(db.check_write("CH", 0.4, CurrentValue::Known(0.1)), Ok(()));
        assert_eq!(
            kind(db.check_write("CH", 0.41, CurrentValue::Known(0.1))),
            ViolationType::MaxStepExceeded
        );
    }

    #[test]
    fn range_is_checked_before_step() {
        assert_eq!(
            kind(example().check_write(SP, 101.0, CurrentValue::Known(100.0))),
            ViolationType::MaxExceeded
        );
    }

    #[test]
    fn an_unreadable_current_value_fails_closed() {
        let db = example();
        let failed = db
            .check_write(
                SP,
                55.0,
                CurrentValue::Unreadable("timeout after 1 s".into()),
            )
            .expect_err("unreadable");
        assert_eq!(failed.violation_type, ViolationType::StepCheckFailed);
        assert!(failed.reason.contains("timeout after 1 s"), "{failed}");
        assert_eq!(
            kind(db.check_write(SP, 55.0, CurrentValue::NotRead)),
            ViolationType::StepCheckFailed
        );
        let nan = db
            .check_write(SP, 55.0, CurrentValue::Known(f64::NAN))
            .expect_err("nan current");
        assert_eq!(nan.violation_type, ViolationType::StepCheckFailed);
        assert_eq!(nan.current_value, None);
    }

    #[test]
    fn the_current_value_is_not_needed_without_max_step() {
        let db = db(r#"{"CH": {"min_value": 0, "max_value": 10}}"#);
        assert!(!db.needs_current_value("CH"));
        assert!(example().needs_current_value(SP));
        assert!(
            !example().needs_current_value(RB),
            "read-only: refused anyway"
        );
        assert!(!example().needs_current_value("UNLISTED"));
        assert_eq!(db.check_write("CH", 10.0, CurrentValue::NotRead), Ok(()));
        assert_eq!(
            db.check_write("CH", 3.0, CurrentValue::Unreadable("down".into())),
            Ok(())
        );
    }

    #[test]
    fn read_only_is_reported_before_range() {
        let db = db(r#"{"RO": {"writable": false, "min_value": 0, "max_value": 1}}"#);
        let refused = db
            .check_write("RO", 500.0, CurrentValue::Known(0.0))
            .expect_err("read-only");
        assert_eq!(refused.violation_type, ViolationType::ReadOnlyChannel);
        assert!(refused.reason.starts_with("RO: read-only"), "{refused}");
        assert_eq!(
            kind(example().check_write(RB, 1.0, CurrentValue::NotRead)),
            ViolationType::ReadOnlyChannel
        );
    }

    #[test]
    fn unlisted_channels_are_refused_by_default_and_unchecked_when_allowed() {
        let strict = db(r#"{"CH": {}}"#);
        assert!(!strict.allows_unlisted_channels());
        let refused = strict
            .check_write("OTHER", 1.0, CurrentValue::NotRead)
            .expect_err("strict");
        assert_eq!(refused.violation_type, ViolationType::UnlistedChannel);
        assert!(refused.reason.starts_with("OTHER: not listed"), "{refused}");

        let permissive = db(
            r#"{"allow_unlisted_channels": true, "defaults": {"max_value": 1, "max_step": 1},
                                "CH": {}}"#,
        );
        assert!(permissive.allows_unlisted_channels());
        assert_eq!(
            permissive.check_write("OTHER", 1e9, CurrentValue::NotRead),
            Ok(())
        );
        assert_eq!(
            permissive.check_static("OTHER", 1e9),
            Ok(StaticCheck::Unlisted)
        );
        assert_eq!(
            permissive.limits_for("OTHER"),
            None,
            "defaults apply to listed channels only"
        );
        assert_eq!(
            kind(permissive.check_write("CH", 2.0, CurrentValue::Known(1.5))),
            ViolationType::MaxExceeded
        );
    }

    #[test]
    fn non_finite_values_are_refused_and_named() {
        let db = example();
        for (value, shown) in [
            (f64::NAN, "NaN"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
        ] {
            let refused = db
                .check_write(SP, value, CurrentValue::Known(50.0))
                .expect_err("non-finite");
            assert_eq!(refused.violation_type, ViolationType::NonFiniteValue);
            assert_eq!(refused.attempted_value, None);
            assert!(
                refused.reason.contains(&format!("the value is {shown};")),
                "{refused}"
            );
            assert_eq!(
                db.check_static(SP, value).map_err(|v| v.violation_type),
                Err(ViolationType::NonFiniteValue)
            );
        }
        let permissive = LimitsDatabase::from_json_str(r#"{"allow_unlisted_channels": true}"#, "p")
            .expect("valid");
        assert_eq!(
            kind(permissive.check_write("ANY", f64::NAN, CurrentValue::NotRead)),
            ViolationType::NonFiniteValue
        );
        let no_limits = LimitsDatabase::from_json_str(r#"{"CH": {}}"#, "n").expect("valid");
        assert_eq!(
            kind(no_limits.check_write("CH", f64::INFINITY, CurrentValue::NotRead)),
            ViolationType::NonFiniteValue
        );
    }

    #[test]
    fn an_unavailable_database_blocks_every_write() {
        let db = LimitsDatabase::unavailable("/etc/limits.json: cannot read");
        assert!(!db.is_available());
        assert_eq!(
            db.unavailable_reason(),
            Some("/etc/limits.json: cannot read")
        );
        assert_eq!(db.limits_for(SP), None);
        let blocked = db
            .check_write(SP, 1.0, CurrentValue::Known(1.0))
            .expect_err("unavailable");
        assert_eq!(blocked.violation_type, ViolationType::LimitsUnavailable);
        assert!(
            blocked.reason.contains("/etc/limits.json: cannot read"),
            "{blocked}"
        );
        assert_eq!(
            db.check_static(SP, 1.0).map_err(|v| v.violation_type),
            Err(ViolationType::LimitsUnavailable)
        );
        let missing = LimitsDatabase::load_or_unavailable(Path::new("/nonexistent/limits.json"));
        assert!(
            missing
                .unavailable_reason()
                .is_some_and(|r| r.contains("/nonexistent/limits.json")),
            "{missing:?}"
        );
    }

    #[test]
    fn the_static_check_says_whether_a_step_check_remains() {
        let db = db(r#"{"STEP": {"max_value": 10, "max_step": 2}, "RANGE": {"max_value": 10}}"#);
        assert_eq!(
            db.check_static("STEP", 10.0),
            Ok(StaticCheck::StepCheckAtRunTime { max_step: 2.0 })
        );
        assert_eq!(db.check_static("RANGE", 10.0), Ok(StaticCheck::Complete));
        assert_eq!(
            db.check_static("STEP", 11.0).map_err(|v| v.violation_type),
            Err(ViolationType::MaxExceeded)
        );
        assert_eq!(
            db.check_static("NONE", 1.0).map_err(|v| v.violation_type),
            Err(ViolationType::UnlistedChannel)
        );
        assert_eq!(
            serde_json::to_value(StaticCheck::StepCheckAtRunTime { max_step: 2.0 })
                .expect("serializes"),
            serde_json::json!({"status": "step_check_at_run_time", "max_step": 2.0})
        );
    }

    #[test]
    fn a_channel_value_wins_over_defaults() {
        let db = db(r#"{
            "defaults": {"min_value": -1, "max_value": 1, "max_step": 0.5, "writable": false},
            "OWN": {"min_value": 0, "max_value": 50, "max_step": 5, "writable": true},
            "INHERITS": {"max_value": 2}
        }"#);
        assert_eq!(
            db.limits_for("OWN"),
            Some(ChannelLimits {
                min_value: Some(0.0),
                max_value: Some(50.0),
                max_step: Some(5.0),
                writable: true,
            })
        );
        assert_eq!(
            db.limits_for("INHERITS"),
            Some(ChannelLimits {
                min_value: Some(-1.0),
                max_value: Some(2.0),
                max_step: Some(0.5),
                writable: false,
            })
        );
    }

    #[test]
    fn underscore_keys_are_skipped_at_both_levels() {
        let db = db(r#"{
            "_version": 3, "_last_updated": ["2025-01-01"], "_notes": {"anything": null},
            "_comment": "first", "_comment": "second",
            "CH": {"_comment": "in amperes", "_source": {"x": 1}, "max_value": 5}
        }"#);
        assert_eq!(db.channel_count(), 1);
        assert_eq!(db.limits_for("CH").and_then(|l| l.max_value), Some(5.0));
        assert_eq!(db.limits_for("_version"), None);
    }

    #[test]
    fn an_empty_object_lists_nothing_and_is_strict() {
        let db = db("{}");
        assert_eq!(db.channel_count(), 0);
        assert_eq!(
            kind(db.check_write("CH", 0.0, CurrentValue::NotRead)),
            ViolationType::UnlistedChannel
        );
    }

    #[test]
    fn unknown_fields_are_errors_naming_channel_and_field() {
        let message = load_error(r#"{"MAG:QF1:CURRENT_SP": {"max_val": 100}}"#);
        assert!(
            message.starts_with("test.json: `MAG:QF1:CURRENT_SP`: "),
            "{message}"
        );
        assert!(message.contains("unknown field `max_val`"), "{message}");
        let message = load_error(r#"{"defaults": {"writeable": false}}"#);
        assert!(
            message.contains("`defaults`") && message.contains("`writeable`"),
            "{message}"
        );
    }

    #[test]
    fn wrong_types_are_errors_naming_channel_and_field() {
        for (text, entry, expected) in [
            (
                r#"{"CH": {"max_value": "100"}}"#,
                "CH",
                "`max_value` must be a finite number, found a string",
            ),
            (
                r#"{"CH": {"min_value": null}}"#,
                "CH",
                "`min_value` must be a finite number, found null",
            ),
            (
                r#"{"CH": {"writable": "false"}}"#,
                "CH",
                "`writable` must be true or false, found a string",
            ),
            (r#"{"CH": 5}"#, "CH", "must be an object"),
            (r#"{"CH": [1, 2]}"#, "CH", "found an array"),
            (
                r#"{"allow_unlisted_channels": "yes"}"#,
                "allow_unlisted_channels",
                "must be true or false",
            ),
            (r#"{"defaults": true}"#, "defaults", "must be an object"),
        ] {
            let message = load_error(text);
            assert!(message.contains(&format!("`{entry}`")), "{text}: {message}");
            assert!(message.contains(expected), "{text}: {message}");
        }
    }

    #[test]
    fn inconsistent_limits_are_errors_naming_the_channel() {
        for (text, entry, expected) in [
            (
                r#"{"CH": {"min_value": 10, "max_value": 5}}"#,
                "CH",
                "min_value 10 is above max_value 5",
            ),
            (
                r#"{"CH": {"max_step": 0}}"#,
                "CH",
                "max_step 0 must be greater than 0",
            ),
            (
                r#"{"CH": {"max_step": -1}}"#,
                "CH",
                "max_step -1 must be greater than 0",
            ),
            (
                r#"{"defaults": {"max_step": 0}}"#,
                "defaults",
                "max_step 0 must be greater than 0",
            ),
            (
                r#"{"defaults": {"min_value": 1, "max_value": 0}}"#,
                "defaults",
                "min_value 1 is above",
            ),
            (
                r#"{"defaults": {"min_value": 10}, "CH": {"max_value": 5}}"#,
                "CH",
                "min_value 10 (from defaults) is above max_value 5",
            ),
        ] {
            let message = load_error(text);
            assert!(message.contains(&format!("`{entry}`")), "{text}: {message}");
            assert!(message.contains(expected), "{text}: {message}");
        }
        let equal = db(r#"{"CH": {"min_value": 5, "max_value": 5}}"#);
        assert_eq!(equal.check_write("CH", 5.0, CurrentValue::NotRead), Ok(()));
    }

    #[test]
    fn non_finite_numbers_in_the_file_are_errors() {
        // JSON has no NaN or infinity literals, and out-of-range numbers do not parse.
        for text in [
            r#"{"CH": {"max_value": NaN}}"#,
            r#"{"CH": {"max_value": Infinity}}"#,
            r#"{"CH": {"max_value": 1e400}}"#,
        ] {
            let message = load_error(text);
            assert!(
                message.starts_with("test.json: not a JSON object"),
                "{text}: {message}"
            );
        }
    }

    #[test]
    fn duplicate_keys_are_errors_instead_of_last_wins() {
        let message = load_error(r#"{"CH": {"max_value": 1}, "CH": {"max_value": 1000}}"#);
        assert!(message.contains("`CH`: appears twice"), "{message}");
        let message = load_error(r#"{"CH": {"max_value": 1, "max_value": 1000}}"#);
        assert!(
            message.contains("`CH`: field `max_value` appears twice"),
            "{message}"
        );
    }

    #[test]
    fn channel_names_with_stray_whitespace_are_errors() {
        for text in [r#"{" MAG:QF1": {}}"#, r#"{"MAG:QF1 ": {}}"#, r#"{"": {}}"#] {
            let message = load_error(text);
            assert!(
                message.contains("channel name must be non-empty"),
                "{text}: {message}"
            );
        }
    }

    #[test]
    fn unparsable_text_is_an_error_naming_the_origin() {
        for text in [
            "",
            "{",
            "not json",
            "[1, 2]",
            "42",
            r#"{"CH": {}} trailing"#,
        ] {
            let error = LimitsDatabase::from_json_str(text, "/etc/pyexec/limits.json")
                .expect_err("unparsable");
            assert!(
                matches!(error, LimitsError::Parse { .. }),
                "{text}: {error:?}"
            );
            assert!(
                error.to_string().starts_with("/etc/pyexec/limits.json: "),
                "{text}: {error}"
            );
        }
    }

    #[test]
    fn load_reads_a_file_and_errors_name_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("limits.json");
        std::fs::write(&path, EXAMPLE).expect("write");
        assert_eq!(LimitsDatabase::load(&path).expect("loads"), example());

        let missing = dir.path().join("missing.json");
        let error = LimitsDatabase::load(&missing).expect_err("missing");
        assert!(matches!(error, LimitsError::Read { .. }), "{error:?}");
        assert!(error.to_string().contains("missing.json"), "{error}");

        std::fs::write(&path, r#"{"CH": {"max": 1}}"#).expect("write");
        let error = LimitsDatabase::load(&path).expect_err("unknown field");
        assert!(
            error.to_string().starts_with(&path.display().to_string()),
            "{error}"
        );
    }

    #[test]
    fn violations_serialize_with_the_documented_names() {
        let violation = example()
            .check_write(SP, 95.0, CurrentValue::Known(50.0))
            .expect_err("step");
        let json = serde_json::to_value(&violation).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({
                "channel": SP,
                "attempted_value": 95.0,
                "violation_type": "MAX_STEP_EXCEEDED",
                "reason": violation.reason,
                "min_value": 0.0,
                "max_value": 100.0,
                "max_step": 10.0,
                "current_value": 50.0,
            })
        );
        let back: LimitsViolation = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, violation);

        for (kind, name) in [
            (ViolationType::MinExceeded, "MIN_EXCEEDED"),
            (ViolationType::MaxExceeded, "MAX_EXCEEDED"),
            (ViolationType::ReadOnlyChannel, "READ_ONLY_CHANNEL"),
            (ViolationType::UnlistedChannel, "UNLISTED_CHANNEL"),
            (ViolationType::MaxStepExceeded, "MAX_STEP_EXCEEDED"),
            (ViolationType::StepCheckFailed, "STEP_CHECK_FAILED"),
            (ViolationType::NonFiniteValue, "NON_FINITE_VALUE"),
            (ViolationType::LimitsUnavailable, "LIMITS_UNAVAILABLE"),
        ] {
            assert_eq!(
                serde_json::to_value(kind).expect("serializes"),
                serde_json::json!(name)
            );
            assert_eq!(kind.as_str(), name);
            assert_eq!(kind.to_string(), name);
        }
    }

    #[test]
    fn a_non_finite_attempt_round_trips_through_json() {
        let violation = example()
            .check_write(SP, f64::NAN, CurrentValue::NotRead)
            .expect_err("nan");
        let text = serde_json::to_string(&violation).expect("serializes");
        assert!(text.contains(r#""attempted_value":null"#), "{text}");
        let back: LimitsViolation = serde_json::from_str(&text).expect("deserializes");
        assert_eq!(back, violation);
    }

    #[test]
    fn settings_load_the_file_and_errors_name_the_variable() {
        use crate::config::Settings;
        let vars = |value: &str| vec![("PYEXEC_LIMITS_FILE".to_owned(), value.to_owned())];

        let unset = Settings::from_vars(Vec::new()).expect("defaults");
        assert_eq!(unset.limits_file, None);
        assert_eq!(unset.limits_database(), Ok(None));

        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("limits.json");
        std::fs::write(&path, EXAMPLE).expect("write");
        let settings = Settings::from_vars(vars(&path.display().to_string())).expect("valid");
        assert_eq!(settings.limits_file.as_deref(), Some(path.as_path()));
        assert_eq!(settings.limits_database(), Ok(Some(example())));

        std::fs::write(&path, r#"{"CH": {"min_value": 2, "max_value": 1}}"#).expect("write");
        let error = settings.limits_database().expect_err("invalid");
        assert_eq!(error.variable, "PYEXEC_LIMITS_FILE");
        assert!(error.message.contains("`CH`"), "{error}");

        let missing = Settings::from_vars(vars("/nonexistent/limits.json")).expect("valid");
        let error = missing.limits_database().expect_err("missing");
        assert_eq!(error.variable, "PYEXEC_LIMITS_FILE");
        assert!(
            error.message.contains("/nonexistent/limits.json"),
            "{error}"
        );
    }
}
