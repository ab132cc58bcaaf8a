//! Decoding a JSON request body the way Microsoft Graph reads one.
//!
//! Graph (an OData service) is more lenient than `serde_json` in some ways
//! and stricter in others, and official SDKs depend on both:
//!
//! - property and action-parameter names match case-insensitively: the
//!   Kiota-generated SDKs write action parameters as Graph's metadata spells
//!   them (`{"Message": ..., "SaveToSentItems": false}`), the docs in
//!   camelCase (`{"message": ..., "saveToSentItems": false}`);
//! - instance annotations (`@odata.type`, `@odata.context`, ...) and property
//!   annotations (`toRecipients@odata.type`) are accepted; an `@odata.type`
//!   must name the declared type (`#microsoft.graph.message`);
//! - a property the type does not declare is an error (400
//!   `RequestBodyRead`), never dropped: "The property 'x' does not exist on
//!   type 'microsoft.graph.message'. ..." for a resource or complex type and
//!   "The parameter 'x' in the request payload is not a valid parameter for
//!   the operation 'sendMail'." for an action's parameters.
//!
//! [`from_value`] wraps a parsed [`serde_json::Value`] in a [`Deserializer`]
//! that applies these rules wherever the target type asks for a struct, so
//! nested models get the same treatment. It descends only as deep as the
//! target type asks (the input's own depth is bounded by `serde_json`'s
//! recursion limit when it is parsed).

use std::fmt;

use http::StatusCode;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use serde_json::{Map, Value};

use crate::server::error::GraphError;

/// The struct name generated endpoints give their action parameters
/// (`{"comment": ..., "message": ...}`); any other struct is a Graph type.
const PARAMETERS_STRUCT: &str = "Body";

/// The namespace of Graph's types in `@odata.type` and error messages.
const NAMESPACE: &str = "microsoft.graph.";

/// Decodes `value` into `T` with Graph's rules (see the module docs).
/// `operation` names the action in errors about its parameters, e.g.
/// `sendMail`.
pub(crate) fn from_value<T: DeserializeOwned>(
    value: Value,
    operation: &str,
) -> Result<T, BodyReadError> {
    T::deserialize(GraphJson {
        value,
        operation,
        root: true,
    })
}

/// The operation's name in Graph's errors: the part of the spec's name
/// after its resource (`user: sendMail` -> `sendMail`).
pub(crate) fn operation_name(spec_name: &str) -> &str {
    spec_name
        .rsplit_once(':')
        .map_or(spec_name, |(_, op)| op.trim())
}

/// Why a request body could not be read, and where in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyReadError {
    kind: ReadErrorKind,
    /// From the innermost segment outwards (errors grow their path as they
    /// return); [`BodyReadError::path`] renders it outermost first.
    path: Vec<PathSegment>,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReadErrorKind {
    /// An action's parameters hold a name the operation does not declare.
    UnknownParameter { name: String, operation: String },
    /// An object holds a property its type does not declare.
    UnknownProperty { name: String, type_name: String },
    /// `@odata.type` names another type than the declared one.
    IncompatibleType { given: String, expected: String },
    /// A required action parameter is missing.
    MissingParameter { name: String, operation: String },
    /// A required field is missing; the struct it belongs to is not known
    /// yet (it becomes [`ReadErrorKind::MissingParameter`] or
    /// [`ReadErrorKind::Invalid`] on the way out).
    MissingField(&'static str),
    /// An object names a member twice, exactly or differing only in ASCII
    /// case (`first` as it was spelt the first time).
    RepeatedMember { name: String, first: String },
    /// Anything else serde reports: wrong JSON types, unknown enum values,
    /// malformed dates.
    Invalid(String),
}

/// One step into the body: an object's property or an array's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PathSegment {
    Property(String),
    Index(usize),
}

impl BodyReadError {
    pub(crate) fn new(kind: ReadErrorKind) -> Self {
        BodyReadError {
            kind,
            path: Vec::new(),
        }
    }

