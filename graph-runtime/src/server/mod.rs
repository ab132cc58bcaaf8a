//! axum server support for generated endpoints (the `server` feature).
//!
//! Generated code mounts each endpoint on a [`GraphServer`] through
//! [`GraphServer::route`]; this module does everything that is the same for
//! every endpoint, before the endpoint's handler ever runs:
//!
//! 1. every request gets a [`RequestContext`] (a `request-id`, the echoed
//!    `client-request-id`, the date) and is logged without its token;
//! 2. bodiless `POST`s need `Content-Length: 0` (411 without it, 400 with a body);
//! 3. the bearer token is checked by a [`TokenValidator`] (401 with
//!    `WWW-Authenticate: Bearer` when it is missing or invalid), which says
//!    who the [`Caller`] is;
//! 4. the endpoint's generated [`Permissions`](crate::Permissions) are enforced
//!    (403 when the grant holds none of those listed for its permission type);
//! 5. `/me/...` resolves to the token's user (its `oid`), and a delegated
//!    token may only address its own resource (the spec's `resource`:
//!    mailbox, calendar, drive, ...) under `/users/{id}/...` unless it holds
//!    one of the endpoint's [`Permissions::other_users`](crate::Permissions::other_users)
//!    (403 naming the resource otherwise); who `/users/{x}` is, the
//!    application's [`UserDirectory`] says, and identity is the token's `oid`
//!    and `tid`, never a name claim;
//! 6. endpoints with a request body get it decoded: `Content-Type:
//!    application/json` (415 otherwise), at most
//!    [`GraphServer::body_limit`] bytes (413), valid JSON of the body type
//!    read as Graph reads it: property and parameter names match
//!    case-insensitively, `@odata` annotations are accepted (`@odata.type`
//!    must name the declared type), and an unknown property is 400
//!    `RequestBodyRead` naming it, as are other decoding errors; then the
//!    endpoint's body rules
//!    ([`Endpoint::validate_body`](crate::Endpoint::validate_body), 400
//!    `ErrorInvalidRequest`).
//!
//! A handler's success value is answered as [`AnsweredBy`] says: with the
//! endpoint's documented status, as JSON when the endpoint has a response
//! body, empty otherwise. An endpoint whose spec declares several statuses
//! or response headers answers the status, headers and body of the `Reply`
//! variant its handler returns.
//! A 204 or 304, from a handler or an error, has no body, `Content-Type` or
//! `Content-Length`.
//!
//! Every error, including 404 for unknown routes, 405 for wrong methods and
//! the answers to requests that cannot be parsed (400, 414, 431), is Graph's
//! error JSON with a `request-id` (see [`GraphError`]). [`GraphServer::serve`]
//! applies [`ServerLimits`]: a connection limit that sheds the connection
//! slowest to send a request head, a header deadline fixed at a request's
//! first byte, idle and body timeouts and a minimum body rate.

mod admission;
mod answer;
mod auth;
mod batch;
mod body;
mod builder;
mod conn;
mod context;
mod dispatch;
mod enforce;
mod error;
mod exchange;
mod limits;
mod reply;
mod route_params;
mod router;
mod serve;
mod service;

pub use answer::AnsweredBy;
pub use auth::bearer::{BearerError, BearerToken, bearer_token};
pub use auth::caller::{ApplicationCaller, Caller, DelegatedCaller};
pub use auth::directory::{DirectoryUser, UserDirectory};
pub use auth::jwt::{JwtKeyError, JwtValidator, MSA_TENANT_ID};
pub use auth::static_tokens::StaticTokens;
pub use auth::validator::{TokenRejection, TokenValidator, ValidatorChain};
pub use batch::MAX_BATCH_STEPS;
pub use body::content::{FromRequestBody, Redirect};
pub use body::read::DEFAULT_BODY_LIMIT;
pub use builder::GraphServer;
pub use context::RequestContext;
pub use error::{GraphError, MAX_ERROR_HEADERS};
pub use limits::ServerLimits;
pub use reply::ReplyParts;
pub use route_params::{RouteInfo, RouteParams};
pub use router::MountError;
pub use service::{GraphResponseFuture, GraphService};

/// Re-exported so servers name the same axum types as the generated code.
pub use axum;
