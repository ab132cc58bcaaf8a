//! What every request goes through around its handler: its span, and what
//! every response gets on its way out (errors rendered with the request's
//! context, the id headers, framing, the log event).

use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::response::Response;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderValue, StatusCode};

use crate::server::auth::caller::Caller;
use crate::server::context::{CLIENT_REQUEST_ID, REQUEST_ID, RequestContext};
use crate::server::error::GraphError;

/// 204 No Content and 304 Not Modified carry no content (RFC 9110 §15.3.5,
/// §15.4.5), whichever handler or error produced them: no body, and no
/// `Content-Type` or `Content-Length` describing one.
fn without_content(response: &mut Response) {
    if matches!(
        response.status(),
        StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED
    ) {
        *response.body_mut() = Body::empty();
        let headers = response.headers_mut();
        headers.remove(CONTENT_TYPE);
        headers.remove(CONTENT_LENGTH);
    }
}

/// What axum does for a router's own routes and not for a fallback service:
/// `Content-Length` from a body of known size, and HEAD answered like GET
/// without the body. Done here so that the router behaves the same in
/// process (`oneshot`, other servers) as behind hyper, which would do both.
fn framed(response: &mut Response, method: &http::Method) {
    use axum::body::HttpBody;
    if !response.headers().contains_key(CONTENT_LENGTH)
        && let Some(n) = response.body().size_hint().exact()
    {
        // Most bodiless answers (202, 201 without content) are `0`: a
        // static value, where a number is formatted into a fresh buffer.
        let length = if n == 0 {
            HeaderValue::from_static("0")
        } else {
            HeaderValue::from(n)
        };
        response.headers_mut().insert(CONTENT_LENGTH, length);
    }
    if *method == http::Method::HEAD {
        *response.body_mut() = Body::empty();
    }
}

/// The `graph_request` span of one request. The route's template and the
/// caller's kind are recorded once known (`record_route`, `record_caller`);
/// the path itself never is: its values are user ids and principal names.
/// Neither are headers (the token) or bodies.
pub(crate) fn request_span(method: &http::Method, ctx: &RequestContext) -> tracing::Span {
    tracing::info_span!(
        target: "graph_runtime::server",
        "graph_request",
        method = %method,
        request_id = %ctx.request_id,
        client_request_id = %ctx.client_request_id,
        path_template = tracing::field::Empty,
        caller = tracing::field::Empty,
        status = tracing::field::Empty,
    )
}

/// What every response of a [`GraphServer`](crate::server::GraphServer) gets on
/// its way out: [`GraphError`]s rendered with the request's context, 204
/// and 304 left without content, the id headers set, and the request
/// logged (never its headers, so never its token).
pub(crate) fn finish(
    response: &mut Response,
    ctx: Arc<RequestContext>,
    span: &tracing::Span,
    method: &http::Method,
    started: Option<Instant>,
) {
    span.record("status", response.status().as_u16());
    if let Some(error) = response.extensions_mut().remove::<GraphError>() {
        let status = response.status();
        response.headers_mut().remove(CONTENT_LENGTH);
        *response.body_mut() = error.body(&ctx).into();
        debug_assert_eq!(status, response.status());
    }
    framed(response, method);
    without_content(response);
    tracing::info!(
        target: "graph_runtime::server",
        parent: span,
        method = %method,
        status = response.status().as_u16(),
        duration_ms = started.map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0),
        request_id = %ctx.request_id,
        "request"
    );
    // The ids move into the headers: both are visible ASCII (a UUID, and a
    // client id checked in `from_headers`), so nothing is dropped. They are
    // copied only when the handler still holds the context.
    let RequestContext {
        request_id,
        client_request_id,
        ..
    } = Arc::try_unwrap(ctx).unwrap_or_else(|shared| (*shared).clone());
    let headers = response.headers_mut();
    for (name, value) in [
        (REQUEST_ID, request_id),
        (CLIENT_REQUEST_ID, client_request_id),
    ] {
        if let Ok(value) = HeaderValue::try_from(value) {
            headers.insert(name, value);
        }
    }
}

/// What a step of a batch gets: its [`GraphError`] rendered with the step's
/// context and the step's ids (the batch's own response gets the rest).
pub(crate) fn finish_step(response: &mut Response, ctx: &RequestContext) {
    if let Some(error) = response.extensions_mut().remove::<GraphError>() {
        response.headers_mut().remove(CONTENT_LENGTH);
        *response.body_mut() = error.body(ctx).into();
    }
    let headers = response.headers_mut();
    for (name, value) in [
        (REQUEST_ID, &ctx.request_id),
        (CLIENT_REQUEST_ID, &ctx.client_request_id),
    ] {
        if let Ok(value) = HeaderValue::try_from(value.as_str()) {
            headers.insert(name, value);
        }
    }
}

/// Records the matched route's template on the request's span (looked up
/// only when a subscriber takes INFO: this runs on every request).
pub(crate) fn record_route(template: &'static str) {
    if tracing::level_enabled!(tracing::Level::INFO) {
        tracing::Span::current().record("path_template", template);
    }
}

/// Records the authenticated caller's kind (`delegated-work`,
/// `delegated-personal`, `application`) on the request's span.
pub(crate) fn record_caller(caller: &Caller) {
    if tracing::level_enabled!(tracing::Level::INFO) {
        tracing::Span::current().record("caller", caller.permission_type().key());
    }
}
