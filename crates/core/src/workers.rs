//! Work the core may split, and who runs it.
//!
//! The core starts no thread. Weighing many open answers is one walk through a tree of
//! answers, and its subtrees are independent: a caller with threads to give passes
//! [`Workers`] that run them at once (`io::parallel::Threads`); [`InOrder`], which
//! [`evaluate`](crate::evaluate) and [`advise`](crate::advice::advise) use, runs them one
//! after another. Either way the results come back in the jobs' order, so the analysis is
//! the same.

use crate::unknowns::ResultKey;

/// The leaves of one subtree of the open answers: each combination's answers and its result.
#[derive(Debug, Default)]
pub struct Subtree {
    pub(crate) leaves: Vec<(Vec<u8>, ResultKey)>,
}

/// One subtree to walk.
pub type Job<'a> = Box<dyn FnOnce() -> Subtree + Send + 'a>;

/// Runs independent jobs and gives their results back in the jobs' order.
pub trait Workers: Sync {
    /// How many jobs it runs at once. With 1, the core does not split the work at all.
    fn at_once(&self) -> usize;

    /// Runs every job; the results in the jobs' order.
    fn run<'a>(&self, jobs: Vec<Job<'a>>) -> Vec<Subtree>;
}

/// Runs jobs one after another, on the calling thread.
#[derive(Debug, Clone, Copy, Default)]
pub struct InOrder;

impl Workers for InOrder {
    fn at_once(&self) -> usize {
        1
    }

    fn run<'a>(&self, jobs: Vec<Job<'a>>) -> Vec<Subtree> {
        jobs.into_iter().map(|job| job()).collect()
    }
}
