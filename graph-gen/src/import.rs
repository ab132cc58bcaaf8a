//! `graph-gen import`: Graph reference pages (Markdown) to specs.

use std::path::PathBuf;

use clap::Args;

/// Arguments of `graph-gen import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// API reference pages, or folders searched for them (`*.md`; resource
    /// pages and includes are read through the API pages that link to them).
    #[arg(required = true, value_name = "PAGE.md|DIR")]
    pub paths: Vec<PathBuf>,
    /// Folder to write `<version>/<page>.toml` and `models/<version>.toml` into.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// API version of every page (`v1.0` or `beta`), instead of the page's
    /// place in the docs tree (`api-reference/<version>/api/`) or its beta notice.
    #[arg(long, value_name = "VERSION")]
    pub version: Option<String>,
    /// Folder with permission includes the pages reference but that are not
    /// beside them (looked up by file name).
    #[arg(long = "includes", value_name = "DIR")]
    pub include_dirs: Vec<PathBuf>,
    /// Print every finding in full, however many (by default, past
    /// 50 findings only the summary by reason is printed).
    #[arg(long)]
    pub all_findings: bool,
    /// Overwrite files edited since they were imported (and specs that were
    /// not imported, like the bundled ones), instead of writing the new
    /// import beside them as `<file>.imported`.
    #[arg(long)]
    pub force: bool,
    /// Leave the pages' prose out: no summaries or descriptions, each spec
    /// named by its page and linking to it (`docs_url`). For specs kept
    /// where the docs' text may not be copied.
    #[arg(long)]
    pub facts_only: bool,
    /// Write each spec under a folder named after its page's API area
    /// (`ms.prod`, e.g. `v1.0/outlook/message_send.toml`; `other` when the page
    /// names none), one folder per cargo feature of a generated crate.
    #[arg(long)]
    pub by_area: bool,
}

/// Imports, writes, checks with graph-spec; prints every finding on stderr.
/// Fails (exit 1) when a page could not be imported.
pub fn run(args: ImportArgs) -> Result<(), String> {
    let mut options = options(args.version.as_deref(), args.include_dirs)?;
    // Types the folder's specs already define are shared, not redefined.
    options.merge_into = Some(args.output.clone());
    options.facts_only = args.facts_only;
    options.by_area = args.by_area;
    let mut import = graph_import::import(&args.paths, &options);
    let mut findings = std::mem::take(&mut import.findings);
    let overwrite = if args.force {
        graph_import::keep_edits::Overwrite::Always
    } else {
        graph_import::keep_edits::Overwrite::Unedited
    };
    findings.extend(graph_import::write_with(
        &mut import,
        &args.output,
        overwrite,
    ));
    let (errors, warnings) = print_findings(&findings, args.all_findings);
    let summary = format!(
        "imported {} of {} API pages into {} ({} files), {errors} errors, {warnings} warnings",
        import.imported,
        import.pages,
        args.output.display(),
        import.files.len(),
    );
    if errors > 0 || import.pages == 0 {
        Err(format!("error: {summary}"))
    } else {
        println!("{summary}");
        Ok(())
    }
}

/// Findings printed in full by default; past this, a run over a docs tree
/// prints the summary only (`--all-findings` prints each).
const FULL_LIMIT: usize = 50;

/// Prints `findings` rustc-style on stderr (all of them when `all` or when
/// there are few), then, when there are several, the summary by reason.
/// Returns how many are errors and warnings.
pub fn print_findings(findings: &[graph_import::Finding], all: bool) -> (usize, usize) {
    if all || findings.len() <= FULL_LIMIT {
        for f in findings {
            eprintln!("{f}\n");
        }
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == graph_import::Severity::Error)
        .count();
    if findings.len() > 1 {
        let reasons = graph_import::summary::summarize(findings);
        eprintln!(
            "{} findings ({errors} errors, {} warnings) for {} reasons:",
            findings.len(),
            findings.len() - errors,
            reasons.len()
        );
        eprint!("{}", graph_import::summary::Summary(&reasons));
        if !all && findings.len() > FULL_LIMIT {
            eprintln!("(pass --all-findings to print each finding in full)");
        }
    }
    (errors, findings.len() - errors)
}

/// The library options from the command line.
pub fn options(
    version: Option<&str>,
    include_dirs: Vec<PathBuf>,
) -> Result<graph_import::Options, String> {
    let version =
        match version {
            None => None,
            Some(v) => Some(graph_import::parse_version(v).ok_or_else(|| {
                format!("error: unknown version `{v}`; expected `v1.0` or `beta`")
            })?),
        };
    Ok(graph_import::Options {
        version,
        include_dirs,
        merge_into: None,
        facts_only: false,
        by_area: false,
    })
}
