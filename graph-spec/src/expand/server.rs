//! Server stubs for one endpoint (graph-runtime `server` feature).
//!
//! Thin by design: a parameter struct, a handler trait with one required
//! async method, and a `mount` function that hands the endpoint's metadata to
//! `graph_runtime::server::GraphServer::route`, where token validation,
//! permission enforcement and the Graph error shape live.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Cx, docs};
use crate::naming::{self, ident, snake};
use crate::resolved::{BodyType, Scalar};

/// Server code for one endpoint, emitted inside its builder module: the
/// params struct, the handler trait and `mount`.
pub(crate) fn generate(cx: &Cx<'_>) -> TokenStream {
    let (fields, takes) = params_fields(cx);
    let [params_ty, _] = server_idents(cx);
    let params_doc = params_doc(cx);
    let handler = handler_trait(cx);
    let mount = mount_fn(cx, &takes);
    quote! {
        #params_doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct #params_ty {
            #(#fields)*
            /// The API version, path variant and request ids of the call.
            pub route: ::graph_runtime::server::RouteInfo,
        }

        #handler

        #mount
    }
}

/// The params struct's fields, and how `mount` fills each from the route.
fn params_fields(cx: &Cx<'_>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let resolved = cx.resolved;
    let mut fields = Vec::new();
    let mut takes = Vec::new();
    for p in &resolved.params {
        let pname = &p.name;
        let field = ident(pname);
        let mut doc = format!(
            "`{{{pname}}}`, percent-decoded: {}",
            docs::text(p.description.trim())
        );
        if p.filled_by_me {
            doc.push_str(
                "\n\nOn a `/me` path this is the signed-in user's id (or principal name, \
                 when the token carries no id).",
            );
        }
        if !p.always {
            doc.push_str("\n\n`None` on path variants without this parameter.");
        }
        let doc = docs::attrs(&doc);
        if p.always {
            fields.push(quote!(#doc pub #field: ::std::string::String,));
            takes.push(quote!(#field: route.take(#pname)?,));
        } else {
            fields.push(quote!(#doc pub #field: ::core::option::Option<::std::string::String>,));
            takes.push(quote!(#field: route.take_optional(#pname),));
        }
    }
    for q in &resolved.query {
        let wire = &q.wire;
        let field = ident(&q.name);
        let doc = docs::attrs(&format!(
            "The `{wire}` query parameter: {}\n\n`None` when the request does not \
             give it; a value that does not parse is answered 400 before the handler runs.",
            docs::text(q.description.trim())
        ));
        let parsed = |t: TokenStream| {
            (
                quote!(::core::option::Option<#t>),
                quote!(#field: route.query_parsed::<#t>(#wire)?,),
            )
        };
        let (ty, take) = match q.ty {
            Scalar::Bool => parsed(quote!(bool)),
            Scalar::I32 => parsed(quote!(i32)),
            Scalar::I64 => parsed(quote!(i64)),
            Scalar::String => (
                quote!(::core::option::Option<::std::string::String>),
                quote!(#field: route.query(#wire)?,),
            ),
        };
        fields.push(quote!(#doc pub #field: #ty,));
        takes.push(take);
    }
    for h in &resolved.optional_headers {
        let header = &h.header;
        let field = ident(&h.name);
        let doc = docs::attrs(&format!(
            "The optional `{header}` request header, documented as {}: {}\n\n\
             `None` when the request does not send it.",
            docs::code(&h.value),
            docs::text(h.description.trim())
        ));
        fields.push(quote!(#doc pub #field: ::core::option::Option<::std::string::String>,));
        takes.push(quote!(#field: route.header(#header),));
    }
    (fields, takes)
}

fn params_doc(cx: &Cx<'_>) -> TokenStream {
    docs::attrs(&format!(
        "The path parameters{} of a {} call that passed authentication and \
         permission checks.",
        if cx.resolved.has_extras() {
            ", query parameters and optional headers"
        } else {
            ""
        },
        docs::code(&cx.spec.name.value)
    ))
}

/// The params struct and handler trait of the endpoint, named as the
/// checks reserved them.
fn server_idents(cx: &Cx<'_>) -> [proc_macro2::Ident; 2] {
    naming::server_types(&cx.ty.to_string()).map(|name| ident(&name))
}

/// The handler's method name: the endpoint type in snake case.
fn handler_method(cx: &Cx<'_>) -> proc_macro2::Ident {
    ident(&snake(&cx.ty.to_string()))
}

/// The handler trait: one required async method per endpoint.
fn handler_trait(cx: &Cx<'_>) -> TokenStream {
    let (spec, resolved, ty) = (cx.spec, cx.resolved, &cx.ty);
    let name = docs::code(&spec.name.value);
    let [params_ty, handler_trait] = server_idents(cx);
    let method = handler_method(cx);
    let resource = spec
        .resource
        .as_ref()
        .map_or_else(|| "resources".to_owned(), |r| docs::text(&r.value));
    let reach = if spec.other_users.is_empty() {
        format!("a delegated caller only reaches its own {resource}")
    } else {
        format!(
            "a delegated caller reaches another user's {resource} only with one of \
             `PERMISSIONS.other_users`"
        )
    };
    let trait_doc = docs::attrs(&format!(
        "Serves {name} ([`{ty}`]).\n\n\
         Implement it and pass it to [`mount`]; the method is required, so \
         forgetting it is a compile error. By the time it runs the bearer token \
         is valid, the caller holds one of [`{ty}::PERMISSIONS`] for its \
         permission type, `/me` is resolved, and {reach}.",
    ));
    let body_doc = if resolved.request_is_content() {
        " `body` is the request's content, of the declared media type, streamed: \
         reading past the server's body limit gives `ContentError::TooLarge` \
         (answered 413 through `?`)."
    } else if resolved.has_request_body() {
        " `body` is the decoded JSON request body: it is JSON of the right \
         shape and obeys the endpoint's body rules (`validate_body`)."
    } else {
        ""
    };
    let response_doc = if resolved.redirects() {
        "a `Redirect` to the content's URL, answered with `Location`"
    } else if resolved.response_is_content() {
        "the `Content` is answered with its media type"
    } else if resolved.has_replies() {
        "the `Reply` variant says the status, headers and body; only declared statuses exist"
    } else if resolved.response_body == BodyType::None {
        "the response body is empty"
    } else {
        "the value is answered as JSON"
    };
    let method_doc = docs::attrs(&format!(
        "Handles one {name} call by `caller`.{body_doc}\n\n\
         Return `Ok` for the documented `{status} {reason}` ({response_doc}), or a \
         [`GraphError`](::graph_runtime::server::GraphError) such as \
         `GraphError::item_not_found(..)`, answered in Graph's error shape.",
        status = resolved.status.code,
        reason = resolved.status.reason,
    ));
    let body_param = if resolved.has_request_body() {
        let body = cx.endpoint_request_body_ty();
        quote!(body: #body,)
    } else {
        TokenStream::new()
    };
    let answer = if resolved.redirects() {
        quote!(::graph_runtime::server::Redirect)
    } else {
        cx.response_body_ty()
    };
    quote! {
        #trait_doc
        pub trait #handler_trait: ::core::marker::Send + ::core::marker::Sync + 'static {
            #method_doc
            fn #method(
                &self,
                caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
                params: #params_ty,
                #body_param
            ) -> impl ::core::future::Future<
                Output = ::core::result::Result<
                    #answer,
                    ::graph_runtime::server::GraphError,
                >,
            > + ::core::marker::Send;
        }
    }
}

/// `mount`: hands the endpoint and a closure calling the handler to the runtime.
fn mount_fn(cx: &Cx<'_>, takes: &[TokenStream]) -> TokenStream {
    let (spec, resolved, ty) = (cx.spec, cx.resolved, &cx.ty);
    let [params_ty, handler_trait] = server_idents(cx);
    let method = handler_method(cx);
    let paths: Vec<String> = resolved
        .variants
        .iter()
        .map(|v| format!("{} {}", spec.method.as_str(), v.template))
        .collect();
    let versions: Vec<String> = spec
        .versions
        .iter()
        .map(|v| format!("`/{}`", v.as_str()))
        .collect();
    let mount_doc = docs::attrs(&format!(
        "Mounts {} on `server`, under {} for:\n\n```text\n{}\n```\n\n\
         Several endpoints compose by mounting them on the same server; one \
         handler value may serve several of them.\n\n\
         # Errors\n\n\
         When an endpoint mounted already has the same method and path.",
        docs::code(&spec.name.value),
        versions.join(" and "),
        paths.join("\n"),
    ));
    let (body_arg, body_pattern) = if resolved.has_request_body() {
        (quote!(, body), quote!(body))
    } else {
        (TokenStream::new(), quote!(_body))
    };
    // Path parameters are taken out of the route (`take`); an endpoint
    // without any only reads it, and `mut` would be an unused-mut warning.
    let route_binding = if resolved.params.is_empty() {
        quote!(route)
    } else {
        quote!(mut route)
    };
    quote! {
        #mount_doc
        pub fn mount<H: #handler_trait>(
            server: ::graph_runtime::server::GraphServer,
            handler: ::std::sync::Arc<H>,
        ) -> ::core::result::Result<
            ::graph_runtime::server::GraphServer,
            ::graph_runtime::server::MountError,
        > {
            server.route::<#ty, _, _, _>(move |caller, #route_binding, #body_pattern| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = #params_ty {
                        #(#takes)*
                        route: route.into_info(),
                    };
                    handler.#method(caller, params #body_arg).await
                }
            })
        }
    }
}
