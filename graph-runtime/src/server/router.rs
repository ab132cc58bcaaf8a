//! `GraphServer`: the axum router generated endpoints are mounted on.

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::Router;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use http::HeaderMap;
use percent_encoding::percent_decode_str;
use serde::Serialize;

use super::body::{self, DEFAULT_BODY_LIMIT};
use super::context::{self, RequestContext};
use super::enforce;
use super::limits::ServerLimits;
use super::table::{BoxResponse, MountError, PathValues, RouteTable, Routed, Settings};
use super::{Caller, FromRequestBody, GraphError, IntoReply, TokenValidator, UserDirectory};
use crate::{ApiVersion, Endpoint, PathTemplate};

/// Where a handled request came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    /// The API version of the URL (`/v1.0` or `/beta`).
    pub version: ApiVersion,
    /// The path variant's name in the spec, e.g. `me` or `user`.
    pub variant: &'static str,
    /// The path variant's template, e.g. `/me/messages/{message_id}/send`.
    pub template: &'static str,
    /// Whether the path was a `/me` path, resolved to the token's user.
    pub me: bool,
    /// The request's ids and date.
    pub context: RequestContext,
    /// The request path as received (still percent-encoded), e.g.
    /// `/v1.0/me/mailFolders/inbox/messages`.
    pub path: String,
    /// The query parameters, percent-decoded, in request order, e.g.
    /// `[("$top", "10")]`. Generated parameter structs also carry the
    /// endpoint's documented ones typed.
    pub query: Vec<(String, String)>,
    /// The server's public base URL, e.g. `http://127.0.0.1:8787`, for links
    /// back to this server (`@odata.nextLink`): configured with
    /// [`GraphServer::with_public_base_url`], by default the listening
    /// address. Never taken from the request's `Host` header, which the
    /// client controls.
    pub base_url: String,
}

impl RouteInfo {
    /// The first value of query parameter `name` (compared case-insensitively,
    /// as OData system query options are).
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// An absolute link to `path_and_query` (which starts with `/`) on this
    /// server, under its configured public base URL.
    pub fn link(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.base_url.trim_end_matches('/'))
    }
}

/// The decoded path parameters, query parameters and headers of a request,
/// for the generated code to take into an endpoint's parameter struct.
///
/// Its `Debug` output leaves out the headers, which hold the bearer token.
pub struct RouteParams {
    info: RouteInfo,
    values: Vec<(&'static str, String)>,
    headers: HeaderMap,
}

impl fmt::Debug for RouteParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouteParams")
            .field("info", &self.info)
            .field("values", &self.values)
            .finish_non_exhaustive()
    }
}

impl RouteParams {
    /// Takes the (percent-decoded) value of parameter `name`.
    ///
    /// # Errors
    ///
    /// 500 when the route has no such parameter: the generated code and the
    /// spec disagree.
    pub fn take(&mut self, name: &str) -> Result<String, GraphError> {
        self.take_optional(name).ok_or_else(|| {
            GraphError::internal(format!("the route has no path parameter `{name}`"))
        })
    }

    /// Takes the value of parameter `name`, if this path variant has it.
    pub fn take_optional(&mut self, name: &str) -> Option<String> {
        let i = self.values.iter().position(|(n, _)| *n == name)?;
        Some(self.values.swap_remove(i).1)
    }

    /// Where the request came in.
    pub fn info(&self) -> RouteInfo {
        self.info.clone()
    }

    /// Where the request came in, without copying it (the parameters are
    /// no longer needed once they are taken).
    pub fn into_info(self) -> RouteInfo {
        self.info
    }

