//! The project layer: a set of spec files as every front end sees it.
//!
//! Finding specs ([`find_specs`]), the `models/` directory convention
//! ([`is_models_file`]), loading every file with every problem of every file
//! collected ([`load`]), the checks across specs (two specs generating the
//! same type in one version module; two models files in one version module;
//! two specs serving the same method and path shape under one version),
//! and (with the `pretty` feature) rendering: one file with a module per API
//! version, or one file per spec. graph-build, graph-gen and the snapshot
//! tests all go through here, so they agree.

mod find;
mod prune;
#[cfg(feature = "pretty")]
mod render;
mod routes;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub use find::{SpecFiles, find_specs, is_models_file, is_models_source};
#[cfg(feature = "pretty")]
pub use render::{GeneratedFile, render_one};

use proc_macro2::TokenStream;
use quote::quote;

use crate::checked_models::CheckedModels;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{EndpointSpec, Version};
use crate::{CheckedSpec, Options};

/// One spec that loaded and validated, with where it came from.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The file it was read from.
    pub path: PathBuf,
    /// The path as shown in diagnostics and generated-file headers.
    pub display: String,
    /// The validated spec, with its resolved form (reads as an [`EndpointSpec`]).
    pub spec: CheckedSpec,
}

impl LoadedSpec {
    /// The spec's first (default) version: the module its code goes into.
    pub fn version(&self) -> Version {
        self.spec
            .versions
            .first()
            .map_or(Version::V1_0, |v| v.value)
    }

    /// The models file the spec references, resolved against the spec's directory.
    pub fn models_path(&self) -> Option<PathBuf> {
        models_path(&self.path, &self.spec)
    }
}

/// The models file `spec` (read from `path`) references, resolved against
/// the spec's directory.
fn models_path(path: &Path, spec: &EndpointSpec) -> Option<PathBuf> {
    let file = spec.models_file.as_ref()?;
    let path = path.parent().unwrap_or(Path::new("")).join(&file.value);
    Some(path.canonicalize().unwrap_or(path))
}

/// Every spec of a project, loaded and checked against each other.
#[derive(Debug, Clone)]
pub struct Project {
    /// The endpoint specs, in file order.
    pub specs: Vec<LoadedSpec>,
    /// The models files given (directly or in a `models/` directory), checked on their own.
    pub models_files: Vec<String>,
    /// Whether rendering may use several threads ([`load_parallel`]).
    #[cfg_attr(not(feature = "pretty"), allow(dead_code))]
    threads: bool,
}

impl Project {
    /// The specs whose code goes into each version module, in version order.
    pub fn by_version(&self) -> BTreeMap<Version, Vec<&LoadedSpec>> {
        let mut out: BTreeMap<Version, Vec<&LoadedSpec>> = BTreeMap::new();
        for s in &self.specs {
            out.entry(s.version()).or_default().push(s);
        }
        out
    }
}

/// The items of one module holding `specs` (one API version's): a `models`
/// module with the models file they reference (unless `options.models`
/// points elsewhere), every spec's code, and with server stubs the
/// `Handlers` trait and `mount_all` that serve them all, so that a server
/// forgetting one of them does not compile.
pub fn module_tokens(specs: &[&LoadedSpec], options: &Options) -> TokenStream {
    let sources = models_sources(specs);
    let models = (!sources.is_empty() && options.models.is_none()).then(|| models_module(&sources));
    let code = specs.iter().map(|s| crate::generate(&s.spec, options));
    let aggregate = if options.server {
        let specs: Vec<&EndpointSpec> = specs.iter().map(|s| s.spec.spec()).collect();
        crate::expand::aggregate::generate(&specs)
    } else {
        TokenStream::new()
    };
    quote! {
        #models
        #(#code)*
        #aggregate
    }
}

impl Project {
    /// The whole generated code as tokens, unformatted: one module per API
    /// version holding its models and the code of its specs, as
    /// [`Project::render`] writes it formatted.
    pub fn tokens(&self, options: &Options) -> TokenStream {
        let modules = self.by_version().into_iter().map(|(version, specs)| {
            let name = quote::format_ident!("{}", version.module());
            let doc = format!(" Microsoft Graph `{version}` endpoints.");
            let items = module_tokens(&specs, options);
            quote! {
                #[doc = #doc]
                pub mod #name {
                    #items
                }
            }
        });
        quote!(#(#modules)*)
    }
}

