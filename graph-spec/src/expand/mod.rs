//! The one code generator: a validated [`EndpointSpec`] -> Rust tokens that
//! compile against `graph-runtime`. Every front end (attribute macro, build
//! script, CLI) calls [`generate`], so they all emit the same code.

mod body;
mod client;
mod docs;
mod models;
mod names;
mod server;

pub use models::{field_name, generate_models, variant_name};

/// The module an endpoint type's builders go into: `SendMessage` -> `send_message`.
pub fn module_name(type_name: &str) -> String {
    names::ident(&names::snake(type_name)).to_string()
}

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::model::*;

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

/// Names shared by the parts of one endpoint's generated code.
pub(crate) struct Names<'a> {
    /// The endpoint type, e.g. `SendMessage`.
    pub ty: &'a Ident,
    /// Builder type per path variant, in spec order (`Me`, `User`).
    pub builders: &'a [Ident],
    /// Per builder, `(type parameter, marker trait)` of each slot (path
    /// parameters, then the body): `where` bounds that make a missing one a compile error.
    pub slots: &'a [Vec<(Ident, Ident)>],
}

/// The `http::StatusCode` constant for a success status the generator accepts.
pub(crate) fn status_const(status: u16) -> Option<&'static str> {
    Some(match status {
        200 => "OK",
        201 => "CREATED",
        202 => "ACCEPTED",
        203 => "NON_AUTHORITATIVE_INFORMATION",
        204 => "NO_CONTENT",
        205 => "RESET_CONTENT",
        206 => "PARTIAL_CONTENT",
        207 => "MULTI_STATUS",
        208 => "ALREADY_REPORTED",
        226 => "IM_USED",
        _ => return None,
    })
}

fn version_tokens(v: Version) -> TokenStream {
    match v {
        Version::V1_0 => quote!(::graph_runtime::ApiVersion::V1_0),
        Version::Beta => quote!(::graph_runtime::ApiVersion::Beta),
    }
}

/// One typestate slot of a builder: a path parameter or the request body.
#[derive(Clone)]
struct Slot {
    /// Field and setter name: `message_id`, `body`.
    field: Ident,
    /// The builder's type parameter: `MessageId`, `RequestBodyState`.
    generic: Ident,
    /// The trait whose absence is the compile error: `HasMessageId`, `HasRequestBody`.
    marker: Ident,
    /// The type once set.
    set_ty: TokenStream,
    /// The setter's parameter type.
    arg_ty: TokenStream,
    /// Converts the setter's argument (named like the field) into `set_ty`.
    convert: TokenStream,
    /// Setter docs.
    doc: String,
}

fn param_slot(spec: &EndpointSpec, name: &str) -> Slot {
    let pascal = names::pascal(name);
    let field = names::ident(name);
    let description = spec
        .param(name)
        .map_or("", |d| d.description.value.as_str());
    Slot {
        generic: names::ident(&pascal),
        marker: names::ident(&format!("Has{pascal}")),
        set_ty: quote!(::std::string::String),
        arg_ty: quote!(impl ::core::convert::Into<::std::string::String>),
        convert: quote!(#field.into()),
        doc: format!(
            "Sets `{{{name}}}`: {description}\n\nThe value is percent-encoded when the path is built."
        ),
        field,
    }
}

fn body_slot(spec: &EndpointSpec, body_ty: &TokenStream) -> Option<Slot> {
    if matches!(spec.request_body.value, Body::None) {
        return None;
    }
    let field = names::ident("body");
    Some(Slot {
        generic: names::ident("RequestBodyState"),
        marker: names::ident("HasRequestBody"),
        set_ty: body_ty.clone(),
        arg_ty: body_ty.clone(),
        convert: quote!(#field),
        doc: format!("Sets the JSON request body of `{}`.", spec.name.value),
        field,
    })
}

/// Placeholder names of a validated template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
}

/// Whether builders carry optional query parameters or headers.
fn has_extras(spec: &EndpointSpec) -> bool {
    !spec.query.is_empty() || spec.headers.iter().any(|h| !h.required.value)
}

/// Setters for query parameters and optional headers.
fn extra_setters(spec: &EndpointSpec) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for q in &spec.query {
        let wire = &q.wire_name.value;
        let method = names::ident(&field_name(wire.trim_start_matches('$')));
        let (arg, value) = match q.ty.value {
            TypeRef::Boolean => (quote!(bool), quote!(value.to_string())),
            TypeRef::Int32 => (quote!(i32), quote!(value.to_string())),
            TypeRef::Int64 => (quote!(i64), quote!(value.to_string())),
            _ => (
                quote!(impl ::core::convert::Into<::std::string::String>),
                quote!(value.into()),
            ),
        };
        let description = q.description.as_ref().map_or("", |d| d.value.as_str());
        let doc = docs::attrs(&format!("Sets the `{wire}` query parameter: {description}"));
        out.push(quote! {
            #doc
            pub fn #method(mut self, value: #arg) -> Self {
                self.extras.set_query(#wire, #value);
                self
            }
        });
    }
    for h in spec.headers.iter().filter(|h| !h.required.value) {
        let name = &h.name.value;
        let method = names::ident(&field_name(name));
        let description = h.description.as_ref().map_or("", |d| d.value.as_str());
        let doc = docs::attrs(&format!(
            "Sets the optional `{name}` header, documented as `{}`: {description}",
            h.value.value
        ));
        out.push(quote! {
            #doc
            pub fn #method(mut self, value: impl ::core::convert::Into<::std::string::String>) -> Self {
                self.extras.set_header(#name, value.into());
                self
            }
        });
    }
    out
}

