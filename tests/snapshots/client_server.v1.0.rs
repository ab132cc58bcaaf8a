// Generated from specs/v1.0/message_send.toml and specs/v1.0/message_forward.toml, with client and server by graph-spec. Do not edit: see tests/tests/snapshot.rs.

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
        /// Builds the request and sends `POST message: send` with `client`.
        ///
        /// Succeeds with `202 Accepted` as documented (any 2xx is accepted; see `Response::status`). Throttled and unavailable responses are retried per the client's retry policy.
        ///
        /// # Errors
        ///
        /// `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; `Error::Graph` with Graph's decoded error for any other status; `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<()>,
                ::graph_runtime::client::Error,
            >,
        > + '_
        where
            V: ts::Ready<S>,
        {
            client.execute_built(self.build())
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
    /// The path parameters of a `message: send` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct SendMessageParams {
        /// `{user_id}`, percent-decoded: The id or userPrincipalName of the user whose mailbox holds the draft.
        ///
        /// On a `/me` path this is the signed-in user's id (or principal name, when the token carries no id).
        pub user_id: ::std::string::String,
        /// `{message_id}`, percent-decoded: The id of the draft message to send.
        pub message_id: ::std::string::String,
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `message: send` ([`SendMessage`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`SendMessage::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller only reaches its own mailbox.
    pub trait SendMessageHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `message: send` call by `caller`.
        ///
        /// Return `Ok` for the documented `202 Accepted` (the response body is empty), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn send_message(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: SendMessageParams,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<(), ::graph_runtime::server::GraphError>,
        > + ::core::marker::Send;
    }
    /// Mounts `message: send` on `server`, under `/v1.0` for:
    ///
    /// ```text
    /// POST /me/messages/{message_id}/send
    /// POST /users/{user_id}/messages/{message_id}/send
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: SendMessageHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                SendMessage,
                _,
                _,
                _,
            >(move |caller, mut route, _body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = SendMessageParams {
                        user_id: route.take("user_id")?,
                        message_id: route.take("message_id")?,
                        route: route.into_info(),
                    };
                    handler.send_message(caller, params).await
                }
            })
    }
}

