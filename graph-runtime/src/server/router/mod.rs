//! The route table behind a [`GraphServer`](crate::server::GraphServer): paths
//! matched by [`Matcher`](matcher::Matcher) by position, so that
//! specs naming one segment's parameter differently share a route, and each
//! value decoded as its place requires.

mod bytes;
pub(crate) mod matcher;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use http::header::{ALLOW, EXPECT};
use http::{HeaderMap, HeaderValue, Method};

use crate::path::Place;
use crate::server::auth::directory::UserDirectory;
use crate::server::auth::validator::TokenValidator;
use crate::server::body::read::declared_length;
use crate::server::context::RequestContext;
use crate::server::error::GraphError;
use crate::server::router::bytes::percent_decode;
use crate::server::router::matcher::{Matcher, shape};
use crate::{ApiVersion, PathTemplate};

/// What every request is handled with, fixed when the server starts.
pub(crate) struct Settings {
    pub(crate) validator: Arc<dyn TokenValidator>,
    pub(crate) directory: Option<Arc<dyn UserDirectory>>,
    pub(crate) body_limit: usize,
    pub(crate) base_url: Arc<str>,
}

/// The part of a request's handling that waits: reading the body and the
/// endpoint's handler.
pub(crate) type BoxResponse = Pin<Box<dyn Future<Output = Response> + Send>>;

/// A request's path parameters, percent-decoded.
pub(crate) struct PathValues {
    /// Each parameter's name and value.
    pub(crate) values: Vec<(&'static str, String)>,
    /// The first parameter whose value is not UTF-8 (its value is left
    /// empty): answered 400, but only once the request is authenticated.
    pub(crate) not_utf8: Option<&'static str>,
}

/// How far a request got without waiting.
pub(crate) enum Routed {
    /// Answered already (routing or a check failed).
    Answered(Response),
    /// The rest of its handling: reading the body and the endpoint's handler.
    Pending(BoxResponse),
}

/// A mounted endpoint's handler: the request, its path parameters (named
/// as this endpoint's template names them), the settings and the request's
/// context. The checks that need no waiting run when it is called.
pub(crate) type RouteFn =
    Arc<dyn Fn(Request, PathValues, &Settings, &Arc<RequestContext>) -> Routed + Send + Sync>;

/// An endpoint could not be mounted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountError {
    /// The endpoint being mounted, e.g. `message: delete`.
    pub endpoint: &'static str,
    /// The path that could not be routed, e.g. `/v1.0/me/messages/{id}`.
    pub path: String,
    /// Why.
    pub reason: String,
}

impl fmt::Display for MountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot mount `{}` at `{}`: {}",
            self.endpoint, self.path, self.reason
        )
    }
}

impl std::error::Error for MountError {}

struct MethodRoute {
    method: Method,
    endpoint: &'static str,
    /// The template's parameter names, by position.
    names: Vec<&'static str>,
    handler: RouteFn,
}

/// The routes of one path shape (parameters by position), one per method.
#[derive(Default)]
struct PathRoutes {
    methods: Vec<MethodRoute>,
    /// The `Allow` header of a 405 on this path, kept current as methods
    /// are mounted rather than built for each refused request.
    allow: Option<HeaderValue>,
}

impl PathRoutes {
    fn find(&self, method: &Method) -> Option<&MethodRoute> {
        let exact = self.methods.iter().find(|r| r.method == *method);
        // HEAD is answered like GET, without the body (as axum does).
        exact.or_else(|| {
            (*method == Method::HEAD)
                .then(|| self.methods.iter().find(|r| r.method == Method::GET))
                .flatten()
        })
    }

    fn build_allow(&self) -> Option<HeaderValue> {
        let names: Vec<&str> = self.methods.iter().map(|r| r.method.as_str()).collect();
        HeaderValue::from_str(&names.join(", ")).ok()
    }
}

/// Every mounted route.
#[derive(Default)]
pub(crate) struct RouteTable {
    /// Each route shape (e.g. `/v1.0/me/messages/{}`) to its index in `paths`.
    matcher: Matcher,
    paths: Vec<PathRoutes>,
}

