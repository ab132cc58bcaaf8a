//! What a handler learns of its request besides the body: where it came in
//! ([`RouteInfo`]) and its decoded parameters ([`RouteParams`]).

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use http::{HeaderMap, Uri};
use percent_encoding::percent_decode_str;

use crate::server::context::RequestContext;
use crate::server::error::GraphError;
use crate::{ApiVersion, PathTemplate};

/// Where a handled request came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    /// The API version of the URL (`/v1.0` or `/beta`).
    pub version: ApiVersion,
    /// The path variant's name in the spec, e.g. `me` or `user`.
    pub variant: &'static str,
    /// The path variant's template, e.g. `/me/messages/{message_id}/send`.
    pub template: &'static str,
    /// Whether the path was a `/me` path, resolved to the token's user.
    pub me: bool,
    /// The request's ids and date, shared with the response's headers.
    pub context: Arc<RequestContext>,
    /// The request target as received; [`path`](Self::path) is its path.
    pub(crate) uri: Uri,
    /// The query parameters, percent-decoded, in request order, e.g.
    /// `[("$top", "10")]`. Generated parameter structs also carry the
    /// endpoint's documented ones typed.
    pub query: Vec<(String, String)>,
    /// The server's public base URL, e.g. `http://127.0.0.1:8787`, for links
    /// back to this server (`@odata.nextLink`): configured with
    /// [`GraphServer::with_public_base_url`](crate::server::GraphServer::with_public_base_url), by default the listening
    /// address. Never taken from the request's `Host` header, which the
    /// client controls.
    pub base_url: Arc<str>,
}

impl RouteInfo {
    /// The request path as received (still percent-encoded), e.g.
    /// `/v1.0/me/mailFolders/inbox/messages`.
    pub fn path(&self) -> &str {
        self.uri.path()
    }

    /// The first value of query parameter `name` (compared case-insensitively,
    /// as OData system query options are).
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// An absolute link to `path_and_query` (which starts with `/`) on this
    /// server, under its configured public base URL.
    pub fn link(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.base_url.trim_end_matches('/'))
    }
}

/// The decoded path parameters, query parameters and headers of a request,
/// for the generated code to take into an endpoint's parameter struct.
///
/// Its `Debug` output leaves out the headers, which hold the bearer token.
pub struct RouteParams {
    pub(crate) info: RouteInfo,
    pub(crate) values: Vec<(&'static str, String)>,
    pub(crate) headers: HeaderMap,
}

impl fmt::Debug for RouteParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RouteParams")
            .field("info", &self.info)
            .field("values", &self.values)
            .finish_non_exhaustive()
    }
}

impl RouteParams {
    /// Takes the (percent-decoded) value of parameter `name`.
    ///
    /// # Errors
    ///
    /// 500 when the route has no such parameter: the generated code and the
    /// spec disagree.
    pub fn take(&mut self, name: &str) -> Result<String, GraphError> {
        self.take_optional(name).ok_or_else(|| {
            GraphError::internal(format!("the route has no path parameter `{name}`"))
        })
    }

    /// Takes the value of parameter `name`, if this path variant has it.
    pub fn take_optional(&mut self, name: &str) -> Option<String> {
        let i = self.values.iter().position(|(n, _)| *n == name)?;
        Some(self.values.swap_remove(i).1)
    }

    /// Where the request came in.
    pub fn info(&self) -> RouteInfo {
        self.info.clone()
    }

    /// Where the request came in, without copying it (the parameters are
    /// no longer needed once they are taken).
    pub fn into_info(self) -> RouteInfo {
        self.info
    }

    /// The value of query parameter `name` (e.g. `$select`), if given.
    ///
    /// # Errors
    ///
    /// 400 `BadRequest` when the parameter is given more than once.
    pub fn query(&self, name: &str) -> Result<Option<String>, GraphError> {
        let mut values = self
            .info
            .query
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name));
        let first = values.next().map(|(_, v)| v.clone());
        if values.next().is_some() {
            return Err(GraphError::bad_request(format!(
                "Query option '{name}' was specified more than once; it must be specified at most once."
            )));
        }
        Ok(first)
    }

    /// The value of query parameter `name` parsed as `T`, e.g. `$top` as `i32`.
    ///
    /// # Errors
    ///
    /// 400 `BadRequest` when the value does not parse or the parameter is
    /// given more than once.
    pub fn query_parsed<T: FromStr>(&self, name: &str) -> Result<Option<T>, GraphError> {
        match self.query(name)? {
            None => Ok(None),
            Some(raw) => raw.trim().parse().map(Some).map_err(|_| {
                GraphError::bad_request(format!(
                    "Invalid value '{raw}' for query parameter '{name}'."
                ))
            }),
        }
    }

    /// The value of request header `name` (e.g. `Prefer`), if it is present
    /// and visible ASCII; several values are joined with `, `.
    pub fn header(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }
}

/// The values of the query parameters `template`'s request line fixes
/// (`?startDateTime={start}`), added to the path values: each must be given
/// once (names match in any case, as Graph's query options do).
pub(crate) fn fixed_query(
    template: &PathTemplate,
    query: &[(String, String)],
    values: &mut Vec<(&'static str, String)>,
) -> Result<(), GraphError> {
    for fixed in template.query {
        let Some(param) = fixed.param() else { continue };
        let mut given = query
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(fixed.name));
        let (Some((_, value)), None) = (given.next(), given.next()) else {
            return Err(GraphError::bad_request(format!(
                "This request requires the query parameter '{}' exactly once.",
                fixed.name
            )));
        };
        values.push((param, value.clone()));
    }
    Ok(())
}

/// `a=1&b=%24x` -> `[("a", "1"), ("b", "$x")]`; `+` is a space, as in forms.
pub(crate) fn parse_query(query: Option<&str>) -> Vec<(String, String)> {
    // Most requests have no query: nothing to split.
    let Some(query) = query.filter(|q| !q.is_empty()) else {
        return Vec::new();
    };
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        percent_decode_str(&s).decode_utf8_lossy().into_owned()
    };
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_are_decoded() {
        assert_eq!(
            parse_query(Some("%24top=5&$select=subject,from&q=a+b%2Bc&flag&")),
            [
                ("$top".to_owned(), "5".to_owned()),
                ("$select".to_owned(), "subject,from".to_owned()),
                ("q".to_owned(), "a b+c".to_owned()),
                ("flag".to_owned(), String::new()),
            ]
        );
        assert!(parse_query(None).is_empty());
        assert!(parse_query(Some("")).is_empty());
        assert!(parse_query(Some("&&")).is_empty());
    }
}
