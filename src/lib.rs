//! Integration Advisor: choose, explain and record how a system integrates with Microsoft
//! Dynamics 365 Finance and Operations.
//!
//! - [`core`]: the scenario model, the pattern catalogue and the decision engine (no GUI).
//! - [`io`]: scenario files: the hardened loader, the canonical writer, atomic saves (no GUI).
//! - [`bundled`]: the catalogue and scenario library built into the binary.
//! - [`cli`]: the headless command line.
//! - [`gui`]: the window (eframe/egui).

pub mod bundled;
pub mod cli;
pub mod core;
pub mod gui;
pub mod io;
