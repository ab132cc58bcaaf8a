//! The one code generator: a checked [`EndpointSpec`] and its resolved form
//! -> Rust tokens that compile against `graph-runtime`. Every front end
//! (attribute macro, build script, CLI) calls `graph_spec::generate`, so they
//! all emit the same code. Nothing here decides a name or validates: that was
//! `check`'s job; this only renders.

pub(crate) mod aggregate;
mod body;
mod builder;
mod client;
mod doc_escape;
mod docs;
mod models;
mod reply;
mod server;

pub use models::{generate_models, generate_models_union};

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::model::*;
use crate::naming::{ident, snake};
use crate::resolved::{BodyType, Resolved, Variant};

/// What the caller supplies besides the spec: the endpoint struct's name,
/// visibility and extra attributes (the attribute macro passes the user's).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The endpoint type's name; the spec's `type_name` when `None`.
    pub type_name: Option<Ident>,
    /// The struct's visibility; `pub` when `None`.
    pub vis: Option<TokenStream>,
    /// Attributes to put on the struct after the generated docs.
    pub attrs: TokenStream,
    /// Also generate client methods (needs graph-runtime's `client` feature).
    pub client: bool,
    /// Also generate server stubs (needs graph-runtime's `server` feature).
    pub server: bool,
    /// Where the shared model types are, as seen from inside the endpoint's
    /// module; `super::models` when `None` (a `models` module next to the endpoint).
    pub models: Option<TokenStream>,
}

/// What every part of one endpoint's code is rendered from.
pub(crate) struct Cx<'a> {
    /// The spec, for its texts.
    pub spec: &'a EndpointSpec,
    /// Its resolved names and types.
    pub resolved: &'a Resolved,
    /// The endpoint type, e.g. `SendMessage` (the caller's name wins).
    pub ty: Ident,
    /// Where the model types are, seen from inside the endpoint's module.
    pub models: TokenStream,
}

