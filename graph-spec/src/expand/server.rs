//! Server stubs for one endpoint (graph-runtime `server` feature).

use proc_macro2::TokenStream;

use super::Names;
use crate::model::EndpointSpec;

/// Server code for one endpoint, emitted inside its builder module.
pub(crate) fn generate(_spec: &EndpointSpec, _names: &Names<'_>) -> TokenStream {
    TokenStream::new()
}
