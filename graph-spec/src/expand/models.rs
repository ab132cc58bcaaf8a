//! Shared model types and endpoint bodies: serde structs and enums with
//! camelCase JSON names and idiomatic Rust field names.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs;
use crate::model::*;
use crate::model_graph::ModelFacts;
use crate::naming::{
    field_name, ident, serde_camel_field, serde_camel_variant, type_name, variant_name,
};
use crate::resolved::RustType;

/// The Rust type name of a model or enum: `emailAddress` -> `EmailAddress`.
fn type_ident(name: &str) -> Ident {
    ident(&type_name(name))
}

/// The Rust type of a spec type; models and enums live under `models`.
fn rust_type(ty: &TypeRef, models: &TokenStream) -> TokenStream {
    render_type(&RustType::of(ty), models)
}

fn render_type(ty: &RustType, models: &TokenStream) -> TokenStream {
    match ty {
        RustType::String => quote!(::std::string::String),
        RustType::Bool => quote!(bool),
        RustType::I32 => quote!(i32),
        RustType::I64 => quote!(i64),
        RustType::F64 => quote!(f64),
        RustType::DateTime => quote!(::graph_runtime::DateTimeOffset),
        RustType::Named(n) => {
            let t = ident(n);
            quote!(#models::#t)
        }
        RustType::Vec(inner) => {
            let t = render_type(inner, models);
            quote!(::std::vec::Vec<#t>)
        }
    }
}

const SERDE: &str = "::graph_runtime::__private::serde";

/// serde's `Serialize` derive and container attribute; JSON names follow
/// from `rename_all`. `Deserialize` is written by [`deserialize_struct`] and
/// [`deserialize_enum`], far less code than serde's derive.
fn serde_attrs() -> TokenStream {
    quote! {
        #[derive(::graph_runtime::__private::serde::Serialize)]
        #[serde(crate = #SERDE, rename_all = "camelCase")]
    }
}

/// `Deserialize` of a model through graph-runtime's generic object reader:
/// one `match` on the key. `fields` are the declared ones (JSON name, Rust
/// field, required); an open type keeps the rest in `additional_data`.
fn deserialize_struct(name: &Ident, fields: &[(String, Ident, bool)], open: bool) -> TokenStream {
    let expecting = format!("struct {name}");
    let slots: Vec<Ident> = (0..fields.len())
        .map(|i| quote::format_ident!("f{i}"))
        .collect();
    let arms = fields
        .iter()
        .zip(&slots)
        .map(|((json, _, _), slot)| quote!(#json => de::field(&mut map, &mut #slot, #json)?,));
    let values = fields
        .iter()
        .zip(&slots)
        .map(|((json, field, required), slot)| {
            if *required {
                quote!(#field: de::required(#slot, #json)?,)
            } else {
                quote!(#field: de::optional(#slot),)
            }
        });
    let (extra, rest, extra_value) = if open {
        (
            quote!(let mut extra = ::std::collections::BTreeMap::new();),
            quote!(_ => de::keep(&mut map, &mut extra, key)?,),
            quote!(additional_data: extra,),
        )
    } else {
        (
            TokenStream::new(),
            quote!(_ => de::skip(&mut map)?,),
            TokenStream::new(),
        )
    };
    // As serde's derive: a closed struct by its declared names, an open one
    // (a flattened map) as a map.
    let shape = if open {
        quote!(::core::option::Option::None)
    } else {
        let (rust_name, json) = (name.to_string(), fields.iter().map(|(j, _, _)| j));
        quote!(::core::option::Option::Some((#rust_name, &[#(#json),*])))
    };
    quote! {
        impl<'de> ::graph_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::graph_runtime::__private::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::graph_runtime::__private::de::object(d)
            }
        }
        impl<'de> ::graph_runtime::__private::de::FromObject<'de> for #name {
            const EXPECTING: &'static str = #expecting;
            const STRUCT: ::core::option::Option<(&'static str, &'static [&'static str])> = #shape;
            fn from_map<A: ::graph_runtime::__private::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::core::result::Result<Self, A::Error> {
                use ::graph_runtime::__private::de;
                #(let mut #slots = ::core::option::Option::None;)*
                #extra
                while let ::core::option::Option::Some(key) = map.next_key::<de::Key<'de>>()? {
                    match key.as_str() {
                        #(#arms)*
                        #rest
                    }
                }
                ::core::result::Result::Ok(Self {
                    #(#values)*
                    #extra_value
                })
            }
        }
    }
}

/// `Deserialize` of an enum from its JSON string.
fn deserialize_enum(name: &Ident, values: &[(&str, Ident)]) -> TokenStream {
    let json = values.iter().map(|(j, _)| j);
    let arms = values
        .iter()
        .map(|(j, v)| quote!(#j => ::core::result::Result::Ok(Self::#v),));
    let rust_name = name.to_string();
    let expecting = format!("enum {name}");
    quote! {
        impl<'de> ::graph_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::graph_runtime::__private::serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<Self, D::Error> {
                use ::graph_runtime::__private::de;
                const VARIANTS: &[&str] = &[#(#json),*];
                let value = de::variant(d, #rust_name, #expecting, VARIANTS)?;
                match value.as_str() {
                    #(#arms)*
                    _ => ::core::result::Result::Err(de::unknown_variant(&value, VARIANTS)),
                }
            }
        }
    }
}

/// `rename = "json"` where serde's camelCase rule would not give `json`.
fn rename(rust: &proc_macro2::Ident, json: &str, camel: fn(&str) -> String) -> Option<TokenStream> {
    (camel(&rust.to_string()) != json).then(|| quote!(rename = #json))
}

/// A serde struct with `fields`; optional fields are `Option` and skipped when `None`.
/// `deserialize` is false for request bodies without server stubs: only
/// the server decodes them.
#[allow(clippy::too_many_arguments)]
pub(crate) fn struct_tokens(
    name: &Ident,
    doc: &str,
    fields: &[Field],
    facts: &ModelFacts,
    model: Option<usize>,
    models: &TokenStream,
    deserialize: bool,
    open: bool,
) -> TokenStream {
    let doc = docs::attrs(doc);
    let mut derives = vec![quote!(Debug), quote!(Clone), quote!(PartialEq)];
    if facts.fields_eq(fields) {
        derives.push(quote!(Eq));
    }
    if facts.fields_default(fields) {
        derives.push(quote!(Default));
    }
    let serde = serde_attrs();
    let mut read: Vec<(String, Ident, bool)> = fields
        .iter()
        .map(|f| {
            (
                f.json_name.value.clone(),
                ident(&field_name(&f.json_name.value)),
                f.required,
            )
        })
        .collect();
    let has = |json: &str| fields.iter().any(|f| f.json_name.value == json);
    if open && !has("@odata.type") {
        read.push((
            "@odata.type".to_owned(),
            quote::format_ident!("odata_type"),
            false,
        ));
    }
    let deserialize = deserialize.then(|| deserialize_struct(name, &read, open));
    let members = fields.iter().enumerate().map(|(i, f)| {
        let json = &f.json_name.value;
        let ident = ident(&field_name(json));
        let mut ty = rust_type(&f.ty.value, models);
        // A model that (indirectly) contains itself through this optional
        // field would have infinite size: the box is the indirection.
        if model.is_some_and(|m| facts.is_boxed((m, i))) {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        let mut text = f
            .description
            .as_ref()
            .map_or_else(|| docs::code(json), |d| docs::text(d.value.trim()));
        if f.required {
            text.push_str("\n\nRequired.");
        }
        if let Some(default) = &f.default {
            text.push_str(&format!(
                "\n\nDefaults to `{}` when absent.",
                default_literal(&default.value)
            ));
        }
        let field_doc = docs::attrs(&text);
        let rename = rename(&ident, json, serde_camel_field);
        // A missing `Option` field deserializes as `None` without `default`.
        if f.required {
            let attr = rename.map(|r| quote!(#[serde(#r)]));
            quote! {
                #field_doc
                #attr
                pub #ident: #ty,
            }
        } else {
            let rename = rename.map(|r| quote!(#r,));
            quote! {
                #field_doc
                #[serde(#rename skip_serializing_if = "::core::option::Option::is_none")]
                pub #ident: ::core::option::Option<#ty>,
            }
        }
    });
    // An open type, or one others derive from, keeps what it does not declare.
    let open_members = open.then(|| {
        let odata_type = (!has("@odata.type")).then(|| {
            quote! {
                /// `@odata.type`: the value's own type, e.g. `#microsoft.graph.user`
                /// for a `directoryObject` that is a user.
                #[serde(rename = "@odata.type", skip_serializing_if = "::core::option::Option::is_none")]
                pub odata_type: ::core::option::Option<::std::string::String>,
            }
        });
        quote! {
            #odata_type
            /// The properties this type does not declare: those of the derived
            /// type the value is, or of an open type.
            #[serde(flatten)]
            pub additional_data: ::std::collections::BTreeMap<
                ::std::string::String,
                ::graph_runtime::__private::serde_json::Value,
            >,
        }
    });
    let accessors: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| {
            let default = f.default.as_ref()?;
            let field = ident(&field_name(&f.json_name.value));
            let method = ident(&format!("{}_or_default", field_name(&f.json_name.value)));
            let ty = rust_type(&f.ty.value, models);
            let value = default_tokens(&default.value, &f.ty.value, models);
            let doc = docs::attrs(&format!(
                "`{}`, or its documented default `{}`.",
                f.json_name.value,
                default_literal(&default.value)
            ));
            let body = match f.ty.value {
                TypeRef::String => quote!(self.#field.clone().unwrap_or_else(|| #value)),
                _ => quote!(self.#field.unwrap_or(#value)),
            };
            Some(quote! {
                #doc
                pub fn #method(&self) -> #ty {
                    #body
                }
            })
        })
        .collect();
    let accessors = if accessors.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            impl #name {
                #(#accessors)*
            }
        }
    };
    quote! {
        #doc
        #[derive(#(#derives),*)]
        #serde
        pub struct #name {
            #(#members)*
            #open_members
        }
        #deserialize
        #accessors
    }
}

fn default_literal(v: &DefaultValue) -> String {
    match v {
        DefaultValue::Bool(b) => b.to_string(),
        DefaultValue::Int(n) => n.to_string(),
        DefaultValue::Str(s) => format!("\"{s}\""),
    }
}

fn default_tokens(v: &DefaultValue, ty: &TypeRef, models: &TokenStream) -> TokenStream {
    match (v, ty) {
        (DefaultValue::Bool(b), _) => quote!(#b),
        (DefaultValue::Int(n), TypeRef::Int32) => {
            let n = i32::try_from(*n).unwrap_or_default();
            quote!(#n)
        }
        (DefaultValue::Int(n), _) => quote!(#n),
        (DefaultValue::Str(s), TypeRef::Named(e)) => {
            let t = type_ident(e);
            let v = ident(&variant_name(s));
            quote!(#models::#t::#v)
        }
        (DefaultValue::Str(s), _) => quote!(::std::string::String::from(#s)),
    }
}

/// Each value's variant: its capitalized name, or, when an earlier value
/// already has that name (Graph's `required` and `Required`), the name with
/// the value's position after it.
fn variant_idents(e: &EnumDef) -> Vec<Ident> {
    let mut taken = std::collections::HashSet::new();
    e.values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let base = ident(&variant_name(&v.value)).to_string();
            let mut name = base.clone();
            let mut n = i + 1;
            while !taken.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            ident(&name)
        })
        .collect()
}

fn enum_tokens(e: &EnumDef) -> TokenStream {
    let name = type_ident(&e.name.value);
    let doc = docs::attrs(&e.description.as_ref().map_or_else(
        || format!("The {} enumeration.", docs::code(&e.name.value)),
        |d| docs::text(&d.value),
    ));
    let serde = serde_attrs();
    let names = variant_idents(e);
    let read: Vec<(&str, Ident)> = e
        .values
        .iter()
        .map(|v| v.value.as_str())
        .zip(names.iter().cloned())
        .collect();
    let deserialize = deserialize_enum(&name, &read);
    let variants = e.values.iter().zip(names).map(|(v, ident)| {
        let json = &v.value;
        let doc = docs::attrs(&docs::code(json));
        let attr = rename(&ident, json, serde_camel_variant).map(|r| quote!(#[serde(#r)]));
        quote! {
            #doc
            #attr
            #ident,
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #serde
        pub enum #name {
            #(#variants)*
        }
        #deserialize
    }
}

/// For a type in a hierarchy: its `@odata.type` name, `Polymorphic` when
/// it keeps undeclared properties, and `DerivedFrom` each of its bases.
fn hierarchy_tokens(set: &ModelSet, m: &ModelDef, name: &Ident, open: bool) -> TokenStream {
    if m.base.is_none() && !open {
        return TokenStream::new();
    }
    let graph_name = m.name.value.as_str();
    let odata = if graph_name.starts_with("microsoft.") {
        format!("#{graph_name}")
    } else {
        format!("#microsoft.graph.{graph_name}")
    };
    let polymorphic = open.then(|| {
        let get = if m.fields.iter().any(|f| f.json_name.value == "@odata.type") {
            quote!(::core::option::Option::None)
        } else {
            quote!(self.odata_type.as_deref())
        };
        quote! {
            impl ::graph_runtime::Polymorphic for #name {
                fn odata_type(&self) -> ::core::option::Option<&str> {
                    #get
                }
            }
        }
    });
    // Every base up the chain; a loop (reported by the checks) ends it.
    let mut bases = Vec::new();
    let mut at = m.base.as_ref().and_then(|b| set.model(&b.value));
    while let Some(base) = at {
        if bases.len() > set.models.len() || base.name.value == graph_name {
            break;
        }
        let b = type_ident(&base.name.value);
        bases.push(quote!(impl ::graph_runtime::DerivedFrom<#b> for #name {}));
        at = base.base.as_ref().and_then(|b| set.model(&b.value));
    }
    quote! {
        impl ::graph_runtime::GraphType for #name {
            const ODATA_TYPE: &'static str = #odata;
        }
        #polymorphic
        #(#bases)*
    }
}

/// Every model and enum of a models file, for a `models` module.
pub fn generate_models(set: &ModelSet) -> TokenStream {
    generate_models_where(set, |_| true, &std::collections::HashSet::new())
}

/// The types of several models files in one `models` module: a type that
/// more than one file defines (alike, as the project checks) comes once.
/// Openness belongs to the module: a type is open when any file makes it
/// so (one derives from it there), since a value of that derived type may
/// be read as it wherever the module uses it.
pub fn generate_models_union(sets: &[&ModelSet]) -> TokenStream {
    let open: std::collections::HashSet<&str> = sets
        .iter()
        .flat_map(|set| &set.models)
        .filter(|m| m.open)
        .map(|m| m.name.value.as_str())
        .collect();
    let mut emitted = std::collections::HashSet::new();
    let code = sets.iter().map(|set| {
        let fresh: std::collections::HashSet<String> = set
            .models
            .iter()
            .map(|m| &m.name.value)
            .chain(set.enums.iter().map(|e| &e.name.value))
            .filter(|n| emitted.insert((*n).clone()))
            .cloned()
            .collect();
        generate_models_where(set, |name| fresh.contains(name), &open)
    });
    let code: Vec<TokenStream> = code.collect();
    quote!(#(#code)*)
}

/// The types of `set` that `keep` names; those `open` names are open
/// whatever `set` says.
fn generate_models_where(
    set: &ModelSet,
    keep: impl Fn(&str) -> bool,
    open: &std::collections::HashSet<&str>,
) -> TokenStream {
    let here = quote!(self);
    let facts = set.facts();
    let models = set
        .models
        .iter()
        .enumerate()
        .filter(|(_, m)| keep(&m.name.value))
        .map(|(i, m)| {
            let doc = m.description.as_ref().map_or_else(
                || format!("The {} resource.", docs::code(&m.name.value)),
                |d| docs::text(&d.value),
            );
            let name = type_ident(&m.name.value);
            let is_open = m.open || open.contains(m.name.value.as_str());
            let code = struct_tokens(&name, &doc, &m.fields, facts, Some(i), &here, true, is_open);
            let hierarchy = hierarchy_tokens(set, m, &name, is_open);
            let properties = m.fields.iter().map(|f| f.json_name.value.as_str());
            let properties_doc = docs::attrs(&format!(
                "The JSON names of {}'s properties, in the models file's order: what \
             `$select` may name.",
                docs::code(&m.name.value)
            ));
            quote! {
                #code
                impl #name {
                    #properties_doc
                    pub const PROPERTIES: &'static [&'static str] = &[#(#properties),*];
                }
                #hierarchy
            }
        });
    let enums = set
        .enums
        .iter()
        .filter(|e| keep(&e.name.value))
        .map(enum_tokens);
    quote! {
        #(#models)*
        #(#enums)*
    }
}
