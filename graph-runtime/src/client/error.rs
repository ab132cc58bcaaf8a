//! What can go wrong when sending a request.

use std::fmt;
use std::time::{Duration, SystemTime};

use http::{HeaderMap, StatusCode};
use serde::Deserialize;

use crate::PathParamError;
use crate::client::retry::{is_retryable_status, retry_after};
use crate::client::token::TokenError;

/// Why a request failed.
///
/// None of the variants carries the access token, so `Debug` and `Display`
/// are safe to log.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Graph answered with a status outside 2xx (after any retries).
    Graph(Box<ErrorResponse>),
    /// The request could not be sent or the response not read.
    Transport(reqwest::Error),
    /// No complete response within the client's per-request timeout.
    Timeout {
        /// The timeout that expired.
        after: Duration,
    },
    /// The token provider could not supply a token.
    Token(TokenError),
    /// A path parameter would change which resource the request addresses.
    InvalidPathParam(PathParamError),
    /// The client configuration is unusable (e.g. a base URL that is not
    /// an absolute `https` URL).
    InvalidConfig {
        /// What is wrong.
        reason: String,
    },
    /// The request body breaks a documented rule of the endpoint (checked
    /// before sending, e.g. `comment` together with `message.body`).
    InvalidBody(crate::BodyError),
    /// An `@odata.nextLink` outside this client's base URLs: following it
    /// would send the token to another host or path, so nothing was sent.
    UntrustedLink {
        /// The link as received.
        link: String,
    },
    /// A success response that is not as documented: its body is not the
    /// documented JSON, its status or a required header is not the declared one.
    InvalidResponse {
        /// The success status received.
        status: StatusCode,
        /// Why the body did not decode.
        reason: String,
        /// The body as received.
        body: String,
    },
}

impl Error {
    /// Whether sending the same request again later may succeed: Graph said
    /// 429, 503 or 504, or the connection could not be established (so the
    /// request was never sent). The client retries exactly these.
    ///
    /// Timeouts are not retryable: the request may have been processed, and
    /// sending a message twice is worse than reporting the timeout.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Graph(e) => is_retryable_status(e.status),
            Error::Transport(e) => e.is_connect(),
            _ => false,
        }
    }

    /// The HTTP status, if Graph answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Graph(e) => Some(e.status),
            _ => None,
        }
    }

    /// The Graph error details, if Graph answered.
    pub fn graph(&self) -> Option<&ErrorResponse> {
        match self {
            Error::Graph(e) => Some(e),
            _ => None,
        }
    }

    /// How long Graph asked to wait before retrying, if it did.
    pub(crate) fn retry_after(&self) -> Option<Duration> {
        self.graph().and_then(|e| e.retry_after)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Graph(e) => e.fmt(f),
            Error::Transport(e) => write!(f, "could not complete the request: {e}"),
            Error::Timeout { after } => write!(f, "no response within {after:?}"),
            Error::Token(e) => write!(f, "could not get an access token: {e}"),
            Error::InvalidPathParam(e) => e.fmt(f),
            Error::InvalidConfig { reason } => write!(f, "invalid client configuration: {reason}"),
            Error::InvalidBody(e) => write!(f, "invalid request body: {e}"),
            Error::UntrustedLink { link } => {
                write!(
                    f,
                    "refusing to follow `{link}`: it is not under this client's base URL"
                )
            }
            Error::InvalidResponse { status, reason, .. } => {
                write!(f, "the {status} response is not as documented: {reason}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Token(e) => Some(e),
            Error::InvalidPathParam(e) => Some(e),
            Error::InvalidBody(e) => Some(e),
            _ => None,
        }
    }
}

impl From<PathParamError> for Error {
    fn from(e: PathParamError) -> Self {
        Error::InvalidPathParam(e)
    }
}

impl From<TokenError> for Error {
    fn from(e: TokenError) -> Self {
        Error::Token(e)
    }
}

