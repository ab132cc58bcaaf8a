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
//! pointing at the second one's `type_name`, and so are two models files in
//! one version module. With [`Builder::server`], each version module also has
//! a `Handlers` trait over every endpoint's handler trait and `mount_all`, so a
//! server that forgets an endpoint does not compile.
//!
//! Finding, loading, checking and rendering are graph-spec's project layer
//! ([`graph_spec::project`]), shared with the CLI; this crate adds `OUT_DIR`,
//! `cargo:rerun-if-changed` and writing only when the content changes.
//! Specs load, generate and format on all cores
//! ([`graph_spec::project::load_parallel`]): in a dev build the build script
//! runs unoptimized while cargo waits for it, and formatting is most of its
//! work.
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

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use graph_spec::Options;
pub use graph_spec::project::{
    LoadedSpec, Project, ProjectError, SpecFiles, find_specs, is_models_file,
};

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
    prune_models: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            client: false,
            server: false,
            out_dir: None,
            file_name: DEFAULT_FILE_NAME.to_owned(),
            emit_rerun_if_changed: true,
            prune_models: false,
        }
    }
}

/// Why generation failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The specs could not be found, loaded or rendered: every problem of
    /// every file (see [`ProjectError`]).
    Project(ProjectError),
    /// Neither [`Builder::out_dir`] nor the `OUT_DIR` environment variable is set.
    NoOutDir,
    /// Writing the output failed.
    Io {
        /// The path being written.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

impl From<ProjectError> for Error {
    fn from(e: ProjectError) -> Self {
        Error::Project(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Project(e) => e.fmt(f),
            Error::NoOutDir => f.write_str(
                "error: `OUT_DIR` is not set; call graph-build from a build script or set `Builder::out_dir`",
            ),
            Error::Io { path, source } => {
                write!(f, "error: cannot write `{}`: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Project(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            Error::NoOutDir => None,
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

    /// Generates of each version's models only the types the specs reach
    /// (their bodies, responses and query parameters, and what those types
    /// hold or derive from), not every type of the models file. For a crate
    /// that compiles a chosen part of a large set of specs sharing one
    /// models file. Off by default: a models file written by hand is
    /// usually meant whole.
    pub fn prune_models(mut self, enable: bool) -> Self {
        self.prune_models = enable;
        self
    }

    /// The generator options these settings stand for.
    pub fn options(&self) -> Options {
        Options {
            client: self.client,
            server: self.server,
            ..Options::default()
        }
    }

    /// Generates code for the given spec files into one file and returns its path.
    ///
    /// A directory among `specs` is scanned as by [`Builder::compile_dir`].
    /// Paths are relative to the build script's working directory, the crate's
    /// manifest directory, and are shown as written in diagnostics.
    pub fn compile(&self, specs: &[impl AsRef<Path>]) -> Result<PathBuf, Error> {
        let found = find_specs(specs)?;
        if self.emit_rerun_if_changed {
            for path in found.dirs.iter().chain(&found.files) {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
        let mut project = graph_spec::project::load_parallel(&found)?;
        if self.emit_rerun_if_changed {
            // Models files the specs name may sit outside the scanned paths.
            let models: std::collections::BTreeSet<PathBuf> = project
                .specs
                .iter()
                .filter_map(LoadedSpec::models_path)
                .collect();
            for path in models {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
        if self.prune_models {
            project.prune_models();
        }
        let code = render(&project, &self.options())?;
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
}

/// The generated file: formatted with the `pretty` feature, else one line of
/// tokens after the same header.
#[cfg(feature = "pretty")]
fn render(project: &Project, options: &Options) -> Result<String, Error> {
    Ok(project.render(options)?)
}

#[cfg(not(feature = "pretty"))]
fn render(project: &Project, options: &Options) -> Result<String, Error> {
    Ok(format!(
        "// @generated by graph-build from Microsoft Graph endpoint specs. Do not edit.\n{}\n",
        project.tokens(options)
    ))
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

#[cfg(all(test, feature = "pretty"))]
mod tests {
    use super::*;

    fn specs_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
    }

    #[test]
    fn finds_every_spec_sorted_and_skips_other_files() {
        let files = find_specs(&[specs_dir()]).unwrap().files;
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
    fn threads_render_what_one_thread_renders() {
        let found = graph_spec::project::find_specs(&[specs_dir()]).unwrap();
        let options = configure().client(true).server(true).options();
        let one = graph_spec::project::load(&found).unwrap();
        let many = graph_spec::project::load_parallel(&found).unwrap();
        let paths = |p: &Project| p.specs.iter().map(|s| s.path.clone()).collect::<Vec<_>>();
        assert_eq!(paths(&one), paths(&many));
        assert_eq!(
            one.render(&options).unwrap(),
            many.render(&options).unwrap()
        );
        assert_eq!(
            one.render_files(&options).unwrap(),
            many.render_files(&options).unwrap()
        );
    }

    #[test]
    fn unformatted_tokens_are_the_formatted_file_read_back() {
        let project = graph_spec::project::open(&[specs_dir()]).unwrap();
        let options = configure().client(true).server(true).options();
        let formatted = project.render(&options).unwrap();
        let read_back: proc_macro2::TokenStream = formatted.parse().unwrap();
        // Both through prettyplease: token spacing differs, the code must not.
        let tokens = graph_spec::to_pretty_string(project.tokens(&options)).unwrap();
        let read_back = graph_spec::to_pretty_string(read_back).unwrap();
        assert!(tokens.len() > 10_000);
        assert!(
            tokens == read_back,
            "the unformatted code differs from the formatted"
        );
    }

    #[test]
    fn same_type_in_two_versions_goes_into_two_modules() {
        let project = graph_spec::project::open(&[specs_dir()]).unwrap();
        let code = project.render(&configure().options()).unwrap();
        assert!(code.starts_with("// @generated"), "{code}");
        assert!(code.contains("pub mod v1_0 {"), "{code}");
        assert!(code.contains("pub mod beta {"), "{code}");
        assert!(
            code.find("pub mod v1_0").unwrap() < code.find("pub mod beta").unwrap(),
            "modules in version order"
        );
    }

    #[test]
    fn server_stubs_come_with_one_handlers_trait_per_version_module() {
        let project = graph_spec::project::open(&[specs_dir()]).unwrap();
        let code = project.render(&configure().server(true).options()).unwrap();
        for version in ["v1_0", "beta"] {
            let module = &code[code.find(&format!("pub mod {version} {{")).unwrap()..];
            let handlers = &module[module.find("pub trait Handlers:").unwrap()..];
            let bound = &handlers[..handlers.find('{').unwrap()];
            // Every endpoint's handler trait is a supertrait: none can be forgotten.
            let endpoints = project
                .specs
                .iter()
                .filter(|s| s.version().module() == version)
                .count();
            assert_eq!(bound.matches("Handler").count(), endpoints + 1, "{bound}");
            assert!(
                module.contains("pub fn mount_all<H: Handlers>("),
                "{version}"
            );
        }
        let plain = project.render(&configure().options()).unwrap();
        assert!(!plain.contains("Handlers"), "only with server stubs");
    }

    #[test]
    fn same_type_in_the_same_version_is_an_error_at_the_second_type_name() {
        let dir = std::env::temp_dir().join(format!("graph-build-collide-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let source = std::fs::read_to_string(specs_dir().join("v1.0/message_send.toml")).unwrap();
        std::fs::write(dir.join("a.toml"), &source).unwrap();
        std::fs::write(dir.join("b.toml"), &source).unwrap();
        let err = graph_spec::project::open(&[&dir]).unwrap_err();
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
