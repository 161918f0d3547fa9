//! The views: each a struct that owns only its view state and draws with `ui`.

pub mod compare;
pub mod dialogs;
pub mod editor;
pub mod editor_questions;
pub mod fact_sheet;
pub mod interview;
pub mod landscape;
pub mod library;
pub mod patterns;
pub mod pictures;
pub mod portfolio;
mod portfolio_chart;
pub mod result;
