//! Sending a request: headers, retries, status and error decoding.

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderName, HeaderValue, Method};
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
    pub async fn execute_built<E>(
        &self,
        built: Result<Request<E>, crate::PathParamError>,
    ) -> Result<Response<E::ResponseBody>, Error>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
        E::ResponseBody: FromResponse,
    {
        self.execute(built?).await
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
    pub async fn execute<E>(&self, request: Request<E>) -> Result<Response<E::ResponseBody>, Error>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
        E::ResponseBody: FromResponse,
    {
        let decode = match <E::ResponseBody as FromResponse>::__STREAMED {
            Some(hand_over) => Decode::Stream(hand_over),
            None => Decode::Whole(decode_whole::<E>),
        };
        self.execute_with(request, decode).await
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
        self.execute_with(request, Decode::Whole(decode_bytes))
            .await
    }

    /// Sends `request`; `decode` turns a response into `T` (the endpoint's
    /// `ResponseBody`, or its bytes), or says (`None`) that its status is an error.
    async fn execute_with<E, T>(
        &self,
        request: Request<E>,
        decode: Decode<T>,
    ) -> Result<Response<T>, Error>
    where
        E: Endpoint,
        E::RequestBody: RequestPayload,
    {
        E::validate_body(request.body()).map_err(Error::InvalidBody)?;
        let payload = request.body().__payload::<E>()?;
        let url = self.url_for(&request);
        let client_request_id = uuid::Uuid::new_v4().to_string();
        // The path template, never the path: its values are user ids and UPNs.
        let span = tracing::debug_span!(
            target: "graph_runtime::client",
            "graph_request",
            method = %E::METHOD,
            path_template = request.template().template,
            version = request.version().as_str(),
            client_request_id = %client_request_id,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        let sent = Sent {
            url: &url,
            client_request_id: &client_request_id,
            payload,
            extra_headers: request.headers(),
            decode,
        };
        let mut attempt = 1;
        loop {
            span.record("attempt", attempt);
            let tried = self
                .attempt::<E, T>(&sent, attempt)
                .instrument(span.clone())
                .await;
            let err = match tried {
                Ok(mut response) => {
                    record_response(&span, response.status, &response.headers);
                    response.client_request_id = client_request_id;
                    return Ok(response);
                }
                Err(err) => err,
            };
            if let Some(graph) = err.graph() {
                span.record("status", graph.status.as_u16());
                if let Some(id) = &graph.inner.request_id {
                    span.record("request_id", id.as_str());
                }
            }
            // Streamed content is gone once sent: the error is the answer.
            let resendable = match &sent.payload {
                Outgoing::Content(content) => content.is_in_memory(),
                Outgoing::None | Outgoing::Json(_) => true,
            };
            let delay = if err.is_retryable() && resendable {
                self.retry.delay(attempt, err.retry_after())
            } else {
                None
            };
            let Some(delay) = delay else {
                return Err(err);
            };
            // In the request's span when it is on; otherwise under whatever
            // span the caller is in (a disabled span as `parent` would make
            // the event a root).
            span.in_scope(|| {
                tracing::info!(
                    target: "graph_runtime::client",
                    attempt,
                    status = err.status().map(|s| s.as_u16()),
                    retry_after_ms = err.retry_after().map(|d| d.as_millis() as u64),
                    delay_ms = delay.as_millis() as u64,
                    "retrying"
                );
            });
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt: fresh token, the same client-request-id, the same body.
    /// The response's `client_request_id` is left for the caller to fill.
    async fn attempt<E, T>(&self, sent: &Sent<'_, T>, attempt: u32) -> Result<Response<T>, Error>
    where
        E: Endpoint,
    {
        let token = self.token.token().await?;
        let mut auth =
            HeaderValue::try_from(format!("Bearer {}", token.secret())).map_err(|_| {
                Error::Token(TokenError::new(
                    "the access token contains characters not allowed in a header",
                ))
            })?;
        auth.set_sensitive(true);
        drop(token);

        // The URL is parsed here, once per attempt, as reqwest parses a
        // hand-written call's: its base was checked when the client was
        // built and its path segments are percent-encoded, so it parses; if
        // it did not, reqwest's builder error would surface as
        // `Error::Transport` after the token was fetched.
        let accept = match (&sent.decode, E::RESPONSE_CONTENT_TYPE) {
            // The content's type, and JSON for Graph's errors.
            (Decode::Stream(_), Some(media)) => {
                HeaderValue::try_from(format!("{media}, application/json"))
                    .unwrap_or_else(|_| HeaderValue::from_static("*/*"))
            }
            (Decode::Stream(_), None) => HeaderValue::from_static("*/*"),
            (Decode::Whole(_), _) => HeaderValue::from_static("application/json"),
        };
        let mut builder = self
            .http
            .request(E::METHOD, sent.url)
            .timeout(self.timeout)
            .header(AUTHORIZATION, auth)
            .header(ACCEPT, accept)
            .header(CLIENT_REQUEST_ID, sent.client_request_id);
        if attempt > 1 {
            builder = builder.header("Retry-Attempt", (attempt - 1).to_string());
        }
        for (name, value) in sent.extra_headers {
            builder = builder.header(*name, value.as_str());
        }
        match &sent.payload {
            Outgoing::Json(json) => {
                builder = builder
                    .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                    .body(json.clone());
            }
            Outgoing::Content(content) => {
                builder = builder.header(CONTENT_TYPE, content.content_type());
                builder = match content.in_memory() {
                    Some(bytes) => builder.body(bytes.clone()),
                    None => {
                        let stream = content.take_stream().ok_or_else(|| {
                            Error::InvalidBody(crate::BodyError {
                                message: "streamed content can be sent once".to_owned(),
                            })
                        })?;
                        if let Some(length) = content.length() {
                            builder = builder.header(CONTENT_LENGTH, length);
                        }
                        builder.body(reqwest::Body::wrap_stream(stream))
                    }
                };
            }
            Outgoing::None if sends_length(&E::METHOD) => {
                // Graph's front end answers 411 to a POST without Content-Length,
                // and hyper sends none for an empty body (checked on the wire by
                // the tests), so say it explicitly.
                builder = builder.header(CONTENT_LENGTH, HeaderValue::from_static("0"));
            }
            Outgoing::None => {}
        }

        let mut response = builder.send().await.map_err(|e| self.transport(e))?;
        let status = response.status();
        if let (Decode::Stream(hand_over), true) = (&sent.decode, status.is_success()) {
            let headers = response.headers().clone();
            return Ok(Response {
                status,
                headers,
                body: hand_over(streamed(response)),
                client_request_id: String::new(),
                attempts: attempt,
            });
        }
        // Moved out, not copied: reading the body does not need them.
        let headers = std::mem::take(response.headers_mut());
        let body = response.bytes().await.map_err(|e| self.transport(e))?;
        let decoded = match &sent.decode {
            Decode::Whole(decode) => decode(&Received::new(
                status,
                &headers,
                &body,
                E::HAS_RESPONSE_BODY,
            )),
            // A success was handed over above.
            Decode::Stream(_) => None,
        };
        match decoded {
            Some(decoded) => Ok(Response {
                status,
                headers,
                body: decoded?,
                client_request_id: String::new(),
                attempts: attempt,
            }),
            None => Err(Error::Graph(Box::new(ErrorResponse::from_response(
                status, &headers, &body,
            )))),
        }
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

/// How a response becomes `T`.
enum Decode<T> {
    /// Read whole, then decoded into `T`, or `None` when its status is an error.
    Whole(fn(&Received<'_>) -> Option<Result<T, Error>>),
    /// A success handed over as it arrives, as [`Content`].
    Stream(fn(Content) -> T),
}

/// What every attempt of one request sends, and how its answer is decoded.
struct Sent<'a, T> {
    url: &'a str,
    client_request_id: &'a str,
    payload: Outgoing<'a>,
    extra_headers: &'a [(&'static str, String)],
    decode: Decode<T>,
}

/// Any 2xx or declared status as the endpoint's response type.
fn decode_whole<E>(r: &Received<'_>) -> Option<Result<E::ResponseBody, Error>>
where
    E: Endpoint,
    E::ResponseBody: FromResponse,
{
    let declared = <E::ResponseBody as FromResponse>::STATUSES.contains(&r.status().as_u16());
    (declared || r.status().is_success()).then(|| E::ResponseBody::from_response(r))
}

/// Any 2xx as its bytes.
fn decode_bytes(r: &Received<'_>) -> Option<Result<Vec<u8>, Error>> {
    r.status().is_success().then(|| Ok(r.bytes().to_vec()))
}

/// Puts a response's status and Graph `request-id` on the request's span.
fn record_response(span: &tracing::Span, status: http::StatusCode, headers: &http::HeaderMap) {
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
