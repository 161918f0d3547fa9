//! Work on a long list split over the machine's cores, with the results kept in the list's
//! order. Reading, evaluating and writing a large inventory each use it.

/// `work` on every block of `items`, each on a thread of its own; the results in order.
///
/// There is one block per core, each at least `min_block` items long, so that a short list is
/// not worth a thread per core. `work` gets the index of the block's first item and the block.
///
/// A worker that panics passes its panic on unchanged: it is a bug of `work`, not an outcome.
pub fn map_blocks<T, R>(
    items: &[T],
    min_block: usize,
    work: impl Fn(usize, &[T]) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    if items.is_empty() {
        return Vec::new();
    }
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let threads = cores.min(items.len().div_ceil(min_block.max(1))).max(1);
    let block = items.len().div_ceil(threads);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(block)
            .enumerate()
            .map(|(number, part)| scope.spawn(move || work(number * block, part)))
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::map_blocks;

    #[test]
    fn blocks_cover_every_item_once_in_order() {
        for length in [0, 1, 2, 7, 100, 1_001] {
            let items: Vec<usize> = (0..length).collect();
            for min_block in [0, 1, 3, 64, 10_000] {
                let blocks = map_blocks(&items, min_block, |start, block| {
                    assert_eq!(
                        block.first().copied(),
                        Some(start),
                        "the block's first index"
                    );
                    block.to_vec()
                });
                let joined: Vec<usize> = blocks.into_iter().flatten().collect();
                assert_eq!(joined, items, "length {length}, blocks of {min_block}");
            }
        }
    }

    #[test]
    fn a_short_list_stays_on_one_thread() {
        let items = [1, 2, 3];
        assert_eq!(map_blocks(&items, 100, |_, block| block.len()), [3]);
    }
}
