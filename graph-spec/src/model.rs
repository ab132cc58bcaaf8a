//! The spec model: what a spec file says, with the source span of every value
//! so that validation can point at it.

use std::ops::Range;

use crate::keys::permissions;

pub use crate::schema::{DefaultValue, EnumDef, Field, ModelDef, TypeRef};
pub use crate::spanned::Sp;

/// A Graph API version a spec may target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Version {
    /// `v1.0`
    V1_0,
    /// `beta`
    Beta,
}

impl Version {
    /// Every version and its spelling in specs and URLs.
    pub const ALL: [(Version, &'static str); 2] =
        [(Version::V1_0, "v1.0"), (Version::Beta, "beta")];

    /// The spelling in specs and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V1_0 => "v1.0",
            Version::Beta => "beta",
        }
    }

    /// The Rust module generated code for this version goes into: `v1_0`, `beta`.
    pub fn module(self) -> &'static str {
        match self {
            Version::V1_0 => "v1_0",
            Version::Beta => "beta",
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The HTTP methods Graph endpoints use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

impl Method {
    /// Every method and its spelling.
    pub const ALL: [(Method, &'static str); 5] = [
        (Method::Get, "GET"),
        (Method::Post, "POST"),
        (Method::Put, "PUT"),
        (Method::Patch, "PATCH"),
        (Method::Delete, "DELETE"),
    ];

    /// The method's name, upper case.
    pub fn as_str(self) -> &'static str {
        Method::ALL
            .iter()
            .find(|(m, _)| *m == self)
            .map_or("GET", |(_, s)| s)
    }
}

/// The three permission types, in the order the Graph docs list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PermissionKind {
    /// Delegated (work or school account)
    DelegatedWork,
    /// Delegated (personal Microsoft account)
    DelegatedPersonal,
    /// Application
    Application,
}

impl PermissionKind {
    /// Every kind with its spec key.
    pub const ALL: [(PermissionKind, &'static str); 3] = [
        (PermissionKind::DelegatedWork, permissions::DELEGATED_WORK),
        (
            PermissionKind::DelegatedPersonal,
            permissions::DELEGATED_PERSONAL,
        ),
        (PermissionKind::Application, permissions::APPLICATION),
    ];

    /// The key in a spec's `[permissions]` table.
    pub fn key(self) -> &'static str {
        match self {
            PermissionKind::DelegatedWork => permissions::DELEGATED_WORK,
            PermissionKind::DelegatedPersonal => permissions::DELEGATED_PERSONAL,
            PermissionKind::Application => permissions::APPLICATION,
        }
    }

    /// The spelling on command lines: `delegated-work`.
    pub fn cli_name(self) -> &'static str {
        match self {
            PermissionKind::DelegatedWork => "delegated-work",
            PermissionKind::DelegatedPersonal => "delegated-personal",
            PermissionKind::Application => "application",
        }
    }

    /// The label in the Graph docs' permissions table.
    pub fn docs_label(self) -> &'static str {
        match self {
            PermissionKind::DelegatedWork => "Delegated (work or school account)",
            PermissionKind::DelegatedPersonal => "Delegated (personal Microsoft account)",
            PermissionKind::Application => "Application",
        }
    }
}

impl std::str::FromStr for PermissionKind {
    type Err = String;

    /// Accepts the spec's key (`delegated_work`) and the command-line
    /// spelling (`delegated-work`), case-insensitively.
    fn from_str(s: &str) -> Result<Self, String> {
        PermissionKind::ALL
            .iter()
            .map(|(kind, _)| *kind)
            .find(|kind| {
                s.eq_ignore_ascii_case(kind.key()) || s.eq_ignore_ascii_case(kind.cli_name())
            })
            .ok_or_else(|| {
                let names: Vec<&str> = PermissionKind::ALL.iter().map(|(k, _)| k.cli_name()).collect();
                format!(
                    "unknown permission type `{s}`; expected one of {} (or the spec's spelling, e.g. `delegated_work`)",
                    names.join(", ")
                )
            })
    }
}

