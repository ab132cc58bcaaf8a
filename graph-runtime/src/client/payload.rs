//! How a request body goes on the wire: JSON for the generated body types,
//! bytes with their media type for [`Content`].

use http::HeaderValue;
use http::header::CONTENT_TYPE;

use super::Error;
use crate::{BodyError, Content, ContentError, Endpoint};

/// A request body the client can send: any generated JSON body (every
/// `Serialize` type), or [`Content`] for a body of bytes.
pub trait RequestPayload {
    /// The body as it is sent; generated code never calls this.
    #[doc(hidden)]
    fn __payload<E: Endpoint>(&self) -> Result<Outgoing<'_>, Error>;
}

/// A request body ready to send.
#[doc(hidden)]
pub enum Outgoing<'a> {
    /// No body.
    None,
    /// JSON text.
    Json(Vec<u8>),
    /// Bytes with their media type.
    Content(&'a Content),
}

impl<T: serde::Serialize> RequestPayload for T {
    fn __payload<E: Endpoint>(&self) -> Result<Outgoing<'_>, Error> {
        if !E::HAS_REQUEST_BODY {
            return Ok(Outgoing::None);
        }
        let json = serde_json::to_vec(self).map_err(|e| {
            Error::InvalidBody(BodyError {
                message: format!("the body does not serialize to JSON: {e}"),
            })
        })?;
        // An optional body left out (`None`) sends no body at all.
        Ok(if json == b"null" {
            Outgoing::None
        } else {
            Outgoing::Json(json)
        })
    }
}

impl RequestPayload for Content {
    /// The content, if its media type is one the endpoint takes (a header
    /// value HTTP allows, within the spec's declared type or range).
    fn __payload<E: Endpoint>(&self) -> Result<Outgoing<'_>, Error> {
        let declared = E::REQUEST_CONTENT_TYPE.unwrap_or("*/*");
        let valid = HeaderValue::from_str(self.content_type()).is_ok();
        if !valid || !crate::media_type_matches(declared, self.content_type()) {
            return Err(Error::InvalidBody(BodyError {
                message: format!(
                    "`{}` takes content of type `{declared}`, not `{}`",
                    E::NAME,
                    self.content_type().escape_debug()
                ),
            }));
        }
        Ok(Outgoing::Content(self))
    }
}

/// A success response's body as [`Content`], streamed as it arrives.
pub(super) fn streamed(response: reqwest::Response) -> Content {
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_owned();
    let length = response.content_length();
    let chunks = futures_util::StreamExt::map(response.bytes_stream(), |chunk| {
        chunk.map_err(|e| {
            if e.is_timeout() {
                ContentError::TimedOut
            } else {
                ContentError::Read(e.to_string())
            }
        })
    });
    Content::from_chunks(content_type, length, Box::pin(chunks))
}
