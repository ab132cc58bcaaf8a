//! The connection limit: which connections are served, and which one makes
//! room for a new one.
//!
//! A server that only stops accepting at its limit can be held by clients
//! that open connections and never finish a request head. At the limit, the
//! connection that has waited longest for a complete head (idle, or part of
//! a head received) is closed instead, so a new client still gets in; only
//! when every connection is mid-request do new ones wait in the backlog.

use std::collections::HashMap;
use std::pin::pin;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::server::conn::ConnPhase;

/// The connections being served, at most `max` of them.
pub(crate) struct Admission {
    max: usize,
    epoch: Instant,
    open: Mutex<Open>,
    /// Told when a connection closes or finishes a request.
    changed: Arc<Notify>,
}

#[derive(Default)]
struct Open {
    next_id: u64,
    connections: HashMap<u64, Arc<ConnPhase>>,
}

impl Admission {
    pub(crate) fn new(max: usize) -> Arc<Self> {
        Arc::new(Admission {
            max: max.max(1),
            epoch: Instant::now(),
            open: Mutex::new(Open::default()),
            changed: Arc::new(Notify::new()),
        })
    }

    /// A place for a new connection: at once below the limit or by shedding
    /// the connection waiting longest for a request head; otherwise once a
    /// connection closes or becomes idle.
    pub(crate) async fn admit(self: &Arc<Self>) -> Slot {
        loop {
            let mut changed = pin!(self.changed.notified());
            // Registered before looking, so a change meanwhile is not missed.
            changed.as_mut().enable();
            if let Some(slot) = self.try_admit() {
                return slot;
            }
            changed.await;
        }
    }

    fn try_admit(self: &Arc<Self>) -> Option<Slot> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        // Each failed shed means a connection started a request meanwhile,
        // so this ends within as many rounds as there are connections.
        while open.connections.len() >= self.max {
            let longest = open
                .connections
                .iter()
                .filter_map(|(id, c)| c.waiting_since().map(|since| (since, *id)))
                .min()?;
            if let Some(victim) = open.connections.remove(&longest.1) {
                // Out of the count either way: shed now, or mid-request and
                // soon done, when its slot's drop has nothing left to remove.
                if !victim.shed() {
                    open.connections.insert(longest.1, victim);
                }
            }
        }
        let id = open.next_id;
        open.next_id = open.next_id.wrapping_add(1);
        let phase = Arc::new(ConnPhase::new(self.epoch, Arc::clone(&self.changed)));
        open.connections.insert(id, Arc::clone(&phase));
        Some(Slot {
            admission: Arc::clone(self),
            id,
            phase,
        })
    }

    /// How many connections are being served.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .connections
            .len()
    }
}

/// A served connection's place; dropping it (the connection ended) frees it.
pub(crate) struct Slot {
    admission: Arc<Admission>,
    id: u64,
    phase: Arc<ConnPhase>,
}

impl Slot {
    pub(crate) fn phase(&self) -> &Arc<ConnPhase> {
        &self.phase
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.admission
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .connections
            .remove(&self.id);
        self.admission.changed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn at_the_limit_the_longest_waiting_connection_makes_room() {
        let admission = Admission::new(2);
        let first = admission.admit().await;
        // `waiting_since` counts milliseconds.
        tokio::time::sleep(Duration::from_millis(5)).await;
        let second = admission.admit().await;
        let third = admission.admit().await;
        assert_eq!(admission.len(), 2);
        assert_eq!(first.phase().waiting_since(), None, "the oldest was shed");
        assert!(second.phase().waiting_since().is_some());
        drop((first, second, third));
        assert_eq!(admission.len(), 0);
    }

    #[tokio::test]
    async fn when_every_connection_is_mid_request_a_new_one_waits() {
        let admission = Admission::new(1);
        let busy = admission.admit().await;
        busy.phase().request_started();
        let waiting = tokio::spawn({
            let admission = Arc::clone(&admission);
            async move { admission.admit().await.phase().waiting_since() }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiting.is_finished(), "admitted over a busy connection");
        // Done with its request, the connection is idle: it makes room.
        busy.phase().request_done();
        assert!(waiting.await.unwrap().is_some());
        assert_eq!(busy.phase().waiting_since(), None, "shed");
    }
}
