//! The one code generator: a validated [`EndpointSpec`] -> Rust tokens that
//! compile against `graph-runtime`. Every front end (attribute macro, build
//! script, CLI) calls [`generate`], so they all emit the same code.

mod client;
mod docs;
mod names;
mod server;

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
}

/// Names shared by the parts of one endpoint's generated code.
pub(crate) struct Names<'a> {
    /// The endpoint type, e.g. `SendMessage`.
    pub ty: &'a Ident,
    /// Its module of builders, e.g. `send_message`.
    pub module: &'a Ident,
    /// Builder type per path variant, in spec order (`Me`, `User`).
    pub builders: &'a [Ident],
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

/// The names one path parameter gives rise to.
struct ParamNames {
    /// `message_id`: field, setter and placeholder name.
    field: Ident,
    /// `MessageId`: the builder's typestate parameter.
    generic: Ident,
    /// `HasMessageId`: the trait whose absence is the compile error.
    marker: Ident,
}

fn param_names(name: &str) -> ParamNames {
    let pascal = names::pascal(name);
    ParamNames {
        field: names::ident(name),
        generic: names::ident(&pascal),
        marker: names::ident(&format!("Has{pascal}")),
    }
}

/// Placeholder names of a validated template, in order.
fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
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

    let permission_lists = PermissionKind::ALL.iter().map(|(kind, _)| {
        let field = format_ident!("{}", kind.key());
        match spec.permissions_for(*kind) {
            Some(list) => quote!(#field: ::core::option::Option::Some(&[#(#list),*])),
            None => quote!(#field: ::core::option::Option::None),
        }
    });
    let permissions_doc = docs::attrs(&format!(
        "The permissions that allow calling `{name}`, least privileged first.\n\n{}",
        docs::permissions_table(spec)
    ));

    let headers = spec.headers.iter().map(|h| {
        let (n, v, r) = (&h.name.value, &h.value.value, h.required.value);
        let d = h.description.as_ref().map_or("", |d| d.value.as_str());
        quote!(::graph_runtime::HeaderSpec { name: #n, value: #v, required: #r, description: #d })
    });

    let mut path_consts = Vec::new();
    let mut path_const_names = Vec::new();
    let mut constructors = Vec::new();
    let mut builders = Vec::new();
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
        let unset = params.iter().map(|n| {
            let f = param_names(n).field;
            quote!(#f: ::graph_runtime::Unset)
        });
        constructors.push(quote! {
            #ctor_doc
            pub fn #ctor() -> #builder {
                #builder { #(#unset),* }
            }
        });
        builders.push(builder_tokens(
            spec,
            &ty,
            &builder,
            &const_name,
            template,
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
        module: &module,
        builders: &builder_names,
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
        let n = param_names(&p.name.value);
        let marker = &n.marker;
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
                    #(#permission_lists),*
                };

                #(#constructors)*
            }

            impl ::graph_runtime::Endpoint for #ty {
                type RequestBody = ();
                type ResponseBody = ();
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
            }

            #(#builders)*

            #(#markers)*

            #client

            #server
        }
    }
}

/// One path variant's builder: typestate per parameter, setters, `build`.
fn builder_tokens(
    spec: &EndpointSpec,
    ty: &Ident,
    builder: &Ident,
    const_name: &Ident,
    template: &str,
    default_version: &TokenStream,
) -> TokenStream {
    let params: Vec<ParamNames> = placeholders(template)
        .into_iter()
        .map(param_names)
        .collect();
    let generics: Vec<&Ident> = params.iter().map(|p| &p.generic).collect();
    let fields: Vec<&Ident> = params.iter().map(|p| &p.field).collect();
    let docs_template = docs::docs_template(spec, template);
    let doc = docs::attrs(&format!(
        "Builder for `{} {docs_template}`.\n\nSet every path parameter, then call `build`; \
         building with a parameter missing does not compile.",
        spec.method.as_str()
    ));

    let setters = params.iter().enumerate().map(|(i, p)| {
        let field = &p.field;
        let description = spec.param(&field.to_string()).map_or("", |d| d.description.value.as_str());
        let setter_doc = docs::attrs(&format!("Sets `{{{field}}}`: {description}\n\nThe value is percent-encoded when the path is built."));
        let out_generics = generics.iter().enumerate().map(|(j, g)| if i == j { quote!(::std::string::String) } else { quote!(#g) });
        let moves = fields.iter().enumerate().map(|(j, f)| if i == j { quote!(#f: #field.into()) } else { quote!(#f: self.#f) });
        quote! {
            #setter_doc
            pub fn #field(self, #field: impl ::core::convert::Into<::std::string::String>) -> #builder<#(#out_generics),*> {
                #builder { #(#moves),* }
            }
        }
    });

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
    let bounds = params.iter().map(|p| {
        let (g, m) = (&p.generic, &p.marker);
        quote!(#g: #m)
    });
    let build_doc = docs::attrs(&format!(
        "Resolves the path, percent-encoding each parameter.\n\n# Errors\n\n\
         A parameter that is empty, `.` or `..` would change which resource `{docs_template}` addresses \
         and is rejected."
    ));

    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[must_use = "a request builder does nothing until it is built"]
        pub struct #builder<#(#generics = ::graph_runtime::Unset),*> {
            #(#fields: #generics),*
        }

        impl<#(#generics),*> #builder<#(#generics),*> {
            #(#setters)*

            #build_doc
            pub fn build(self) -> ::core::result::Result<::graph_runtime::Request<#ty>, ::graph_runtime::PathParamError>
            where
                #(#bounds),*
            {
                let mut path = ::std::string::String::with_capacity(#capacity);
                #(#steps)*
                ::core::result::Result::Ok(::graph_runtime::Request::__new(&#const_name, path, #default_version, ()))
            }
        }
    }
}
