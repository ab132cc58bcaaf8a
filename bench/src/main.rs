//! graph-bench: the benchmark suite of issue 7, in one command.
//!
//! ```text
//! cargo run --release -p graph-bench -- [--quick] [--budget-mins N] [--sizes 50,200,1000] [--reps N]
//! ```
//!
//! (a) generation cost per endpoint, (d) runtime client and server overhead,
//! then (b)/(c) `cargo check` / `cargo build` of user crates with N synthetic
//! endpoints (ours through the attribute and through build.rs, progenitor on
//! the same operations, hand-written reqwest) until the time budget runs out.
//! (f) runs graph-mock under a read-only and a mixed load (`--load-only`
//! for just that). Writes `bench/RESULTS.md` and `bench/check_time.svg`.

mod codesize;
mod coldbuild;
mod gencost;
mod importcost;
mod importtree;
mod load;
mod project_scale;
mod report;
mod runtime;
mod scale;
mod sdkbuild;
mod stats;
mod synth;
mod treecompile;
mod user_cargo;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::report::Report;
use crate::scale::{Kind, Scratch};

const USAGE: &str =
    "usage: graph-bench [--import-only] [--quick] [--budget-mins N] [--sizes 50,200,1000] [--reps N] [--out DIR]
                   [--load-secs N] [--load-only] [--runtime-only] [--runtime-update] [--cold-only] [--no-cold]

  --import-only    only (e), the docs import cost, printed on stderr
  --docs-tree L=D  also time a whole docs tree for (e): D is its api-reference/<version>/api folder,
                   L its label (locale, date, repository, commit); repeatable. With --import-only
                   the whole-tree section of RESULTS.md is replaced
  --compile        with --docs-tree: also generate each whole imported tree as one crate (client
                   methods and server stubs) and `cargo check` it: time and the checking rustc's
                   peak memory (minutes and several GB per tree)
  --quick          fewer iterations and requests, sizes 50,200 unless --sizes is given
  --budget-mins N  total time budget in minutes (default 20); larger N are skipped when it runs out
  --sizes LIST     synthetic endpoint counts for the build benchmarks (default 50,200,1000)
  --reps N         cold cargo check/build repetitions per crate, median reported (default 1)
  --out DIR        where RESULTS.md and check_time.svg go (default: the bench/ directory)
  --load-secs N    length of each graph-mock load run, (f), in seconds (default 60; 0 skips it)
  --load-only      run only (f) and replace its section in the existing RESULTS.md
  --runtime-only   only (d), the runtime client and server comparison, printed on stderr
  --runtime-update like --runtime-only, and replaces (d) and the target-3 rows in RESULTS.md
  --cold-only      run only (g), cold builds of a one-draft binary (--reps rounds, within
                   --budget-mins after the first), and replace its section in RESULTS.md
  --no-cold        leave (g) out
  --project-only   only (h), loading and checking a project of N specs and N types at the
                   --sizes given (default 500,5000), --reps runs each; replaces (h) in RESULTS.md
  --sdk-only       only (i), graph-sdk's compile cost beside hand-written reqwest and graph-rs-sdk
                   (one-draft binaries, cold and warm; `cargo check` of every v1.0 area, of
                   graph-rs-sdk, of every beta area); replaces (i) in RESULTS.md (about 30 minutes)";

struct Args {
    import_only: bool,
    quick: bool,
    budget: Duration,
    sizes: Vec<usize>,
    reps: usize,
    out: PathBuf,
    load_secs: u64,
    load_only: bool,
    runtime_only: bool,
    write_runtime: bool,
    cold_only: bool,
    no_cold: bool,
    project_only: bool,
    sdk_only: bool,
    /// `--docs-tree` values: whole docs trees to import in (e).
    docs_trees: Vec<importtree::Tree>,
    /// `--compile`: check each whole imported tree as one crate.
    compile: bool,
    /// `--sizes` as given, before the build benchmarks' default.
    sizes_given: Option<Vec<usize>>,
}

