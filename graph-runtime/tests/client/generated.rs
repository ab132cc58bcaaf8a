//! The endpoints the client tests send: message send, and the mail action
//! family with its shared models, through the attribute macros (client only).

/// Graph v1.0's `message: send`.
pub mod v1 {
    #[graph_macros::graph_endpoint("../specs/v1.0/message_send.toml", client)]
    pub struct SendMessage;
}

/// Graph beta's `message: send`.
pub mod beta {
    #[graph_macros::graph_endpoint(spec = "../specs/beta/message_send.toml", client)]
    pub struct SendMessage;
}

/// The mail action family, v1.0 and beta.
pub mod mail {
    use graph_macros::{graph_endpoint, graph_models};

    /// Graph v1.0 mail endpoints.
    pub mod v1 {
        use super::{graph_endpoint, graph_models};

        /// Shared mail models.
        #[graph_models("../specs/models/mail.toml")]
        pub mod models {}

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

    /// Graph beta mail endpoints.
    pub mod beta {
        use super::{graph_endpoint, graph_models};

        /// Shared mail models.
        #[graph_models("../specs/models/mail.toml")]
        pub mod models {}

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
}
