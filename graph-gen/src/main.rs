//! `graph-gen`: check Microsoft Graph endpoint specs, generate their Rust code,
//! list them, and work out the permissions they need. Offline, from the specs alone.
//!
//! Every PATH may be a spec file or a directory, scanned recursively for
//! `*.toml` files in path order. Exit status: 0 on success, 1 when a spec has
//! errors or a file cannot be read or written, 2 on a usage error.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod import;
mod lint_docs;

use clap::{Parser, Subcommand, ValueEnum};
use graph_build::LoadedSpec;
use graph_spec::model::PermissionKind;

/// Typed Microsoft Graph endpoints from TOML specs: check, generate, list, permissions.
#[derive(Debug, Parser)]
#[command(name = "graph-gen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate specs; print every error of every file, rustc-style, on stderr.
    Check {
        /// Spec files or directories of specs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print the generated Rust code, or write it to a file or a directory.
    ///
    /// To stdout or a FILE: one file with a module per API version (`v1_0`,
    /// `beta`), exactly what graph-build writes for a build script. To a DIR
    /// (an existing directory, or a path ending in `/`): one file per spec,
    /// `DIR/<version>/<type>.rs`, each exactly what `#[graph_endpoint]` generates.
    Generate {
        /// Spec files or directories of specs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Write to this file, or into this directory, instead of stdout.
        #[arg(short, long, value_name = "FILE|DIR")]
        output: Option<PathBuf>,
        /// Also generate client methods (graph-runtime `client` feature).
        #[arg(long)]
        client: bool,
        /// Also generate server stubs (graph-runtime `server` feature).
        #[arg(long)]
        server: bool,
    },
    /// The least-privileged permissions that cover every endpoint given, and which endpoint needs what.
    ///
    /// For each endpoint, the least privileged permission of the type (the
    /// first the docs list); the set is their union. Broader permissions that
    /// happen to cover several endpoints are not inferred. Without --type, all
    /// three types are shown; with it, an endpoint that does not support the
    /// type is an error.
    Permissions {
        /// Spec files or directories of specs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Only this permission type.
        #[arg(long = "type", value_enum, value_name = "TYPE")]
        kind: Option<Kind>,
    },
    /// List endpoints: name, type, versions, file, then method and path per variant.
    List {
        /// Spec files or directories of specs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Import Graph reference pages (Markdown, any locale) into specs and a models file per version.
    Import(import::ImportArgs),
    /// Report inconsistencies in Graph reference pages (exit 1 on errors, 0 on warnings only).
    LintDocs(lint_docs::LintArgs),
}

/// A permission type as written on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Kind {
    /// Delegated (work or school account)
    DelegatedWork,
    /// Delegated (personal Microsoft account)
    DelegatedPersonal,
    /// Application
    Application,
}

impl From<Kind> for PermissionKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::DelegatedWork => PermissionKind::DelegatedWork,
            Kind::DelegatedPersonal => PermissionKind::DelegatedPersonal,
            Kind::Application => PermissionKind::Application,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { paths } => check(&paths),
        Command::Generate {
            paths,
            output,
            client,
            server,
        } => generate(&paths, output.as_deref(), client, server),
        Command::Permissions { paths, kind } => permissions(&paths, kind.map(Into::into)),
        Command::List { paths } => list(&paths),
        Command::Import(args) => import::run(args),
        Command::LintDocs(args) => lint_docs::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Failure text for stderr; the exit status is then 1.
type Result<T> = std::result::Result<T, String>;

