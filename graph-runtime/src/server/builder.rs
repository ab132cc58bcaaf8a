//! [`GraphServer`]: the server generated endpoints are mounted on, and its settings.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use axum::Router;

use crate::Endpoint;
use crate::server::answer::AnsweredBy;
use crate::server::auth::caller::Caller;
use crate::server::auth::directory::UserDirectory;
use crate::server::auth::validator::TokenValidator;
use crate::server::body::content::FromRequestBody;
use crate::server::body::read::DEFAULT_BODY_LIMIT;
use crate::server::dispatch::{Dispatcher, Mounted};
use crate::server::error::GraphError;
use crate::server::limits::ServerLimits;
use crate::server::route_params::RouteParams;
use crate::server::router::{MountError, RouteTable, Settings, Shared};
use crate::server::service::GraphService;

/// An HTTP server for Graph endpoints, with token validation and permission
/// enforcement in front of every handler.
///
/// Generated `mount` functions add endpoints (each under every version and
/// path variant its spec lists); [`serve`](Self::serve) runs it with the
/// [`ServerLimits`]. Applications that serve it themselves take it as one
/// service ([`into_service`](Self::into_service)) or as a plain axum router
/// to nest or layer ([`into_router`](Self::into_router)); both answer
/// alike (Graph-shaped 404 and 405 fallbacks, request ids).
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
    /// ([`RouteInfo::base_url`](crate::server::RouteInfo::base_url), e.g. `@odata.nextLink`), e.g.
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
    /// without one, [`Content`](crate::Content) for bytes). Its success value
    /// is answered as [`AnsweredBy`] says: as JSON with `E::SUCCESS_STATUS` (empty
    /// when `E` has no response body), content with its media type, a
    /// [`Redirect`](crate::server::Redirect) to content, or the status,
    /// headers and body of the variant of a generated `Reply`.
    ///
    /// # Errors
    ///
    /// [`MountError`] when another endpoint already has the same method and
    /// path (whatever its parameters are called), when the method cannot be
    /// routed, or when a template is not a routable path. Nothing panics.
    pub fn route<E, A, F, Fut>(mut self, handler: F) -> Result<Self, MountError>
    where
        E: Endpoint + 'static,
        E::RequestBody: FromRequestBody,
        E::ResponseBody: AnsweredBy<A>,
        A: Send + 'static,
        F: Fn(Arc<Caller>, RouteParams, E::RequestBody) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<A, GraphError>> + Send + 'static,
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
                        mounted.prepare::<E, A, F, Fut>(req, values, settings, ctx, &handler)
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
    /// prefer [`serve`](Self::serve). Take the router to nest or layer it;
    /// to serve the endpoints as they are, [`into_service`](Self::into_service)
    /// answers the same with less work per request.
    pub fn into_router(self) -> Router {
        let (dispatcher, extra_routes) = self.into_parts("http://localhost".to_owned());
        // Every Graph request reaches this one fallback (the table routes),
        // so what every request needs is done there, without a middleware layer.
        extra_routes
            .unwrap_or_default()
            .fallback_service(dispatcher)
    }

    /// The mounted endpoints as one tower service, which `axum::serve`
    /// serves as it does a router: what [`into_router`](Self::into_router)
    /// answers, without axum's router in front when there are no
    /// [extra routes](Self::with_extra_routes). Links use the configured
    /// public base URL, else `http://localhost`.
    ///
    /// Like the router, it gets none of the [`ServerLimits`]: prefer
    /// [`serve`](Self::serve).
    pub fn into_service(self) -> GraphService {
        self.into_service_at("http://localhost".to_owned())
    }

    /// The service, with links under the configured public base URL, else
    /// under `default_base_url`.
    pub(crate) fn into_service_at(self, default_base_url: String) -> GraphService {
        match self.into_parts(default_base_url) {
            (dispatcher, None) => GraphService::table(dispatcher),
            (dispatcher, Some(routes)) => {
                GraphService::with_extra_routes(routes.fallback_service(dispatcher))
            }
        }
    }

    /// The route table's service, and the extra routes to try first.
    fn into_parts(self, default_base_url: String) -> (Dispatcher, Option<Router>) {
        let dispatcher = Dispatcher(Arc::new(Shared {
            settings: Settings {
                validator: self.validator,
                directory: self.directory,
                body_limit: self.body_limit,
                base_url: self.public_base_url.unwrap_or(default_base_url).into(),
            },
            table: self.table,
        }));
        (dispatcher, self.extra_routes)
    }
}
