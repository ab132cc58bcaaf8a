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
/// | [`max_connections`](Self::max_connections) | 1024 | further connections wait in the listen backlog |
///
/// The request body limit is [`GraphServer::with_body_limit`](super::GraphServer::with_body_limit)
/// (4 MiB). hyper's parser limits apply as well: at most 100 headers and
/// about 400 KiB of request head (431), a request target of at most 64 KiB
/// (414); those answers carry Graph's error JSON and a `request-id` too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// From a request's first byte until its head (request line and
    /// headers) is complete. Slow or stalled heads are cut off.
    pub header_read_timeout: Duration,
    /// How long a connection may sit idle: between requests (keep-alive,
    /// also before the first one) and while a response write makes no
    /// progress (a client that stopped reading).
    pub idle_timeout: Duration,
    /// How long the body may go without delivering a byte while a handler
    /// waits for it.
    pub body_read_timeout: Duration,
    /// At most this many connections are served at once.
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            body_read_timeout: Duration::from_secs(30),
            max_connections: 1024,
        }
    }
}

/// The request body stalled for longer than
/// [`ServerLimits::body_read_timeout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BodyReadTimeout;

impl fmt::Display for BodyReadTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the request body stalled for longer than the body read timeout")
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