/// message: forward
///
/// Forward a message using either JSON or MIME format.
///
/// The message is saved in the Sent Items folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/forward
/// POST /users/{id | userPrincipalName}/messages/{id}/forward
/// POST /me/mailFolders/{id}/messages/{id}/forward
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward
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
/// A `/users/{id}` path addresses that user's mailbox. A delegated caller reaches another user's mailbox only with Mail.Send.Shared.
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Authorization | `Bearer {token}` | yes | Bearer {token}. Required. |
/// | Content-Type | `application/json` | yes | Nature of the data in the body of an entity. Required. |
///
/// # Request body
///
/// | Parameter | Type | Description |
/// |:--|:--|:--|
/// | comment | string | A comment to include. Can be an empty string. |
/// | message | message | Any writeable properties to update in the reply message. |
/// | toRecipients | \[recipient\] | The list of recipients. |
///
/// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
///
/// Specify either the toRecipients parameter or the toRecipients property of the message parameter.
///
/// # Response
///
/// If successful, this method returns `202 Accepted`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-forward?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ForwardMessage;
/// The request builder of [`ForwardMessage`] and its path variants.
pub mod forward_message {
    use super::ForwardMessage;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/messages/{message_id}/forward",
            docs_template: "/me/messages/{id}/forward",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/me/messages/"),
                rt::path::PathPart::Param("message_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/forward"),
            ],
            query: &[],
        },
        rt::PathTemplate {
            variant: "user",
            template: "/users/{user_id}/messages/{message_id}/forward",
            docs_template: "/users/{id | userPrincipalName}/messages/{id}/forward",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/users/"),
                rt::path::PathPart::Param("user_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/messages/"),
                rt::path::PathPart::Param("message_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/forward"),
            ],
            query: &[],
        },
        rt::PathTemplate {
            variant: "me_folder",
            template: "/me/mailFolders/{folder_id}/messages/{message_id}/forward",
            docs_template: "/me/mailFolders/{id}/messages/{id}/forward",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/me/mailFolders/"),
                rt::path::PathPart::Param("folder_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/messages/"),
                rt::path::PathPart::Param("message_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/forward"),
            ],
            query: &[],
        },
        rt::PathTemplate {
            variant: "user_folder",
            template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/forward",
            docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/users/"),
                rt::path::PathPart::Param("user_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/mailFolders/"),
                rt::path::PathPart::Param("folder_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/messages/"),
                rt::path::PathPart::Param("message_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/forward"),
            ],
            query: &[],
        },
    ];
    impl ForwardMessage {
        /// The permissions that allow calling `message: forward`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            resource: "mailbox",
            other_users: &["Mail.Send.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/forward`. From the signed-in user's mailbox.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(3), ts::Unset)
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/forward`. From the given user's mailbox.
        pub fn user() -> Builder<User> {
            Builder(ts::Parts::new(3), ts::Unset)
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/forward`. From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> Builder<MeFolder> {
            Builder(ts::Parts::new(3), ts::Unset)
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward`. From a folder of the given user's mailbox.
        pub fn user_folder() -> Builder<UserFolder> {
            Builder(ts::Parts::new(3), ts::Unset)
        }
    }
    impl rt::Endpoint for ForwardMessage {
        type RequestBody = Body;
        type ResponseBody = ();
        const NAME: &'static str = "message: forward";
        const METHOD: rt::http::Method = rt::http::Method::POST;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[rt::ApiVersion::V1_0];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::ACCEPTED;
        const HEADERS: &'static [rt::HeaderSpec] = &[
            rt::HeaderSpec::AUTHORIZATION,
            rt::HeaderSpec::CONTENT_TYPE_JSON,
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: rt::Permissions = ForwardMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-forward?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), rt::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(rt::BodyError {
                    message: ::std::string::String::from(
                        "Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request. (`comment`, `message.body`)",
                    ),
                });
            }
            let present = [
                body.to_recipients.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.to_recipients.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present != 1 {
                return ::core::result::Result::Err(rt::BodyError {
                    message: ::std::string::String::from(
                        "Specify either the toRecipients parameter or the toRecipients property of the message parameter. (`toRecipients`, `message.toRecipients`)",
                    ),
                });
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The JSON request body of `message: forward`.
    ///
    /// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
    ///
    /// Specify either the toRecipients parameter or the toRecipients property of the message parameter.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    #[derive(::graph_runtime::__private::serde::Serialize)]
    #[serde(crate = "::graph_runtime::__private::serde", rename_all = "camelCase")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to update in the reply message.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub message: ::core::option::Option<super::models::Message>,
        /// The list of recipients.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub to_recipients: ::core::option::Option<
            ::std::vec::Vec<super::models::Recipient>,
        >,
    }
    impl<'de> ::graph_runtime::__private::serde::Deserialize<'de> for Body {
        fn deserialize<D: ::graph_runtime::__private::serde::Deserializer<'de>>(
            d: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::graph_runtime::__private::de::object(d)
        }
    }
    impl<'de> ::graph_runtime::__private::de::FromObject<'de> for Body {
        const EXPECTING: &'static str = "struct Body";
        const STRUCT: ::core::option::Option<(&'static str, &'static [&'static str])> = ::core::option::Option::Some((
            "Body",
            &["comment", "message", "toRecipients"],
        ));
        fn from_map<A: ::graph_runtime::__private::serde::de::MapAccess<'de>>(
            mut map: A,
        ) -> ::core::result::Result<Self, A::Error> {
            use ::graph_runtime::__private::de;
            let mut f0 = ::core::option::Option::None;
            let mut f1 = ::core::option::Option::None;
            let mut f2 = ::core::option::Option::None;
            while let ::core::option::Option::Some(key) = map.next_key::<de::Key<'de>>()?
            {
                match key.as_str() {
                    "comment" => de::field(&mut map, &mut f0, "comment")?,
                    "message" => de::field(&mut map, &mut f1, "message")?,
                    "toRecipients" => de::field(&mut map, &mut f2, "toRecipients")?,
                    _ => de::skip(&mut map)?,
                }
            }
            ::core::result::Result::Ok(Self {
                comment: de::optional(f0),
                message: de::optional(f1),
                to_recipients: de::optional(f2),
            })
        }
    }
    /// The request builder of [`ForwardMessage`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant and the body, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start2, B = ts::Unset>(ts::Parts<V, S>, B);
    impl<V, S, B> Builder<V, S, B> {
        /// Sets `{user_id}` (percent-encoded as a path segment): The id or userPrincipalName of the user whose mailbox holds the message.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, UserIdSlot>, B>
        where
            V: ts::Takes<UserIdSlot>,
            S: ts::Fill<UserIdSlot>,
        {
            Builder(self.0.set(0, user_id.into()), self.1)
        }
        /// Sets `{message_id}` (percent-encoded as a path segment): The id of the message.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, MessageIdSlot>, B>
        where
            V: ts::Takes<MessageIdSlot>,
            S: ts::Fill<MessageIdSlot>,
        {
            Builder(self.0.set(1, message_id.into()), self.1)
        }
        /// Sets `{folder_id}` (percent-encoded as a path segment): The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, FolderIdSlot>, B>
        where
            V: ts::Takes<FolderIdSlot>,
            S: ts::Fill<FolderIdSlot>,
        {
            Builder(self.0.set(2, folder_id.into()), self.1)
        }
        /// Sets the JSON request body of `message: forward`.
        pub fn body(self, body: Body) -> Builder<V, S, Body> {
            Builder(self.0, body)
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<ForwardMessage>
        where
            V: ts::Ready<S>,
            B: ts::HasBody<Body>,
        {
            self.0.build(V::AT, self.1.into_body())
        }
        /// Builds the request and sends `POST message: forward` with `client`.
        ///
        /// Succeeds with `202 Accepted` as documented (any 2xx is accepted; see `Response::status`). Throttled and unavailable responses are retried per the client's retry policy.
        ///
        /// # Errors
        ///
        /// `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; `Error::Graph` with Graph's decoded error for any other status; `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<()>,
                ::graph_runtime::client::Error,
            >,
        > + '_
        where
            V: ts::Ready<S>,
            B: ts::HasBody<Body>,
        {
            client.execute_built(self.build())
        }
    }
    /// The path variant `POST /me/messages/{id}/forward`, started by [`ForwardMessage::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    impl ts::Takes<MessageIdSlot> for Me {}
    #[doc(hidden)]
    impl<S: HasMessageId> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[1]);
    }
    /// The path variant `POST /users/{id | userPrincipalName}/messages/{id}/forward`, started by [`ForwardMessage::user`].
    #[derive(Debug, Clone, Copy)]
    pub enum User {}
    impl ts::Takes<UserIdSlot> for User {}
    impl ts::Takes<MessageIdSlot> for User {}
    #[doc(hidden)]
    impl<S: HasUserId + HasMessageId> ts::Ready<S> for User {
        const AT: ts::At = ts::At(&PATHS[1], &[0, 1]);
    }
    /// The path variant `POST /me/mailFolders/{id}/messages/{id}/forward`, started by [`ForwardMessage::me_folder`].
    #[derive(Debug, Clone, Copy)]
    pub enum MeFolder {}
    impl ts::Takes<FolderIdSlot> for MeFolder {}
    impl ts::Takes<MessageIdSlot> for MeFolder {}
    #[doc(hidden)]
    impl<S: HasFolderId + HasMessageId> ts::Ready<S> for MeFolder {
        const AT: ts::At = ts::At(&PATHS[2], &[2, 1]);
    }
    /// The path variant `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward`, started by [`ForwardMessage::user_folder`].
    #[derive(Debug, Clone, Copy)]
    pub enum UserFolder {}
    impl ts::Takes<UserIdSlot> for UserFolder {}
    impl ts::Takes<FolderIdSlot> for UserFolder {}
    impl ts::Takes<MessageIdSlot> for UserFolder {}
    #[doc(hidden)]
    impl<S: HasUserId + HasFolderId + HasMessageId> ts::Ready<S> for UserFolder {
        const AT: ts::At = ts::At(&PATHS[3], &[0, 2, 1]);
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: forward` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId {}
    #[doc(hidden)]
    impl<A0, A1> HasUserId for ts::Node<ts::Node<ts::Set, A0>, A1> {}
    /// Where `user_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type UserIdSlot = ts::L<ts::L<ts::Here>>;
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: forward` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId {}
    #[doc(hidden)]
    impl<A0, A1> HasMessageId for ts::Node<ts::Node<A0, ts::Set>, A1> {}
    /// Where `message_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type MessageIdSlot = ts::L<ts::R<ts::Here>>;
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: forward` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId {}
    #[doc(hidden)]
    impl<A0, A1> HasFolderId for ts::Node<A1, ts::Node<ts::Set, A0>> {}
    /// Where `folder_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type FolderIdSlot = ts::R<ts::L<ts::Here>>;
    /// The path parameters of a `message: forward` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ForwardMessageParams {
        /// `{user_id}`, percent-decoded: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// On a `/me` path this is the signed-in user's id (or principal name, when the token carries no id).
        pub user_id: ::std::string::String,
        /// `{message_id}`, percent-decoded: The id of the message.
        pub message_id: ::std::string::String,
        /// `{folder_id}`, percent-decoded: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// `None` on path variants without this parameter.
        pub folder_id: ::core::option::Option<::std::string::String>,
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `message: forward` ([`ForwardMessage`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`ForwardMessage::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller reaches another user's mailbox only with one of `PERMISSIONS.other_users`.
    pub trait ForwardMessageHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `message: forward` call by `caller`. `body` is the decoded JSON request body: it is JSON of the right shape and obeys the endpoint's body rules (`validate_body`).
        ///
        /// Return `Ok` for the documented `202 Accepted` (the response body is empty), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn forward_message(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: ForwardMessageParams,
            body: Body,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<(), ::graph_runtime::server::GraphError>,
        > + ::core::marker::Send;
    }
    /// Mounts `message: forward` on `server`, under `/v1.0` for:
    ///
    /// ```text
    /// POST /me/messages/{message_id}/forward
    /// POST /users/{user_id}/messages/{message_id}/forward
    /// POST /me/mailFolders/{folder_id}/messages/{message_id}/forward
    /// POST /users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/forward
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: ForwardMessageHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                ForwardMessage,
                _,
                _,
                _,
            >(move |caller, mut route, body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = ForwardMessageParams {
                        user_id: route.take("user_id")?,
                        message_id: route.take("message_id")?,
                        folder_id: route.take_optional("folder_id"),
                        route: route.into_info(),
                    };
                    handler.forward_message(caller, params, body).await
                }
            })
    }
}
