//! Real tenants' token path on loopback, with real parts: azure_identity's
//! `ClientSecretCredential` asks a local OAuth authority (HTTPS with a test
//! CA, serving client-credentials responses with RS256 JWTs), the generated
//! client sends with those tokens through `AzureCredential`, and the mock
//! validates them with its `JwtValidator` against the test's public key.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::*;
use graph_mock::Folder;
use graph_runtime::client::azure_core::cloud::{CloudConfiguration, CustomConfiguration};
use graph_runtime::client::azure_core::http::{ClientOptions, Transport};
use graph_runtime::client::azure_identity::{
    ClientSecretCredential, ClientSecretCredentialOptions,
};
use graph_runtime::client::{AzureCredential, Client, Error, RetryPolicy};
use graph_runtime::http::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT_ID: &str = "22222222-0000-0000-0000-000000000000";
const SECRET: &str = "test-client-secret~Zq8";
const TLS_CA: &str = include_str!("../fixtures/tls_test_ca.pem");
const TLS_CERT: &str = include_str!("../fixtures/tls_test_server.pem");
const TLS_KEY: &str = include_str!("../fixtures/tls_test_server_key.pem");

/// What the local authority has seen and issued.
#[derive(Default)]
struct AuthorityLog {
    token_requests: AtomicUsize,
    /// The form bodies' `scope` values, in order.
    scopes: Mutex<Vec<String>>,
}

/// A local Entra ID token endpoint, `https://127.0.0.1:PORT/{tenant}/oauth2/v2.0/token`,
/// answering client-credentials grants with RS256 JWTs for the app's roles.
struct Authority {
    host: String,
    log: Arc<AuthorityLog>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Authority {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn authority(expires_in: u64) -> Authority {
    let certs = CertificateDer::pem_slice_iter(TLS_CERT.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(TLS_KEY.as_bytes()).unwrap();
    let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
    let tls = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(tls));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let host = format!("https://{}", listener.local_addr().unwrap());
    let log = Arc::new(AuthorityLog::default());
    let task = tokio::spawn({
        let log = log.clone();
        async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let (acceptor, log) = (acceptor.clone(), log.clone());
                tokio::spawn(async move {
                    if let Ok(stream) = acceptor.accept(tcp).await {
                        // A connection that misbehaves only fails its own test step.
                        let _ = tokio::time::timeout(
                            LIMIT,
                            serve_token_request(stream, &log, expires_in),
                        )
                        .await;
                    }
                });
            }
        }
    });
    Authority { host, log, task }
}

