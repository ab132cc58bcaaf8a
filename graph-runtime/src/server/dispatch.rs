//! The service every request reaches: routing, the checks before a handler,
//! the handler's call and what every response gets.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::extract::Request;
use axum::response::{IntoResponse, Response};

use crate::server::answer::AnsweredBy;
use crate::server::auth::caller::Caller;
use crate::server::batch;
use crate::server::body::content::FromRequestBody;
use crate::server::context::RequestContext;
use crate::server::enforce;
use crate::server::error::GraphError;
use crate::server::exchange;
use crate::server::route_params::{RouteInfo, RouteParams, fixed_query, parse_query};
use crate::server::router::{BoxResponse, PathValues, Routed, Settings, Shared};
use crate::{ApiVersion, Endpoint, PathTemplate};

/// The service every request reaches. A service rather than a handler
/// function: axum boxes a handler's future together with the request, which
/// made each request's allocation large enough (over 1 KiB) to leave the
/// allocator's per-thread cache. axum still boxes [`Handling`], which is a
/// few hundred bytes.
#[derive(Clone)]
pub(crate) struct Dispatcher(pub(crate) Arc<Shared>);

impl tower_service::Service<Request> for Dispatcher {
    type Response = Response;
    type Error = Infallible;
    type Future = Handling;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    /// Handles one request: its [`RequestContext`] and span, the checks
    /// that need no waiting and, for an endpoint without a request body,
    /// the call of its handler (so what a handler does before its future
    /// is first polled happens here); then, in [`Handling`], reading the
    /// body, the handler's future and what every response gets
    /// ([`exchange::finish`]).
    fn call(&mut self, req: Request) -> Handling {
        // The clock is read only for the log event's duration.
        let started = tracing::enabled!(target: "graph_runtime::server", tracing::Level::INFO)
            .then(Instant::now);
        let ctx = Arc::new(RequestContext::from_headers(req.headers()));
        let method = req.method().clone();
        let span = exchange::request_span(&method, &ctx);
        let routed = {
            let _entered = span.enter();
            match batch::batch_version(&req) {
                Some(version) => Routed::Pending(batch::handle(Arc::clone(&self.0), version, req)),
                None => self.0.table.dispatch(req, &self.0.settings, &ctx),
            }
        };
        let finish = Finish {
            ctx,
            span,
            method,
            started,
        };
        match routed {
            Routed::Answered(response) => Handling::Answered(Some(finish.apply(response))),
            Routed::Pending(future) => Handling::Pending(InSpan {
                future: Some(future),
                finish: Some(finish),
            }),
        }
    }
}

/// What is left of a request once it is routed and checked: the answer
/// already given, or the pending part.
pub(crate) enum Handling {
    Answered(Option<Response>),
    Pending(InSpan),
}

/// The pending part of a request, polled and dropped inside the request's
/// span (so that what a handler logs, even when the client goes away and
/// it is dropped, belongs to its request), then [`exchange::finish`].
pub(crate) struct InSpan {
    future: Option<BoxResponse>,
    finish: Option<Finish>,
}

impl Drop for InSpan {
    fn drop(&mut self) {
        if let (Some(future), Some(finish)) = (self.future.take(), &self.finish) {
            let _entered = finish.span.enter();
            drop(future);
        }
    }
}

/// What [`exchange::finish`] needs of a request.
pub(crate) struct Finish {
    ctx: Arc<RequestContext>,
    span: tracing::Span,
    method: http::Method,
    started: Option<Instant>,
}

impl Finish {
    fn apply(self, mut response: Response) -> Response {
        exchange::finish(
            &mut response,
            self.ctx,
            &self.span,
            &self.method,
            self.started,
        );
        response
    }
}

impl Future for Handling {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Every field is Unpin (the pending part is boxed).
        let response = match self.get_mut() {
            Handling::Answered(answered) => answered.take(),
            Handling::Pending(InSpan { future, finish }) => {
                match (future.as_mut(), finish.as_ref()) {
                    (Some(pending), Some(request)) => {
                        let _entered = request.span.enter();
                        let response = std::task::ready!(pending.as_mut().poll(cx));
                        *future = None;
                        Some(response)
                    }
                    _ => None,
                }
                .and_then(|response| finish.take().map(|f| f.apply(response)))
            }
        };
        Poll::Ready(Ok(response.unwrap_or_else(polled_after_completion)))
    }
}

