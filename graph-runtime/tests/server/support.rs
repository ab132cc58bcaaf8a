//! Shared set-up for the end-to-end tests: a mock on 127.0.0.1:0 with the
//! demo data plus JWT keys, the generated client, and JWT minting.

use std::future::Future;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use graph_mock::{Config, RunningMock};
use graph_runtime::client::{Client, RetryPolicy, StaticToken};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};

/// The generated client for v1.0 (the mock itself only generates server stubs).
pub mod v1 {
    use graph_macros::{graph_endpoint, graph_models};

    /// The shared mail models.
    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    #[graph_endpoint("../specs/v1.0/message_send.toml", client)]
    pub struct SendMessage;
    #[graph_endpoint("../specs/v1.0/user_send_mail.toml", client)]
    pub struct SendMail;
    #[graph_endpoint("../specs/v1.0/message_reply.toml", client)]
    pub struct ReplyToMessage;
    #[graph_endpoint("../specs/v1.0/message_replyall.toml", client)]
    pub struct ReplyAllToMessage;
    #[graph_endpoint("../specs/v1.0/message_forward.toml", client)]
    pub struct ForwardMessage;
    #[graph_endpoint("../specs/v1.0/message_createreply.toml", client)]
    pub struct CreateReply;
    #[graph_endpoint("../specs/v1.0/message_createreplyall.toml", client)]
    pub struct CreateReplyAll;
    #[graph_endpoint("../specs/v1.0/message_createforward.toml", client)]
    pub struct CreateForward;
    #[graph_endpoint("../specs/v1.0/message_move.toml", client)]
    pub struct MoveMessage;
    #[graph_endpoint("../specs/v1.0/message_copy.toml", client)]
    pub struct CopyMessage;
    #[graph_endpoint("../specs/v1.0/user_create_message.toml", client)]
    pub struct CreateMessage;
    #[graph_endpoint("../specs/v1.0/message_get.toml", client)]
    pub struct GetMessage;
    #[graph_endpoint("../specs/v1.0/mailfolder_list_messages.toml", client)]
    pub struct ListMessages;
}

/// The generated client for beta.
pub mod beta {
    use graph_macros::{graph_endpoint, graph_models};

    /// The shared mail models.
    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    #[graph_endpoint("../specs/beta/message_send.toml", client)]
    pub struct SendMessage;
    #[graph_endpoint("../specs/beta/user_send_mail.toml", client)]
    pub struct SendMail;
    #[graph_endpoint("../specs/beta/message_reply.toml", client)]
    pub struct ReplyToMessage;
    #[graph_endpoint("../specs/beta/message_replyall.toml", client)]
    pub struct ReplyAllToMessage;
    #[graph_endpoint("../specs/beta/message_forward.toml", client)]
    pub struct ForwardMessage;
    #[graph_endpoint("../specs/beta/message_createreply.toml", client)]
    pub struct CreateReply;
    #[graph_endpoint("../specs/beta/message_createreplyall.toml", client)]
    pub struct CreateReplyAll;
    #[graph_endpoint("../specs/beta/message_createforward.toml", client)]
    pub struct CreateForward;
    #[graph_endpoint("../specs/beta/message_move.toml", client)]
    pub struct MoveMessage;
    #[graph_endpoint("../specs/beta/message_copy.toml", client)]
    pub struct CopyMessage;
    #[graph_endpoint("../specs/beta/user_create_message.toml", client)]
    pub struct CreateMessage;
    #[graph_endpoint("../specs/beta/message_get.toml", client)]
    pub struct GetMessage;
    #[graph_endpoint("../specs/beta/mailfolder_list_messages.toml", client)]
    pub struct ListMessages;
}

