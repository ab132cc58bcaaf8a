//! Microsoft Graph endpoint specs: the model, loading with rustc-style
//! diagnostics, validation, and the one code generator every front end
//! (`#[graph_endpoint]`, build scripts, the `graph-gen` CLI) shares.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Phases, each a module that depends only on the leaves (`diagnostic`,
// `model` with `schema` and `spanned`, `naming`, `template`) and never on
// another phase:
// `load` (TOML -> model) -> `check` (model -> diagnostics + `resolved`) ->
// `expand` (model + `resolved` -> tokens). This file runs them in order;
// `project` runs them over sets of files for the front ends.
mod check;
mod checked_models;
mod checked_spec;
pub mod diagnostic;
pub mod docs_path;
mod expand;
// The rule graph-runtime keeps too, from its one copy.
#[cfg(test)]
#[path = "../../graph-runtime/src/import_graph.rs"]
mod import_graph;
mod inherit;
pub mod keys;
mod load;
pub mod model;
mod model_graph;
mod naming;
mod parallel;
pub mod project;
mod resolved;
mod schema;
mod spanned;
mod template;
pub mod write;

use std::path::Path;

pub use checked_spec::CheckedSpec;
use diagnostic::Sink;
pub use diagnostic::{Diagnostic, Diagnostics, FileId, SourceFile};
pub use expand::{Options, generate_models, generate_models_union};
pub use model::{EndpointSpec, ModelSet};
pub use naming::{field_name, is_reserved_name, module_name, pascal, variant_name};

/// Generates the endpoint type, its `Endpoint` impl, and a module of typed
/// request builders, one per path variant, for a spec that loaded without
/// errors: only the load functions make a [`CheckedSpec`].
pub fn generate(spec: &CheckedSpec, options: &Options) -> proc_macro2::TokenStream {
    expand::generate(spec.spec(), spec.resolved(), options)
}

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
pub fn load_str(source: &str, display_path: &str) -> Result<CheckedSpec, Diagnostics> {
    load_endpoint(source, display_path, None)
}

/// Reads a spec file, and the models file it references (relative to it).
/// I/O errors become a diagnostic too, so every front end reports them the same way.
pub fn load_file(path: &Path, display_path: &str) -> Result<CheckedSpec, Diagnostics> {
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
) -> Result<CheckedSpec, Diagnostics> {
    load_endpoint(source, display_path, Some(path))
}

/// Reads a shared models file (`[models.*]`, `[enums.*]`) and validates it.
pub fn load_models_file(path: &Path, display_path: &str) -> Result<ModelSet, Diagnostics> {
    let source = read(path, display_path)?;
    load_models_str(&source, display_path)
}

/// Parses and validates a shared models file from `source`.
pub fn load_models_str(source: &str, display_path: &str) -> Result<ModelSet, Diagnostics> {
    let mut sink = Sink::new(display_path, source);
    let models = read_models(source, &mut sink);
    sink.finish().map(|()| models)
}

/// Reads and checks a models file into `sink`'s current file; what could be read.
pub(crate) fn read_models(source: &str, sink: &mut Sink) -> ModelSet {
    let (root, errors) = toml::de::DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        load::syntax_errors(errors, sink);
        return ModelSet::default();
    }
    let mut models = load::read_models(root.get_ref(), sink);
    inherit::resolve(&mut models, sink);
    check::check_models(&models, sink);
    models
}

fn read(path: &Path, display_path: &str) -> Result<String, Diagnostics> {
    std::fs::read_to_string(path).map_err(|e| {
        Diagnostics::single(
            display_path,
            "",
            vec![Diagnostic::new(
                format!("cannot read spec file `{display_path}`: {e}"),
                0..0,
            )],
        )
    })
}

fn load_endpoint(
    source: &str,
    display_path: &str,
    file: Option<&Path>,
) -> Result<CheckedSpec, Diagnostics> {
    let (spec, mut sink) = read_spec(source, display_path);
    let Some(mut spec) = spec else {
        return Err(unreadable(sink, display_path, source));
    };
    if let Some(models_file) = spec.models_file.clone()
        && let Some(models) = load_models_of(&models_file, display_path, file, &mut sink)
    {
        // Alone, a spec reports the problems of the types it reaches, in their file.
        models.report_reached(&spec, &mut sink);
        spec.models = std::sync::Arc::clone(&models.set);
    }
    checked(spec, sink)
}

/// Runs the checks on `spec`: its resolved form when they pass, else every
/// problem `sink` holds.
fn checked(spec: EndpointSpec, mut sink: Sink) -> Result<CheckedSpec, Diagnostics> {
    check::check(&spec, &mut sink);
    sink.finish()?;
    let resolved = check::resolve(&spec);
    Ok(CheckedSpec::new(spec, resolved))
}

/// The first phase of loading a spec: reading it, without its models.
pub(crate) fn read_spec(source: &str, display_path: &str) -> (Option<EndpointSpec>, Sink) {
    let mut sink = Sink::new(display_path, source);
    let spec = load::read_endpoint(source, &mut sink);
    (spec, sink)
}

/// The diagnostics of a spec that could not be read at all.
pub(crate) fn unreadable(sink: Sink, display_path: &str, source: &str) -> Diagnostics {
    sink.finish()
        .err()
        .unwrap_or_else(|| Diagnostics::single(display_path, source, Vec::new()))
}

/// The last phase of loading a spec in a project: its models (checked once
/// for the project, whose problems are reported there) and its checks.
pub(crate) fn finish_spec(
    mut spec: EndpointSpec,
    mut sink: Sink,
    models: Option<&checked_models::CheckedModels>,
) -> Result<CheckedSpec, Diagnostics> {
    if let Some(models) = models {
        checked_models::report_affected(models, &spec, &mut sink);
        spec.models = std::sync::Arc::clone(&models.set);
    }
    checked(spec, sink)
}

/// The models file a spec references (relative to the spec), checked;
/// `None`, with the reason in `sink`, when it cannot be read.
fn load_models_of(
    models_file: &model::Sp<String>,
    display_path: &str,
    file: Option<&Path>,
    sink: &mut Sink,
) -> Option<checked_models::CheckedModels> {
    let Some(dir) = file.and_then(Path::parent) else {
        sink.error(
            Diagnostic::new(
                "`models` needs the spec to be loaded from a file",
                models_file.span.clone(),
            )
            .label("cannot resolve this path")
            .help("load the spec with `graph_spec::load_file`"),
        );
        return None;
    };
    let display_dir = Path::new(display_path).parent().unwrap_or(Path::new(""));
    let display = display_dir
        .join(&models_file.value)
        .to_string_lossy()
        .into_owned();
    let path = dir.join(&models_file.value);
    if !path.is_file() {
        sink.error(
            Diagnostic::new(
                format!("models file `{display}` not found"),
                models_file.span.clone(),
            )
            .label("no such file")
            .help("the path is relative to this spec file"),
        );
        return None;
    }
    match std::fs::read_to_string(&path) {
        Ok(source) => Some(checked_models::CheckedModels::load(source, display)),
        Err(e) => {
            sink.error(
                Diagnostic::new(
                    format!("cannot read models file `{display}`: {e}"),
                    models_file.span.clone(),
                )
                .label("unreadable file"),
            );
            None
        }
    }
}