/// A request future polled again after its response: a bug of whoever polls
/// it. Debug builds stop there; release builds answer 500 rather than panic.
fn polled_after_completion() -> Response {
    debug_assert!(false, "a request future was polled after its response");
    GraphError::internal("a request was polled after its response").into_response()
}

/// One mounted route: an endpoint's path variant under one version.
#[derive(Clone, Copy)]
pub(crate) struct Mounted {
    pub(crate) version: ApiVersion,
    pub(crate) template: &'static PathTemplate,
    pub(crate) user_param: &'static str,
}

impl Mounted {
    /// Runs the checks that need no waiting (framing, token, permissions,
    /// path values, whose resource), in that order, and returns their
    /// answer, or what is left: reading the body and calling `handler`.
    pub(crate) fn prepare<E, A, F, Fut>(
        self,
        req: Request,
        values: PathValues,
        settings: &Settings,
        ctx: &Arc<RequestContext>,
        handler: &F,
    ) -> Routed
    where
        E: Endpoint,
        E::RequestBody: FromRequestBody,
        E::ResponseBody: AnsweredBy<A>,
        A: Send + 'static,
        F: Fn(Arc<Caller>, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<A, GraphError>> + Send + 'static,
    {
        let (parts, request_body) = req.into_parts();
        exchange::record_route(self.template.template);
        let query = parse_query(parts.uri.query());
        let checked = (|| {
            enforce::check_framing::<E>(&parts.headers)?;
            let caller = enforce::authenticate(&parts.headers, &*settings.validator)?;
            exchange::record_caller(&caller);
            enforce::authorize::<E>(&caller)?;
            if let Some(name) = values.not_utf8 {
                return Err(GraphError::bad_request(format!(
                    "Invalid path: the value of `{name}` is not UTF-8."
                )));
            }
            let mut values = values.values;
            fixed_query(self.template, &query, &mut values)?;
            let me = enforce::resolve_user::<E>(
                self.template,
                self.user_param,
                &caller,
                settings.directory.as_deref(),
                &mut values,
            )?;
            Ok::<_, GraphError>((caller, values, me))
        })();
        let (caller, values, me) = match checked {
            Ok(checked) => checked,
            Err(e) => return Routed::Answered(e.into_response()),
        };
        let info = RouteInfo {
            version: self.version,
            variant: self.template.variant,
            template: self.template.template,
            me,
            context: Arc::clone(ctx),
            uri: parts.uri,
            query,
            base_url: Arc::clone(&settings.base_url),
        };
        let params = RouteParams {
            info,
            values,
            headers: parts.headers,
        };
        if !E::HAS_REQUEST_BODY {
            // Nothing to wait for before the handler: it is called now, and
            // only its future is kept (not the request, nor a copy of the
            // handler).
            let handled = match E::RequestBody::__absent::<E>() {
                Ok(body) => handler(caller, params, body),
                Err(e) => return Routed::Answered(e.into_response()),
            };
            return Routed::Pending(Box::pin(async move { respond::<E, A>(handled.await) }));
        }
        let body_limit = settings.body_limit;
        let handler = handler.clone();
        Routed::Pending(Box::pin(async move {
            match E::RequestBody::__read::<E>(&params.headers, request_body, body_limit).await {
                Ok(body) => respond::<E, A>(handler(caller, params, body).await),
                Err(e) => e.into_response(),
            }
        }))
    }
}

/// A handler's result as the response: its answer, or its error.
fn respond<E, A>(handled: Result<A, GraphError>) -> Response
where
    E: Endpoint,
    E::ResponseBody: AnsweredBy<A>,
{
    match handled {
        Ok(value) => <E::ResponseBody as AnsweredBy<A>>::answer::<E>(value),
        Err(e) => e.into_response(),
    }
}
