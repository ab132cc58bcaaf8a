//! Graph-shaped error responses.

use std::borrow::Cow;
use std::fmt;

use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

use crate::server::context::RequestContext;

/// An error answered the way Microsoft Graph answers errors:
///
/// ```json
/// {"error": {"code": "ErrorItemNotFound", "message": "...",
///            "innerError": {"request-id": "...", "date": "...", "client-request-id": "..."}}}
/// ```
///
/// Handlers return it; the server fills in `innerError` from the request's
/// [`RequestContext`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphError {
    status: StatusCode,
    code: Cow<'static, str>,
    message: Cow<'static, str>,
    challenge: Option<&'static str>,
    /// Headers the handler adds (`Retry-After`, ...), at most [`MAX_ERROR_HEADERS`].
    headers: Vec<(HeaderName, HeaderValue)>,
}

/// How many headers an error may add; more are left out.
pub const MAX_ERROR_HEADERS: usize = 16;

/// Headers the server writes itself: framing, content type and the
/// request's ids, which an error cannot replace.
const SERVER_HEADERS: [&str; 7] = [
    "content-length",
    "transfer-encoding",
    "connection",
    "content-type",
    "request-id",
    "client-request-id",
    "date",
];

impl GraphError {
    /// An error with any status, Graph error code and message.
    pub fn new(
        status: StatusCode,
        code: impl Into<Cow<'static, str>>,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        GraphError {
            status,
            code: code.into(),
            message: message.into(),
            challenge: None,
            headers: Vec::new(),
        }
    }

    /// The error with a response header, e.g. `Retry-After` on a 429 or
    /// `WWW-Authenticate` on a 401. Framing, content-type and request-id
    /// headers stay the server's (ignored here), as do headers past
    /// [`MAX_ERROR_HEADERS`]; a name given twice keeps the last value.
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        if SERVER_HEADERS.contains(&name.as_str()) {
            return self;
        }
        self.headers.retain(|(n, _)| *n != name);
        if self.headers.len() < MAX_ERROR_HEADERS {
            self.headers.push((name, value));
        }
        self
    }

    /// 429 `TooManyRequests`, as Graph throttles: the client should wait
    /// `retry_after` (sent as `Retry-After` in whole seconds, at least 1).
    pub fn too_many_requests(retry_after: std::time::Duration) -> Self {
        GraphError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "TooManyRequests",
            "Too many requests. Please retry after the time given in the Retry-After header.",
        )
        .with_retry_after(retry_after)
    }

    /// 503 `serviceNotAvailable`, with `Retry-After`.
    pub fn service_unavailable(retry_after: std::time::Duration) -> Self {
        GraphError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "serviceNotAvailable",
            "The service is temporarily unavailable. Please retry after the time given in the Retry-After header.",
        )
        .with_retry_after(retry_after)
    }

    /// The error with `Retry-After` in whole seconds, rounded up, at least 1.
    pub fn with_retry_after(self, after: std::time::Duration) -> Self {
        let secs = after.as_secs() + u64::from(after.subsec_nanos() > 0);
        self.with_header(RETRY_AFTER, HeaderValue::from(secs.max(1)))
    }

    /// The headers the error adds to its response.
    pub fn headers(&self) -> &[(HeaderName, HeaderValue)] {
        &self.headers
    }

    /// 401 `InvalidAuthenticationToken`, with `WWW-Authenticate: Bearer`.
    pub fn invalid_token(message: impl Into<Cow<'static, str>>) -> Self {
        let mut e = GraphError::new(
            StatusCode::UNAUTHORIZED,
            "InvalidAuthenticationToken",
            message,
        );
        e.challenge = Some("Bearer realm=\"\", error=\"invalid_token\"");
        e
    }

    /// 401 `InvalidAuthenticationToken` for a request without a token,
    /// with a bare `WWW-Authenticate: Bearer` challenge (RFC 6750 §3).
    pub fn missing_token(message: impl Into<Cow<'static, str>>) -> Self {
        let mut e = GraphError::invalid_token(message);
        e.challenge = Some("Bearer realm=\"\"");
        e
    }

    /// 403 `ErrorAccessDenied`.
    pub fn access_denied(message: impl Into<Cow<'static, str>>) -> Self {
        GraphError::new(StatusCode::FORBIDDEN, "ErrorAccessDenied", message)
    }

    /// 404 `ErrorItemNotFound`.
    pub fn item_not_found(message: impl Into<Cow<'static, str>>) -> Self {
        GraphError::new(StatusCode::NOT_FOUND, "ErrorItemNotFound", message)
    }

    /// 400 `BadRequest`.
    pub fn bad_request(message: impl Into<Cow<'static, str>>) -> Self {
        GraphError::new(StatusCode::BAD_REQUEST, "BadRequest", message)
    }

    /// 400 `ErrorInvalidRequest`: a request body that cannot be decoded or
    /// breaks the endpoint's body rules; the message names the problem.
    pub fn invalid_request(message: impl Into<Cow<'static, str>>) -> Self {
        GraphError::new(StatusCode::BAD_REQUEST, "ErrorInvalidRequest", message)
    }

    /// 413 `ErrorRequestEntityTooLarge`: a request body over `limit` bytes.
    pub fn payload_too_large(limit: usize) -> Self {
        GraphError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "ErrorRequestEntityTooLarge",
            format!("The request body exceeds the maximum size of {limit} bytes."),
        )
    }

    /// 415 `UnsupportedMediaType`: a request body that is not JSON.
    pub fn unsupported_media_type(message: impl Into<Cow<'static, str>>) -> Self {
        GraphError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            message,
        )
    }

    /// 411 `LengthRequired`: a bodiless POST without `Content-Length: 0`.
    pub fn length_required() -> Self {
        GraphError::new(
            StatusCode::LENGTH_REQUIRED,
            "LengthRequired",
            "This request requires a Content-Length header (Content-Length: 0 for a request without a body).",
        )
    }

    /// 417 `ExpectationFailed`: an `Expect` header other than `100-continue`.
    pub fn expectation_failed() -> Self {
        GraphError::new(
            StatusCode::EXPECTATION_FAILED,
            "ExpectationFailed",
            "The only expectation this server meets is `Expect: 100-continue`.",
        )
    }

    /// 408 `RequestTimeout`: the request body stalled.
    pub fn request_timeout() -> Self {
        GraphError::new(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeout",
            "The request body was not received in time.",
        )
    }

    /// 404 for a path that is no Graph resource this server knows.
    pub fn unknown_route(path: &str) -> Self {
        let segment = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path);
        GraphError::new(
            StatusCode::NOT_FOUND,
            "ResourceNotFound",
            format!("Resource not found for the segment '{segment}'."),
        )
    }

    /// 405 for a known path with a method it does not support.
    pub fn method_not_allowed(method: &http::Method) -> Self {
        GraphError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            format!("The HTTP method '{method}' is not allowed on this resource."),
        )
    }

    /// 500 `generalException`: a bug on the server side.
    pub fn internal(message: impl Into<Cow<'static, str>>) -> Self {
        GraphError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "generalException",
            message,
        )
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The Graph error code, e.g. `ErrorItemNotFound`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The JSON body for this error in the request `ctx`.
    pub fn body(&self, ctx: &RequestContext) -> String {
        serde_json::json!({
            "error": {
                "code": self.code,
                "message": self.message,
                "innerError": {
                    "request-id": ctx.request_id,
                    "date": ctx.date(),
                    "client-request-id": ctx.client_request_id,
                }
            }
        })
        .to_string()
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.code,
            self.message
        )
    }
}

impl std::error::Error for GraphError {}

impl IntoResponse for GraphError {
    /// Renders the body with a context of its own; inside a
    /// [`GraphServer`](super::GraphServer) the request's context replaces it.
    fn into_response(self) -> Response {
        let ctx = RequestContext::from_headers(&HeaderMap::new());
        let mut response = (self.status, self.body(&ctx)).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(challenge) = self.challenge {
            headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        }
        for (name, value) in &self.headers {
            headers.insert(name.clone(), value.clone());
        }
        response.extensions_mut().insert(self);
        response
    }
}