fn parse_args() -> Result<Args> {
    let mut quick = false;
    let mut import_only = false;
    let mut budget_mins = 20.0_f64;
    let mut sizes = None;
    let mut reps = 1;
    let mut out = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut load_secs = 60;
    let mut load_only = false;
    let mut runtime_only = false;
    let mut write_runtime = false;
    let mut cold_only = false;
    let mut no_cold = false;
    let mut project_only = false;
    let mut sdk_only = false;
    let mut docs_trees = Vec::new();
    let mut compile = false;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .with_context(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--quick" => quick = true,
            "--import-only" => import_only = true,
            "--budget-mins" => {
                budget_mins = value("--budget-mins")?.parse().context("--budget-mins")?
            }
            "--sizes" => {
                let list = value("--sizes")?;
                let parsed: Result<Vec<usize>, _> =
                    list.split(',').map(|s| s.trim().parse::<usize>()).collect();
                let mut v = parsed.context("--sizes takes numbers like 50,200,1000")?;
                v.retain(|&n| n > 0);
                v.sort_unstable();
                v.dedup();
                sizes = Some(v);
            }
            "--reps" => reps = value("--reps")?.parse().context("--reps")?,
            "--out" => out = PathBuf::from(value("--out")?),
            "--load-secs" => load_secs = value("--load-secs")?.parse().context("--load-secs")?,
            "--load-only" => load_only = true,
            "--runtime-only" => runtime_only = true,
            "--runtime-update" => {
                runtime_only = true;
                write_runtime = true;
            }
            "--cold-only" => cold_only = true,
            "--no-cold" => no_cold = true,
            "--project-only" => project_only = true,
            "--sdk-only" => sdk_only = true,
            "--docs-tree" => docs_trees.push(importtree::Tree::parse(&value("--docs-tree")?)?),
            "--compile" => compile = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown argument `{other}`\n{USAGE}"),
        }
    }
    if budget_mins.is_nan() || budget_mins <= 0.0 {
        bail!("--budget-mins must be positive");
    }
    let sizes_given = sizes.clone();
    let sizes = sizes.unwrap_or_else(|| {
        if quick {
            vec![50, 200]
        } else {
            vec![50, 200, 1000]
        }
    });
    Ok(Args {
        import_only,
        quick,
        budget: Duration::from_secs_f64(budget_mins * 60.0),
        sizes,
        reps,
        out,
        load_secs,
        load_only,
        runtime_only,
        write_runtime,
        cold_only,
        no_cold,
        project_only,
        sdk_only,
        docs_trees,
        compile,
        sizes_given,
    })
}

fn command_output(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".to_owned())
}

fn machine_info() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    format!(
        "{cpus} CPUs ({model}), {}, {}, {}",
        command_output("rustc", &["--version"]),
        command_output("cargo", &["--version"]),
        std::env::consts::OS
    )
}

/// (f): the read-only and the mixed load, each `secs` long, as a report section.
fn load_section(secs: u64, command: &str) -> Result<String> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let mut results = Vec::new();
    for mix in [load::Mix::ReadOnly, load::Mix::Mixed] {
        eprintln!("[f] graph-mock load: {} for {secs} s", mix.label());
        let r = rt.block_on(load::run(mix, secs))?;
        eprintln!(
            "    {:.0} -> {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
            r.rps_start, r.rps_end, r.p50_ms, r.p99_ms
        );
        results.push(r);
    }
    Ok(load::markdown(&results, command))
}

/// (g): cold builds of the one-draft binary, each variant `reps` times
/// (more rounds than one only while `deadline` allows): the rows and the
/// report section.
fn cold_section(
    main_dir: &Path,
    bench_root: &Path,
    reps: usize,
    deadline: Instant,
    command: &str,
) -> (Vec<coldbuild::ColdRow>, String) {
    eprintln!(
        "[g] cold builds of a one-draft binary in {}",
        bench_root.join("cold").display()
    );
    let cold = coldbuild::Cold::new(main_dir, bench_root);
    let builds = std::cell::Cell::new(0usize);
    let per_round = coldbuild::VARIANTS.len();
    let rows = cold.run(reps, || {
        let done = builds.get();
        builds.set(done + 1);
        // The first round always runs; a later one only while the budget lasts.
        done < per_round || Instant::now() < deadline
    });
    let reps_done = rows.iter().map(|r| r.reps).max().unwrap_or(0);
    let note = if reps_done < reps.max(1) {
        format!(
            "Only {reps_done} of {} rounds fitted in the time budget.",
            reps.max(1)
        )
    } else {
        String::new()
    };
    let section = coldbuild::markdown(&rows, command, &note);
    (rows, section)
}

