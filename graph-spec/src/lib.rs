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
pub use expand::{Options, generate, generate_models, module_name};
pub use model::{EndpointSpec, ModelSet};

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
/// diagnostics print after `-->`. A `models = "..."` reference cannot be
/// resolved without a file location; use [`load_file`] for such specs.
pub fn load_str(source: &str, display_path: &str) -> Result<EndpointSpec, Diagnostics> {
    load_endpoint(source, display_path, None)
}

/// Reads a spec file, and the models file it references (relative to it).
/// I/O errors become a diagnostic too, so every front end reports them the same way.
pub fn load_file(path: &Path, display_path: &str) -> Result<EndpointSpec, Diagnostics> {
    let source = read(path, display_path)?;
    load_endpoint(&source, display_path, Some(path))
}

/// Parses and validates a spec whose `source` was already read from `path`;
/// a `models` reference resolves relative to `path`. For front ends that
/// keep the source (e.g. to point at it in later diagnostics).
pub fn load_source(
    source: &str,
    display_path: &str,
    path: &Path,
) -> Result<EndpointSpec, Diagnostics> {
    load_endpoint(source, display_path, Some(path))
}

/// Reads a shared models file (`[models.*]`, `[enums.*]`) and validates it.
pub fn load_models_file(path: &Path, display_path: &str) -> Result<ModelSet, Diagnostics> {
    let source = read(path, display_path)?;
    load_models_str(&source, display_path)
}

/// Parses and validates a shared models file from `source`.
pub fn load_models_str(source: &str, display_path: &str) -> Result<ModelSet, Diagnostics> {
    let mut ctx = load::Ctx::default();
    let (root, errors) = toml::de::DeTable::parse_recoverable(source);
    let models = if errors.is_empty() {
        let models = load::read_models(root.get_ref(), &mut ctx);
        check::check_models(&models, &mut ctx);
        models
    } else {
        load::syntax_errors(errors, &mut ctx);
        ModelSet::default()
    };
    finish(ctx, source, display_path).map(|()| models)
}

fn read(path: &Path, display_path: &str) -> Result<String, Diagnostics> {
    std::fs::read_to_string(path).map_err(|e| Diagnostics {
        path: display_path.to_owned(),
        source: String::new(),
        items: vec![Diagnostic::new(
            format!("cannot read spec file `{display_path}`: {e}"),
            0..0,
        )],
    })
}

fn load_endpoint(
    source: &str,
    display_path: &str,
    file: Option<&Path>,
) -> Result<EndpointSpec, Diagnostics> {
    let mut ctx = load::Ctx::default();
    let mut spec = load::read_endpoint(source, &mut ctx);
    if let Some(spec) = &mut spec
        && let Some(models_file) = spec.models_file.clone()
    {
        match file.and_then(Path::parent) {
            Some(dir) => {
                let display_dir = Path::new(display_path).parent().unwrap_or(Path::new(""));
                let display = display_dir
                    .join(&models_file.value)
                    .to_string_lossy()
                    .into_owned();
                let path = dir.join(&models_file.value);
                if !path.is_file() {
                    ctx.diags.push(
                        Diagnostic::new(
                            format!("models file `{display}` not found"),
                            models_file.span.clone(),
                        )
                        .label("no such file")
                        .help("the path is relative to this spec file"),
                    );
                } else {
                    // Problems inside the models file are reported against that file.
                    spec.models = load_models_file(&path, &display)?;
                }
            }
            None => ctx.diags.push(
                Diagnostic::new(
                    "`models` needs the spec to be loaded from a file",
                    models_file.span.clone(),
                )
                .label("cannot resolve this path")
                .help("load the spec with `graph_spec::load_file`"),
            ),
        }
    }
    if let Some(spec) = &spec {
        check::check(spec, source, &mut ctx);
    }
    finish(ctx, source, display_path)?;
    spec.ok_or_else(|| Diagnostics {
        path: display_path.to_owned(),
        source: source.to_owned(),
        items: Vec::new(),
    })
}

/// `Ok` when no diagnostic was recorded; otherwise all of them, in source order.
fn finish(ctx: load::Ctx, source: &str, display_path: &str) -> Result<(), Diagnostics> {
    if ctx.diags.is_empty() {
        return Ok(());
    }
    let mut items = ctx.diags;
    items.sort_by_key(|d| (d.span.start, d.span.end));
    Err(Diagnostics {
        path: display_path.to_owned(),
        source: source.to_owned(),
        items,
    })
}
