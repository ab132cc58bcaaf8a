//! Request and response body types of an endpoint, and its body rules.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, models, names};
use crate::model::*;

/// The Rust type of a body; `()` for none.
pub(crate) fn body_type(body: &Body, models: &TokenStream) -> TokenStream {
    match body {
        Body::None => quote!(()),
        Body::Fields(_) => quote!(Body),
        Body::Model(name) => {
            let t = models::type_ident(&name.value);
            quote!(#models::#t)
        }
        Body::Collection(name) => {
            let t = models::type_ident(&name.value);
            quote!(::graph_runtime::Page<#models::#t>)
        }
    }
}

/// The `Body` struct of an endpoint whose request body lists fields.
pub(crate) fn body_struct(spec: &EndpointSpec, models: &TokenStream, server: bool) -> TokenStream {
    let Body::Fields(fields) = &spec.request_body.value else {
        return TokenStream::new();
    };
    let ident = format_ident!("Body");
    let mut doc = format!("The JSON request body of `{}`.", spec.name.value);
    for rule in &spec.rules {
        if let Some(d) = &rule.description {
            doc.push_str(&format!("\n\n{}", d.value.trim()));
        }
    }
    models::struct_tokens(&ident, &doc, fields, &spec.models, models, server)
}

/// The marker trait whose absence makes a builder without a body fail to compile.
pub(crate) fn body_marker(spec: &EndpointSpec, body_ty: &TokenStream) -> TokenStream {
    if matches!(spec.request_body.value, Body::None) {
        return TokenStream::new();
    }
    let name = &spec.name.value;
    let message = format!("the request body of `{name}` is not set");
    let label = "this request has no body yet";
    let note = "call `.body(...)` on the builder before `.build()`";
    let doc = docs::attrs(
        "Implemented by the request body type; a builder without a body does not compile.",
    );
    let method_doc = docs::attrs("Hands the body to the request.");
    quote! {
        #doc
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait HasRequestBody {
            #method_doc
            fn into_body(self) -> #body_ty;
        }
        impl HasRequestBody for #body_ty {
            fn into_body(self) -> #body_ty {
                self
            }
        }
    }
}

/// Presence of a dotted path, as an expression over `base` (a reference).
fn presence(chain: &[&Field], base: TokenStream, depth: usize) -> TokenStream {
    let Some((field, rest)) = chain.split_first() else {
        return quote!(true);
    };
    let f = names::ident(&models::field_name(&field.json_name.value));
    if rest.is_empty() {
        return if field.required {
            quote!(true)
        } else {
            quote!(#base.#f.is_some())
        };
    }
    if field.required {
        presence(rest, quote!(#base.#f), depth + 1)
    } else {
        let v = format_ident!("v{depth}");
        let inner = presence(rest, quote!(#v), depth + 1);
        quote!(#base.#f.as_ref().is_some_and(|#v| #inner))
    }
}

/// `fn validate_body` for the `Endpoint` impl, when the spec has rules.
pub(crate) fn validate_fn(spec: &EndpointSpec) -> TokenStream {
    let Body::Fields(fields) = &spec.request_body.value else {
        return TokenStream::new();
    };
    if spec.rules.is_empty() {
        return TokenStream::new();
    }
    let checks = spec.rules.iter().map(|rule| {
        let paths: Vec<&str> = rule.fields.iter().map(|f| f.value.as_str()).collect();
        let listed = paths.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
        let tests = paths.iter().map(|p| match crate::check::resolve_path(fields, p, &spec.models) {
            Some(chain) => presence(&chain, quote!(body), 0),
            None => quote!(false),
        });
        let (condition, default_message) = match rule.kind.value {
            RuleKind::Exclusive => (quote!(present > 1), format!("specify at most one of {listed}")),
            RuleKind::ExactlyOne => (quote!(present != 1), format!("specify exactly one of {listed}")),
        };
        let message = rule.description.as_ref().map_or(default_message, |d| format!("{} ({listed})", d.value.trim()));
        quote! {
            let present = [#(#tests),*].into_iter().filter(|p| *p).count();
            if #condition {
                return ::core::result::Result::Err(::graph_runtime::BodyError { message: ::std::string::String::from(#message) });
            }
        }
    });
    quote! {
        fn validate_body(body: &Self::RequestBody) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            #(#checks)*
            ::core::result::Result::Ok(())
        }
    }
}
