//! Answers of endpoints whose spec declares several success statuses or
//! response headers: the generated `Reply` enum (one variant per declared
//! status, its body and headers as fields) renders itself as [`ReplyParts`],
//! which become the HTTP response here; the JSON answer of any other
//! endpoint is built as one too.

use axum::response::{IntoResponse, Response};
use http::header::CONTENT_TYPE;
use http::{HeaderName, HeaderValue, StatusCode};
use serde::Serialize;

use crate::Endpoint;
use crate::server::error::GraphError;

/// A status, its headers and JSON body, as a generated `Reply` renders them.
///
/// Header values come from handlers and are checked when the response is
/// built: a value HTTP does not allow is answered 500 in Graph's error shape
/// (it names the header, never the value).
#[derive(Debug)]
pub struct ReplyParts {
    status: StatusCode,
    headers: Vec<(&'static str, String)>,
    body: Result<Option<Vec<u8>>, String>,
}

impl ReplyParts {
    /// `status` without a body.
    pub fn empty(status: StatusCode) -> Self {
        ReplyParts {
            status,
            headers: Vec::new(),
            body: Ok(None),
        }
    }

    /// `status` with `body` as JSON.
    pub fn json<T: Serialize>(status: StatusCode, body: &T) -> Self {
        ReplyParts {
            status,
            headers: Vec::new(),
            body: serde_json::to_vec(body)
                .map(Some)
                .map_err(|e| e.to_string()),
        }
    }

    /// Adds the response header `name`.
    pub fn header(mut self, name: &'static str, value: String) -> Self {
        self.headers.push((name, value));
        self
    }

    /// Adds the response header `name` when there is a value.
    pub fn optional_header(self, name: &'static str, value: Option<String>) -> Self {
        match value {
            Some(value) => self.header(name, value),
            None => self,
        }
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The HTTP response answering endpoint `E`, or 500 when a header or
    /// the body cannot be sent.
    pub fn answer<E: Endpoint>(self) -> Response {
        self.into_response(E::NAME)
    }

    fn into_response(self, endpoint: &str) -> Response {
        let json = match self.body {
            Ok(json) => json,
            Err(e) => {
                return GraphError::internal(format!(
                    "The response of `{endpoint}` could not be serialized: {e}"
                ))
                .into_response();
            }
        };
        let mut response = match json {
            Some(json) => {
                let mut r = (self.status, json).into_response();
                r.headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                r
            }
            None => self.status.into_response(),
        };
        for (name, value) in self.headers {
            let Ok(header) = HeaderName::from_bytes(name.as_bytes()) else {
                return GraphError::internal(format!(
                    "`{endpoint}` declares `{name}`, which is not a valid header name."
                ))
                .into_response();
            };
            match header_value(&value) {
                Some(value) => {
                    response.headers_mut().append(header, value);
                }
                None => {
                    return GraphError::internal(format!(
                        "The handler of `{endpoint}` gave the `{name}` response header a value \
                         HTTP does not allow (only visible ASCII, spaces and tabs)."
                    ))
                    .into_response();
                }
            }
        }
        response
    }
}

/// `value` as a header value: visible ASCII, spaces and tabs, not empty at
/// either end with whitespace (which HTTP would strip).
fn header_value(value: &str) -> Option<HeaderValue> {
    let allowed = value
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic());
    let trimmed = value.trim_matches([' ', '\t']).len() == value.len();
    if !allowed || !trimmed {
        return None;
    }
    HeaderValue::from_str(value).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_are_visible_ascii() {
        assert!(header_value("\"abc\", W/\"x\"").is_some());
        assert!(header_value("").is_some());
        for bad in ["a\r\nSet-Cookie: x", "caf\u{e9}", "a\0", " lead", "trail\t"] {
            assert!(header_value(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn a_bad_value_is_a_graph_500_naming_the_header() {
        let r = ReplyParts::empty(StatusCode::ACCEPTED)
            .header("Location", "https://x/\nInjected: 1".to_owned())
            .into_response("driveItem: copy");
        assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(r.headers().get("injected").is_none());
        let r = ReplyParts::empty(StatusCode::ACCEPTED)
            .header("Location", "https://x/monitor/1".to_owned())
            .optional_header("Retry-After", None)
            .into_response("driveItem: copy");
        assert_eq!(r.status(), StatusCode::ACCEPTED);
        assert_eq!(r.headers()["location"], "https://x/monitor/1");
        assert!(r.headers().get("retry-after").is_none());
    }
}
