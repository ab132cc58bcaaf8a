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
//! `$select`, `@odata.nextLink`). Folders may be named by id or by the
//! well-known names `inbox`, `drafts`, `sentitems` and `deleteditems`.
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
mod handler;
pub mod store;

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
/// stubs only, with one set of mail models shared by both versions.
pub mod endpoints {
    use graph_macros::graph_models;

    /// The shared mail models (`message`, `recipient`, ...).
    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    /// Graph v1.0.
    pub mod v1 {
        use graph_macros::graph_endpoint;

        #[graph_endpoint("../specs/v1.0/message_send.toml", server)]
        pub struct SendMessage;
        #[graph_endpoint("../specs/v1.0/user_send_mail.toml", server, models = crate::endpoints::models)]
        pub struct SendMail;
        #[graph_endpoint("../specs/v1.0/message_reply.toml", server, models = crate::endpoints::models)]
        pub struct ReplyToMessage;
        #[graph_endpoint("../specs/v1.0/message_replyall.toml", server, models = crate::endpoints::models)]
        pub struct ReplyAllToMessage;
        #[graph_endpoint("../specs/v1.0/message_forward.toml", server, models = crate::endpoints::models)]
        pub struct ForwardMessage;
        #[graph_endpoint("../specs/v1.0/message_createreply.toml", server, models = crate::endpoints::models)]
        pub struct CreateReply;
        #[graph_endpoint("../specs/v1.0/message_createreplyall.toml", server, models = crate::endpoints::models)]
        pub struct CreateReplyAll;
        #[graph_endpoint("../specs/v1.0/message_createforward.toml", server, models = crate::endpoints::models)]
        pub struct CreateForward;
        #[graph_endpoint("../specs/v1.0/message_move.toml", server, models = crate::endpoints::models)]
        pub struct MoveMessage;
        #[graph_endpoint("../specs/v1.0/message_copy.toml", server, models = crate::endpoints::models)]
        pub struct CopyMessage;
        #[graph_endpoint("../specs/v1.0/user_create_message.toml", server, models = crate::endpoints::models)]
        pub struct CreateMessage;
        #[graph_endpoint("../specs/v1.0/message_get.toml", server, models = crate::endpoints::models)]
        pub struct GetMessage;
        #[graph_endpoint("../specs/v1.0/mailfolder_list_messages.toml", server, models = crate::endpoints::models)]
        pub struct ListMessages;
    }

    /// Graph beta.
    pub mod beta {
        use graph_macros::graph_endpoint;

        #[graph_endpoint("../specs/beta/message_send.toml", server)]
        pub struct SendMessage;
        #[graph_endpoint("../specs/beta/user_send_mail.toml", server, models = crate::endpoints::models)]
        pub struct SendMail;
        #[graph_endpoint("../specs/beta/message_reply.toml", server, models = crate::endpoints::models)]
        pub struct ReplyToMessage;
        #[graph_endpoint("../specs/beta/message_replyall.toml", server, models = crate::endpoints::models)]
        pub struct ReplyAllToMessage;
        #[graph_endpoint("../specs/beta/message_forward.toml", server, models = crate::endpoints::models)]
        pub struct ForwardMessage;
        #[graph_endpoint("../specs/beta/message_createreply.toml", server, models = crate::endpoints::models)]
        pub struct CreateReply;
        #[graph_endpoint("../specs/beta/message_createreplyall.toml", server, models = crate::endpoints::models)]
        pub struct CreateReplyAll;
        #[graph_endpoint("../specs/beta/message_createforward.toml", server, models = crate::endpoints::models)]
        pub struct CreateForward;
        #[graph_endpoint("../specs/beta/message_move.toml", server, models = crate::endpoints::models)]
        pub struct MoveMessage;
        #[graph_endpoint("../specs/beta/message_copy.toml", server, models = crate::endpoints::models)]
        pub struct CopyMessage;
        #[graph_endpoint("../specs/beta/user_create_message.toml", server, models = crate::endpoints::models)]
        pub struct CreateMessage;
        #[graph_endpoint("../specs/beta/message_get.toml", server, models = crate::endpoints::models)]
        pub struct GetMessage;
        #[graph_endpoint("../specs/beta/mailfolder_list_messages.toml", server, models = crate::endpoints::models)]
        pub struct ListMessages;
    }
}

/// The mock's router over `store`, with callers checked by `config`'s tokens.
///
/// # Errors
///
/// When the configured tokens or JWT keys are unusable.
pub fn router(config: &Config, store: Arc<MailStore>) -> Result<Router, ConfigError> {
    let validator = config.validator(&store)?;
    let handler = Arc::new(handler::MailHandler::new(store));
    let server = GraphServer::new(validator).with_body_limit(config.body_limit);
    let server = handler::mount_v1(server, &handler);
    let server = handler::mount_beta(server, &handler);
    Ok(server.into_router())
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
    let app = router(&config, Arc::clone(&store))?;
    let listener = TcpListener::bind(config.address)
        .await
        .map_err(StartError::Bind)?;
    let addr = listener.local_addr().map_err(StartError::Bind)?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        graph_runtime::server::axum::serve(listener, app)
            .with_graceful_shutdown(async move {
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
