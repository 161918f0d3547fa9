//! Scenario files: the one loader, the canonical writer and saving. No GUI types here.

pub mod canonical;
pub mod comments;
pub mod disk;
pub mod format_v1;
pub mod load;
pub mod process;
pub mod record;
pub mod recovery;
pub mod save;

pub use canonical::to_canonical_string;
pub use load::{LoadError, ParseError, load_path, parse_str};
pub use save::{SaveError, save_path};
