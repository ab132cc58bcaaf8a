//! Reading the answer of an endpoint whose spec declares several success
//! statuses or response headers into its generated `Reply` enum.

use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::client::error::Error;

/// Implemented by the generated `Reply` enum of an endpoint that declares
/// several statuses or response headers: the caller gets the variant of the
/// status that came back, with its body and headers.
pub trait FromReply: Sized {
    /// The declared statuses. A declared 304 is an answer, not an error; any
    /// other status outside 2xx is [`Error::Graph`].
    const STATUSES: &'static [u16];

    /// The variant of `received`'s status.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidResponse`] for an undeclared 2xx status, a body that
    /// does not decode or a required header that is missing or not visible ASCII.
    fn from_reply(received: &Received<'_>) -> Result<Self, Error>;
}

/// A response as received, for [`FromReply::from_reply`].
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    status: StatusCode,
    headers: &'a HeaderMap,
    body: &'a [u8],
}

impl<'a> Received<'a> {
    pub(crate) fn new(status: StatusCode, headers: &'a HeaderMap, body: &'a [u8]) -> Self {
        Received {
            status,
            headers,
            body,
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