/// Reads one HTTP/1.1 request (headers, then `Content-Length` bytes; at most
/// 64 KiB) and answers it, closing the connection.
async fn serve_token_request<S>(mut stream: S, log: &AuthorityLog, expires_in: u64)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let (head, body) = loop {
        let n = stream.read(&mut chunk).await.unwrap_or(0);
        if n == 0 || buf.len() > 64 * 1024 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            while buf.len() < end + 4 + length {
                let n = stream.read(&mut chunk).await.unwrap_or(0);
                if n == 0 {
                    return;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            break (head, buf[end + 4..end + 4 + length].to_vec());
        }
    };
    let (status, json) = token_response(&head, &body, log, expires_in);
    let body = json.to_string();
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json; charset=utf-8\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// What Entra ID answers a client-credentials token request.
fn token_response(
    head: &str,
    body: &[u8],
    log: &AuthorityLog,
    expires_in: u64,
) -> (&'static str, serde_json::Value) {
    log.token_requests.fetch_add(1, Ordering::SeqCst);
    let request_line = head.lines().next().unwrap_or_default();
    let form: Vec<(String, String)> = form_pairs(body);
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(scope) = field("scope") {
        log.scopes.lock().unwrap().push(scope.to_owned());
    }
    let expected_line = format!("POST /{TENANT}/oauth2/v2.0/token HTTP/1.1");
    if request_line != expected_line || field("grant_type") != Some("client_credentials") {
        return (
            "400 Bad Request",
            serde_json::json!({
                "error": "invalid_request",
                "error_description": format!("AADSTS900144: unexpected request `{request_line}`"),
                "error_codes": [900144],
            }),
        );
    }
    if field("client_id") != Some(CLIENT_ID) || field("client_secret") != Some(SECRET) {
        // Entra ID's answer to a wrong secret (which it never echoes).
        return (
            "401 Unauthorized",
            serde_json::json!({
                "error": "invalid_client",
                "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the \
                    secret being sent in the request is the client secret value, not the client \
                    secret ID.",
                "error_codes": [7000215],
            }),
        );
    }
    let claims = serde_json::json!({
        "aud": GRAPH_AUD,
        "iss": format!("https://sts.windows.net/{TENANT}/"),
        "iat": now(),
        "nbf": now(),
        "exp": now() + expires_in,
        "appid": CLIENT_ID,
        "tid": TENANT,
        "oid": "33333333-0000-0000-0000-000000000000",
        "idtyp": "app",
        "roles": ["Mail.Send", "Mail.Read"],
        // Tells the tokens apart: each response is a new token.
        "uti": format!("token-{}", log.token_requests.load(Ordering::SeqCst)),
    });
    (
        "200 OK",
        serde_json::json!({
            "token_type": "Bearer",
            "expires_in": expires_in,
            "ext_expires_in": expires_in,
            "access_token": rs256(&claims),
        }),
    )
}

/// `application/x-www-form-urlencoded` pairs, decoded.
fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let s = s.replace('+', " ");
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match (bytes[i], hex) {
                (b'%', Some(b)) => {
                    out.push(b);
                    i += 3;
                }
                (b, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    String::from_utf8_lossy(body)
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

/// azure_identity's own `ClientSecretCredential`, its authority moved to
/// the local one and its HTTP client trusting only the test CA.
fn credential(authority: &Authority, secret: &str) -> Arc<ClientSecretCredential> {
    let transport = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(TLS_CA.as_bytes()).unwrap()])
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let mut cloud = CustomConfiguration::default();
    cloud.authority_host = authority.host.clone();
    let client_options = ClientOptions {
        transport: Some(Transport::new(Arc::new(transport))),
        cloud: Some(Arc::new(CloudConfiguration::Custom(cloud))),
        ..Default::default()
    };
    ClientSecretCredential::new(
        TENANT,
        CLIENT_ID.to_owned(),
        secret.to_owned().into(),
        Some(ClientSecretCredentialOptions { client_options }),
    )
    .unwrap()
}

fn graph_client(mock: &graph_mock::RunningMock, provider: AzureCredential) -> Client {
    Client::builder(provider)
        .root(mock.base_url())
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

fn sent_subjects(mock: &graph_mock::RunningMock) -> Vec<String> {
    mock.store()
        .folder(ADELE, Folder::SentItems)
        .unwrap()
        .into_iter()
        .filter_map(|m| m.subject)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn client_secret_tokens_send_a_draft_and_are_refreshed_before_expiry() {
    bounded(async {
        // 302 s of life and the provider's 5-minute margin: the token is
        // fresh for about 2 s, then replaced.
        let authority = authority(302).await;
        let mock = start().await;
        let provider = AzureCredential::new(credential(&authority, SECRET));
        let client = graph_client(&mock, provider);

        // Eight concurrent requests, one token request.
        let reads: Vec<_> = (0..8)
            .map(|_| {
                let client = client.clone();
                tokio::spawn(async move {
                    v1::ListMessages::user_folder()
                        .user_id(ADELE)
                        .folder_id("inbox")
                        .send(&client)
                        .await
                })
            })
            .collect();
        for read in reads {
            assert_eq!(read.await.unwrap().unwrap().status, StatusCode::OK);
        }
        assert_eq!(authority.log.token_requests.load(Ordering::SeqCst), 1);
        assert_eq!(
            *authority.log.scopes.lock().unwrap(),
            vec!["https://graph.microsoft.com/.default"]
        );

        // The draft is sent with the cached token: 202, and it is in Sent Items.
        let sent = v1::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-1")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(sent.status, StatusCode::ACCEPTED);
        assert_eq!(sent_subjects(&mock).len(), 1);
        assert_eq!(authority.log.token_requests.load(Ordering::SeqCst), 1);

        // Past the refresh point, the next request gets a new token, which the
        // mock accepts too.
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let read = v1::ListMessages::user_folder()
            .user_id(ADELE)
            .folder_id("sentitems")
            .send(&client)
            .await
            .unwrap();
        assert_eq!(read.body.value.len(), 1);
        assert_eq!(authority.log.token_requests.load(Ordering::SeqCst), 2);
        mock.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rejected_secret_is_a_clear_token_error_without_the_secret() {
    bounded(async {
        let authority = authority(3600).await;
        let mock = start().await;
        let wrong = "wrong-secret-Kx9~value";
        let client = graph_client(&mock, AzureCredential::new(credential(&authority, wrong)));
        let err = v1::SendMessage::user()
            .user_id(ADELE)
            .message_id("AAMkADraft-adele-1")
            .send(&client)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Token(_)), "{err:?}");
        let display = err.to_string();
        assert!(display.contains("AADSTS7000215"), "{display}");
        assert!(
            display.contains("graph.microsoft.com/.default"),
            "{display}"
        );
        // Nothing the user might print holds the secret: the message, the
        // whole source chain, and Debug.
        let mut texts = vec![display, format!("{err:?}"), format!("{err:#?}")];
        let mut source = std::error::Error::source(&err);
        while let Some(e) = source {
            texts.push(e.to_string());
            texts.push(format!("{e:?}"));
            source = e.source();
        }
        for text in &texts {
            assert!(!text.contains(wrong), "the secret leaked: {text}");
        }
        // Nothing reached Graph.
        assert!(sent_subjects(&mock).is_empty());
        assert!(authority.log.token_requests.load(Ordering::SeqCst) >= 1);
        mock.stop().await;
    })
    .await;
}