    fn from_json(e: serde_json::Error) -> Self {
        BodyReadError::new(ReadErrorKind::Invalid(e.to_string()))
    }

    pub(crate) fn at(mut self, segment: PathSegment) -> Self {
        self.path.push(segment);
        self
    }

    /// What went wrong.
    #[cfg(test)]
    pub(crate) fn kind(&self) -> &ReadErrorKind {
        &self.kind
    }

    /// Where: `message.toRecipients[0].emailAddress`, empty at the top.
    pub(crate) fn path(&self) -> String {
        let mut out = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                PathSegment::Property(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                PathSegment::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    /// Graph's answer: 400 `RequestBodyRead` with Graph's wording.
    pub(crate) fn into_graph_error(self) -> GraphError {
        GraphError::new(StatusCode::BAD_REQUEST, "RequestBodyRead", self.to_string())
    }
}

impl fmt::Display for BodyReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ReadErrorKind::UnknownParameter { name, operation } => write!(
                f,
                "The parameter '{name}' in the request payload is not a valid parameter for the operation '{operation}'."
            ),
            ReadErrorKind::UnknownProperty { name, type_name } => write!(
                f,
                "The property '{name}' does not exist on type '{type_name}'. Make sure to only use property names that are defined by the type or mark the type as open type."
            ),
            ReadErrorKind::IncompatibleType { given, expected } => write!(
                f,
                "The type '{given}' is not compatible with the expected type '{expected}'."
            ),
            ReadErrorKind::MissingParameter { name, operation } => write!(
                f,
                "One or more parameters of the operation '{operation}' are missing from the request payload. The missing parameters are: {name}."
            ),
            ReadErrorKind::RepeatedMember { name, first } => {
                write!(
                    f,
                    "Multiple properties with the name '{name}' were detected in an entry or a complex value"
                )?;
                if first != name {
                    write!(
                        f,
                        " ('{first}' and '{name}' differ only in case, and names match case-insensitively)"
                    )?;
                }
                if !self.path.is_empty() {
                    write!(f, " (at '{}')", self.path())?;
                }
                f.write_str(". In OData, duplicate property names are not allowed.")
            }
            ReadErrorKind::MissingField(name) => {
                self.write_invalid(f, &format!("missing field `{name}`"))
            }
            ReadErrorKind::Invalid(message) => self.write_invalid(f, message),
        }
    }
}

impl BodyReadError {
    fn write_invalid(&self, f: &mut fmt::Formatter<'_>, message: &str) -> fmt::Result {
        write!(f, "Cannot read the request body: {message}")?;
        if !self.path.is_empty() {
            write!(f, " (at '{}')", self.path())?;
        }
        f.write_str(".")
    }
}

impl std::error::Error for BodyReadError {}

impl de::Error for BodyReadError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        BodyReadError::new(ReadErrorKind::Invalid(msg.to_string()))
    }

    fn missing_field(field: &'static str) -> Self {
        BodyReadError::new(ReadErrorKind::MissingField(field))
    }
}

/// A JSON value being read as some type, with Graph's rules for structs.
struct GraphJson<'a> {
    value: Value,
    operation: &'a str,
    /// Whether this is the whole body (where a `Body` struct is the
    /// action's parameters).
    root: bool,
}

/// Whom an object's properties belong to, for messages.
enum Owner<'a> {
    Operation(&'a str),
    Type(String),
}

/// Graph's name of the type a generated struct stands for: its Rust name
/// with the first letter lowercased (`EmailAddress` -> `microsoft.graph.emailAddress`).
fn graph_type_name(rust_name: &str) -> String {
    let mut chars = rust_name.chars();
    let mut out = String::with_capacity(NAMESPACE.len() + rust_name.len());
    out.push_str(NAMESPACE);
    if let Some(first) = chars.next() {
        out.extend(first.to_lowercase());
        out.push_str(chars.as_str());
    }
    out
}

