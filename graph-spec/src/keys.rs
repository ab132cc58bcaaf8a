//! The key names of spec and models files, each spelled once: the loader's
//! allowed lists and getters and the [writer](crate::write) both use these,
//! so renaming a key here renames it everywhere. `ALL` of a table lists its
//! keys in the order the loader's "expected one of" help shows them.

/// `description`, allowed in most tables.
pub const DESCRIPTION: &str = "description";
/// `type`: of a field, a query parameter or a path parameter.
pub const TYPE: &str = "type";
/// `required`: of a field or a header.
pub const REQUIRED: &str = "required";
/// `name`: of the spec or of a header.
pub const NAME: &str = "name";
/// `body`: of the request, the response or an alternative.
pub const BODY: &str = "body";
/// `headers`: of the request, the response or an alternative.
pub const HEADERS: &str = "headers";
/// `status`: of the response or an alternative.
pub const STATUS: &str = "status";
/// `fields`: of a body table or a model.
pub const FIELDS: &str = "fields";

/// `body = "none"`.
pub const NO_BODY: &str = "none";
/// The spelling of an unsupported permission type in specs, as in the docs.
pub const NOT_SUPPORTED: &str = "not supported";
/// What a permission type says when the docs' table reads "None": any valid
/// token of that type may call the endpoint, without a particular permission.
pub const NONE_REQUIRED: &str = "none required";

/// The top level of an endpoint spec.
pub mod spec {
    pub use super::{DESCRIPTION, NAME};
    /// `type_name`.
    pub const TYPE_NAME: &str = "type_name";
    /// `summary`.
    pub const SUMMARY: &str = "summary";
    /// `docs_url`.
    pub const DOCS_URL: &str = "docs_url";
    /// `versions`.
    pub const VERSIONS: &str = "versions";
    /// `method`.
    pub const METHOD: &str = "method";
    /// `[[paths]]`.
    pub const PATHS: &str = "paths";
    /// `[params.<name>]`.
    pub const PARAMS: &str = "params";
    /// `[permissions]`.
    pub const PERMISSIONS: &str = "permissions";
    /// `[request]`.
    pub const REQUEST: &str = "request";
    /// `[response]`.
    pub const RESPONSE: &str = "response";
    /// `[query."<name>"]`.
    pub const QUERY: &str = "query";
    /// `models = "<file>"`: the shared models file.
    pub const MODELS: &str = "models";
    /// Every top-level key.
    pub const ALL: &[&str] = &[
        NAME,
        TYPE_NAME,
        SUMMARY,
        DESCRIPTION,
        DOCS_URL,
        VERSIONS,
        METHOD,
        PATHS,
        PARAMS,
        PERMISSIONS,
        REQUEST,
        RESPONSE,
        QUERY,
        MODELS,
    ];
}

/// A `[[paths]]` element.
pub mod path {
    pub use super::DESCRIPTION;
    /// `variant`.
    pub const VARIANT: &str = "variant";
    /// `template`.
    pub const TEMPLATE: &str = "template";
    /// Every key.
    pub const ALL: &[&str] = &[VARIANT, TEMPLATE, DESCRIPTION];
}

/// A `[params.<name>]` table.
pub mod param {
    pub use super::{DESCRIPTION, TYPE};
    /// `docs_name`.
    pub const DOCS_NAME: &str = "docs_name";
    /// Every key.
    pub const ALL: &[&str] = &[DESCRIPTION, DOCS_NAME, TYPE];
}

/// The `[permissions]` table.
pub mod permissions {
    /// `delegated_work`.
    pub const DELEGATED_WORK: &str = "delegated_work";
    /// `delegated_personal`.
    pub const DELEGATED_PERSONAL: &str = "delegated_personal";
    /// `application`.
    pub const APPLICATION: &str = "application";
    /// `resource`: whose resource a `/users/{...}` path addresses.
    pub const RESOURCE: &str = "resource";
    /// `other_users`: delegated permissions that reach other users' resource.
    pub const OTHER_USERS: &str = "other_users";
    /// The permission types, in the docs' order.
    pub const KINDS: &[&str] = &[DELEGATED_WORK, DELEGATED_PERSONAL, APPLICATION];
    /// Every key.
    pub const ALL: &[&str] = &[
        DELEGATED_WORK,
        DELEGATED_PERSONAL,
        APPLICATION,
        RESOURCE,
        OTHER_USERS,
    ];
}

