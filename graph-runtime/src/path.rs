//! Path building for Graph requests.
//!
//! Path parameters are percent-encoded like the official Graph SDKs do
//! (RFC 6570 simple expansion): everything but the unreserved characters
//! `A-Z a-z 0-9 - . _ ~` is encoded, non-ASCII as UTF-8 bytes. A `/`, `?` or
//! `#` in an id therefore cannot add a segment, a query or a fragment.
//!
//! Graph's request lines put values in four places, each encoded its own
//! way (see [`Place`]): a whole segment (`/messages/{id}`), inside a segment
//! (`/sites/{hostname}:`, `resizedRange(deltaRows={rows})`), inside quotes
//! (`range(address='{address}')`, where OData doubles a `'`), and a path
//! after a colon (`/drive/root:/{item_path}:/content`), whose `/` stay.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Characters encoded in a path segment: all but RFC 3986 unreserved ones.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Where a parameter's value goes in a path, which decides its encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// A whole segment, `/messages/{id}`: encoded; empty, `.` and `..` refused.
    Segment,
    /// Part of a segment, next to literal text and outside quotes
    /// (`/sites/{hostname}:`, `cell(row={row},column={column})`): encoded,
    /// so `,` `)` `=` `:` cannot end it early; empty refused.
    Inline,
    /// Inside single quotes (`range(address='{address}')`): a `'` is
    /// doubled as OData requires, then everything is encoded.
    Quoted,
    /// A path after a colon (`/drive/root:/{item_path}:/content`): each
    /// `/`-separated part is encoded and the `/` stay; empty parts, `.`
    /// and `..` are refused.
    ColonPath,
}

/// A piece of a parsed path template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PathPart {
    /// Literal text, copied as is (it may hold `/`, `:`, `(`, `'`, `=`).
    Text(&'static str),
    /// A parameter (by its spec name) and where its value goes.
    Param(&'static str, Place),
}

/// A query parameter that a request line fixes,
/// e.g. `startDateTime={start_date_time}` in `/me/calendarView?startDateTime={...}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FixedQuery {
    /// The name on the wire, e.g. `startDateTime`.
    pub name: &'static str,
    /// Its value: a parameter, or text the request line writes out.
    pub value: QueryValue,
}

/// The value of a [`FixedQuery`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueryValue {
    /// A parameter, by its spec name.
    Param(&'static str),
    /// A fixed value, e.g. `latest` in `?token=latest`.
    Text(&'static str),
}

impl FixedQuery {
    /// The parameter this query value takes, if it is not fixed text.
    pub fn param(&self) -> Option<&'static str> {
        match self.value {
            QueryValue::Param(name) => Some(name),
            QueryValue::Text(_) => None,
        }
    }
}

/// Appends `value`, encoded for `place`, to `path`.
///
/// # Errors
///
/// A value its place refuses (see [`Place`]): it would change which
/// resource the request addresses, or not parse as Graph's syntax.
pub fn push_value(
    path: &mut String,
    param: &'static str,
    place: Place,
    value: &str,
) -> Result<(), PathParamError> {
    let refuse = |reason| Err(PathParamError { param, reason });
    match place {
        Place::Segment => match value {
            "" => return refuse("the value is empty"),
            "." | ".." => return refuse(DOT_SEGMENT),
            _ => path.extend(utf8_percent_encode(value, SEGMENT)),
        },
        Place::Inline => {
            if value.is_empty() {
                return refuse("the value is empty");
            }
            path.extend(utf8_percent_encode(value, SEGMENT));
        }
        Place::Quoted => {
            for (i, piece) in value.split('\'').enumerate() {
                if i > 0 {
                    path.push_str("%27%27");
                }
                path.extend(utf8_percent_encode(piece, SEGMENT));
            }
        }
        Place::ColonPath => {
            // Checked whole before anything is written, so a refused value
            // leaves `path` as it was.
            for part in value.split('/') {
                match part {
                    "" => {
                        return refuse(
                            "the path has an empty part (a leading, trailing or doubled `/`)",
                        );
                    }
                    "." | ".." => return refuse(DOT_SEGMENT),
                    _ => {}
                }
            }
            for (i, part) in value.split('/').enumerate() {
                if i > 0 {
                    path.push('/');
                }
                path.extend(utf8_percent_encode(part, SEGMENT));
            }
        }
    }
    Ok(())
}

const DOT_SEGMENT: &str = "`.` and `..` are dot segments and would change the request path";

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
    let mut segment = String::from("/");
    push_value(&mut segment, param, Place::Segment, value)?;
    path.push_str(&segment);
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

    fn placed(place: Place, value: &str) -> Result<String, &'static str> {
        let mut out = String::new();
        push_value(&mut out, "p", place, value).map_err(|e| e.reason)?;
        Ok(out)
    }

    #[test]
    fn each_place_encodes_so_a_value_stays_in_it() {
        assert_eq!(placed(Place::Segment, "a/b?c").unwrap(), "a%2Fb%3Fc");
        assert_eq!(placed(Place::Inline, "1),x=(2").unwrap(), "1%29%2Cx%3D%282");
        assert_eq!(placed(Place::Inline, "a:b").unwrap(), "a%3Ab");
        // OData doubles a quote inside a quoted literal; encoded, so no raw `'` ends it.
        assert_eq!(placed(Place::Quoted, "O'Neil").unwrap(), "O%27%27Neil");
        assert_eq!(placed(Place::Quoted, "A1:B2").unwrap(), "A1%3AB2");
        assert_eq!(placed(Place::Quoted, "").unwrap(), "");
        assert_eq!(
            placed(Place::ColonPath, "Docs/Q1 plan:v2.docx").unwrap(),
            "Docs/Q1%20plan%3Av2.docx"
        );
    }

    #[test]
    fn each_place_refuses_what_would_move_the_path() {
        for place in [Place::Segment, Place::Inline] {
            assert!(placed(place, "").is_err());
        }
        for bad in [".", ".."] {
            assert!(placed(Place::Segment, bad).is_err());
        }
        for bad in ["", "/a", "a/", "a//b", "a/../b", "./a", "a/."] {
            assert!(placed(Place::ColonPath, bad).is_err(), "{bad:?}");
        }
        // Not a dot segment inside a segment or quotes.
        assert_eq!(placed(Place::Inline, "..").unwrap(), "..");
        assert_eq!(placed(Place::Quoted, "..").unwrap(), "..");
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
