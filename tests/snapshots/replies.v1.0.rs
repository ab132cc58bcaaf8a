// Generated from graph-mock/tests/fixtures/replies/driveitem_get.toml and driveitem_copy.toml, with client and server by graph-spec. Do not edit: see tests/tests/snapshot.rs.

/// driveItem: get
///
/// Retrieve the metadata for a driveItem in a drive by file system path or ID.
///
/// # HTTP request
///
/// ```text
/// GET /me/drive/items/{item-id}
/// GET /users/{user-id}/drive/items/{item-id}
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
/// | Delegated (work or school account) | Files.Read, Files.ReadWrite, Files.Read.All, Files.ReadWrite.All |
/// | Delegated (personal Microsoft account) | Files.Read, Files.ReadWrite, Files.Read.All, Files.ReadWrite.All |
/// | Application | Files.Read.All, Files.ReadWrite.All |
///
/// A `/users/{id}` path addresses that user's drive. A delegated caller reaches another user's drive only with Files.Read.All or Files.ReadWrite.All.
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Authorization | `Bearer {token}` | yes | Bearer {token}. Required. |
/// | if-none-match | `{eTag}` | no | If the eTag (or cTag) provided matches the current tag on the file, an HTTP 304 Not Modified response is returned. |
///
/// # Response
///
/// If successful, this method returns `200 OK`. The response body is a `driveItem` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/driveitem-get?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetDriveItem;
/// The request builder of [`GetDriveItem`] and its path variants.
pub mod get_drive_item {
    use super::GetDriveItem;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/drive/items/{item_id}",
            docs_template: "/me/drive/items/{item-id}",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/me/drive/items/"),
                rt::path::PathPart::Param("item_id", rt::path::Place::Segment),
            ],
            query: &[],
        },
        rt::PathTemplate {
            variant: "user",
            template: "/users/{user_id}/drive/items/{item_id}",
            docs_template: "/users/{user-id}/drive/items/{item-id}",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/users/"),
                rt::path::PathPart::Param("user_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/drive/items/"),
                rt::path::PathPart::Param("item_id", rt::path::Place::Segment),
            ],
            query: &[],
        },
    ];
    impl GetDriveItem {
        /// The permissions that allow calling `driveItem: get`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(
                &[
                    "Files.Read",
                    "Files.ReadWrite",
                    "Files.Read.All",
                    "Files.ReadWrite.All",
                ],
            ),
            delegated_personal: ::core::option::Option::Some(
                &[
                    "Files.Read",
                    "Files.ReadWrite",
                    "Files.Read.All",
                    "Files.ReadWrite.All",
                ],
            ),
            application: ::core::option::Option::Some(
                &["Files.Read.All", "Files.ReadWrite.All"],
            ),
            resource: "drive",
            other_users: &["Files.Read.All", "Files.ReadWrite.All"],
        };
        /// Starts a request on `GET /me/drive/items/{item-id}`.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(2))
        }
        /// Starts a request on `GET /users/{user-id}/drive/items/{item-id}`.
        pub fn user() -> Builder<User> {
            Builder(ts::Parts::new(2))
        }
    }
    impl rt::Endpoint for GetDriveItem {
        type RequestBody = ();
        type ResponseBody = Reply;
        const NAME: &'static str = "driveItem: get";
        const METHOD: rt::http::Method = rt::http::Method::GET;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[rt::ApiVersion::V1_0];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::OK;
        const HEADERS: &'static [rt::HeaderSpec] = &[
            rt::HeaderSpec::AUTHORIZATION,
            rt::HeaderSpec {
                name: "if-none-match",
                value: "{eTag}",
                required: false,
                description: "If the eTag (or cTag) provided matches the current tag on the file, an HTTP 304 Not Modified response is returned.",
            },
        ];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: rt::Permissions = GetDriveItem::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/driveitem-get?view=graph-rest-1.0";
    }
    /// The request builder of [`GetDriveItem`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start1>(ts::Parts<V, S>);
    impl<V, S> Builder<V, S> {
        /// Sets `{user_id}` (percent-encoded as a path segment): The id or userPrincipalName of the user whose drive holds the item.
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
        /// Sets `{item_id}` (percent-encoded as a path segment): The id of the driveItem.
        pub fn item_id(
            self,
            item_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, ItemIdSlot>>
        where
            V: ts::Takes<ItemIdSlot>,
            S: ts::Fill<ItemIdSlot>,
        {
            Builder(self.0.set(1, item_id.into()))
        }
        /// Sets the optional `if-none-match` header, documented as `{eTag}`: If the eTag (or cTag) provided matches the current tag on the file, an HTTP 304 Not Modified response is returned.
        pub fn if_none_match(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.0 = self.0.header("if-none-match", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<GetDriveItem>
        where
            V: ts::Ready<S>,
        {
            self.0.build(V::AT, ())
        }
        /// Builds the request and sends `GET driveItem: get` with `client`.
        ///
        /// Succeeds with a documented status: `Response::body` is the `Reply` of the one that came back, 304 included. Throttled and unavailable responses are retried per the client's retry policy.
        ///
        /// # Errors
        ///
        /// `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; `Error::Graph` with Graph's decoded error for any other status; `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<Reply>,
                ::graph_runtime::client::Error,
            >,
        > + '_
        where
            V: ts::Ready<S>,
        {
            client.execute_built(self.build())
        }
    }
    /// The path variant `GET /me/drive/items/{item-id}`, started by [`GetDriveItem::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    impl ts::Takes<ItemIdSlot> for Me {}
    #[doc(hidden)]
    impl<S: HasItemId> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[1]);
    }
    /// The path variant `GET /users/{user-id}/drive/items/{item-id}`, started by [`GetDriveItem::user`].
    #[derive(Debug, Clone, Copy)]
    pub enum User {}
    impl ts::Takes<UserIdSlot> for User {}
    impl ts::Takes<ItemIdSlot> for User {}
    #[doc(hidden)]
    impl<S: HasUserId + HasItemId> ts::Ready<S> for User {
        const AT: ts::At = ts::At(&PATHS[1], &[0, 1]);
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `driveItem: get` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId {}
    #[doc(hidden)]
    impl<A0> HasUserId for ts::Node<ts::Set, A0> {}
    /// Where `user_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type UserIdSlot = ts::L<ts::Here>;
    /// Implemented once `item_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `item_id` is not set",
        label = "this `driveItem: get` request has no `item_id` yet",
        note = "call `.item_id(...)` on the builder before `.build()`"
    )]
    pub trait HasItemId {}
    #[doc(hidden)]
    impl<A0> HasItemId for ts::Node<A0, ts::Set> {}
    /// Where `item_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type ItemIdSlot = ts::R<ts::Here>;
    /// The documented answers of `driveItem: get`, one variant per status with its body and headers: a handler returns one, and `send` gives the caller the one that came back.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum Reply {
        /// `200 OK`: 200 OK and the driveItem.
        Ok {
            /// The response body.
            body: super::models::DriveItem,
            /// The `ETag` response header: The item's entity tag, for a later `if-none-match`.
            e_tag: ::core::option::Option<::std::string::String>,
        },
        /// `304 Not Modified`: The `if-none-match` tag matches the item's current tag.
        NotModified {
            /// The `ETag` response header: The item's entity tag.
            e_tag: ::core::option::Option<::std::string::String>,
        },
    }
    impl Reply {
        /// The `ETag` response header, if this answer carries it.
        pub fn e_tag(&self) -> ::core::option::Option<&str> {
            match self {
                Reply::Ok { e_tag, .. } => e_tag.as_deref(),
                Reply::NotModified { e_tag, .. } => e_tag.as_deref(),
            }
        }
    }
    impl ::graph_runtime::server::AnsweredBy for Reply {
        fn answer<E: ::graph_runtime::Endpoint>(
            reply: Self,
        ) -> ::graph_runtime::server::axum::response::Response {
            use ::graph_runtime::http::StatusCode as C;
            use ::graph_runtime::server::ReplyParts as P;
            let parts = match reply {
                Reply::Ok { body, e_tag } => {
                    P::json(C::OK, &body).optional_header("ETag", e_tag)
                }
                Reply::NotModified { e_tag } => {
                    P::empty(C::NOT_MODIFIED).optional_header("ETag", e_tag)
                }
            };
            parts.answer::<E>()
        }
    }
    impl ::graph_runtime::client::FromResponse for Reply {
        const STATUSES: &'static [u16] = &[200, 304];
        fn from_response(
            r: &::graph_runtime::client::Received<'_>,
        ) -> ::core::result::Result<Self, ::graph_runtime::client::Error> {
            ::core::result::Result::Ok(
                match r.status().as_u16() {
                    200 => {
                        Reply::Ok {
                            body: r.json()?,
                            e_tag: r.optional_header("ETag")?,
                        }
                    }
                    304 => {
                        Reply::NotModified {
                            e_tag: r.optional_header("ETag")?,
                        }
                    }
                    _ => return ::core::result::Result::Err(r.undeclared()),
                },
            )
        }
    }
    /// The path parameters, query parameters and optional headers of a `driveItem: get` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct GetDriveItemParams {
        /// `{user_id}`, percent-decoded: The id or userPrincipalName of the user whose drive holds the item.
        ///
        /// On a `/me` path this is the signed-in user's id (or principal name, when the token carries no id).
        pub user_id: ::std::string::String,
        /// `{item_id}`, percent-decoded: The id of the driveItem.
        pub item_id: ::std::string::String,
        /// The optional `if-none-match` request header, documented as `{eTag}`: If the eTag (or cTag) provided matches the current tag on the file, an HTTP 304 Not Modified response is returned.
        ///
        /// `None` when the request does not send it.
        pub if_none_match: ::core::option::Option<::std::string::String>,
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `driveItem: get` ([`GetDriveItem`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`GetDriveItem::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller reaches another user's drive only with one of `PERMISSIONS.other_users`.
    pub trait GetDriveItemHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `driveItem: get` call by `caller`.
        ///
        /// Return `Ok` for the documented `200 OK` (the `Reply` variant says the status, headers and body; only declared statuses exist), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn get_drive_item(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: GetDriveItemParams,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<Reply, ::graph_runtime::server::GraphError>,
        > + ::core::marker::Send;
    }
    /// Mounts `driveItem: get` on `server`, under `/v1.0` for:
    ///
    /// ```text
    /// GET /me/drive/items/{item_id}
    /// GET /users/{user_id}/drive/items/{item_id}
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: GetDriveItemHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                GetDriveItem,
                _,
                _,
                _,
            >(move |caller, mut route, _body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = GetDriveItemParams {
                        user_id: route.take("user_id")?,
                        item_id: route.take("item_id")?,
                        if_none_match: route.header("if-none-match"),
                        route: route.into_info(),
                    };
                    handler.get_drive_item(caller, params).await
                }
            })
    }
}

