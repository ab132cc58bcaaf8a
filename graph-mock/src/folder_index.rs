//! A folder's messages in arrival order, with removal and paging by
//! position that do not walk the folder.
//!
//! Graph pages a folder's messages with `$skip` (its next links are
//! `?$top=10&$skip=10`), so a page is "the `skip`-th message onward". A
//! B-tree of arrival numbers would have to step over `skip` entries for each
//! page, which makes paging through a folder quadratic in its size (and lets
//! one request with a huge `$skip` walk the whole folder). Here the slots
//! stay in arrival order, a removed message leaves an empty slot, and a
//! Fenwick tree over "slot holds a message" finds the `k`-th message in
//! `O(log n)`. Empty slots are compacted away once they are the majority.

/// One folder's message ids, oldest first.
#[derive(Debug)]
pub(crate) struct FolderIndex {
    /// Arrival number of each slot, increasing (for finding a message to remove).
    seqs: Vec<u64>,
    /// The message id of each slot; `None` once the message left the folder.
    ids: Vec<Option<String>>,
    /// Fenwick tree over the slots' occupancy, 1-based (`tree[0]` is unused).
    tree: Vec<usize>,
    /// How many slots hold a message.
    live: usize,
}

impl Default for FolderIndex {
    fn default() -> Self {
        FolderIndex {
            seqs: Vec::new(),
            ids: Vec::new(),
            tree: vec![0],
            live: 0,
        }
    }
}

/// Empty slots are kept until there are more of them than this and than messages.
const COMPACT_ABOVE: usize = 64;

impl FolderIndex {
    /// How many messages the folder holds.
    pub(crate) fn len(&self) -> usize {
        self.live
    }

    /// Adds `id` as the newest message; `seq` is larger than every earlier one.
    pub(crate) fn push(&mut self, seq: u64, id: String) {
        self.seqs.push(seq);
        self.ids.push(Some(id));
        let i = self.ids.len();
        // Node `i` covers the slots (i - lowbit(i), i]: the earlier ones of
        // that range are summed from the tree before the node exists.
        let low = i & i.wrapping_neg();
        let node = self.prefix(i - 1) - self.prefix(i - low) + 1;
        self.tree.push(node);
        self.live += 1;
    }

    /// Takes the message that arrived as `seq` out of the folder.
    pub(crate) fn remove(&mut self, seq: u64) {
        let Ok(slot) = self.seqs.binary_search(&seq) else {
            return;
        };
        let Some(id) = self.ids.get_mut(slot) else {
            return;
        };
        if id.take().is_none() {
            return;
        }
        let mut i = slot + 1;
        while let Some(node) = self.tree.get_mut(i) {
            *node -= 1;
            i += i & i.wrapping_neg();
        }
        self.live -= 1;
        let empty = self.ids.len() - self.live;
        if empty > COMPACT_ABOVE && empty > self.live {
            self.compact();
        }
    }

    /// The ids of the messages at positions `skip..skip + top`, oldest first.
    pub(crate) fn page(&self, skip: usize, top: usize) -> impl Iterator<Item = &str> + '_ {
        let end = skip.saturating_add(top).min(self.live);
        (skip.min(end)..end)
            .filter_map(|k| self.slot_of(k))
            .filter_map(|slot| self.ids.get(slot).and_then(Option::as_deref))
    }

    /// How many of the first `i` slots hold a message.
    fn prefix(&self, mut i: usize) -> usize {
        let mut sum = 0;
        while i > 0 {
            sum += self.tree.get(i).copied().unwrap_or(0);
            i &= i - 1;
        }
        sum
    }

    /// The slot of the `k`-th message (0-based), by descending the tree.
    fn slot_of(&self, k: usize) -> Option<usize> {
        if k >= self.live {
            return None;
        }
        let n = self.tree.len() - 1;
        let (mut pos, mut left) = (0, k + 1);
        let mut step = if n == 0 { 0 } else { 1 << n.ilog2() };
        while step > 0 {
            let next = pos + step;
            if let Some(&node) = self.tree.get(next)
                && node < left
            {
                pos = next;
                left -= node;
            }
            step >>= 1;
        }
        // `pos` slots hold fewer than `k + 1` messages; slot `pos` is the k-th.
        Some(pos)
    }

    /// Drops the empty slots and rebuilds the tree.
    fn compact(&mut self) {
        let old = std::mem::take(self);
        for (seq, id) in old.seqs.into_iter().zip(old.ids) {
            if let Some(id) = id {
                self.push(seq, id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FolderIndex;

    fn page(index: &FolderIndex, skip: usize, top: usize) -> Vec<String> {
        index.page(skip, top).map(str::to_owned).collect()
    }

    /// Against a plain vector, through pushes, removals (compactions
    /// included) and pages at every position.
    #[test]
    fn pages_as_a_vector_would() {
        let mut index = FolderIndex::default();
        let mut model: Vec<(u64, String)> = Vec::new();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for seq in 0..3000u64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            if seed.is_multiple_of(3) && !model.is_empty() {
                let (gone, _) = model.remove((seed as usize / 3) % model.len());
                index.remove(gone);
                index.remove(gone); // twice: nothing more happens
            } else {
                index.push(seq, format!("m{seq}"));
                model.push((seq, format!("m{seq}")));
            }
            assert_eq!(index.len(), model.len());
            if seq.is_multiple_of(97) {
                for skip in [
                    0,
                    1,
                    model.len() / 2,
                    model.len().saturating_sub(1),
                    model.len() + 5,
                ] {
                    let expected: Vec<String> = model
                        .iter()
                        .skip(skip)
                        .take(7)
                        .map(|(_, id)| id.clone())
                        .collect();
                    assert_eq!(page(&index, skip, 7), expected, "skip {skip}");
                }
            }
        }
        // Empty most of it, oldest first and then every other: compactions.
        let keep: Vec<(u64, String)> = model
            .iter()
            .skip(model.len() / 2)
            .step_by(2)
            .cloned()
            .collect();
        for (seq, _) in &model {
            if !keep.iter().any(|(k, _)| k == seq) {
                index.remove(*seq);
            }
        }
        let all: Vec<String> = keep.into_iter().map(|(_, id)| id).collect();
        assert_eq!(page(&index, 0, usize::MAX), all);
        assert_eq!(page(&index, 3, 2), all[3..5]);
        assert!(index.ids.len() <= 2 * index.len() + super::COMPACT_ABOVE + 1);
    }

    #[test]
    fn empty_and_out_of_range() {
        let mut index = FolderIndex::default();
        assert_eq!(page(&index, 0, 10), Vec::<String>::new());
        assert_eq!(page(&index, usize::MAX, usize::MAX), Vec::<String>::new());
        index.push(1, "a".into());
        index.remove(7);
        assert_eq!(page(&index, 0, 10), ["a"]);
        assert_eq!(page(&index, 1, 10), Vec::<String>::new());
    }
}
