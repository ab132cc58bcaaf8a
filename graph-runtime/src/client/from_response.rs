//! How a response becomes an endpoint's `ResponseBody`: JSON decoded, a
//! body of bytes handed over as it arrives, or the generated `Reply` enum
//! of an endpoint that declares several statuses or response headers.

use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::Content;
use crate::client::error::Error;

/// A type an endpoint's response is decoded into, as its `ResponseBody`:
/// every JSON type (`DeserializeOwned`; `()` for an endpoint without a
/// response body, whatever the body is), [`Content`] for bytes, and the
/// generated `Reply` enum of an endpoint that declares several statuses or
/// response headers (the variant of the status that came back).
pub trait FromResponse: Sized {
    /// The statuses the endpoint declares. Any 2xx is decoded; a declared
    /// 304 is an answer too; any other status is [`Error::Graph`].
    const STATUSES: &'static [u16] = &[];

    /// Whether a success is handed over as it arrives ([`Content`]) rather
    /// than read whole and decoded by [`from_response`](Self::from_response).
    #[doc(hidden)]
    const __STREAMED: Option<fn(Content) -> Self> = None;

    /// The value of a response read whole.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidResponse`] for an undeclared 2xx status, a body that
    /// does not decode or a required header that is missing or not visible ASCII.
    fn from_response(received: &Received<'_>) -> Result<Self, Error>;
}

impl<T: DeserializeOwned> FromResponse for T {
    fn from_response(received: &Received<'_>) -> Result<Self, Error> {
        if received.body_documented {
            received.json()
        } else {
            // Whatever came back, a bodiless endpoint's body is `()`.
            crate::payload::absent_body().map_err(|e| received.invalid(e.to_string()))
        }
    }
}

impl FromResponse for Content {
    const __STREAMED: Option<fn(Content) -> Self> = Some(std::convert::identity);

    /// The bytes as received, with the media type the server gave.
    fn from_response(received: &Received<'_>) -> Result<Self, Error> {
        let media = received
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/octet-stream");
        Ok(Content::new(media, received.body.to_vec()))
    }
}

/// A response as received, for [`FromResponse::from_response`].
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    status: StatusCode,
    headers: &'a HeaderMap,
    body: &'a [u8],
    /// Whether the endpoint documents a response body (`HAS_RESPONSE_BODY`).
    body_documented: bool,
}

impl<'a> Received<'a> {
    pub(crate) fn new(
        status: StatusCode,
        headers: &'a HeaderMap,
        body: &'a [u8],
        body_documented: bool,
    ) -> Self {
        Received {
            status,
            headers,
            body,
            body_documented,
        }
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The body as received.
    pub(crate) fn bytes(&self) -> &[u8] {
        self.body
    }

    pub(crate) fn invalid(&self, reason: String) -> Error {
        Error::InvalidResponse {
            status: self.status,
            reason,
            body: String::from_utf8_lossy(self.body).into_owned(),
        }
    }

    /// The JSON body decoded as `T`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidResponse`] when it does not decode.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(self.body).map_err(|e| self.invalid(e.to_string()))
    }

    /// The value of the declared header `name`, which this status always carries.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidResponse`] when it is missing or not visible ASCII.
    pub fn header(&self, name: &str) -> Result<String, Error> {
        self.optional_header(name)?.ok_or_else(|| {
            self.invalid(format!(
                "the documented `{name}` response header is missing"
            ))
        })
    }

    /// The value of the declared header `name`, if sent (several values are
    /// joined with `, `).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidResponse`] when it is not visible ASCII.
    pub fn optional_header(&self, name: &str) -> Result<Option<String>, Error> {
        let mut values = Vec::new();
        for value in self.headers.get_all(name) {
            let text = value.to_str().map_err(|_| {
                self.invalid(format!("the `{name}` response header is not visible ASCII"))
            })?;
            values.push(text);
        }
        Ok((!values.is_empty()).then(|| values.join(", ")))
    }

    /// The error for a status the endpoint does not declare.
    pub fn undeclared(&self) -> Error {
        self.invalid(format!(
            "{} is not a status this endpoint documents",
            self.status
        ))
    }
}
