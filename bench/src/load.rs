//! (f) graph-mock under sustained load: a read-only mix and a mixed one
//! (lists, gets, creates, sends, errors) over 64 keep-alive connections on
//! 127.0.0.1, each for a fixed time; requests/s at the start and the end,
//! latency percentiles and the process's memory.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use graph_mock::{Config, Folder, Message};

/// Concurrent connections, each one task sending requests back to back.
pub const CONNECTIONS: usize = 64;
/// Messages in Adele's Inbox before the run, so gets and lists hit a full mailbox.
const SEEDED: usize = 2000;
/// The window at each end of the run the start and end rates are taken over.
const WINDOW_SECS: u64 = 5;

/// Which requests a run sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mix {
    /// Lists (Inbox) and gets only.
    ReadOnly,
    /// Per 20 requests: 8 lists (Drafts, Sent Items, Inbox: the first two
    /// grow during the run), 5 gets, 3 creates (a draft each), 2 `sendMail`
    /// (saved to Sent Items), 2 errors (404 unknown message, 401 bad token).
    Mixed,
}

impl Mix {
    pub fn label(self) -> &'static str {
        match self {
            Mix::ReadOnly => "read-only (list, get)",
            Mix::Mixed => "mixed (list, get, create, send, errors)",
        }
    }
}

/// What one run measured.
pub struct LoadResult {
    pub mix: Mix,
    pub secs: u64,
    pub requests: usize,
    /// Answers other than the expected status (none expected).
    pub unexpected: usize,
    pub rps_start: f64,
    pub rps_end: f64,
    /// Requests/s in each 10 s of the run.
    pub timeline: Vec<f64>,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub rss_start_mib: f64,
    pub rss_end_mib: f64,
    /// Messages in Adele's Drafts and Sent Items at the end.
    pub drafts: usize,
    pub sent: usize,
    /// The machine's 1-minute load average when the run ended (other work included).
    pub load_average: String,
}

/// The resident set size of this process (server and load generator), MiB.
fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

struct Sample {
    /// Milliseconds since the run started, when the request finished.
    at_ms: u32,
    latency_us: u32,
}

/// One connection's request loop until `deadline`.
async fn connection(
    task: usize,
    base: String,
    ids: std::sync::Arc<Vec<String>>,
    mix: Mix,
    started: Instant,
    deadline: Instant,
) -> Result<(Vec<Sample>, usize)> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1)
        .http1_only()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()?;
    let mut samples = Vec::with_capacity(64 * 1024);
    let mut unexpected = 0;
    let mut i = task;
    let v1 = format!("{base}/v1.0/me");
    while Instant::now() < deadline {
        let id = &ids[i.wrapping_mul(7919) % ids.len()];
        let step = match mix {
            Mix::ReadOnly => {
                if i.is_multiple_of(2) {
                    0
                } else {
                    10
                }
            }
            Mix::Mixed => i % 20,
        };
        let (request, expected) = match step {
            0..=7 => {
                let folder = ["drafts", "sentitems", "inbox"][i % 3];
                let folder = if mix == Mix::ReadOnly {
                    "inbox"
                } else {
                    folder
                };
                let url = format!("{v1}/mailFolders/{folder}/messages?$top=10");
                (client.get(url).bearer_auth("demo-adele"), 200)
            }
            8..=12 => {
                let url = format!("{v1}/messages/{}", crate::load::encode(id));
                (client.get(url).bearer_auth("demo-adele"), 200)
            }
            13..=15 => {
                let body = r#"{"subject":"load","body":{"contentType":"text","content":"x"}}"#;
                let r = client
                    .post(format!("{v1}/messages"))
                    .bearer_auth("demo-adele")
                    .header("content-type", "application/json")
                    .body(body);
                (r, 201)
            }
            16 | 17 => {
                let body = r#"{"message":{"subject":"load","toRecipients":[{"emailAddress":{"address":"megan@contoso.com"}}]}}"#;
                let r = client
                    .post(format!("{v1}/sendMail"))
                    .bearer_auth("demo-adele")
                    .header("content-type", "application/json")
                    .body(body);
                (r, 202)
            }
            18 => {
                let url = format!("{v1}/messages/AAMk-no-such-message");
                (client.get(url).bearer_auth("demo-adele"), 404)
            }
            _ => {
                let url = format!("{v1}/mailFolders/inbox/messages");
                (client.get(url).bearer_auth("not-a-token"), 401)
            }
        };
        let sent = Instant::now();
        let status = match request.send().await {
            Ok(r) => {
                let status = r.status().as_u16();
                let _ = r.bytes().await;
                status
            }
            Err(_) => 0,
        };
        let done = Instant::now();
        if status != expected {
            unexpected += 1;
        }
        samples.push(Sample {
            at_ms: u32::try_from(done.duration_since(started).as_millis()).unwrap_or(u32::MAX),
            latency_us: u32::try_from(done.duration_since(sent).as_micros()).unwrap_or(u32::MAX),
        });
        i = i.wrapping_add(1);
    }
    Ok((samples, unexpected))
}

