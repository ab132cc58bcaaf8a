use std::fmt;
use std::str::FromStr;

use http::{Method, StatusCode};

use crate::Permissions;
use crate::path::{FixedQuery, PathPart};

/// A Microsoft Graph API version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiVersion {
    /// The generally available `v1.0` endpoint.
    V1_0,
    /// The `beta` endpoint (preview APIs, subject to change).
    Beta,
}

impl ApiVersion {
    /// Every version, in the order Graph documents them.
    pub const ALL: [ApiVersion; 2] = [ApiVersion::V1_0, ApiVersion::Beta];

    /// The version as it appears in URLs: `v1.0` or `beta`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiVersion::V1_0 => "v1.0",
            ApiVersion::Beta => "beta",
        }
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Returned when a string names no known [`ApiVersion`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownApiVersion(pub String);

impl fmt::Display for UnknownApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown Graph API version `{}` (expected `v1.0` or `beta`)",
            self.0
        )
    }
}

impl std::error::Error for UnknownApiVersion {}

impl FromStr for ApiVersion {
    type Err = UnknownApiVersion;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ApiVersion::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownApiVersion(s.to_owned()))
    }
}

/// One path variant of an endpoint, e.g. `/me/messages/{message_id}/send`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathTemplate {
    /// The variant's name in the spec; also the name of its constructor.
    pub variant: &'static str,
    /// The template with the spec's parameter names.
    pub template: &'static str,
    /// The template as the Graph documentation writes it,
    /// e.g. `/users/{id | userPrincipalName}/messages/{id}/send`.
    pub docs_template: &'static str,
    /// The parameter a `/me` path stands for (the signed-in user), worked out
    /// by the generator: the `{x}` of the endpoint's `/users/{x}/...` variant,
    /// else `user_id`. The same in every variant of an endpoint.
    pub user_param: &'static str,
    /// The path as the generator parsed it: literal text and parameters,
    /// each parameter with the place that decides its encoding.
    pub parts: &'static [PathPart],
    /// Query parameters the template itself fixes
    /// (`/me/calendarView?startDateTime={start}`), in template order.
    pub query: &'static [FixedQuery],
}

impl PathTemplate {
    /// The parameters, in the order the template names them: those of the
    /// path, then those of its fixed query.
    pub fn params(&self) -> impl Iterator<Item = &'static str> + use<> {
        let path = self.parts.iter().filter_map(|p| match p {
            PathPart::Param(name, _) => Some(*name),
            PathPart::Text(_) => None,
        });
        path.chain(self.query.iter().filter_map(FixedQuery::param))
    }
}

/// A request header the endpoint documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderSpec {
    /// Header name as documented, e.g. `Content-Length`.
    pub name: &'static str,
    /// Documented value; `{token}`-style placeholders are filled in at send time.
    pub value: &'static str,
    /// Whether the endpoint requires the header.
    pub required: bool,
    /// The documentation's description of the header.
    pub description: &'static str,
}

impl HeaderSpec {
    /// The `Authorization` row of (almost) every Graph reference page.
    pub const AUTHORIZATION: HeaderSpec = HeaderSpec {
        name: "Authorization",
        value: "Bearer {token}",
        required: true,
        description: "Bearer {token}. Required.",
    };

    /// The `Content-Type: application/json` row of pages with a JSON body.
    pub const CONTENT_TYPE_JSON: HeaderSpec = HeaderSpec {
        name: "Content-Type",
        value: "application/json",
        required: true,
        description: "Nature of the data in the body of an entity. Required.",
    };
}

/// Metadata of one Microsoft Graph endpoint, generated from its spec.
pub trait Endpoint {
    /// The request body type; `()` for endpoints without a body.
    type RequestBody;
    /// The success response body type; `()` when the response is empty.
    type ResponseBody;

    /// The endpoint's name as the Graph docs title it, e.g. `message: send`.
    const NAME: &'static str;
    /// The HTTP method.
    const METHOD: Method;
    /// Every path variant, relative to the version root (`/v1.0`, `/beta`).
    const PATHS: &'static [PathTemplate];
    /// The API versions that offer the endpoint, first is the default.
    const VERSIONS: &'static [ApiVersion];
    /// The documented success status.
    const SUCCESS_STATUS: StatusCode;
    /// The documented request headers.
    const HEADERS: &'static [HeaderSpec];
    /// Whether the request carries a body (bodiless POSTs send `Content-Length: 0`).
    const HAS_REQUEST_BODY: bool;
    /// Whether a successful response carries a body.
    const HAS_RESPONSE_BODY: bool;
    /// The permissions required to call the endpoint.
    const PERMISSIONS: Permissions;
    /// Link to the endpoint's documentation page.
    const DOCS_URL: &'static str;
    /// For a request body of bytes ([`Content`](crate::Content)): the media
    /// type (or range, `image/*`, `*/*`) it must have. `None` for JSON.
    const REQUEST_CONTENT_TYPE: Option<&'static str> = None;
    /// For a response body of bytes: the media type (or range) the spec
    /// documents. `None` for JSON.
    const RESPONSE_CONTENT_TYPE: Option<&'static str> = None;

    /// The request headers the endpoint requires.
    fn required_headers() -> impl Iterator<Item = &'static HeaderSpec> {
        Self::HEADERS.iter().filter(|h| h.required)
    }

    /// Checks the documented rules of a request body that its type cannot
    /// express, e.g. `comment` and `message.body` are mutually exclusive.
    /// The client checks before sending, the server before the handler runs.
    fn validate_body(body: &Self::RequestBody) -> Result<(), crate::BodyError> {
        let _ = body;
        Ok(())
    }

    /// Whether `version` offers this endpoint.
    fn supports_version(version: ApiVersion) -> bool {
        Self::VERSIONS.contains(&version)
    }
}

/// An endpoint whose answers are the pages of a delta query (a spec's
/// `delta = "<model>"` response, or a page of a model on `/delta` paths):
/// `Client::delta` takes its requests and yields `Item`s and removals.
pub trait DeltaQuery: Endpoint {
    /// The type of the items the query tracks, e.g. `Message`.
    type Item;
}
