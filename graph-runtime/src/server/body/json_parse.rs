//! A request body parsed into JSON in one pass, refusing objects that repeat
//! a member.
//!
//! `serde_json` keeps the last of two members with one name. Graph refuses
//! such a payload (400), and a server that takes the last while a proxy or
//! logger reads the first lets a value past their check. Graph also matches
//! names case-insensitively ([`graph_rules`](super::graph_rules)), so `message`
//! and `Message` are one member twice. Repeats are found while the value is
//! built, at every depth, so the body is parsed once.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::server::body::graph_rules::{BodyReadError, PathSegment, ReadErrorKind};

/// How `serde_json` hands a number to a visitor when its
/// `arbitrary_precision` feature is on (another crate may enable it).
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Objects smaller than this (nearly all of Graph's) are checked by scanning
/// their names, without allocating; larger ones by a set, so the check stays
/// linear in the body.
const SCAN_LIMIT: usize = 16;

/// Why a body is not a JSON value Graph would read.
#[derive(Debug)]
pub(crate) enum ParseError {
    /// Not JSON at all.
    Syntax(serde_json::Error),
    /// An object repeats a member: 400 `RequestBodyRead` naming it.
    Repeated(BodyReadError),
}

/// Parses `bytes` as one JSON value whose objects name each member once,
/// comparing names without regard to ASCII case.
pub(crate) fn parse(bytes: &[u8]) -> Result<Value, ParseError> {
    let repeated = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let parsed = Unique {
        repeated: &repeated,
    }
    .deserialize(&mut de)
    .and_then(|value| de.end().map(|()| value));
    match (parsed, repeated.into_inner()) {
        (_, Some(e)) => Err(ParseError::Repeated(e)),
        (Ok(value), None) => Ok(value),
        (Err(e), None) => Err(ParseError::Syntax(e)),
    }
}

/// Builds a [`Value`] like `serde_json`'s own, recording the first repeated
/// member (with where it is, added as the error unwinds) in `repeated`.
#[derive(Clone, Copy)]
struct Unique<'a> {
    repeated: &'a RefCell<Option<BodyReadError>>,
}

impl Unique<'_> {
    /// Adds `segment` to the path of a repeat found inside it.
    fn locate(self, segment: PathSegment) {
        let mut repeated = self.repeated.borrow_mut();
        if let Some(e) = repeated.take() {
            *repeated = Some(e.at(segment));
        }
    }
}

impl<'de> DeserializeSeed<'de> for Unique<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Unique<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            match seq.next_element_seed(self) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    self.locate(PathSegment::Index(items.len()));
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        // Names seen, lowercased, once an object is too large to scan.
        let mut names: Option<HashSet<String>> = None;
        while let Some(name) = map.next_key::<String>()? {
            if object.is_empty() && name == NUMBER_TOKEN {
                let digits: String = map.next_value()?;
                return digits.parse().map(Value::Number).map_err(de::Error::custom);
            }
            let seen = match &mut names {
                Some(names) => !names.insert(name.to_ascii_lowercase()),
                None => {
                    let seen = object.keys().any(|k| k.eq_ignore_ascii_case(&name));
                    if !seen && object.len() + 1 >= SCAN_LIMIT {
                        let all = object.keys().chain(std::iter::once(&name));
                        names = Some(all.map(|k| k.to_ascii_lowercase()).collect());
                    }
                    seen
                }
            };
            if seen {
                let first = object
                    .keys()
                    .find(|k| k.eq_ignore_ascii_case(&name))
                    .cloned()
                    .unwrap_or_else(|| name.clone());
                *self.repeated.borrow_mut() =
                    Some(BodyReadError::new(ReadErrorKind::RepeatedMember {
                        name,
                        first,
                    }));
                return Err(de::Error::custom("a repeated member"));
            }
            match map.next_value_seed(self) {
                Ok(value) => {
                    object.insert(name, value);
                }
                Err(e) => {
                    self.locate(PathSegment::Property(name));
                    return Err(e);
                }
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn repeated(body: &str) -> String {
        match parse(body.as_bytes()) {
            Err(ParseError::Repeated(e)) => e.to_string(),
            other => panic!("{body}: {other:?}"),
        }
    }

    #[test]
    fn values_are_serde_jsons() {
        for body in [
            r#"{"message":{"subject":"Hi","toRecipients":[{"emailAddress":{"address":"a@b"}}]},"saveToSentItems":false}"#,
            r#"[1,-2,3.5,1e400,null,true,"x\u00e9",{},[]]"#,
            r#"  {"a":18446744073709551615,"b":-9223372036854775808}  "#,
        ] {
            let expected: Result<Value, _> = serde_json::from_str(body);
            match (parse(body.as_bytes()), expected) {
                (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "{body}"),
                (Err(ParseError::Syntax(_)), Err(_)) => {}
                (ours, theirs) => panic!("{body}: {ours:?} vs {theirs:?}"),
            }
        }
    }

    #[test]
    fn syntax_errors_stay_syntax_errors() {
        for body in ["{", "{\"a\":1} x", "[1,]", "{\"a\" 1}", ""] {
            assert!(
                matches!(parse(body.as_bytes()), Err(ParseError::Syntax(_))),
                "{body}"
            );
        }
    }

    #[test]
    fn a_repeated_member_is_named_with_where_it_is() {
        let exact = repeated(r#"{"message":{},"message":{}}"#);
        assert!(
            exact.starts_with("Multiple properties with the name 'message' were detected"),
            "{exact}"
        );
        let case = repeated(r#"{"message":{},"Message":{}}"#);
        assert!(case.contains("'Message'"), "{case}");
        assert!(case.contains("'message'"), "{case}");
        let nested = repeated(
            r#"{"message":{"toRecipients":[{"emailAddress":{"address":"a","ADDRESS":"b"}}]}}"#,
        );
        assert!(
            nested.contains("(at 'message.toRecipients[0].emailAddress')"),
            "{nested}"
        );
        let in_array = repeated(r#"[{"a":1},{"b":1,"b":2}]"#);
        assert!(in_array.contains("(at '[1]')"), "{in_array}");
    }

    #[test]
    fn large_objects_are_checked_too() {
        let mut body: Vec<String> = (0..1000).map(|i| format!("\"m{i}\":{i}")).collect();
        assert!(parse(format!("{{{}}}", body.join(",")).as_bytes()).is_ok());
        body.push("\"M999\":0".to_owned());
        let message = repeated(&format!("{{{}}}", body.join(",")));
        assert!(message.contains("'m999' and 'M999'"), "{message}");
        for small in [2, SCAN_LIMIT - 1, SCAN_LIMIT, SCAN_LIMIT + 1] {
            let mut body: Vec<String> = (0..small).map(|i| format!("\"m{i}\":{i}")).collect();
            body.push("\"m0\":0".to_owned());
            repeated(&format!("{{{}}}", body.join(",")));
        }
    }

    #[test]
    fn names_differing_beyond_ascii_case_are_distinct() {
        let v = parse(r#"{"a":1,"A1":2,"straße":3,"STRASSE":4}"#.as_bytes()).unwrap();
        assert_eq!(v, json!({"a":1,"A1":2,"straße":3,"STRASSE":4}));
    }

    #[test]
    fn depth_is_bounded_by_serde_jsons_recursion_limit() {
        let deep = "[".repeat(100_000);
        assert!(matches!(parse(deep.as_bytes()), Err(ParseError::Syntax(_))));
    }
}
