//! Client methods on the generated builders (graph-runtime `client` feature).
//!
//! Only thin wrappers are generated: `send` builds the request and hands it
//! to `graph_runtime::client::Client::execute`, where the logic lives.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Names, docs, param_names, placeholders};
use crate::model::EndpointSpec;

/// Client code for one endpoint, emitted inside its builder module.
pub(crate) fn generate(spec: &EndpointSpec, names: &Names<'_>) -> TokenStream {
    let ty = names.ty;
    let status = spec.response.status.value;
    spec.paths
        .iter()
        .zip(names.builders)
        .map(|(p, builder)| {
            let params: Vec<_> = placeholders(&p.template.value)
                .into_iter()
                .map(param_names)
                .collect();
            let generics: Vec<_> = params.iter().map(|n| &n.generic).collect();
            let bounds = params.iter().map(|n| {
                let (g, m) = (&n.generic, &n.marker);
                quote!(#g: #m)
            });
            let doc = docs::attrs(&format!(
                "Builds the request and sends `{} {}` with `client`.\n\n\
                 Succeeds with `{status} {}` as documented (any 2xx is accepted; see \
                 `Response::status`). Throttled and unavailable responses are retried \
                 per the client's retry policy.\n\n\
                 # Errors\n\n\
                 `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; \
                 `Error::Graph` with Graph's decoded error for any other status; \
                 `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.",
                spec.method.as_str(),
                docs::docs_template(spec, &p.template.value),
                docs::reason(status),
            ));
            quote! {
                impl<#(#generics),*> #builder<#(#generics),*> {
                    #doc
                    pub async fn send(
                        self,
                        client: &::graph_runtime::client::Client,
                    ) -> ::core::result::Result<
                        ::graph_runtime::client::Response<<#ty as ::graph_runtime::Endpoint>::ResponseBody>,
                        ::graph_runtime::client::Error,
                    >
                    where
                        #(#bounds),*
                    {
                        client.execute(self.build()?).await
                    }
                }
            }
        })
        .collect()
}
