//! Work on a long stream split over the machine's cores, results in the stream's order.
//!
//! A bounded number of items is in flight: an inventory is read, evaluated and written this
//! way, block by block, so that its size does not decide the memory it takes.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, Sender, channel, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};

use advisor_core::workers::{Job, Subtree, Workers};

/// How many threads do the work: one per core.
pub fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// Runs `source` on a thread of its own, `work` on every item it produces on one worker
/// thread per core, and `sink` on the results in the order `source` produced the items.
///
/// - `source` gets a `push` function for its items; `push` returns `false` once the sink has
///   stopped, and the source should then stop too. What `source` returns is returned.
/// - Each worker makes its own state with `state` (a cache, say) and keeps it for every item
///   it works on.
/// - `sink` runs on the calling thread; it returns `false` to stop (its writer failed, say).
/// - At most `in_flight` items (at least one per worker) are between the source and the sink
///   at any time, read but not yet handed to the sink: the memory is bounded by the items'
///   size, never by the stream's length.
///
/// A panic in `source` or `work` is passed on unchanged: it is a bug, not an outcome.
pub fn ordered_pipeline<I, O, S, E>(
    in_flight: usize,
    source: impl FnOnce(&mut dyn FnMut(I) -> bool) -> E + Send,
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, I) -> O + Sync,
    mut sink: impl FnMut(O) -> bool,
) -> E
where
    I: Send,
    O: Send,
    E: Send,
{
    let workers = workers();
    let in_flight = in_flight.max(workers);
    let (state, work) = (&state, &work);
    std::thread::scope(|scope| {
        let (items, queue) = sync_channel::<(usize, I)>(workers);
        // Shared by the workers; the last to go closes it, so a source blocked on a full
        // queue learns that nobody is left to take its items.
        let queue = Arc::new(Mutex::new(queue));
        let (results, finished) = channel::<(usize, O)>();
        // A credit for every item that may be in flight: the source takes one before it
        // pushes an item, the sink gives it back once the item's result is handed on.
        let (credits, credit) = sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            // The channel has room for every credit, and its receiver is alive.
            credits.send(()).ok();
        }
        let producer = scope.spawn(move || {
            let mut next = 0;
            let mut push = |item: I| {
                if credit.recv().is_err() || items.send((next, item)).is_err() {
                    return false;
                }
                next += 1;
                true
            };
            source(&mut push)
        });
        for _ in 0..workers {
            let (queue, results) = (Arc::clone(&queue), results.clone());
            scope.spawn(move || worker(&queue, &results, state(), work));
        }
        drop((queue, results));
        let mut credits = Some(credits);
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        // Ends when every worker has ended: the source is done, or stopped.
        for (number, result) in finished {
            if credits.is_none() {
                // Stopped: what is still coming is dropped.
                continue;
            }
            waiting.insert(number, result);
            while let Some(result) = waiting.remove(&expected) {
                expected += 1;
                if !sink(result) {
                    // No more credits: the source stops at its next item.
                    credits = None;
                    waiting.clear();
                    break;
                }
                if let Some(credits) = &credits {
                    // The source may have ended already; a credit nobody takes is no loss.
                    credits.send(()).ok();
                }
            }
        }
        drop(credits);
        producer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// One worker: takes items until the source is done, and sends each result on.
fn worker<I, O, S>(
    queue: &Mutex<Receiver<(usize, I)>>,
    results: &Sender<(usize, O)>,
    mut state: S,
    work: &impl Fn(&mut S, I) -> O,
) {
    loop {
        let next = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok((number, item)) = next else { return };
        if results.send((number, work(&mut state, item))).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ordered_pipeline;

    #[test]
    fn every_item_is_worked_on_once_and_the_results_come_in_order() {
        for length in [0_usize, 1, 2, 7, 100, 1_001] {
            for in_flight in [1, 3, 64] {
                let mut seen = Vec::new();
                let produced = ordered_pipeline(
                    in_flight,
                    |push| (0..length).take_while(|&i| push(i)).count(),
                    || 0_usize,
                    |calls, item| {
                        *calls += 1;
                        item * 2
                    },
                    |result| {
                        seen.push(result);
                        true
                    },
                );
                assert_eq!(produced, length, "every item pushed");
                let expected: Vec<usize> = (0..length).map(|i| i * 2).collect();
                assert_eq!(seen, expected, "length {length}, {in_flight} in flight");
            }
        }
    }

    #[test]
    fn a_sink_that_stops_stops_the_source_soon() {
        let mut taken = 0;
        let pushed = ordered_pipeline(
            4,
            |push| (0..1_000_000_usize).take_while(|&i| push(i)).count(),
            || (),
            |(), item| item,
            |_| {
                taken += 1;
                taken < 10
            },
        );
        assert_eq!(taken, 10, "the sink saw nothing after it stopped");
        assert!(
            pushed <= 10 + 4.max(super::workers()),
            "the source stopped within the items in flight: {pushed}"
        );
    }
}

/// The core's [`Workers`] on threads, each job on a thread of its own.
///
/// The core splits a walk into a handful of jobs, one per answer of its first open question,
/// and these are joined in order. On one core it says so, and the core does not split.
#[derive(Debug, Clone, Copy, Default)]
pub struct Threads;

impl Workers for Threads {
    fn at_once(&self) -> usize {
        workers()
    }

    fn run<'a>(&self, jobs: Vec<Job<'a>>) -> Vec<Subtree> {
        std::thread::scope(|scope| {
            let running: Vec<_> = jobs.into_iter().map(|job| scope.spawn(job)).collect();
            running
                .into_iter()
                // A panic in a job is a bug: passed on unchanged.
                .map(|job| {
                    job.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        })
    }
}
