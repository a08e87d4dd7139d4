//! The run model: what comes in (`ExecutionRequest`), what a run is while it moves through the
//! stages (`Run`), what goes out (`Outcome`), and the error vocabulary shared by all of them.
//!
//! Every type here is plain serde data with pinned JSON names: the embedded runner prints
//! them, the fleet keeps `Run` in Redis and publishes `Outcome` on AMQP. Nothing in this
//! module performs I/O.

pub mod error;
pub mod mode;
pub mod outcome;
pub mod request;
pub mod run;

pub use error::{ErrorCategory, ErrorChainEntry, ErrorType, RunError};
pub use mode::{ExecutionMode, PerMode};
pub use outcome::{ExecutionResult, Outcome, OutcomeStatus, ServiceResult};
pub use request::{ExecutionRequest, PlanningMode, RequestError};
pub use run::{Attempts, AuditEvent, CodeOrigin, CodeVersion, Run, Stage};