/// The declared field `key` stands for: the exact name, else the one that
/// differs only in ASCII case.
fn match_field(key: &str, fields: &'static [&'static str]) -> Option<&'static str> {
    fields
        .iter()
        .find(|f| **f == key)
        .or_else(|| fields.iter().find(|f| f.eq_ignore_ascii_case(key)))
        .copied()
}

/// Checks an `@odata.type` value against the declared type.
fn check_odata_type(value: &Value, expected: &str) -> Result<(), BodyReadError> {
    let given = match value {
        Value::String(s) => s.as_str(),
        other => {
            return Err(BodyReadError::new(ReadErrorKind::Invalid(format!(
                "`@odata.type` must be a string, not {}",
                unexpected(other)
            ))));
        }
    };
    let name = given.strip_prefix('#').unwrap_or(given);
    if name.eq_ignore_ascii_case(expected) {
        Ok(())
    } else {
        Err(BodyReadError::new(ReadErrorKind::IncompatibleType {
            given: name.to_owned(),
            expected: expected.to_owned(),
        }))
    }
}

/// A JSON value as serde's [`Unexpected`], for type errors.
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (_, Some(i), _) => Unexpected::Signed(i),
            (_, _, Some(f)) => Unexpected::Float(f),
            _ => Unexpected::Other("number"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// Sorts an object's members into the declared fields they stand for,
/// checking and dropping annotations; an undeclared property is an error.
fn declared_members(
    object: Map<String, Value>,
    fields: &'static [&'static str],
    owner: &Owner<'_>,
) -> Result<Vec<(&'static str, Value)>, BodyReadError> {
    let unknown = |name: &str| {
        BodyReadError::new(match owner {
            Owner::Operation(op) => ReadErrorKind::UnknownParameter {
                name: name.to_owned(),
                operation: (*op).to_owned(),
            },
            Owner::Type(t) => ReadErrorKind::UnknownProperty {
                name: name.to_owned(),
                type_name: t.clone(),
            },
        })
    };
    let mut members = Vec::with_capacity(object.len());
    for (key, value) in object {
        if let Some(annotation) = key.strip_prefix('@') {
            // An instance annotation of the object itself.
            if let Owner::Type(expected) = owner
                && annotation.eq_ignore_ascii_case("odata.type")
            {
                check_odata_type(&value, expected).map_err(|e| e.at(PathSegment::Property(key)))?;
            }
            continue;
        }
        if let Some((property, _annotation)) = key.split_once('@') {
            // A property annotation (`toRecipients@odata.type`): fine when
            // the property is one the type declares.
            if match_field(property, fields).is_none() {
                return Err(unknown(property));
            }
            continue;
        }
        match match_field(&key, fields) {
            Some(field) => members.push((field, value)),
            None => return Err(unknown(&key)),
        }
    }
    Ok(members)
}

/// Forwards the scalar `deserialize_*` methods to `serde_json::Value`.
macro_rules! forward_scalars {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                self.value.$method(visitor).map_err(BodyReadError::from_json)
            }
        )*
    };
}