    /// The value of query parameter `name` (e.g. `$select`), if given.
    ///
    /// # Errors
    ///
    /// 400 `BadRequest` when the parameter is given more than once.
    pub fn query(&self, name: &str) -> Result<Option<String>, GraphError> {
        let mut values = self
            .info
            .query
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name));
        let first = values.next().map(|(_, v)| v.clone());
        if values.next().is_some() {
            return Err(GraphError::bad_request(format!(
                "Query option '{name}' was specified more than once; it must be specified at most once."
            )));
        }
        Ok(first)
    }

    /// The value of query parameter `name` parsed as `T`, e.g. `$top` as `i32`.
    ///
    /// # Errors
    ///
    /// 400 `BadRequest` when the value does not parse or the parameter is
    /// given more than once.
    pub fn query_parsed<T: FromStr>(&self, name: &str) -> Result<Option<T>, GraphError> {
        match self.query(name)? {
            None => Ok(None),
            Some(raw) => raw.trim().parse().map(Some).map_err(|_| {
                GraphError::bad_request(format!(
                    "Invalid value '{raw}' for query parameter '{name}'."
                ))
            }),
        }
    }

    /// The value of request header `name` (e.g. `Prefer`), if it is present
    /// and visible ASCII; several values are joined with `, `.
    pub fn header(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }
}

/// The values of the query parameters `template`'s request line fixes
/// (`?startDateTime={start}`), added to the path values: each must be given
/// once (names match in any case, as Graph's query options do).
fn fixed_query(
    template: &PathTemplate,
    query: &[(String, String)],
    values: &mut Vec<(&'static str, String)>,
) -> Result<(), GraphError> {
    for fixed in template.query {
        let Some(param) = fixed.param() else { continue };
        let mut given = query
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(fixed.name));
        let (Some((_, value)), None) = (given.next(), given.next()) else {
            return Err(GraphError::bad_request(format!(
                "This request requires the query parameter '{}' exactly once.",
                fixed.name
            )));
        };
        values.push((param, value.clone()));
    }
    Ok(())
}

/// `a=1&b=%24x` -> `[("a", "1"), ("b", "$x")]`; `+` is a space, as in forms.
fn parse_query(query: Option<&str>) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        percent_decode_str(&s).decode_utf8_lossy().into_owned()
    };
    query
        .unwrap_or("")
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// An HTTP server for Graph endpoints, with token validation and permission
/// enforcement in front of every handler.
///
/// Generated `mount` functions add endpoints (each under every version and
/// path variant its spec lists); [`serve`](Self::serve) runs it with the
/// [`ServerLimits`], and [`into_router`](Self::into_router) gives the plain
/// axum router (Graph-shaped 404 and 405 fallbacks, request ids) for
/// applications that serve it themselves.
///
/// Request bodies are JSON of at most [`body_limit`](Self::body_limit) bytes
/// (4 MiB unless [`with_body_limit`](Self::with_body_limit) says otherwise).
///
/// Routing cannot panic: path variants that name the same segment's
/// parameter differently (`/me/messages/{message_id}` for GET,
/// `/me/messages/{id}` for DELETE) share one route; two endpoints with the
/// same method and path are a [`MountError`] returned by `mount`.
///
/// ```no_run
/// # async fn run(server: graph_runtime::server::GraphServer) -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// server.serve(listener).await
/// # }
/// ```
pub struct GraphServer {
    table: RouteTable,
    validator: Arc<dyn TokenValidator>,
    directory: Option<Arc<dyn UserDirectory>>,
    body_limit: usize,
    public_base_url: Option<String>,
    pub(crate) limits: ServerLimits,
    extra_routes: Option<Router>,
}