/// What a user-scoped path can address, for `[permissions] resource`: the
/// kinds of per-user data Graph's delegated `*.Shared` and `*.All`
/// permissions reach across users (mail, calendars, contacts, To Do tasks,
/// OneNote notebooks, OneDrive files, the user's profile and presence).
pub const RESOURCES: &[&str] = &[
    "mailbox",
    "calendar",
    "contacts",
    "tasks",
    "notebooks",
    "drive",
    "profile",
    "presence",
];

/// A whole endpoint spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointSpec {
    /// Title as in the Graph docs, e.g. `message: send`.
    pub name: Sp<String>,
    /// Rust type name; derived from `name` when the spec leaves it out.
    pub type_name: Sp<String>,
    /// One-line summary. Optional: specs that hold only facts leave the
    /// page's prose to the page (`docs_url`).
    pub summary: Option<Sp<String>>,
    /// Longer description, possibly empty.
    pub description: Option<Sp<String>>,
    /// Link to the docs page.
    pub docs_url: Option<Sp<String>>,
    /// API versions, the first is the default.
    pub versions: Vec<Sp<Version>>,
    /// HTTP method.
    pub method: Sp<Method>,
    /// Path variants, in spec order.
    pub paths: Vec<PathVariant>,
    /// Declared path parameters, in spec order.
    pub params: Vec<PathParam>,
    /// Permissions per type.
    pub permissions: Vec<PermissionList>,
    /// Whose resource a `/users/{...}` variant addresses (`[permissions] resource`),
    /// one of [`RESOURCES`]: `mailbox`, `calendar`, `drive`, ...
    pub resource: Option<Sp<String>>,
    /// Delegated permissions that reach *other* users' resource through a
    /// `/users/{...}` variant (`[permissions] other_users`), e.g. `Mail.Send.Shared`.
    pub other_users: Vec<Sp<String>>,
    /// Documented request headers.
    pub headers: Vec<Header>,
    /// Query parameters.
    pub query: Vec<QueryParam>,
    /// Constraints across request body fields.
    pub rules: Vec<BodyRule>,
    /// The models file the spec references, as written (relative to the spec).
    pub models_file: Option<Sp<String>>,
    /// The models loaded from `models_file`.
    pub models: std::sync::Arc<ModelSet>,
    /// The request body.
    pub request_body: Sp<Body>,
    /// `[request] body_optional = true`: the body may be left out entirely
    /// (the request then has none); `None` when not written.
    pub request_body_optional: Option<Sp<bool>>,
    /// The success response.
    pub response: Response,
    /// Span of the whole document (for problems with no better place).
    pub span: Range<usize>,
}

/// One path variant, e.g. `me` = `/me/messages/{message_id}/send`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathVariant {
    /// Variant name: the constructor's name.
    pub variant: Sp<String>,
    /// The template with `{param}` placeholders.
    pub template: Sp<String>,
    /// The template's path parsed (once, while loading): literal text and
    /// placeholders, each with the place that decides its encoding and its
    /// span in the spec.
    pub parts: Vec<PathPart>,
    /// The query parameters the template fixes (`?startDateTime={start}`).
    pub query: Vec<FixedQuery>,
    /// Optional description.
    pub description: Option<Sp<String>>,
}

/// A piece of a path template: literal text (with its `/`) or a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    /// Literal text, e.g. `/messages/` or `/range(address='`.
    Text(String),
    /// A `{name}` placeholder: the name, spanning the braces in the spec,
    /// and where its value goes.
    Param(Sp<String>, Place),
}

/// Where a placeholder sits in a template, which decides how its value is
/// encoded (graph-runtime's `path::Place` has the same variants).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// A whole segment: `/messages/{message_id}`.
    Segment,
    /// Inside a segment, outside quotes: `/sites/{hostname}:`, `(row={row})`.
    Inline,
    /// The whole of a quoted value: `range(address='{address}')`.
    Quoted,
    /// A path after a colon: `/drive/root:/{item_path}:/content`.
    ColonPath,
}

impl Place {
    /// The variant's name, as graph-runtime spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Segment => "Segment",
            Place::Inline => "Inline",
            Place::Quoted => "Quoted",
            Place::ColonPath => "ColonPath",
        }
    }
}

