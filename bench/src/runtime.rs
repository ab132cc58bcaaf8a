//! (d) Runtime: the generated client and server stub against hand-written
//! reqwest and axum code doing the same work, over loopback in this process.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::{Future, ready};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use graph_runtime::client::{Client, RetryPolicy, StaticToken};
use graph_runtime::http::{HeaderMap, HeaderValue, StatusCode};
use graph_runtime::server::axum::extract::{Path as AxPath, Request};
use graph_runtime::server::axum::response::{IntoResponse, Response};
use graph_runtime::server::axum::serve::IncomingStream;
use graph_runtime::server::axum::{self, Router};
use graph_runtime::server::{
    Caller, DirectoryUser, GraphError, GraphServer, GraphService, StaticTokens, UserDirectory,
};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use tokio::net::TcpListener;
use tower_service::Service;

use crate::stats::median;

mod endpoints {
    use graph_macros::graph_endpoint;

    #[graph_endpoint("../specs/v1.0/message_send.toml", client, server)]
    pub struct SendMessage;
}
use endpoints::SendMessage;
use endpoints::send_message::{SendMessageHandler, SendMessageParams, mount};

const TOKEN: &str = "bench-token";
/// The path names the user by principal name; the token carries her object id.
const USER: &str = "adele@contoso.com";
const USER_ID: &str = "6e7b768e-07e2-4810-8459-485f84f8f204";
const MESSAGE: &str = "AAMkAGI2TG93AAA=";
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub struct ClientResult {
    pub requests: usize,
    pub rounds: usize,
    pub generated_us: f64,
    pub hand_us: f64,
    /// Median over rounds of generated / hand-written latency.
    pub ratio: f64,
    /// The same for a second hand-written client against the first: what
    /// the measurement itself shows between two equal clients.
    pub control_ratio: f64,
}

pub struct ServerResult {
    pub requests: usize,
    pub rounds: usize,
    pub concurrency: usize,
    pub generated_rps: f64,
    pub hand_rps: f64,
    /// Median over rounds of generated / hand-written requests per second.
    pub ratio: f64,
    /// The same for a second hand-written server against the first: what
    /// the measurement itself shows between two equal servers.
    pub control_ratio: f64,
    /// Requests through each service in this process, without sockets.
    pub inprocess_requests: usize,
    /// Median CPU-bound cost per request through the generated service, ns.
    pub generated_ns: f64,
    /// The same through the hand-written router, ns.
    pub hand_ns: f64,
}

/// Serves `service` (a router or the generated server's service) with
/// `axum::serve` on a loopback port.
async fn serve<M, S>(service: M) -> Result<SocketAddr>
where
    M: for<'a> Service<IncomingStream<'a, TcpListener>, Error = Infallible, Response = S>
        + Send
        + 'static,
    for<'a> <M as Service<IncomingStream<'a, TcpListener>>>::Future: Send,
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, service).await {
            eprintln!("loopback server stopped: {e}");
        }
    });
    Ok(addr)
}

fn http_client() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()?)
}

/// What the hand-written client sends: the same headers as graph-runtime's client.
async fn hand_send(
    http: &reqwest::Client,
    base: &str,
    user: &str,
    message: &str,
) -> Result<StatusCode> {
    if [user, message]
        .iter()
        .any(|v| v.is_empty() || *v == "." || *v == "..")
    {
        bail!("bad path parameter");
    }
    let url = format!(
        "{base}/v1.0/users/{}/messages/{}/send",
        utf8_percent_encode(user, SEGMENT),
        utf8_percent_encode(message, SEGMENT)
    );
    let response = http
        .post(url)
        .timeout(Duration::from_secs(100))
        .bearer_auth(TOKEN)
        .header("Accept", "application/json")
        .header("User-Agent", graph_runtime::client::USER_AGENT)
        .header("client-request-id", uuid::Uuid::new_v4().to_string())
        .header("Content-Length", "0")
        .send()
        .await?;
    let status = response.status();
    if !status.is_success() {
        bail!("status {status}");
    }
    drop(response.bytes().await?);
    Ok(status)
}