impl fmt::Debug for GraphServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphServer")
            .field("body_limit", &self.body_limit)
            .field("public_base_url", &self.public_base_url)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl GraphServer {
    /// A server with no endpoints that authenticates callers with `validator`.
    pub fn new(validator: impl TokenValidator) -> Self {
        GraphServer::with_shared_validator(Arc::new(validator))
    }

    /// Like [`new`](Self::new), for a validator that is shared already.
    pub fn with_shared_validator(validator: Arc<dyn TokenValidator>) -> Self {
        GraphServer {
            table: RouteTable::default(),
            validator,
            directory: None,
            body_limit: DEFAULT_BODY_LIMIT,
            public_base_url: None,
            limits: ServerLimits::default(),
            extra_routes: None,
        }
    }

    /// Sets the largest request body accepted, in bytes, for every endpoint
    /// (mounted before or after); larger bodies are answered 413
    /// `ErrorRequestEntityTooLarge`. The default is 4 MiB.
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// The largest request body accepted, in bytes.
    pub fn body_limit(&self) -> usize {
        self.body_limit
    }

    /// The application's users: who `/users/{id | userPrincipalName}` names
    /// and whether a token's `oid`/`tid` is a known user (see
    /// [`UserDirectory`]).
    pub fn with_user_directory(mut self, directory: impl UserDirectory) -> Self {
        self.directory = Some(Arc::new(directory));
        self
    }

    /// The base URL links back to this server are built from
    /// ([`RouteInfo::base_url`], e.g. `@odata.nextLink`), e.g.
    /// `https://graph.example.com`. By default [`serve`](Self::serve) uses
    /// the listening address (`http://IP:PORT`) and
    /// [`into_router`](Self::into_router) `http://localhost`; the request's
    /// `Host` header is never used.
    pub fn with_public_base_url(mut self, url: impl Into<String>) -> Self {
        let url: String = url.into();
        self.public_base_url = Some(url.trim_end_matches('/').to_owned());
        self
    }

    /// Serves `routes` next to Graph's API, for URLs that are not Graph
    /// endpoints but that Graph hands out, such as an upload session's
    /// pre-authenticated `uploadUrl`. They are matched first, so give them
    /// paths outside `/v1.0` and `/beta`; they get the connection limits
    /// and timeouts of [`serve`](Self::serve), and none of the per-request
    /// checks (no token, no permissions, no body limit): each route does
    /// its own.
    pub fn with_extra_routes(mut self, routes: Router) -> Self {
        self.extra_routes = Some(match self.extra_routes.take() {
            Some(before) => before.merge(routes),
            None => routes,
        });
        self
    }

    /// Sets the connection limits and timeouts [`serve`](Self::serve) applies.
    pub fn with_limits(mut self, limits: ServerLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The limits and timeouts [`serve`](Self::serve) applies.
    pub fn limits(&self) -> &ServerLimits {
        &self.limits
    }

    /// Mounts endpoint `E` under every version and path variant of its spec.
    ///
    /// Generated `mount` functions call this; `handler` receives requests that
    /// passed every check, with the decoded request body (`()` for endpoints
    /// without one, [`Content`](crate::Content) for bytes). When `E` has a
    /// response body, the handler's value is answered as JSON with
    /// `E::SUCCESS_STATUS`; otherwise the response is empty.
    ///
    /// # Errors
    ///
    /// [`MountError`] when another endpoint already has the same method and
    /// path (whatever its parameters are called), when the method cannot be
    /// routed, or when a template is not a routable path. Nothing panics.
    pub fn route<E, F, Fut>(self, handler: F) -> Result<Self, MountError>
    where
        E: Endpoint + 'static,
        E::RequestBody: FromRequestBody,
        E::ResponseBody: Serialize + Send + 'static,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<E::ResponseBody, GraphError>> + Send + 'static,
    {
        self.route_with::<E, E::ResponseBody, F, Fut>(handler, body::success::<E>)
    }

    /// Mounts endpoint `E` whose spec declares several success statuses or
    /// response headers: its `ResponseBody` is the generated `Reply` enum, and
    /// the variant the handler returns says the status, headers and body
    /// (see [`IntoReply`]). Otherwise as [`route`](Self::route).
    ///
    /// # Errors
    ///
    /// As [`route`](Self::route).
    pub fn route_reply<E, F, Fut>(self, handler: F) -> Result<Self, MountError>
    where
        E: Endpoint + 'static,
        E::RequestBody: FromRequestBody,
        E::ResponseBody: IntoReply + Send + 'static,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<E::ResponseBody, GraphError>> + Send + 'static,
    {
        self.route_with::<E, E::ResponseBody, F, Fut>(handler, |reply: E::ResponseBody| {
            reply.into_reply().into_response(E::NAME)
        })
    }

    /// Mounts endpoint `E` whose response is bytes: the handler's
    /// [`Content`](crate::Content) is answered with `E::SUCCESS_STATUS`, its
    /// media type (500 when it is not one the spec declares) and its length
    /// when known, streamed. Otherwise as [`route`](Self::route).
    ///
    /// # Errors
    ///
    /// As [`route`](Self::route).
    pub fn route_content<E, F, Fut>(self, handler: F) -> Result<Self, MountError>
    where
        E: Endpoint<ResponseBody = crate::Content> + 'static,
        E::RequestBody: FromRequestBody,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<crate::Content, GraphError>> + Send + 'static,
    {
        self.route_with::<E, crate::Content, F, Fut>(handler, super::content::answer_content::<E>)
    }

    /// Mounts endpoint `E` whose spec answers `302 Found` to its content
    /// (`GET .../content`, reports): the handler says where the content is
    /// with a [`Redirect`](super::Redirect), answered as 302 with that
    /// `Location`. Otherwise as [`route`](Self::route).
    ///
    /// # Errors
    ///
    /// As [`route`](Self::route).
    pub fn route_redirect<E, F, Fut>(self, handler: F) -> Result<Self, MountError>
    where
        E: Endpoint + 'static,
        E::RequestBody: FromRequestBody,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<super::Redirect, GraphError>> + Send + 'static,
    {
        self.route_with::<E, super::Redirect, F, Fut>(handler, super::Redirect::into_response)
    }

    /// Mounts `E`, answering a handler's success value `R` with `answer`.
    fn route_with<E, R, F, Fut>(
        mut self,
        handler: F,
        answer: fn(R) -> Response,
    ) -> Result<Self, MountError>
    where
        E: Endpoint + 'static,
        E::RequestBody: FromRequestBody,
        R: Send + 'static,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<R, GraphError>> + Send + 'static,
    {
        for &version in E::VERSIONS {
            for template in E::PATHS {
                let handler = handler.clone();
                let mounted = Mounted {
                    version,
                    template,
                    user_param: template.user_param,
                };
                self.table.insert(
                    E::NAME,
                    &E::METHOD,
                    version,
                    template,
                    Arc::new(move |req, values, settings, ctx| {
                        mounted
                            .prepare::<E, R, F, Fut>(req, values, settings, ctx, &handler, answer)
                    }),
                )?;
            }
        }
        Ok(self)
    }

    /// The axum router: every mounted endpoint, Graph-shaped 404 and 405
    /// answers, and request ids and logging on every response. Links use the
    /// configured public base URL, else `http://localhost`.
    ///
    /// Served with `axum::serve`, it gets none of the [`ServerLimits`]:
    /// prefer [`serve`](Self::serve).
    pub fn into_router(self) -> Router {
        self.into_router_at("http://localhost".to_owned())
    }

    /// The router, with links under the configured public base URL, else
    /// under `default_base_url`.
    pub(crate) fn into_router_at(self, default_base_url: String) -> Router {
        let dispatcher = Dispatcher(Arc::new(Shared {
            settings: Settings {
                validator: self.validator,
                directory: self.directory,
                body_limit: self.body_limit,
                base_url: self.public_base_url.unwrap_or(default_base_url),
            },
            table: self.table,
        }));
        // Every Graph request reaches this one fallback (the table routes),
        // so what every request needs is done here, without a middleware layer.
        self.extra_routes
            .unwrap_or_default()
            .fallback_service(dispatcher)
    }
}

/// The route table and the settings, shared by every request.
pub(crate) struct Shared {
    pub(crate) table: RouteTable,
    pub(crate) settings: Settings,
}

/// The service every request reaches. A service rather than a handler
/// function: axum boxes a handler's future together with the request, which
/// made each request's allocation large enough (over 1 KiB) to leave the
/// allocator's per-thread cache. axum still boxes [`Handling`], which is a
/// few hundred bytes.
#[derive(Clone)]
struct Dispatcher(Arc<Shared>);

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
    /// ([`context::finish`]).
    fn call(&mut self, req: Request) -> Handling {
        // The clock is read only for the log event's duration.
        let started = tracing::enabled!(target: "graph_runtime::server", tracing::Level::INFO)
            .then(Instant::now);
        let ctx = RequestContext::from_headers(req.headers());
        let method = req.method().clone();
        let span = context::request_span(&method, &ctx);
        let routed = {
            let _entered = span.enter();
            match super::batch::batch_version(&req) {
                Some(version) => {
                    Routed::Pending(super::batch::handle(Arc::clone(&self.0), version, req))
                }
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
enum Handling {
    Answered(Option<Response>),
    Pending(InSpan),
}

/// The pending part of a request, polled and dropped inside the request's
/// span (so that what a handler logs, even when the client goes away and
/// it is dropped, belongs to its request), then [`context::finish`].
struct InSpan {
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

/// What [`context::finish`] needs of a request.
struct Finish {
    ctx: RequestContext,
    span: tracing::Span,
    method: http::Method,
    started: Option<Instant>,
}

impl Finish {
    fn apply(self, mut response: Response) -> Response {
        context::finish(
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
struct Mounted {
    version: ApiVersion,
    template: &'static PathTemplate,
    user_param: &'static str,
}

impl Mounted {
    /// Runs the checks that need no waiting (framing, token, permissions,
    /// path values, whose resource), in that order, and returns their
    /// answer, or what is left: reading the body and calling `handler`.
    fn prepare<E, R, F, Fut>(
        self,
        req: Request,
        values: PathValues,
        settings: &Settings,
        ctx: &RequestContext,
        handler: &F,
        answer: fn(R) -> Response,
    ) -> Routed
    where
        E: Endpoint,
        E::RequestBody: FromRequestBody,
        R: Send + 'static,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<R, GraphError>> + Send + 'static,
    {
        let (parts, request_body) = req.into_parts();
        context::record_route(self.template.template);
        let query = parse_query(parts.uri.query());
        let checked = (|| {
            enforce::check_framing::<E>(&parts.headers)?;
            let caller = enforce::authenticate(&parts.headers, &*settings.validator)?;
            context::record_caller(&caller);
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
            context: ctx.clone(),
            path: parts.uri.path().to_owned(),
            query,
            base_url: settings.base_url.clone(),
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
            return Routed::Pending(Box::pin(async move { respond(handled.await, answer) }));
        }
        let body_limit = settings.body_limit;
        let handler = handler.clone();
        Routed::Pending(Box::pin(async move {
            match E::RequestBody::__read::<E>(&params.headers, request_body, body_limit).await {
                Ok(body) => respond(handler(caller, params, body).await, answer),
                Err(e) => e.into_response(),
            }
        }))
    }
}

/// A handler's result as the response: its answer, or its error.
fn respond<T>(handled: Result<T, GraphError>, answer: fn(T) -> Response) -> Response {
    match handled {
        Ok(response) => answer(response),
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_are_decoded() {
        assert_eq!(
            parse_query(Some("%24top=5&$select=subject,from&q=a+b%2Bc&flag&")),
            [
                ("$top".to_owned(), "5".to_owned()),
                ("$select".to_owned(), "subject,from".to_owned()),
                ("q".to_owned(), "a b+c".to_owned()),
                ("flag".to_owned(), String::new()),
            ]
        );
        assert!(parse_query(None).is_empty());
    }
}