/// One spec of `specs` for each models file they reference, in first-use
/// order: the version module's `models` holds the types of all of them (the
/// project checks that a type two files define is the same in both).
pub(crate) fn models_sources<'a>(specs: &[&'a LoadedSpec]) -> Vec<&'a LoadedSpec> {
    let mut seen = std::collections::HashSet::new();
    specs
        .iter()
        .copied()
        .filter(|s| s.spec.models_file.is_some())
        .filter(|s| seen.insert(Arc::as_ptr(&s.spec.models)))
        .collect()
}

/// The types of the models files of `sources`, each type once.
pub(crate) fn models_items(sources: &[&LoadedSpec]) -> TokenStream {
    let sets: Vec<&crate::model::ModelSet> = sources.iter().map(|s| &*s.spec.models).collect();
    crate::expand::generate_models_union(&sets)
}

/// `pub mod models { .. }` with the types of the models files of `sources`.
pub(crate) fn models_module(sources: &[&LoadedSpec]) -> TokenStream {
    let code = models_items(sources);
    quote! {
        /// Shared model types of these endpoints.
        pub mod models {
            #code
        }
    }
}

/// Why a project could not be loaded or rendered.
#[derive(Debug)]
#[non_exhaustive]
pub enum ProjectError {
    /// Some specs do not load or validate, or clash with each other: every
    /// problem of every file, one [`Diagnostics`] per file.
    Specs(Vec<Diagnostics>),
    /// The paths given contain no endpoint specs (`*.toml`).
    NoSpecs(Vec<PathBuf>),
    /// Reading a directory failed.
    Io {
        /// The path being read.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The generated code is not valid Rust: a bug in the generator.
    Generator(String),
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectError::Specs(all) => {
                for (i, diagnostics) in all.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n\n")?;
                    }
                    write!(f, "{diagnostics}")?;
                }
                Ok(())
            }
            ProjectError::NoSpecs(paths) => {
                let paths: Vec<String> =
                    paths.iter().map(|p| format!("`{}`", p.display())).collect();
                write!(
                    f,
                    "error: no spec files (`*.toml`) found in {}",
                    paths.join(", ")
                )
            }
            ProjectError::Io { path, source } => {
                write!(f, "error: cannot access `{}`: {source}", path.display())
            }
            ProjectError::Generator(message) => write!(f, "error: {message} (a graph-spec bug)"),
        }
    }
}

impl std::error::Error for ProjectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ProjectError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Loads and validates every file found, collecting every problem of every
/// file, then checks the specs against each other.
pub fn load(found: &SpecFiles) -> Result<Project, ProjectError> {
    load_with(found, false)
}

/// [`load`] on several threads, and a project that renders on several
/// threads: what build scripts and the CLI use, since in a dev build they run
/// unoptimized while cargo waits. Not for procedural macros: `proc_macro2`
/// tokens are bound to the thread the compiler calls the macro on.
pub fn load_parallel(found: &SpecFiles) -> Result<Project, ProjectError> {
    load_with(found, true)
}

fn load_with(found: &SpecFiles, threads: bool) -> Result<Project, ProjectError> {
    // Each file is read on its own and taken back in path order; models
    // files are checked now, once, whatever number of specs use them.
    let mut models: HashMap<PathBuf, Arc<CheckedModels>> = HashMap::new();
    let mut models_files = Vec::new();
    let mut pending = Vec::new();
    let mut failed = Vec::new();
    for read in map_on(threads, &found.files, |path| read_one(path)) {
        match read {
            Read::Models(path, checked) => {
                match checked.diagnostics() {
                    Some(d) => failed.push(d),
                    None => models_files.push(checked.display.clone()),
                }
                models.insert(path, Arc::new(checked));
            }
            Read::Spec(spec) => pending.push(*spec),
            Read::Failed(d) => failed.push(d),
        }
    }
    // Models files that specs reference from elsewhere, each read once.
    for p in &pending {
        let Some(path) = p.models_path() else {
            continue;
        };
        if models.contains_key(&path) {
            continue;
        }
        if let Ok(source) = std::fs::read_to_string(&path) {
            let display = p.models_display();
            let checked = CheckedModels::load(source, display);
            if let Some(d) = checked.diagnostics() {
                failed.push(d);
            }
            models.insert(path, Arc::new(checked));
        }
    }
    let pending: Vec<Mutex<Option<PendingSpec>>> =
        pending.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let finish = |slot: &Mutex<Option<PendingSpec>>| {
        let p = slot.lock().ok()?.take()?;
        let checked = p.models_path().and_then(|path| models.get(&path).cloned());
        Some(p.finish(checked.as_deref()))
    };
    let finished = map_on(threads, &pending, finish);
    let mut specs = Vec::new();
    let mut sources = Vec::new();
    for result in finished.into_iter().flatten() {
        match result {
            Ok((spec, source)) => {
                specs.push(spec);
                sources.push(source);
            }
            Err(d) => failed.push(d),
        }
    }
    failed.extend(type_collisions(&specs, &sources));
    failed.extend(models_conflicts(&specs, &sources));
    failed.extend(routes::route_conflicts(&specs, &sources));
    if !failed.is_empty() {
        return Err(ProjectError::Specs(failed));
    }
    if specs.is_empty() && models_files.is_empty() {
        return Err(ProjectError::NoSpecs(found.requested.clone()));
    }
    Ok(Project {
        specs,
        models_files,
        threads,
    })
}

