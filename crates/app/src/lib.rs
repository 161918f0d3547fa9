//! The window's state without the window: the workspace of documents, each document with its
//! advice and undo history, the commands and dialogs as data, what opening, saving, restoring,
//! copying and splitting do to the documents, the recovery keeper and loaded inventories.
//!
//! No GUI toolkit: the window draws this state and turns the user's actions into changes of
//! it, and tests drive it directly.

pub mod command;
pub mod dialog_data;
pub mod document;
pub mod library;
pub mod loaded_inventory;
pub mod new_scenarios;
pub mod opening;
pub mod recovery_keeper;
pub mod saving;
pub mod undo;
pub mod view;
pub mod workspace;

#[cfg(test)]
mod testing;
