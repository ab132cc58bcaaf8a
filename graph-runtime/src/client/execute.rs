//! Sending a request: headers, retries, status and error decoding.

use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use tracing::Instrument;

use crate::client::error::{Error, ErrorResponse};
use crate::client::from_response::{FromResponse, Received};
use crate::client::handle::Client;
use crate::client::payload::{Outgoing, RequestPayload, streamed};
use crate::client::response::Response;
use crate::client::token::TokenError;
use crate::{Content, Endpoint, Request};

impl Client {
    /// The URL `request` goes to: the version's base URL plus the encoded path.
    pub fn url_for<E: Endpoint>(&self, request: &Request<E>) -> String {
        let base = self.base(request.version());
        let mut url = String::with_capacity(base.len() + 128);
        url.push_str(base);
        request.push_path_and_query(&mut url);
        url
    }

    /// Sends a request a generated builder produced, or reports why it could
    /// not be built ([`Error::InvalidPathParam`]). Generated `send` methods
    /// call this; otherwise as [`execute`](Self::execute).
    pub fn execute_built<E>(
        &self,
        built: Result<Request<E>, crate::PathParamError>,
    ) -> impl Future<Output = Result<Response<E::ResponseBody>, Error>>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
        E::ResponseBody: FromResponse,
    {
        let decode = match <E::ResponseBody as FromResponse>::__STREAMED {
            Some(hand_over) => Decode::Stream(hand_over),
            None => Decode::Whole(E::ResponseBody::from_response),
        };
        self.execute_with(built, decode, <E::ResponseBody as FromResponse>::STATUSES)
    }

    /// Sends `request`, retrying per the client's [`RetryPolicy`](super::RetryPolicy).
    ///
    /// Generated `send` methods call this; call it directly to send a
    /// request you built (e.g. after [`Request::with_version`]).
    ///
    /// Any 2xx status is a success; [`Response::status`] tells which one.
    /// A request body is checked against the endpoint's documented rules
    /// ([`Endpoint::validate_body`]) and sent as JSON. The response becomes
    /// the endpoint's response type as [`FromResponse`] says: JSON decoded;
    /// for an endpoint whose spec declares several statuses or response
    /// headers, the variant of its generated `Reply` of the status that came
    /// back (a declared 304 included), with its body and headers; for a
    /// response of bytes ([`Content`]: `$value`, a photo, a file's
    /// `/content`), the body as it arrives (read it with
    /// [`Content::into_stream`] or [`Content::into_bytes`]), with the media
    /// type the server gave. A `302 Found` to content (a pre-authenticated
    /// download URL) is followed, and the bearer token is not sent to another
    /// host (scheme, host or port): reqwest drops `Authorization` when a
    /// redirect leaves the request's origin. The client's timeout covers the
    /// whole transfer, the content's chunks included.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidBody`] before anything is sent; [`Error::Graph`] for
    /// any other status (after retries), [`Error::InvalidResponse`],
    /// [`Error::Timeout`], [`Error::Transport`] or [`Error::Token`]; errors
    /// reading streamed content come from its stream.
    pub fn execute<E>(
        &self,
        request: Request<E>,
    ) -> impl Future<Output = Result<Response<E::ResponseBody>, Error>>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
        E::ResponseBody: FromResponse,
    {
        self.execute_built(Ok(request))
    }

