//! One connection's transport: the header-read and idle timeouts, and
//! hyper's own error answers (bad request line or headers, too many or too
//! large headers, too long a URI) rewritten into Graph's error JSON.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use http::HeaderMap;
use http::StatusCode;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Notify;
use tokio::time::{Instant, Sleep, sleep_until};

use crate::server::context::RequestContext;
use crate::server::error::GraphError;
use crate::server::limits::ServerLimits;

/// Waiting for a request (keep-alive or new connection), no byte of it yet.
const IDLE: u8 = 0;
/// A request head is arriving.
const HEAD: u8 = 1;
/// A request is being handled and answered.
const REQUEST: u8 = 2;
/// Closed to admit a new connection at the connection limit.
const SHED: u8 = 3;

/// Where a connection is, shared by its transport, its service and the
/// server's [`Admission`](super::admission::Admission).
#[derive(Debug)]
pub(crate) struct ConnPhase {
    phase: AtomicU8,
    /// Since when the connection has been waiting for a complete request
    /// head (accepted, or its last response done), in the admission's
    /// clock: the longest waiting is shed first.
    waiting_since: AtomicU64,
    /// The transport's pending read, woken when the request is done (so the
    /// idle deadline is set even if no byte arrives) or the connection shed.
    reader: Mutex<Option<Waker>>,
    /// Told when the connection could be shed again.
    changed: Arc<Notify>,
    /// The admission's clock starts here.
    epoch: Instant,
}

impl ConnPhase {
    /// A new connection, waiting for its first request since now.
    pub(crate) fn new(epoch: Instant, changed: Arc<Notify>) -> Self {
        ConnPhase {
            phase: AtomicU8::new(IDLE),
            waiting_since: AtomicU64::new(millis_since(epoch)),
            reader: Mutex::new(None),
            changed,
            epoch,
        }
    }

    /// The service got a request: its head is complete.
    pub(crate) fn request_started(&self) {
        self.set_unless_shed(REQUEST);
    }

    /// The response is done: the connection waits for the next request.
    pub(crate) fn request_done(&self) {
        self.waiting_since
            .store(millis_since(self.epoch), Ordering::Relaxed);
        self.set_unless_shed(IDLE);
        self.wake_reader();
        self.changed.notify_one();
    }

    /// Since when the connection has waited for a request head, if it is
    /// waiting for one (idle or part of a head received).
    pub(crate) fn waiting_since(&self) -> Option<u64> {
        matches!(self.get(), IDLE | HEAD).then(|| self.waiting_since.load(Ordering::Relaxed))
    }

