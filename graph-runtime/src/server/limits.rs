//! Connection limits and timeouts, as production HTTP servers set them.

use std::error::Error;
use std::fmt;
use std::time::Duration;

/// The limits [`GraphServer::serve`](super::GraphServer::serve) applies to
/// every connection. The defaults are those of common production servers
/// (nginx: 60 s header, body and send timeouts, 75 s keep-alive):
///
/// | limit | default | when it is exceeded |
/// |---|---|---|
/// | [`header_read_timeout`](Self::header_read_timeout) | 30 s | the connection is closed without a response |
/// | [`idle_timeout`](Self::idle_timeout) | 60 s | the connection is closed |
/// | [`body_read_timeout`](Self::body_read_timeout) | 30 s | 408 `RequestTimeout`, then closed |
/// | [`body_min_rate`](Self::body_min_rate) | 500 bytes/s | 408 `RequestTimeout`, then closed |
/// | [`max_connections`](Self::max_connections) | 1024 | the connection waiting longest for a complete request head is closed to admit a new one; when every connection is mid-request, new ones wait in the listen backlog |
///
/// The request body limit is [`GraphServer::with_body_limit`](super::GraphServer::with_body_limit)
/// (4 MiB). hyper's parser limits apply as well: at most 100 headers and
/// about 400 KiB of request head (431), a request target of at most 64 KiB
/// (414); those answers carry Graph's error JSON and a `request-id` too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// From a request's first byte until its head (request line and
    /// headers) is complete. The deadline is fixed at the first byte: bytes
    /// trickling in after it do not extend it.
    pub header_read_timeout: Duration,
    /// How long a connection may sit idle: between requests (keep-alive,
    /// also before the first one) and while a response write makes no
    /// progress (a client that stopped reading).
    pub idle_timeout: Duration,
    /// How long the body may go without delivering a byte while a handler
    /// waits for it; also the body's allowance before
    /// [`body_min_rate`](Self::body_min_rate) applies.
    pub body_read_timeout: Duration,
    /// The slowest average a request body may arrive at, in bytes per
    /// second: from the moment the handler reads it, the body must be
    /// complete within `body_read_timeout` plus one second per
    /// `body_min_rate` bytes received (Apache's `mod_reqtimeout` model), so
    /// a trickle of a byte now and then cannot hold a connection. 0 turns
    /// the rate off (the stall timeout still applies).
    pub body_min_rate: u64,
    /// At most this many connections are served at once.
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            body_read_timeout: Duration::from_secs(30),
            body_min_rate: 500,
            max_connections: 1024,
        }
    }
}

/// The request body stalled for longer than
/// [`ServerLimits::body_read_timeout`], or arrived slower than
/// [`ServerLimits::body_min_rate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BodyReadTimeout;

impl fmt::Display for BodyReadTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the request body stalled or arrived slower than the minimum rate")
    }
}

impl Error for BodyReadTimeout {}

/// Whether `e` (or what caused it) is a [`BodyReadTimeout`].
pub(crate) fn is_body_timeout(e: &(dyn Error + 'static)) -> bool {
    // The chain is short (axum's error around ours); bounded all the same.
    let mut next = Some(e);
    for _ in 0..8 {
        match next {
            Some(e) if e.is::<BodyReadTimeout>() => return true,
            Some(e) => next = e.source(),
            None => return false,
        }
    }
    false
}
