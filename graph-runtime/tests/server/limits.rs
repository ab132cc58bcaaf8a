//! Slow and odd clients on raw TCP: timeouts, the connection limit,
//! `Expect: 100-continue`, requests hyper cannot parse (answered in Graph's
//! error shape), and links that never come from `Host`.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use crate::support::*;
use graph_mock::{Config, RunningMock};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const SHORT: Duration = Duration::from_millis(400);

fn short_limits() -> Config {
    let mut c = config();
    c.limits.header_read_timeout = SHORT;
    c.limits.idle_timeout = SHORT;
    c.limits.body_read_timeout = SHORT;
    c
}

async fn start_with(config: Config) -> RunningMock {
    graph_mock::start(config).await.unwrap()
}

/// Everything the server sends until it closes the connection (bounded).
async fn read_all(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => panic!("the server neither answered nor closed within 10 s"),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One response: its head and a body of its `content-length` (bounded).
async fn read_response(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        let text = String::from_utf8_lossy(&out).into_owned();
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(str::to_owned)
                })
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if body.len() >= length {
                return text;
            }
        }
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return text,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => panic!("no complete response within 10 s: {text:?}"),
        }
    }
}

async fn exchange(addr: SocketAddr, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    // The server may answer (and close) before all of a huge request is written.
    let _ = stream.write_all(request).await;
    read_all(&mut stream).await
}

