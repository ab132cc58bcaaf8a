//! What the importer read from a page, before it becomes spec text.

use std::ops::Range;
use std::path::PathBuf;

/// A permission cell: names least to most privileged, or not supported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Perms {
    /// Least privileged first.
    List(Vec<String>),
    /// The docs say "Not supported." (in their language).
    NotSupported,
    /// The docs say "None." (in their language): any valid token of the
    /// type may call, with no particular permission.
    NoneRequired,
}

/// Permissions of the three types, in the docs' row order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permissions {
    /// Delegated (work or school account).
    pub delegated_work: Perms,
    /// Delegated (personal Microsoft account).
    pub delegated_personal: Perms,
    /// Application.
    pub application: Perms,
    /// Where the table (or include) is, for comparisons across pages.
    pub span: Range<usize>,
    /// Whose resource a `/users/{id}` path addresses (`mailbox`, `drive`, ...).
    pub resource: Option<&'static str>,
    /// Delegated permissions that reach another user's resource.
    pub other_users: Vec<String>,
    /// A table with one row per parent resource (`event`, `message`,
    /// `post`): each row's resource (its resource page's name, lower case)
    /// and its three types, in the table's order. Empty for other tables.
    pub by_resource: Vec<(String, [Perms; 3])>,
}

/// A field's type as the docs give it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeRef {
    /// A spec primitive: `string`, `boolean`, `int32`, ...
    Prim(&'static str),
    /// A resource type with its page.
    Model {
        /// The type name (camelCase), e.g. `itemBody`.
        name: String,
        /// The resource page.
        page: PathBuf,
    },
    /// An enumeration documented by its values.
    Enum {
        /// The type name.
        name: String,
        /// The values, in the docs' order.
        values: Vec<String>,
    },
    /// `X collection`.
    List(Box<TypeRef>),
}

/// A body or model field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// JSON name.
    pub name: String,
    /// Its type.
    pub ty: TypeRef,
    /// "Required." in its description.
    pub required: bool,
    /// A documented default of an optional boolean.
    pub default: Option<bool>,
    /// The docs' description.
    pub description: String,
    /// Where the row is.
    pub span: Range<usize>,
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// No body.
    None,
    /// One resource object.
    Model(TypeRef),
    /// An action's parameters.
    Fields(Vec<Field>),
    /// Content of this media type (range): a file, a photo.
    Bytes(String),
}

/// What a success response carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    /// Nothing.
    None,
    /// One resource object.
    Model(TypeRef),
    /// A page of resource objects.
    Collection(TypeRef),
    /// A page of a delta query: changed resource objects and removed ids.
    Delta(TypeRef),
    /// Content of this media type (range): a file, a photo, a report.
    Bytes(String),
}

/// A request header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The header name.
    pub name: String,
    /// The documented value.
    pub value: String,
    /// "Required." in the description.
    pub required: bool,
    /// The docs' description.
    pub description: String,
    /// Where the row is.
    pub span: Range<usize>,
}

/// A path template as the docs write it and as the spec will.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    /// The docs' line, e.g. `/users/{id | userPrincipalName}/messages/{id}/send`.
    pub docs: String,
    /// The spec template, e.g. `/users/{user_id}/messages/{message_id}/send`.
    pub template: String,
    /// The constructor name.
    pub variant: String,
    /// Where the line is.
    pub span: Range<usize>,
}

/// A declared path parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// snake_case name.
    pub name: String,
    /// How the docs write it, e.g. `id | userPrincipalName`.
    pub docs_name: String,
    /// What it identifies.
    pub description: String,
}

/// A query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The wire name, e.g. `$top`.
    pub name: String,
    /// `string`, `boolean`, `int32`, `int64`.
    pub ty: &'static str,
    /// The setter's rustdoc.
    pub description: String,
}

/// An example request of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleRequest {
    /// The method.
    pub method: String,
    /// The path below the version, without the query.
    pub path: String,
    /// The OData system query options the request line uses (`$select`, `$top`).
    pub odata: Vec<String>,
    /// The JSON body's top-level member names and their offsets.
    pub members: Vec<(String, usize)>,
    /// The JSON kind of each member's value, in `members`' order.
    pub member_kinds: Vec<JsonKind>,
    /// The request's header lines: name and value.
    pub headers: Vec<(String, String)>,
    /// Where the request line is.
    pub span: Range<usize>,
}

/// What a JSON value is, by its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonKind {
    /// `"..."`.
    String,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// `{...}`.
    Object,
    /// `[...]`.
    Array,
    /// `null`, or nothing readable.
    Other,
}

/// An example response of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleResponse {
    /// The status code of `HTTP/1.1 NNN`.
    pub status: u16,
    /// Where the status line is.
    pub span: Range<usize>,
    /// The `Content-Type` header value, lower case, without parameters.
    pub content_type: Option<String>,
    /// The path of the example request it answers (the one before it).
    pub request_path: Option<String>,
}

/// Everything an API page says about its endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// File stem of the spec, e.g. `message_send`.
    pub stem: String,
    /// File stem of the page it is read from; the same as `stem` but for
    /// the specs a page is split into (`attachment_get` for
    /// `attachment_get_message_value`).
    pub page_stem: String,
    /// The page title, e.g. `message: send`.
    pub name: String,
    /// The first sentence of the page.
    pub summary: String,
    /// The rest of the introduction.
    pub description: String,
    /// `v1.0` or `beta`.
    pub version: graph_spec::model::Version,
    /// The reference page on the web.
    pub docs_url: String,
    /// HTTP method.
    pub method: String,
    /// Where the HTTP request block is.
    pub method_span: Range<usize>,
    /// The path variants.
    pub paths: Vec<PathTemplate>,
    /// Their parameters.
    pub params: Vec<Param>,
    /// The permissions.
    pub permissions: Permissions,
    /// Query parameters.
    pub query: Vec<Query>,
    /// Request headers.
    pub headers: Vec<Header>,
    /// Request body.
    pub body: Body,
    /// Success status from the prose.
    pub status: u16,
    /// E.g. `202 Accepted`.
    pub status_text: String,
    /// Where the status is written.
    pub status_span: Range<usize>,
    /// The response body.
    pub response: ResponseBody,
    /// Example requests.
    pub example_requests: Vec<ExampleRequest>,
    /// Example responses.
    pub example_responses: Vec<ExampleResponse>,
    /// The page's API area (`ms.prod` of its front matter, e.g. `outlook`).
    pub area: Option<String>,
}

impl Endpoint {
    /// Leaves the page's prose out, keeping what a spec needs to be exact:
    /// the spec is named by the page's id (its name in `docs_url`), and its
    /// summary, descriptions and status wording stay on the page, which
    /// `docs_url` links to. For specs committed where the docs' text may not
    /// be copied.
    pub fn keep_facts_only(&mut self) {
        self.name = self.stem.replace('_', "-");
        self.summary.clear();
        self.description.clear();
        self.status_text.clear();
        for h in &mut self.headers {
            h.description.clear();
        }
        for q in &mut self.query {
            q.description.clear();
        }
        if let Body::Fields(fields) = &mut self.body {
            for f in fields {
                f.description.clear();
            }
        }
    }
}
