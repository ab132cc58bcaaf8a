//! Client methods on the generated builders (graph-runtime `client` feature).

use proc_macro2::TokenStream;

use super::Names;
use crate::model::EndpointSpec;

/// Client code for one endpoint, emitted inside its builder module.
pub(crate) fn generate(_spec: &EndpointSpec, _names: &Names<'_>) -> TokenStream {
    TokenStream::new()
}
