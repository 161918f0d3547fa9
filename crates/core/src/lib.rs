//! The decision core: the scenario model, the pattern catalogue, the rules and the engine.
//! Plain Rust with no GUI types; the command line and the window both drive it.

pub mod advice;
pub mod catalogue;
pub mod diff;
pub mod drift;
pub mod engine;
pub mod evaluation;
pub mod explain;
pub mod field;
pub mod flips;
pub mod input_space;
pub mod interview;
pub mod kind;
pub mod lenient;
pub mod model;
pub mod portfolio;
pub mod questions;
pub mod rules;
pub mod sources;
#[cfg(test)]
mod testing;
pub mod text;
pub mod unknowns;
pub mod validate;
pub mod workers;

pub use engine::{evaluate, evaluate_ranking};