/// driveItem: copy
///
/// Asynchronously creates a copy of a driveItem (including any children), under a new parent item or with a new name.
///
/// # HTTP request
///
/// ```text
/// POST /me/drive/items/{item-id}/copy
/// POST /users/{userId}/drive/items/{item-id}/copy
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
/// | Delegated (work or school account) | Files.ReadWrite, Files.ReadWrite.All, Sites.ReadWrite.All |
/// | Delegated (personal Microsoft account) | Files.ReadWrite, Files.ReadWrite.All |
/// | Application | Files.ReadWrite.All, Sites.ReadWrite.All |
///
/// A `/users/{id}` path addresses that user's drive. A delegated caller reaches another user's drive only with Files.ReadWrite.All or Sites.ReadWrite.All.
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Authorization | `Bearer {token}` | yes | Bearer {token}. Required. |
///
/// # Request body
///
/// | Parameter | Type | Description |
/// |:--|:--|:--|
/// | parentReference | itemReference | Optional. Reference to the parent item the copy will be created in. |
/// | name | string | Optional. The new name for the copy. If this isn't provided, the same name will be used as the original. |
///
/// # Response
///
/// If successful, this method returns `202 Accepted`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/driveitem-copy?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CopyDriveItem;
/// The request builder of [`CopyDriveItem`] and its path variants.
pub mod copy_drive_item {
    use super::CopyDriveItem;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/drive/items/{item_id}/copy",
            docs_template: "/me/drive/items/{item-id}/copy",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/me/drive/items/"),
                rt::path::PathPart::Param("item_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/copy"),
            ],
            query: &[],
        },
        rt::PathTemplate {
            variant: "user",
            template: "/users/{user_id}/drive/items/{item_id}/copy",
            docs_template: "/users/{userId}/drive/items/{item-id}/copy",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/users/"),
                rt::path::PathPart::Param("user_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/drive/items/"),
                rt::path::PathPart::Param("item_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/copy"),
            ],
            query: &[],
        },
    ];
    impl CopyDriveItem {
        /// The permissions that allow calling `driveItem: copy`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(
                &["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"],
            ),
            delegated_personal: ::core::option::Option::Some(
                &["Files.ReadWrite", "Files.ReadWrite.All"],
            ),
            application: ::core::option::Option::Some(
                &["Files.ReadWrite.All", "Sites.ReadWrite.All"],
            ),
            resource: "drive",
            other_users: &["Files.ReadWrite.All", "Sites.ReadWrite.All"],
        };
        /// Starts a request on `POST /me/drive/items/{item-id}/copy`.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(2), ts::Unset)
        }
        /// Starts a request on `POST /users/{userId}/drive/items/{item-id}/copy`.
        pub fn user() -> Builder<User> {
            Builder(ts::Parts::new(2), ts::Unset)
        }
    }
    impl rt::Endpoint for CopyDriveItem {
        type RequestBody = Body;
        type ResponseBody = Reply;
        const NAME: &'static str = "driveItem: copy";
        const METHOD: rt::http::Method = rt::http::Method::POST;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[rt::ApiVersion::V1_0];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::ACCEPTED;
        const HEADERS: &'static [rt::HeaderSpec] = &[rt::HeaderSpec::AUTHORIZATION];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: rt::Permissions = CopyDriveItem::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/driveitem-copy?view=graph-rest-1.0";
    }
    /// The JSON request body of `driveItem: copy`.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    #[derive(::graph_runtime::__private::serde::Serialize)]
    #[serde(crate = "::graph_runtime::__private::serde", rename_all = "camelCase")]
    pub struct Body {
        /// Optional. Reference to the parent item the copy will be created in.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub parent_reference: ::core::option::Option<super::models::ItemReference>,
        /// Optional. The new name for the copy. If this isn't provided, the same name will be used as the original.
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub name: ::core::option::Option<::std::string::String>,
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
            &["parentReference", "name"],
        ));
        fn from_map<A: ::graph_runtime::__private::serde::de::MapAccess<'de>>(
            mut map: A,
        ) -> ::core::result::Result<Self, A::Error> {
            use ::graph_runtime::__private::de;
            let mut f0 = ::core::option::Option::None;
            let mut f1 = ::core::option::Option::None;
            while let ::core::option::Option::Some(key) = map.next_key::<de::Key<'de>>()?
            {
                match key.as_str() {
                    "parentReference" => de::field(&mut map, &mut f0, "parentReference")?,
                    "name" => de::field(&mut map, &mut f1, "name")?,
                    _ => de::skip(&mut map)?,
                }
            }
            ::core::result::Result::Ok(Self {
                parent_reference: de::optional(f0),
                name: de::optional(f1),
            })
        }
    }
    /// The request builder of [`CopyDriveItem`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant and the body, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start1, B = ts::Unset>(ts::Parts<V, S>, B);
    impl<V, S, B> Builder<V, S, B> {
        /// Sets `{user_id}` (percent-encoded as a path segment): The id or userPrincipalName of the user whose drive holds the item.
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
        /// Sets `{item_id}` (percent-encoded as a path segment): The id of the driveItem to copy.
        pub fn item_id(
            self,
            item_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, ItemIdSlot>, B>
        where
            V: ts::Takes<ItemIdSlot>,
            S: ts::Fill<ItemIdSlot>,
        {
            Builder(self.0.set(1, item_id.into()), self.1)
        }
        /// Sets the JSON request body of `driveItem: copy`.
        pub fn body(self, body: Body) -> Builder<V, S, Body> {
            Builder(self.0, body)
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<CopyDriveItem>
        where
            V: ts::Ready<S>,
            B: ts::HasBody<Body>,
        {
            self.0.build(V::AT, self.1.into_body())
        }
        /// Builds the request and sends `POST driveItem: copy` with `client`.
        ///
        /// Succeeds with a documented status: `Response::body` is the `Reply` of the one that came back, 304 included. Throttled and unavailable responses are retried per the client's retry policy.
        ///
        /// # Errors
        ///
        /// `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; `Error::Graph` with Graph's decoded error for any other status; `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<Reply>,
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
    /// The path variant `POST /me/drive/items/{item-id}/copy`, started by [`CopyDriveItem::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    impl ts::Takes<ItemIdSlot> for Me {}
    #[doc(hidden)]
    impl<S: HasItemId> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[1]);
    }
    /// The path variant `POST /users/{userId}/drive/items/{item-id}/copy`, started by [`CopyDriveItem::user`].
    #[derive(Debug, Clone, Copy)]
    pub enum User {}
    impl ts::Takes<UserIdSlot> for User {}
    impl ts::Takes<ItemIdSlot> for User {}
    #[doc(hidden)]
    impl<S: HasUserId + HasItemId> ts::Ready<S> for User {
        const AT: ts::At = ts::At(&PATHS[1], &[0, 1]);
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `driveItem: copy` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId {}
    #[doc(hidden)]
    impl<A0> HasUserId for ts::Node<ts::Set, A0> {}
    /// Where `user_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type UserIdSlot = ts::L<ts::Here>;
    /// Implemented once `item_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `item_id` is not set",
        label = "this `driveItem: copy` request has no `item_id` yet",
        note = "call `.item_id(...)` on the builder before `.build()`"
    )]
    pub trait HasItemId {}
    #[doc(hidden)]
    impl<A0> HasItemId for ts::Node<A0, ts::Set> {}
    /// Where `item_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type ItemIdSlot = ts::R<ts::Here>;
    /// The documented answers of `driveItem: copy`, one variant per status with its body and headers: a handler returns one, and `send` gives the caller the one that came back.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum Reply {
        /// `202 Accepted`: The copy is accepted and runs asynchronously.
        Accepted {
            /// The `Location` response header: The URL of a service that returns the current state of the copy operation.
            location: ::std::string::String,
        },
    }
    impl Reply {
        /// The `Location` response header, if this answer carries it.
        pub fn location(&self) -> ::core::option::Option<&str> {
            match self {
                Reply::Accepted { location, .. } => {
                    ::core::option::Option::Some(location.as_str())
                }
            }
        }
    }
    impl ::graph_runtime::server::AnsweredBy for Reply {
        fn answer<E: ::graph_runtime::Endpoint>(
            reply: Self,
        ) -> ::graph_runtime::server::axum::response::Response {
            use ::graph_runtime::http::StatusCode as C;
            use ::graph_runtime::server::ReplyParts as P;
            let parts = match reply {
                Reply::Accepted { location } => {
                    P::empty(C::ACCEPTED).header("Location", location)
                }
            };
            parts.answer::<E>()
        }
    }
    impl ::graph_runtime::client::FromResponse for Reply {
        const STATUSES: &'static [u16] = &[202];
        fn from_response(
            r: &::graph_runtime::client::Received<'_>,
        ) -> ::core::result::Result<Self, ::graph_runtime::client::Error> {
            ::core::result::Result::Ok(
                match r.status().as_u16() {
                    202 => {
                        Reply::Accepted {
                            location: r.header("Location")?,
                        }
                    }
                    _ => return ::core::result::Result::Err(r.undeclared()),
                },
            )
        }
    }
    /// The path parameters of a `driveItem: copy` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CopyDriveItemParams {
        /// `{user_id}`, percent-decoded: The id or userPrincipalName of the user whose drive holds the item.
        ///
        /// On a `/me` path this is the signed-in user's id (or principal name, when the token carries no id).
        pub user_id: ::std::string::String,
        /// `{item_id}`, percent-decoded: The id of the driveItem to copy.
        pub item_id: ::std::string::String,
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `driveItem: copy` ([`CopyDriveItem`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`CopyDriveItem::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller reaches another user's drive only with one of `PERMISSIONS.other_users`.
    pub trait CopyDriveItemHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `driveItem: copy` call by `caller`. `body` is the decoded JSON request body: it is JSON of the right shape and obeys the endpoint's body rules (`validate_body`).
        ///
        /// Return `Ok` for the documented `202 Accepted` (the `Reply` variant says the status, headers and body; only declared statuses exist), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn copy_drive_item(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: CopyDriveItemParams,
            body: Body,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<Reply, ::graph_runtime::server::GraphError>,
        > + ::core::marker::Send;
    }
    /// Mounts `driveItem: copy` on `server`, under `/v1.0` for:
    ///
    /// ```text
    /// POST /me/drive/items/{item_id}/copy
    /// POST /users/{user_id}/drive/items/{item_id}/copy
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: CopyDriveItemHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                CopyDriveItem,
                _,
                _,
                _,
            >(move |caller, mut route, body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = CopyDriveItemParams {
                        user_id: route.take("user_id")?,
                        item_id: route.take("item_id")?,
                        route: route.into_info(),
                    };
                    handler.copy_drive_item(caller, params, body).await
                }
            })
    }
}
