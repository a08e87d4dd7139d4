//! pyexec: execution requests in, generated, analysed, approved and executed Python out.
//!
//! Layout: [`model`] holds the request, the run state and the outcome; one module per stage
//! ([`generation`], [`analysis`], [`approval`], [`execution`]) holds that stage's logic as
//! plain code that knows nothing of transport; [`pipeline`] moves a run between stages and
//! owns the retry rules; [`embedded`] drives a run to its end in one process (`pyexec run`);
//! [`config`] loads the typed settings from `PYEXEC_*` variables once. The fleet (AMQP
//! workers, Redis run store) builds on the same pipeline.

pub mod analysis;
pub mod approval;
pub mod bench;
pub mod cli;
pub mod config;
pub mod embedded;
pub mod execution;
pub mod fleet;
pub mod generation;
pub mod limits;
pub mod model;
pub mod pipeline;
