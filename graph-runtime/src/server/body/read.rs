//! JSON request and response bodies: media type, size limit, decoding, the
//! endpoint's body rules, and serializing the success response.

use std::pin::Pin;

use axum::body::{Body, HttpBody};
use http::HeaderMap;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use serde::de::DeserializeOwned;

use crate::Endpoint;
use crate::server::body::{graph_rules, json_parse};
use crate::server::error::GraphError;
use crate::server::limits::is_body_timeout;

/// The default request body limit: 4 MiB, Graph's limit for a JSON request.
pub const DEFAULT_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// Whether `headers` declare a JSON body (`application/json`, any parameters).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// How much of an oversized body is read and discarded before the 413 is
/// sent: a client still writing its body would otherwise see a broken pipe
/// instead of the error. Larger bodies are cut off.
pub(crate) const DRAIN_LIMIT: usize = 16 * 1024 * 1024;

/// Reads the whole body, failing with 413 once it grows past `limit` bytes.
async fn read_limited(mut body: Body, limit: usize) -> Result<Vec<u8>, GraphError> {
    let mut out = Vec::new();
    loop {
        let frame = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        match frame {
            None => return Ok(out),
            Some(Err(e)) if is_body_timeout(&e) => {
                return Err(GraphError::request_timeout());
            }
            Some(Err(e)) => {
                return Err(GraphError::bad_request(format!(
                    "The request body could not be read: {e}"
                )));
            }
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    if out.len().saturating_add(data.len()) > limit {
                        drain(body, DRAIN_LIMIT).await;
                        return Err(GraphError::payload_too_large(limit));
                    }
                    out.extend_from_slice(&data);
                }
            }
        }
    }
}

/// Reads and discards up to `cap` more bytes of `body`.
pub(crate) async fn drain(mut body: Body, cap: usize) {
    let mut seen = 0usize;
    while seen <= cap {
        match std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
            Some(Ok(frame)) => {
                seen = seen.saturating_add(frame.data_ref().map_or(0, |d| d.len()));
            }
            None | Some(Err(_)) => return,
        }
    }
}

/// 415 for a body that is not declared as JSON.
fn not_json() -> GraphError {
    GraphError::unsupported_media_type(
        "The request body must be JSON: send `Content-Type: application/json`.",
    )
}

/// The bytes of a JSON body: declared as JSON (415) and at most `limit`
/// bytes (413), for a request read as JSON without a typed body (a batch).
pub(crate) async fn read_json_bytes(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Vec<u8>, GraphError> {
    if !is_json(headers) {
        return Err(not_json());
    }
    if let Some(n) = declared_length(headers).filter(|n| *n > limit as u64) {
        if n <= (limit.saturating_add(DRAIN_LIMIT)) as u64 {
            drain(body, DRAIN_LIMIT).await;
        }
        return Err(GraphError::payload_too_large(limit));
    }
    read_limited(body, limit).await
}

/// The typed request body of endpoint `E`.
///
/// For endpoints with a body (bodiless ones take [`no_body`] without
/// reading anything; their framing was checked before authentication). The
/// body must be `application/json` (415), at most `limit` bytes (413), valid
/// JSON of the endpoint's body type read as Graph reads it (400
/// `RequestBodyRead` naming the problem, e.g. an unknown property or a
/// missing parameter; see [`graph_rules`]), and obey the endpoint's body rules
/// ([`Endpoint::validate_body`], 400 `ErrorInvalidRequest`). A body the spec
/// lets be left out (`RequestBody` is an `Option`) reads as `None` when the
/// request has none, with or without a `Content-Type`.
pub(crate) async fn request_body<E>(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<E::RequestBody, GraphError>
where
    E: Endpoint,
    E::RequestBody: DeserializeOwned,
{
    let json = is_json(headers);
    if !json && headers.contains_key(CONTENT_TYPE) {
        return Err(not_json());
    }
    if let Some(n) = declared_length(headers).filter(|n| *n > limit as u64) {
        if n <= (limit.saturating_add(DRAIN_LIMIT)) as u64 {
            drain(body, DRAIN_LIMIT).await;
        }
        return Err(GraphError::payload_too_large(limit));
    }
    let bytes = read_limited(body, limit).await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        // A body the spec lets be left out (`Option<_>`) reads as absent.
        if let Ok(absent) = crate::payload::absent_body::<E::RequestBody>() {
            return Ok(absent);
        }
        if !json {
            return Err(not_json());
        }
        return Err(GraphError::invalid_request(format!(
            "The request body is empty; `{}` requires a JSON body.",
            E::NAME
        )));
    }
    if !json {
        return Err(not_json());
    }
    let json = json_parse::parse(&bytes).map_err(|e| match e {
        json_parse::ParseError::Syntax(e) => GraphError::new(
            http::StatusCode::BAD_REQUEST,
            "RequestBodyRead",
            format!("Invalid JSON in the request body: {e}."),
        ),
        json_parse::ParseError::Repeated(e) => e.into_graph_error(),
    })?;
    let value: E::RequestBody = graph_rules::from_value(json, graph_rules::operation_name(E::NAME))
        .map_err(graph_rules::BodyReadError::into_graph_error)?;
    E::validate_body(&value).map_err(|e| GraphError::invalid_request(e.message))?;
    Ok(value)
}

/// The request body of an endpoint that has none (`()`), read without
/// touching the request: its framing was checked before authentication.
pub(crate) fn no_body<E>() -> Result<E::RequestBody, GraphError>
where
    E: Endpoint,
    E::RequestBody: DeserializeOwned,
{
    crate::payload::absent_body().map_err(|e| {
        GraphError::internal(format!(
            "`{}` has no request body, yet its body type is not `()`: {e}",
            E::NAME
        ))
    })
}

/// The `Content-Length` a request declares, if it is a number.
pub(crate) fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_media_type_allows_parameters_and_case() {
        let mut h = HeaderMap::new();
        assert!(!is_json(&h));
        for (value, ok) in [
            ("application/json", true),
            ("Application/JSON; charset=utf-8", true),
            ("text/plain", false),
            ("application/jsonx", false),
        ] {
            h.insert(CONTENT_TYPE, http::HeaderValue::from_static(value));
            assert_eq!(is_json(&h), ok, "{value}");
        }
    }
}
