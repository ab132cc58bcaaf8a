//! An order-keeping parallel map over scoped threads.
//!
//! Build scripts and the CLI load, generate and format every spec of a
//! project, and in a dev build they run unoptimized while cargo waits on
//! them: spreading the specs over the machine's cores is most of what a
//! build script can save. The attribute macro is not affected (rustc expands
//! each attribute on its own). No thread pool crate: scoped threads are
//! enough for one pass, and build-script dependencies cost compile time too.

use std::thread;

/// `items.iter().map(f)`, computed on up to `available_parallelism` threads
/// in contiguous chunks, results in `items`' order. If a thread cannot be
/// started its chunk is computed on the calling thread.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    thread::scope(|scope| {
        let started: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let handle = thread::Builder::new()
                    .spawn_scoped(scope, move || part.iter().map(f).collect::<Vec<R>>());
                (part, handle)
            })
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for (part, handle) in started {
            match handle {
                Ok(handle) => match handle.join() {
                    Ok(results) => out.extend(results),
                    // A panic in `f` is a bug; re-raise it where it would
                    // have surfaced without threads.
                    Err(panic) => std::panic::resume_unwind(panic),
                },
                Err(_) => out.extend(part.iter().map(f)),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_for_any_length() {
        for n in [0, 1, 2, 3, 7, 64, 1001] {
            let items: Vec<usize> = (0..n).collect();
            let doubled = super::map(&items, |i| i * 2);
            assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        }
    }
}