/// A non-2xx response, decoded from Graph's error JSON when it is one:
///
/// ```json
/// {"error": {"code": "ErrorItemNotFound", "message": "...",
///            "innerError": {"request-id": "...", "date": "...", "client-request-id": "..."}}}
/// ```
///
/// Other bodies (the front end's plain-text `411 Length Required`, proxies'
/// HTML pages) leave `code` and `message` empty; [`body`](Self::body) always
/// holds the raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// The response status.
    pub status: StatusCode,
    /// `error.code`, e.g. `ErrorItemNotFound`.
    pub code: Option<String>,
    /// `error.message`.
    pub message: Option<String>,
    /// `error.innerError`, completed from the `request-id`,
    /// `client-request-id` and `Date` response headers.
    pub inner: InnerError,
    /// The `Retry-After` header as a duration, if present and valid.
    pub retry_after: Option<Duration>,
    /// The response body as text (invalid UTF-8 replaced).
    pub body: String,
}

/// `error.innerError` of a Graph error: what support needs to find the request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct InnerError {
    /// `request-id`: Graph's id of the request.
    pub request_id: Option<String>,
    /// `client-request-id`: the id the client sent.
    pub client_request_id: Option<String>,
    /// `date`: when Graph handled the request.
    pub date: Option<String>,
}

#[derive(Deserialize)]
struct Envelope {
    error: ErrorJson,
}

#[derive(Deserialize)]
struct ErrorJson {
    code: Option<String>,
    message: Option<String>,
    #[serde(rename = "innerError", alias = "innererror")]
    inner: Option<InnerErrorJson>,
}

#[derive(Deserialize)]
struct InnerErrorJson {
    #[serde(rename = "request-id")]
    request_id: Option<String>,
    #[serde(rename = "client-request-id")]
    client_request_id: Option<String>,
    date: Option<String>,
}

impl ErrorResponse {
    /// Decodes a non-2xx response.
    pub fn from_response(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(body).into_owned();
        let decoded = serde_json::from_slice::<Envelope>(body)
            .ok()
            .map(|e| e.error);
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (code, message, inner) = match decoded {
            Some(b) => (b.code, b.message, b.inner),
            None => (None, None, None),
        };
        let inner = inner.unwrap_or(InnerErrorJson {
            request_id: None,
            client_request_id: None,
            date: None,
        });
        ErrorResponse {
            status,
            code,
            message,
            inner: InnerError {
                request_id: inner.request_id.or_else(|| header("request-id")),
                client_request_id: inner
                    .client_request_id
                    .or_else(|| header("client-request-id")),
                date: inner.date.or_else(|| header("date")),
            },
            retry_after: retry_after(headers, SystemTime::now()),
            body: text,
        }
    }
}

impl fmt::Display for ErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Graph returned {}", self.status)?;
        match (&self.code, &self.message) {
            (Some(code), Some(message)) => write!(f, ": {code}: {message}")?,
            (Some(text), None) | (None, Some(text)) => write!(f, ": {text}")?,
            (None, None) => {
                let body = self.body.trim();
                if !body.is_empty() {
                    let short: String = body.chars().take(200).collect();
                    let more = if short.len() < body.len() { "..." } else { "" };
                    write!(f, ": {short}{more}")?;
                }
            }
        }
        if let Some(id) = &self.inner.request_id {
            write!(f, " (request-id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ErrorResponse {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_graph_json_and_keeps_other_bodies() {
        let json = br#"{"error":{"code":"ErrorItemNotFound","message":"Not found.","innerError":{"date":"2024-01-01T00:00:00","request-id":"r-1","client-request-id":"c-1","extra":1}}}"#;
        let e = ErrorResponse::from_response(StatusCode::NOT_FOUND, &HeaderMap::new(), json);
        assert_eq!(e.code.as_deref(), Some("ErrorItemNotFound"));
        assert_eq!(e.message.as_deref(), Some("Not found."));
        assert_eq!(e.inner.request_id.as_deref(), Some("r-1"));
        assert_eq!(e.inner.client_request_id.as_deref(), Some("c-1"));
        assert_eq!(e.inner.date.as_deref(), Some("2024-01-01T00:00:00"));
        assert_eq!(
            e.to_string(),
            "Graph returned 404 Not Found: ErrorItemNotFound: Not found. (request-id r-1)"
        );

        let mut headers = HeaderMap::new();
        headers.insert("request-id", "hdr".parse().unwrap());
        let e =
            ErrorResponse::from_response(StatusCode::LENGTH_REQUIRED, &headers, b"Length Required");
        assert_eq!((e.code, e.message), (None, None));
        assert_eq!(e.body, "Length Required");
        assert_eq!(e.inner.request_id.as_deref(), Some("hdr"));
    }
}
