//! The generated client's TLS: server certificates are verified against the
//! operating system's roots (rustls-platform-verifier, graph-runtime's default).
//! Real HTTPS on 127.0.0.1 with a test CA (`tests/fixtures/tls_test_*.pem`, a
//! certificate for `localhost` and `127.0.0.1`):
//!
//! - the CA unknown to the system: the connection is refused;
//! - the CA trusted through `SSL_CERT_FILE` (which the verifier reads on
//!   Linux, as OpenSSL does): the draft is sent;
//! - the same CA, a host the certificate does not name (`127.0.0.2`): refused.
//!
//! The client's crypto provider is the one graph-runtime's features give:
//! the workspace's test run has the default, aws-lc-rs; `cargo test -p
//! graph-runtime --features client-core,rustls-ring,macros --test client_tls`
//! (as `.ci/run` does) tests the ring opt-in. The server side uses aws-lc-rs.
//!
//! One test in its own binary: it sets `SSL_CERT_FILE` for the process.
#![cfg(all(target_os = "linux", feature = "client-core", feature = "macros"))]

use std::error::Error as _;
use std::sync::Arc;
use std::time::Duration;

use graph_runtime::client::{Client, Error, RetryPolicy, StaticToken};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

#[graph_runtime::graph_endpoint("../specs/v1.0/message_send.toml", client)]
pub struct SendMessage;

const TLS_CERT: &str = include_str!("fixtures/tls_test_server.pem");
const TLS_KEY: &str = include_str!("fixtures/tls_test_server_key.pem");
const LIMIT: Duration = Duration::from_secs(10);

/// An HTTPS server on `ip` answering every request 202 with the test
/// certificate; stops when the returned task is aborted.
async fn https_server(ip: &str) -> (String, tokio::task::JoinHandle<()>) {
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
    let listener = TcpListener::bind(format!("{ip}:0")).await.unwrap();
    let root = format!("https://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(tokio::time::timeout(LIMIT, async move {
                let Ok(mut stream) = acceptor.accept(tcp).await else {
                    return;
                };
                // The send is bodiless: the request ends with its headers.
                let mut head = Vec::new();
                let mut chunk = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&chunk[..n]),
                    }
                }
                let _ = stream
                    .write_all(
                        b"HTTP/1.1 202 Accepted\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                    )
                    .await;
                let _ = stream.shutdown().await;
            }));
        }
    });
    (root, task)
}

/// Sends one draft to `root` with a fresh default client.
async fn send(root: &str) -> Result<u16, Error> {
    let client = Client::builder(StaticToken::new("t".to_owned()))
        .root(root)
        .retry(RetryPolicy::none())
        .no_proxy()
        .timeout(LIMIT)
        .build()?;
    let sent = SendMessage::user()
        .user_id("adele@contoso.com")
        .message_id("AAMkAGI2TG93AAA=")
        .send(&client)
        .await?;
    Ok(sent.status.as_u16())
}

/// The error and its sources, as one text.
fn chain(e: &Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[test]
fn server_certificates_are_verified() {
    let ca =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls_test_ca.pem");
    // Before any other thread exists: the system's roots, without the test CA.
    // SAFETY: single-threaded here (the runtime is built below); nothing
    // else reads the environment concurrently.
    unsafe { std::env::remove_var("SSL_CERT_DIR") };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (root, server) = https_server("127.0.0.1").await;
        let refused = send(&root)
            .await
            .expect_err("an unknown CA must be refused");
        let text = chain(&refused);
        assert!(matches!(refused, Error::Transport(_)), "{text}");
        assert!(text.contains("certificate"), "{text}");
        server.abort();
    });
    // SAFETY: as above; the runtime's only thread is this one, and it is idle.
    unsafe { std::env::set_var("SSL_CERT_FILE", &ca) };
    runtime.block_on(async {
        let (root, server) = https_server("127.0.0.1").await;
        assert_eq!(send(&root).await.map_err(|e| chain(&e)), Ok(202));
        server.abort();

        let (other, server) = https_server("127.0.0.2").await;
        let refused = send(&other)
            .await
            .expect_err("a certificate for another host must be refused");
        let text = chain(&refused);
        assert!(text.contains("certificate"), "{text}");
        server.abort();
    });
}
