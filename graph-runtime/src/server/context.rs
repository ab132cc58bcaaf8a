//! Per-request context: request ids and the date.

use std::time::SystemTime;

use http::HeaderMap;
use http::header::HeaderName;

/// Graph's response header naming the request.
pub(crate) const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");
/// The client's own correlation id, echoed back.
pub(crate) const CLIENT_REQUEST_ID: HeaderName = HeaderName::from_static("client-request-id");

/// The longest `client-request-id` that is echoed back.
const MAX_CLIENT_REQUEST_ID: usize = 128;

/// What identifies one request: Graph puts it in every error's `innerError`
/// and in the `request-id` / `client-request-id` response headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestContext {
    /// A fresh UUID naming this request.
    pub request_id: String,
    /// The caller's `client-request-id`, or the request id when it sent none
    /// (or one that is too long or not printable ASCII).
    pub client_request_id: String,
    /// When the request arrived.
    pub received: SystemTime,
}

impl RequestContext {
    /// A new context for a request with these headers.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        // A correlation id, not a secret: a fast generator is enough (the OS
        // generator behind `new_v4` costs a syscall per request).
        // Encoded into a buffer rather than through `Display`: one exact allocation.
        let mut buffer = uuid::Uuid::encode_buffer();
        let request_id = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes())
            .into_uuid()
            .hyphenated()
            .encode_lower(&mut buffer)
            .to_owned();
        let client_request_id = headers
            .get(CLIENT_REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .map(str::trim_ascii)
            .filter(|v| {
                !v.is_empty()
                    && v.len() <= MAX_CLIENT_REQUEST_ID
                    && v.bytes().all(|b| b.is_ascii_graphic())
            })
            .map_or_else(|| request_id.clone(), str::to_owned);
        RequestContext {
            request_id,
            client_request_id,
            received: SystemTime::now(),
        }
    }

    /// When the request arrived, UTC, as Graph writes it in `innerError.date`:
    /// `2024-05-01T12:00:00`. Formatted on demand: only errors need it.
    pub fn date(&self) -> String {
        graph_date(self.received)
    }
}

/// `2024-05-01T12:00:00`: RFC 3339 in UTC without the zone, as in Graph's `innerError.date`.
pub(crate) fn graph_date(t: SystemTime) -> String {
    let mut s = humantime::format_rfc3339_seconds(t).to_string();
    if s.ends_with('Z') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn date_is_graph_shaped() {
        let t = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(graph_date(t), "2023-11-14T22:13:20");
    }

    #[test]
    fn client_request_id_is_echoed_when_sane() {
        let mut h = HeaderMap::new();
        h.insert(CLIENT_REQUEST_ID, HeaderValue::from_static("abc-123"));
        assert_eq!(
            RequestContext::from_headers(&h).client_request_id,
            "abc-123"
        );
        h.insert(CLIENT_REQUEST_ID, HeaderValue::from_static("has space"));
        let ctx = RequestContext::from_headers(&h);
        assert_eq!(ctx.client_request_id, ctx.request_id);
    }
}
