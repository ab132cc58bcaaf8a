//! What the writer writes: plain data, one type per table of the spec
//! language. Optional values that are `None` (and `false` flags) are left out.

use crate::model::{DefaultValue, RuleKind, Version};

/// An endpoint spec.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    /// Comment lines at the top of the file (without `# `).
    pub comments: Vec<String>,
    /// `name`.
    pub name: String,
    /// `type_name`.
    pub type_name: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`: written as a multi-line string when it has line breaks.
    pub description: Option<String>,
    /// `docs_url`.
    pub docs_url: Option<String>,
    /// `versions`.
    pub versions: Vec<Version>,
    /// `method`, e.g. `POST`.
    pub method: String,
    /// `models`: the models file, relative to the spec.
    pub models: Option<String>,
    /// `[[paths]]`.
    pub paths: Vec<PathVariant>,
    /// `[params.<name>]`.
    pub params: Vec<Param>,
    /// `[query."<name>"]`.
    pub query: Vec<QueryParam>,
    /// `[permissions]`.
    pub permissions: Permissions,
    /// `[request]`.
    pub request: Request,
    /// `[response]`.
    pub response: Response,
}

/// A `[[paths]]` element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathVariant {
    /// `variant`.
    pub variant: String,
    /// `template`.
    pub template: String,
    /// `description`.
    pub description: Option<String>,
}

/// A `[params.<name>]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Param {
    /// The parameter name (the table's key).
    pub name: String,
    /// `docs_name`.
    pub docs_name: Option<String>,
    /// `description`.
    pub description: String,
}

/// A `[query."<name>"]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryParam {
    /// The name on the wire (the table's key), e.g. `$top`.
    pub name: String,
    /// `type`.
    pub ty: String,
    /// `description`.
    pub description: Option<String>,
}

/// One permission type's value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Grant {
    /// `"not supported"`.
    #[default]
    NotSupported,
    /// The permission names, least privileged first.
    Names(Vec<String>),
    /// `"none required"`: any valid token of the type.
    NoneRequired,
}

/// The `[permissions]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Permissions {
    /// `delegated_work`.
    pub delegated_work: Grant,
    /// `delegated_personal`.
    pub delegated_personal: Grant,
    /// `application`.
    pub application: Grant,
    /// `resource`.
    pub resource: Option<String>,
    /// `other_users`, left out when empty.
    pub other_users: Vec<String>,
}

/// A request or response body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Body {
    /// `body = "none"`.
    #[default]
    None,
    /// `[<owner>.body.fields.<name>]` tables.
    Fields(Vec<Field>),
    /// `model = "<type>"`.
    Model(String),
    /// `collection = "<type>"`.
    Collection(String),
    /// `delta = "<type>"`.
    Delta(String),
    /// `bytes = "<media type>"`.
    Bytes(String),
}

/// A field of a body or a model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Field {
    /// The JSON name (the key).
    pub name: String,
    /// `type`, e.g. `string`, `[recipient]`.
    pub ty: String,
    /// `required = true` when set.
    pub required: bool,
    /// `default`.
    pub default: Option<DefaultValue>,
    /// `description`.
    pub description: Option<String>,
}

/// The `[request]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `body`.
    pub body: Body,
    /// `body_optional`.
    pub body_optional: Option<bool>,
    /// `[[request.headers]]`.
    pub headers: Vec<RequestHeader>,
    /// `[[request.rules]]`.
    pub rules: Vec<Rule>,
}

/// A `[[request.headers]]` element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestHeader {
    /// `name`.
    pub name: String,
    /// `value`.
    pub value: String,
    /// `required`.
    pub required: bool,
    /// `description`.
    pub description: Option<String>,
}

/// A `[[request.rules]]` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// `exclusive` or `exactly_one`.
    pub kind: RuleKind,
    /// The field paths.
    pub fields: Vec<String>,
    /// `description`.
    pub description: Option<String>,
}

/// The `[response]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// `status`.
    pub status: u16,
    /// `description`.
    pub description: Option<String>,
    /// `body`.
    pub body: Body,
    /// `[[response.headers]]`.
    pub headers: Vec<ResponseHeader>,
    /// `[[response.alternatives]]`.
    pub alternatives: Vec<Alternative>,
}

impl Default for Response {
    fn default() -> Self {
        Response {
            status: 200,
            description: None,
            body: Body::None,
            headers: Vec::new(),
            alternatives: Vec::new(),
        }
    }
}

/// A `[[response.headers]]` element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseHeader {
    /// `name`.
    pub name: String,
    /// `required`.
    pub required: bool,
    /// `description`.
    pub description: Option<String>,
}

/// A `[[response.alternatives]]` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// `status`.
    pub status: u16,
    /// `description`.
    pub description: Option<String>,
    /// `body`.
    pub body: Body,
    /// `[[response.alternatives.headers]]`.
    pub headers: Vec<ResponseHeader>,
}

/// A models file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Models {
    /// Comment lines at the top of the file (without `# `).
    pub comments: Vec<String>,
    /// `[enums.<name>]`, written first, in this order.
    pub enums: Vec<Enum>,
    /// `[models.<name>]`, in this order.
    pub models: Vec<Model>,
}

/// An `[enums.<name>]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Enum {
    /// Comment lines above the table.
    pub comments: Vec<String>,
    /// The enum name (the key).
    pub name: String,
    /// `description`.
    pub description: Option<String>,
    /// `values`.
    pub values: Vec<String>,
}

/// A `[models.<name>]` table with its `fields`, one inline table a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    /// Comment lines above the table.
    pub comments: Vec<String>,
    /// The model name (the key).
    pub name: String,
    /// `description`.
    pub description: Option<String>,
    /// `base`.
    pub base: Option<String>,
    /// `abstract = true` when set.
    pub is_abstract: bool,
    /// `open = true` when set.
    pub open: bool,
    /// `[models.<name>.fields]`.
    pub fields: Vec<Field>,
}
