//! Microsoft Graph endpoint specs: the model, loading with rustc-style
//! diagnostics, validation, and the one code generator every front end
//! (`#[graph_endpoint]`, build scripts, the `graph-gen` CLI) shares.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod check;
pub mod diagnostic;
mod expand;
mod load;
pub mod model;

use std::path::Path;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use expand::{Options, generate};
pub use model::EndpointSpec;

/// Formats generated tokens as Rust source with prettyplease.
///
/// Fails only if the tokens are not a valid Rust file, which would be a generator bug.
#[cfg(feature = "pretty")]
pub fn to_pretty_string(tokens: proc_macro2::TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// Reads, parses and validates a spec from `source`. `display_path` is what
/// diagnostics print after `-->`.
pub fn load_str(source: &str, display_path: &str) -> Result<EndpointSpec, Diagnostics> {
    let mut ctx = load::Ctx::default();
    let spec = load::read_endpoint(source, &mut ctx);
    if let Some(spec) = &spec {
        check::check(spec, source, &mut ctx);
    }
    match spec {
        Some(spec) if ctx.diags.is_empty() => Ok(spec),
        _ => {
            let mut items = ctx.diags;
            items.sort_by_key(|d| (d.span.start, d.span.end));
            Err(Diagnostics {
                path: display_path.to_owned(),
                source: source.to_owned(),
                items,
            })
        }
    }
}

/// Reads a spec file. I/O errors become a diagnostic too, so every front end
/// reports them the same way.
pub fn load_file(path: &Path, display_path: &str) -> Result<EndpointSpec, Diagnostics> {
    match std::fs::read_to_string(path) {
        Ok(source) => load_str(&source, display_path),
        Err(e) => Err(Diagnostics {
            path: display_path.to_owned(),
            source: String::new(),
            items: vec![Diagnostic::new(
                format!("cannot read spec file `{display_path}`: {e}"),
                0..0,
            )],
        }),
    }
}
