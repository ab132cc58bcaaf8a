//! The JSON types of bodies and models files: type references, fields
//! and their defaults, models and enums.

use crate::spanned::Sp;

/// A JSON value type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `int32`
    Int32,
    /// `int64`
    Int64,
    /// `double`
    Double,
    /// `dateTimeOffset`: an ISO 8601 timestamp such as `2024-05-01T10:00:00Z`.
    DateTime,
    /// A shared model or enum, by name.
    Named(String),
    /// `[T]`: an array of `T`.
    Array(Box<TypeRef>),
}

impl TypeRef {
    /// The spelling in specs.
    pub fn spec_name(&self) -> String {
        match self {
            TypeRef::String => "string".into(),
            TypeRef::Boolean => "boolean".into(),
            TypeRef::Int32 => "int32".into(),
            TypeRef::Int64 => "int64".into(),
            TypeRef::Double => "double".into(),
            TypeRef::DateTime => "dateTimeOffset".into(),
            TypeRef::Named(n) => n.clone(),
            TypeRef::Array(t) => format!("[{}]", t.spec_name()),
        }
    }

    /// The named model or enum inside, if any.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Named(n) => Some(n),
            TypeRef::Array(t) => t.named(),
            _ => None,
        }
    }
}

/// A literal default value of an optional field.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A string or enum member.
    Str(String),
}

impl Eq for DefaultValue {}

/// A field of a JSON object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The JSON name, e.g. `saveToSentItems`.
    pub json_name: Sp<String>,
    /// Its type.
    pub ty: Sp<TypeRef>,
    /// Description from the docs.
    pub description: Option<Sp<String>>,
    /// Whether the field must be present (request bodies).
    pub required: bool,
    /// The value assumed when an optional field is absent.
    pub default: Option<Sp<DefaultValue>>,
}

/// A shared model type, e.g. `message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelDef {
    /// The Graph type name, e.g. `emailAddress`, `IdentityProvider` or
    /// `callRecords.callRecord` (a namespace of `microsoft.graph`).
    pub name: Sp<String>,
    /// Description.
    pub description: Option<Sp<String>>,
    /// Fields, in spec order; once loaded, the inherited ones (root type's
    /// first) come before the type's own.
    pub fields: Vec<Field>,
    /// `base = "directoryObject"`: the type it derives from.
    pub base: Option<Sp<String>>,
    /// `abstract = true`: Graph never sends the type itself, only types derived from it.
    pub is_abstract: bool,
    /// `open = true`: properties it does not declare are kept (Graph's open
    /// types); types other types derive from are open too, so a value of a
    /// derived type read as its base keeps its own properties.
    pub open: bool,
    /// How many of `fields` come from the base types.
    pub inherited: usize,
}

impl ModelDef {
    /// The fields the type declares itself.
    pub fn own_fields(&self) -> &[Field] {
        self.fields.get(self.inherited..).unwrap_or(&[])
    }
}

/// A shared enum type, e.g. `bodyType`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumDef {
    /// The Graph type name.
    pub name: Sp<String>,
    /// Description.
    pub description: Option<Sp<String>>,
    /// The members as they appear in JSON.
    pub values: Vec<Sp<String>>,
}