/// The `[request]` table.
pub mod request {
    pub use super::{BODY, HEADERS};
    /// `body_optional`.
    pub const BODY_OPTIONAL: &str = "body_optional";
    /// `[[request.rules]]`.
    pub const RULES: &str = "rules";
    /// Every key.
    pub const ALL: &[&str] = &[HEADERS, BODY, BODY_OPTIONAL, RULES];
}

/// A `[[request.rules]]` element.
pub mod rule {
    pub use super::DESCRIPTION;
    /// `exclusive = [...]`.
    pub const EXCLUSIVE: &str = "exclusive";
    /// `exactly_one = [...]`.
    pub const EXACTLY_ONE: &str = "exactly_one";
    /// Every key.
    pub const ALL: &[&str] = &[EXCLUSIVE, EXACTLY_ONE, DESCRIPTION];
}

/// A `[[request.headers]]` element.
pub mod header {
    pub use super::{DESCRIPTION, NAME, REQUIRED};
    /// `value`.
    pub const VALUE: &str = "value";
    /// Every key.
    pub const ALL: &[&str] = &[NAME, VALUE, REQUIRED, DESCRIPTION];
}

/// The `[response]` table.
pub mod response {
    pub use super::{BODY, DESCRIPTION, HEADERS, STATUS};
    /// `[[response.alternatives]]`.
    pub const ALTERNATIVES: &str = "alternatives";
    /// Every key.
    pub const ALL: &[&str] = &[STATUS, DESCRIPTION, BODY, HEADERS, ALTERNATIVES];
}

/// A `[[response.headers]]` element (also of an alternative).
pub mod response_header {
    pub use super::{DESCRIPTION, NAME, REQUIRED};
    /// Every key.
    pub const ALL: &[&str] = &[NAME, REQUIRED, DESCRIPTION];
}

/// A `[[response.alternatives]]` element.
pub mod alternative {
    pub use super::{BODY, DESCRIPTION, HEADERS, STATUS};
    /// Every key.
    pub const ALL: &[&str] = &[STATUS, DESCRIPTION, BODY, HEADERS];
}

/// A body table (`[request.body]`, `[response.body]`): exactly one key.
pub mod body {
    pub use super::FIELDS;
    /// `model`: one model object.
    pub const MODEL: &str = "model";
    /// `collection`: a page of a model collection.
    pub const COLLECTION: &str = "collection";
    /// `delta`: a page of a delta query.
    pub const DELTA: &str = "delta";
    /// `bytes`: content of a media type.
    pub const BYTES: &str = "bytes";
    /// Every key.
    pub const ALL: &[&str] = &[FIELDS, MODEL, COLLECTION, DELTA, BYTES];
}

/// A field table (`[request.body.fields.<name>]`, a model's field).
pub mod field {
    pub use super::{DESCRIPTION, REQUIRED, TYPE};
    /// `default`.
    pub const DEFAULT: &str = "default";
    /// Every key.
    pub const ALL: &[&str] = &[TYPE, DESCRIPTION, REQUIRED, DEFAULT];
}

/// A `[query."<name>"]` table.
pub mod query {
    pub use super::{DESCRIPTION, TYPE};
    /// Every key.
    pub const ALL: &[&str] = &[TYPE, DESCRIPTION];
}

/// The top level of a models file.
pub mod models_file {
    /// `[models.<name>]`.
    pub const MODELS: &str = "models";
    /// `[enums.<name>]`.
    pub const ENUMS: &str = "enums";
    /// Every top-level key.
    pub const ALL: &[&str] = &[MODELS, ENUMS];
}

/// A `[models.<name>]` table.
pub mod model {
    pub use super::{DESCRIPTION, FIELDS};
    /// `base`.
    pub const BASE: &str = "base";
    /// `abstract`.
    pub const ABSTRACT: &str = "abstract";
    /// `open`.
    pub const OPEN: &str = "open";
    /// Every key.
    pub const ALL: &[&str] = &[DESCRIPTION, FIELDS, BASE, ABSTRACT, OPEN];
}

/// An `[enums.<name>]` table.
pub mod enumeration {
    pub use super::DESCRIPTION;
    /// `values`.
    pub const VALUES: &str = "values";
    /// Every key.
    pub const ALL: &[&str] = &[DESCRIPTION, VALUES];
}
