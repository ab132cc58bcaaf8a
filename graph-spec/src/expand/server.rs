//! Server stubs for one endpoint (graph-runtime `server` feature).
//!
//! Thin by design: a parameter struct, a handler trait with one required
//! async method, and a `mount` function that hands the endpoint's metadata to
//! `graph_runtime::server::GraphServer::route`, where token validation,
//! permission enforcement and the Graph error shape live.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Names, docs, field_name, names, placeholders};
use crate::model::{Body, EndpointSpec, TypeRef};

/// The parameter `/me` stands for: the `{x}` of a `/users/{x}/...` variant,
/// else `user_id`. Must agree with graph-runtime's `enforce::user_param`.
fn user_param(spec: &EndpointSpec) -> String {
    spec.paths
        .iter()
        .find(|p| p.template.value.starts_with("/users/{"))
        .and_then(|p| {
            placeholders(&p.template.value)
                .first()
                .map(|s| (*s).to_owned())
        })
        .unwrap_or_else(|| "user_id".to_owned())
}

fn is_me(template: &str) -> bool {
    template == "/me" || template.starts_with("/me/")
}

/// Server code for one endpoint, emitted inside its builder module.
pub(crate) fn generate(spec: &EndpointSpec, names: &Names<'_>) -> TokenStream {
    let ty = names.ty;
    let name = &spec.name.value;
    let handler_trait = format_ident!("{}Handler", ty);
    let params_ty = format_ident!("{}Params", ty);
    let method = names::ident(&names::snake(&ty.to_string()));
    let user_param = user_param(spec);

    let mut fields = Vec::new();
    let mut takes = Vec::new();
    for p in &spec.params {
        let pname = &p.name.value;
        let field = names::ident(pname);
        let always = spec.paths.iter().all(|v| {
            placeholders(&v.template.value).contains(&pname.as_str())
                || (*pname == user_param && is_me(&v.template.value))
        });
        let mut doc = format!(
            "`{{{pname}}}`, percent-decoded: {}",
            p.description.value.trim()
        );
        if *pname == user_param && spec.paths.iter().any(|v| is_me(&v.template.value)) {
            doc.push_str(
                "\n\nOn a `/me` path this is the signed-in user's id (or principal name, \
                 when the token carries no id).",
            );
        }
        if !always {
            doc.push_str("\n\n`None` on path variants without this parameter.");
        }
        let doc = docs::attrs(&doc);
        if always {
            fields.push(quote!(#doc pub #field: ::std::string::String,));
            takes.push(quote!(#field: route.take(#pname)?,));
        } else {
            fields.push(quote!(#doc pub #field: ::core::option::Option<::std::string::String>,));
            takes.push(quote!(#field: route.take_optional(#pname),));
        }
    }

    for q in &spec.query {
        let wire = &q.wire_name.value;
        let field = names::ident(&field_name(wire.trim_start_matches('$')));
        let description = q.description.as_ref().map_or("", |d| d.value.trim());
        let doc = docs::attrs(&format!(
            "The `{wire}` query parameter: {description}\n\n`None` when the request does not \
             give it; a value that does not parse is answered 400 before the handler runs."
        ));
        let parsed = |t: TokenStream| {
            (
                quote!(::core::option::Option<#t>),
                quote!(#field: route.query_parsed::<#t>(#wire)?,),
            )
        };
        let (ty, take) = match q.ty.value {
            TypeRef::Boolean => parsed(quote!(bool)),
            TypeRef::Int32 => parsed(quote!(i32)),
            TypeRef::Int64 => parsed(quote!(i64)),
            _ => (
                quote!(::core::option::Option<::std::string::String>),
                quote!(#field: route.query(#wire)?,),
            ),
        };
        fields.push(quote!(#doc pub #field: #ty,));
        takes.push(take);
    }
    for h in spec.headers.iter().filter(|h| !h.required.value) {
        let header = &h.name.value;
        let field = names::ident(&field_name(header));
        let description = h.description.as_ref().map_or("", |d| d.value.trim());
        let doc = docs::attrs(&format!(
            "The optional `{header}` request header, documented as `{}`: {description}\n\n\
             `None` when the request does not send it.",
            h.value.value
        ));
        fields.push(quote!(#doc pub #field: ::core::option::Option<::std::string::String>,));
        takes.push(quote!(#field: route.header(#header),));
    }
    let has_body = !matches!(spec.request_body.value, Body::None);

    let paths: Vec<String> = spec
        .paths
        .iter()
        .map(|p| format!("{} {}", spec.method.as_str(), p.template.value))
        .collect();
    let versions: Vec<String> = spec
        .versions
        .iter()
        .map(|v| format!("`/{}`", v.as_str()))
        .collect();
    let params_doc = docs::attrs(&format!(
        "The path parameters{} of a `{name}` call that passed authentication and \
         permission checks.",
        if spec.query.is_empty() && spec.headers.iter().all(|h| h.required.value) {
            ""
        } else {
            ", query parameters and optional headers"
        }
    ));
    let trait_doc = docs::attrs(&format!(
        "Serves `{name}` ([`{ty}`]).\n\n\
         Implement it and pass it to [`mount`]; the method is required, so \
         forgetting it is a compile error. By the time it runs the bearer token \
         is valid, the caller holds one of [`{ty}::PERMISSIONS`] for its \
         permission type, `/me` is resolved, and a delegated caller only \
         reaches its own mailbox.",
    ));
    let body_doc = if has_body {
        " `body` is the decoded JSON request body: it is JSON of the right \
         shape and obeys the endpoint's body rules (`validate_body`)."
    } else {
        ""
    };
    let response_doc = if matches!(spec.response.body.value, Body::None) {
        "the response body is empty"
    } else {
        "the value is answered as JSON"
    };
    let method_doc = docs::attrs(&format!(
        "Handles one `{name}` call by `caller`.{body_doc}\n\n\
         Return `Ok` for the documented `{status} {reason}` ({response_doc}), or a \
         [`GraphError`](::graph_runtime::server::GraphError) such as \
         `GraphError::item_not_found(..)`, answered in Graph's error shape.",
        status = spec.response.status.value,
        reason = docs::reason(spec.response.status.value),
    ));
    let (body_param, body_arg, body_pattern) = if has_body {
        (
            quote!(body: <#ty as ::graph_runtime::Endpoint>::RequestBody,),
            quote!(, body),
            quote!(body),
        )
    } else {
        (TokenStream::new(), TokenStream::new(), quote!(_body))
    };
    let mount_doc = docs::attrs(&format!(
        "Mounts `{name}` on `server`, under {} for:\n\n```text\n{}\n```\n\n\
         Several endpoints compose by mounting them on the same server; one \
         handler value may serve several of them.",
        versions.join(" and "),
        paths.join("\n"),
    ));

    quote! {
        #params_doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct #params_ty {
            #(#fields)*
            /// The API version, path variant and request ids of the call.
            pub route: ::graph_runtime::server::RouteInfo,
        }

        #trait_doc
        pub trait #handler_trait: ::core::marker::Send + ::core::marker::Sync + 'static {
            #method_doc
            fn #method(
                &self,
                caller: ::graph_runtime::server::Caller,
                params: #params_ty,
                #body_param
            ) -> impl ::core::future::Future<
                Output = ::core::result::Result<
                    <#ty as ::graph_runtime::Endpoint>::ResponseBody,
                    ::graph_runtime::server::GraphError,
                >,
            > + ::core::marker::Send;
        }

        #mount_doc
        pub fn mount<H: #handler_trait>(
            server: ::graph_runtime::server::GraphServer,
            handler: ::std::sync::Arc<H>,
        ) -> ::graph_runtime::server::GraphServer {
            server.route::<#ty, _, _>(move |caller, mut route, #body_pattern| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = #params_ty {
                        #(#takes)*
                        route: route.info(),
                    };
                    handler.#method(caller, params #body_arg).await
                }
            })
        }
    }
}