/// A query parameter that a template fixes: `name={param}` or `name=text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedQuery {
    /// The name on the wire, e.g. `startDateTime`.
    pub name: String,
    /// A placeholder, or the text the template writes out.
    pub value: Result<Sp<String>, String>,
}

impl PathVariant {
    /// The placeholders with their spans: the path's, then the query's.
    pub fn placeholders(&self) -> impl Iterator<Item = &Sp<String>> {
        let path = self.parts.iter().filter_map(|p| match p {
            PathPart::Param(name, _) => Some(name),
            PathPart::Text(_) => None,
        });
        path.chain(self.query.iter().filter_map(|q| q.value.as_ref().ok()))
    }

    /// The placeholder names, in order: the path's, then the query's.
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.placeholders().map(|p| p.value.as_str())
    }

    /// Whether the template addresses the signed-in user (`/me` or `/me/...`).
    pub fn is_me(&self) -> bool {
        matches!(self.parts.first(), Some(PathPart::Text(t))
            if t.strip_prefix("/me").is_some_and(|rest| rest.is_empty() || rest.starts_with('/')))
    }

    /// Whether the template starts `/users/{...}`: another user's resources.
    pub fn is_users(&self) -> bool {
        match self.parts.as_slice() {
            [
                PathPart::Text(users),
                PathPart::Param(_, Place::Segment),
                ..,
            ] => users == "/users/",
            _ => false,
        }
    }
}

/// A declared path parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathParam {
    /// Name used in templates and as the builder method.
    pub name: Sp<String>,
    /// How the Graph docs write the placeholder, e.g. `id | userPrincipalName`.
    pub docs_name: Option<Sp<String>>,
    /// What the parameter identifies.
    pub description: Sp<String>,
}

/// The permissions of one type: a list (least privileged first), none
/// required, or not supported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionList {
    /// Which permission type.
    pub kind: Sp<PermissionKind>,
    /// `None` when the spec says `"not supported"`; empty when it says
    /// `"none required"` (any valid token of the type may call).
    pub names: Option<Vec<Sp<String>>>,
}

/// A documented request header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Header name.
    pub name: Sp<String>,
    /// Documented value.
    pub value: Sp<String>,
    /// Whether the header is required.
    pub required: Sp<bool>,
    /// Description.
    pub description: Option<Sp<String>>,
}

/// A request or response body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// No body at all.
    None,
    /// A JSON object with the given fields (an action's parameters).
    Fields(Vec<Field>),
    /// One shared model resource, e.g. a `message`.
    Model(Sp<String>),
    /// A page of a collection of a model: `{"value": [...], "@odata.nextLink": "..."}`.
    Collection(Sp<String>),
    /// (responses) A page of a delta query of a model: changed items, and
    /// removed ones as `{"id": ..., "@removed": {"reason": ...}}`, with
    /// `@odata.nextLink` or `@odata.deltaLink`.
    Delta(Sp<String>),
    /// Bytes of the given media type or range, e.g. `image/jpeg`, `image/*`
    /// or `*/*` (a file's content, a photo, `$value`).
    Bytes(Sp<String>),
}

/// A file of shared models and enums.
///
/// What the types say about each other (a name index, containment cycles,
/// which derive `Default` or `Eq`) is worked out on first use and kept, so a
/// set shared by thousands of specs is indexed once; a set is not changed
/// after it is loaded.
#[derive(Debug, Clone, Default)]
pub struct ModelSet {
    /// Model types.
    pub models: Vec<ModelDef>,
    /// Enum types.
    pub enums: Vec<EnumDef>,
    facts: std::sync::OnceLock<crate::model_graph::ModelFacts>,
}

impl PartialEq for ModelSet {
    fn eq(&self, other: &Self) -> bool {
        self.models == other.models && self.enums == other.enums
    }
}

impl Eq for ModelSet {}

impl ModelSet {
    /// A set of these types.
    pub fn new(models: Vec<ModelDef>, enums: Vec<EnumDef>) -> Self {
        ModelSet {
            models,
            enums,
            facts: std::sync::OnceLock::new(),
        }
    }

    /// The facts of the set, worked out once.
    pub(crate) fn facts(&self) -> &crate::model_graph::ModelFacts {
        self.facts
            .get_or_init(|| crate::model_graph::ModelFacts::of(&self.models, &self.enums))
    }

