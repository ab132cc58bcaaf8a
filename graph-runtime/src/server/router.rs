//! `GraphServer`: the axum router generated endpoints are mounted on.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRequestParts, Path, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on};
use http::StatusCode;

use super::context::{self, RequestContext};
use super::enforce;
use super::{Caller, GraphError, TokenValidator};
use crate::{ApiVersion, Endpoint, PathTemplate};

/// A success response body an endpoint handler can return.
///
/// `()` is the empty body of endpoints like `message: send`.
pub trait SuccessBody {
    /// The response for a success with the endpoint's documented `status`.
    fn into_success(self, status: StatusCode) -> Response;
}

impl SuccessBody for () {
    fn into_success(self, status: StatusCode) -> Response {
        status.into_response()
    }
}

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
}

/// The decoded path parameters of a request, for the generated code to take
/// into an endpoint's parameter struct.
#[derive(Debug)]
pub struct RouteParams {
    info: RouteInfo,
    values: Vec<(&'static str, String)>,
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
}

/// An axum router for Graph endpoints, with token validation and permission
/// enforcement in front of every handler.
///
/// Generated `mount` functions add endpoints (each under every version and
/// path variant its spec lists); [`into_router`](Self::into_router) adds the
/// Graph-shaped 404 and 405 fallbacks and the request-id middleware.
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
        }
    }

    /// Mounts endpoint `E` under every version and path variant of its spec.
    ///
    /// Generated `mount` functions call this; `handler` receives requests that
    /// passed every check. Mounting two endpoints with the same method and
    /// path panics (it is a programming error, as in axum).
    pub fn route<E, F, Fut>(mut self, handler: F) -> Self
    where
        E: Endpoint + 'static,
        E::ResponseBody: SuccessBody,
        F: Fn(Caller, RouteParams) -> Fut + Clone + Send + Sync + 'static,
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
        let user_param = enforce::user_param(E::PATHS);
        for &version in E::VERSIONS {
            for template in E::PATHS {
                let path = format!("/{}{}", version.as_str(), template.template);
                let validator = Arc::clone(&self.validator);
                let handler = handler.clone();
                let route = move |req: Request| {
                    let validator = Arc::clone(&validator);
                    let handler = handler.clone();
                    async move {
                        let mounted = Mounted {
                            version,
                            template,
                            user_param,
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
        E::ResponseBody: SuccessBody,
        F: Fn(Caller, RouteParams) -> Fut,
        Fut: Future<Output = Result<E::ResponseBody, GraphError>>,
    {
        let (mut parts, _body) = req.into_parts();
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
            let me = enforce::resolve_user(self.template, self.user_param, &caller, &mut values)?;
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
            };
            Ok::<_, GraphError>((caller, RouteParams { info, values }))
        };
        match prepared.await {
            Err(e) => e.into_response(),
            Ok((caller, params)) => match handler(caller, params).await {
                Ok(body) => body.into_success(E::SUCCESS_STATUS),
                Err(e) => e.into_response(),
            },
        }
    }
}
