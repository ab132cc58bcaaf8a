//! A real HTTP/1.1 server on 127.0.0.1 for the client tests: it records each
//! raw request and answers from a script. Dropping it stops it.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use graph_runtime::client::{Client, RetryPolicy, StaticToken};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The token the tests send; it must never show up in any output.
pub const TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJzZWNyZXQiOiJ0b2tlbiJ9.c2VjcmV0.TOKEN-SECRET-42";

/// Every test runs under this bound.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(20);

/// Fails the test if `fut` takes longer than [`TEST_TIMEOUT`].
pub async fn bounded<T>(fut: impl Future<Output = T>) -> T {
    tokio::time::timeout(TEST_TIMEOUT, fut)
        .await
        .expect("test exceeded its time bound")
}

/// One request as it arrived on the wire.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The request line, e.g. `POST /v1.0/me/messages/1/send HTTP/1.1`.
    pub request_line: String,
    pub method: String,
    pub target: String,
    /// Header names lower-cased, values as sent, in wire order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The request head exactly as received.
    pub raw_head: String,
}

impl Recorded {
    /// Every value of header `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The single value of header `name`.
    pub fn header(&self, name: &str) -> Option<&str> {
        let all = self.all(name);
        assert!(all.len() <= 1, "header {name} sent {} times", all.len());
        all.first().copied()
    }
}

/// A scripted response.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub reason: &'static str,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
    /// Close the connection instead of answering (a dropped request).
    pub drop: bool,
}

impl Reply {
    pub fn new(status: u16, reason: &'static str) -> Self {
        Reply {
            status,
            reason,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            drop: false,
        }
    }

    /// The connection closed without an answer.
    pub fn dropped() -> Self {
        Reply {
            drop: true,
            ..Reply::new(0, "")
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn body(mut self, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self.header("Content-Type", content_type)
    }

    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Graph's error JSON.
    pub fn graph_error(status: u16, reason: &'static str, code: &str, message: &str) -> Self {
        let body = format!(
            r#"{{"error":{{"code":"{code}","message":"{message}","innerError":{{"date":"2026-01-02T03:04:05","request-id":"req-{status}","client-request-id":"cli-{status}"}}}}}}"#
        );
        Reply::new(status, reason)
            .header("request-id", &format!("req-{status}"))
            .body("application/json; charset=utf-8", body)
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason);
        for (n, v) in &self.headers {
            head.push_str(&format!("{n}: {v}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", self.body.len()));
        let mut out = head.into_bytes();
        out.extend_from_slice(&self.body);
        out
    }
}

/// The server; stops when dropped.
pub struct Server {
    pub addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Starts a server answering with `script` in order (then `500`).
    pub async fn start(script: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.into_iter()));
        let recorded = requests.clone();
        let root = format!("http://{addr}");
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                connections.spawn(serve(
                    stream,
                    recorded.clone(),
                    script.clone(),
                    root.clone(),
                ));
            }
        });
        Server {
            addr,
            requests,
            task,
        }
    }

    /// `http://127.0.0.1:PORT`
    pub fn root(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client for this server with the test token, no retries delay worth
    /// mentioning and a short timeout.
    pub fn client(&self) -> Client {
        Client::builder(StaticToken::new(TOKEN))
            .root(self.root())
            .no_proxy()
            .timeout(Duration::from_secs(5))
            .retry(
                RetryPolicy::default()
                    .with_backoff(Duration::from_millis(10), Duration::from_millis(50)),
            )
            .build()
            .unwrap()
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

/// Answers each request on `stream` with the next scripted reply; `{ROOT}`
/// in a reply's body becomes the server's root (for links Graph returns).
async fn serve(
    mut stream: TcpStream,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    script: Arc<Mutex<std::vec::IntoIter<Reply>>>,
    root: String,
) {
    let mut buf = Vec::new();
    loop {
        // Read one request head.
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let raw_head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = raw_head.split("\r\n");
        let request_line = lines.next().unwrap_or_default().to_owned();
        let mut parts = request_line.split(' ');
        let method = parts.next().unwrap_or_default().to_owned();
        let target = parts.next().unwrap_or_default().to_owned();
        let headers: Vec<(String, String)> = lines
            .filter(|l| !l.is_empty())
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let length: usize = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + length {
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body = buf[head_end..head_end + length].to_vec();
        buf.drain(..head_end + length);
        recorded.lock().unwrap().push(Recorded {
            request_line,
            method,
            target,
            headers,
            body,
            raw_head,
        });
        let mut reply = script
            .lock()
            .unwrap()
            .next()
            .unwrap_or_else(|| Reply::new(500, "Internal Server Error"));
        if reply.body.windows(6).any(|w| w == b"{ROOT}") {
            reply.body = String::from_utf8_lossy(&reply.body)
                .replace("{ROOT}", &root)
                .into_bytes();
        }
        tokio::time::sleep(reply.delay).await;
        if reply.drop {
            return;
        }
        if stream.write_all(&reply.to_bytes()).await.is_err() {
            return;
        }
    }
}