impl<'de> Deserializer<'de> for GraphJson<'_> {
    type Error = BodyReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        // Open-typed targets (`serde_json::Value`) take the value as it is.
        self.value
            .deserialize_any(visitor)
            .map_err(BodyReadError::from_json)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        if self.value.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        let operation = self.operation;
        match self.value {
            Value::Array(items) => {
                let len = items.len();
                let mut access = Elements {
                    items: items.into_iter().enumerate(),
                    operation,
                };
                let out = visitor.visit_seq(&mut access)?;
                match access.items.len() {
                    0 => Ok(out),
                    left => Err(de::Error::invalid_length(
                        len,
                        &format!("{} elements", len - left).as_str(),
                    )),
                }
            }
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        // A map (an open set of keys) keeps its keys as they are.
        let operation = self.operation;
        match self.value {
            Value::Object(object) => visitor.visit_map(Members {
                members: object.into_iter().collect::<Vec<_>>().into_iter(),
                pending: None,
                operation,
            }),
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let owner = if self.root && name == PARAMETERS_STRUCT {
            Owner::Operation(self.operation)
        } else {
            Owner::Type(graph_type_name(name))
        };
        let object = match self.value {
            Value::Object(object) => object,
            other => return Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        };
        let members = declared_members(object, fields, &owner)?;
        visitor
            .visit_map(Members {
                members: members.into_iter(),
                pending: None,
                operation: self.operation,
            })
            .map_err(|e| match (e.kind, &owner) {
                (ReadErrorKind::MissingField(field), Owner::Operation(op)) => {
                    BodyReadError::new(ReadErrorKind::MissingParameter {
                        name: field.to_owned(),
                        operation: (*op).to_owned(),
                    })
                }
                (ReadErrorKind::MissingField(field), Owner::Type(_)) => BodyReadError {
                    kind: ReadErrorKind::Invalid(format!("missing field `{field}`")),
                    path: e.path,
                },
                (kind, _) => BodyReadError { kind, path: e.path },
            })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.value
            .deserialize_enum(name, variants, visitor)
            .map_err(BodyReadError::from_json)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.value
            .deserialize_unit_struct(name, visitor)
            .map_err(BodyReadError::from_json)
    }

    forward_scalars! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit
        deserialize_identifier
    }
}

/// An array's elements, each read with Graph's rules.
struct Elements<'a> {
    items: std::iter::Enumerate<std::vec::IntoIter<Value>>,
    operation: &'a str,
}