    /// The model named `name`.
    pub fn model(&self, name: &str) -> Option<&ModelDef> {
        self.facts().model(name).and_then(|i| self.models.get(i))
    }

    /// The enum named `name`.
    pub fn enum_def(&self, name: &str) -> Option<&EnumDef> {
        self.facts()
            .enum_index(name)
            .and_then(|i| self.enums.get(i))
    }

    /// Whether `name` is a model or enum here.
    pub fn defines(&self, name: &str) -> bool {
        self.facts().defines(name)
    }
}

/// How the fields of a [`BodyRule`] relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// At most one of the fields may be present.
    Exclusive,
    /// Exactly one of the fields must be present.
    ExactlyOne,
}

/// A documented constraint across request body fields, e.g. `comment` and
/// `message.body` are mutually exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRule {
    /// The relation.
    pub kind: Sp<RuleKind>,
    /// Dotted JSON paths into the body, e.g. `message.toRecipients`.
    pub fields: Vec<Sp<String>>,
    /// The docs' wording, used in error messages.
    pub description: Option<Sp<String>>,
}

/// A query parameter, e.g. OData `$top`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryParam {
    /// The name on the wire, e.g. `$top`.
    pub wire_name: Sp<String>,
    /// Its type (scalar).
    pub ty: Sp<TypeRef>,
    /// Description.
    pub description: Option<Sp<String>>,
}

/// The success response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// Success status code.
    pub status: Sp<u16>,
    /// Description of the success response.
    pub description: Option<Sp<String>>,
    /// The response body.
    pub body: Sp<Body>,
    /// `[[response.headers]]`: headers the success status carries.
    pub headers: Vec<ResponseHeader>,
    /// `[[response.alternatives]]`: the other statuses the endpoint answers
    /// on success (e.g. 304 for a conditional GET), in spec order.
    pub alternatives: Vec<Alternative>,
}

/// Another success status of an endpoint (`[[response.alternatives]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The status code: 2xx, or 304.
    pub status: Sp<u16>,
    /// What the status means for this endpoint.
    pub description: Option<Sp<String>>,
    /// Its body (`none` for 204 and 304).
    pub body: Sp<Body>,
    /// The headers it carries.
    pub headers: Vec<ResponseHeader>,
}

/// A response header a status carries, set by handlers and read by clients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseHeader {
    /// Header name, e.g. `Location`.
    pub name: Sp<String>,
    /// Whether the status always carries it (a handler must set it).
    pub required: Sp<bool>,
    /// Description.
    pub description: Option<Sp<String>>,
}

impl EndpointSpec {
    /// The declared parameter named `name`.
    pub fn param(&self, name: &str) -> Option<&PathParam> {
        self.params.iter().find(|p| p.name.value == name)
    }

    /// The Graph docs' spelling of a variant's template:
    /// `/users/{user_id}` -> `/users/{id | userPrincipalName}`.
    pub fn docs_template(&self, variant: &PathVariant) -> String {
        let mut out = String::with_capacity(variant.template.value.len());
        let docs = |p: &Sp<String>| {
            let name = self.param(&p.value).and_then(|d| d.docs_name.as_ref());
            format!(
                "{{{}}}",
                name.map_or(p.value.as_str(), |d| d.value.as_str())
            )
        };
        for part in &variant.parts {
            match part {
                PathPart::Text(t) => out.push_str(t),
                PathPart::Param(p, _) => out.push_str(&docs(p)),
            }
        }
        for (i, q) in variant.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&q.name);
            out.push('=');
            match &q.value {
                Ok(p) => out.push_str(&docs(p)),
                Err(text) => out.push_str(text),
            }
        }
        out
    }

    /// The permission list for `kind`, `None` if not supported, empty when
    /// none is required.
    pub fn permissions_for(&self, kind: PermissionKind) -> Option<Vec<&str>> {
        self.permissions
            .iter()
            .find(|p| p.kind.value == kind)
            .and_then(|p| p.names.as_ref())
            .map(|names| names.iter().map(|n| n.value.as_str()).collect())
    }
}
