//! Bodies of bytes on the server: a request's bytes handed to the handler
//! as a stream bounded by the body limit, a handler's [`Content`] answered
//! with its media type, and a [`Redirect`] to the content elsewhere.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, HttpBody};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_core::Stream;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;

use super::GraphError;
use super::body::{self, DRAIN_LIMIT};
use crate::{Content, ContentError, Endpoint};

/// A request body the server can hand a handler: a generated JSON body
/// (every `DeserializeOwned` type), or [`Content`] for a body of bytes.
pub trait FromRequestBody: Sized + Send + 'static {
    /// Reads the body of a request to endpoint `E`; generated code never calls this.
    #[doc(hidden)]
    fn __read<E: Endpoint<RequestBody = Self>>(
        headers: &HeaderMap,
        body: Body,
        limit: usize,
    ) -> impl Future<Output = Result<Self, GraphError>> + Send;

    /// The body of a request to an endpoint that takes none.
    #[doc(hidden)]
    fn __absent<E: Endpoint<RequestBody = Self>>() -> Result<Self, GraphError>;
}

impl<T: DeserializeOwned + Send + 'static> FromRequestBody for T {
    fn __read<E: Endpoint<RequestBody = Self>>(
        headers: &HeaderMap,
        body: Body,
        limit: usize,
    ) -> impl Future<Output = Result<Self, GraphError>> + Send {
        body::request_body::<E>(headers, body, limit)
    }

    fn __absent<E: Endpoint<RequestBody = Self>>() -> Result<Self, GraphError> {
        body::no_body::<E>()
    }
}

impl FromRequestBody for Content {
    /// The request's bytes: of the media type the spec declares (415
    /// otherwise), not declared longer than `limit` (413), and streamed to
    /// the handler, failing with [`ContentError::TooLarge`] once more than
    /// `limit` bytes arrive (a `GraphError` 413 through `?`).
    fn __read<E: Endpoint<RequestBody = Self>>(
        headers: &HeaderMap,
        body: Body,
        limit: usize,
    ) -> impl Future<Output = Result<Self, GraphError>> + Send {
        let declared = E::REQUEST_CONTENT_TYPE.unwrap_or("*/*");
        let content_type = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let length = body::declared_length(headers);
        async move {
            let content_type = match content_type {
                Some(t) if crate::media_type_matches(declared, &t) => t,
                _ => {
                    return Err(GraphError::unsupported_media_type(format!(
                        "The request body must be content of type `{declared}`: send it as its `Content-Type`."
                    )));
                }
            };
            if let Some(n) = length.filter(|n| *n > limit as u64) {
                if n <= limit.saturating_add(DRAIN_LIMIT) as u64 {
                    body::drain(body, DRAIN_LIMIT).await;
                }
                return Err(GraphError::payload_too_large(limit));
            }
            let chunks = Limited {
                body,
                limit,
                seen: 0,
                done: false,
            };
            Ok(Content::from_chunks(content_type, length, Box::pin(chunks)))
        }
    }

    fn __absent<E: Endpoint<RequestBody = Self>>() -> Result<Self, GraphError> {
        Err(GraphError::internal(format!(
            "`{}` takes content, yet has no request body",
            E::NAME
        )))
    }
}

/// A request body's data frames, ended with an error once more than `limit`
/// bytes arrived.
struct Limited {
    body: Body,
    limit: usize,
    seen: usize,
    done: bool,
}

impl Stream for Limited {
    type Item = Result<Bytes, ContentError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if this.done {
                return Poll::Ready(None);
            }
            let frame = std::task::ready!(Pin::new(&mut this.body).poll_frame(cx));
            let chunk = match frame {
                None => {
                    this.done = true;
                    return Poll::Ready(None);
                }
                Some(Err(e)) => {
                    this.done = true;
                    let error = if super::limits::is_body_timeout(&e) {
                        ContentError::TimedOut
                    } else {
                        ContentError::Read(e.to_string())
                    };
                    return Poll::Ready(Some(Err(error)));
                }
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(data) => data,
                    // Trailers carry no content.
                    Err(_) => continue,
                },
            };
            this.seen = this.seen.saturating_add(chunk.len());
            if this.seen > this.limit {
                this.done = true;
                return Poll::Ready(Some(Err(ContentError::TooLarge {
                    limit: this.limit as u64,
                })));
            }
            return Poll::Ready(Some(Ok(chunk)));
        }
    }
}

impl From<ContentError> for GraphError {
    /// 413 for content over the limit, 408 when it stalled, 400 otherwise.
    fn from(e: ContentError) -> Self {
        match e {
            ContentError::TooLarge { limit } => {
                GraphError::payload_too_large(usize::try_from(limit).unwrap_or(usize::MAX))
            }
            ContentError::TimedOut => GraphError::request_timeout(),
            other => GraphError::bad_request(other.to_string()),
        }
    }
}

/// The success response of endpoint `E` whose body is bytes: its documented
/// status with the content's media type (which must be one the spec
/// declares: 500 otherwise) and length when known, streamed.
pub(crate) fn answer_content<E: Endpoint>(content: Content) -> Response {
    let declared = E::RESPONSE_CONTENT_TYPE.unwrap_or("*/*");
    let media = HeaderValue::from_str(content.content_type()).ok();
    let Some(media) = media.filter(|_| crate::media_type_matches(declared, content.content_type()))
    else {
        return GraphError::internal(format!(
            "The handler of `{}` answered content that is not of the documented type `{declared}`.",
            E::NAME
        ))
        .into_response();
    };
    let length = content.length();
    let mut response =
        (E::SUCCESS_STATUS, Body::from_stream(content.into_stream())).into_response();
    response.headers_mut().insert(CONTENT_TYPE, media);
    if let Some(length) = length {
        response
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(length));
    }
    response
}

/// A `302 Found` to where the content is, e.g. a pre-authenticated download
/// URL: what the handler of an endpoint whose spec says `status = 302`
/// returns. The client follows it, without its bearer token when the URL is
/// on another host.
///
/// The URL comes from the handler (its configuration, or
/// [`RouteInfo::link`](super::RouteInfo::link) for this server), never from
/// the request's `Host`.
#[derive(Clone, PartialEq, Eq)]
pub struct Redirect {
    location: String,
}

impl std::fmt::Debug for Redirect {
    /// The URL without its query: a pre-authenticated URL's query is its key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.location.split(['?', '#']).next().unwrap_or("");
        write!(f, "Redirect({path}?..)")
    }
}

impl Redirect {
    /// A redirect to `url`, an absolute `http://` or `https://` URL.
    ///
    /// # Errors
    ///
    /// 500 when `url` is not absolute or not a valid header value: a bug of
    /// the server, named without the URL (which may carry a secret).
    pub fn to(url: impl Into<String>) -> Result<Self, GraphError> {
        let location: String = url.into();
        let absolute = ["http://", "https://"].iter().any(|scheme| {
            location
                .get(..scheme.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
                && location.len() > scheme.len()
        });
        if !absolute || HeaderValue::from_str(&location).is_err() || location.contains(' ') {
            return Err(GraphError::internal(
                "The content's location is not an absolute http(s) URL.",
            ));
        }
        Ok(Redirect { location })
    }

    /// Where it points.
    pub fn location(&self) -> &str {
        &self.location
    }

    /// The response: 302, `Location`, no body.
    pub(crate) fn into_response(self) -> Response {
        let mut response = StatusCode::FOUND.into_response();
        if let Ok(location) = HeaderValue::from_str(&self.location) {
            response.headers_mut().insert(LOCATION, location);
        }
        response
    }
}