pub const ADELE_ID: &str = "6e7b768e-07e2-4810-8459-485f84f8f204";
pub const ADELE: &str = "adele@contoso.com";
pub const MEGAN: &str = "megan@contoso.com";
pub const HS256_SECRET: &str = "test-only-hs256-secret-0123456789abcdef";
pub const RS256_PRIVATE: &str = include_str!("../fixtures/rs256_test_private.pem");
pub const RS256_PUBLIC: &str = include_str!("../fixtures/rs256_test_public.pem");

/// Every test is bounded: it fails instead of hanging.
pub const LIMIT: Duration = Duration::from_secs(30);

pub async fn bounded<F: Future>(f: F) -> F::Output {
    tokio::time::timeout(LIMIT, f)
        .await
        .expect("test did not finish within its time limit")
}

/// The demo configuration on a free port, accepting HS256 and RS256 JWTs.
pub fn config() -> Config {
    let mut config = Config::demo().unwrap();
    config.address = "127.0.0.1:0".parse().unwrap();
    config.jwt = Some(graph_mock::config::JwtConfig {
        hs256_secret: Some(HS256_SECRET.to_owned()),
        rs256_public_key_pem: Some(RS256_PUBLIC.to_owned()),
        ..Default::default()
    });
    config
}

pub async fn start() -> RunningMock {
    graph_mock::start(config()).await.unwrap()
}

/// The generated client against the mock, without retries, with timeouts.
pub fn client(mock: &RunningMock, token: &str) -> Client {
    Client::builder(StaticToken::new(token.to_owned()))
        .root(mock.base_url())
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .connect_timeout(Duration::from_secs(5))
        .no_proxy()
        .build()
        .unwrap()
}

/// `id` percent-encoded for a path segment (ids hold `/`, `+` and `=`).
pub fn seg(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A raw HTTP client for what the generated client never sends.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Claims of a delegated token for Adele with `scp`.
pub fn delegated_claims(scp: &str, aud: &str, exp: u64) -> serde_json::Value {
    serde_json::json!({
        "aud": aud,
        "iss": "https://sts.windows.net/contoso/",
        "exp": exp,
        "iat": now(),
        "oid": ADELE_ID,
        "tid": graph_mock::config::DEMO_TENANT_ID,
        "preferred_username": ADELE,
        "scp": scp,
    })
}

/// Claims of an application token with `roles`.
pub fn app_claims(roles: &[&str], aud: &str, exp: u64) -> serde_json::Value {
    serde_json::json!({
        "aud": aud,
        "exp": exp,
        "appid": "22222222-0000-0000-0000-000000000000",
        "roles": roles,
    })
}

pub const GRAPH_AUD: &str = "https://graph.microsoft.com";

pub fn hs256(claims: &serde_json::Value) -> String {
    encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(HS256_SECRET.as_bytes()),
    )
    .unwrap()
}

pub fn rs256(claims: &serde_json::Value) -> String {
    encode(
        &Header::new(Algorithm::RS256),
        claims,
        &EncodingKey::from_rsa_pem(RS256_PRIVATE.as_bytes()).unwrap(),
    )
    .unwrap()
}

/// Asserts a Graph-shaped error from the generated client.
pub fn assert_graph_error<T: std::fmt::Debug>(
    result: Result<graph_runtime::client::Response<T>, graph_runtime::client::Error>,
    status: u16,
    code: &str,
) -> graph_runtime::client::ErrorResponse {
    let err = result.expect_err("expected an error response");
    let graph = err
        .graph()
        .unwrap_or_else(|| panic!("not a Graph error: {err}"))
        .clone();
    assert_eq!(graph.status.as_u16(), status, "{graph:?}");
    assert_eq!(graph.code.as_deref(), Some(code), "{graph:?}");
    assert!(graph.message.as_deref().is_some_and(|m| !m.is_empty()));
    assert!(graph.inner.request_id.is_some(), "innerError.request-id");
    assert!(graph.inner.date.is_some(), "innerError.date");
    assert!(
        graph.inner.client_request_id.is_some(),
        "innerError.client-request-id"
    );
    graph
}
