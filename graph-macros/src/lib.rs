//! `#[graph_endpoint("specs/v1.0/message_send.toml")]`: generates a typed
//! Microsoft Graph endpoint from a TOML spec.
//!
//! The macro is a thin front end: it resolves the path against the using
//! crate's `CARGO_MANIFEST_DIR`, calls [`graph_spec`], and turns its
//! diagnostics into compile errors at the path literal.

use std::path::PathBuf;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Data, DeriveInput, Fields, LitStr, Token};

/// Generates an endpoint type from a spec file.
///
/// Put it on a unit struct; the struct keeps its name, visibility and
/// attributes and gains the generated docs, constructors per path variant,
/// an `Endpoint` impl and a module of request builders.
///
/// ```ignore
/// #[graph_endpoint("specs/v1.0/message_send.toml")]
/// pub struct SendMessage;
/// ```
///
/// The path is relative to the crate's `Cargo.toml`; `spec = "..."` works too.
/// Add `client` and/or `server` to also generate client methods or server
/// stubs (enable the matching graph-runtime features):
/// `#[graph_endpoint("specs/v1.0/message_send.toml", client, server)]`.
/// Changing the spec file rebuilds the crate.
#[proc_macro_attribute]
pub fn graph_endpoint(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr.into(), item.into()).into()
}

/// The attribute's arguments: `"path"` or `spec = "path"`, then the optional
/// flags `client` and `server`.
struct Args {
    path: LitStr,
    client: bool,
    server: bool,
    models: Option<syn::Path>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(
                "expected the spec path: #[graph_endpoint(\"specs/v1.0/message_send.toml\")]",
            ));
        }
        let path = if input.peek(LitStr) {
            input.parse()?
        } else {
            let key: syn::Ident = input.parse()?;
            if key != "spec" {
                return Err(syn::Error::new(
                    key.span(),
                    format!("expected the spec path first, found `{key}`"),
                ));
            }
            input.parse::<Token![=]>()?;
            input.parse()?
        };
        let mut args = Args {
            path,
            client: false,
            server: false,
            models: None,
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let flag: syn::Ident = input.parse()?;
            match flag.to_string().as_str() {
                "client" => args.client = true,
                "server" => args.server = true,
                "models" => {
                    input.parse::<Token![=]>()?;
                    args.models = Some(input.parse()?);
                }
                other => {
                    return Err(syn::Error::new(
                        flag.span(),
                        format!(
                            "unknown option `{other}`, expected `client`, `server` or `models = path`"
                        ),
                    ));
                }
            }
        }
        Ok(args)
    }
}

