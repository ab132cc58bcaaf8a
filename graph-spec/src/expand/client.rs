//! Client methods on the generated builders (graph-runtime `client` feature).
//!
//! Only thin wrappers are generated: `send` builds the request and hands it
//! to `graph_runtime::client::Client::execute_built`, where the logic lives.
//! `send` is a plain function returning the runtime's future rather than an
//! `async fn`: no state machine per builder for the compiler to check.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Cx, builder, docs};
use crate::naming::ident;

/// Client code for one endpoint, emitted inside its builder module.
pub(crate) fn generate(cx: &Cx<'_>) -> TokenStream {
    let (spec, ty) = (cx.spec, &cx.ty);
    let status = cx.resolved.status;
    cx.resolved
        .variants
        .iter()
        .map(|variant| {
            let builder = ident(&variant.builder);
            let slots = builder::bounds(cx, variant);
            let generics: Vec<_> = slots.iter().map(|(g, _)| g).collect();
            let bounds = slots.iter().map(|(g, m)| quote!(#g: #m));
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
                variant.docs_template,
                status.reason,
                status = status.code,
            ));
            quote! {
                impl<#(#generics),*> #builder<#(#generics),*> {
                    #doc
                    pub fn send(
                        self,
                        client: &::graph_runtime::client::Client,
                    ) -> impl ::core::future::Future<
                        Output = ::core::result::Result<
                            ::graph_runtime::client::Response<<#ty as ::graph_runtime::Endpoint>::ResponseBody>,
                            ::graph_runtime::client::Error,
                        >,
                    > + '_
                    where
                        #(#bounds),*
                    {
                        client.execute_built(self.build())
                    }
                }
            }
        })
        .collect()
}