/// Median latency of about `requests` sequential sends through each of three
/// clients: the generated one, hand-written reqwest, and a second
/// hand-written one (the control, with its own connection pool), in rounds
/// of short blocks that take the three in each of the six orders in turn.
pub async fn client(requests: usize) -> Result<ClientResult> {
    let router = Router::new().fallback(|| async { StatusCode::ACCEPTED });
    let addr = serve(router).await?;
    let base = format!("http://{addr}");
    let generated = Client::builder(StaticToken::new(TOKEN.to_owned()))
        .root(base.clone())
        .retry(RetryPolicy::none())
        .no_proxy()
        .build()?;
    let (http, control_http) = (http_client()?, http_client()?);
    let send = async |side: usize| -> Result<()> {
        match side {
            0 => {
                let r = SendMessage::user()
                    .user_id(USER)
                    .message_id(MESSAGE)
                    .send(&generated)
                    .await?;
                if r.status != StatusCode::ACCEPTED {
                    bail!("generated client got {}", r.status);
                }
            }
            1 => drop(hand_send(&http, &base, USER, MESSAGE).await?),
            _ => drop(hand_send(&control_http, &base, USER, MESSAGE).await?),
        }
        Ok(())
    };
    // Warm up connections and code paths.
    for _ in 0..50 {
        for side in 0..3 {
            send(side).await?;
        }
    }
    let rounds = 24;
    // Blocks of a few requests per client, rotating through the six orders,
    // so that the machine's drift within a round reaches the three alike.
    let block = 20;
    let blocks = (requests / rounds / block).max(1);
    let (mut us, mut ratios, mut control) = ([vec![], vec![], vec![]], vec![], vec![]);
    for round in 0..rounds {
        let mut latencies: [Vec<f64>; 3] = Default::default();
        for b in 0..blocks {
            for &side in &ORDERS[(round + b) % ORDERS.len()] {
                for _ in 0..block {
                    let t = Instant::now();
                    send(side).await?;
                    latencies[side].push(t.elapsed().as_secs_f64() * 1e6);
                }
            }
        }
        // The median request: a preempted one (the host's, not the
        // client's doing) moves a mean by its whole delay.
        let this = latencies.map(|l| median(&l));
        for side in 0..3 {
            us[side].push(this[side]);
        }
        ratios.push(this[0] / this[1]);
        control.push(this[2] / this[1]);
    }
    Ok(ClientResult {
        requests: blocks * block * rounds,
        rounds,
        generated_us: median(&us[0]),
        hand_us: median(&us[1]),
        ratio: median(&ratios),
        control_ratio: median(&control),
    })
}

/// The six orders of three sides: rounds take them in turn, so that no side
/// always goes first or last.
const ORDERS: [[usize; 3]; 6] = [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
    [1, 0, 2],
    [0, 2, 1],
];

/// The generated stub's handler: accepts every send.
struct Accept;

impl SendMessageHandler for Accept {
    fn send_message(
        &self,
        _caller: Arc<Caller>,
        _params: SendMessageParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        ready(Ok(()))
    }
}

/// Who `/users/{id | userPrincipalName}` names: one user, as the
/// hand-written handler's table knows her.
struct OneUser;

impl UserDirectory for OneUser {
    fn find(&self, id_or_upn: &str) -> Option<DirectoryUser> {
        (id_or_upn.eq_ignore_ascii_case(USER_ID) || id_or_upn.eq_ignore_ascii_case(USER)).then(
            || DirectoryUser {
                id: USER_ID.to_owned(),
                tenant_id: None,
            },
        )
    }
}

/// The generated server: token table, user directory, permission
/// enforcement, request ids, 202. Its service, as `axum::serve` takes it.
fn generated_service() -> Result<GraphService> {
    let tokens = StaticTokens::new().with(TOKEN, Caller::user(USER_ID, USER, ["Mail.Send"]));
    let server = GraphServer::new(tokens).with_user_directory(OneUser);
    Ok(mount(server, Arc::new(Accept))?.into_service())
}

/// The same work by hand: bodiless-POST check, bearer lookup, permission and
/// own-mailbox check (the path's user looked up by id or principal name and
/// compared with the token's object id), request-id headers, 202.
fn hand_router() -> Router {
    struct Who {
        oid: &'static str,
        scopes: Vec<&'static str>,
    }
    let tokens: Arc<HashMap<&'static str, Who>> = Arc::new(HashMap::from([(
        TOKEN,
        Who {
            oid: USER_ID,
            scopes: vec!["Mail.Send"],
        },
    )]));
    let owner = |user: &str| {
        (user.eq_ignore_ascii_case(USER_ID) || user.eq_ignore_ascii_case(USER)).then_some(USER_ID)
    };
    let handler = move |AxPath((user, _message)): AxPath<(String, String)>, headers: HeaderMap| {
        let tokens = Arc::clone(&tokens);
        async move {
            let request_id = uuid::Uuid::new_v4().to_string();
            let client_request_id = headers
                .get("client-request-id")
                .and_then(|v| v.to_str().ok())
                .map_or_else(|| request_id.clone(), str::to_owned);
            let status = if headers.get("content-length").is_none_or(|v| v != "0") {
                StatusCode::LENGTH_REQUIRED
            } else {
                match headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.strip_prefix("Bearer "))
                    .and_then(|t| tokens.get(t))
                {
                    None => StatusCode::UNAUTHORIZED,
                    Some(who)
                        if !who.scopes.contains(&"Mail.Send")
                            || owner(&user).is_none_or(|id| !id.eq_ignore_ascii_case(who.oid)) =>
                    {
                        StatusCode::FORBIDDEN
                    }
                    Some(_) => StatusCode::ACCEPTED,
                }
            };
            let mut response = status.into_response();
            let h = response.headers_mut();
            if let Ok(v) = HeaderValue::try_from(request_id) {
                h.insert("request-id", v);
            }
            if let Ok(v) = HeaderValue::try_from(client_request_id) {
                h.insert("client-request-id", v);
            }
            response
        }
    };
    Router::new().route(
        "/v1.0/users/{user_id}/messages/{message_id}/send",
        axum::routing::post(handler),
    )
}

