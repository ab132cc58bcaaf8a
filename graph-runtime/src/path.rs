//! Path building for Graph requests.
//!
//! Path parameters are percent-encoded like the official Graph SDKs do
//! (RFC 6570 simple expansion): everything but the unreserved characters
//! `A-Z a-z 0-9 - . _ ~` is encoded, non-ASCII as UTF-8 bytes. A `/`, `?` or
//! `#` in an id therefore cannot add a segment, a query or a fragment.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Characters encoded in a path segment: all but RFC 3986 unreserved ones.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment value.
///
/// ```
/// use graph_runtime::path::encode_segment;
/// assert_eq!(encode_segment("a@b.com"), "a%40b.com");
/// assert_eq!(encode_segment("AAMk/../x?y#z ü"), "AAMk%2F..%2Fx%3Fy%23z%20%C3%BC");
/// ```
pub fn encode_segment(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// A path parameter value that cannot be placed in a URL path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathParamError {
    /// The parameter's name in the spec.
    pub param: &'static str,
    /// Why the value was rejected.
    pub reason: &'static str,
}

impl fmt::Display for PathParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid path parameter `{}`: {}",
            self.param, self.reason
        )
    }
}

impl std::error::Error for PathParamError {}

/// Appends `/` and the encoded `value` to `path`.
///
/// Empty values and the dot segments `.` and `..` are rejected: URL parsers
/// (and the WHATWG rules reqwest follows, which also decode `%2E`) would
/// collapse them and so change which resource the request addresses.
pub fn push_segment(
    path: &mut String,
    param: &'static str,
    value: &str,
) -> Result<(), PathParamError> {
    let reason = match value {
        "" => Some("the value is empty"),
        "." | ".." => Some("`.` and `..` are dot segments and would change the request path"),
        _ => None,
    };
    if let Some(reason) = reason {
        return Err(PathParamError { param, reason });
    }
    path.push('/');
    path.extend(utf8_percent_encode(value, SEGMENT));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_what_the_graph_sdks_encode() {
        let cases = [
            ("/", "%2F"),
            ("@", "%40"),
            (" ", "%20"),
            ("?", "%3F"),
            ("#", "%23"),
            ("%", "%25"),
            ("+", "%2B"),
            ("=", "%3D"),
            ("ü", "%C3%BC"),
            ("日本", "%E6%97%A5%E6%9C%AC"),
            ("AZaz09-._~", "AZaz09-._~"),
        ];
        for (raw, encoded) in cases {
            assert_eq!(encode_segment(raw), encoded, "encoding {raw:?}");
        }
    }

    #[test]
    fn push_segment_rejects_values_that_would_move_the_path() {
        let mut path = String::from("/me/messages");
        for bad in ["", ".", ".."] {
            let err = push_segment(&mut path, "message_id", bad).unwrap_err();
            assert_eq!(err.param, "message_id");
        }
        assert_eq!(
            path, "/me/messages",
            "a rejected value leaves the path untouched"
        );
        push_segment(&mut path, "message_id", "../x").unwrap();
        assert_eq!(path, "/me/messages/..%2Fx");
    }
}