/// `/v1.0`, `/beta`: the prefix of every route of a version.
fn version_prefix(version: ApiVersion) -> &'static str {
    match version {
        ApiVersion::V1_0 => "/v1.0",
        ApiVersion::Beta => "/beta",
    }
}

/// A raw path value decoded for its place: percent-decoding, then for a
/// quoted value OData's doubled `''` read as one `'`. `None` when the bytes
/// are not UTF-8.
fn decode(raw: &str, place: Place) -> Option<String> {
    let value = percent_decode(raw)?;
    Some(match place {
        Place::Quoted => value.replace("''", "'"),
        Place::Segment | Place::Inline | Place::ColonPath => value,
    })
}

impl RouteTable {
    /// Adds `handler` for `method` at `template` under `version`.
    pub(crate) fn insert(
        &mut self,
        endpoint: &'static str,
        method: &Method,
        version: ApiVersion,
        template: &'static PathTemplate,
        handler: RouteFn,
    ) -> Result<(), MountError> {
        let error = |reason: String| MountError {
            endpoint,
            path: format!("/{}{}", version.as_str(), template.template),
            reason,
        };
        let (shape, names) = shape(version_prefix(version), template.parts).map_err(error)?;
        let index = match self.matcher.get(&shape) {
            Some(i) => i,
            None => {
                let i = self.paths.len();
                self.matcher.insert(shape, i);
                self.paths.push(PathRoutes::default());
                i
            }
        };
        // infallible: `index` came from `shapes`, which only holds indexes of `paths`.
        let routes = &mut self.paths[index];
        if let Some(existing) = routes.methods.iter().find(|r| r.method == *method) {
            return Err(error(format!(
                "`{}` already answers {method} on this path",
                existing.endpoint
            )));
        }
        routes.methods.push(MethodRoute {
            method: method.clone(),
            endpoint,
            names,
            handler,
        });
        routes.allow = routes.build_allow();
        Ok(())
    }

    /// Routes `req` to its endpoint: 404 for unknown paths, 405 for methods
    /// the path does not answer, 417/413 for expectations that cannot be
    /// met; otherwise the endpoint's handler decides.
    pub(crate) fn dispatch(
        &self,
        req: Request,
        settings: &Settings,
        ctx: &Arc<RequestContext>,
    ) -> Routed {
        if let Err(e) = check_expectation(req.headers(), settings.body_limit) {
            return Routed::Answered(e.into_response());
        }
        let path = req.uri().path();
        let Some((index, raw)) = self.matcher.at(path) else {
            return Routed::Answered(GraphError::unknown_route(path).into_response());
        };
        let Some(routes) = self.paths.get(index) else {
            return Routed::Answered(GraphError::unknown_route(path).into_response());
        };
        let Some(route) = routes.find(req.method()) else {
            let mut response = GraphError::method_not_allowed(req.method()).into_response();
            if let Some(allow) = &routes.allow {
                response.headers_mut().insert(ALLOW, allow.clone());
            }
            return Routed::Answered(response);
        };
        let mut values = PathValues {
            values: Vec::with_capacity(route.names.len()),
            not_utf8: None,
        };
        for (&name, &(raw, place)) in route.names.iter().zip(&raw) {
            let value = decode(raw, place).unwrap_or_else(|| {
                values.not_utf8 = values.not_utf8.or(Some(name));
                String::new()
            });
            values.values.push((name, value));
        }
        (route.handler)(req, values, settings, ctx)
    }
}

/// `Expect: 100-continue` with a declared body over the limit is refused
/// with 413 before the body is asked for (RFC 9110 §10.1.1: a server may
/// answer with the final status instead of 100), so the client never sends
/// it; any other expectation is 417 Expectation Failed.
fn check_expectation(headers: &HeaderMap, body_limit: usize) -> Result<(), GraphError> {
    let Some(expect) = headers.get(EXPECT) else {
        return Ok(());
    };
    let continue_ = expect
        .to_str()
        .is_ok_and(|v| v.trim().eq_ignore_ascii_case("100-continue"));
    if !continue_ {
        return Err(GraphError::expectation_failed());
    }
    if declared_length(headers).is_some_and(|n| n > body_limit as u64) {
        return Err(GraphError::payload_too_large(body_limit));
    }
    Ok(())
}

