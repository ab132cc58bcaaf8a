//! Serving a [`GraphServer`] over HTTP/1.1 with hyper, under its
//! [`ServerLimits`]: a connection limit, header-read, idle and body-read
//! timeouts, and Graph-shaped answers to requests hyper cannot parse.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use http_body::{Frame, SizeHint};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::time::{Instant, Sleep, sleep, sleep_until};
use tower_service::Service;

use crate::server::admission::Admission;
use crate::server::builder::GraphServer;
use crate::server::conn::{ConnIo, ConnPhase};
use crate::server::limits::BodyReadTimeout;
use crate::server::service::GraphService;

/// How long a shutdown waits for open connections before it lets them go.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

impl GraphServer {
    /// Serves the mounted endpoints on `listener` until the process ends,
    /// under the configured [`ServerLimits`](super::ServerLimits). Links
    /// use the public base URL, by default `http://` + the listening address.
    ///
    /// # Errors
    ///
    /// When the listener's address cannot be read.
    pub async fn serve(self, listener: TcpListener) -> io::Result<()> {
        self.serve_with_shutdown(listener, std::future::pending())
            .await
    }

    /// Like [`serve`](Self::serve), until `shutdown` completes; then stops
    /// accepting, lets open requests finish (idle connections close at
    /// once) and returns, after at most 10 more seconds.
    ///
    /// # Errors
    ///
    /// When the listener's address cannot be read.
    pub async fn serve_with_shutdown(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> io::Result<()> {
        let limits = self.limits;
        let base = format!("http://{}", listener.local_addr()?);
        let service = self.into_service_at(base);
        let admission = Admission::new(limits.max_connections);
        let graceful = GracefulShutdown::new();
        let mut http = hyper::server::conn::http1::Builder::new();
        // Timeouts are the transport's (`ConnIo`), so hyper needs no timer.
        http.header_read_timeout(None);
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                () = &mut shutdown => break,
            };
            let stream = match accepted {
                Ok((stream, _peer)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait, do not spin.
                    tracing::warn!(target: "graph_runtime::server", error = %e, "accept failed");
                    sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            // Admitted once it is there: a place kept for a connection yet
            // to come would shed one that is still useful. While every
            // connection is mid-request, this one waits and the rest stay
            // in the listen backlog.
            let slot = tokio::select! {
                slot = admission.admit() => slot,
                () = &mut shutdown => break,
            };
            let _ = stream.set_nodelay(true);
            let phase = Arc::clone(slot.phase());
            let io = TokioIo::new(ConnIo::new(stream, Arc::clone(&phase), limits));
            let service = ConnService {
                service: service.clone(),
                phase,
                body_read_timeout: limits.body_read_timeout,
                body_min_rate: limits.body_min_rate,
            };
            let conn = graceful.watch(http.serve_connection(io, service));
            tokio::spawn(async move {
                // A connection's errors (timeouts, resets) end only it.
                let _ = conn.await;
                drop(slot);
            });
        }
        drop(listener);
        let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
        Ok(())
    }
}

/// One connection's service: the Graph service, with the request body timed and
/// the connection's phase kept up to date.
struct ConnService {
    service: GraphService,
    phase: Arc<ConnPhase>,
    body_read_timeout: Duration,
    body_min_rate: u64,
}

impl hyper::service::Service<http::Request<Incoming>> for ConnService {
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn call(&self, req: http::Request<Incoming>) -> Self::Future {
        self.phase.request_started();
        let (timeout, min_rate) = (self.body_read_timeout, self.body_min_rate);
        let req: Request = req.map(|body| Body::new(TimedBody::new(body, timeout, min_rate)));
        let mut service = self.service.clone();
        let phase = Arc::clone(&self.phase);
        Box::pin(async move {
            let response = service.call(req).await?;
            let guard = DoneGuard(phase);
            Ok(response.map(|body| {
                Body::new(DoneBody {
                    body,
                    _guard: guard,
                })
            }))
        })
    }
}

/// Marks the request done when the response body is dropped (hyper drops
/// it once written, or when the connection ends).
struct DoneGuard(Arc<ConnPhase>);

impl Drop for DoneGuard {
    fn drop(&mut self) {
        self.0.request_done();
    }
}

/// A response body that marks the request done when dropped.
struct DoneBody {
    body: Body,
    _guard: DoneGuard,
}

impl HttpBody for DoneBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// A request body that fails with [`BodyReadTimeout`] when no byte arrives
/// for `timeout` while it is being read, or when it falls behind
/// `min_rate` bytes per second after an allowance of `timeout`.
struct TimedBody {
    body: Incoming,
    timeout: Duration,
    min_rate: u64,
    /// When the handler first asked for the body, and how much came since.
    started: Option<Instant>,
    received: u64,
    stall: Option<Pin<Box<Sleep>>>,
}

impl TimedBody {
    fn new(body: Incoming, timeout: Duration, min_rate: u64) -> Self {
        TimedBody {
            body,
            timeout,
            min_rate,
            started: None,
            received: 0,
            stall: None,
        }
    }

    /// When the body must have made its next progress: `timeout` from now
    /// (a stall), or earlier when the rate's deadline comes first; `None`
    /// when both are beyond the clock's range.
    fn deadline(&self, started: Instant) -> Option<Instant> {
        let stall = Instant::now().checked_add(self.timeout);
        let rate = (self.min_rate > 0)
            .then(|| {
                let earned =
                    Duration::from_millis(self.received.saturating_mul(1000) / self.min_rate);
                started
                    .checked_add(self.timeout)
                    .and_then(|t| t.checked_add(earned))
            })
            .flatten();
        match (stall, rate) {
            (Some(stall), Some(rate)) => Some(stall.min(rate)),
            (stall, rate) => stall.or(rate),
        }
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

impl HttpBody for TimedBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        let started = *this.started.get_or_insert_with(Instant::now);
        match Pin::new(&mut this.body).poll_frame(cx) {
            Poll::Ready(frame) => {
                if let Some(Ok(data)) = frame.as_ref().map(|f| f.as_ref().map(Frame::data_ref))
                    && let Some(data) = data
                {
                    this.received = this.received.saturating_add(data.len() as u64);
                }
                this.stall = None;
                Poll::Ready(frame.map(|f| f.map_err(BoxError::from)))
            }
            Poll::Pending => {
                if this.stall.is_none() {
                    this.stall = this.deadline(started).map(|at| Box::pin(sleep_until(at)));
                }
                let expired = this
                    .stall
                    .as_mut()
                    .is_some_and(|stall| stall.as_mut().poll(cx).is_ready());
                if expired {
                    this.stall = None;
                    return Poll::Ready(Some(Err(Box::new(BodyReadTimeout))));
                }
                Poll::Pending
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
