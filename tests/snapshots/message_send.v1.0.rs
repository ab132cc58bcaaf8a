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
/// The request builder of [`SendMessage`] and its path variants.
pub mod send_message {
    use super::SendMessage;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/messages/{message_id}/send",
            docs_template: "/me/messages/{id}/send",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/me/messages/"),
                rt::path::PathPart::Param("message_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/send"),
            ],
            query: &[],
        },
        rt::PathTemplate {
            variant: "user",
            template: "/users/{user_id}/messages/{message_id}/send",
            docs_template: "/users/{id | userPrincipalName}/messages/{id}/send",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/users/"),
                rt::path::PathPart::Param("user_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/messages/"),
                rt::path::PathPart::Param("message_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/send"),
            ],
            query: &[],
        },
    ];
    impl SendMessage {
        /// The permissions that allow calling `message: send`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            resource: "mailbox",
            other_users: &[],
        };
        /// Starts a request on `POST /me/messages/{id}/send`. Send a draft from the signed-in user's mailbox.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(2))
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/send`. Send a draft from the mailbox of the given user.
        pub fn user() -> Builder<User> {
            Builder(ts::Parts::new(2))
        }
    }
    impl rt::Endpoint for SendMessage {
        type RequestBody = ();
        type ResponseBody = ();
        const NAME: &'static str = "message: send";
        const METHOD: rt::http::Method = rt::http::Method::POST;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[rt::ApiVersion::V1_0];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::ACCEPTED;
        const HEADERS: &'static [rt::HeaderSpec] = &[
            rt::HeaderSpec::AUTHORIZATION,
            rt::HeaderSpec {
                name: "Content-Length",
                value: "0",
                required: true,
                description: "0. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: rt::Permissions = SendMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-send?view=graph-rest-1.0";
    }
    /// The request builder of [`SendMessage`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start1>(ts::Parts<V, S>);
    impl<V, S> Builder<V, S> {
        /// Sets `{user_id}` (percent-encoded as a path segment): The id or userPrincipalName of the user whose mailbox holds the draft.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, UserIdSlot>>
        where
            V: ts::Takes<UserIdSlot>,
            S: ts::Fill<UserIdSlot>,
        {
            Builder(self.0.set(0, user_id.into()))
        }
        /// Sets `{message_id}` (percent-encoded as a path segment): The id of the draft message to send.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, MessageIdSlot>>
        where
            V: ts::Takes<MessageIdSlot>,
            S: ts::Fill<MessageIdSlot>,
        {
            Builder(self.0.set(1, message_id.into()))
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<SendMessage>
        where
            V: ts::Ready<S>,
        {
            self.0.build(V::AT, ())
        }
    }
    /// The path variant `POST /me/messages/{id}/send`, started by [`SendMessage::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    impl ts::Takes<MessageIdSlot> for Me {}
    #[doc(hidden)]
    impl<S: HasMessageId> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[1]);
    }
    /// The path variant `POST /users/{id | userPrincipalName}/messages/{id}/send`, started by [`SendMessage::user`].
    #[derive(Debug, Clone, Copy)]
    pub enum User {}
    impl ts::Takes<UserIdSlot> for User {}
    impl ts::Takes<MessageIdSlot> for User {}
    #[doc(hidden)]
    impl<S: HasUserId + HasMessageId> ts::Ready<S> for User {
        const AT: ts::At = ts::At(&PATHS[1], &[0, 1]);
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: send` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId {}
    #[doc(hidden)]
    impl<A0> HasUserId for ts::Node<ts::Set, A0> {}
    /// Where `user_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type UserIdSlot = ts::L<ts::Here>;
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: send` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId {}
    #[doc(hidden)]
    impl<A0> HasMessageId for ts::Node<A0, ts::Set> {}
    /// Where `message_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type MessageIdSlot = ts::R<ts::Here>;
}
