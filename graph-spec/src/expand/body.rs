//! Request and response body types of an endpoint, and its body rules.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Cx, docs, models};
use crate::model::*;
use crate::naming::ident;
use crate::resolved::PathStep;

/// The `Body` struct of an endpoint whose request body lists fields.
pub(crate) fn body_struct(cx: &Cx<'_>, server: bool) -> TokenStream {
    let spec = cx.spec;
    let Body::Fields(fields) = &spec.request_body.value else {
        return TokenStream::new();
    };
    let name = format_ident!("Body");
    let mut doc = format!("The JSON request body of {}.", docs::code(&spec.name.value));
    for rule in &spec.rules {
        if let Some(d) = &rule.description {
            doc.push_str(&format!("\n\n{}", docs::text(d.value.trim())));
        }
    }
    models::struct_tokens(
        &name,
        &doc,
        fields,
        spec.models.facts(),
        None,
        &cx.models,
        server,
        false,
    )
}

/// Presence of a dotted path, as an expression over `base` (a reference).
fn presence(chain: &[PathStep], base: TokenStream, depth: usize) -> TokenStream {
    let Some((step, rest)) = chain.split_first() else {
        return quote!(true);
    };
    let f = ident(&step.field);
    if rest.is_empty() {
        return if step.required {
            quote!(true)
        } else {
            quote!(#base.#f.is_some())
        };
    }
    if step.required {
        presence(rest, quote!(#base.#f), depth + 1)
    } else {
        let v = format_ident!("v{depth}");
        let inner = presence(rest, quote!(#v), depth + 1);
        quote!(#base.#f.as_ref().is_some_and(|#v| #inner))
    }
}

/// `fn validate_body` for the `Endpoint` impl, when the spec has rules.
pub(crate) fn validate_fn(cx: &Cx<'_>) -> TokenStream {
    if cx.resolved.rules.is_empty() {
        return TokenStream::new();
    }
    let checks = cx.resolved.rules.iter().map(|rule| {
        let tests = rule.paths.iter().map(|path| match path {
            Some(chain) => presence(chain, quote!(body), 0),
            None => quote!(false),
        });
        let condition = match rule.kind {
            RuleKind::Exclusive => quote!(present > 1),
            RuleKind::ExactlyOne => quote!(present != 1),
        };
        let message = &rule.message;
        quote! {
            let present = [#(#tests),*].into_iter().filter(|p| *p).count();
            if #condition {
                return ::core::result::Result::Err(rt::BodyError { message: ::std::string::String::from(#message) });
            }
        }
    });
    let unwrap = if cx.resolved.request_body_optional {
        quote!(let ::core::option::Option::Some(body) = body else { return ::core::result::Result::Ok(()) };)
    } else {
        TokenStream::new()
    };
    quote! {
        fn validate_body(body: &Self::RequestBody) -> ::core::result::Result<(), rt::BodyError> {
            #unwrap
            #(#checks)*
            ::core::result::Result::Ok(())
        }
    }
}