/// Expands and loads every spec; all problems of all files in one error.
fn load(paths: &[PathBuf]) -> Result<Vec<LoadedSpec>> {
    let files = graph_build::find_specs(paths).map_err(|e| e.to_string())?;
    let loaded = graph_build::load(&files).map_err(|e| match e {
        graph_build::Error::Specs(failed) => {
            let errors: usize = failed.iter().map(|d| d.items.len()).sum();
            let mut files_failed: Vec<&str> = failed.iter().map(|d| d.path()).collect();
            files_failed.dedup();
            format!(
                "{}\n\nerror: {errors} {} in {} of {} spec {}",
                graph_build::Error::Specs(failed.clone()),
                plural(errors, "error", "errors"),
                files_failed.len(),
                files.len(),
                plural(files.len(), "file", "files"),
            )
        }
        other => other.to_string(),
    })?;
    if loaded.is_empty() {
        return Err(graph_build::Error::NoSpecs(paths.to_vec()).to_string());
    }
    Ok(loaded)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn check(paths: &[PathBuf]) -> Result<()> {
    let loaded = load(paths)?;
    let n = loaded.len();
    println!("checked {n} {}: no errors", plural(n, "spec", "specs"));
    Ok(())
}

fn generate(paths: &[PathBuf], output: Option<&Path>, client: bool, server: bool) -> Result<()> {
    let loaded = load(paths)?;
    let builder = graph_build::configure()
        .client(client)
        .server(server)
        .emit_rerun_if_changed(false);
    let Some(output) = output else {
        print!("{}", builder.render(&loaded).map_err(|e| e.to_string())?);
        return Ok(());
    };
    let to_dir = output.is_dir() || output.as_os_str().to_string_lossy().ends_with(['/', '\\']);
    if !to_dir {
        let code = builder.render(&loaded).map_err(|e| e.to_string())?;
        return write(output, &code);
    }
    let mut models_written = std::collections::BTreeSet::new();
    for spec in &loaded {
        let module = graph_build::version_module(graph_build::first_version(&spec.spec));
        let file = output.join(module).join(format!(
            "{}.rs",
            graph_spec::module_name(&spec.spec.type_name.value)
        ));
        let code = builder.render_one(spec).map_err(|e| e.to_string())?;
        write(&file, &code)?;
        // Endpoints find their models as `super::models`: one models.rs per version directory.
        if spec.spec.models_file.is_some() && models_written.insert(module) {
            let code =
                graph_spec::to_pretty_string(graph_spec::generate_models(&spec.spec.models))?;
            let header = format!(
                "// @generated by graph-gen: models referenced by {}. Do not edit.\n\n",
                spec.display
            );
            write(&output.join(module).join("models.rs"), &(header + &code))?;
        }
    }
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<()> {
    let fail = |e: std::io::Error| format!("error: cannot write `{}`: {e}", path.display());
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    std::fs::write(path, contents).map_err(fail)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// `message: send [v1.0]`: how an endpoint is named in reports.
fn endpoint_label(spec: &LoadedSpec) -> String {
    let versions: Vec<&str> = spec.spec.versions.iter().map(|v| v.as_str()).collect();
    format!("{} [{}]", spec.spec.name.value, versions.join(", "))
}

fn permissions(paths: &[PathBuf], only: Option<PermissionKind>) -> Result<()> {
    let loaded = load(paths)?;
    let kinds: Vec<PermissionKind> = match only {
        Some(kind) => vec![kind],
        None => PermissionKind::ALL.iter().map(|(k, _)| *k).collect(),
    };
    if let Some(kind) = only {
        let unsupported: Vec<String> = loaded
            .iter()
            .filter(|s| least(s, kind).is_none())
            .map(|s| {
                format!(
                    "error: `{}` ({}) does not support {} permissions",
                    endpoint_label(s),
                    s.display,
                    kind.docs_label()
                )
            })
            .collect();
        if !unsupported.is_empty() {
            return Err(unsupported.join("\n"));
        }
    }
    let mut out = String::new();
    for (i, kind) in kinds.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let rows: Vec<(String, String, &str)> = loaded
            .iter()
            .map(|s| {
                let needs = least(s, *kind).unwrap_or("(not supported)").to_owned();
                (needs, endpoint_label(s), s.display.as_str())
            })
            .collect();
        let mut set: Vec<&str> = loaded.iter().filter_map(|s| least(s, *kind)).collect();
        set.sort_unstable();
        set.dedup();
        let unsupported = loaded.iter().filter(|s| least(s, *kind).is_none()).count();
        let union = if set.is_empty() {
            "none".to_owned()
        } else {
            set.join(", ")
        };
        let _ = write!(out, "{}: {union}", kind.docs_label());
        if unsupported > 0 {
            let _ = write!(
                out,
                " (not supported by {unsupported} of {} endpoints)",
                loaded.len()
            );
        }
        out.push('\n');
        let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
        let w1 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
        for (needs, label, path) in &rows {
            let pad = w1 - label.chars().count();
            let _ = writeln!(out, "    {needs:<w0$}  {label}{:pad$}  {path}", "");
        }
    }
    print!("{out}");
    Ok(())
}

/// The least privileged permission of `kind` for one endpoint.
fn least(spec: &LoadedSpec, kind: PermissionKind) -> Option<&str> {
    spec.spec
        .permissions_for(kind)
        .and_then(|list| list.first().copied())
}

fn list(paths: &[PathBuf]) -> Result<()> {
    let loaded = load(paths)?;
    let mut out = String::new();
    for s in &loaded {
        let spec = &s.spec;
        let versions: Vec<&str> = spec.versions.iter().map(|v| v.as_str()).collect();
        let module = graph_build::version_module(graph_build::first_version(spec));
        let _ = writeln!(
            out,
            "{}  {module}::{}  [{}]  {}",
            spec.name.value,
            spec.type_name.value,
            versions.join(", "),
            s.display
        );
        let method = spec.method.as_str();
        for p in &spec.paths {
            let template = &p.template.value;
            let _ = writeln!(out, "    {method:<6} {template}  ({})", p.variant.value);
            let docs = docs_template(s, template);
            if &docs != template {
                let _ = writeln!(out, "    {:<6} docs: {docs}", "");
            }
        }
    }
    print!("{out}");
    Ok(())
}

/// The path as the Graph docs spell it: `{user_id}` -> `{id | userPrincipalName}`.
fn docs_template(spec: &LoadedSpec, template: &str) -> String {
    let mut out = template.to_owned();
    for p in &spec.spec.params {
        if let Some(docs) = &p.docs_name {
            out = out.replace(
                &format!("{{{}}}", p.name.value),
                &format!("{{{}}}", docs.value),
            );
        }
    }
    out
}
