//! Generate typed Microsoft Graph endpoints from TOML specs in a build script,
//! in the style of `tonic-build` and `prost-build`.
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     if let Err(e) = graph_build::configure().compile_dir("specs") {
//!         eprintln!("{e}");
//!         std::process::exit(1);
//!     }
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! include!(concat!(env!("OUT_DIR"), "/graph_endpoints.rs"));
//! ```
//!
//! # What is written
//!
//! One prettyplease-formatted file, `$OUT_DIR/graph_endpoints.rs` unless
//! [`Builder::out_dir`] or [`Builder::file_name`] say otherwise, rewritten only
//! when its content changes. Each spec's code is what `#[graph_endpoint]`
//! generates for a `pub struct` named after the spec's `type_name`, and it goes
//! into a module named after the spec's first API version: `v1_0` for `v1.0`,
//! `beta` for `beta`. So the bundled v1.0 and beta `message: send` specs become
//! `v1_0::SendMessage` and `beta::SendMessage`. The modules are always there,
//! even for a single spec, so adding a spec never moves existing types. Two
//! specs with the same `type_name` and the same first version are an error
//! pointing at the second one's `type_name`.
//!
//! # Rebuilds
//!
//! [`Builder::compile`] and [`Builder::compile_dir`] print
//! `cargo:rerun-if-changed=` for every spec file and every directory scanned,
//! so editing, adding or removing a spec reruns the build script.
//!
//! # Errors
//!
//! Every problem of every spec is collected; the [`Error`]'s `Display` is the
//! same rustc-style text the attribute macro reports. Print it and exit non-zero.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// The crate docs show a whole `build.rs`.
#![allow(clippy::needless_doctest_main)]

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use graph_spec::model::Version;
use graph_spec::{Diagnostic, Diagnostics, EndpointSpec, Options};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The default name of the generated file inside `OUT_DIR`.
pub const DEFAULT_FILE_NAME: &str = "graph_endpoints.rs";

/// Starts a [`Builder`] with the defaults: no client methods, no server
/// stubs, output to `$OUT_DIR/graph_endpoints.rs`.
pub fn configure() -> Builder {
    Builder::default()
}

/// Configures code generation for a build script. Create one with [`configure`].
#[derive(Debug, Clone)]
pub struct Builder {
    client: bool,
    server: bool,
    out_dir: Option<PathBuf>,
    file_name: String,
    emit_rerun_if_changed: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            client: false,
            server: false,
            out_dir: None,
            file_name: DEFAULT_FILE_NAME.to_owned(),
            emit_rerun_if_changed: true,
        }
    }
}

/// One spec that loaded and validated, with where it came from.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The file it was read from.
    pub path: PathBuf,
    /// The path as shown in diagnostics and generated-file headers.
    pub display: String,
    /// The validated spec.
    pub spec: EndpointSpec,
}

