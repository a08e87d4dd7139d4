//! The fleet: the same pipeline, one stage per AMQP delivery, with the run kept in Redis.
//!
//! Layout: [`topology`] names and declares every queue and exchange; [`messages`] holds the
//! message types with their queue; [`amqp`] connects and publishes with confirms; [`store`]
//! keeps runs, execution claims and the pending-approval index in Redis (every key in one
//! place); [`runtime`] is the one consume → load → step → persist → publish → ack loop all
//! workers share, with the single ack/requeue/dead-letter decision; [`handlers`] are the
//! per-queue steps; [`health`] serves `/healthz`, `/readyz` and `/metrics`.

pub mod amqp;
pub mod bench;
pub mod client;
pub mod handlers;
pub mod health;
pub mod messages;
pub mod runtime;
pub mod store;
pub mod topology;
pub mod worker;