impl<'de> SeqAccess<'de> for &mut Elements<'_> {
    type Error = BodyReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        let Some((index, value)) = self.items.next() else {
            return Ok(None);
        };
        let element = GraphJson {
            value,
            operation: self.operation,
            root: false,
        };
        seed.deserialize(element)
            .map(Some)
            .map_err(|e| e.at(PathSegment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// An object's members, keys as the target declares them, values read
/// with Graph's rules.
struct Members<'a, K> {
    members: std::vec::IntoIter<(K, Value)>,
    pending: Option<(K, Value)>,
    operation: &'a str,
}

impl<'de, K: AsRef<str>> MapAccess<'de> for Members<'_, K> {
    type Error = BodyReadError;

    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Self::Error> {
        let Some((key, value)) = self.members.next() else {
            return Ok(None);
        };
        let out = seed.deserialize(de::value::StrDeserializer::<BodyReadError>::new(
            key.as_ref(),
        ))?;
        self.pending = Some((key, value));
        Ok(Some(out))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        let Some((key, value)) = self.pending.take() else {
            return Err(de::Error::custom("a value was asked for before its key"));
        };
        let member = GraphJson {
            value,
            operation: self.operation,
            root: false,
        };
        seed.deserialize(member)
            .map_err(|e| e.at(PathSegment::Property(key.as_ref().to_owned())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    // Shaped like the generated models and bodies: serialized names,
    // optional fields with `default`, required parameters without.
    #[derive(Debug, Default, PartialEq, Deserialize)]
    struct EmailAddress {
        #[serde(rename = "address", default)]
        address: Option<String>,
    }

    #[derive(Debug, Default, PartialEq, Deserialize)]
    struct Recipient {
        #[serde(rename = "emailAddress", default)]
        email_address: Option<EmailAddress>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    enum BodyType {
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "html")]
        Html,
    }

    #[derive(Debug, Default, PartialEq, Deserialize)]
    struct Message {
        #[serde(rename = "subject", default)]
        subject: Option<String>,
        #[serde(rename = "contentType", default)]
        content_type: Option<BodyType>,
        #[serde(rename = "toRecipients", default)]
        to_recipients: Option<Vec<Recipient>>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Body {
        #[serde(rename = "message")]
        message: Message,
        #[serde(rename = "saveToSentItems", default)]
        save_to_sent_items: Option<bool>,
    }

    fn read<T: DeserializeOwned>(value: Value) -> Result<T, BodyReadError> {
        from_value(value, "sendMail")
    }

    fn to(address: &str) -> Recipient {
        Recipient {
            email_address: Some(EmailAddress {
                address: Some(address.into()),
            }),
        }
    }

    #[test]
    fn parameters_and_properties_match_case_insensitively_with_annotations() {
        // What Kiota-generated SDKs send.
        let kiota = json!({
            "Message": {
                "@odata.type": "#microsoft.graph.message",
                "subject": "Hi",
                "contentType": "html",
                "toRecipients": [{"emailAddress": {"address": "a@b.com"}}],
                "toRecipients@odata.type": "#Collection(microsoft.graph.recipient)"
            },
            "SaveToSentItems": false
        });
        let body: Body = read(kiota).unwrap();
        let expected = Body {
            message: Message {
                subject: Some("Hi".into()),
                content_type: Some(BodyType::Html),
                to_recipients: Some(vec![to("a@b.com")]),
            },
            save_to_sent_items: Some(false),
        };
        assert_eq!(body, expected);
        // The docs' camelCase, and any other casing.
        let docs = json!({"message": {"subject": "Hi", "contentType": "html",
            "toRecipients": [{"emailAddress": {"address": "a@b.com"}}]},
            "saveToSentItems": false, "@odata.context": "ignored"});
        assert_eq!(read::<Body>(docs).unwrap(), expected);
        let shouting = json!({"MESSAGE": {"SUBJECT": "Hi", "ContentType": "html",
            "TORECIPIENTS": [{"EmailAddress": {"Address": "a@b.com"}}]},
            "savetosentitems": false});
        assert_eq!(read::<Body>(shouting).unwrap(), expected);
        // Without the `#`, in another case: the same type.
        let bare = json!({"message": {"@odata.type": "Microsoft.Graph.Message"}});
        assert_eq!(read::<Body>(bare).unwrap().message, Message::default());
    }

    #[test]
    fn an_unknown_parameter_names_the_operation() {
        let e = read::<Body>(json!({"message": {}, "saveToSentItem": true})).unwrap_err();
        assert_eq!(
            e.kind(),
            &ReadErrorKind::UnknownParameter {
                name: "saveToSentItem".into(),
                operation: "sendMail".into()
            }
        );
        assert_eq!(
            e.to_string(),
            "The parameter 'saveToSentItem' in the request payload is not a valid parameter for the operation 'sendMail'."
        );
        assert_eq!(e.path(), "");
        let graph = e.into_graph_error();
        assert_eq!(
            (graph.status().as_u16(), graph.code()),
            (400, "RequestBodyRead")
        );
    }

    #[test]
    fn an_unknown_property_names_its_type_and_path() {
        let body = json!({"message": {"toRecipients": [
            {"emailAddress": {"address": "a@b.com"}},
            {"emailAddress": {"address": "c@d.com", "nmae": "C"}}
        ]}});
        let e = read::<Body>(body).unwrap_err();
        assert_eq!(
            e.kind(),
            &ReadErrorKind::UnknownProperty {
                name: "nmae".into(),
                type_name: "microsoft.graph.emailAddress".into()
            }
        );
        assert_eq!(e.path(), "message.toRecipients[1].emailAddress");
        assert_eq!(
            e.to_string(),
            "The property 'nmae' does not exist on type 'microsoft.graph.emailAddress'. Make sure to only use property names that are defined by the type or mark the type as open type."
        );
        // A property annotation of an undeclared property is as unknown.
        let e = read::<Body>(json!({"message": {"cc@odata.type": "x"}})).unwrap_err();
        assert!(matches!(e.kind(), ReadErrorKind::UnknownProperty { name, .. } if name == "cc"));
        // A model read as the whole body is a type, not parameters.
        let e = read::<Message>(json!({"comment": "x"})).unwrap_err();
        assert!(
            matches!(e.kind(), ReadErrorKind::UnknownProperty { type_name, .. } if type_name == "microsoft.graph.message")
        );
    }

    #[test]
    fn odata_type_must_name_the_declared_type() {
        let e = read::<Body>(json!({"message": {"@odata.type": "#microsoft.graph.event"}}))
            .unwrap_err();
        assert_eq!(
            e.kind(),
            &ReadErrorKind::IncompatibleType {
                given: "microsoft.graph.event".into(),
                expected: "microsoft.graph.message".into()
            }
        );
        assert_eq!(e.path(), "message.@odata.type");
        let e = read::<Body>(json!({"message": {"@odata.type": 7}})).unwrap_err();
        assert!(e.to_string().contains("must be a string"), "{e}");
    }

    #[test]
    fn a_missing_parameter_is_named_as_graph_names_it() {
        let e = read::<Body>(json!({"saveToSentItems": true})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "One or more parameters of the operation 'sendMail' are missing from the request payload. The missing parameters are: message."
        );
    }

    #[test]
    fn wrong_values_say_what_and_where() {
        let e = read::<Body>(json!({"message": {"toRecipients": "a@b.com"}})).unwrap_err();
        assert_eq!(e.path(), "message.toRecipients");
        assert!(e.to_string().contains("invalid type"), "{e}");
        let e = read::<Body>(json!({"message": {"contentType": "rtf"}})).unwrap_err();
        assert!(
            e.to_string().contains("rtf") && e.to_string().contains("(at 'message.contentType')"),
            "{e}"
        );
        let e = read::<Body>(json!([1])).unwrap_err();
        assert!(e.to_string().contains("invalid type"), "{e}");
        // Two spellings of one parameter are one parameter given twice.
        let e = read::<Body>(json!({"message": {}, "comment": 1, "Message": {}})).unwrap_err();
        assert!(
            matches!(e.kind(), ReadErrorKind::UnknownParameter { name, .. } if name == "comment")
        );
        let e = read::<Body>(json!({"message": {}, "Message": {}})).unwrap_err();
        assert!(e.to_string().contains("duplicate field `message`"), "{e}");
        // Null reads as absent for optional values.
        let ok = read::<Body>(json!({"message": {"subject": null}, "saveToSentItems": null}));
        assert_eq!(ok.unwrap().save_to_sent_items, None);
    }

    #[test]
    fn open_values_and_collections_of_models_pass_through_the_same_rules() {
        let list: Vec<Recipient> = read(json!([{"EmailAddress": {"ADDRESS": "x@y.z"}}])).unwrap();
        assert_eq!(list, vec![to("x@y.z")]);
        let open: std::collections::BTreeMap<String, Value> =
            read(json!({"Anything": [1, {"goes": true}]})).unwrap();
        assert_eq!(open["Anything"], json!([1, {"goes": true}]));
        let e = read::<Vec<Recipient>>(json!([{}, {"x": 1}])).unwrap_err();
        assert_eq!(e.path(), "[1]");
    }

    #[test]
    fn depth_follows_the_type_not_the_input() {
        // A value nested as deep as the parser allows, where the type wants
        // a string: one type error, no walk through the nesting.
        let mut deep = json!(1);
        for _ in 0..120 {
            deep = json!([deep]);
        }
        let e = read::<Body>(json!({"message": {"subject": deep}})).unwrap_err();
        assert_eq!(e.path(), "message.subject");
    }

    #[test]
    fn operation_names_come_from_the_spec_name() {
        assert_eq!(operation_name("user: sendMail"), "sendMail");
        assert_eq!(operation_name("message: createReplyAll"), "createReplyAll");
        assert_eq!(operation_name("Create message"), "Create message");
    }
}
