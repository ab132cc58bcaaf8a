//! Deserializing generated models and enums from JSON objects and strings.
//!
//! serde's derive writes, per type, a field-identifier enum with its own
//! visitor, a sequence visitor and a map visitor: most of what rustc checks
//! in a crate of generated models. Generated code instead implements
//! [`FromObject`] as one `match` on the key, and everything generic (the
//! visitor, duplicate and missing fields, skipping unknown ones) lives here,
//! checked once. JSON objects are what Graph sends, so a model is read
//! from a map only (not from an array of its fields).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

/// A JSON object's key, or an enum's string: borrowed from the input when
/// it has no escapes.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

/// A generated model read from the entries of a JSON object.
pub trait FromObject<'de>: Sized {
    /// What a value of another JSON type is reported as not being.
    const EXPECTING: &'static str;

    /// The Rust type's name and its properties' JSON names, as serde's
    /// derive hands them to `deserialize_struct` (the server's Graph rules
    /// match and reject properties by them); `None` for an open type, read
    /// as a map of any keys.
    const STRUCT: Option<(&'static str, &'static [&'static str])>;

    /// Reads every entry of `map`.
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: FromObject<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// `Deserialize::deserialize` of a generated model.
///
/// # Errors
///
/// The deserializer's error for input that is not an object, or whose
/// entries do not fit the model.
pub fn object<'de, D: Deserializer<'de>, T: FromObject<'de>>(d: D) -> Result<T, D::Error> {
    match T::STRUCT {
        Some((name, fields)) => d.deserialize_struct(name, fields, ObjectVisitor(PhantomData)),
        None => d.deserialize_map(ObjectVisitor(PhantomData)),
    }
}

/// Reads the current entry's value into `slot`.
///
/// # Errors
///
/// `duplicate field` when the object named `name` already; the value's own error.
pub fn field<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the current entry's value: a property the model does not declare.
///
/// # Errors
///
/// The deserializer's error for malformed input.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// Keeps the current entry in an open model's undeclared properties.
///
/// # Errors
///
/// The deserializer's error for malformed input.
pub fn keep<'de, A: MapAccess<'de>>(
    map: &mut A,
    extra: &mut BTreeMap<String, serde_json::Value>,
    key: Key<'de>,
) -> Result<(), A::Error> {
    let value = map.next_value()?;
    extra.insert(key.0.into_owned(), value);
    Ok(())
}

/// A required property's value.
///
/// # Errors
///
/// `missing field` when the object did not have it.
pub fn required<T, E: Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// An optional property's value: `None` when absent or `null`.
pub fn optional<T>(slot: Option<Option<T>>) -> Option<T> {
    slot.flatten()
}

struct EnumVisitor(&'static str);

impl<'de> Visitor<'de> for EnumVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Key<'de>, A::Error> {
        let (key, variant) = data.variant::<Key<'de>>()?;
        serde::de::VariantAccess::unit_variant(variant)?;
        Ok(key)
    }
}

/// Reads an enum's value (its JSON string), as serde's derive asks for it:
/// `name` is the Rust type's, `expecting` says `enum Name`.
///
/// # Errors
///
/// The deserializer's error for input that is not one of the enum's forms.
pub fn variant<'de, D: Deserializer<'de>>(
    d: D,
    name: &'static str,
    expecting: &'static str,
    variants: &'static [&'static str],
) -> Result<Key<'de>, D::Error> {
    d.deserialize_enum(name, variants, EnumVisitor(expecting))
}

/// The error for a string that is none of an enum's values.
pub fn unknown_variant<E: Error>(value: &Key<'_>, expected: &'static [&'static str]) -> E {
    E::unknown_variant(value.as_str(), expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generator writes for a model with one required and one
    /// optional property, open to undeclared ones.
    #[derive(Debug, PartialEq)]
    struct Sample {
        name: String,
        size: Option<i64>,
        extra: BTreeMap<String, serde_json::Value>,
    }

    impl<'de> FromObject<'de> for Sample {
        const EXPECTING: &'static str = "struct Sample";
        const STRUCT: Option<(&'static str, &'static [&'static str])> = None;

        fn from_map<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let (mut f0, mut f1, mut extra) = (None, None, BTreeMap::new());
            while let Some(key) = map.next_key::<Key<'de>>()? {
                match key.as_str() {
                    "name" => field(&mut map, &mut f0, "name")?,
                    "size" => field(&mut map, &mut f1, "size")?,
                    _ => keep(&mut map, &mut extra, key)?,
                }
            }
            Ok(Self {
                name: required(f0, "name")?,
                size: optional(f1),
                extra,
            })
        }
    }

    impl<'de> Deserialize<'de> for Sample {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            object(d)
        }
    }

    fn parse(json: &str) -> Result<Sample, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_declared_and_keeps_undeclared_properties() {
        let s = parse(r#"{"size":null,"n\u0061me":"a","other":[1]}"#).unwrap();
        assert_eq!(s.name, "a");
        assert_eq!(s.size, None);
        assert_eq!(s.extra.get("other"), Some(&serde_json::json!([1])));
        assert_eq!(parse(r#"{"name":"b","size":3}"#).unwrap().size, Some(3));
    }

    #[test]
    fn reports_missing_duplicate_and_mistyped_input() {
        assert!(
            parse(r#"{"size":1}"#)
                .unwrap_err()
                .contains("missing field `name`")
        );
        let dup = parse(r#"{"name":"a","name":"b"}"#).unwrap_err();
        assert!(dup.contains("duplicate field `name`"), "{dup}");
        let wrong = parse(r#""text""#).unwrap_err();
        assert!(wrong.contains("expected struct Sample"), "{wrong}");
        assert!(parse(r#"{"name":1}"#).unwrap_err().contains("invalid type"));
    }

    #[test]
    fn reads_enum_strings_and_names_the_expected_ones() {
        const VALUES: &[&str] = &["low", "high"];
        let read = |json: &str| {
            let mut d = serde_json::Deserializer::from_str(json);
            variant(&mut d, "Level", "enum Level", VALUES)
                .map(|k| k.as_str().to_owned())
                .map_err(|e| e.to_string())
        };
        assert_eq!(read(r#""high""#).unwrap(), "high");
        // The generated `match` rejects a value it does not list.
        let other = read(r#""mid""#).unwrap();
        let error: serde_json::Error = unknown_variant(&Key(Cow::Owned(other)), VALUES);
        assert!(
            error.to_string().contains("unknown variant `mid`"),
            "{error}"
        );
        assert!(read("1").is_err());
    }
}
