//! The client method on the generated builder (graph-runtime `client` feature).
//!
//! Only thin wrappers are generated: `send` builds the request and hands it
//! to `graph_runtime::client::Client::execute_built`, where the logic lives.
//! `send` is a plain function returning the runtime's future rather than an
//! `async fn`: no state machine per builder for the compiler to check.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Cx, docs};

/// The builder's `send`, emitted inside its generic `impl`: one per endpoint,
/// with the same bound as `build`.
pub(crate) fn generate(cx: &Cx<'_>) -> TokenStream {
    let spec = cx.spec;
    let status = cx.resolved.status;
    let succeeds = if cx.resolved.redirects() {
        "Succeeds with the content: Graph answers `302 Found` with its URL, which is \
         followed (without the bearer token to another host); `Response::body` is \
         the `Content` as it arrives"
            .to_owned()
    } else if cx.resolved.response_is_content() {
        format!(
            "Succeeds with `{} {}` and the content: `Response::body` is the `Content` as it arrives",
            status.code, status.reason
        )
    } else if cx.resolved.has_replies() {
        "Succeeds with a documented status: `Response::body` is the `Reply` of the one \
         that came back, 304 included"
            .to_owned()
    } else {
        format!(
            "Succeeds with `{} {}` as documented (any 2xx is accepted; see `Response::status`)",
            status.code, status.reason
        )
    };
    let bounds = super::builder::build_bounds(cx);
    let response = cx.response_body_ty();
    let doc = docs::attrs(&format!(
        "Builds the request and sends {} with `client`.\n\n\
         {succeeds}. Throttled and unavailable responses are retried \
         per the client's retry policy.\n\n\
         # Errors\n\n\
         `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; \
         `Error::Graph` with Graph's decoded error for any other status; \
         `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.",
        docs::code(&format!("{} {}", spec.method.as_str(), spec.name.value)),
    ));
    quote! {
        #doc
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<#response>,
                ::graph_runtime::client::Error,
            >,
        > + '_ #bounds
        {
            client.execute_built(self.build())
        }
    }
}