async fn load(
    http: &reqwest::Client,
    url: &str,
    requests: usize,
    concurrency: usize,
) -> Result<f64> {
    let per_task = requests / concurrency;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let http = http.clone();
        let url = url.to_owned();
        tasks.push(tokio::spawn(async move {
            for _ in 0..per_task {
                let r = http
                    .post(&url)
                    .bearer_auth(TOKEN)
                    .header("client-request-id", "bench")
                    .header("Content-Length", "0")
                    .send()
                    .await?;
                if r.status() != StatusCode::ACCEPTED {
                    bail!("server answered {}", r.status());
                }
                drop(r.bytes().await?);
            }
            Ok(())
        }));
    }
    for t in tasks {
        t.await.context("load task")??;
    }
    Ok((per_task * concurrency) as f64 / started.elapsed().as_secs_f64())
}

/// One request as the load sends it, for calling a service directly.
fn inprocess_request(path: &str) -> Result<axum::extract::Request> {
    Ok(axum::http::Request::post(path)
        .header("authorization", format!("Bearer {TOKEN}"))
        .header("client-request-id", "bench")
        .header("content-length", "0")
        .header("host", "127.0.0.1")
        .body(axum::body::Body::empty())?)
}

/// Nanoseconds per request through `service` called directly (no sockets,
/// no HTTP parsing): what the server side itself costs per request.
async fn inprocess<S>(service: &S, path: &str, requests: usize) -> Result<f64>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone,
{
    let mut service = service.clone();
    let started = Instant::now();
    for _ in 0..requests {
        let response = service.call(inprocess_request(path)?).await?;
        if response.status() != StatusCode::ACCEPTED {
            bail!("the service answered {}", response.status());
        }
    }
    Ok(started.elapsed().as_secs_f64() * 1e9 / requests as f64)
}

/// Each service called directly in this process, `requests` times in
/// alternating rounds, for the per-request cost without sockets or load
/// generator; then requests per second of the generated stub, the
/// hand-written handler and a second hand-written server (the control)
/// under the same bounded load: `requests` each over `concurrency`
/// connections, in rounds.
pub async fn server(requests: usize, concurrency: usize) -> Result<ServerResult> {
    let path = format!("/v1.0/users/{USER}/messages/{MESSAGE}/send");
    let (gen_service, control_router) = (generated_service()?, hand_router());
    let hand_router = hand_router();
    inprocess(&gen_service, &path, 1000).await?;
    inprocess(&hand_router, &path, 1000).await?;
    // Many short alternating rounds: other processes on the machine hit
    // both services alike, and the median drops the rounds they hit hardest.
    let inprocess_rounds = 40;
    let inprocess_per_round = requests / inprocess_rounds;
    let (mut g_ns, mut h_ns) = (Vec::new(), Vec::new());
    for round in 0..inprocess_rounds {
        let per_round = inprocess_per_round;
        if round % 2 == 0 {
            g_ns.push(inprocess(&gen_service, &path, per_round).await?);
            h_ns.push(inprocess(&hand_router, &path, per_round).await?);
        } else {
            h_ns.push(inprocess(&hand_router, &path, per_round).await?);
            g_ns.push(inprocess(&gen_service, &path, per_round).await?);
        }
    }
    let (generated_ns, hand_ns) = (median(&g_ns), median(&h_ns));

    // A second hand-written server, measured like the generated one: the
    // control shows what the measurement reads between two equal servers.
    let urls = [
        format!("http://{}{path}", serve(gen_service).await?),
        format!("http://{}{path}", serve(hand_router).await?),
        format!("http://{}{path}", serve(control_router).await?),
    ];
    let http = http_client()?;
    for url in &urls {
        load(&http, url, 200, concurrency).await?;
    }
    // Each round loads the three servers in one of the six orders, every
    // order equally often.
    let rounds = 24;
    let per_round = requests / rounds;
    let (mut rps, mut ratios, mut control) = ([vec![], vec![], vec![]], vec![], vec![]);
    for round in 0..rounds {
        let mut this = [0.0; 3];
        for &i in &ORDERS[round % ORDERS.len()] {
            this[i] = load(&http, &urls[i], per_round, concurrency).await?;
            rps[i].push(this[i]);
        }
        ratios.push(this[0] / this[1]);
        control.push(this[2] / this[1]);
    }
    Ok(ServerResult {
        requests: (per_round / concurrency) * concurrency * rounds,
        rounds,
        concurrency,
        generated_rps: median(&rps[0]),
        hand_rps: median(&rps[1]),
        ratio: median(&ratios),
        control_ratio: median(&control),
        inprocess_requests: inprocess_per_round * inprocess_rounds,
        generated_ns,
        hand_ns,
    })
}