    /// Sends `request` and returns the success response's body as bytes,
    /// whatever its content type: for content (`$value`, `/content`) rather
    /// than JSON. A `302` to a download URL is followed; the token is not
    /// sent to another host (reqwest drops `Authorization` when a redirect
    /// leaves the request's origin).
    ///
    /// # Errors
    ///
    /// As [`execute`](Self::execute), but no body is decoded.
    pub async fn download<E>(&self, request: Request<E>) -> Result<Response<Vec<u8>>, Error>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
    {
        let decode = Decode::Whole(|r: &Received<'_>| Ok(r.bytes().to_vec()));
        self.execute_with(Ok(request), decode, &[]).await
    }

    /// Sends `built`; `decode` turns what came back into `T`, and
    /// `statuses` are the statuses besides 2xx it takes as an answer.
    ///
    /// Only preparing and decoding depend on the endpoint: the exchange
    /// (token, headers, retries, reading the answer) is one function for
    /// every endpoint, which keeps both the generated code and the code a
    /// request runs through small.
    async fn execute_with<E, T>(
        &self,
        built: Result<Request<E>, crate::PathParamError>,
        decode: Decode<T>,
        statuses: &'static [u16],
    ) -> Result<Response<T>, Error>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
    {
        let request = built?;
        E::validate_body(request.body()).map_err(Error::InvalidBody)?;
        let url = self.url_for(&request);
        let (accept, stream, statuses) = match decode {
            Decode::Whole(_) => (
                HeaderValue::from_static("application/json"),
                false,
                statuses,
            ),
            // Content is a success handed over as it arrives.
            Decode::Stream(_) => (stream_accept(E::RESPONSE_CONTENT_TYPE), true, &[][..]),
        };
        let outbound = Outbound {
            method: E::METHOD,
            url: &url,
            template: request.template().template,
            version: request.version().as_str(),
            client_request_id: client_request_id(),
            accept,
            payload: request.body().__payload::<E>()?,
            extra_headers: request.headers(),
            streamed: stream,
            statuses,
        };
        let span = outbound.span();
        let exchange = self.exchange(&outbound, &span);
        let (answer, attempts) = if span.is_disabled() {
            exchange.await?
        } else {
            exchange.instrument(span.clone()).await?
        };
        // `exchange` streams exactly when `decode` asks for it; the other
        // pairings are still answered sensibly (content read whole, or read
        // whole before decoding).
        let (status, headers, body) = match (answer, decode) {
            (Answer::Streamed(response), Decode::Stream(hand_over)) => {
                let status = response.status();
                let headers = response.headers().clone();
                (status, headers, hand_over(streamed(response)))
            }
            (
                Answer::Whole {
                    status,
                    headers,
                    body,
                },
                decode,
            ) => {
                let received = Received::new(status, &headers, &body, E::HAS_RESPONSE_BODY);
                let decoded = match decode {
                    Decode::Whole(decode) => decode(&received)?,
                    Decode::Stream(hand_over) => hand_over(Content::from_response(&received)?),
                };
                (status, headers, decoded)
            }
            (Answer::Streamed(mut response), Decode::Whole(decode)) => {
                let status = response.status();
                let headers = std::mem::take(response.headers_mut());
                let body = response.bytes().await.map_err(|e| self.transport(e))?;
                let received = Received::new(status, &headers, &body, E::HAS_RESPONSE_BODY);
                let decoded = decode(&received)?;
                (status, headers, decoded)
            }
        };
        Ok(Response {
            status,
            headers,
            body,
            client_request_id: outbound.client_request_id,
            attempts,
        })
    }

    /// Sends `outbound`, retrying per the client's retry policy, until an
    /// answer (a status the endpoint takes) or an error that is not retried.
    /// Each attempt has a fresh token and the same client-request-id and
    /// body. Returns the answer and how many attempts it took.
    async fn exchange(
        &self,
        outbound: &Outbound<'_>,
        span: &tracing::Span,
    ) -> Result<(Answer, u32), Error> {
        let mut attempt = 1;
        loop {
            span.record("attempt", attempt);
            let err = 'attempt: {
                let token = match self.token.token().await {
                    Ok(token) => token,
                    Err(e) => break 'attempt Error::Token(e),
                };
                let request = match self.request(outbound, token.secret(), attempt) {
                    Ok(request) => request,
                    Err(e) => break 'attempt e,
                };
                drop(token);
                let mut response = match self.http.execute(request).await {
                    Ok(response) => response,
                    Err(e) => break 'attempt self.transport(e),
                };
                let status = response.status();
                if outbound.streamed && status.is_success() {
                    record_answer(span, status, response.headers());
                    return Ok((Answer::Streamed(response), attempt));
                }
                // Moved out, not copied: reading the body does not need them.
                let headers = std::mem::take(response.headers_mut());
                let body = match response.bytes().await {
                    Ok(body) => body,
                    Err(e) => break 'attempt self.transport(e),
                };
                if status.is_success() || outbound.statuses.contains(&status.as_u16()) {
                    record_answer(span, status, &headers);
                    let answer = Answer::Whole {
                        status,
                        headers,
                        body,
                    };
                    return Ok((answer, attempt));
                }
                graph_error(status, &headers, &body)
            };
            let Some(delay) = self.retry_delay(span, outbound, &err, attempt) else {
                return Err(err);
            };
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// How long to wait before trying again after `err`, if at all; logs the retry.
    #[cold]
    fn retry_delay(
        &self,
        span: &tracing::Span,
        outbound: &Outbound<'_>,
        err: &Error,
        attempt: u32,
    ) -> Option<Duration> {
        if let Some(graph) = err.graph() {
            span.record("status", graph.status.as_u16());
            if let Some(id) = &graph.inner.request_id {
                span.record("request_id", id.as_str());
            }
        }
        // Streamed content is gone once sent: the error is the answer.
        let resendable = match &outbound.payload {
            Outgoing::Content(content) => content.is_in_memory(),
            Outgoing::None | Outgoing::Json(_) => true,
        };
        if !(err.is_retryable() && resendable) {
            return None;
        }
        let delay = self.retry.delay(attempt, err.retry_after())?;
        tracing::info!(
            target: "graph_runtime::client",
            attempt,
            status = err.status().map(|s| s.as_u16()),
            retry_after_ms = err.retry_after().map(|d| d.as_millis() as u64),
            delay_ms = delay.as_millis() as u64,
            "retrying"
        );
        Some(delay)
    }

    /// A request with the endpoint's own headers, through reqwest's builder.
    fn built_request(&self, outbound: &Outbound<'_>) -> Result<reqwest::Request, Error> {
        let mut builder = self.http.request(outbound.method.clone(), outbound.url);
        for (name, value) in outbound.extra_headers {
            builder = builder.header(*name, value.as_str());
        }
        builder.build().map_err(|e| self.transport(e))
    }

    /// The request one attempt sends.
    fn request(
        &self,
        outbound: &Outbound<'_>,
        token: &str,
        attempt: u32,
    ) -> Result<reqwest::Request, Error> {
        let auth = bearer(token)?;
        // The URL is parsed here, once per attempt, as reqwest parses a
        // hand-written call's. Its base was checked when the client was built
        // and its path segments are percent-encoded, so it parses; the
        // endpoint's own headers, and a URL that did not parse after all, go
        // through reqwest's builder, whose error surfaces as
        // `Error::Transport`.
        let parsed = match outbound.extra_headers {
            [] => reqwest::Url::parse(outbound.url).ok(),
            _ => None,
        };
        let mut request = match parsed {
            Some(url) => reqwest::Request::new(outbound.method.clone(), url),
            None => self.built_request(outbound)?,
        };
        *request.timeout_mut() = Some(self.timeout);
        let headers = request.headers_mut();
        headers.append(AUTHORIZATION, auth);
        headers.append(ACCEPT, outbound.accept.clone());
        // Made per attempt rather than cloned: a clone shares its bytes
        // through a reference count that the connection's task, on another
        // thread, then writes.
        let id = HeaderValue::from_str(&outbound.client_request_id).map_err(|_| {
            Error::InvalidConfig {
                reason: "the client-request-id is not a header value".to_owned(),
            }
        })?;
        headers.append(CLIENT_REQUEST_ID, id);
        if attempt > 1 {
            headers.append(RETRY_ATTEMPT, HeaderValue::from(attempt - 1));
        }
        match &outbound.payload {
            Outgoing::Json(json) => {
                headers.append(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                *request.body_mut() = Some(json.clone().into());
            }
            Outgoing::Content(content) => content_body(&mut request, content)?,
            Outgoing::None if sends_length(&outbound.method) => {
                // Graph's front end answers 411 to a POST without Content-Length,
                // and hyper sends none for an empty body (checked on the wire by
                // the tests), so say it explicitly.
                headers.append(CONTENT_LENGTH, HeaderValue::from_static("0"));
            }
            Outgoing::None => {}
        }
        Ok(request)
    }

    /// A reqwest failure as the client's error: a timeout, or the transport's.
    pub(super) fn transport(&self, e: reqwest::Error) -> Error {
        if e.is_timeout() {
            Error::Timeout {
                after: self.timeout,
            }
        } else {
            Error::Transport(e)
        }
    }
}

/// Graph's correlation header, sent with every request.
const CLIENT_REQUEST_ID: HeaderName = HeaderName::from_static("client-request-id");

/// Which retry a request is, sent from the second attempt on.
const RETRY_ATTEMPT: HeaderName = HeaderName::from_static("retry-attempt");

/// How a response becomes `T`.
enum Decode<T> {
    /// Read whole, then decoded into `T`.
    Whole(fn(&Received<'_>) -> Result<T, Error>),
    /// A success handed over as it arrives, as [`Content`].
    Stream(fn(Content) -> T),
}

/// What every attempt of one request sends, and which answers it takes.
struct Outbound<'a> {
    method: Method,
    url: &'a str,
    /// The path template and version, for the request's span.
    template: &'static str,
    version: &'static str,
    /// A new UUID per request, the same for every attempt.
    client_request_id: String,
    accept: HeaderValue,
    payload: Outgoing<'a>,
    extra_headers: &'a [(&'static str, String)],
    /// Whether a success is handed over unread.
    streamed: bool,
    /// Statuses besides 2xx that are an answer rather than an error.
    statuses: &'static [u16],
}

impl Outbound<'_> {
    /// The request's span: the path template, never the path, whose values
    /// are user ids and UPNs.
    fn span(&self) -> tracing::Span {
        tracing::debug_span!(
            target: "graph_runtime::client",
            "graph_request",
            method = %self.method,
            path_template = self.template,
            version = self.version,
            client_request_id = self.client_request_id.as_str(),
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        )
    }
}

/// A new `client-request-id`: a random UUID, encoded without the formatter.
fn client_request_id() -> String {
    let mut buffer = uuid::Uuid::encode_buffer();
    (*uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buffer)).to_owned()
}

