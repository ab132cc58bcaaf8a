//! The typestate request builders: one per path variant, a slot per path
//! parameter (and the body), setters, and `build`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{Cx, docs};
use crate::model::Segment;
use crate::naming::ident;
use crate::resolved::{Param, Scalar, Variant};

/// One typestate slot of a builder: a path parameter or the request body.
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

fn param_slot(param: &Param) -> Slot {
    let name = &param.name;
    let field = ident(name);
    Slot {
        generic: ident(&param.generic),
        marker: ident(&param.marker),
        set_ty: quote!(::std::string::String),
        arg_ty: quote!(impl ::core::convert::Into<::std::string::String>),
        convert: quote!(#field.into()),
        doc: format!(
            "Sets `{{{name}}}`: {}\n\nThe value is percent-encoded when the path is built.",
            param.description
        ),
        field,
    }
}

fn body_slot(cx: &Cx<'_>) -> Option<Slot> {
    if !cx.resolved.has_request_body() {
        return None;
    }
    let field = ident("body");
    let body_ty = cx.request_body_ty();
    Some(Slot {
        generic: ident("RequestBodyState"),
        marker: ident("HasRequestBody"),
        set_ty: body_ty.clone(),
        arg_ty: body_ty,
        convert: quote!(#field),
        doc: format!("Sets the JSON request body of `{}`.", cx.spec.name.value),
        field,
    })
}

/// The slots of a variant's builder: its path parameters in template order, then the body.
fn slots(cx: &Cx<'_>, variant: &Variant) -> Vec<Slot> {
    let mut slots: Vec<Slot> = variant
        .placeholders
        .iter()
        .filter_map(|name| cx.resolved.param(name))
        .map(param_slot)
        .collect();
    slots.extend(body_slot(cx));
    slots
}

/// Per variant, `(type parameter, marker trait)` of each slot: the `where`
/// bounds client methods repeat.
pub(crate) fn bounds(cx: &Cx<'_>, variant: &Variant) -> Vec<(Ident, Ident)> {
    slots(cx, variant)
        .into_iter()
        .map(|s| (s.generic, s.marker))
        .collect()
}

/// A variant's constructor on the endpoint type: every slot unset.
pub(crate) fn constructor(cx: &Cx<'_>, variant: &Variant, doc: &str) -> TokenStream {
    let builder = ident(&variant.builder);
    let ctor = ident(&variant.name);
    let doc = docs::attrs(doc);
    let mut inits: Vec<TokenStream> = slots(cx, variant)
        .iter()
        .map(|s| {
            let f = &s.field;
            quote!(#f: ::graph_runtime::Unset)
        })
        .collect();
    if cx.resolved.has_extras() {
        inits.push(quote!(extras: ::graph_runtime::__private::Extras::default()));
    }
    quote! {
        #doc
        pub fn #ctor() -> #builder {
            #builder { #(#inits),* }
        }
    }
}

/// The marker trait of a path parameter: unimplemented until it is set.
pub(crate) fn param_marker(cx: &Cx<'_>, param: &Param) -> TokenStream {
    let marker = ident(&param.marker);
    let (name, endpoint) = (&param.name, &cx.spec.name.value);
    let message = format!("the required path parameter `{name}` is not set");
    let label = format!("this `{endpoint}` request has no `{name}` yet");
    let note = format!("call `.{name}(...)` on the builder before `.build()`");
    let doc = docs::attrs(&format!(
        "Implemented once `{name}` is set; a missing one is a compile error."
    ));
    quote! {
        #doc
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait #marker: ::graph_runtime::__private::IsSet {}
        impl #marker for ::std::string::String {}
    }
}

/// Setters for query parameters and optional headers.
fn extra_setters(cx: &Cx<'_>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for q in &cx.resolved.query {
        let wire = &q.wire;
        let method = ident(&q.name);
        let (arg, value) = match q.ty {
            Scalar::Bool => (quote!(bool), quote!(value.to_string())),
            Scalar::I32 => (quote!(i32), quote!(value.to_string())),
            Scalar::I64 => (quote!(i64), quote!(value.to_string())),
            Scalar::String => (
                quote!(impl ::core::convert::Into<::std::string::String>),
                quote!(value.into()),
            ),
        };
        let doc = docs::attrs(&format!(
            "Sets the `{wire}` query parameter: {}",
            q.description
        ));
        out.push(quote! {
            #doc
            pub fn #method(mut self, value: #arg) -> Self {
                self.extras.set_query(#wire, #value);
                self
            }
        });
    }
    for h in &cx.resolved.optional_headers {
        let name = &h.header;
        let method = ident(&h.name);
        let doc = docs::attrs(&format!(
            "Sets the optional `{name}` header, documented as `{}`: {}",
            h.value, h.description
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

/// The statements of `build` that write the path: literal text between
/// placeholders pushed verbatim, parameters percent-encoded.
fn path_steps(variant: &Variant) -> Vec<TokenStream> {
    let mut steps = Vec::new();
    let mut literal = String::new();
    for segment in &variant.segments {
        match segment {
            Segment::Param(name) => {
                if !literal.is_empty() {
                    steps.push(quote!(path.push_str(#literal);));
                    literal.clear();
                }
                let name = &name.value;
                let f = ident(name);
                steps.push(quote! {
                    ::graph_runtime::__private::push_segment(&mut path, #name, ::graph_runtime::__private::IsSet::as_param(&self.#f))?;
                });
            }
            Segment::Literal(text) => {
                literal.push('/');
                literal.push_str(text);
            }
        }
    }
    if steps.is_empty() && literal.is_empty() {
        // The template `/`: the version root itself.
        literal.push('/');
    }
    if !literal.is_empty() {
        steps.push(quote!(path.push_str(#literal);));
    }
    steps
}

/// One setter per slot: it moves every other slot over and fills its own.
fn slot_setters(builder: &Ident, slots: &[Slot], extras: bool) -> Vec<TokenStream> {
    let fields: Vec<&Ident> = slots.iter().map(|s| &s.field).collect();
    let carry_extras = if extras {
        quote!(extras: self.extras,)
    } else {
        TokenStream::new()
    };
    slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
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
        })
        .collect()
}

/// One path variant's builder: a typestate per slot, setters, `build`.
pub(crate) fn builder(cx: &Cx<'_>, variant: &Variant) -> TokenStream {
    let (spec, resolved) = (cx.spec, cx.resolved);
    let ty = &cx.ty;
    let builder = ident(&variant.builder);
    let const_name = ident(&variant.path_const);
    let slots = slots(cx, variant);
    let generics: Vec<&Ident> = slots.iter().map(|s| &s.generic).collect();
    let fields: Vec<&Ident> = slots.iter().map(|s| &s.field).collect();
    let extras = resolved.has_extras();
    let docs_template = &variant.docs_template;
    let doc = docs::attrs(&format!(
        "Builder for `{} {docs_template}`.\n\nSet every path parameter{}, then call `build`; \
         building with one missing does not compile.",
        spec.method.as_str(),
        if resolved.has_request_body() {
            " and the body"
        } else {
            ""
        }
    ));
    let setters = slot_setters(&builder, &slots, extras);
    let extra_setters = if extras {
        extra_setters(cx)
    } else {
        Vec::new()
    };
    let steps = path_steps(variant);
    let capacity = variant.template.len() + 32;
    let bounds = slots.iter().map(|s| {
        let (g, m) = (&s.generic, &s.marker);
        quote!(#g: #m)
    });
    let body = if resolved.has_request_body() {
        quote!(HasRequestBody::into_body(self.body))
    } else {
        quote!(())
    };
    let (finish, extras_field) = if extras {
        (
            quote!(.__with_extras(self.extras)),
            quote!(extras: ::graph_runtime::__private::Extras,),
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let default_version = cx.default_version();
    let build_doc = docs::attrs(&format!(
        "Resolves the path, percent-encoding each parameter.\n\n# Errors\n\n\
         A parameter that is empty, `.` or `..` would change which resource `{docs_template}` addresses \
         and is rejected."
    ));

    // Builders are short-lived values: Debug and Clone are what users need;
    // comparison derives would only cost compile time (four builders per endpoint).
    quote! {
        #doc
        #[derive(Debug, Clone)]
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
