//! Messages between the fleet's workers, each declaring the queue it travels on.
//!
//! External documents (`ExecutionRequest`, `ApprovalRequest`, `ApprovalDecision`, `Outcome`)
//! are defined with their stages; this module adds the internal stage message and the schema
//! version every internal message carries.

use serde::{Deserialize, Serialize};

use crate::fleet::topology::queues;
use crate::model::Stage;

/// Version of the internal message schema; bumped on incompatible changes.
pub const STAGE_MESSAGE_VERSION: u32 = 1;

/// "Run `run_id` is ready for `stage` at `attempt`": the body of every `generate`, `analyze`
/// and `execute` message. The run itself is in Redis; a message whose (stage, attempt) is
/// behind the stored run is stale and is acked without work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageMessage {
    pub version: u32,
    pub run_id: String,
    pub stage: Stage,
    pub attempt: u32,
}

impl StageMessage {
    pub fn new(run_id: &str, stage: Stage, attempt: u32) -> Self {
        Self {
            version: STAGE_MESSAGE_VERSION,
            run_id: run_id.to_owned(),
            stage,
            attempt,
        }
    }

    /// The queue a message for `stage` goes to; `None` for stages no worker consumes.
    pub fn queue_for(stage: Stage) -> Option<&'static str> {
        match stage {
            Stage::Generating => Some(queues::GENERATE),
            Stage::Analyzing => Some(queues::ANALYZE),
            Stage::Executing => Some(queues::EXECUTE),
            _ => None,
        }
    }
}