/// Generates the endpoint type, its `Endpoint` impl, and a module of typed
/// request builders, one per path variant.
pub fn generate(spec: &EndpointSpec, options: &Options) -> TokenStream {
    let ty = options
        .type_name
        .clone()
        .unwrap_or_else(|| names::ident(&spec.type_name.value));
    let vis = options.vis.clone().unwrap_or_else(|| quote!(pub));
    let attrs = &options.attrs;
    let models_path = options
        .models
        .clone()
        .unwrap_or_else(|| quote!(super::models));
    let module = names::ident(&names::snake(&ty.to_string()));
    let endpoint_doc = docs::attrs(&docs::endpoint_doc(spec));
    let module_doc = docs::attrs(&format!(
        "Request builders for [`{ty}`], one per path variant."
    ));

    let name = &spec.name.value;
    let method = format_ident!("{}", spec.method.as_str());
    let default_version = spec
        .versions
        .first()
        .map_or(quote!(::graph_runtime::ApiVersion::V1_0), |v| {
            version_tokens(v.value)
        });
    let versions = spec.versions.iter().map(|v| version_tokens(v.value));
    let status = format_ident!(
        "{}",
        status_const(spec.response.status.value).unwrap_or("OK")
    );
    let docs_url = spec.docs_url.as_ref().map_or("", |u| u.value.as_str());
    let has_request_body = !matches!(spec.request_body.value, Body::None);
    let has_response_body = !matches!(spec.response.body.value, Body::None);
    let request_body_ty = body::body_type(&spec.request_body.value, &models_path);
    let response_body_ty = body::body_type(&spec.response.body.value, &models_path);

    let permission_lists = PermissionKind::ALL.iter().map(|(kind, _)| {
        let field = format_ident!("{}", kind.key());
        match spec.permissions_for(*kind) {
            Some(list) => quote!(#field: ::core::option::Option::Some(&[#(#list),*])),
            None => quote!(#field: ::core::option::Option::None),
        }
    });
    let shared: Vec<&str> = spec
        .shared_permissions
        .iter()
        .map(|p| p.value.as_str())
        .collect();
    let permissions_doc = docs::attrs(&format!(
        "The permissions that allow calling `{name}`, least privileged first.\n\n{}",
        docs::permissions_table(spec)
    ));

    let headers = spec.headers.iter().map(|h| {
        let (n, v, r) = (&h.name.value, &h.value.value, h.required.value);
        let d = h.description.as_ref().map_or("", |d| d.value.as_str());
        quote!(::graph_runtime::HeaderSpec { name: #n, value: #v, required: #r, description: #d })
    });

    let body_slot = body_slot(spec, &request_body_ty);
    let mut path_consts = Vec::new();
    let mut path_const_names = Vec::new();
    let mut constructors = Vec::new();
    let mut builders = Vec::new();
    let mut builder_slots = Vec::new();
    for p in &spec.paths {
        let const_name = names::ident(&format!("{}_PATH", p.variant.value.to_ascii_uppercase()));
        let (variant, template) = (&p.variant.value, &p.template.value);
        let docs_template = docs::docs_template(spec, template);
        let params = placeholders(template);
        path_consts.push(quote! {
            const #const_name: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
                variant: #variant,
                template: #template,
                docs_template: #docs_template,
                params: &[#(#params),*],
            };
        });
        path_const_names.push(const_name.clone());

        let builder = names::ident(&names::pascal(variant));
        let ctor = names::ident(variant);
        let ctor_doc = docs::attrs(&docs::variant_doc(spec, p));
        let mut slots: Vec<Slot> = params.iter().map(|n| param_slot(spec, n)).collect();
        slots.extend(body_slot.clone());
        builder_slots.push(
            slots
                .iter()
                .map(|s| (s.generic.clone(), s.marker.clone()))
                .collect::<Vec<_>>(),
        );
        let mut inits: Vec<TokenStream> = slots
            .iter()
            .map(|s| {
                let f = &s.field;
                quote!(#f: ::graph_runtime::Unset)
            })
            .collect();
        if has_extras(spec) {
            inits.push(quote!(extras: ::graph_runtime::__private::Extras::default()));
        }
        constructors.push(quote! {
            #ctor_doc
            pub fn #ctor() -> #builder {
                #builder { #(#inits),* }
            }
        });
        builders.push(builder_tokens(
            spec,
            &ty,
            &builder,
            &const_name,
            template,
            &slots,
            &default_version,
        ));
    }

    let builder_names: Vec<Ident> = spec
        .paths
        .iter()
        .map(|p| names::ident(&names::pascal(&p.variant.value)))
        .collect();
    let names = Names {
        ty: &ty,
        builders: &builder_names,
        slots: &builder_slots,
    };
    let client = if options.client {
        client::generate(spec, &names)
    } else {
        TokenStream::new()
    };
    let server = if options.server {
        server::generate(spec, &names)
    } else {
        TokenStream::new()
    };

    let markers = spec.params.iter().map(|p| {
        let slot = param_slot(spec, &p.name.value);
        let marker = &slot.marker;
        let message = format!("the required path parameter `{}` is not set", p.name.value);
        let label = format!("this `{name}` request has no `{}` yet", p.name.value);
        let note = format!(
            "call `.{}(...)` on the builder before `.build()`",
            p.name.value
        );
        let doc = docs::attrs(&format!(
            "Implemented once `{}` is set; a missing one is a compile error.",
            p.name.value
        ));
        quote! {
            #doc
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
            pub trait #marker: ::graph_runtime::__private::IsSet {}
            impl #marker for ::std::string::String {}
        }
    });
    let body_marker = body::body_marker(spec, &request_body_ty);
    let body_struct = body::body_struct(spec, &models_path, options.server);
    let validate = body::validate_fn(spec);

    quote! {
        #endpoint_doc
        #attrs
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
        #vis struct #ty;

        #module_doc
        #vis mod #module {
            use super::#ty;

            #(#path_consts)*

            impl #ty {
                #permissions_doc
                pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
                    #(#permission_lists,)*
                    shared: &[#(#shared),*],
                };

                #(#constructors)*
            }

            impl ::graph_runtime::Endpoint for #ty {
                type RequestBody = #request_body_ty;
                type ResponseBody = #response_body_ty;
                const NAME: &'static str = #name;
                const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::#method;
                const PATHS: &'static [::graph_runtime::PathTemplate] = &[#(#path_const_names),*];
                const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[#(#versions),*];
                const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::#status;
                const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[#(#headers),*];
                const HAS_REQUEST_BODY: bool = #has_request_body;
                const HAS_RESPONSE_BODY: bool = #has_response_body;
                const PERMISSIONS: ::graph_runtime::Permissions = #ty::PERMISSIONS;
                const DOCS_URL: &'static str = #docs_url;
                #validate
            }

            #body_struct

            #(#builders)*

            #(#markers)*

            #body_marker

            #client

            #server
        }
    }
}

/// One path variant's builder: a typestate per slot, setters, `build`.
fn builder_tokens(
    spec: &EndpointSpec,
    ty: &Ident,
    builder: &Ident,
    const_name: &Ident,
    template: &str,
    slots: &[Slot],
    default_version: &TokenStream,
) -> TokenStream {
    let generics: Vec<&Ident> = slots.iter().map(|s| &s.generic).collect();
    let fields: Vec<&Ident> = slots.iter().map(|s| &s.field).collect();
    let extras = has_extras(spec);
    let docs_template = docs::docs_template(spec, template);
    let doc = docs::attrs(&format!(
        "Builder for `{} {docs_template}`.\n\nSet every path parameter{}, then call `build`; \
         building with one missing does not compile.",
        spec.method.as_str(),
        if matches!(spec.request_body.value, Body::None) {
            ""
        } else {
            " and the body"
        }
    ));
    let carry_extras = if extras {
        quote!(extras: self.extras,)
    } else {
        TokenStream::new()
    };

    let setters = slots.iter().enumerate().map(|(i, slot)| {
        let field = &slot.field;
        let (arg_ty, convert) = (&slot.arg_ty, &slot.convert);
        let setter_doc = docs::attrs(&slot.doc);
        let out_generics = slots.iter().enumerate().map(|(j, s)| {
            if i == j {
                s.set_ty.clone()
            } else {
                let g = &s.generic;
                quote!(#g)
            }
        });
        // `body: body` would be written `body` by hand (and clippy says so).
        let shorthand = *field == convert.to_string();
        let moves = fields.iter().enumerate().map(|(j, f)| {
            if i == j && shorthand {
                quote!(#f)
            } else if i == j {
                quote!(#f: #convert)
            } else {
                quote!(#f: self.#f)
            }
        });
        quote! {
            #setter_doc
            pub fn #field(self, #field: #arg_ty) -> #builder<#(#out_generics),*> {
                #builder { #(#moves,)* #carry_extras }
            }
        }
    });
    let extra_setters = if extras {
        extra_setters(spec)
    } else {
        Vec::new()
    };

    // Literal text between placeholders, pushed verbatim; parameters encoded.
    let mut steps = Vec::new();
    let mut literal = String::new();
    for segment in template.split('/').skip(1) {
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => {
                if !literal.is_empty() {
                    steps.push(quote!(path.push_str(#literal);));
                    literal.clear();
                }
                let f = names::ident(name);
                steps.push(quote! {
                    ::graph_runtime::__private::push_segment(&mut path, #name, ::graph_runtime::__private::IsSet::as_param(&self.#f))?;
                });
            }
            None => {
                literal.push('/');
                literal.push_str(segment);
            }
        }
    }
    if !literal.is_empty() {
        steps.push(quote!(path.push_str(#literal);));
    }
    let capacity = template.len() + 32;
    let bounds = slots.iter().map(|s| {
        let (g, m) = (&s.generic, &s.marker);
        quote!(#g: #m)
    });
    let body = if matches!(spec.request_body.value, Body::None) {
        quote!(())
    } else {
        quote!(HasRequestBody::into_body(self.body))
    };
    let finish = if extras {
        quote!(.__with_extras(self.extras))
    } else {
        TokenStream::new()
    };
    let build_doc = docs::attrs(&format!(
        "Resolves the path, percent-encoding each parameter.\n\n# Errors\n\n\
         A parameter that is empty, `.` or `..` would change which resource `{docs_template}` addresses \
         and is rejected."
    ));
    let extras_field = if extras {
        quote!(extras: ::graph_runtime::__private::Extras,)
    } else {
        TokenStream::new()
    };
    // Builders are short-lived values: Debug and Clone are what users need;
    // comparison derives would only cost compile time (four builders per endpoint).
    let derive = quote!(#[derive(Debug, Clone)]);

    quote! {
        #doc
        #derive
        #[must_use = "a request builder does nothing until it is built"]
        pub struct #builder<#(#generics = ::graph_runtime::Unset),*> {
            #(#fields: #generics,)*
            #extras_field
        }

        impl<#(#generics),*> #builder<#(#generics),*> {
            #(#setters)*

            #(#extra_setters)*

            #build_doc
            pub fn build(self) -> ::core::result::Result<::graph_runtime::Request<#ty>, ::graph_runtime::PathParamError>
            where
                #(#bounds),*
            {
                let mut path = ::std::string::String::with_capacity(#capacity);
                #(#steps)*
                ::core::result::Result::Ok(::graph_runtime::Request::__new(&#const_name, path, #default_version, #body)#finish)
            }
        }
    }
}
