//! The request builder: ONE per endpoint, `Builder<V, S, B>`, with the path
//! variant `V` as a type parameter, the set path parameters `S` as a tree of
//! `graph_runtime::typestate` leaves and the body `B`. Each setter names one
//! output type, so the code grows linearly with the spec; the values and the
//! path rendering live in the runtime's `Parts`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Cx, docs};
use crate::model::{PathPart, Place};
use crate::naming::ident;
use crate::resolved::{BodyType, Param, Scalar, Variant};

/// Depth of the state tree for `slots` path parameters: the tree has
/// `2^depth >= slots` leaves.
fn depth(slots: usize) -> u32 {
    slots.max(1).next_power_of_two().trailing_zeros()
}

/// The address of slot `k` in a tree of `depth`: `L<R<Here>>`.
fn slot_ty(k: usize, depth: u32) -> TokenStream {
    (0..depth).fold(quote!(ts::Here), |inner, bit| {
        if (k >> bit) & 1 == 0 {
            quote!(ts::L<#inner>)
        } else {
            quote!(ts::R<#inner>)
        }
    })
}

/// The start state: a complete tree of `Unset` leaves (the runtime names
/// the usual depths).
fn start_state(depth: u32) -> TokenStream {
    if depth <= 6 {
        let start = quote::format_ident!("Start{depth}");
        return quote!(ts::#start);
    }
    (6..depth).fold(quote!(ts::Start6), |leaf, _| quote!(ts::Node<#leaf, #leaf>))
}

/// An unsuffixed integer literal.
fn lit(n: usize) -> proc_macro2::Literal {
    proc_macro2::Literal::usize_unsuffixed(n)
}

/// The trees whose leaf at slot `k` is `Set`, the others left open:
/// `impl<A0, A1> HasX for ts::Node<ts::Node<A0, ts::Set>, A1>`.
fn set_pattern(k: usize, depth: u32) -> (Vec<proc_macro2::Ident>, TokenStream) {
    let mut open = Vec::new();
    let tree = (0..depth).fold(quote!(ts::Set), |inner, bit| {
        let other = quote::format_ident!("A{bit}");
        let tree = if (k >> bit) & 1 == 0 {
            quote!(ts::Node<#inner, #other>)
        } else {
            quote!(ts::Node<#other, #inner>)
        };
        open.push(other);
        tree
    });
    (open, tree)
}

/// The endpoint-wide slot of each parameter is its place in `resolved.params`.
fn slot_of(cx: &Cx<'_>, name: &str) -> Option<usize> {
    cx.resolved.params.iter().position(|p| p.name == name)
}

/// The builder's slot address of a parameter.
fn param_slot_ty(cx: &Cx<'_>, k: usize) -> TokenStream {
    slot_ty(k, depth(cx.resolved.params.len()))
}

/// The `where` clause of `build` and `send`: the variant's parameters set,
/// and the body if the endpoint takes one.
pub(crate) fn build_bounds(cx: &Cx<'_>) -> TokenStream {
    if cx.resolved.has_request_body() {
        let body = cx.request_body_ty();
        if cx.resolved.request_body_optional {
            quote!(where V: ts::Ready<S>, B: ts::OptionalBody<#body>)
        } else {
            quote!(where V: ts::Ready<S>, B: ts::HasBody<#body>)
        }
    } else {
        quote!(where V: ts::Ready<S>)
    }
}

/// What `build` hands to the runtime: the variant's place and the body.
pub(crate) fn build_call(cx: &Cx<'_>) -> TokenStream {
    if cx.resolved.has_request_body() {
        quote!(self.0.build(V::AT, self.1.into_body()))
    } else {
        quote!(self.0.build(V::AT, ()))
    }
}

/// The builder's state generics: `S, B` with a body, else `S`.
fn state_generics(cx: &Cx<'_>) -> TokenStream {
    if cx.resolved.has_request_body() {
        quote!(S, B)
    } else {
        quote!(S)
    }
}

/// A variant's constructor on the endpoint type: nothing set.
pub(crate) fn constructor(cx: &Cx<'_>, variant: &Variant, doc: &str) -> TokenStream {
    let marker = ident(&variant.builder);
    let ctor = ident(&variant.name);
    let doc = docs::attrs(doc);
    let slots = lit(cx.resolved.params.len());
    let body = cx.resolved.has_request_body().then(|| quote!(, ts::Unset));
    quote! {
        #doc
        pub fn #ctor() -> Builder<#marker> {
            Builder(ts::Parts::new(#slots) #body)
        }
    }
}

/// The marker trait of a path parameter: implemented by the states with it set.
pub(crate) fn param_marker(cx: &Cx<'_>, param: &Param) -> TokenStream {
    let marker = ident(&param.marker);
    let k = slot_of(cx, &param.name).unwrap_or(0);
    let (open, tree) = set_pattern(k, depth(cx.resolved.params.len()));
    let open = if open.is_empty() {
        TokenStream::new()
    } else {
        quote!(<#(#open),*>)
    };
    let (name, endpoint) = (&param.name, &cx.spec.name.value);
    let message = format!("the required path parameter `{name}` is not set");
    let label = format!("this `{endpoint}` request has no `{name}` yet");
    let note = format!("call `.{name}(...)` on the builder before `.build()`");
    let doc = docs::attrs(&format!(
        "Implemented once `{name}` is set; a missing one is a compile error."
    ));
    let slot = ident(&param.slot);
    let slot_ty = param_slot_ty(cx, k);
    let slot_doc = docs::attrs(&format!(
        "Where `{name}` is kept in a builder's state `S`: its setter needs a \
         path variant that takes it and fills this slot."
    ));
    quote! {
        #doc
        #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
        pub trait #marker {}
        #[doc(hidden)]
        impl #open #marker for #tree {}
        #slot_doc
        pub type #slot = #slot_ty;
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
            docs::text(&q.description)
        ));
        out.push(quote! {
            #doc
            pub fn #method(mut self, value: #arg) -> Self {
                self.0 = self.0.query(#wire, #value);
                self
            }
        });
    }
    for h in &cx.resolved.optional_headers {
        let name = &h.header;
        let method = ident(&h.name);
        let doc = docs::attrs(&format!(
            "Sets the optional `{name}` header, documented as {}: {}",
            docs::code(&h.value),
            docs::text(&h.description)
        ));
        out.push(quote! {
            #doc
            pub fn #method(mut self, value: impl ::core::convert::Into<::std::string::String>) -> Self {
                self.0 = self.0.header(#name, value.into());
                self
            }
        });
    }
    out
}

/// One setter per path parameter: fills its slot, whatever the others hold.
fn param_setters(cx: &Cx<'_>) -> Vec<TokenStream> {
    let body = cx.resolved.has_request_body();
    let carry = if body {
        quote!(, self.1)
    } else {
        TokenStream::new()
    };
    let b = if body {
        quote!(, B)
    } else {
        TokenStream::new()
    };
    cx.resolved
        .params
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let field = ident(&p.name);
            let slot = lit(k);
            let at = ident(&p.slot);
            let doc = docs::attrs(&format!(
                "Sets `{{{}}}` ({}): {}",
                p.name,
                placement(cx, &p.name),
                docs::text(&p.description)
            ));
            quote! {
                #doc
                pub fn #field(
                    self,
                    #field: impl ::core::convert::Into<::std::string::String>,
                ) -> Builder<V, ts::Filled<S, #at> #b>
                where
                    V: ts::Takes<#at>,
                    S: ts::Fill<#at>,
                {
                    Builder(self.0.set(#slot, #field.into()) #carry)
                }
            }
        })
        .collect()
}

/// How a path parameter's value is written into the URL, as its setter's
/// docs say it: by its place in the templates (one wording when the
/// variants agree), or as the value of a query parameter a template fixes.
fn placement(cx: &Cx<'_>, name: &str) -> String {
    let mut places: Vec<String> = Vec::new();
    for variant in &cx.spec.paths {
        let in_path = variant.parts.iter().find_map(|part| match part {
            PathPart::Param(p, place) if p.value == name => Some(*place),
            _ => None,
        });
        let text = match in_path {
            Some(Place::Segment) => "percent-encoded as a path segment".to_owned(),
            Some(Place::Inline) => "percent-encoded inside its path segment".to_owned(),
            Some(Place::Quoted) => {
                "quoted in the path: a `'` is doubled, then percent-encoded".to_owned()
            }
            Some(Place::ColonPath) => {
                "a path after a colon: each `/`-separated part percent-encoded".to_owned()
            }
            None => match variant
                .query
                .iter()
                .find(|q| q.value.as_ref().is_ok_and(|v| v.value == name))
            {
                Some(q) => format!("percent-encoded as the `{}` query value", q.name),
                None => continue,
            },
        };
        if !places.contains(&text) {
            places.push(text);
        }
    }
    match places.as_slice() {
        [one] => one.clone(),
        _ => "percent-encoded for its place in each path variant".to_owned(),
    }
}

/// The builder type, its constructor, setters, `build` (and `send`, with the client).
pub(crate) fn builder(cx: &Cx<'_>, client: TokenStream) -> TokenStream {
    let (spec, resolved, ty) = (cx.spec, cx.resolved, &cx.ty);
    let has_body = resolved.has_request_body();
    let start = start_state(depth(resolved.params.len()));
    let doc = docs::attrs(&format!(
        "The request builder of [`{ty}`]; `V` is the path variant its constructor picked.\n\n\
         Set every path parameter of the variant{}, in any order, then call `build`; \
         building with one missing does not compile.",
        if has_body && !cx.resolved.request_body_optional {
            " and the body"
        } else {
            ""
        }
    ));
    let generics = state_generics(cx);
    let (body_param, body_field) = if has_body {
        (quote!(, B = ts::Unset), quote!(, B))
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let body_setter = has_body.then(|| {
        let body_ty = cx.request_body_ty();
        let optional = cx.resolved.request_body_optional;
        let what = match &cx.resolved.request_body {
            BodyType::Bytes(media) => format!(
                "the content (bytes of type {}, in memory or streamed with \
                 `Content::from_stream`)",
                docs::code(media)
            ),
            _ => "the JSON request body".to_owned(),
        };
        let doc = docs::attrs(&format!(
            "Sets {what} of {}.{}",
            docs::code(&spec.name.value),
            if optional {
                " It may be left out: a request without one sends no body."
            } else {
                ""
            }
        ));
        // The builder holds what the endpoint's `RequestBody` is: `Some` of an
        // optional body.
        let (held, value) = if optional {
            (
                quote!(::core::option::Option<#body_ty>),
                quote!(::core::option::Option::Some(body)),
            )
        } else {
            (body_ty.clone(), quote!(body))
        };
        quote! {
            #doc
            pub fn body(self, body: #body_ty) -> Builder<V, S, #held> {
                Builder(self.0, #value)
            }
        }
    });
    let setters = param_setters(cx);
    let (bounds, call) = (build_bounds(cx), build_call(cx));
    let extra_setters = extra_setters(cx);
    let build_doc = docs::attrs(
        "Resolves the path, percent-encoding each parameter.\n\n# Errors\n\n\
         A parameter that is empty, `.` or `..` would change which resource the path \
         addresses and is rejected.",
    );
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[must_use = "a request builder does nothing until it is built"]
        pub struct Builder<V, S = #start #body_param>(ts::Parts<V, S> #body_field);

        impl<V, #generics> Builder<V, #generics> {
            #(#setters)*

            #body_setter

            #(#extra_setters)*

            #build_doc
            pub fn build(self) -> ts::Built<#ty> #bounds {
                #call
            }

            #client
        }
    }
}

/// A path variant: its marker type, the slots its template takes, and the
/// states it is ready to build in.
pub(crate) fn variant(cx: &Cx<'_>, index: usize, variant: &Variant) -> TokenStream {
    let ty = &cx.ty;
    let marker = ident(&variant.builder);
    let doc = docs::attrs(&format!(
        "The path variant `{} {}`, started by [`{ty}::{}`].",
        cx.spec.method.as_str(),
        variant.docs_template,
        variant.name
    ));
    let slots: Vec<usize> = variant
        .placeholders
        .iter()
        .filter_map(|name| slot_of(cx, name))
        .collect();
    let takes = slots.iter().map(|&k| {
        let at = cx.resolved.params.get(k).map(|p| ident(&p.slot));
        quote!(impl ts::Takes<#at> for #marker {})
    });
    let markers: Vec<_> = variant
        .placeholders
        .iter()
        .filter_map(|name| cx.resolved.param(name))
        .map(|p| ident(&p.marker))
        .collect();
    let state = if markers.is_empty() {
        quote!(S)
    } else {
        quote!(S: #(#markers)+*)
    };
    let (index, slots) = (lit(index), slots.iter().map(|&k| lit(k)));
    quote! {
        #doc
        #[derive(Debug, Clone, Copy)]
        pub enum #marker {}

        // Shown on the variant's page: which parameters it takes, by their
        // slot aliases. `Ready`, the path and slots it builds with, is not.
        #(#takes)*

        #[doc(hidden)]
        impl<#state> ts::Ready<S> for #marker {
            const AT: ts::At = ts::At(&PATHS[#index], &[#(#slots),*]);
        }
    }
}
