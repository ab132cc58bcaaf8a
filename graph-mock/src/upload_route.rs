//! The upload sessions' pre-authenticated URLs,
//! `/attachmentSessions/{id}?authtoken=...`: `PUT` a range
//! (`Content-Range: bytes {start}-{end}/{total}`, under 4 MiB, in order),
//! `GET` where the session stands, `DELETE` to cancel. No bearer token: the
//! URL's secret is the authorization, as Outlook's is.
//!
//! Served next to the Graph API by the mock's `GraphServer`
//! (`with_extra_routes`), so its connection limits apply.

use std::sync::Arc;

use graph_runtime::http::header::{CONTENT_LENGTH, CONTENT_RANGE, LOCATION};
use graph_runtime::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use graph_runtime::server::GraphError;
use graph_runtime::server::axum::Router;
use graph_runtime::server::axum::body::Body;
use graph_runtime::server::axum::extract::{Path, State};
use graph_runtime::server::axum::response::{IntoResponse, Response};
use graph_runtime::server::axum::routing::put;
use percent_encoding::percent_decode_str;

use crate::store::MailStore;
use crate::store::attachments::{ContentRange, MAX_RANGE, UploadError, Uploaded};

/// The path of an upload session's URL, below the server's base URL.
pub(crate) fn session_path(id: &str, token: &str) -> String {
    format!("/attachmentSessions/{id}?authtoken={token}")
}

/// The routes, over `store`'s sessions.
pub(crate) fn routes(store: Arc<MailStore>) -> Router {
    Router::new()
        .route(
            "/attachmentSessions/{session_id}",
            put(put_range).get(state).delete(cancel),
        )
        .with_state(store)
}

/// The `authtoken` of the URL's query.
fn token(uri: &Uri) -> String {
    uri.query()
        .unwrap_or("")
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "authtoken")
        .map(|(_, value)| percent_decode_str(value).decode_utf8_lossy().into_owned())
        .unwrap_or_default()
}

async fn put_range(
    State(store): State<Arc<MailStore>>,
    Path(session_id): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Some(range) = headers
        .get(CONTENT_RANGE)
        .and_then(|v| v.to_str().ok())
        .and_then(ContentRange::parse)
    else {
        return GraphError::bad_request(
            "Content-Range must be `bytes {start}-{end}/{total}`, with start <= end < total.",
        )
        .into_response();
    };
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if range.len() > MAX_RANGE || declared.is_some_and(|n| n > MAX_RANGE) {
        return failure(UploadError::TooLarge);
    }
    // A body cut off (a dropped request) is an error here, and nothing of it is kept.
    let bytes = match graph_runtime::server::axum::body::to_bytes(body, MAX_RANGE as usize).await {
        Ok(bytes) => bytes,
        Err(_) => {
            return GraphError::bad_request("The range's bytes could not be read in full.")
                .into_response();
        }
    };
    match store.upload_range(&session_id, &token(&uri), range, &bytes) {
        Ok(Uploaded::Next { next, expiration }) => session_json(next, &expiration),
        Ok(Uploaded::Attached { location }) => {
            let mut response = StatusCode::CREATED.into_response();
            if let Ok(location) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(LOCATION, location);
            }
            response
        }
        Err(e) => failure(e),
    }
}

async fn state(
    State(store): State<Arc<MailStore>>,
    Path(session_id): Path<String>,
    uri: Uri,
) -> Response {
    match store.upload_state(&session_id, &token(&uri)) {
        Ok((next, expiration)) => session_json(next, &expiration),
        Err(e) => failure(e),
    }
}

async fn cancel(
    State(store): State<Arc<MailStore>>,
    Path(session_id): Path<String>,
    uri: Uri,
) -> Response {
    match store.cancel_upload(&session_id, &token(&uri)) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => failure(e),
    }
}

/// 200 and the session: where the next range starts, as Outlook writes it
/// (one value, `"{start}"`).
fn session_json(next: u64, expiration: &str) -> Response {
    let body = serde_json::json!({
        "expirationDateTime": expiration,
        "nextExpectedRanges": [next.to_string()],
    });
    (
        StatusCode::OK,
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// The error Outlook gives for what went wrong, in Graph's error shape.
fn failure(e: UploadError) -> Response {
    let error = match e {
        UploadError::NoSession => GraphError::item_not_found(
            "The upload session was not found: it expired, was cancelled or finished.",
        ),
        UploadError::BadRange(reason) => {
            GraphError::new(StatusCode::BAD_REQUEST, "ErrorInvalidRequest", reason)
        }
        UploadError::OutOfOrder { expected } => GraphError::new(
            StatusCode::RANGE_NOT_SATISFIABLE,
            "ErrorInvalidRange",
            format!(
                "The range must start at the next expected byte, {expected}: upload the file's bytes in order, once."
            ),
        ),
        UploadError::TooLarge => GraphError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "ErrorRequestEntityTooLarge",
            format!("A range may carry at most {MAX_RANGE} bytes."),
        ),
    };
    error.into_response()
}
