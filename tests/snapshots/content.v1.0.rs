// Generated from graph-mock/tests/fixtures/content/photo_update.toml, photo_get.toml and item_download.toml, with client and server by graph-spec. Do not edit: see tests/tests/snapshot.rs.

/// profilePhoto: update
///
/// Update the photo of the signed-in user.
///
/// # HTTP request
///
/// ```text
/// PUT /me/photo/$value
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
/// | Delegated (work or school account) | User.ReadWrite |
/// | Delegated (personal Microsoft account) | User.ReadWrite |
/// | Application | Not supported. |
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Content-Type | `image/jpeg` | yes | The photo's media type. Required. |
///
/// # Request body
///
/// The content's bytes, of type `image/jpeg` (sent as its `Content-Type`).
///
/// # Response
///
/// If successful, this method returns `200 OK`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/profilephoto-update).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdatePhoto;
/// The request builder of [`UpdatePhoto`] and its path variants.
pub mod update_photo {
    use super::UpdatePhoto;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/photo/$value",
            docs_template: "/me/photo/$value",
            user_param: "user_id",
            parts: &[rt::path::PathPart::Text("/me/photo/$value")],
            query: &[],
        },
    ];
    impl UpdatePhoto {
        /// The permissions that allow calling `profilePhoto: update`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(&["User.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["User.ReadWrite"]),
            application: ::core::option::Option::None,
            resource: "",
            other_users: &[],
        };
        /// Starts a request on `PUT /me/photo/$value`.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(0), ts::Unset)
        }
    }
    impl rt::Endpoint for UpdatePhoto {
        type RequestBody = ::graph_runtime::Content;
        type ResponseBody = ();
        const NAME: &'static str = "profilePhoto: update";
        const METHOD: rt::http::Method = rt::http::Method::PUT;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[rt::ApiVersion::V1_0];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::OK;
        const HEADERS: &'static [rt::HeaderSpec] = &[
            rt::HeaderSpec {
                name: "Content-Type",
                value: "image/jpeg",
                required: true,
                description: "The photo's media type. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: rt::Permissions = UpdatePhoto::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/profilephoto-update";
        const REQUEST_CONTENT_TYPE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "image/jpeg",
        );
    }
    /// The request builder of [`UpdatePhoto`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant and the body, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start0, B = ts::Unset>(ts::Parts<V, S>, B);
    impl<V, S, B> Builder<V, S, B> {
        /// Sets the content (bytes of type `image/jpeg`, in memory or streamed with `Content::from_stream`) of `profilePhoto: update`.
        pub fn body(
            self,
            body: ::graph_runtime::Content,
        ) -> Builder<V, S, ::graph_runtime::Content> {
            Builder(self.0, body)
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<UpdatePhoto>
        where
            V: ts::Ready<S>,
            B: ts::HasBody<::graph_runtime::Content>,
        {
            self.0.build(V::AT, self.1.into_body())
        }
        /// Builds the request and sends `PUT profilePhoto: update` with `client`.
        ///
        /// Succeeds with `200 OK` as documented (any 2xx is accepted; see `Response::status`). Throttled and unavailable responses are retried per the client's retry policy.
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
            B: ts::HasBody<::graph_runtime::Content>,
        {
            client.execute_built(self.build())
        }
    }
    /// The path variant `PUT /me/photo/$value`, started by [`UpdatePhoto::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    #[doc(hidden)]
    impl<S> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[]);
    }
    /// The path parameters of a `profilePhoto: update` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct UpdatePhotoParams {
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `profilePhoto: update` ([`UpdatePhoto`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`UpdatePhoto::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller only reaches its own resources.
    pub trait UpdatePhotoHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `profilePhoto: update` call by `caller`. `body` is the request's content, of the declared media type, streamed: reading past the server's body limit gives `ContentError::TooLarge` (answered 413 through `?`).
        ///
        /// Return `Ok` for the documented `200 OK` (the response body is empty), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn update_photo(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: UpdatePhotoParams,
            body: ::graph_runtime::Content,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<(), ::graph_runtime::server::GraphError>,
        > + ::core::marker::Send;
    }
    /// Mounts `profilePhoto: update` on `server`, under `/v1.0` for:
    ///
    /// ```text
    /// PUT /me/photo/$value
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: UpdatePhotoHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                UpdatePhoto,
                _,
                _,
                _,
            >(move |caller, route, body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = UpdatePhotoParams {
                        route: route.into_info(),
                    };
                    handler.update_photo(caller, params, body).await
                }
            })
    }
}

