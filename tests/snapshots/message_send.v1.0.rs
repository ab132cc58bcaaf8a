// Generated from specs/v1.0/message_send.toml by graph-spec. Do not edit: see tests/tests/snapshot.rs.

/// message: send
///
/// Send a message in the draft folder.
///
/// The draft message can be a new message draft, reply draft, reply-all draft, or a forward draft. The message is then saved in the Sent Items folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/send
/// POST /users/{id | userPrincipalName}/messages/{id}/send
/// ```
///
/// API versions: `v1.0`.
///
/// # Permissions
///
/// One of the following permissions is required to call this API.
///
/// | Permission type | Permissions (from least to most privileged) |
/// |:--|:--|
/// | Delegated (work or school account) | Mail.Send |
/// | Delegated (personal Microsoft account) | Mail.Send |
/// | Application | Mail.Send |
///
/// A `/users/{id}` path addresses that user's mailbox. A delegated caller reaches only their own.
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Authorization | `Bearer {token}` | yes | Bearer {token}. Required. |
/// | Content-Length | `0` | yes | 0. Required. |
///
/// # Response
///
/// If successful, this method returns `202 Accepted`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-send?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SendMessage;
/// Request builders for [`SendMessage`], one per path variant.
pub mod send_message {
    use super::SendMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/send",
        docs_template: "/me/messages/{id}/send",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/send",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/send",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    impl SendMessage {
        /// The permissions that allow calling `message: send`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.Send |
        /// | Delegated (personal Microsoft account) | Mail.Send |
        /// | Application | Mail.Send |
        ///
        /// A `/users/{id}` path addresses that user's mailbox. A delegated caller reaches only their own.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            resource: "mailbox",
            other_users: &[],
        };
        /// Starts a request on `POST /me/messages/{id}/send`.
        ///
        /// Send a draft from the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/send`.
        ///
        /// Send a draft from the mailbox of the given user.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for SendMessage {
        type RequestBody = ();
        type ResponseBody = ();
        const NAME: &'static str = "message: send";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[ME_PATH, USER_PATH];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::ACCEPTED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Length",
                value: "0",
                required: true,
                description: "0. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: ::graph_runtime::Permissions = SendMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-send?view=graph-rest-1.0";
    }
    /// Builder for `POST /me/messages/{id}/send`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<MessageId = ::graph_runtime::Unset> {
        message_id: MessageId,
    }
    impl<MessageId> Me<MessageId> {
        /// Sets `{message_id}`: The id of the draft message to send.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String> {
            Me {
                message_id: message_id.into(),
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/send` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<SendMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
        {
            let mut path = ::std::string::String::with_capacity(62usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/send");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    (),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/send`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
    }
    impl<UserId, MessageId> User<UserId, MessageId> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the draft.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
            }
        }
        /// Sets `{message_id}`: The id of the draft message to send.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/send` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<SendMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
        {
            let mut path = ::std::string::String::with_capacity(75usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/send");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    (),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: send` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: send` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
}
