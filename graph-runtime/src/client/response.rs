//! [`Response`]: a successful answer and what came with it.

use http::{HeaderMap, StatusCode};

/// A successful (2xx) response.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response<T> {
    /// The status; the endpoint's documented `SUCCESS_STATUS` normally, but
    /// any 2xx is accepted (and a 304 the spec declares).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body (`()` for endpoints without one); for an endpoint
    /// whose spec declares several statuses or response headers, its
    /// generated `Reply`: the variant of this status, with body and headers.
    pub body: T,
    /// The `client-request-id` the client sent.
    pub client_request_id: String,
    /// How many attempts it took (1 without retries).
    pub attempts: u32,
}

impl<T> Response<T> {
    /// Graph's `request-id` response header, for support requests.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.get("request-id").and_then(|v| v.to_str().ok())
    }
}