/// profilePhoto: get value
///
/// Get the binary data of the user's profile photo.
///
/// # HTTP request
///
/// ```text
/// GET /me/photo/$value
/// GET /users/{id | userPrincipalName}/photo/$value
/// ```
///
/// API versions: `v1.0`, `beta`.
///
/// # Permissions
///
/// One of the following permissions is required to call this API.
///
/// | Permission type | Permissions (from least to most privileged) |
/// |:--|:--|
/// | Delegated (work or school account) | User.Read |
/// | Delegated (personal Microsoft account) | User.Read |
/// | Application | User.Read.All |
///
/// A `/users/{id}` path addresses that user's profile. A delegated caller reaches only their own.
///
/// # Response
///
/// If successful, this method returns `200 OK`. The response body is the content's bytes, of type `image/jpeg`.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/profilephoto-get).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetPhotoValue;
/// The request builder of [`GetPhotoValue`] and its path variants.
pub mod get_photo_value {
    use super::GetPhotoValue;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/photo/$value",
            docs_template: "/me/photo/$value",
            user_param: "user_id",
            parts: &[rt::path::PathPart::Text("/me/photo/$value")],
            query: &[],
        },
        rt::PathTemplate {
            variant: "user",
            template: "/users/{user_id}/photo/$value",
            docs_template: "/users/{id | userPrincipalName}/photo/$value",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/users/"),
                rt::path::PathPart::Param("user_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/photo/$value"),
            ],
            query: &[],
        },
    ];
    impl GetPhotoValue {
        /// The permissions that allow calling `profilePhoto: get value`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(&["User.Read"]),
            delegated_personal: ::core::option::Option::Some(&["User.Read"]),
            application: ::core::option::Option::Some(&["User.Read.All"]),
            resource: "profile",
            other_users: &[],
        };
        /// Starts a request on `GET /me/photo/$value`.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(1))
        }
        /// Starts a request on `GET /users/{id | userPrincipalName}/photo/$value`.
        pub fn user() -> Builder<User> {
            Builder(ts::Parts::new(1))
        }
    }
    impl rt::Endpoint for GetPhotoValue {
        type RequestBody = ();
        type ResponseBody = ::graph_runtime::Content;
        const NAME: &'static str = "profilePhoto: get value";
        const METHOD: rt::http::Method = rt::http::Method::GET;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[
            rt::ApiVersion::V1_0,
            rt::ApiVersion::Beta,
        ];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::OK;
        const HEADERS: &'static [rt::HeaderSpec] = &[];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: rt::Permissions = GetPhotoValue::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/profilephoto-get";
        const RESPONSE_CONTENT_TYPE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "image/jpeg",
        );
    }
    /// The request builder of [`GetPhotoValue`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start0>(ts::Parts<V, S>);
    impl<V, S> Builder<V, S> {
        /// Sets `{user_id}` (percent-encoded as a path segment): The user's id or principal name.
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
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<GetPhotoValue>
        where
            V: ts::Ready<S>,
        {
            self.0.build(V::AT, ())
        }
        /// Builds the request and sends `GET profilePhoto: get value` with `client`.
        ///
        /// Succeeds with `200 OK` and the content: `Response::body` is the `Content` as it arrives. Throttled and unavailable responses are retried per the client's retry policy.
        ///
        /// # Errors
        ///
        /// `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; `Error::Graph` with Graph's decoded error for any other status; `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<::graph_runtime::Content>,
                ::graph_runtime::client::Error,
            >,
        > + '_
        where
            V: ts::Ready<S>,
        {
            client.execute_built(self.build())
        }
    }
    /// The path variant `GET /me/photo/$value`, started by [`GetPhotoValue::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    #[doc(hidden)]
    impl<S> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[]);
    }
    /// The path variant `GET /users/{id | userPrincipalName}/photo/$value`, started by [`GetPhotoValue::user`].
    #[derive(Debug, Clone, Copy)]
    pub enum User {}
    impl ts::Takes<UserIdSlot> for User {}
    #[doc(hidden)]
    impl<S: HasUserId> ts::Ready<S> for User {
        const AT: ts::At = ts::At(&PATHS[1], &[0]);
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `profilePhoto: get value` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId {}
    #[doc(hidden)]
    impl HasUserId for ts::Set {}
    /// Where `user_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type UserIdSlot = ts::Here;
    /// The path parameters of a `profilePhoto: get value` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct GetPhotoValueParams {
        /// `{user_id}`, percent-decoded: The user's id or principal name.
        ///
        /// On a `/me` path this is the signed-in user's id (or principal name, when the token carries no id).
        pub user_id: ::std::string::String,
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `profilePhoto: get value` ([`GetPhotoValue`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`GetPhotoValue::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller only reaches its own profile.
    pub trait GetPhotoValueHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `profilePhoto: get value` call by `caller`.
        ///
        /// Return `Ok` for the documented `200 OK` (the `Content` is answered with its media type), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn get_photo_value(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: GetPhotoValueParams,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::Content,
                ::graph_runtime::server::GraphError,
            >,
        > + ::core::marker::Send;
    }
    /// Mounts `profilePhoto: get value` on `server`, under `/v1.0` and `/beta` for:
    ///
    /// ```text
    /// GET /me/photo/$value
    /// GET /users/{user_id}/photo/$value
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: GetPhotoValueHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                GetPhotoValue,
                _,
                _,
                _,
            >(move |caller, mut route, _body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = GetPhotoValueParams {
                        user_id: route.take("user_id")?,
                        route: route.into_info(),
                    };
                    handler.get_photo_value(caller, params).await
                }
            })
    }
}