/// Why generation failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Some specs do not load or validate, or clash with each other: every
    /// problem of every file, one [`Diagnostics`] per file.
    Specs(Vec<Diagnostics>),
    /// The paths given contain no spec files (`*.toml`).
    NoSpecs(Vec<PathBuf>),
    /// Neither [`Builder::out_dir`] nor the `OUT_DIR` environment variable is set.
    NoOutDir,
    /// Reading a directory or writing the output failed.
    Io {
        /// The path being read or written.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The generated code is not valid Rust: a bug in the generator.
    Generator(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Specs(all) => {
                for (i, diagnostics) in all.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n\n")?;
                    }
                    write!(f, "{diagnostics}")?;
                }
                Ok(())
            }
            Error::NoSpecs(paths) => {
                let paths: Vec<String> = paths
                    .iter()
                    .map(|p| format!("`{}`", p.display()))
                    .collect();
                write!(
                    f,
                    "error: no spec files (`*.toml`) found in {}",
                    paths.join(", ")
                )
            }
            Error::NoOutDir => f.write_str(
                "error: `OUT_DIR` is not set; call graph-build from a build script or set `Builder::out_dir`",
            ),
            Error::Io { path, source } => {
                write!(f, "error: cannot access `{}`: {source}", path.display())
            }
            Error::Generator(message) => write!(f, "error: {message} (a graph-spec bug)"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Builder {
    /// Also generate client methods (the using crate needs graph-runtime's `client` feature).
    pub fn client(mut self, enable: bool) -> Self {
        self.client = enable;
        self
    }

    /// Also generate server stubs (the using crate needs graph-runtime's `server` feature).
    pub fn server(mut self, enable: bool) -> Self {
        self.server = enable;
        self
    }

    /// Writes into `dir` instead of `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Names the generated file; `graph_endpoints.rs` by default.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = name.into();
        self
    }

    /// Whether to print `cargo:rerun-if-changed=` lines (on by default).
    pub fn emit_rerun_if_changed(mut self, enable: bool) -> Self {
        self.emit_rerun_if_changed = enable;
        self
    }

    /// Generates code for the given spec files into one file and returns its path.
    ///
    /// A directory among `specs` is scanned as by [`Builder::compile_dir`].
    /// Paths are relative to the build script's working directory, the crate's
    /// manifest directory, and are shown as written in diagnostics.
    pub fn compile(&self, specs: &[impl AsRef<Path>]) -> Result<PathBuf, Error> {
        let (files, dirs) = expand(specs)?;
        if self.emit_rerun_if_changed {
            for path in dirs.iter().chain(&files) {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
        let loaded = load(&files)?;
        if loaded.is_empty() {
            return Err(Error::NoSpecs(
                specs.iter().map(|p| p.as_ref().into()).collect(),
            ));
        }
        let code = self.render(&loaded)?;
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(Error::NoOutDir)?,
        };
        let out = out_dir.join(&self.file_name);
        write_if_changed(&out, &code)?;
        Ok(out)
    }

    /// Generates code for every `*.toml` file under `dir`, recursively, in
    /// path order. Other files (a `README.md`) and hidden entries are skipped.
    pub fn compile_dir(&self, dir: impl AsRef<Path>) -> Result<PathBuf, Error> {
        self.compile(&[dir.as_ref()])
    }

    /// The whole generated file for `specs`: a header, then one module per API
    /// version holding the code of its specs. This is what [`Builder::compile`] writes.
    pub fn render(&self, specs: &[LoadedSpec]) -> Result<String, Error> {
        let mut by_version: BTreeMap<Version, Vec<&LoadedSpec>> = BTreeMap::new();
        for s in specs {
            by_version
                .entry(first_version(&s.spec))
                .or_default()
                .push(s);
        }
        let mut modules = Vec::new();
        for (version, specs) in &by_version {
            let module = format_ident!("{}", version_module(*version));
            let doc = format!(" Microsoft Graph `{}` endpoints.", version.as_str());
            let models = models_module(specs)?;
            let code = specs.iter().map(|s| self.tokens(&s.spec));
            modules.push(quote! {
                #[doc = #doc]
                pub mod #module {
                    #models
                    #(#code)*
                }
            });
        }
        let body = format_tokens(quote!(#(#modules)*))?;
        let mut out = String::from(
            "// @generated by graph-build from Microsoft Graph endpoint specs. Do not edit.\n",
        );
        for s in specs {
            out.push_str("// ");
            out.push_str(&s.display);
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&body);
        Ok(out)
    }

    /// The formatted code of one spec on its own, without a version module:
    /// exactly what `#[graph_endpoint]` generates for a `pub struct` named after
    /// its `type_name`, after a one-line header.
    pub fn render_one(&self, spec: &LoadedSpec) -> Result<String, Error> {
        let body = format_tokens(self.tokens(&spec.spec))?;
        Ok(format!(
            "// @generated by graph-build from {}. Do not edit.\n\n{body}",
            spec.display
        ))
    }

    fn tokens(&self, spec: &EndpointSpec) -> TokenStream {
        let options = Options {
            client: self.client,
            server: self.server,
            ..Options::default()
        };
        graph_spec::generate(spec, &options)
    }
}

/// The `models` module of a version module: the one models file its specs
/// reference (endpoints find it as `super::models`), or nothing.
fn models_module(specs: &[&LoadedSpec]) -> Result<TokenStream, Error> {
    let mut chosen: Option<(PathBuf, &LoadedSpec)> = None;
    for s in specs {
        let Some(file) = &s.spec.models_file else {
            continue;
        };
        let path = s.path.parent().unwrap_or(Path::new("")).join(&file.value);
        let path = path.canonicalize().unwrap_or(path);
        match &chosen {
            None => chosen = Some((path, s)),
            Some((first, first_spec)) if *first != path => {
                let source = std::fs::read_to_string(&s.path).unwrap_or_default();
                return Err(Error::Specs(vec![Diagnostics::single(
                    &s.display,
                    &source,
                    vec![
                        Diagnostic::new(
                            format!(
                                "a second models file in one version module: `{}` uses another",
                                first_spec.display
                            ),
                            file.span.clone(),
                        )
                        .label("different models file")
                        .help("specs of one API version share one models file"),
                    ],
                )]));
            }
            Some(_) => {}
        }
    }
    Ok(match chosen {
        Some((_, s)) => {
            let code = graph_spec::generate_models(&s.spec.models);
            quote! {
                /// Shared model types of these endpoints.
                pub mod models {
                    #code
                }
            }
        }
        None => TokenStream::new(),
    })
}

/// Whether a `*.toml` file holds shared models rather than an endpoint:
/// models files live in a directory named `models`.
pub fn is_models_file(path: &Path) -> bool {
    path.parent()
        .and_then(Path::file_name)
        .is_some_and(|d| d == "models")
}

fn format_tokens(tokens: TokenStream) -> Result<String, Error> {
    graph_spec::to_pretty_string(tokens).map_err(Error::Generator)
}

/// The module a version's endpoints go into: `v1_0` or `beta`.
pub fn version_module(version: Version) -> &'static str {
    match version {
        Version::V1_0 => "v1_0",
        Version::Beta => "beta",
    }
}

/// A spec's first (default) version; validation guarantees there is one.
pub fn first_version(spec: &EndpointSpec) -> Version {
    spec.versions.first().map_or(Version::V1_0, |v| v.value)
}

/// Expands files and directories into the spec files they name, in order.
///
/// A directory contributes its `*.toml` files, recursively, sorted by path;
/// hidden entries are skipped. Any other path is kept as a file, even if it
/// does not exist, so that loading it reports the problem as a diagnostic.
pub fn find_specs(paths: &[impl AsRef<Path>]) -> Result<Vec<PathBuf>, Error> {
    expand(paths).map(|(files, _)| files)
}

/// Spec files and the directories scanned to find them.
fn expand(paths: &[impl AsRef<Path>]) -> Result<(Vec<PathBuf>, Vec<PathBuf>), Error> {
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            walk(path, &mut files, &mut dirs)?;
        } else {
            files.push(path.to_path_buf());
        }
    }
    Ok((files, dirs))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, dirs: &mut Vec<PathBuf>) -> Result<(), Error> {
    dirs.push(dir.to_path_buf());
    let io_err = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io_err)? {
        let entry = entry.map_err(io_err)?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        entries.push(entry.path());
    }
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, files, dirs)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
    Ok(())
}

