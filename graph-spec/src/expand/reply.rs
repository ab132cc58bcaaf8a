//! The `Reply` enum of an endpoint whose spec declares several success
//! statuses or response headers: one variant per status, its body and
//! headers as fields. Handlers return it (an undeclared status, or a
//! required header left out, does not compile) and the client hands it to
//! callers. Endpoints without either get none of this.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Cx, docs};
use crate::naming::ident;
use crate::resolved::{BodyType, Reply};

/// The enum, its header accessors, and the server and client impls asked for.
pub(crate) fn generate(cx: &Cx<'_>, server: bool, client: bool) -> TokenStream {
    let replies = &cx.resolved.replies;
    if replies.is_empty() {
        return TokenStream::new();
    }
    let doc = docs::attrs(&format!(
        "The documented answers of {}, one variant per status with its body and \
         headers: a handler returns one, and `send` gives the caller the one that came back.",
        docs::code(&cx.spec.name.value)
    ));
    let variants = replies.iter().map(|r| variant(cx, r));
    // A large body next to a bodiless 304 is the point of the enum; one is
    // made per request and moved into the response, so boxing it would only
    // add an allocation (and `Box` to every caller's pattern), hence the allow.
    let accessors = accessors(replies);
    let server = if server {
        server_impl(replies)
    } else {
        TokenStream::new()
    };
    let client = if client {
        client_impl(replies)
    } else {
        TokenStream::new()
    };
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum Reply {
            #(#variants)*
        }

        #accessors

        #server

        #client
    }
}

/// The variant's fields' names, body first.
fn field_idents(r: &Reply) -> Vec<proc_macro2::Ident> {
    let body = (r.body != BodyType::None).then(|| format_ident!("body"));
    body.into_iter()
        .chain(r.headers.iter().map(|h| ident(&h.field)))
        .collect()
}

fn variant(cx: &Cx<'_>, r: &Reply) -> TokenStream {
    let name = ident(&r.variant);
    let mut text = format!("`{} {}`", r.status.code, r.status.reason);
    if !r.description.is_empty() {
        text.push_str(&format!(": {}", docs::text(r.description.trim())));
    }
    let doc = docs::attrs(&text);
    let body = (r.body != BodyType::None).then(|| {
        let ty = cx.body_ty(&r.body);
        let doc = docs::attrs("The response body.");
        quote!(#doc body: #ty,)
    });
    let headers = r.headers.iter().map(|h| {
        let field = ident(&h.field);
        let mut text = format!("The {} response header", docs::code(&h.name));
        if !h.description.is_empty() {
            text.push_str(&format!(": {}", docs::text(h.description.trim())));
        }
        let doc = docs::attrs(&text);
        if h.required {
            quote!(#doc #field: ::std::string::String,)
        } else {
            quote!(#doc #field: ::core::option::Option<::std::string::String>,)
        }
    });
    if body.is_none() && r.headers.is_empty() {
        quote!(#doc #name,)
    } else {
        quote!(#doc #name { #body #(#headers)* },)
    }
}

/// One accessor per header field, over the variants that carry it.
fn accessors(replies: &[Reply]) -> TokenStream {
    let mut fields: Vec<(&str, &str)> = Vec::new();
    for h in replies.iter().flat_map(|r| &r.headers) {
        if !fields.iter().any(|(f, _)| *f == h.field) {
            fields.push((&h.field, &h.name));
        }
    }
    if fields.is_empty() {
        return TokenStream::new();
    }
    let methods = fields.iter().map(|(field, name)| {
        let f = ident(field);
        let doc = docs::attrs(&format!(
            "The `{name}` response header, if this answer carries it."
        ));
        let mut all = true;
        let arms: Vec<TokenStream> = replies
            .iter()
            .filter_map(|r| {
                let h = r.headers.iter().find(|h| h.field == *field);
                all &= h.is_some();
                let h = h?;
                let v = ident(&r.variant);
                let value = if h.required {
                    quote!(::core::option::Option::Some(#f.as_str()))
                } else {
                    quote!(#f.as_deref())
                };
                Some(quote!(Reply::#v { #f, .. } => #value,))
            })
            .collect();
        let rest = (!all).then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            #doc
            pub fn #f(&self) -> ::core::option::Option<&str> {
                match self {
                    #(#arms)*
                    #rest
                }
            }
        }
    });
    quote! {
        impl Reply {
            #(#methods)*
        }
    }
}

/// `AnsweredBy`: each variant as its status, headers and body.
fn server_impl(replies: &[Reply]) -> TokenStream {
    let arms = replies.iter().map(|r| {
        let v = ident(&r.variant);
        let constant = format_ident!("{}", r.status.constant);
        let fields = field_idents(r);
        let pattern = if fields.is_empty() {
            quote!(Reply::#v)
        } else {
            quote!(Reply::#v { #(#fields),* })
        };
        let start = if r.body == BodyType::None {
            quote!(P::empty(C::#constant))
        } else {
            quote!(P::json(C::#constant, &body))
        };
        let headers = r.headers.iter().map(|h| {
            let (name, f) = (&h.name, ident(&h.field));
            if h.required {
                quote!(.header(#name, #f))
            } else {
                quote!(.optional_header(#name, #f))
            }
        });
        quote!(#pattern => #start #(#headers)*,)
    });
    quote! {
        impl ::graph_runtime::server::AnsweredBy for Reply {
            fn answer<E: ::graph_runtime::Endpoint>(
                reply: Self,
            ) -> ::graph_runtime::server::axum::response::Response {
                use ::graph_runtime::http::StatusCode as C;
                use ::graph_runtime::server::ReplyParts as P;
                let parts = match reply {
                    #(#arms)*
                };
                parts.answer::<E>()
            }
        }
    }
}

/// `FromResponse`: the variant of the status received.
fn client_impl(replies: &[Reply]) -> TokenStream {
    let codes = replies
        .iter()
        .map(|r| proc_macro2::Literal::u16_unsuffixed(r.status.code));
    let arms = replies.iter().map(|r| {
        let v = ident(&r.variant);
        let code = proc_macro2::Literal::u16_unsuffixed(r.status.code);
        let body = (r.body != BodyType::None).then(|| quote!(body: r.json()?,));
        let headers = r.headers.iter().map(|h| {
            let (name, f) = (&h.name, ident(&h.field));
            if h.required {
                quote!(#f: r.header(#name)?,)
            } else {
                quote!(#f: r.optional_header(#name)?,)
            }
        });
        if body.is_none() && r.headers.is_empty() {
            quote!(#code => Reply::#v,)
        } else {
            quote!(#code => Reply::#v { #body #(#headers)* },)
        }
    });
    quote! {
        impl ::graph_runtime::client::FromResponse for Reply {
            const STATUSES: &'static [u16] = &[#(#codes),*];
            fn from_response(
                r: &::graph_runtime::client::Received<'_>,
            ) -> ::core::result::Result<Self, ::graph_runtime::client::Error> {
                ::core::result::Result::Ok(match r.status().as_u16() {
                    #(#arms)*
                    _ => return ::core::result::Result::Err(r.undeclared()),
                })
            }
        }
    }
}