/// `f` over `items` in order, on several threads when `threads`.
fn map_on<T: Sync, R: Send>(threads: bool, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if threads {
        crate::parallel::map(items, f)
    } else {
        items.iter().map(f).collect()
    }
}

/// What one file of a project turned out to be on the first reading.
enum Read {
    /// A models file, checked, by its canonical path.
    Models(PathBuf, CheckedModels),
    /// An endpoint spec read without its models.
    Spec(Box<PendingSpec>),
    /// Unreadable, or no spec at all.
    Failed(Diagnostics),
}

/// An endpoint spec read, waiting for its models and its checks.
struct PendingSpec {
    path: PathBuf,
    display: String,
    source: String,
    spec: EndpointSpec,
    sink: crate::diagnostic::Sink,
}

impl PendingSpec {
    /// The models file it references, resolved against its directory.
    fn models_path(&self) -> Option<PathBuf> {
        models_path(&self.path, &self.spec)
    }

    /// How diagnostics name its models file.
    fn models_display(&self) -> String {
        let file = self
            .spec
            .models_file
            .as_ref()
            .map_or("", |f| f.value.as_str());
        let dir = Path::new(&self.display).parent().unwrap_or(Path::new(""));
        dir.join(file).to_string_lossy().into_owned()
    }

    /// Checks the spec with its models (`None` when the file could not be read).
    fn finish(
        mut self,
        models: Option<&CheckedModels>,
    ) -> Result<(LoadedSpec, String), Diagnostics> {
        if let (Some(file), None) = (&self.spec.models_file, models) {
            self.sink.error(
                Diagnostic::new(
                    format!("models file `{}` cannot be read", self.models_display()),
                    file.span.clone(),
                )
                .label("no such file, or unreadable")
                .help("the path is relative to this spec file"),
            );
        }
        let spec = crate::finish_spec(self.spec, self.sink, models)?;
        Ok((
            LoadedSpec {
                path: self.path,
                display: self.display,
                spec,
            },
            self.source,
        ))
    }
}

fn read_one(path: &Path) -> Read {
    let display = path.display().to_string();
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => {
            return Read::Failed(Diagnostics::single(
                &display,
                "",
                vec![Diagnostic::new(
                    format!("cannot read spec file `{display}`: {e}"),
                    0..0,
                )],
            ));
        }
    };
    let as_models = |source: String| {
        let key = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        Read::Models(key, CheckedModels::load(source, display.clone()))
    };
    if is_models_file(path) {
        return as_models(source);
    }
    let (spec, sink) = crate::read_spec(&source, &display);
    // A file that does not read as an endpoint spec may be a models file
    // elsewhere than `models/`.
    if (spec.is_none() || sink.has_errors()) && is_models_source(&source) {
        return as_models(source);
    }
    match spec {
        None => Read::Failed(crate::unreadable(sink, &display, &source)),
        Some(spec) => Read::Spec(Box::new(PendingSpec {
            path: path.to_path_buf(),
            display,
            source,
            spec,
            sink,
        })),
    }
}

/// Finds and loads the specs under `paths`: [`find_specs`], then [`load`].
pub fn open(paths: &[impl AsRef<Path>]) -> Result<Project, ProjectError> {
    load(&find_specs(paths)?)
}

