//! Sending a request: headers, retries, status and error decoding.

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH};
use http::{HeaderValue, Method};

use super::error::GraphError;
use super::{Client, Error, Response};
use crate::{Endpoint, Request};

impl Client {
    /// The URL `request` goes to: the version's base URL plus the encoded path.
    pub fn url_for<E: Endpoint>(&self, request: &Request<E>) -> String {
        format!("{}{}", self.base_url(request.version()), request.path())
    }

    /// Sends `request`, retrying per the client's [`RetryPolicy`](super::RetryPolicy).
    ///
    /// Generated `send` methods call this; call it directly to send a
    /// request you built (e.g. after [`Request::with_version`]).
    ///
    /// Any 2xx status is a success; [`Response::status`] tells which one.
    /// Only bodiless endpoints (request and response body `()`, like
    /// `message: send`) can be sent so far.
    ///
    /// # Errors
    ///
    /// [`Error::Graph`] for any other status (after retries),
    /// [`Error::Timeout`], [`Error::Transport`] or [`Error::Token`].
    pub async fn execute<E>(&self, request: Request<E>) -> Result<Response<()>, Error>
    where
        E: Endpoint<RequestBody = (), ResponseBody = ()>,
    {
        let url =
            reqwest::Url::parse(&self.url_for(&request)).map_err(|e| Error::InvalidConfig {
                reason: format!("the request URL does not parse: {e}"),
            })?;
        let client_request_id = uuid::Uuid::new_v4().to_string();
        let mut attempt = 1;
        loop {
            match self.attempt::<E>(&url, &client_request_id, attempt).await {
                Ok(response) => return Ok(response),
                Err(err) => {
                    let delay = if err.is_retryable() {
                        self.retry.delay(attempt, err.retry_after())
                    } else {
                        None
                    };
                    match delay {
                        Some(delay) => tokio::time::sleep(delay).await,
                        None => return Err(err),
                    }
                    attempt += 1;
                }
            }
        }
    }

    /// One attempt of a bodiless request.
    async fn attempt<E: Endpoint>(
        &self,
        url: &reqwest::Url,
        client_request_id: &str,
        attempt: u32,
    ) -> Result<Response<()>, Error> {
        let token = self.token.token().await?;
        let mut auth =
            HeaderValue::try_from(format!("Bearer {}", token.secret())).map_err(|_| {
                Error::Token(super::TokenError::new(
                    "the access token contains characters not allowed in a header",
                ))
            })?;
        auth.set_sensitive(true);
        drop(token);

        let mut builder = self
            .http
            .request(E::METHOD, url.clone())
            .timeout(self.timeout)
            .header(AUTHORIZATION, auth)
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header("client-request-id", client_request_id);
        if attempt > 1 {
            builder = builder.header("Retry-Attempt", (attempt - 1).to_string());
        }
        if !E::HAS_REQUEST_BODY && sends_length(&E::METHOD) {
            // Graph's front end answers 411 to a POST without Content-Length,
            // and hyper sends none for an empty body (checked on the wire by
            // the tests), so say it explicitly.
            builder = builder.header(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }

        let response = builder.send().await.map_err(|e| self.transport(e))?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| self.transport(e))?;
        if status.is_success() {
            Ok(Response {
                status,
                headers,
                body: (),
                client_request_id: client_request_id.to_owned(),
                attempts: attempt,
            })
        } else {
            Err(Error::Graph(Box::new(GraphError::from_response(
                status, &headers, &body,
            ))))
        }
    }

    fn transport(&self, e: reqwest::Error) -> Error {
        if e.is_timeout() {
            Error::Timeout {
                after: self.timeout,
            }
        } else {
            Error::Transport(e)
        }
    }
}

/// Methods whose bodiless requests must still say `Content-Length: 0`.
fn sends_length(method: &Method) -> bool {
    matches!(*method, Method::POST | Method::PUT | Method::PATCH)
}