/// What came back for a request: read whole, or a success handed over unread.
enum Answer {
    Whole {
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    },
    Streamed(reqwest::Response),
}

/// `Authorization: Bearer {token}`, marked sensitive so it is never logged.
fn bearer(token: &str) -> Result<HeaderValue, Error> {
    let mut auth = HeaderValue::try_from(format!("Bearer {token}")).map_err(|_| {
        Error::Token(TokenError::new(
            "the access token contains characters not allowed in a header",
        ))
    })?;
    auth.set_sensitive(true);
    Ok(auth)
}

/// What a request for content accepts: the content's type, and JSON for
/// Graph's errors.
fn stream_accept(media: Option<&str>) -> HeaderValue {
    match media {
        Some(media) => HeaderValue::try_from(format!("{media}, application/json"))
            .unwrap_or_else(|_| HeaderValue::from_static("*/*")),
        None => HeaderValue::from_static("*/*"),
    }
}

/// Puts content on `request` as its body: in memory, or streamed once.
fn content_body(request: &mut reqwest::Request, content: &Content) -> Result<(), Error> {
    let invalid = |message: &str| {
        Error::InvalidBody(crate::BodyError {
            message: message.to_owned(),
        })
    };
    let media = HeaderValue::try_from(content.content_type())
        .map_err(|_| invalid("the content type is not a header value"))?;
    request.headers_mut().append(CONTENT_TYPE, media);
    let body = match content.in_memory() {
        Some(bytes) => reqwest::Body::from(bytes.clone()),
        None => {
            let stream = content
                .take_stream()
                .ok_or_else(|| invalid("streamed content can be sent once"))?;
            if let Some(length) = content.length() {
                request
                    .headers_mut()
                    .append(CONTENT_LENGTH, HeaderValue::from(length));
            }
            reqwest::Body::wrap_stream(stream)
        }
    };
    *request.body_mut() = Some(body);
    Ok(())
}

/// Graph's error for a status the endpoint does not take as an answer.
#[cold]
fn graph_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Error {
    Error::Graph(Box::new(ErrorResponse::from_response(
        status, headers, body,
    )))
}

/// Puts an answer's status and Graph `request-id` on the request's span.
fn record_answer(span: &tracing::Span, status: StatusCode, headers: &HeaderMap) {
    if span.is_disabled() {
        return;
    }
    span.record("status", status.as_u16());
    if let Some(id) = headers.get("request-id").and_then(|v| v.to_str().ok()) {
        span.record("request_id", id);
    }
}

/// Methods whose bodiless requests must still say `Content-Length: 0`.
fn sends_length(method: &Method) -> bool {
    matches!(*method, Method::POST | Method::PUT | Method::PATCH)
}
