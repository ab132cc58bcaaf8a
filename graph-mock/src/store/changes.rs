//! What changed in a mailbox, for delta queries: every insert, update and
//! removal gets the mailbox's next version; the log keeps the latest entry
//! per message and folder, ordered by version, so the changes of a folder
//! since a version are one range scan, and a round of pages resumes where
//! the last page stopped (no page rescans what came before it).
//!
//! Removals are kept as tombstones, at most [`MAX_TOMBSTONES`]; the oldest
//! go first, and a delta token from before them is expired (410): the
//! caller starts a new round.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Folder, MailStore, Message, StoreError};

/// How many removals a mailbox remembers.
pub const MAX_TOMBSTONES: usize = 10_000;

/// One entry of the log.
#[derive(Debug, Clone)]
struct Change {
    folder: Folder,
    id: String,
    removed: bool,
}

/// A mailbox's change log.
#[derive(Debug, Default)]
pub(crate) struct ChangeLog {
    version: u64,
    log: BTreeMap<u64, Change>,
    latest: HashMap<(Folder, String), u64>,
    /// The versions of the removals in the log, oldest first.
    tombstones: BTreeSet<u64>,
    /// Versions before this one may have lost their tombstones.
    pruned_before: u64,
}

impl ChangeLog {
    /// Records that message `id` was inserted or changed in `folder`
    /// (`removed: false`) or taken out of it.
    pub(crate) fn record(&mut self, folder: Folder, id: &str, removed: bool) {
        self.version += 1;
        let version = self.version;
        if let Some(before) = self.latest.insert((folder, id.to_owned()), version) {
            self.log.remove(&before);
            self.tombstones.remove(&before);
        }
        self.log.insert(
            version,
            Change {
                folder,
                id: id.to_owned(),
                removed,
            },
        );
        if removed {
            self.tombstones.insert(version);
            self.prune();
        }
    }

    /// Drops the oldest tombstones beyond the limit.
    fn prune(&mut self) {
        while self.tombstones.len() > MAX_TOMBSTONES {
            let Some(version) = self.tombstones.pop_first() else {
                return;
            };
            if let Some(change) = self.log.remove(&version) {
                self.latest.remove(&(change.folder, change.id));
            }
            self.pruned_before = version + 1;
        }
    }
}

/// Which changes a page of a delta round covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeltaWindow {
    /// The round's start: changes after this version (0: everything there is,
    /// without removals).
    pub since: u64,
    /// The round's end: changes up to this version (`None`: the current one).
    pub upto: Option<u64>,
    /// Where the previous page of the round stopped.
    pub after: u64,
    /// How many changes a page holds at most (at least one).
    pub top: usize,
}

/// A change of a delta page.
#[derive(Debug, Clone, PartialEq)]
pub enum DeltaChange {
    /// A message added or changed.
    Changed(Box<Message>),
    /// The id of a message removed from the folder.
    Removed(String),
}

/// A page of a delta round.
#[derive(Debug, Clone, PartialEq)]
pub struct DeltaPage {
    /// The changes, oldest first.
    pub changes: Vec<DeltaChange>,
    /// The version the round ends at.
    pub upto: u64,
    /// Where the next page starts, when there is one.
    pub next_after: Option<u64>,
}

/// Why a delta page could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeltaError {
    /// No such user.
    Store(StoreError),
    /// The round starts before the oldest change the mailbox remembers.
    Expired,
}

impl MailStore {
    /// A page of the changes to `folder` of the user with this id or
    /// principal name within `window`.
    ///
    /// # Errors
    ///
    /// [`DeltaError::Store`] for an unknown user, [`DeltaError::Expired`] when
    /// the round starts before the removals the mailbox still remembers.
    pub fn delta(
        &self,
        id_or_upn: &str,
        folder: Folder,
        window: DeltaWindow,
    ) -> Result<DeltaPage, DeltaError> {
        self.with(id_or_upn, |mailbox| {
            let changes = &mailbox.changes;
            if window.since > 0 && window.since < changes.pruned_before
                || window.since > changes.version
            {
                return Ok(Err(DeltaError::Expired));
            }
            let upto = window.upto.unwrap_or(changes.version).min(changes.version);
            let start = window.after.max(window.since);
            let mut page = Vec::new();
            let mut next_after = None;
            let mut last = start;
            // An empty range when nothing came after `start` (a range from
            // past its end would panic).
            let range = changes
                .log
                .range(start.saturating_add(1)..)
                .take_while(|(v, _)| **v <= upto);
            for (&version, change) in range {
                if change.folder != folder || (window.since == 0 && change.removed) {
                    continue;
                }
                if page.len() == window.top.max(1) {
                    next_after = Some(last);
                    break;
                }
                last = version;
                if change.removed {
                    page.push(DeltaChange::Removed(change.id.clone()));
                } else if let Some(stored) = mailbox.messages.get(&change.id) {
                    page.push(DeltaChange::Changed(Box::new(stored.message.clone())));
                }
            }
            Ok(Ok(DeltaPage {
                changes: page,
                upto,
                next_after,
            }))
        })
        .map_err(DeltaError::Store)?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_keeps_the_latest_change_per_message_and_folder() {
        let mut log = ChangeLog::default();
        log.record(Folder::Inbox, "a", false);
        log.record(Folder::Inbox, "b", false);
        log.record(Folder::Inbox, "a", true);
        log.record(Folder::Drafts, "a", false);
        let entries: Vec<(u64, &str, bool)> = log
            .log
            .iter()
            .map(|(v, c)| (*v, c.id.as_str(), c.removed))
            .collect();
        assert_eq!(entries, [(2, "b", false), (3, "a", true), (4, "a", false)]);
        assert_eq!(log.tombstones.len(), 1);
        log.record(Folder::Inbox, "a", false);
        assert!(
            log.tombstones.is_empty(),
            "a re-added message is no longer removed"
        );
    }

    #[test]
    fn tombstones_are_bounded_and_older_rounds_expire() {
        let mut log = ChangeLog::default();
        for i in 0..MAX_TOMBSTONES + 5 {
            log.record(Folder::Inbox, &format!("m{i}"), true);
        }
        assert_eq!(log.tombstones.len(), MAX_TOMBSTONES);
        assert_eq!(log.log.len(), MAX_TOMBSTONES);
        assert_eq!(log.pruned_before, 6);
    }
}
