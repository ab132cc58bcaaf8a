//! The aggregate of a set of endpoints with server stubs, in the style of
//! dropshot's API traits: one `Handlers` trait that every endpoint's handler
//! trait is a supertrait of, and `mount_all`, which mounts them all. A
//! server that forgets an endpoint does not compile, instead of silently
//! answering 404.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs;
use crate::model::EndpointSpec;
use crate::naming::{self, ident, module_name};

/// `Handlers` and `mount_all` for `specs`, emitted next to their modules.
pub(crate) fn generate(specs: &[&EndpointSpec]) -> TokenStream {
    let traits: Vec<TokenStream> = specs
        .iter()
        .map(|s| {
            let module = ident(&module_name(&s.type_name.value));
            let [_, handler] = naming::server_types(&ident(&s.type_name.value).to_string());
            let handler = ident(&handler);
            quote!(#module::#handler)
        })
        .collect();
    let modules: Vec<_> = specs
        .iter()
        .map(|s| ident(&module_name(&s.type_name.value)))
        .collect();
    // Every mount but the last clones the handler; the last one takes it.
    let Some((last, rest)) = modules.split_last() else {
        return TokenStream::new();
    };
    let names: Vec<String> = specs
        .iter()
        .map(|s| format!("{} ([`{}`])", docs::code(&s.name.value), s.type_name.value))
        .collect();
    let trait_doc = docs::attrs(&format!(
        "Serves every endpoint of this module: {}.\n\n\
         Implemented for every type that implements each endpoint's handler trait; \
         [`mount_all`] requires it, so a server that forgets one does not compile.",
        names.join(", ")
    ));
    let mount_doc = docs::attrs(
        "Mounts every endpoint of this module on `server`, all served by `handler`.\n\n\
         # Errors\n\n\
         When two endpoints (of this module or mounted before) have the same method and path.",
    );
    quote! {
        #trait_doc
        pub trait Handlers: #(#traits)+* {}

        impl<H: #(#traits)+*> Handlers for H {}

        #mount_doc
        pub fn mount_all<H: Handlers>(
            server: ::graph_runtime::server::GraphServer,
            handler: ::std::sync::Arc<H>,
        ) -> ::core::result::Result<
            ::graph_runtime::server::GraphServer,
            ::graph_runtime::server::MountError,
        > {
            #(let server = #rest::mount(server, ::std::sync::Arc::clone(&handler))?;)*
            #last::mount(server, handler)
        }
    }
}