/// A diagnostic at the `type_name` of every spec whose type another spec of
/// the same version module already defines.
fn type_collisions(specs: &[LoadedSpec], sources: &[String]) -> Vec<Diagnostics> {
    let mut seen: BTreeMap<(Version, &str), &LoadedSpec> = BTreeMap::new();
    // Different type names can still share a builder module: `HTTPSend`
    // and `HttpSend` both generate `http_send`.
    let mut modules: BTreeMap<(Version, String), &LoadedSpec> = BTreeMap::new();
    let mut out = Vec::new();
    for (s, source) in specs.iter().zip(sources) {
        let version = s.version();
        let name = s.spec.type_name.value.as_str();
        let module = version.module();
        let at_type_name = |message: String, label: &str, help: String| {
            Diagnostics::single(
                &s.display,
                source,
                vec![
                    Diagnostic::new(message, s.spec.type_name.span.clone())
                        .label(label)
                        .help(help),
                ],
            )
        };
        if let Some(first) = seen.get(&(version, name)) {
            out.push(at_type_name(
                format!(
                    "`{module}::{name}` is defined twice: `{}` generates it too",
                    first.display
                ),
                "same type name and first version as another spec",
                format!(
                    "give one of them a different `type_name`, or a different first entry in `versions` (module `{module}`)"
                ),
            ));
            continue;
        }
        seen.insert((version, name), s);
        let builders = crate::module_name(name);
        if let Some(first) = modules.get(&(version, builders.clone())) {
            out.push(at_type_name(
                format!(
                    "`{module}::{builders}` is generated twice: `{}` (type `{}`) generates it too",
                    first.display, first.spec.type_name.value
                ),
                "another type name with the same builder module",
                "give one of them a type name that differs in more than case or `_`".to_owned(),
            ));
        } else {
            modules.insert((version, builders), s);
        }
    }
    out
}

/// A diagnostic at the `models` of every spec that references another
/// models file than an earlier spec of the same version module: endpoints
/// find their models as `super::models`, so a module has one.
fn models_conflicts(specs: &[LoadedSpec], sources: &[String]) -> Vec<Diagnostics> {
    // Per version: each Graph type and each Rust type name, with the spec
    // whose models file brought it first.
    type Seen<'a> = (String, &'a LoadedSpec);
    let mut types: HashMap<(Version, &str), Seen<'_>> = HashMap::new();
    let mut rust: HashMap<(Version, String), &str> = HashMap::new();
    let mut done = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (s, source) in specs.iter().zip(sources) {
        let Some(file) = &s.spec.models_file else {
            continue;
        };
        if !done.insert((s.version(), Arc::as_ptr(&s.spec.models))) {
            continue;
        }
        let mut items = Vec::new();
        for (name, shape) in type_shapes(&s.spec.models) {
            let clash = match types.get(&(s.version(), name)) {
                Some((first, first_spec)) if *first != shape => Some(format!(
                    "`{name}` is defined differently in the models file of `{}`",
                    first_spec.display
                )),
                Some(_) => None,
                None => {
                    types.insert((s.version(), name), (shape, s));
                    let rust_name = crate::naming::type_name(name);
                    match rust.insert((s.version(), rust_name.clone()), name) {
                        Some(other) if other != name => Some(format!(
                            "`{name}` and `{other}` of another models file are both the Rust type `{rust_name}`"
                        )),
                        _ => None,
                    }
                }
            };
            if let Some(message) = clash {
                items.push(
                    Diagnostic::new(message, file.span.clone())
                        .label("this models file joins the version's `models` module")
                        .help("one version module holds the types of all its models files; a type two files share must be defined alike"),
                );
            }
        }
        if !items.is_empty() {
            out.push(Diagnostics::single(&s.display, source, items));
        }
    }
    out
}

/// Each type of `set` by name, with a text that is equal for two
/// definitions exactly when they generate the same code in one module
/// (spans left out).
fn type_shapes(set: &crate::model::ModelSet) -> impl Iterator<Item = (&str, String)> {
    let models = set.models.iter().map(|m| {
        let fields: Vec<String> = m
            .fields
            .iter()
            .map(|f| {
                format!(
                    "{}:{}:{}",
                    f.json_name.value,
                    f.ty.value.spec_name(),
                    f.required
                )
            })
            .collect();
        let base = m.base.as_ref().map_or("", |b| b.value.as_str());
        // Openness is left out: it belongs to the version module (a type is
        // open when any of its files derives from it), and the generated
        // type is the open one.
        let shape = format!("model {base} {} {}", m.is_abstract, fields.join(","));
        (m.name.value.as_str(), shape)
    });
    let enums = set.enums.iter().map(|e| {
        let values: Vec<&str> = e.values.iter().map(|v| v.value.as_str()).collect();
        (e.name.value.as_str(), format!("enum {}", values.join(",")))
    });
    models.chain(enums)
}
