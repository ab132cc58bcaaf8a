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

use clap::{Parser, Subcommand};
use graph_spec::model::PermissionKind;
use graph_spec::project::{LoadedSpec, Project, ProjectError};

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
    /// Generate the Rust code: print it, or write it to a file or a directory.
    ///
    /// Without -o: one file with a module per API version (`v1_0`, `beta`),
    /// exactly what graph-build writes for a build script, on stdout. With
    /// -o FILE.rs: that file. With -o DIR (any other path): one file per spec,
    /// `DIR/<version>/<type>.rs`, each exactly what `#[graph_endpoint]`
    /// generates, and `DIR/<version>/models.rs`. Writing prints a short summary.
    Generate {
        /// Spec files or directories of specs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Write to this `.rs` file, or into this directory, instead of stdout.
        #[arg(short, long, value_name = "FILE.rs|DIR")]
        output: Option<PathBuf>,
        /// Also generate client methods (graph-runtime `client` feature).
        #[arg(long)]
        client: bool,
        /// Also generate server stubs (graph-runtime `server` feature).
        #[arg(long)]
        server: bool,
        /// Generate only the model types the given endpoints reach (their
        /// bodies, responses and what those contain or derive from), not every
        /// type of their models files: for a few endpoints of a large set.
        #[arg(long)]
        prune_models: bool,
    },
    /// The least-privileged permissions that cover every endpoint given, and which endpoint needs what.
    ///
    /// For each endpoint, the least privileged permission of the type (the
    /// first the docs list); the set is their union. Broader permissions that
    /// happen to cover several endpoints are not inferred. Without --type, all
    /// three types are shown; with it, an endpoint that does not support the
    /// type is an error. The shared permissions a delegated caller needs for
    /// another user's mailbox follow the delegated types.
    Permissions {
        /// Spec files or directories of specs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Only this permission type: delegated-work, delegated-personal or
        /// application (the spec's spelling, e.g. delegated_work, works too).
        #[arg(long = "type", value_name = "TYPE", value_parser = parse_kind)]
        kind: Option<PermissionKind>,
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

/// `--type` accepts graph-spec's spellings of a permission type.
fn parse_kind(s: &str) -> std::result::Result<PermissionKind, String> {
    s.parse()
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
            prune_models,
        } => generate(&paths, output.as_deref(), client, server, prune_models),
        Command::Permissions { paths, kind } => permissions(&paths, kind),
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

/// Finds, loads and checks every spec through the project layer; all
/// problems of all files in one error, with a count at the end.
fn load(paths: &[PathBuf]) -> Result<Project> {
    let found = graph_spec::project::find_specs(paths).map_err(|e| e.to_string())?;
    graph_spec::project::load_parallel(&found).map_err(|e| match e {
        ProjectError::Specs(failed) => {
            let errors: usize = failed.iter().map(|d| d.items.len() + d.omitted).sum();
            let mut files_failed: Vec<&str> = failed.iter().map(|d| d.path()).collect();
            files_failed.dedup();
            let files = found.files.len();
            format!(
                "{}\n\nerror: {errors} {} in {} of {files} spec {}",
                ProjectError::Specs(failed.clone()),
                plural(errors, "error", "errors"),
                files_failed.len(),
                plural(files, "file", "files"),
            )
        }
        other => other.to_string(),
    })
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn check(paths: &[PathBuf]) -> Result<()> {
    let project = load(paths)?;
    let n = project.specs.len();
    if n == 0 {
        // Only models files were given: say so rather than "0 specs".
        print!("{}", checked_line(&project));
    } else {
        println!("checked {n} {}: no errors", plural(n, "spec", "specs"));
    }
    Ok(())
}

fn generate(
    paths: &[PathBuf],
    output: Option<&Path>,
    client: bool,
    server: bool,
    prune_models: bool,
) -> Result<()> {
    let mut project = load(paths)?;
    if prune_models {
        project.prune_models();
    }
    let options = graph_spec::Options {
        client,
        server,
        ..Default::default()
    };
    let Some(output) = output else {
        print!("{}", project.render(&options).map_err(|e| e.to_string())?);
        return Ok(());
    };
    let to_file = output.extension().is_some_and(|e| e == "rs") && !output.is_dir();
    let mut summary = checked_line(&project);
    if to_file {
        let code = project.render(&options).map_err(|e| e.to_string())?;
        write(output, &code)?;
        let _ = writeln!(
            summary,
            "wrote {}, one module per API version:",
            output.display()
        );
        for (version, specs) in project.by_version() {
            let _ = writeln!(
                summary,
                "    {}  {} {}",
                version.module(),
                specs.len(),
                plural(specs.len(), "endpoint", "endpoints")
            );
        }
    } else {
        let files = project.render_files(&options).map_err(|e| e.to_string())?;
        for file in &files {
            write(&output.join(&file.path), &file.code)?;
        }
        let _ = writeln!(
            summary,
            "wrote {} files into {}, one file per endpoint:",
            files.len(),
            output.display()
        );
        for (version, specs) in project.by_version() {
            let in_version: Vec<_> = files.iter().filter(|f| f.version == version).collect();
            let models = if in_version.iter().any(|f| f.models) {
                " and models.rs"
            } else {
                ""
            };
            let _ = writeln!(
                summary,
                "    {}  {} {}{models}",
                output.join(version.module()).display(),
                specs.len(),
                plural(specs.len(), "endpoint", "endpoints"),
            );
        }
        if let Some(first) = files.iter().find(|f| !f.models) {
            let _ = writeln!(
                summary,
                "for example {}",
                output.join(&first.path).display()
            );
        }
    }
    let extras = match (client, server) {
        (false, false) => {
            "builders only; add --client or --server for client methods or server stubs"
        }
        (true, false) => "with client methods",
        (false, true) => "with server stubs",
        (true, true) => "with client methods and server stubs",
    };
    let _ = writeln!(summary, "({extras})");
    print!("{summary}");
    Ok(())
}

/// `checked 26 endpoint specs and 1 models file: no errors`
fn checked_line(project: &Project) -> String {
    let (n, m) = (project.specs.len(), project.models_files.len());
    let mut line = format!("checked {n} endpoint {}", plural(n, "spec", "specs"));
    if m > 0 {
        let _ = write!(line, " and {m} models {}", plural(m, "file", "files"));
    }
    line.push_str(": no errors\n");
    line
}

fn write(path: &Path, contents: &str) -> Result<()> {
    let fail = |e: std::io::Error| format!("error: cannot write `{}`: {e}", path.display());
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    std::fs::write(path, contents).map_err(fail)
}

/// `message: send [v1.0]`: how an endpoint is named in reports.
fn endpoint_label(spec: &LoadedSpec) -> String {
    let versions: Vec<&str> = spec.spec.versions.iter().map(|v| v.as_str()).collect();
    format!("{} [{}]", spec.spec.name.value, versions.join(", "))
}

fn permissions(paths: &[PathBuf], only: Option<PermissionKind>) -> Result<()> {
    let loaded = load(paths)?.specs;
    let kinds: Vec<PermissionKind> = match only {
        Some(kind) => vec![kind],
        None => PermissionKind::ALL.iter().map(|(k, _)| *k).collect(),
    };
    if let Some(kind) = only {
        let unsupported: Vec<String> = loaded
            .iter()
            .filter(|s| matches!(least(s, kind), Need::Missing))
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
    let mut sections: Vec<String> = kinds
        .iter()
        .map(|kind| {
            let needs: Vec<Need> = loaded.iter().map(|s| least(s, *kind)).collect();
            section(kind.docs_label(), &loaded, &needs, "not supported")
        })
        .collect();
    // Other-users permissions add to the delegated ones; shown when a delegated type is.
    let delegated = kinds.iter().any(|k| *k != PermissionKind::Application);
    if delegated && loaded.iter().any(|s| !s.spec.other_users.is_empty()) {
        let needs: Vec<Need> = loaded
            .iter()
            .map(|s| {
                s.spec
                    .other_users
                    .first()
                    .map_or(Need::Missing, |p| Need::Permission(p.value.as_str()))
            })
            .collect();
        let mut resources: Vec<&str> = loaded
            .iter()
            .filter(|s| !s.spec.other_users.is_empty())
            .filter_map(|s| s.spec.resource.as_ref().map(|r| r.value.as_str()))
            .collect();
        resources.sort_unstable();
        resources.dedup();
        sections.push(section(
            &format!(
                "Other users (a delegated caller on another user's {})",
                resources.join(" or ")
            ),
            &loaded,
            &needs,
            "only their own",
        ));
    }
    print!("{}", sections.join("\n"));
    Ok(())
}

/// One heading with the union of `needs`, then a row per endpoint: what it
/// needs (or `(missing)`, or `(none required)`), its label and its file.
fn section(heading: &str, loaded: &[LoadedSpec], needs: &[Need], missing: &str) -> String {
    let mut out = String::new();
    let mut set: Vec<&str> = needs
        .iter()
        .filter_map(|n| match n {
            Need::Permission(p) => Some(*p),
            Need::NoneRequired | Need::Missing => None,
        })
        .collect();
    set.sort_unstable();
    set.dedup();
    let lacking = needs.iter().filter(|n| matches!(n, Need::Missing)).count();
    let union = if set.is_empty() {
        "none".to_owned()
    } else {
        set.join(", ")
    };
    let _ = write!(out, "{heading}: {union}");
    if lacking > 0 {
        let _ = write!(
            out,
            " ({missing} by {lacking} of {} endpoints)",
            loaded.len()
        );
    }
    out.push('\n');
    let rows: Vec<(String, String, &str)> = loaded
        .iter()
        .zip(needs)
        .map(|(s, need)| {
            let need = match need {
                Need::Permission(p) => (*p).to_owned(),
                Need::NoneRequired => "(none required)".to_owned(),
                Need::Missing => format!("({missing})"),
            };
            (need, endpoint_label(s), s.display.as_str())
        })
        .collect();
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    for (need, label, path) in &rows {
        let pad = w1 - label.chars().count();
        let _ = writeln!(out, "    {need:<w0$}  {label}{:pad$}  {path}", "");
    }
    out
}

/// What one endpoint needs of a permission type.
#[derive(Clone, Copy)]
enum Need<'a> {
    /// Its least privileged permission.
    Permission(&'a str),
    /// Any valid token of the type (the docs' "None").
    NoneRequired,
    /// The type cannot call it (or, for other users, reaches only its own).
    Missing,
}

/// What one endpoint needs of permission type `kind`.
fn least(spec: &LoadedSpec, kind: PermissionKind) -> Need<'_> {
    match spec.spec.permissions_for(kind) {
        None => Need::Missing,
        Some(list) => list
            .first()
            .map_or(Need::NoneRequired, |p| Need::Permission(p)),
    }
}

fn list(paths: &[PathBuf]) -> Result<()> {
    let loaded = load(paths)?.specs;
    let mut out = String::new();
    for s in &loaded {
        let spec = &s.spec;
        let versions: Vec<&str> = spec.versions.iter().map(|v| v.as_str()).collect();
        let _ = writeln!(
            out,
            "{}  {}::{}  [{}]  {}",
            spec.name.value,
            s.version().module(),
            spec.type_name.value,
            versions.join(", "),
            s.display
        );
        let method = spec.method.as_str();
        for p in &spec.paths {
            let template = &p.template.value;
            let _ = writeln!(out, "    {method:<6} {template}  ({})", p.variant.value);
            let docs = spec.docs_template(p);
            if &docs != template {
                let _ = writeln!(out, "    {:<6} docs: {docs}", "");
            }
        }
    }
    print!("{out}");
    Ok(())
}
