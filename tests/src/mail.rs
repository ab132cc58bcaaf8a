//! The mail action family (Graph v1.0 and beta) through the attribute macros:
//! shared models once, then every endpoint referring to them.

use graph_macros::{graph_endpoint, graph_models};

/// Graph v1.0 mail endpoints.
pub mod v1 {
    use super::{graph_endpoint, graph_models};

    /// Shared mail models.
    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    #[graph_endpoint("../specs/v1.0/user_send_mail.toml", client, server)]
    pub struct SendMail;
    #[graph_endpoint("../specs/v1.0/message_reply.toml", client, server)]
    pub struct ReplyToMessage;
    #[graph_endpoint("../specs/v1.0/message_replyall.toml", client, server)]
    pub struct ReplyAllToMessage;
    #[graph_endpoint("../specs/v1.0/message_forward.toml", client, server)]
    pub struct ForwardMessage;
    #[graph_endpoint("../specs/v1.0/message_createreply.toml", client, server)]
    pub struct CreateReply;
    #[graph_endpoint("../specs/v1.0/message_createreplyall.toml", client, server)]
    pub struct CreateReplyAll;
    #[graph_endpoint("../specs/v1.0/message_createforward.toml", client, server)]
    pub struct CreateForward;
    #[graph_endpoint("../specs/v1.0/message_move.toml", client, server)]
    pub struct MoveMessage;
    #[graph_endpoint("../specs/v1.0/message_copy.toml", client, server)]
    pub struct CopyMessage;
    #[graph_endpoint("../specs/v1.0/user_create_message.toml", client, server)]
    pub struct CreateMessage;
    #[graph_endpoint("../specs/v1.0/message_get.toml", client, server)]
    pub struct GetMessage;
    #[graph_endpoint("../specs/v1.0/mailfolder_list_messages.toml", client, server)]
    pub struct ListMessages;
}

/// Graph beta mail endpoints.
pub mod beta {
    use super::{graph_endpoint, graph_models};

    /// Shared mail models.
    #[graph_models("../specs/models/mail.toml")]
    pub mod models {}

    #[graph_endpoint("../specs/beta/user_send_mail.toml", client, server)]
    pub struct SendMail;
    #[graph_endpoint("../specs/beta/message_reply.toml", client, server)]
    pub struct ReplyToMessage;
    #[graph_endpoint("../specs/beta/message_replyall.toml", client, server)]
    pub struct ReplyAllToMessage;
    #[graph_endpoint("../specs/beta/message_forward.toml", client, server)]
    pub struct ForwardMessage;
    #[graph_endpoint("../specs/beta/message_createreply.toml", client, server)]
    pub struct CreateReply;
    #[graph_endpoint("../specs/beta/message_createreplyall.toml", client, server)]
    pub struct CreateReplyAll;
    #[graph_endpoint("../specs/beta/message_createforward.toml", client, server)]
    pub struct CreateForward;
    #[graph_endpoint("../specs/beta/message_move.toml", client, server)]
    pub struct MoveMessage;
    #[graph_endpoint("../specs/beta/message_copy.toml", client, server)]
    pub struct CopyMessage;
    #[graph_endpoint("../specs/beta/user_create_message.toml", client, server)]
    pub struct CreateMessage;
    #[graph_endpoint("../specs/beta/message_get.toml", client, server)]
    pub struct GetMessage;
    #[graph_endpoint("../specs/beta/mailfolder_list_messages.toml", client, server)]
    pub struct ListMessages;
}
