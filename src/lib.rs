//! Integration Advisor: choose, explain and record how a system integrates with Microsoft
//! Dynamics 365 Finance and Operations.
//!
//! The layers are crates, so that none can import a layer above it:
//! - [`core`] (the advisor-core crate): the scenario model, the catalogue's types, the rules
//!   and the decision engine. No file formats, no GUI.
//! - [`io`] (the advisor-io crate): scenario files and their hardened loader, saving,
//!   recovery, inventories, records and reports. No GUI.
//! - [`bundled`]: the catalogue and scenario library built into the binary.
//! - [`cli`]: the headless command line.
//! - [`gui`]: the window (eframe/egui).

pub use advisor_core as core;
pub use advisor_io as io;

pub mod bundled;
pub mod cli;
pub mod gui;
