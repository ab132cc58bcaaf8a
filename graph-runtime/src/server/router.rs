//! `GraphServer`: the axum router generated endpoints are mounted on.

use std::fmt;
use std::future::Future;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::extract::{FromRequestParts, Path, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on};
use http::HeaderMap;
use http::header::HOST;
use percent_encoding::percent_decode_str;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::body::{self, DEFAULT_BODY_LIMIT};
use super::context::{self, RequestContext};
use super::enforce;
use super::{Caller, GraphError, TokenValidator};
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
    /// The `Host` header, e.g. `127.0.0.1:8787`, for links back to this server.
    pub host: Option<String>,
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

/// An axum router for Graph endpoints, with token validation and permission
/// enforcement in front of every handler.
///
/// Generated `mount` functions add endpoints (each under every version and
/// path variant its spec lists); [`into_router`](Self::into_router) adds the
/// Graph-shaped 404 and 405 fallbacks and the request-id middleware.
///
/// Request bodies are JSON of at most [`body_limit`](Self::body_limit) bytes
/// (4 MiB unless [`with_body_limit`](Self::with_body_limit) says otherwise).
///
/// ```no_run
/// # async fn run(server: graph_runtime::server::GraphServer) -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// axum::serve(listener, server.into_router()).await
/// # }
/// ```
pub struct GraphServer {
    router: Router,
    validator: Arc<dyn TokenValidator>,
    body_limit: Arc<AtomicUsize>,
}

impl fmt::Debug for GraphServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphServer").finish_non_exhaustive()
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
            router: Router::new(),
            validator,
            body_limit: Arc::new(AtomicUsize::new(DEFAULT_BODY_LIMIT)),
        }
    }

    /// Sets the largest request body accepted, in bytes, for every endpoint
    /// (mounted before or after); larger bodies are answered 413
    /// `ErrorRequestEntityTooLarge`. The default is 4 MiB.
    pub fn with_body_limit(self, bytes: usize) -> Self {
        self.body_limit.store(bytes, Ordering::Relaxed);
        self
    }

    /// The largest request body accepted, in bytes.
    pub fn body_limit(&self) -> usize {
        self.body_limit.load(Ordering::Relaxed)
    }

    /// Mounts endpoint `E` under every version and path variant of its spec.
    ///
    /// Generated `mount` functions call this; `handler` receives requests that
    /// passed every check, with the decoded request body (`()` for endpoints
    /// without one). When `E` has a response body, the handler's value is
    /// answered as JSON with `E::SUCCESS_STATUS`; otherwise the response is
    /// empty. Mounting two endpoints with the same method and path panics
    /// (it is a programming error, as in axum).
    pub fn route<E, F, Fut>(mut self, handler: F) -> Self
    where
        E: Endpoint + 'static,
        E::RequestBody: DeserializeOwned + Send + 'static,
        E::ResponseBody: Serialize + Send + 'static,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<E::ResponseBody, GraphError>> + Send + 'static,
    {
        let Ok(filter) = MethodFilter::try_from(E::METHOD) else {
            tracing::error!(
                target: "graph_runtime::server",
                endpoint = E::NAME,
                method = %E::METHOD,
                "method not routable; endpoint not mounted"
            );
            return self;
        };
        for &version in E::VERSIONS {
            for template in E::PATHS {
                let path = format!("/{}{}", version.as_str(), template.template);
                let validator = Arc::clone(&self.validator);
                let body_limit = Arc::clone(&self.body_limit);
                let handler = handler.clone();
                let route = move |req: Request| {
                    let validator = Arc::clone(&validator);
                    let handler = handler.clone();
                    let body_limit = body_limit.load(Ordering::Relaxed);
                    async move {
                        let mounted = Mounted {
                            version,
                            template,
                            user_param: template.user_param,
                            body_limit,
                        };
                        mounted
                            .dispatch::<E, F, Fut>(req, &*validator, handler)
                            .await
                    }
                };
                self.router = self.router.route(&path, on(filter, route));
            }
        }
        self
    }

    /// The axum router: every mounted endpoint, Graph-shaped 404 and 405
    /// fallbacks, and request ids and logging on every response.
    pub fn into_router(self) -> Router {
        self.router
            .method_not_allowed_fallback(|req: Request| async move {
                GraphError::method_not_allowed(req.method()).into_response()
            })
            .fallback(|req: Request| async move {
                GraphError::unknown_route(req.uri().path()).into_response()
            })
            .layer(axum::middleware::from_fn(context::request_context))
    }
}

/// One mounted route: an endpoint's path variant under one version.
#[derive(Clone, Copy)]
struct Mounted {
    version: ApiVersion,
    template: &'static PathTemplate,
    user_param: &'static str,
    body_limit: usize,
}

impl Mounted {
    async fn dispatch<E, F, Fut>(
        self,
        req: Request,
        validator: &dyn TokenValidator,
        handler: F,
    ) -> Response
    where
        E: Endpoint,
        E::RequestBody: DeserializeOwned,
        E::ResponseBody: Serialize,
        F: Fn(Caller, RouteParams, E::RequestBody) -> Fut,
        Fut: Future<Output = Result<E::ResponseBody, GraphError>>,
    {
        let (mut parts, request_body) = req.into_parts();
        let prepared = async {
            enforce::check_framing::<E>(&parts.headers)?;
            let caller = enforce::authenticate(&parts.headers, validator)?;
            enforce::authorize::<E>(&caller)?;
            let Path(raw) = Path::<Vec<(String, String)>>::from_request_parts(&mut parts, &())
                .await
                .map_err(|e| GraphError::bad_request(format!("Invalid path: {e}")))?;
            let mut values: Vec<(&'static str, String)> = Vec::with_capacity(raw.len());
            for (name, value) in raw {
                if let Some(known) = self.template.params.iter().find(|p| **p == name) {
                    values.push((known, value));
                }
            }
            let me =
                enforce::resolve_user::<E>(self.template, self.user_param, &caller, &mut values)?;
            let context = parts
                .extensions
                .get::<RequestContext>()
                .cloned()
                .unwrap_or_else(|| RequestContext::from_headers(&parts.headers));
            let info = RouteInfo {
                version: self.version,
                variant: self.template.variant,
                template: self.template.template,
                me,
                context,
                path: parts.uri.path().to_owned(),
                query: parse_query(parts.uri.query()),
                host: parts
                    .headers
                    .get(HOST)
                    .and_then(|h| h.to_str().ok())
                    .map(str::to_owned)
                    .or_else(|| parts.uri.authority().map(|a| a.to_string())),
            };
            let body =
                body::request_body::<E>(&parts.headers, request_body, self.body_limit).await?;
            let params = RouteParams {
                info,
                values,
                headers: std::mem::take(&mut parts.headers),
            };
            Ok::<_, GraphError>((caller, params, body))
        };
        match prepared.await {
            Err(e) => e.into_response(),
            Ok((caller, params, body)) => match handler(caller, params, body).await {
                Ok(response) => body::success::<E>(response),
                Err(e) => e.into_response(),
            },
        }
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