/// Loads and validates every file, collecting every problem of every file,
/// then checks that no two specs generate the same type in the same module.
pub fn load(files: &[impl AsRef<Path>]) -> Result<Vec<LoadedSpec>, Error> {
    let mut loaded = Vec::new();
    let mut sources = Vec::new();
    let mut failed = Vec::new();
    for path in files {
        let path = path.as_ref();
        let display = path.display().to_string();
        if is_models_file(path) {
            // Checked on their own; endpoints that reference them load them again.
            if let Err(diagnostics) = graph_spec::load_models_file(path, &display) {
                failed.push(diagnostics);
            }
            continue;
        }
        let result = match std::fs::read_to_string(path) {
            Ok(source) => {
                graph_spec::load_source(&source, &display, path).map(|spec| (spec, source))
            }
            // Reports the I/O error as a diagnostic, as the attribute does.
            Err(_) => graph_spec::load_file(path, &display).map(|spec| (spec, String::new())),
        };
        match result {
            Ok((spec, source)) => {
                loaded.push(LoadedSpec {
                    path: path.to_path_buf(),
                    display,
                    spec,
                });
                sources.push(source);
            }
            Err(diagnostics) => failed.push(diagnostics),
        }
    }
    failed.extend(collisions(&loaded, &sources));
    if failed.is_empty() {
        Ok(loaded)
    } else {
        Err(Error::Specs(failed))
    }
}