/// driveItem: get content
///
/// Download the contents of a file.
///
/// # HTTP request
///
/// ```text
/// GET /me/drive/items/{item_id}/content
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
/// | Delegated (work or school account) | Files.Read |
/// | Delegated (personal Microsoft account) | Files.Read |
/// | Application | Files.Read.All |
///
/// # Response
///
/// If successful, this method returns `302 Found`. The `Location` header is a URL of the content, of type `*/*`; the client follows it (without the bearer token to another host) and returns the content.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/driveitem-get-content).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetItemContent;
/// The request builder of [`GetItemContent`] and its path variants.
pub mod get_item_content {
    use super::GetItemContent;
    use ::graph_runtime::{self as rt, typestate as ts};
    const PATHS: &[rt::PathTemplate] = &[
        rt::PathTemplate {
            variant: "me",
            template: "/me/drive/items/{item_id}/content",
            docs_template: "/me/drive/items/{item_id}/content",
            user_param: "user_id",
            parts: &[
                rt::path::PathPart::Text("/me/drive/items/"),
                rt::path::PathPart::Param("item_id", rt::path::Place::Segment),
                rt::path::PathPart::Text("/content"),
            ],
            query: &[],
        },
    ];
    impl GetItemContent {
        /// The permissions that allow calling `driveItem: get content`, least privileged first: the [table](Self#permissions) of the type's docs.
        pub const PERMISSIONS: rt::Permissions = rt::Permissions {
            delegated_work: ::core::option::Option::Some(&["Files.Read"]),
            delegated_personal: ::core::option::Option::Some(&["Files.Read"]),
            application: ::core::option::Option::Some(&["Files.Read.All"]),
            resource: "",
            other_users: &[],
        };
        /// Starts a request on `GET /me/drive/items/{item_id}/content`.
        pub fn me() -> Builder<Me> {
            Builder(ts::Parts::new(1))
        }
    }
    impl rt::Endpoint for GetItemContent {
        type RequestBody = ();
        type ResponseBody = ::graph_runtime::Content;
        const NAME: &'static str = "driveItem: get content";
        const METHOD: rt::http::Method = rt::http::Method::GET;
        const PATHS: &'static [rt::PathTemplate] = PATHS;
        const VERSIONS: &'static [rt::ApiVersion] = &[rt::ApiVersion::V1_0];
        const SUCCESS_STATUS: rt::http::StatusCode = rt::http::StatusCode::FOUND;
        const HEADERS: &'static [rt::HeaderSpec] = &[];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: rt::Permissions = GetItemContent::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/driveitem-get-content";
        const RESPONSE_CONTENT_TYPE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "*/*",
        );
    }
    /// The request builder of [`GetItemContent`]; `V` is the path variant its constructor picked.
    ///
    /// Set every path parameter of the variant, in any order, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Builder<V, S = ts::Start0>(ts::Parts<V, S>);
    impl<V, S> Builder<V, S> {
        /// Sets `{item_id}` (percent-encoded as a path segment): The file's id.
        pub fn item_id(
            self,
            item_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Builder<V, ts::Filled<S, ItemIdSlot>>
        where
            V: ts::Takes<ItemIdSlot>,
            S: ts::Fill<ItemIdSlot>,
        {
            Builder(self.0.set(0, item_id.into()))
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource the path addresses and is rejected.
        pub fn build(self) -> ts::Built<GetItemContent>
        where
            V: ts::Ready<S>,
        {
            self.0.build(V::AT, ())
        }
        /// Builds the request and sends `GET driveItem: get content` with `client`.
        ///
        /// Succeeds with the content: Graph answers `302 Found` with its URL, which is followed (without the bearer token to another host); `Response::body` is the `Content` as it arrives. Throttled and unavailable responses are retried per the client's retry policy.
        ///
        /// # Errors
        ///
        /// `Error::InvalidPathParam` if a parameter is empty, `.` or `..`; `Error::Graph` with Graph's decoded error for any other status; `Error::Timeout`, `Error::Transport` or `Error::Token` otherwise.
        pub fn send(
            self,
            client: &::graph_runtime::client::Client,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::client::Response<::graph_runtime::Content>,
                ::graph_runtime::client::Error,
            >,
        > + '_
        where
            V: ts::Ready<S>,
        {
            client.execute_built(self.build())
        }
    }
    /// The path variant `GET /me/drive/items/{item_id}/content`, started by [`GetItemContent::me`].
    #[derive(Debug, Clone, Copy)]
    pub enum Me {}
    impl ts::Takes<ItemIdSlot> for Me {}
    #[doc(hidden)]
    impl<S: HasItemId> ts::Ready<S> for Me {
        const AT: ts::At = ts::At(&PATHS[0], &[0]);
    }
    /// Implemented once `item_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `item_id` is not set",
        label = "this `driveItem: get content` request has no `item_id` yet",
        note = "call `.item_id(...)` on the builder before `.build()`"
    )]
    pub trait HasItemId {}
    #[doc(hidden)]
    impl HasItemId for ts::Set {}
    /// Where `item_id` is kept in a builder's state `S`: its setter needs a path variant that takes it and fills this slot.
    pub type ItemIdSlot = ts::Here;
    /// The path parameters of a `driveItem: get content` call that passed authentication and permission checks.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct GetItemContentParams {
        /// `{item_id}`, percent-decoded: The file's id.
        pub item_id: ::std::string::String,
        /// The API version, path variant and request ids of the call.
        pub route: ::graph_runtime::server::RouteInfo,
    }
    /// Serves `driveItem: get content` ([`GetItemContent`]).
    ///
    /// Implement it and pass it to [`mount`]; the method is required, so forgetting it is a compile error. By the time it runs the bearer token is valid, the caller holds one of [`GetItemContent::PERMISSIONS`] for its permission type, `/me` is resolved, and a delegated caller only reaches its own resources.
    pub trait GetItemContentHandler: ::core::marker::Send + ::core::marker::Sync + 'static {
        /// Handles one `driveItem: get content` call by `caller`.
        ///
        /// Return `Ok` for the documented `302 Found` (a `Redirect` to the content's URL, answered with `Location`), or a [`GraphError`](::graph_runtime::server::GraphError) such as `GraphError::item_not_found(..)`, answered in Graph's error shape.
        fn get_item_content(
            &self,
            caller: ::std::sync::Arc<::graph_runtime::server::Caller>,
            params: GetItemContentParams,
        ) -> impl ::core::future::Future<
            Output = ::core::result::Result<
                ::graph_runtime::server::Redirect,
                ::graph_runtime::server::GraphError,
            >,
        > + ::core::marker::Send;
    }
    /// Mounts `driveItem: get content` on `server`, under `/v1.0` for:
    ///
    /// ```text
    /// GET /me/drive/items/{item_id}/content
    /// ```
    ///
    /// Several endpoints compose by mounting them on the same server; one handler value may serve several of them.
    ///
    /// # Errors
    ///
    /// When an endpoint mounted already has the same method and path.
    pub fn mount<H: GetItemContentHandler>(
        server: ::graph_runtime::server::GraphServer,
        handler: ::std::sync::Arc<H>,
    ) -> ::core::result::Result<
        ::graph_runtime::server::GraphServer,
        ::graph_runtime::server::MountError,
    > {
        server
            .route::<
                GetItemContent,
                _,
                _,
                _,
            >(move |caller, mut route, _body| {
                let handler = ::std::sync::Arc::clone(&handler);
                async move {
                    let params = GetItemContentParams {
                        item_id: route.take("item_id")?,
                        route: route.into_info(),
                    };
                    handler.get_item_content(caller, params).await
                }
            })
    }
}
