//! A mock Microsoft Graph mail server, built only from the server stubs that
//! `#[graph_endpoint(..., server)]` generates for the bundled specs.
//!
//! It serves the mail family under `/v1.0` and `/beta`, every path variant
//! (`/me/...`, `/users/{id | userPrincipalName}/...`, and the
//! `/mailFolders/{id}/...` forms): `send` (a draft to Sent Items),
//! `sendMail`, `reply`, `replyAll`, `forward` (202, a message in Sent
//! Items), `createReply`, `createReplyAll`, `createForward` and create
//! message (201 and a draft), `move` and `copy` (201 and the message in its
//! new folder), get message, and list a folder's messages (`$top`, `$skip`,
//! `$select`, `@odata.nextLink`), and large attachments: an upload session
//! for a message (`createUploadSession`) whose pre-authenticated URL takes
//! the file in ranges as Outlook's does, a message's attachments listed, and
//! one attachment's properties and raw contents (`$value`); and delta rounds
//! over a folder's messages (`messages/delta`).
//! Folders may be named by id or by the well-known names `inbox`, `drafts`,
//! `sentitems` and `deleteditems`.
//!
//! Token validation, permission checks, body decoding and body rules, and
//! Graph-shaped errors come from `graph_runtime::server`; this crate only
//! supplies the mailboxes.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let mut config = graph_mock::Config::demo()?;
//! config.address = "127.0.0.1:0".parse()?;
//! let mock = graph_mock::start(config).await?;
//! println!("{}", mock.base_url());
//! mock.stop().await;
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod config;
mod delta_token;
mod folder_index;
mod handler;
pub mod store;
mod upload_route;

use std::net::SocketAddr;
use std::sync::Arc;

use graph_runtime::server::GraphServer;
use graph_runtime::server::axum::Router;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::{Config, ConfigError};
pub use store::{Folder, MailStore, Message, StoreError, User};

/// The endpoints the mock serves, generated from the bundled specs: server
/// stubs only, with one set of mail models shared by both versions. Each
/// version module is every spec of its directory, with a `Handlers` trait
/// and `mount_all`: a spec without a handler does not compile.
pub mod endpoints {
    use graph_macros::{graph_endpoints, graph_models};

    /// The shared mail models (`message`, `recipient`, ...).
    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    /// Graph v1.0.
    #[graph_endpoints("../specs/v1.0", server, models = crate::endpoints::models)]
    pub mod v1 {}

    /// Graph beta.
    #[graph_endpoints("../specs/beta", server, models = crate::endpoints::models)]
    pub mod beta {}
}

/// The mock's server over `store`: callers checked by `config`'s tokens,
/// `/users/{id | userPrincipalName}` resolved by the store's users in
/// `config`'s tenant, and `config`'s limits and public base URL.
///
/// # Errors
///
/// When the configured tokens or JWT keys are unusable.
pub fn server(config: &Config, store: Arc<MailStore>) -> Result<GraphServer, ConfigError> {
    let validator = config.validator(&store)?;
    let directory = store::Directory::new(Arc::clone(&store), config.tenant_id.clone());
    let uploads = upload_route::routes(Arc::clone(&store));
    let handler = Arc::new(handler::MailHandler::new(store));
    let mut server = GraphServer::new(validator)
        .with_extra_routes(uploads)
        .with_body_limit(config.body_limit)
        .with_user_directory(directory)
        .with_limits(config.limits.into());
    if let Some(url) = &config.public_base_url {
        server = server.with_public_base_url(url.clone());
    }
    let mounted = endpoints::v1::mount_all(server, Arc::clone(&handler))
        .and_then(|server| endpoints::beta::mount_all(server, handler));
    mounted.map_err(|e| ConfigError(e.to_string()))
}

/// The mock's axum router (see [`server`]), for serving it yourself; links
/// then use the configured public base URL, else `http://localhost`.
///
/// # Errors
///
/// When the configured tokens or JWT keys are unusable.
pub fn router(config: &Config, store: Arc<MailStore>) -> Result<Router, ConfigError> {
    Ok(server(config, store)?.into_router())
}

/// Why the mock could not start.
#[derive(Debug)]
pub enum StartError {
    /// The configuration is unusable.
    Config(ConfigError),
    /// The address could not be bound.
    Bind(std::io::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Config(e) => write!(f, "{e}"),
            StartError::Bind(e) => write!(f, "cannot listen: {e}"),
        }
    }
}

impl std::error::Error for StartError {}

impl From<ConfigError> for StartError {
    fn from(e: ConfigError) -> Self {
        StartError::Config(e)
    }
}

/// A mock server running in the background.
#[derive(Debug)]
pub struct RunningMock {
    addr: SocketAddr,
    store: Arc<MailStore>,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl RunningMock {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR`, the Graph root; append `/v1.0` or `/beta`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The mailboxes, to seed and inspect in tests.
    pub fn store(&self) -> &Arc<MailStore> {
        &self.store
    }

    /// Stops accepting connections and waits for open requests to finish.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }

    /// Runs until the server fails (it does not stop by itself).
    ///
    /// # Errors
    ///
    /// The server's I/O error.
    pub async fn wait(mut self) -> std::io::Result<()> {
        match (&mut self.task).await {
            Ok(result) => result,
            Err(e) => Err(std::io::Error::other(e)),
        }
    }
}

impl Drop for RunningMock {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Starts the mock on `config.address` with `config`'s users and tokens.
///
/// # Errors
///
/// When the configuration is unusable or the address cannot be bound.
pub async fn start(config: Config) -> Result<RunningMock, StartError> {
    let store = Arc::new(config.store()?);
    let app = server(&config, Arc::clone(&store))?;
    let listener = TcpListener::bind(config.address)
        .await
        .map_err(StartError::Bind)?;
    let addr = listener.local_addr().map_err(StartError::Bind)?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        app.serve_with_shutdown(listener, async move {
            let _ = rx.await;
        })
        .await
    });
    Ok(RunningMock {
        addr,
        store,
        shutdown: Some(tx),
        task,
    })
}