/// A diagnostic at the `type_name` of every spec whose type another spec of
/// the same version module already defines.
fn collisions(loaded: &[LoadedSpec], sources: &[String]) -> Vec<Diagnostics> {
    let mut seen: BTreeMap<(Version, String), &LoadedSpec> = BTreeMap::new();
    let mut out = Vec::new();
    for (s, source) in loaded.iter().zip(sources) {
        let version = first_version(&s.spec);
        let name = s.spec.type_name.value.clone();
        let key = (version, name.clone());
        if let Some(first) = seen.get(&key) {
            let module = version_module(version);
            out.push(Diagnostics::single(
                &s.display,
                source,
                vec![
                    Diagnostic::new(
                        format!(
                            "`{module}::{name}` is defined twice: `{}` generates it too",
                            first.display
                        ),
                        s.spec.type_name.span.clone(),
                    )
                    .label("same type name and first version as another spec")
                    .help(format!(
                        "give one of them a different `type_name`, or a different first entry in `versions` (module `{module}`)"
                    )),
                ],
            ));
        } else {
            seen.insert(key, s);
        }
    }
    out
}

fn write_if_changed(path: &Path, contents: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::write(path, contents).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
    }

    #[test]
    fn finds_every_spec_sorted_and_skips_other_files() {
        let files = find_specs(&[specs_dir()]).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(specs_dir()).unwrap().display().to_string())
            .collect();
        assert!(
            names.contains(&"beta/message_send.toml".to_owned()),
            "{names:?}"
        );
        assert!(
            names.contains(&"v1.0/message_send.toml".to_owned()),
            "{names:?}"
        );
        assert!(names.iter().all(|n| n.ends_with(".toml")), "{names:?}");
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }

    #[test]
    fn same_type_in_two_versions_goes_into_two_modules() {
        let loaded = load(&find_specs(&[specs_dir()]).unwrap()).unwrap();
        let code = configure().render(&loaded).unwrap();
        assert!(code.starts_with("// @generated"), "{code}");
        assert!(code.contains("pub mod v1_0 {"), "{code}");
        assert!(code.contains("pub mod beta {"), "{code}");
        assert!(
            code.find("pub mod v1_0").unwrap() < code.find("pub mod beta").unwrap(),
            "modules in version order"
        );
    }

    #[test]
    fn same_type_in_the_same_version_is_an_error_at_the_second_type_name() {
        let dir = std::env::temp_dir().join(format!("graph-build-collide-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let source = std::fs::read_to_string(specs_dir().join("v1.0/message_send.toml")).unwrap();
        std::fs::write(dir.join("a.toml"), &source).unwrap();
        std::fs::write(dir.join("b.toml"), &source).unwrap();
        let err = load(&find_specs(&[&dir]).unwrap()).unwrap_err();
        let text = err.to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            text.contains("`v1_0::SendMessage` is defined twice"),
            "{text}"
        );
        assert!(text.contains("b.toml:5:13"), "{text}");
    }

    #[test]
    fn writes_only_when_changed_and_reports_missing_out_dir() {
        let dir = std::env::temp_dir().join(format!("graph-build-out-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let builder = configure()
            .out_dir(&dir)
            .file_name("x.rs")
            .emit_rerun_if_changed(false);
        let out = builder.compile_dir(specs_dir()).unwrap();
        let first = std::fs::metadata(&out).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        builder.compile_dir(specs_dir()).unwrap();
        let second = std::fs::metadata(&out).unwrap().modified().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(first, second, "unchanged output is not rewritten");

        // graph-build has no build script, so its tests run without `OUT_DIR`.
        let err = configure()
            .emit_rerun_if_changed(false)
            .compile_dir(specs_dir())
            .unwrap_err();
        assert!(matches!(err, Error::NoOutDir), "{err}");
    }

    #[test]
    fn every_error_of_every_file_is_reported() {
        let err = configure()
            .out_dir(std::env::temp_dir())
            .emit_rerun_if_changed(false)
            .compile(&["does/not/exist.toml", "nor/this.toml"])
            .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("cannot read spec file `does/not/exist.toml`"),
            "{text}"
        );
        assert!(
            text.contains("cannot read spec file `nor/this.toml`"),
            "{text}"
        );
    }
}