impl Cx<'_> {
    /// The Rust type of a body.
    pub fn body_ty(&self, body: &BodyType) -> TokenStream {
        let models = &self.models;
        match body {
            BodyType::None => quote!(()),
            BodyType::Fields => quote!(Body),
            BodyType::Model(name) => {
                let t = ident(name);
                quote!(#models::#t)
            }
            BodyType::Collection(name) => {
                let t = ident(name);
                quote!(::graph_runtime::Page<#models::#t>)
            }
            BodyType::Delta(name) => {
                let t = ident(name);
                quote!(::graph_runtime::Page<::graph_runtime::DeltaItem<#models::#t>>)
            }
            BodyType::Bytes(_) => quote!(::graph_runtime::Content),
        }
    }

    /// The Rust type of the request body a builder takes; `()` for none.
    pub fn request_body_ty(&self) -> TokenStream {
        self.body_ty(&self.resolved.request_body)
    }

    /// The endpoint's `ResponseBody`: the generated `Reply` of an endpoint
    /// that declares several statuses or response headers, else the body
    /// type (`()` for none). Generated signatures name it rather than
    /// `<T as Endpoint>::ResponseBody`, so that their docs say what it is.
    pub fn response_body_ty(&self) -> TokenStream {
        if self.resolved.has_replies() {
            quote!(Reply)
        } else {
            self.body_ty(&self.resolved.response_body)
        }
    }

    /// The endpoint's `RequestBody`: the body type, in an `Option` when the
    /// spec lets the body be left out.
    pub fn endpoint_request_body_ty(&self) -> TokenStream {
        let body = self.request_body_ty();
        if self.resolved.request_body_optional {
            quote!(::core::option::Option<#body>)
        } else {
            body
        }
    }
}

fn version_tokens(v: Version) -> TokenStream {
    match v {
        Version::V1_0 => quote!(rt::ApiVersion::V1_0),
        Version::Beta => quote!(rt::ApiVersion::Beta),
    }
}

/// Generates the endpoint type, its `Endpoint` impl, and a module with its
/// request builder with the path variant as a type parameter.
pub(crate) fn generate(spec: &EndpointSpec, resolved: &Resolved, options: &Options) -> TokenStream {
    let cx = Cx {
        spec,
        resolved,
        ty: options
            .type_name
            .clone()
            .unwrap_or_else(|| ident(&spec.type_name.value)),
        models: options
            .models
            .clone()
            .unwrap_or_else(|| quote!(super::models)),
    };
    let ty = &cx.ty;
    let vis = options.vis.clone().unwrap_or_else(|| quote!(pub));
    let attrs = &options.attrs;
    let module = ident(&snake(&ty.to_string()));
    let endpoint_doc = docs::attrs(&docs::endpoint_doc(spec, resolved));
    let module_doc = docs::attrs(&format!(
        "The request builder of [`{ty}`] and its path variants."
    ));

    let paths = resolved.variants.iter().map(|v| path_template(resolved, v));
    let permissions = permissions_const(spec);
    let constructors = spec
        .paths
        .iter()
        .zip(&resolved.variants)
        .map(|(p, v)| builder::constructor(&cx, v, &docs::variant_doc(spec, p, v)));
    let endpoint_impl = endpoint_impl(&cx);
    let body_struct = body::body_struct(&cx, options.server);
    let client = if options.client {
        client::generate(&cx)
    } else {
        TokenStream::new()
    };
    let builder = builder::builder(&cx, client);
    let variants = resolved
        .variants
        .iter()
        .enumerate()
        .map(|(i, v)| builder::variant(&cx, i, v));
    let markers = resolved
        .params
        .iter()
        .map(|p| builder::param_marker(&cx, p));
    let reply = reply::generate(&cx, options.server, options.client);
    let server = if options.server {
        server::generate(&cx)
    } else {
        TokenStream::new()
    };

    quote! {
        #endpoint_doc
        #attrs
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
        #vis struct #ty;

        #module_doc
        #vis mod #module {
            use super::#ty;
            // Short paths keep generated lines short; the module is the
            // generator's own, so nothing else is named `rt` or `ts` here.
            use ::graph_runtime::{self as rt, typestate as ts};

            const PATHS: &[rt::PathTemplate] = &[#(#paths),*];

            impl #ty {
                #permissions

                #(#constructors)*
            }

            #endpoint_impl

            #body_struct

            #builder

            #(#variants)*

            #(#markers)*

            #reply

            #server
        }
    }
}

/// A variant's `PathTemplate`, carrying the parameter `/me` stands for and
/// the parsed template, so the runtime never parses it again.
fn path_template(resolved: &Resolved, v: &Variant) -> TokenStream {
    let (variant, template, docs_template) = (&v.name, &v.template, &v.docs_template);
    let user_param = &resolved.user_param;
    let parts = v.parts.iter().map(|part| match part {
        PathPart::Text(text) => quote!(rt::path::PathPart::Text(#text)),
        PathPart::Param(name, place) => {
            let (name, place) = (&name.value, format_ident!("{}", place.as_str()));
            quote!(rt::path::PathPart::Param(#name, rt::path::Place::#place))
        }
    });
    let query = v.query.iter().map(|q| {
        let name = &q.name;
        let value = match &q.value {
            Ok(param) => {
                let param = &param.value;
                quote!(rt::path::QueryValue::Param(#param))
            }
            Err(text) => quote!(rt::path::QueryValue::Text(#text)),
        };
        quote!(rt::path::FixedQuery { name: #name, value: #value })
    });
    quote! {
        rt::PathTemplate {
            variant: #variant,
            template: #template,
            docs_template: #docs_template,
            user_param: #user_param,
            parts: &[#(#parts),*],
            query: &[#(#query),*],
        }
    }
}

/// The endpoint type's `PERMISSIONS` constant, documented as the docs' table.
fn permissions_const(spec: &EndpointSpec) -> TokenStream {
    let permission_lists = PermissionKind::ALL.iter().map(|(kind, _)| {
        let field = format_ident!("{}", kind.key());
        match spec.permissions_for(*kind) {
            Some(list) => quote!(#field: ::core::option::Option::Some(&[#(#list),*])),
            None => quote!(#field: ::core::option::Option::None),
        }
    });
    let other_users = spec.other_users.iter().map(|p| p.value.as_str());
    let resource = spec.resource.as_ref().map_or("", |r| r.value.as_str());
    // The table is in the endpoint type's own docs; one copy is enough.
    let doc = docs::attrs(&format!(
        "The permissions that allow calling {}, least privileged first: the \
         [table](Self#permissions) of the type's docs.",
        docs::code(&spec.name.value),
    ));
    quote! {
        #doc
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            #(#permission_lists,)*
            resource: #resource,
            other_users: &[#(#other_users),*],
        };
    }
}

/// `impl Endpoint for T`: the metadata the runtime reads.
fn endpoint_impl(cx: &Cx<'_>) -> TokenStream {
    let (spec, resolved, ty) = (cx.spec, cx.resolved, &cx.ty);
    let name = &spec.name.value;
    let method = format_ident!("{}", spec.method.as_str());
    let versions = spec.versions.iter().map(|v| version_tokens(v.value));
    let status = format_ident!("{}", resolved.status.constant);
    let docs_url = spec.docs_url.as_ref().map_or("", |u| u.value.as_str());
    let has_request_body = resolved.has_request_body();
    let has_response_body = !matches!(resolved.response_body, BodyType::None);
    let request_body_ty = cx.endpoint_request_body_ty();
    let response_body_ty = cx.response_body_ty();
    let headers = spec.headers.iter().map(|h| {
        let (n, v, r) = (
            h.name.value.as_str(),
            h.value.value.as_str(),
            h.required.value,
        );
        let d = h.description.as_ref().map_or("", |d| d.value.as_str());
        // The rows nearly every page has, word for word, are runtime constants.
        match (n, v, r, d) {
            ("Authorization", "Bearer {token}", true, "Bearer {token}. Required.") => {
                quote!(rt::HeaderSpec::AUTHORIZATION)
            }
            (
                "Content-Type",
                "application/json",
                true,
                "Nature of the data in the body of an entity. Required.",
            ) => quote!(rt::HeaderSpec::CONTENT_TYPE_JSON),
            _ => quote!(rt::HeaderSpec { name: #n, value: #v, required: #r, description: #d }),
        }
    });
    let validate = body::validate_fn(cx);
    let delta_query = delta_query_impl(cx);
    let media = |body: &BodyType, name: &str| match body {
        BodyType::Bytes(media) => {
            let name = format_ident!("{name}");
            quote!(const #name: ::core::option::Option<&'static str> = ::core::option::Option::Some(#media);)
        }
        _ => TokenStream::new(),
    };
    let request_media = media(&resolved.request_body, "REQUEST_CONTENT_TYPE");
    let response_media = media(&resolved.response_body, "RESPONSE_CONTENT_TYPE");
    quote! {
        impl rt::Endpoint for #ty {
            type RequestBody = #request_body_ty;
            type ResponseBody = #response_body_ty;
            const NAME: &'static str = #name;
            const METHOD: rt::http::Method = rt::http::Method::#method;
            const PATHS: &'static [rt::PathTemplate] = PATHS;
            const VERSIONS: &'static [rt::ApiVersion] = &[#(#versions),*];
            const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::#status;
            const HEADERS: &'static [rt::HeaderSpec] = &[#(#headers),*];
            const HAS_REQUEST_BODY: bool = #has_request_body;
            const HAS_RESPONSE_BODY: bool = #has_response_body;
            const PERMISSIONS: rt::Permissions = #ty::PERMISSIONS;
            const DOCS_URL: &'static str = #docs_url;
            #request_media
            #response_media
            #validate
        }

        #delta_query
    }
}

/// `impl DeltaQuery` for an endpoint whose answer is a delta page, or a
/// page of a model on paths that all end in `/delta` (as imported delta
/// functions are), so `Client::delta` takes its requests.
fn delta_query_impl(cx: &Cx<'_>) -> TokenStream {
    let (resolved, ty, models) = (cx.resolved, &cx.ty, &cx.models);
    let item = match &resolved.response_body {
        BodyType::Delta(name) => name,
        BodyType::Collection(name)
            if !resolved.has_replies() && resolved.variants.iter().all(|v| {
                v.query.is_empty()
                    && matches!(v.parts.last(), Some(PathPart::Text(t)) if t.ends_with("/delta"))
            }) =>
        {
            name
        }
        _ => return TokenStream::new(),
    };
    let item = ident(item);
    quote! {
        impl rt::DeltaQuery for #ty {
            type Item = #models::#item;
        }
    }
}