fn expand(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let mut errors: Vec<syn::Error> = Vec::new();
    let args = syn::parse2::<Args>(attr).map_err(|e| errors.push(e)).ok();
    let input = match syn::parse2::<DeriveInput>(item.clone()) {
        Ok(input) => Some(input),
        Err(e) => {
            errors.push(e);
            None
        }
    };
    if let Some(input) = &input {
        check_unit_struct(input, &mut errors);
    }
    let (Some(args), Some(input), true) = (args, input, errors.is_empty()) else {
        return with_errors(item, errors);
    };

    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    let full_path = manifest_dir.join(args.path.value());
    let spec = match graph_spec::load_file(&full_path, &args.path.value()) {
        Ok(spec) => spec,
        Err(diagnostics) => return with_errors(item, spec_errors(&diagnostics, &args.path)),
    };

    let mut attrs = TokenStream2::new();
    for a in &input.attrs {
        a.to_tokens(&mut attrs);
    }
    let options = graph_spec::Options {
        type_name: Some(input.ident.clone()),
        vis: Some(input.vis.to_token_stream()),
        attrs,
        client: args.client,
        server: args.server,
        models: args.models.map(|p| p.to_token_stream()),
    };
    let code = graph_spec::generate(&spec, &options);
    // Makes cargo rebuild the crate when the spec changes.
    let tracked = full_path.to_string_lossy().into_owned();
    quote! {
        #code
        const _: &[u8] = ::core::include_bytes!(#tracked);
    }
}

/// Fills an inline module with the shared model types of a models file.
///
/// ```ignore
/// #[graph_models("specs/models/mail.toml")]
/// pub mod models {}
/// ```
///
/// Endpoints generated next to the module find the types as `super::models`
/// (or where `#[graph_endpoint(.., models = path)]` says).
#[proc_macro_attribute]
pub fn graph_models(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand_models(attr.into(), item.into()).into()
}

fn expand_models(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let path = match syn::parse2::<LitStr>(attr) {
        Ok(path) => path,
        Err(e) => return with_errors(item, vec![e]),
    };
    let Some((head, body)) = split_inline_module(&item) else {
        let e = syn::Error::new(
            path.span(),
            "#[graph_models] goes on an inline module: `pub mod models {}`",
        );
        return with_errors(item, vec![e]);
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    let full_path = manifest_dir.join(path.value());
    let set = match graph_spec::load_models_file(&full_path, &path.value()) {
        Ok(set) => set,
        Err(diagnostics) => return with_errors(item, spec_errors(&diagnostics, &path)),
    };
    let code = graph_spec::generate_models(&set);
    let tracked = full_path.to_string_lossy().into_owned();
    quote! {
        #head {
            #body
            #code
            const _: &[u8] = ::core::include_bytes!(#tracked);
        }
    }
}

/// Fills an inline module with every endpoint spec under a directory (one
/// API version's), the models file they reference, and, with `server`, a
/// `Handlers` trait and `mount_all`, in the style of dropshot's API traits:
/// one handler type serves them all, and forgetting one is a compile error.
///
/// ```ignore
/// #[graph_endpoints("specs/v1.0", server)]
/// pub mod v1 {}
/// ```
///
/// Options as for [`macro@graph_endpoint`]; with `models = path` the models
/// module is not generated and the endpoints use the one at `path`. Each spec
/// is exactly what `#[graph_endpoint]` generates for it (and what graph-build
/// writes into a version module). Editing a spec or models file rebuilds the
/// crate; adding a spec to the directory needs a rebuild to be noticed.
#[proc_macro_attribute]
pub fn graph_endpoints(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand_dir(attr.into(), item.into()).into()
}

fn expand_dir(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let args = match syn::parse2::<Args>(attr) {
        Ok(args) => args,
        Err(e) => return with_errors(item, vec![e]),
    };
    let Some((head, body)) = split_inline_module(&item) else {
        let e = syn::Error::new(
            args.path.span(),
            "#[graph_endpoints] goes on an inline module: `pub mod v1 {}`",
        );
        return with_errors(item, vec![e]);
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    let dir = manifest_dir.join(args.path.value());
    let at_path = |message: String| vec![syn::Error::new(args.path.span(), message)];
    let loaded = graph_spec::project::find_specs(&[&dir]).and_then(|found| {
        let project = graph_spec::project::load(&found)?;
        Ok((found, project))
    });
    let (found, project) = match loaded {
        Ok(loaded) => loaded,
        Err(graph_spec::project::ProjectError::Specs(all)) => {
            let errors = all
                .iter()
                .flat_map(|d| spec_errors(d, &args.path))
                .collect();
            return with_errors(item, errors);
        }
        Err(e) => return with_errors(item, at_path(e.to_string())),
    };
    let mut by_version = project.by_version().into_iter();
    let (Some((_, specs)), None) = (by_version.next(), by_version.next()) else {
        return with_errors(
            item,
            at_path(
                "these specs target more than one API version (their first `versions` entry); \
                 give each version its own module"
                    .to_owned(),
            ),
        );
    };
    let options = graph_spec::Options {
        client: args.client,
        server: args.server,
        models: args.models.map(|p| p.to_token_stream()),
        ..Default::default()
    };
    let code = graph_spec::project::module_tokens(&specs, &options);
    // Rebuilds the crate when a spec or a models file it references changes.
    let mut tracked: Vec<String> = found
        .files
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    for s in &project.specs {
        if let Some(models) = s.models_path() {
            tracked.push(models.to_string_lossy().into_owned());
        }
    }
    tracked.sort();
    tracked.dedup();
    quote! {
        #head {
            #body
            #code
            #(const _: &[u8] = ::core::include_bytes!(#tracked);)*
        }
    }
}

/// `(attributes, visibility, mod name)` and the existing contents of an inline module.
fn split_inline_module(item: &TokenStream2) -> Option<(TokenStream2, TokenStream2)> {
    let mut tokens: Vec<proc_macro2::TokenTree> = item.clone().into_iter().collect();
    let last = tokens.pop()?;
    let proc_macro2::TokenTree::Group(group) = last else {
        return None;
    };
    if group.delimiter() != proc_macro2::Delimiter::Brace {
        return None;
    }
    let is_mod = tokens
        .iter()
        .any(|t| matches!(t, proc_macro2::TokenTree::Ident(i) if i == "mod"));
    is_mod.then(|| (tokens.into_iter().collect(), group.stream()))
}

/// One `syn::Error` per diagnostic, at the path literal, carrying the rendered snippet.
fn spec_errors(diagnostics: &graph_spec::Diagnostics, path: &LitStr) -> Vec<syn::Error> {
    diagnostics
        .render_each()
        .iter()
        .map(|rendered| {
            let text = rendered.strip_prefix("error: ").unwrap_or(rendered);
            syn::Error::new(path.span(), text)
        })
        .collect()
}

fn check_unit_struct(input: &DeriveInput, errors: &mut Vec<syn::Error>) {
    let ident = &input.ident;
    match &input.data {
        Data::Struct(s) if matches!(s.fields, Fields::Unit) => {}
        _ => errors.push(syn::Error::new(
            ident.span(),
            format!("#[graph_endpoint] goes on a unit struct: `pub struct {ident};`"),
        )),
    }
    if !input.generics.params.is_empty() {
        errors.push(syn::Error::new(
            ident.span(),
            "#[graph_endpoint] structs take no generic parameters",
        ));
    }
}

/// On error, the item is still emitted so uses of it do not add follow-up errors.
fn with_errors(item: TokenStream2, errors: Vec<syn::Error>) -> TokenStream2 {
    let mut combined: Option<syn::Error> = None;
    for e in errors {
        match &mut combined {
            Some(c) => c.combine(e),
            None => combined = Some(e),
        }
    }
    let compile_errors = combined.map(|e| e.to_compile_error());
    quote!(#item #compile_errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The attribute emits `graph_spec::generate` for the spec, unchanged, plus
    /// one `include_bytes!` line for rebuild tracking; graph-build and the CLI
    /// format the same `generate` output (see graph-gen's `same_code` test).
    #[test]
    fn emits_the_shared_generator_output_plus_one_tracking_line() {
        let rel = "../specs/v1.0/message_send.toml";
        for (flags, client, server) in [
            (quote!(), false, false),
            (quote!(, client, server), true, true),
        ] {
            let item = quote! { pub struct SendMessage; };
            let out = expand(quote!(#rel #flags), item);
            let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
            let spec = graph_spec::load_file(&full, rel).unwrap();
            let options = graph_spec::Options {
                client,
                server,
                ..Default::default()
            };
            let code = graph_spec::generate(&spec, &options);
            let tracked = full.to_string_lossy().into_owned();
            let expected = quote! {
                #code
                const _: &[u8] = ::core::include_bytes!(#tracked);
            };
            assert_eq!(out.to_string(), expected.to_string());
        }
    }
}
