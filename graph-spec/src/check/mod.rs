//! Semantic checks on a spec that was read completely, one file per concern:
//! the endpoint's own keys, paths, permissions, headers, statuses and
//! response headers, payloads, models, the names the generated code claims
//! and size limits.

mod endpoint;
mod headers;
mod limits;
mod models;
mod names;
mod paths;
mod payloads;
mod permissions;
mod reply;
mod resolve;

pub(crate) use models::check_models;
pub(crate) use resolve::resolve;

use crate::diagnostic::Sink;
use crate::model::EndpointSpec;

/// Checks a spec that was read completely, reporting every problem into
/// `sink`. The generator resolves a spec that passed with [`resolve`].
pub(crate) fn check(spec: &EndpointSpec, sink: &mut Sink) {
    let facts = spec.models.facts();
    limits::check_endpoint(spec, sink);
    endpoint::check(spec, sink);
    paths::check_paths(spec, sink);
    paths::check_params(spec, sink);
    permissions::check_permissions(spec, sink);
    headers::check_headers(spec, sink);
    reply::check_status(spec, sink);
    payloads::check_payloads(spec, facts, sink);
    reply::check(spec, facts, sink);
    payloads::check_rules(spec, sink);
    names::check_endpoint(spec, sink);
}