/// `id` percent-encoded for a path segment.
pub fn encode(id: &str) -> String {
    percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Runs `mix` against a fresh mock for `secs` seconds.
pub async fn run(mix: Mix, secs: u64) -> Result<LoadResult> {
    if secs < 2 * WINDOW_SECS {
        bail!("a load run needs at least {} s", 2 * WINDOW_SECS);
    }
    let mut config = Config::demo().context("demo config")?;
    config.address = "127.0.0.1:0".parse()?;
    let mock = graph_mock::start(config)
        .await
        .context("start graph-mock")?;
    let adele = "adele@contoso.com";
    let mut ids = Vec::with_capacity(SEEDED);
    for n in 0..SEEDED {
        let mut m = Message::draft(format!("AAMkLoad/{n:05}+A="), format!("seeded {n}"));
        m.is_draft = Some(false);
        let stored = mock.store().add(adele, Folder::Inbox, m)?;
        ids.push(stored.id.unwrap_or_default());
    }
    let ids = std::sync::Arc::new(ids);
    let base = mock.base_url();
    let rss_start = rss_mib();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(secs);
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|t| {
            tokio::spawn(connection(
                t,
                base.clone(),
                std::sync::Arc::clone(&ids),
                mix,
                started,
                deadline,
            ))
        })
        .collect();
    let mut samples = Vec::new();
    let mut unexpected = 0;
    for t in tasks {
        // Bounded: each task stops at the deadline, each request after 10 s.
        let (s, u) = t.await??;
        samples.extend(s);
        unexpected += u;
    }
    let rss_end = rss_mib();
    let load_average = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned());
    let drafts = mock
        .store()
        .page(adele, Folder::Drafts, 0, 0)
        .map_or(0, |(_, n)| n);
    let sent = mock
        .store()
        .page(adele, Folder::SentItems, 0, 0)
        .map_or(0, |(_, n)| n);
    mock.stop().await;

    let window_ms = WINDOW_SECS * 1000;
    let end_ms = secs * 1000;
    let in_window = |from: u64, to: u64| {
        samples
            .iter()
            .filter(|s| (from..to).contains(&u64::from(s.at_ms)))
            .count()
    };
    // The first second is warm-up (connections opening); the start window follows it.
    let rps_start = in_window(1000, 1000 + window_ms) as f64 / WINDOW_SECS as f64;
    let rps_end = in_window(end_ms - window_ms, end_ms) as f64 / WINDOW_SECS as f64;
    let timeline = (0..secs.div_ceil(10))
        .map(|i| {
            let to = ((i + 1) * 10_000).min(end_ms);
            in_window(i * 10_000, to) as f64 / ((to - i * 10_000) as f64 / 1000.0)
        })
        .collect();
    let mut latencies: Vec<u32> = samples.iter().map(|s| s.latency_us).collect();
    latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        if latencies.is_empty() {
            return 0.0;
        }
        let i = ((latencies.len() - 1) as f64 * p).round() as usize;
        f64::from(latencies[i]) / 1000.0
    };
    Ok(LoadResult {
        mix,
        secs,
        requests: samples.len(),
        unexpected,
        rps_start,
        rps_end,
        timeline,
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
        rss_start_mib: rss_start,
        rss_end_mib: rss_end,
        drafts,
        sent,
        load_average,
    })
}

/// The report section, between markers so a `--load-only` run can replace it.
pub fn markdown(results: &[LoadResult], command: &str) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{BEGIN}\n## (f) graph-mock under load\n");
    let _ = writeln!(
        o,
        "`{command}`: graph-mock (demo users, Adele's Inbox seeded with {SEEDED} messages) in this \
         process on 127.0.0.1, {CONNECTIONS} keep-alive connections (one reqwest client each) \
         sending requests back to back, all as Adele, so every request goes to one mailbox. \
         Start: requests/s over seconds 1-{}; end: over the last {WINDOW_SECS} s. Latency over \
         every request of the run. Memory: resident set of the whole process (server and load \
         generator) before and after. The load generator shares the 2 cores with the server.\n",
        1 + WINDOW_SECS
    );
    let _ = writeln!(
        o,
        "| mix | s | requests | unexpected status | req/s start | req/s end | p50 ms | p99 ms | RSS MiB start -> end | Drafts / Sent Items at end | req/s per 10 s |\n|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|"
    );
    for r in results {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {:.0} | {:.0} | {:.2} | {:.2} | {:.0} -> {:.0} | {} / {} | {} |",
            r.mix.label(),
            r.secs,
            r.requests,
            r.unexpected,
            r.rps_start,
            r.rps_end,
            r.p50_ms,
            r.p99_ms,
            r.rss_start_mib,
            r.rss_end_mib,
            r.drafts,
            r.sent,
            r.timeline
                .iter()
                .map(|v| format!("{v:.0}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let loads: Vec<&str> = results.iter().map(|r| r.load_average.as_str()).collect();
    let _ = writeln!(
        o,
        "\nThe machine's 1-minute load average at the end of each run: {} (2 cores; other builds \
         ran meanwhile, so absolute rates are low and noisy: compare start with end within a run).",
        loads.join(", ")
    );
    let _ = writeln!(o, "\n{END}");
    o
}

const BEGIN: &str = "<!-- load:begin -->";
const END: &str = "<!-- load:end -->";

/// `report` with its load section replaced by `section` (or appended).
pub fn splice(report: &str, section: &str) -> String {
    crate::report::splice(report, BEGIN, END, section)
}
