//! Bearer token extraction from the `Authorization` header.

use std::fmt;

use http::HeaderMap;
use http::header::AUTHORIZATION;

/// A bearer token taken from a request. Its `Debug` output never shows the token.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct BearerToken<'a>(&'a str);

impl<'a> BearerToken<'a> {
    /// The raw token, for validation. Do not log it.
    pub fn secret(&self) -> &'a str {
        self.0
    }
}

impl fmt::Debug for BearerToken<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

/// Why a request carries no usable bearer token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BearerError {
    /// There is no `Authorization` header, or its token is empty.
    Missing,
    /// The header is not `Bearer <token>` (another scheme, several headers,
    /// or bytes that are not visible ASCII).
    Malformed,
}

impl fmt::Display for BearerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BearerError::Missing => "Access token is empty.",
            BearerError::Malformed => {
                "Access token validation failure: the Authorization header is not a bearer token."
            }
        })
    }
}

impl std::error::Error for BearerError {}

/// The bearer token of a request: `Authorization: Bearer <token>`.
///
/// The scheme is case-insensitive (RFC 7235); exactly one `Authorization`
/// header is accepted.
///
/// ```
/// # use graph_runtime::server::{bearer_token, BearerError};
/// # use graph_runtime::http::{HeaderMap, HeaderValue};
/// let mut headers = HeaderMap::new();
/// assert_eq!(bearer_token(&headers).unwrap_err(), BearerError::Missing);
/// headers.insert("authorization", HeaderValue::from_static("bearer abc.def"));
/// assert_eq!(bearer_token(&headers).unwrap().secret(), "abc.def");
/// ```
pub fn bearer_token(headers: &HeaderMap) -> Result<BearerToken<'_>, BearerError> {
    let mut values = headers.get_all(AUTHORIZATION).iter();
    let value = values.next().ok_or(BearerError::Missing)?;
    if values.next().is_some() {
        return Err(BearerError::Malformed);
    }
    // `to_str` admits visible ASCII, spaces and tabs only, so ASCII
    // trimming and whitespace tests are the whole story.
    let value = value
        .to_str()
        .map_err(|_| BearerError::Malformed)?
        .trim_ascii();
    if value.is_empty() {
        return Err(BearerError::Missing);
    }
    let (scheme, token) = value
        .bytes()
        .position(|b| b == b' ')
        .map_or((value, ""), |i| (&value[..i], &value[i + 1..]));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(BearerError::Malformed);
    }
    let token = token.trim_ascii();
    if token.is_empty() {
        return Err(BearerError::Missing);
    }
    if token.bytes().any(|b| b.is_ascii_whitespace()) {
        return Err(BearerError::Malformed);
    }
    Ok(BearerToken(token))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn with(values: &[&'static str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(AUTHORIZATION, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn extracts_and_rejects() {
        assert_eq!(bearer_token(&with(&["Bearer t1"])).unwrap().secret(), "t1");
        assert_eq!(
            bearer_token(&with(&["BEARER  t2 "])).unwrap().secret(),
            "t2"
        );
        assert_eq!(bearer_token(&with(&[])), Err(BearerError::Missing));
        assert_eq!(bearer_token(&with(&["Bearer "])), Err(BearerError::Missing));
        assert_eq!(
            bearer_token(&with(&["Basic dXNlcg=="])),
            Err(BearerError::Malformed)
        );
        assert_eq!(
            bearer_token(&with(&["Bearer a b"])),
            Err(BearerError::Malformed)
        );
        assert_eq!(
            bearer_token(&with(&["Bearer a", "Bearer b"])),
            Err(BearerError::Malformed)
        );
    }

    #[test]
    fn debug_hides_the_token() {
        let h = with(&["Bearer s3cret"]);
        let t = bearer_token(&h).unwrap();
        assert!(!format!("{t:?}").contains("s3cret"));
    }
}
