//! The resolved form of an endpoint: what the checks worked out and the
//! generator renders. Every Rust name, typestate slot, placeholder, Rust type
//! and the parameter `/me` stands for is decided here once, by `check`;
//! `expand` only turns these values into tokens.

use crate::model::{FixedQuery, PathPart, RuleKind, TypeRef};
use crate::naming::SuccessStatus;

/// One endpoint, resolved. Built by `check::resolve`.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    /// Path variants, in spec order.
    pub variants: Vec<Variant>,
    /// Declared path parameters, in spec order.
    pub params: Vec<Param>,
    /// The parameter a `/me` path stands for: the `{x}` of the first
    /// `/users/{x}/...` variant, else `user_id`. Generated into every
    /// `PathTemplate` so the server runtime need not work it out again.
    pub user_param: String,
    /// Query parameters, in spec order.
    pub query: Vec<Query>,
    /// The optional request headers, in spec order (builders and server params carry them).
    pub optional_headers: Vec<OptionalHeader>,
    /// The request body's Rust type.
    pub request_body: BodyType,
    /// Whether the body may be left out (`RequestBody` is then an `Option`).
    pub request_body_optional: bool,
    /// The response body's Rust type.
    pub response_body: BodyType,
    /// The success status.
    pub status: SuccessStatus,
    /// Body rules with their field paths resolved through the models.
    pub rules: Vec<Rule>,
    /// The answers of an endpoint whose spec declares alternatives or
    /// response headers, the main status first: the variants of its
    /// generated `Reply`. Empty otherwise (nothing extra is generated).
    pub replies: Vec<Reply>,
}

impl Resolved {
    /// Whether builders carry optional query parameters or headers.
    pub fn has_extras(&self) -> bool {
        !self.query.is_empty() || !self.optional_headers.is_empty()
    }

    /// Whether the endpoint takes a request body (a builder slot of its own).
    pub fn has_request_body(&self) -> bool {
        !matches!(self.request_body, BodyType::None)
    }

    /// Whether the request body is bytes (`graph_runtime::Content`).
    pub fn request_is_content(&self) -> bool {
        matches!(self.request_body, BodyType::Bytes(_))
    }

    /// Whether the response body is bytes, answered directly or behind a 302.
    pub fn response_is_content(&self) -> bool {
        matches!(self.response_body, BodyType::Bytes(_))
    }

    /// Whether the endpoint answers `302 Found` to its content.
    pub fn redirects(&self) -> bool {
        self.status.code == 302
    }

    /// Whether the endpoint answers through a generated `Reply` enum.
    pub fn has_replies(&self) -> bool {
        !self.replies.is_empty()
    }

    /// The declared parameter named `name`.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.name == name)
    }
}

/// One path variant: its constructor, builder and path constant.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    /// The variant's name: the constructor, e.g. `me`.
    pub name: String,
    /// The variant's marker type, the builder's `V`, e.g. `Me`.
    pub builder: String,
    /// The template as written.
    pub template: String,
    /// The template as the Graph docs write it.
    pub docs_template: String,
    /// Placeholder names in order: the path's, then the fixed query's.
    pub placeholders: Vec<String>,
    /// The template's path, parsed.
    pub parts: Vec<PathPart>,
    /// The query parameters the template fixes.
    pub query: Vec<FixedQuery>,
}

/// A path parameter: a builder slot, and a field of the server's params.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    /// The spec's name: setter, field and placeholder, e.g. `message_id`.
    pub name: String,
    /// The trait whose absence is the compile error, e.g. `HasMessageId`.
    pub marker: String,
    /// The alias of its place in the builder's state, e.g. `MessageIdSlot`.
    pub slot: String,
    /// What it identifies.
    pub description: String,
    /// Whether every variant supplies it (in its template, or as the `/me` user).
    pub always: bool,
    /// Whether some `/me` variant fills it with the signed-in user.
    pub filled_by_me: bool,
}

/// A scalar query parameter type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scalar {
    /// `string`
    String,
    /// `boolean`
    Bool,
    /// `int32`
    I32,
    /// `int64`
    I64,
}

/// A query parameter.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    /// On the wire, e.g. `$top`.
    pub wire: String,
    /// Setter and field name, e.g. `top`.
    pub name: String,
    /// Its type.
    pub ty: Scalar,
    /// Description, possibly empty.
    pub description: String,
}

/// An optional request header.
#[derive(Debug, Clone)]
pub(crate) struct OptionalHeader {
    /// Header name, e.g. `Prefer`.
    pub header: String,
    /// Setter and field name, e.g. `prefer`.
    pub name: String,
    /// The documented value.
    pub value: String,
    /// Description, possibly empty.
    pub description: String,
}

/// The Rust type of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BodyType {
    /// `()`
    None,
    /// The endpoint's own `Body` struct.
    Fields,
    /// A model type, by its Rust name, e.g. `Message`.
    Model(String),
    /// A page of a model type, by its Rust name.
    Collection(String),
    /// A delta page of a model type, by its Rust name.
    Delta(String),
    /// `graph_runtime::Content`: bytes of this media type or range.
    Bytes(String),
}

/// A Rust type of a field; models and enums are named relative to the models module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RustType {
    /// `String`
    String,
    /// `bool`
    Bool,
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f64`
    F64,
    /// `graph_runtime::DateTimeOffset`
    DateTime,
    /// A model or enum, by its Rust name.
    Named(String),
    /// `Vec<T>`
    Vec(Box<RustType>),
}

impl RustType {
    /// The Rust type of a spec type.
    pub fn of(ty: &TypeRef) -> RustType {
        match ty {
            TypeRef::String => RustType::String,
            TypeRef::Boolean => RustType::Bool,
            TypeRef::Int32 => RustType::I32,
            TypeRef::Int64 => RustType::I64,
            TypeRef::Double => RustType::F64,
            TypeRef::DateTime => RustType::DateTime,
            TypeRef::Named(n) => RustType::Named(crate::naming::type_name(n)),
            TypeRef::Array(inner) => RustType::Vec(Box::new(RustType::of(inner))),
        }
    }
}

/// A body rule, resolved.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    /// The relation.
    pub kind: RuleKind,
    /// The error message when the rule is broken.
    pub message: String,
    /// Per listed field path, the fields it walks through (`None` if it does
    /// not resolve, which the checks report).
    pub paths: Vec<Option<Vec<PathStep>>>,
}

/// One field on a rule's path into the body.
#[derive(Debug, Clone)]
pub(crate) struct PathStep {
    /// The Rust field name.
    pub field: String,
    /// Whether the field is required (so not an `Option`).
    pub required: bool,
}

/// One success status of a `Reply`: a variant with its body and headers.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    /// The status.
    pub status: SuccessStatus,
    /// The variant's name, e.g. `NotModified`.
    pub variant: String,
    /// Its body.
    pub body: BodyType,
    /// What it means, possibly empty.
    pub description: String,
    /// Its headers, in spec order.
    pub headers: Vec<ReplyHeader>,
}

/// A response header of a status: a field of its `Reply` variant.
#[derive(Debug, Clone)]
pub(crate) struct ReplyHeader {
    /// The header name, e.g. `ETag`.
    pub name: String,
    /// The field and accessor name, e.g. `e_tag`.
    pub field: String,
    /// Whether it is always there (`String`, else `Option<String>`).
    pub required: bool,
    /// Description, possibly empty.
    pub description: String,
}