/// (a)'s generated lines per endpoint (target 5), printed as measured.
fn code_size(main_dir: &Path, bench_root: &Path) -> Result<Vec<codesize::SizeRow>> {
    eprintln!("[a] generated lines per endpoint (graph-gen generate specs)");
    let sizes = codesize::measure(main_dir, &bench_root.join("generated"))?;
    for s in &sizes {
        eprintln!(
            "    {}: {} lines / {} endpoints",
            s.version, s.lines, s.endpoints
        );
    }
    Ok(sizes)
}

/// (d): the generated client and server stub against hand-written ones.
fn runtime_part(quick: bool) -> Result<(runtime::ClientResult, runtime::ServerResult)> {
    eprintln!("[d] runtime");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let (client_requests, server_requests) = if quick {
        (1200, 5000)
    } else {
        (12_000, 100_000)
    };
    let client = rt.block_on(runtime::client(client_requests))?;
    let server = rt.block_on(runtime::server(server_requests, 8))?;
    Ok((client, server))
}

fn main() -> Result<()> {
    let args = parse_args()?;
    if args.load_only {
        let path = args.out.join("RESULTS.md");
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        let command = format!(
            "cargo run --release -p graph-bench -- --load-only --load-secs {}",
            args.load_secs
        );
        let section = load_section(args.load_secs, &command)?;
        std::fs::create_dir_all(&args.out)?;
        std::fs::write(&path, load::splice(&existing, &section))?;
        println!("{section}");
        eprintln!("updated {}", path.display());
        return Ok(());
    }
    let started = Instant::now();
    let deadline = started + args.budget;
    let main_dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .context("bench/ has no parent directory")?
        .to_path_buf();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { main_dir.join(t) })
        .unwrap_or_else(|| main_dir.join("target"));
    let bench_root = target.join("graph-bench");
    if args.project_only {
        let path = args.out.join("RESULTS.md");
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        let sizes = args.sizes_given.clone().unwrap_or_else(|| vec![500, 5000]);
        let list: Vec<String> = sizes.iter().map(usize::to_string).collect();
        let command = format!(
            "cargo run --release -p graph-bench -- --project-only --sizes {} --reps {}",
            list.join(","),
            args.reps
        );
        let rows = project_scale::run(&bench_root, &sizes, args.reps)?;
        let section = project_scale::markdown(&rows, &command, &machine_info());
        std::fs::create_dir_all(&args.out)?;
        std::fs::write(&path, project_scale::splice(&existing, &section))?;
        println!("{section}");
        eprintln!("updated {}", path.display());
        return Ok(());
    }
    if args.sdk_only {
        let path = args.out.join("RESULTS.md");
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        eprintln!(
            "[i] graph-sdk compile cost in {}",
            bench_root.join("sdk").display()
        );
        let rows = sdkbuild::Sdk::new(&main_dir, &bench_root).run();
        let command = "cargo run --release -p graph-bench -- --sdk-only";
        let section = sdkbuild::markdown(&rows, command, &machine_info());
        std::fs::create_dir_all(&args.out)?;
        std::fs::write(&path, sdkbuild::splice(&existing, &section))?;
        println!("{section}");
        eprintln!("updated {}", path.display());
        return Ok(());
    }
    if args.cold_only {
        let path = args.out.join("RESULTS.md");
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        let command = format!(
            "cargo run --release -p graph-bench -- --cold-only --reps {}",
            args.reps
        );
        let (_, section) = cold_section(&main_dir, &bench_root, args.reps, deadline, &command);
        std::fs::create_dir_all(&args.out)?;
        std::fs::write(&path, coldbuild::splice(&existing, &section))?;
        println!("{section}");
        eprintln!("updated {}", path.display());
        return Ok(());
    }
    let scratch = Scratch::new(&main_dir, bench_root.clone());
    let mut notes = Vec::new();
    let mut command = String::from("cargo run --release -p graph-bench --");
    for a in std::env::args().skip(1) {
        command.push(' ');
        command.push_str(&a);
    }
    if command.ends_with("--") {
        command.truncate(command.len() - 3);
    }

    let (min_iters, limit) = if args.quick {
        (20, Duration::from_millis(500))
    } else {
        (100, Duration::from_secs(3))
    };
    if args.runtime_only {
        code_size(&main_dir, &bench_root)?;

        let (client, server) = runtime_part(args.quick)?;
        eprintln!(
            "client: generated {:.1} µs, hand {:.1} µs ({:.3}x, control {:.3}x); server: generated {:.0}/s, hand {:.0}/s ({:.3}x, control {:.3}x); in-process: generated {:.0} ns, hand {:.0} ns ({:.3}x)",
            client.generated_us,
            client.hand_us,
            client.ratio,
            client.control_ratio,
            server.generated_rps,
            server.hand_rps,
            server.ratio,
            server.control_ratio,
            server.generated_ns,
            server.hand_ns,
            server.generated_ns / server.hand_ns
        );
        if args.write_runtime {
            let path = args.out.join("RESULTS.md");
            let existing = std::fs::read_to_string(&path).unwrap_or_default();
            let updated = report::splice_runtime(&existing, &client, &server, &command);
            std::fs::create_dir_all(&args.out)?;
            std::fs::write(&path, updated)?;
            eprintln!("updated {}", path.display());
        }
        return Ok(());
    }
    // (e) import cost (first, so that --import-only is quick).
    eprintln!("[e] import cost");
    let (label, corpus) = importcost::corpus(&main_dir);
    let includes = main_dir.join("graph-import/tests/fixtures/includes");
    let import = importcost::measure(&label, &corpus, &includes, min_iters / 4, limit)?;
    eprintln!(
        "    {:.2} ms/page ({:.0} pages/s) over {} pages",
        import.ms_per_page,
        1e3 / import.ms_per_page,
        import.pages
    );
    let mut tree_rows = Vec::new();
    let mut compile_rows = Vec::new();
    for tree in &args.docs_trees {
        eprintln!("[e] whole tree: {}", tree.label);
        let passes = if args.quick { 1 } else { 3 };
        for row in importtree::measure(tree, &scratch.root, passes)? {
            eprintln!(
                "    {} {}: {} pages in {:.2} s ({:.0} pages/s), {} imported, {} duplicates, check {}",
                row.label,
                row.size,
                row.pages,
                row.secs,
                row.pages_per_sec(),
                row.imported,
                row.duplicates,
                if row.accepted { "ok" } else { "fails" }
            );
            tree_rows.push(row);
        }
        if args.compile {
            let specs = scratch.root.join(importtree::WHOLE_TREE_OUT);
            let row =
                treecompile::check_tree(&tree.label, &specs, &scratch.root, &main_dir, &target)?;
            eprintln!(
                "    compiled: {} endpoints, {} MB of Rust, {} in {:.0} s, peak {:.1} GB ({} errors, {} warnings)",
                row.endpoints,
                row.code_bytes / 1_000_000,
                if row.ok { "ok" } else { "fails" },
                row.secs,
                row.peak_kib as f64 / 1_048_576.0,
                row.errors,
                row.warnings
            );
            for first in [&row.first_error, &row.first_warning].into_iter().flatten() {
                eprintln!("    first: {first}");
            }
            compile_rows.push(row);
        }
    }
    if args.import_only {
        if !tree_rows.is_empty() {
            let section = importtree::section(&tree_rows, &compile_rows, &command, &machine_info());
            let path = args.out.join("RESULTS.md");
            let existing = std::fs::read_to_string(&path).unwrap_or_default();
            let updated = report::splice(&existing, importtree::BEGIN, importtree::END, &section);
            std::fs::create_dir_all(&args.out)?;
            std::fs::write(&path, updated)?;
            eprintln!("updated {}", path.display());
        }
        return Ok(());
    }

    // (a) generation cost.
    eprintln!("[a] generation cost");
    let mut gen_rows = Vec::new();
    let real = gencost::spec_files(&main_dir.join("specs"))?;
    gen_rows.push(gencost::measure(
        "real specs (specs/)",
        &real,
        min_iters,
        limit,
    )?);
    for &n in &args.sizes {
        let dir = scratch.root.join(format!("specs/n{n}"));
        synth::write_specs(&dir, n, &main_dir.join("specs/models/mail.toml"))?;
        let files = gencost::spec_files(&dir)?;
        let iters = (min_iters * 50 / n).clamp(5, min_iters);
        gen_rows.push(gencost::measure(
            &format!("synthetic N = {n}"),
            &files,
            iters,
            limit,
        )?);
        eprintln!(
            "    N = {n}: {:.0} µs/endpoint",
            gen_rows[gen_rows.len() - 1].generate_us
        );
    }

    let sizes = code_size(&main_dir, &bench_root)?;

    let (client, server) = runtime_part(args.quick)?;

    // (b), (c) scale.
    eprintln!("[b,c] build cost at scale in {}", scratch.root.display());
    scratch.prepare(&args.sizes)?;
    let mut scale_rows = Vec::new();
    let mut last: Option<(usize, f64)> = None;
    // Every size of one kind has the same dependencies: warm them once.
    let mut warmed = Vec::new();
    for &n in &args.sizes {
        let now = Instant::now();
        let remaining = deadline.saturating_duration_since(now).as_secs_f64();
        if let Some((prev_n, prev_secs)) = last {
            let estimate = prev_secs * n as f64 / prev_n as f64;
            if estimate > remaining {
                notes.push(format!(
                    "N = {n} skipped: the budget had {:.0} s left, N = {prev_n} took {prev_secs:.0} s, so N = {n} was estimated at {estimate:.0} s (raise --budget-mins).",
                    remaining
                ));
                continue;
            }
        } else if remaining <= 0.0 {
            notes.push(format!(
                "N = {n} skipped: the budget ran out before the build benchmarks."
            ));
            continue;
        }
        let t = Instant::now();
        let mut done_all = true;
        for kind in Kind::ALL {
            // Linear in N from this kind's previous size: skip what would overrun.
            let remaining = deadline
                .saturating_duration_since(Instant::now())
                .as_secs_f64();
            let estimate = scale_rows
                .iter()
                .rev()
                .find(|r: &&scale::ScaleRow| r.kind == kind)
                .map(|r| (r.check.secs + r.build.secs) * r.reps as f64 * n as f64 / r.n as f64);
            if remaining <= 0.0 || estimate.is_some_and(|e| e > remaining) {
                notes.push(format!(
                    "N = {n}, {}: skipped, {:.0} s of budget left{}.",
                    kind.label(),
                    remaining,
                    estimate.map_or_else(String::new, |e| format!(", estimated {e:.0} s"))
                ));
                done_all = false;
                continue;
            }
            eprintln!("    N = {n}: {}", kind.label());
            if !warmed.contains(&kind) {
                scratch.warm(kind, n)?;
                warmed.push(kind);
            }
            let r = scratch.measure(kind, n, args.reps)?;
            eprintln!(
                "      check {:.2} s, build {:.2} s",
                r.check.secs, r.build.secs
            );
            scale_rows.push(r);
        }
        if done_all {
            last = Some((n, t.elapsed().as_secs_f64()));
        }
    }
    if args.reps == 1 {
        notes.push("Build figures are single cold runs (`--reps 1`); rerun with `--reps 3` for medians of three.".to_owned());
    }

    // (g) after the build benchmarks, which it would otherwise slow down; its
    // first round runs whatever the budget says, later ones only within it.
    let cold = (!args.no_cold)
        .then(|| cold_section(&main_dir, &bench_root, args.reps, deadline, &command));
    let report = Report {
        command,
        machine: machine_info(),
        date: command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
        rss_method: scratch.rss_method().to_owned(),
        generation: gen_rows,
        import: Some(import),
        scale: scale_rows,
        client: Some(client),
        server: Some(server),
        notes,
        elapsed_mins: started.elapsed().as_secs_f64() / 60.0,
        sizes,
        cold: cold.as_ref().map(|(rows, _)| rows.clone()),
    };
    std::fs::create_dir_all(&args.out)?;
    let mut md = report.markdown();
    if let Some((_, section)) = &cold {
        md = coldbuild::splice(&md, section);
    }
    if args.load_secs > 0 {
        md = load::splice(&md, &load_section(args.load_secs, &report.command)?);
    }
    // Whole trees measured in this run, else the section an earlier
    // `--import-only --docs-tree` run wrote (the trees are not in the repository).
    let tree_section = if tree_rows.is_empty() {
        std::fs::read_to_string(args.out.join("RESULTS.md"))
            .ok()
            .and_then(|old| {
                let b = old.find(importtree::BEGIN)?;
                let e = old.find(importtree::END)?;
                (b < e).then(|| old[b..e + importtree::END.len()].to_owned())
            })
    } else {
        Some(importtree::section(
            &tree_rows,
            &compile_rows,
            &report.command,
            &report.machine,
        ))
    };
    if let Some(section) = tree_section {
        md = report::splice(&md, importtree::BEGIN, importtree::END, &section);
    }
    std::fs::write(args.out.join("RESULTS.md"), &md)?;
    std::fs::write(args.out.join("check_time.svg"), report.svg())?;
    println!("{md}");
    eprintln!("wrote {}/RESULTS.md and check_time.svg", args.out.display());
    Ok(())
}
