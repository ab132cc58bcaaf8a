//! The mailbox behind the generated handler traits.

use std::future::{Future, Ready, ready};
use std::sync::Arc;

use graph_runtime::server::{Caller, GraphError};

use crate::endpoints::{beta, v1};
use crate::store::{MailStore, SendError};

/// Serves `message: send` for v1.0 and beta from one [`MailStore`].
pub(crate) struct MailHandler {
    store: Arc<MailStore>,
}

impl MailHandler {
    pub(crate) fn new(store: Arc<MailStore>) -> Self {
        MailHandler { store }
    }

    fn send(&self, user: &str, message_id: &str) -> Ready<Result<(), GraphError>> {
        ready(
            self.store
                .send(user, message_id)
                .map(drop)
                .map_err(|e| match e {
                    SendError::UnknownUser(u) => GraphError::new(
                        graph_runtime::http::StatusCode::NOT_FOUND,
                        "ErrorInvalidUser",
                        format!("The requested user '{u}' is invalid."),
                    ),
                    SendError::NoSuchDraft(_) => GraphError::item_not_found(
                        "The specified object was not found in the store.",
                    ),
                }),
        )
    }
}

impl v1::send_message::SendMessageHandler for MailHandler {
    fn send_message(
        &self,
        _caller: Caller,
        params: v1::send_message::SendMessageParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        self.send(&params.user_id, &params.message_id)
    }
}

impl beta::send_message::SendMessageHandler for MailHandler {
    fn send_message(
        &self,
        _caller: Caller,
        params: beta::send_message::SendMessageParams,
    ) -> impl Future<Output = Result<(), GraphError>> + Send {
        self.send(&params.user_id, &params.message_id)
    }
}