/// Asserts a Graph-shaped error response with `status` and a request-id.
fn assert_graph_error(response: &str, status: u16, code: &str) {
    let (head, body) = response
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no complete response: {response:?}"));
    assert!(
        head.starts_with(&format!("HTTP/1.1 {status} ")),
        "expected {status}: {head}"
    );
    let lower = head.to_ascii_lowercase();
    assert!(
        lower.contains("\r\ncontent-type: application/json"),
        "{head}"
    );
    assert!(lower.contains("\r\nrequest-id: "), "{head}");
    let json: serde_json::Value =
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    assert_eq!(json["error"]["code"], code, "{body}");
    assert!(
        json["error"]["innerError"]["request-id"].is_string(),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn requests_hyper_cannot_parse_get_graph_errors() {
    bounded(async {
        let mock = start().await;
        let addr = mock.addr();
        let huge_token = format!(
            "GET /v1.0/me/messages HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {}\r\n\r\n",
            "a".repeat(1024 * 1024)
        );
        assert_graph_error(
            &exchange(addr, huge_token.as_bytes()).await,
            431,
            "RequestHeaderFieldsTooLarge",
        );
        let mut many = String::from("GET /v1.0/me/messages HTTP/1.1\r\nhost: x\r\n");
        for i in 0..150 {
            many.push_str(&format!("x-h{i}: v\r\n"));
        }
        many.push_str("\r\n");
        assert_graph_error(
            &exchange(addr, many.as_bytes()).await,
            431,
            "RequestHeaderFieldsTooLarge",
        );
        let long_id = format!(
            "GET /v1.0/me/messages/{} HTTP/1.1\r\nhost: x\r\n\r\n",
            "A".repeat(100 * 1024)
        );
        assert_graph_error(
            &exchange(addr, long_id.as_bytes()).await,
            414,
            "RequestUriTooLong",
        );
        let negative = b"POST /v1.0/me/sendMail HTTP/1.1\r\nhost: x\r\ncontent-length: -1\r\n\r\n";
        assert_graph_error(&exchange(addr, negative).await, 400, "BadRequest");
        let control = b"GET /v1.0/me/messages HTTP/1.1\r\nhost: x\r\nx-bad: a\x01b\r\n\r\n";
        assert_graph_error(&exchange(addr, control).await, 400, "BadRequest");
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn oversized_expect_100_continue_is_refused_before_the_body() {
    bounded(async {
        let mock = start().await;
        let head = format!(
            "POST /v1.0/me/sendMail HTTP/1.1\r\nhost: x\r\nauthorization: Bearer demo-adele\r\n\
             content-type: application/json\r\ncontent-length: {}\r\nexpect: 100-continue\r\n\r\n",
            64 * 1024 * 1024
        );
        let mut stream = TcpStream::connect(mock.addr()).await.unwrap();
        stream.write_all(head.as_bytes()).await.unwrap();
        let response = read_response(&mut stream).await;
        assert!(
            !response.contains("100 Continue"),
            "no 100 Continue: {response}"
        );
        assert_graph_error(&response, 413, "ErrorRequestEntityTooLarge");

        let odd = b"GET /v1.0/me/messages HTTP/1.1\r\nhost: x\r\nconnection: close\r\nexpect: something-else\r\n\r\n";
        assert_graph_error(&exchange(mock.addr(), odd).await, 417, "ExpectationFailed");
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn idle_and_slow_connections_are_closed() {
    bounded(async {
        let mock = start_with(short_limits()).await;
        // Idle: connected, nothing sent.
        let started = Instant::now();
        let mut idle = TcpStream::connect(mock.addr()).await.unwrap();
        assert_eq!(read_all(&mut idle).await, "");
        assert!(started.elapsed() < Duration::from_secs(5));

        // A head that never completes.
        let mut slow = TcpStream::connect(mock.addr()).await.unwrap();
        slow.write_all(b"GET /v1.0/me/messages HTTP/1.1\r\nhost: x\r\n")
            .await
            .unwrap();
        assert_eq!(read_all(&mut slow).await, "");

        // Keep-alive after a response: closed once idle.
        let mut kept = TcpStream::connect(mock.addr()).await.unwrap();
        kept.write_all(b"GET /v1.0/nothing HTTP/1.1\r\nhost: x\r\n\r\n")
            .await
            .unwrap();
        let response = read_response(&mut kept).await;
        assert!(response.starts_with("HTTP/1.1 404 "), "{response}");
        let started = Instant::now();
        assert_eq!(read_all(&mut kept).await, "", "closed once idle");
        assert!(started.elapsed() < Duration::from_secs(5));
        mock.stop().await;
    })
    .await;
}

/// Each head gets the header timeout from its own first byte, whatever the
/// heads before it on the connection did: an earlier head's deadline passing
/// while the connection waits idle closes nothing, and the next head is
/// still cut off when it stalls.
#[tokio::test(flavor = "multi_thread")]
async fn each_head_on_a_kept_connection_has_its_own_deadline() {
    bounded(async {
        let mut config = config();
        config.limits.header_read_timeout = SHORT;
        config.limits.idle_timeout = Duration::from_secs(20);
        let mock = start_with(config).await;
        let mut kept = TcpStream::connect(mock.addr()).await.unwrap();
        for _ in 0..2 {
            kept.write_all(b"GET /v1.0/nothing HTTP/1.1\r\nhost: x\r\n\r\n")
                .await
                .unwrap();
            let response = read_response(&mut kept).await;
            assert!(response.starts_with("HTTP/1.1 404 "), "{response}");
            // Idle for longer than a head may take: the connection stays.
            tokio::time::sleep(SHORT * 2).await;
        }
        kept.write_all(b"GET /v1.0/nothing HTTP/1.1\r\nhost: x\r\n")
            .await
            .unwrap();
        let started = Instant::now();
        assert_eq!(read_all(&mut kept).await, "", "a stalled head is cut off");
        let waited = started.elapsed();
        assert!(
            waited >= SHORT / 2 && waited < Duration::from_secs(5),
            "{waited:?}"
        );
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stalled_body_is_answered_408() {
    bounded(async {
        let mock = start_with(short_limits()).await;
        let mut stream = TcpStream::connect(mock.addr()).await.unwrap();
        stream
            .write_all(
                b"POST /v1.0/me/sendMail HTTP/1.1\r\nhost: x\r\nauthorization: Bearer demo-adele\r\n\
                  content-type: application/json\r\ncontent-length: 100\r\n\r\n{\"message\":",
            )
            .await
            .unwrap();
        let response = read_all(&mut stream).await;
        assert_graph_error(&response, 408, "RequestTimeout");
        mock.stop().await;
    })
    .await;
}

/// A request whose body never arrives: the connection is mid-request.
const BUSY: &[u8] =
    b"POST /v1.0/me/sendMail HTTP/1.1\r\nhost: x\r\nauthorization: Bearer demo-adele\r\n\
    content-type: application/json\r\ncontent-length: 100\r\n\r\n{";

fn at_most(max_connections: usize) -> Config {
    let mut c = config();
    c.limits.max_connections = max_connections;
    c
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_trickled_below_the_minimum_rate_is_answered_408() {
    bounded(async {
        let mut config = short_limits();
        config.limits.body_min_rate = 100;
        let mock = start_with(config).await;
        let mut stream = TcpStream::connect(mock.addr()).await.unwrap();
        stream
            .write_all(
                b"POST /v1.0/me/sendMail HTTP/1.1\r\nhost: x\r\nauthorization: Bearer demo-adele\r\n\
                  content-type: application/json\r\ncontent-length: 1000\r\n\r\n{",
            )
            .await
            .unwrap();
        // A byte every 100 ms: never a stall, ten bytes a second.
        let started = Instant::now();
        let mut buf = [0u8; 4096];
        let mut response = Vec::new();
        while started.elapsed() < Duration::from_secs(5) {
            tokio::select! {
                read = stream.read(&mut buf) => match read {
                    Ok(0) | Err(_) => break,
                    Ok(n) => response.extend_from_slice(&buf[..n]),
                },
                () = tokio::time::sleep(Duration::from_millis(100)) => {
                    let _ = stream.write_all(b" ").await;
                }
            }
        }
        let response = String::from_utf8_lossy(&response);
        assert_graph_error(&response, 408, "RequestTimeout");
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn at_the_limit_a_waiting_connection_makes_room_and_busy_ones_do_not() {
    bounded(async {
        let mock = start_with(at_most(2)).await;
        // Two connections waiting for a request: the older one is closed
        // to serve a third.
        let mut first = TcpStream::connect(mock.addr()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        let _second = TcpStream::connect(mock.addr()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        let third = exchange(
            mock.addr(),
            b"GET /v1.0/nothing HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        )
        .await;
        assert!(third.starts_with("HTTP/1.1 404 "), "{third}");
        assert_eq!(read_all(&mut first).await, "", "the oldest was closed");
        mock.stop().await;

        // Two connections mid-request: a third waits for one of them.
        let mock = start_with(at_most(2)).await;
        let mut first = TcpStream::connect(mock.addr()).await.unwrap();
        first.write_all(BUSY).await.unwrap();
        let mut second = TcpStream::connect(mock.addr()).await.unwrap();
        second.write_all(BUSY).await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        let mut third = TcpStream::connect(mock.addr()).await.unwrap();
        third
            .write_all(b"GET /v1.0/nothing HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut buf = [0u8; 64];
        let early = tokio::time::timeout(Duration::from_millis(500), third.read(&mut buf)).await;
        assert!(early.is_err(), "answered while two requests were open");
        drop(first);
        let response = read_all(&mut third).await;
        assert!(response.starts_with("HTTP/1.1 404 "), "{response}");
        drop(second);
        mock.stop().await;
    })
    .await;
}

/// Holds one connection sending a request head a byte at a time, every
/// `every`, until the server closes it; returns how long after the first
/// byte that was, or `None` if it was still open after `give_up`.
async fn trickle(addr: SocketAddr, every: Duration, give_up: Duration) -> Option<Duration> {
    let mut stream = TcpStream::connect(addr).await.ok()?;
    stream
        .write_all(b"GET /v1.0/me/messages HTTP/1.1\r\nx-slow: ")
        .await
        .ok()?;
    let first_byte = Instant::now();
    let mut buf = [0u8; 256];
    while first_byte.elapsed() < give_up {
        tokio::select! {
            read = stream.read(&mut buf) => match read {
                Ok(0) | Err(_) => return Some(first_byte.elapsed()),
                Ok(_) => return Some(first_byte.elapsed()), // an answer: not a slow head
            },
            () = tokio::time::sleep(every) => {
                let _ = stream.write_all(b"a").await;
            }
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread")]
async fn trickled_heads_are_cut_off_at_the_header_timeout_and_lock_nobody_out() {
    const MAX: usize = 16;
    const HEADER: Duration = Duration::from_millis(800);
    // Scheduling slack on a loaded machine.
    const MARGIN: Duration = Duration::from_millis(1200);
    const RUN: Duration = Duration::from_secs(3);
    bounded(async {
        let mut config = config();
        config.limits.max_connections = MAX;
        config.limits.header_read_timeout = HEADER;
        config.limits.idle_timeout = HEADER;
        let mock = start_with(config).await;
        let addr = mock.addr();
        let started = Instant::now();
        // Twice the limit, each reconnecting as soon as it is closed.
        let slow: Vec<_> = (0..2 * MAX)
            .map(|_| {
                tokio::spawn(async move {
                    let mut lifetimes = Vec::new();
                    while started.elapsed() < RUN {
                        let every = Duration::from_millis(100);
                        lifetimes.push(trickle(addr, every, HEADER + MARGIN * 3).await);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    lifetimes
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let mut answered = 0;
        while started.elapsed() < RUN {
            let request = b"GET /v1.0/me/mailFolders/inbox/messages HTTP/1.1\r\nhost: x\r\n\
                authorization: Bearer demo-adele\r\nconnection: close\r\n\r\n";
            let response = tokio::time::timeout(HEADER + MARGIN, exchange(addr, request))
                .await
                .unwrap_or_else(|_| panic!("request {} was not answered", answered + 1));
            assert!(response.starts_with("HTTP/1.1 200 "), "{response}");
            answered += 1;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(answered >= 5, "only {answered} requests");
        let mut held = 0;
        for task in slow {
            for lifetime in task.await.unwrap() {
                let lifetime = lifetime.expect("a trickling connection was never closed");
                assert!(
                    lifetime <= HEADER + MARGIN,
                    "a trickling connection lived {lifetime:?} after its first byte"
                );
                held += 1;
            }
        }
        assert!(held >= 2 * MAX, "{held} slow connections");
        mock.stop().await;
    })
    .await;
}

/// `@odata.nextLink` of Adele's inbox with `$top=1` (it holds one message,
/// so a second one is added), requested with `host`.
async fn next_link(mock: &RunningMock, host: &str) -> String {
    let request = format!(
        "GET /v1.0/me/mailFolders/inbox/messages?$top=1 HTTP/1.1\r\nhost: {host}\r\n\
         authorization: Bearer demo-adele\r\nconnection: close\r\n\r\n"
    );
    let response = exchange(mock.addr(), request.as_bytes()).await;
    let (_, body) = response.split_once("\r\n\r\n").unwrap();
    let page: serde_json::Value = serde_json::from_str(body).unwrap();
    page["@odata.nextLink"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn links_never_come_from_the_host_header() {
    bounded(async {
        let mock = start().await;
        let second = graph_mock::Message::draft("AAMkAInbox-2", "second");
        mock.store()
            .add(ADELE, graph_mock::Folder::Inbox, second)
            .unwrap();
        let link = next_link(&mock, "evil.example").await;
        assert!(
            link.starts_with(&format!(
                "{}/v1.0/me/mailFolders/inbox/messages?",
                mock.base_url()
            )),
            "{link}"
        );
        mock.stop().await;

        let mut config = config();
        config.public_base_url = Some("https://graph.example.test/".to_owned());
        let mock = start_with(config).await;
        mock.store()
            .add(
                ADELE,
                graph_mock::Folder::Inbox,
                graph_mock::Message::draft("AAMkAInbox-2", "second"),
            )
            .unwrap();
        let link = next_link(&mock, "evil.example").await;
        assert!(
            link.starts_with("https://graph.example.test/v1.0/me/mailFolders/inbox/messages?"),
            "{link}"
        );
        mock.stop().await;
    })
    .await;
}

/// Pieces of requests, plausible and not, that a fuzz case strings together.
const PIECES: &[&str] = &[
    "GET ",
    "POST ",
    "DELETE ",
    "PATCH ",
    "BREW ",
    "/v1.0/me/messages",
    "/v1.0/me/sendMail",
    "/beta/users/adele@contoso.com/mailFolders/inbox/messages",
    "/%ZZ",
    "/%C3%28",
    "/x/../..",
    "?$top=-1",
    "?$top=99999999999",
    "?$select=%00",
    " HTTP/1.1\r\n",
    " HTTP/1.0\r\n",
    " HTTP/9.9\r\n",
    "host: x\r\n",
    "authorization: Bearer demo-adele\r\n",
    "authorization: Bearer \r\n",
    "content-type: application/json\r\n",
    "content-length: 5\r\n",
    "content-length: 0\r\n",
    "content-length: 99999999999999999999\r\n",
    "transfer-encoding: chunked\r\n",
    "expect: 100-continue\r\n",
    "x: \x7f\r\n",
    "bad header\r\n",
    "\r\n",
    "\r\n\r\n",
    "{\"message\":{}}",
    "zz\r\n",
    "0\r\n\r\n",
    "\u{fffd}",
    "\0",
];

#[tokio::test(flavor = "multi_thread")]
async fn arbitrary_requests_never_break_the_server() {
    static PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        default_hook(info);
    }));
    // GRAPH_FUZZ_CASES raises the count for a longer run.
    let cases: usize = std::env::var("GRAPH_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    bounded(async {
        let mock = start_with(short_limits()).await;
        let addr = mock.addr();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut requests = Vec::with_capacity(cases);
        for _ in 0..cases {
            let mut request = String::new();
            for _ in 0..(3 + seed % 9) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                request.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            requests.push(request);
        }
        for chunk in requests.chunks(25) {
            let answers = chunk.iter().map(|r| {
                let r = r.clone();
                tokio::spawn(async move { exchange(addr, r.as_bytes()).await })
            });
            for (answer, request) in answers.collect::<Vec<_>>().into_iter().zip(chunk) {
                let response = answer.await.unwrap();
                if response.is_empty() {
                    continue; // closed without an answer: a timeout or an unusable request
                }
                assert!(
                    response.starts_with("HTTP/1."),
                    "{request:?} -> {response:?}"
                );
                let status: u16 = response[9..12].parse().unwrap();
                if status >= 400 && !response.starts_with("HTTP/1.1 100") {
                    let (head, body) = response.split_once("\r\n\r\n").unwrap();
                    assert!(
                        head.to_ascii_lowercase().contains("\r\nrequest-id: "),
                        "{request:?} -> {head}"
                    );
                    let first = body.split("HTTP/1.1").next().unwrap_or(body);
                    assert!(first.contains("\"error\""), "{request:?} -> {response:?}");
                }
            }
        }
        let ok = exchange(
            addr,
            b"GET /v1.0/me/mailFolders/inbox/messages HTTP/1.1\r\nhost: x\r\n\
              authorization: Bearer demo-adele\r\nconnection: close\r\n\r\n",
        )
        .await;
        assert!(ok.starts_with("HTTP/1.1 200 "), "{ok}");
        mock.stop().await;
    })
    .await;
    assert_eq!(
        PANICS.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "something panicked"
    );
}
