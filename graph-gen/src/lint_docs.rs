//! `graph-gen lint-docs`: inconsistencies in Graph reference pages.

use std::path::PathBuf;

use clap::Args;

/// Arguments of `graph-gen lint-docs`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// API reference pages, or folders searched for them.
    #[arg(required = true, value_name = "PAGE|DIR")]
    pub paths: Vec<PathBuf>,
    /// API version of every page, as for `import`.
    #[arg(long, value_name = "VERSION")]
    pub version: Option<String>,
    /// Folder with permission includes, as for `import`.
    #[arg(long = "includes", value_name = "DIR")]
    pub include_dirs: Vec<PathBuf>,
    /// Print every finding in full, however many, as for `import`.
    #[arg(long)]
    pub all_findings: bool,
}

/// Prints every finding rustc-style on stderr. Exit 1 when there is an error,
/// 0 with warnings only.
pub fn run(args: LintArgs) -> Result<(), String> {
    let options = crate::import::options(args.version.as_deref(), args.include_dirs)?;
    let findings = graph_import::lint(&args.paths, &options);
    let (errors, warnings) = crate::import::print_findings(&findings, args.all_findings);
    let summary = format!("lint-docs: {errors} errors, {warnings} warnings");
    if errors > 0 {
        Err(format!("error: {summary}"))
    } else {
        println!("{summary}");
        Ok(())
    }
}