    /// Closes the connection if it is still waiting for a request head (a
    /// request that just completed its head is left alone). Whether it was.
    pub(crate) fn shed(&self) -> bool {
        let shed = self
            .phase
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |p| {
                matches!(p, IDLE | HEAD).then_some(SHED)
            })
            .is_ok();
        if shed {
            self.wake_reader();
        }
        shed
    }

    fn set_unless_shed(&self, phase: u8) {
        let _ = self
            .phase
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |p| {
                (p != SHED).then_some(phase)
            });
    }

    /// The first byte of a request head arrived: its deadline starts. False
    /// when the connection is no longer idle (shed meanwhile).
    fn head_started(&self) -> bool {
        self.phase
            .compare_exchange(IDLE, HEAD, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    fn get(&self) -> u8 {
        self.phase.load(Ordering::Acquire)
    }

    fn wake_reader(&self) {
        let waker = self
            .reader
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    fn park_reader(&self, cx: &Context<'_>) {
        let mut reader = self.reader.lock().unwrap_or_else(PoisonError::into_inner);
        if !reader.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
            *reader = Some(cx.waker().clone());
        }
    }
}

/// A TCP stream with the connection's timeouts.
pub(crate) struct ConnIo {
    stream: TcpStream,
    phase: Arc<ConnPhase>,
    limits: ServerLimits,
    /// The phase the read deadline was set for.
    seen: u8,
    /// The idle connection's deadline and the request head's, each its own
    /// timer: a timer only ever moved later is re-armed in place, while one
    /// moved earlier (a head's deadline after an idle one) is registered
    /// anew and wakes the runtime's driver, a system call per request.
    /// Neither is polled outside its phase.
    idle_deadline: Option<Pin<Box<Sleep>>>,
    head_deadline: Option<Pin<Box<Sleep>>>,
    write_deadline: Option<Pin<Box<Sleep>>>,
    /// A rewritten error response still being written, and how far.
    rewrite: Option<(Vec<u8>, usize)>,
}

impl ConnIo {
    pub(crate) fn new(stream: TcpStream, phase: Arc<ConnPhase>, limits: ServerLimits) -> Self {
        ConnIo {
            stream,
            phase,
            limits,
            seen: u8::MAX,
            idle_deadline: None,
            head_deadline: None,
            write_deadline: None,
            rewrite: None,
        }
    }

    fn arm(slot: &mut Option<Pin<Box<Sleep>>>, after: Duration) {
        let at = Instant::now() + after;
        match slot {
            Some(s) => s.as_mut().reset(at),
            None => *slot = Some(Box::pin(sleep_until(at))),
        }
    }

    /// Sets the read deadline for `phase`: idle, or the rest of a head.
    /// Called on a change of phase only, so a head's deadline, set at its
    /// first byte, is never moved by the bytes after it.
    fn enter(&mut self, phase: u8) {
        self.seen = phase;
        match phase {
            IDLE => Self::arm(&mut self.idle_deadline, self.limits.idle_timeout),
            HEAD => Self::arm(&mut self.head_deadline, self.limits.header_read_timeout),
            // Reading a body is timed by the body itself.
            _ => {}
        }
    }

    /// Whether the deadline of the phase being read has passed (a body's
    /// phase has none here); registers for a wake-up at it otherwise.
    fn read_expired(&mut self, cx: &mut Context<'_>) -> bool {
        match self.seen {
            IDLE => Self::expired(&mut self.idle_deadline, cx),
            HEAD => Self::expired(&mut self.head_deadline, cx),
            _ => false,
        }
    }

    fn expired(slot: &mut Option<Pin<Box<Sleep>>>, cx: &mut Context<'_>) -> bool {
        slot.as_mut()
            .is_some_and(|s| s.as_mut().poll(cx).is_ready())
    }
}

fn timed_out(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, format!("{what} timed out"))
}

impl AsyncRead for ConnIo {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let phase = this.phase.get();
        if phase == SHED {
            return Poll::Ready(Err(shed()));
        }
        if phase != this.seen {
            this.enter(phase);
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.stream).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before && this.seen == IDLE && this.phase.head_started() {
                    // The first byte of a request: the head has its own clock.
                    this.enter(HEAD);
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => {
                this.phase.park_reader(cx);
                // Shed between the check above and parking: no wake-up comes.
                if this.phase.get() == SHED {
                    return Poll::Ready(Err(shed()));
                }
                if this.read_expired(cx) {
                    let what = if this.seen == HEAD {
                        "reading the request head"
                    } else {
                        "the idle connection"
                    };
                    return Poll::Ready(Err(timed_out(what)));
                }
                Poll::Pending
            }
        }
    }
}

/// Milliseconds from `epoch` to now: the admission's clock.
pub(crate) fn millis_since(epoch: Instant) -> u64 {
    u64::try_from(epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
}

fn shed() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "closed to admit a new connection at the connection limit",
    )
}