/// The route table and the settings, shared by every request.
pub(crate) struct Shared {
    pub(crate) table: RouteTable,
    pub(crate) settings: Settings,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::PathPart;

    const T: PathTemplate = PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/attachments/{attachment_id}",
        docs_template: "",
        user_param: "user_id",
        parts: &[
            PathPart::Text("/me/messages/"),
            PathPart::Param("message_id", Place::Segment),
            PathPart::Text("/attachments/"),
            PathPart::Param("attachment_id", Place::Segment),
        ],
        query: &[],
    };

    /// Whatever the parts, inserting them returns `Ok` or `Err` and routing
    /// any path afterwards answers: nothing panics.
    #[test]
    fn arbitrary_templates_never_panic() {
        let pieces = [
            PathPart::Text("/"),
            PathPart::Text("a"),
            PathPart::Text("/b"),
            PathPart::Text(":"),
            PathPart::Text(":/"),
            PathPart::Text("('"),
            PathPart::Text("')"),
            PathPart::Text("(x="),
            PathPart::Param("x", Place::Segment),
            PathPart::Param("y", Place::Inline),
            PathPart::Param("z", Place::Quoted),
            PathPart::Param("w", Place::ColonPath),
        ];
        let paths = [
            "/v1.0/a",
            "/v1.0/b:/c/d:/e",
            "/v1.0/a('x''y')",
            "/v1.0/",
            "/v1.0//a",
            "/v1.0/a(x=1)/b",
        ];
        let mut table = RouteTable::default();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let handler: RouteFn =
            Arc::new(|_, _, _, _| Routed::Pending(Box::pin(async { Response::default() })));
        let (mut ok, mut err) = (0, 0);
        for _ in 0..3000 {
            let mut parts = Vec::new();
            for _ in 0..(seed % 7) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                parts.push(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(1);
            let parts: &'static [PathPart] = Box::leak(parts.into_boxed_slice());
            let t: &'static PathTemplate = Box::leak(Box::new(PathTemplate { parts, ..T }));
            let method = if seed.is_multiple_of(2) {
                Method::GET
            } else {
                Method::DELETE
            };
            match table.insert("e", &method, ApiVersion::V1_0, t, Arc::clone(&handler)) {
                Ok(()) => ok += 1,
                Err(_) => err += 1,
            }
        }
        assert!(ok > 0 && err > 0, "{ok} mounted, {err} refused");
        for path in paths {
            let _ = table.matcher.at(path);
        }
    }

    #[test]
    fn a_refused_method_is_told_what_the_path_allows() {
        let mut table = RouteTable::default();
        let handler: RouteFn =
            Arc::new(|_, _, _, _| Routed::Pending(Box::pin(async { Response::default() })));
        for method in [Method::GET, Method::PATCH] {
            table
                .insert("e", &method, ApiVersion::V1_0, &T, Arc::clone(&handler))
                .unwrap();
        }
        let settings = Settings {
            validator: Arc::new(crate::server::auth::static_tokens::StaticTokens::new()),
            directory: None,
            body_limit: 1024,
            base_url: "http://localhost".into(),
        };
        let ctx = Arc::new(RequestContext::from_headers(&HeaderMap::new()));
        for _ in 0..2 {
            let req = Request::delete("/v1.0/me/messages/a/attachments/b")
                .body(axum::body::Body::empty())
                .unwrap();
            let Routed::Answered(response) = table.dispatch(req, &settings, &ctx) else {
                panic!("a DELETE on a GET/PATCH path was routed to a handler");
            };
            assert_eq!(response.status(), http::StatusCode::METHOD_NOT_ALLOWED);
            assert_eq!(response.headers()[ALLOW], "GET, PATCH");
        }
    }
}
