use std::fmt;
use std::marker::PhantomData;

use crate::{ApiVersion, Endpoint, PathTemplate};

/// A request for endpoint `E` with every path parameter set and encoded.
///
/// Built by the generated builders (`SendMessage::me().message_id(id).build()`);
/// the HTTP client sends it, tests and mocks can inspect it.
pub struct Request<E: Endpoint> {
    template: &'static PathTemplate,
    path: String,
    version: ApiVersion,
    body: E::RequestBody,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    endpoint: PhantomData<fn() -> E>,
}

impl<E: Endpoint> Request<E> {
    /// Generated builders call this; `path` must already be encoded.
    #[doc(hidden)]
    pub fn __new(
        template: &'static PathTemplate,
        path: String,
        version: ApiVersion,
        body: E::RequestBody,
    ) -> Self {
        Request {
            template,
            path,
            version,
            body,
            query: Vec::new(),
            headers: Vec::new(),
            endpoint: PhantomData,
        }
    }

    /// Generated builders call this with the optional query parameters and headers set.
    #[doc(hidden)]
    pub fn __with_extras(mut self, extras: crate::__private::Extras) -> Self {
        self.query = extras.query;
        self.headers = extras.headers;
        self
    }

    /// Query parameters (raw values, encoded by [`Request::url`]), e.g. `("$top", "10")`.
    pub fn query(&self) -> &[(&'static str, String)] {
        &self.query
    }

    /// The request with query parameter `name` set to `value` (replacing an
    /// earlier value), for OData options the spec does not list, e.g.
    /// `$filter` or `$expand`. The value is encoded when the URL is built.
    pub fn with_query(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.query.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.query.push((name, value.into()));
        self
    }

    /// The request with header `name` set to `value` (replacing an earlier value).
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.headers.push((name, value.into()));
        self
    }

    /// The request asking for `@odata.count`: `$count=true` and the
    /// `ConsistencyLevel: eventual` header that directory objects need for
    /// it (and for `$search`), as Graph's advanced queries require.
    pub fn with_count(self) -> Self {
        self.with_query("$count", "true")
            .with_header("ConsistencyLevel", "eventual")
    }

    /// Optional request headers set on the builder, e.g. `("Prefer", "outlook.timezone=\"UTC\"")`.
    pub fn headers(&self) -> &[(&'static str, String)] {
        &self.headers
    }

    /// The path variant this request uses.
    pub fn template(&self) -> &'static PathTemplate {
        self.template
    }

    /// The encoded path relative to the version root, e.g. `/me/messages/AAMk%2F1/send`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The API version the request targets (the spec's first version unless changed).
    pub fn version(&self) -> ApiVersion {
        self.version
    }

    /// Targets another API version, if the endpoint offers it.
    pub fn with_version(mut self, version: ApiVersion) -> Result<Self, UnsupportedVersion> {
        if !E::VERSIONS.contains(&version) {
            return Err(UnsupportedVersion {
                endpoint: E::NAME,
                version,
            });
        }
        self.version = version;
        Ok(self)
    }

    /// The request body.
    pub fn body(&self) -> &E::RequestBody {
        &self.body
    }

    /// The path including the version root, e.g. `/v1.0/me/messages/AAMk/send`.
    pub fn versioned_path(&self) -> String {
        format!("/{}{}", self.version.as_str(), self.path)
    }

    /// The encoded path and query string, e.g. `/me/mailFolders/inbox/messages?$top=5`.
    pub fn path_and_query(&self) -> String {
        let mut out = String::new();
        self.push_path_and_query(&mut out);
        out
    }

    /// Appends [`path_and_query`](Self::path_and_query) to `out`.
    pub(crate) fn push_path_and_query(&self, out: &mut String) {
        out.push_str(&self.path);
        for (i, (name, value)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            // `$` is legal in a query and Graph's OData names carry it literally.
            out.push_str(&crate::path::encode_segment(name).replace("%24", "$"));
            out.push('=');
            out.push_str(&crate::path::encode_segment(value));
        }
    }

    /// The full URL under `root`, e.g. `https://graph.microsoft.com` gives
    /// `https://graph.microsoft.com/v1.0/me/messages/AAMk/send`, with the
    /// query string percent-encoded.
    pub fn url(&self, root: &str) -> String {
        format!(
            "{}/{}{}",
            root.trim_end_matches('/'),
            self.version.as_str(),
            self.path_and_query()
        )
    }
}

impl<E: Endpoint> fmt::Debug for Request<E>
where
    E::RequestBody: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("endpoint", &E::NAME)
            .field("method", &E::METHOD)
            .field("version", &self.version)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .finish()
    }
}

impl<E: Endpoint> Clone for Request<E>
where
    E::RequestBody: Clone,
{
    fn clone(&self) -> Self {
        Request {
            template: self.template,
            path: self.path.clone(),
            version: self.version,
            body: self.body.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            endpoint: PhantomData,
        }
    }
}

/// The endpoint is not available in the requested API version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedVersion {
    /// The endpoint's name, e.g. `message: send`.
    pub endpoint: &'static str,
    /// The version that was asked for.
    pub version: ApiVersion,
}

impl fmt::Display for UnsupportedVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not available in Graph API version {}",
            self.endpoint, self.version
        )
    }
}

impl std::error::Error for UnsupportedVersion {}