impl ConnIo {
    /// Writes `data` to the stream, with the idle timeout on a stalled write.
    fn write_timed(&mut self, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.stream).poll_write(cx, data) {
            Poll::Ready(result) => {
                self.write_deadline = None;
                Poll::Ready(result)
            }
            Poll::Pending => {
                if self.write_deadline.is_none() {
                    Self::arm(&mut self.write_deadline, self.limits.idle_timeout);
                }
                if Self::expired(&mut self.write_deadline, cx) {
                    Poll::Ready(Err(timed_out("writing the response")))
                } else {
                    Poll::Pending
                }
            }
        }
    }
}

impl AsyncWrite for ConnIo {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        if this.rewrite.is_none()
            && this.phase.get() != REQUEST
            && let Some(status) = hyper_error_status(buf)
        {
            this.rewrite = Some((graph_error_response(status), 0));
        }
        let Some((bytes, mut written)) = this.rewrite.take() else {
            return this.write_timed(cx, buf);
        };
        // hyper is told its (bare) response went out once ours has.
        while written < bytes.len() {
            match this.write_timed(cx, &bytes[written..]) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => written += n,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => {
                    this.rewrite = Some((bytes, written));
                    return Poll::Pending;
                }
            }
        }
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// The status of a bodiless error response hyper writes by itself when it
/// cannot parse a request (`HTTP/1.1 431 ...`, `content-length: 0`, nothing
/// after the head). The service never answers an error without a body, so
/// such a write outside a request is hyper's.
fn hyper_error_status(buf: &[u8]) -> Option<StatusCode> {
    let rest = buf.strip_prefix(b"HTTP/1.1 ")?;
    let code = std::str::from_utf8(rest.get(..3)?)
        .ok()?
        .parse::<u16>()
        .ok()?;
    let status = StatusCode::from_u16(code).ok()?;
    // Most writes are the service's own answers: no scan for those.
    if !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = &buf[..head_end];
    let bodiless = head
        .windows(b"\r\ncontent-length: 0\r\n".len())
        .any(|w| w.eq_ignore_ascii_case(b"\r\ncontent-length: 0\r\n"));
    (bodiless && head_end == buf.len()).then_some(status)
}

/// The Graph error answering a request hyper could not parse.
fn protocol_error(status: StatusCode) -> GraphError {
    let (code, message) = match status {
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => (
            "RequestHeaderFieldsTooLarge",
            "The request headers are too large or too many.",
        ),
        StatusCode::URI_TOO_LONG => ("RequestUriTooLong", "The request URI is too long."),
        StatusCode::BAD_REQUEST => (
            "BadRequest",
            "The request is malformed: its request line or headers could not be parsed.",
        ),
        _ => ("BadRequest", "The request could not be processed."),
    };
    GraphError::new(status, code, message)
}

/// A complete response carrying [`protocol_error`]'s JSON, closing the
/// connection (the request could not be parsed, so nothing after it can).
fn graph_error_response(status: StatusCode) -> Vec<u8> {
    let ctx = RequestContext::from_headers(&HeaderMap::new());
    let body = protocol_error(status).body(&ctx);
    format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         request-id: {}\r\nclient-request-id: {}\r\nconnection: close\r\n\r\n{body}",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len(),
        ctx.request_id,
        ctx.client_request_id,
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_bare_error_heads_are_rewritten() {
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        assert_eq!(
            hyper_error_status(bare),
            Some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
        );
        let with_body = b"HTTP/1.1 404 Not Found\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(hyper_error_status(with_body), None);
        let ok = b"HTTP/1.1 202 Accepted\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(hyper_error_status(ok), None);
        let trailing = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\nx";
        assert_eq!(hyper_error_status(trailing), None);
    }

    #[test]
    fn rewritten_responses_are_graph_errors() {
        let r = String::from_utf8(graph_error_response(StatusCode::URI_TOO_LONG)).unwrap();
        let (head, body) = r.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 414 URI Too Long\r\n"), "{head}");
        assert!(head.contains(&format!("content-length: {}\r\n", body.len())));
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(json["error"]["code"], "RequestUriTooLong");
        assert!(json["error"]["innerError"]["request-id"].is_string());
    }
}
