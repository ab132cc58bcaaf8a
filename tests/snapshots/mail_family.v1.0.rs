// Generated from specs/models/mail.toml and specs/v1.0/*.toml by graph-spec. Do not edit: see tests/tests/snapshot.rs.

pub mod models {
/// The name and email address of a contact or message recipient.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    ::graph_runtime::__private::serde::Serialize,
    ::graph_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::graph_runtime::__private::serde")]
pub struct EmailAddress {
    /// The display name of the person or entity.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub name: ::core::option::Option<::std::string::String>,
    /// The email address of the person or entity.
    #[serde(
        rename = "address",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub address: ::core::option::Option<::std::string::String>,
}
/// Information about a user in the sending or receiving end of an event, message or group post.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    ::graph_runtime::__private::serde::Serialize,
    ::graph_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::graph_runtime::__private::serde")]
pub struct Recipient {
    /// The recipient's email address.
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub email_address: ::core::option::Option<self::EmailAddress>,
}
/// The body content of a message.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    ::graph_runtime::__private::serde::Serialize,
    ::graph_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::graph_runtime::__private::serde")]
pub struct ItemBody {
    /// The type of the content: text or html.
    #[serde(
        rename = "contentType",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub content_type: ::core::option::Option<self::BodyType>,
    /// The content of the item.
    #[serde(
        rename = "content",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub content: ::core::option::Option<::std::string::String>,
}
/// A message in a mailbox folder.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    ::graph_runtime::__private::serde::Serialize,
    ::graph_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::graph_runtime::__private::serde")]
pub struct Message {
    /// Unique identifier for the message. Read-only.
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub id: ::core::option::Option<::std::string::String>,
    /// The date and time the message was created.
    #[serde(
        rename = "createdDateTime",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub created_date_time: ::core::option::Option<::graph_runtime::DateTimeOffset>,
    /// The date and time the message was last changed.
    #[serde(
        rename = "lastModifiedDateTime",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub last_modified_date_time: ::core::option::Option<::graph_runtime::DateTimeOffset>,
    /// The date and time the message was received.
    #[serde(
        rename = "receivedDateTime",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub received_date_time: ::core::option::Option<::graph_runtime::DateTimeOffset>,
    /// The date and time the message was sent.
    #[serde(
        rename = "sentDateTime",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub sent_date_time: ::core::option::Option<::graph_runtime::DateTimeOffset>,
    /// The subject of the message.
    #[serde(
        rename = "subject",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub subject: ::core::option::Option<::std::string::String>,
    /// The body of the message. It can be in HTML or text format.
    #[serde(
        rename = "body",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub body: ::core::option::Option<self::ItemBody>,
    /// The first 255 characters of the message body, in text format.
    #[serde(
        rename = "bodyPreview",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub body_preview: ::core::option::Option<::std::string::String>,
    /// The importance of the message: low, normal or high.
    #[serde(
        rename = "importance",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub importance: ::core::option::Option<self::Importance>,
    /// The unique identifier for the message's parent mailFolder.
    #[serde(
        rename = "parentFolderId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub parent_folder_id: ::core::option::Option<::std::string::String>,
    /// The ID of the conversation the email belongs to.
    #[serde(
        rename = "conversationId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub conversation_id: ::core::option::Option<::std::string::String>,
    /// The owner of the mailbox from which the message is sent.
    #[serde(
        rename = "from",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub from: ::core::option::Option<self::Recipient>,
    /// The account that is actually used to generate the message.
    #[serde(
        rename = "sender",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub sender: ::core::option::Option<self::Recipient>,
    /// The To: recipients for the message.
    #[serde(
        rename = "toRecipients",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub to_recipients: ::core::option::Option<::std::vec::Vec<self::Recipient>>,
    /// The Cc: recipients for the message.
    #[serde(
        rename = "ccRecipients",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub cc_recipients: ::core::option::Option<::std::vec::Vec<self::Recipient>>,
    /// The Bcc: recipients for the message.
    #[serde(
        rename = "bccRecipients",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub bcc_recipients: ::core::option::Option<::std::vec::Vec<self::Recipient>>,
    /// The email addresses to use when replying.
    #[serde(
        rename = "replyTo",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub reply_to: ::core::option::Option<::std::vec::Vec<self::Recipient>>,
    /// Indicates whether the message is a draft. A message is a draft if it hasn't been sent yet.
    #[serde(
        rename = "isDraft",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub is_draft: ::core::option::Option<bool>,
    /// Indicates whether the message has been read.
    #[serde(
        rename = "isRead",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub is_read: ::core::option::Option<bool>,
    /// Indicates whether the message has attachments.
    #[serde(
        rename = "hasAttachments",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub has_attachments: ::core::option::Option<bool>,
    /// The message ID in the format specified by RFC 2822.
    #[serde(
        rename = "internetMessageId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub internet_message_id: ::core::option::Option<::std::string::String>,
    /// The URL to open the message in Outlook on the web.
    #[serde(
        rename = "webLink",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub web_link: ::core::option::Option<::std::string::String>,
    /// The categories associated with the message.
    #[serde(
        rename = "categories",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub categories: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The type of the content of an item body.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    ::graph_runtime::__private::serde::Serialize,
    ::graph_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::graph_runtime::__private::serde")]
pub enum BodyType {
    /// `text`
    #[serde(rename = "text")]
    Text,
    /// `html`
    #[serde(rename = "html")]
    Html,
}
/// The importance of a message.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    ::graph_runtime::__private::serde::Serialize,
    ::graph_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::graph_runtime::__private::serde")]
pub enum Importance {
    /// `low`
    #[serde(rename = "low")]
    Low,
    /// `normal`
    #[serde(rename = "normal")]
    Normal,
    /// `high`
    #[serde(rename = "high")]
    High,
}
}

// specs/v1.0/mailfolder_list_messages.toml
/// List messages
///
/// Get the messages in a mail folder.
///
/// Supports paging with `$top` and `@odata.nextLink`.
///
/// # HTTP request
///
/// ```text
/// GET /me/mailFolders/{id}/messages
/// GET /users/{id | userPrincipalName}/mailFolders/{id}/messages
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
/// | Delegated (work or school account) | Mail.ReadBasic, Mail.Read |
/// | Delegated (personal Microsoft account) | Mail.ReadBasic, Mail.Read |
/// | Application | Mail.ReadBasic.All, Mail.Read |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Read.Shared.
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Authorization | `Bearer {token}` | yes | Bearer {token}. Required. |
/// | Prefer | `outlook.timezone="{time_zone}"` | no | Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional. |
///
/// # Response
///
/// If successful, this method returns `200 OK`. The response body is a page of `message` objects; follow `@odata.nextLink` for the next page.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/mailfolder-list-messages?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListMessages;
/// Request builders for [`ListMessages`], one per path variant.
pub mod list_messages {
    use super::ListMessages;
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages",
        docs_template: "/me/mailFolders/{id}/messages",
        params: &["folder_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages",
        params: &["user_id", "folder_id"],
        user_param: "user_id",
    };
    impl ListMessages {
        /// The permissions that allow calling `List messages`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadBasic, Mail.Read |
        /// | Delegated (personal Microsoft account) | Mail.ReadBasic, Mail.Read |
        /// | Application | Mail.ReadBasic.All, Mail.Read |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Read.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(
                &["Mail.ReadBasic", "Mail.Read"],
            ),
            delegated_personal: ::core::option::Option::Some(
                &["Mail.ReadBasic", "Mail.Read"],
            ),
            application: ::core::option::Option::Some(
                &["Mail.ReadBasic.All", "Mail.Read"],
            ),
            shared: &["Mail.Read.Shared"],
        };
        /// Starts a request on `GET /me/mailFolders/{id}/messages`.
        ///
        /// A folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                extras: ::graph_runtime::__private::Extras::default(),
            }
        }
        /// Starts a request on `GET /users/{id | userPrincipalName}/mailFolders/{id}/messages`.
        ///
        /// A folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                extras: ::graph_runtime::__private::Extras::default(),
            }
        }
    }
    impl ::graph_runtime::Endpoint for ListMessages {
        type RequestBody = ();
        type ResponseBody = ::graph_runtime::Page<super::models::Message>;
        const NAME: &'static str = "List messages";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::GET;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::OK;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Prefer",
                value: "outlook.timezone=\"{time_zone}\"",
                required: false,
                description: "Time zone for date-time values in the response, e.g. outlook.timezone=\"Pacific Standard Time\". Optional.",
            },
        ];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = ListMessages::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/mailfolder-list-messages?view=graph-rest-1.0";
    }
    /// Builder for `GET /me/mailFolders/{id}/messages`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<FolderId = ::graph_runtime::Unset> {
        folder_id: FolderId,
        extras: ::graph_runtime::__private::Extras,
    }
    impl<FolderId> MeFolder<FolderId> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String> {
            MeFolder {
                folder_id: folder_id.into(),
                extras: self.extras,
            }
        }
        /// Sets the `$top` query parameter: The number of messages per page (default 10).
        pub fn top(mut self, value: i32) -> Self {
            self.extras.set_query("$top", value.to_string());
            self
        }
        /// Sets the `$skip` query parameter: The number of messages to skip; set in `@odata.nextLink`.
        pub fn skip(mut self, value: i32) -> Self {
            self.extras.set_query("$skip", value.to_string());
            self
        }
        /// Sets the `$select` query parameter: Comma-separated properties to return.
        pub fn select(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_query("$select", value.into());
            self
        }
        /// Sets the optional `Prefer` header, documented as `outlook.timezone="{time_zone}"`: Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional.
        pub fn prefer(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_header("Prefer", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ListMessages>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
        {
            let mut path = ::std::string::String::with_capacity(68usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                        &ME_FOLDER_PATH,
                        path,
                        ::graph_runtime::ApiVersion::V1_0,
                        (),
                    )
                    .__with_extras(self.extras),
            )
        }
    }
    /// Builder for `GET /users/{id | userPrincipalName}/mailFolders/{id}/messages`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        extras: ::graph_runtime::__private::Extras,
    }
    impl<UserId, FolderId> UserFolder<UserId, FolderId> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                extras: self.extras,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                extras: self.extras,
            }
        }
        /// Sets the `$top` query parameter: The number of messages per page (default 10).
        pub fn top(mut self, value: i32) -> Self {
            self.extras.set_query("$top", value.to_string());
            self
        }
        /// Sets the `$skip` query parameter: The number of messages to skip; set in `@odata.nextLink`.
        pub fn skip(mut self, value: i32) -> Self {
            self.extras.set_query("$skip", value.to_string());
            self
        }
        /// Sets the `$select` query parameter: Comma-separated properties to return.
        pub fn select(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_query("$select", value.into());
            self
        }
        /// Sets the optional `Prefer` header, documented as `outlook.timezone="{time_zone}"`: Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional.
        pub fn prefer(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_header("Prefer", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ListMessages>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
        {
            let mut path = ::std::string::String::with_capacity(81usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                        &USER_FOLDER_PATH,
                        path,
                        ::graph_runtime::ApiVersion::V1_0,
                        (),
                    )
                    .__with_extras(self.extras),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `List messages` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `List messages` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
}

// specs/v1.0/message_copy.toml
/// message: copy
///
/// Copy a message to a folder within the user's mailbox.
///
/// Returns the new message in the destination folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/copy
/// POST /users/{id | userPrincipalName}/messages/{id}/copy
/// POST /me/mailFolders/{id}/messages/{id}/copy
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/copy
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
/// | Delegated (work or school account) | Mail.ReadWrite |
/// | Delegated (personal Microsoft account) | Mail.ReadWrite |
/// | Application | Mail.ReadWrite |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
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
/// | destinationId | string | The destination folder ID, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`. Required. |
///
/// # Response
///
/// If successful, this method returns `201 Created`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-copy?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CopyMessage;
/// Request builders for [`CopyMessage`], one per path variant.
pub mod copy_message {
    use super::CopyMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/copy",
        docs_template: "/me/messages/{id}/copy",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/copy",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/copy",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/copy",
        docs_template: "/me/mailFolders/{id}/messages/{id}/copy",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/copy",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/copy",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl CopyMessage {
        /// The permissions that allow calling `message: copy`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadWrite |
        /// | Delegated (personal Microsoft account) | Mail.ReadWrite |
        /// | Application | Mail.ReadWrite |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            application: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            shared: &["Mail.ReadWrite.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/copy`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/copy`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/copy`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/copy`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for CopyMessage {
        type RequestBody = Body;
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "message: copy";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::CREATED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = CopyMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-copy?view=graph-rest-1.0";
    }
    /// The JSON request body of `message: copy`.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// The destination folder ID, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// Required.
        #[serde(rename = "destinationId")]
        pub destination_id: ::std::string::String,
    }
    /// Builder for `POST /me/messages/{id}/copy`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: copy`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/copy` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CopyMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(62usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/copy");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/copy`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: copy`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/copy` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CopyMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
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
            path.push_str("/copy");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/copy`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: copy`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/copy` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CopyMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(86usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/copy");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/copy`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: copy`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/copy` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CopyMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(99usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/copy");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: copy` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: copy` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: copy` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: copy` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_createforward.toml
/// message: createForward
///
/// Create a draft to forward an existing message.
///
/// The draft is created in the Drafts folder; update and send it later.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/createForward
/// POST /users/{id | userPrincipalName}/messages/{id}/createForward
/// POST /me/mailFolders/{id}/messages/{id}/createForward
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createForward
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
/// | Delegated (work or school account) | Mail.ReadWrite |
/// | Delegated (personal Microsoft account) | Mail.ReadWrite |
/// | Application | Mail.ReadWrite |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
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
/// | message | message | Any writeable properties to set on the draft. |
/// | toRecipients | [recipient] | The list of recipients. |
///
/// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
///
/// # Response
///
/// If successful, this method returns `201 Created`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-createforward?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateForward;
/// Request builders for [`CreateForward`], one per path variant.
pub mod create_forward {
    use super::CreateForward;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/createForward",
        docs_template: "/me/messages/{id}/createForward",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/createForward",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/createForward",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/createForward",
        docs_template: "/me/mailFolders/{id}/messages/{id}/createForward",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/createForward",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createForward",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl CreateForward {
        /// The permissions that allow calling `message: createForward`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadWrite |
        /// | Delegated (personal Microsoft account) | Mail.ReadWrite |
        /// | Application | Mail.ReadWrite |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            application: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            shared: &["Mail.ReadWrite.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/createForward`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/createForward`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/createForward`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createForward`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for CreateForward {
        type RequestBody = Body;
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "message: createForward";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::CREATED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = CreateForward::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-createforward?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(::graph_runtime::BodyError {
                    message: ::std::string::String::from(
                        "Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request. (`comment`, `message.body`)",
                    ),
                });
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The JSON request body of `message: createForward`.
    ///
    /// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(
            rename = "comment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to set on the draft.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<super::models::Message>,
        /// The list of recipients.
        #[serde(
            rename = "toRecipients",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub to_recipients: ::core::option::Option<
            ::std::vec::Vec<super::models::Recipient>,
        >,
    }
    /// Builder for `POST /me/messages/{id}/createForward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createForward`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/createForward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateForward>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(71usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createForward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/createForward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createForward`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/createForward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateForward>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(84usize);
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
            path.push_str("/createForward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/createForward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createForward`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/createForward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateForward>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(95usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createForward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createForward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createForward`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createForward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateForward>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(108usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createForward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: createForward` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: createForward` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: createForward` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: createForward` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_createreply.toml
/// message: createReply
///
/// Create a draft to reply to the sender of a message.
///
/// The draft is created in the Drafts folder; update and send it later.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/createReply
/// POST /users/{id | userPrincipalName}/messages/{id}/createReply
/// POST /me/mailFolders/{id}/messages/{id}/createReply
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReply
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
/// | Delegated (work or school account) | Mail.ReadWrite |
/// | Delegated (personal Microsoft account) | Mail.ReadWrite |
/// | Application | Mail.ReadWrite |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
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
/// | message | message | Any writeable properties to set on the draft. |
///
/// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
///
/// # Response
///
/// If successful, this method returns `201 Created`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-createreply?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateReply;
/// Request builders for [`CreateReply`], one per path variant.
pub mod create_reply {
    use super::CreateReply;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/createReply",
        docs_template: "/me/messages/{id}/createReply",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/createReply",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/createReply",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/createReply",
        docs_template: "/me/mailFolders/{id}/messages/{id}/createReply",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/createReply",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReply",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl CreateReply {
        /// The permissions that allow calling `message: createReply`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadWrite |
        /// | Delegated (personal Microsoft account) | Mail.ReadWrite |
        /// | Application | Mail.ReadWrite |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            application: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            shared: &["Mail.ReadWrite.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/createReply`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/createReply`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/createReply`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReply`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for CreateReply {
        type RequestBody = Body;
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "message: createReply";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::CREATED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = CreateReply::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-createreply?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(::graph_runtime::BodyError {
                    message: ::std::string::String::from(
                        "Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request. (`comment`, `message.body`)",
                    ),
                });
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The JSON request body of `message: createReply`.
    ///
    /// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(
            rename = "comment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to set on the draft.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<super::models::Message>,
    }
    /// Builder for `POST /me/messages/{id}/createReply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReply`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/createReply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReply>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(69usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createReply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/createReply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReply`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/createReply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReply>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(82usize);
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
            path.push_str("/createReply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/createReply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReply`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/createReply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReply>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(93usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createReply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReply`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReply>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(106usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createReply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: createReply` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: createReply` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: createReply` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: createReply` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_createreplyall.toml
/// message: createReplyAll
///
/// Create a draft to reply to the sender and all recipients of a message.
///
/// The draft is created in the Drafts folder; update and send it later.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/createReplyAll
/// POST /users/{id | userPrincipalName}/messages/{id}/createReplyAll
/// POST /me/mailFolders/{id}/messages/{id}/createReplyAll
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReplyAll
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
/// | Delegated (work or school account) | Mail.ReadWrite |
/// | Delegated (personal Microsoft account) | Mail.ReadWrite |
/// | Application | Mail.ReadWrite |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
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
/// | message | message | Any writeable properties to set on the draft. |
///
/// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
///
/// # Response
///
/// If successful, this method returns `201 Created`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-createreplyall?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateReplyAll;
/// Request builders for [`CreateReplyAll`], one per path variant.
pub mod create_reply_all {
    use super::CreateReplyAll;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/createReplyAll",
        docs_template: "/me/messages/{id}/createReplyAll",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/createReplyAll",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/createReplyAll",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/createReplyAll",
        docs_template: "/me/mailFolders/{id}/messages/{id}/createReplyAll",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/createReplyAll",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReplyAll",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl CreateReplyAll {
        /// The permissions that allow calling `message: createReplyAll`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadWrite |
        /// | Delegated (personal Microsoft account) | Mail.ReadWrite |
        /// | Application | Mail.ReadWrite |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            application: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            shared: &["Mail.ReadWrite.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/createReplyAll`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/createReplyAll`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/createReplyAll`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReplyAll`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for CreateReplyAll {
        type RequestBody = Body;
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "message: createReplyAll";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::CREATED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = CreateReplyAll::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-createreplyall?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(::graph_runtime::BodyError {
                    message: ::std::string::String::from(
                        "Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request. (`comment`, `message.body`)",
                    ),
                });
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The JSON request body of `message: createReplyAll`.
    ///
    /// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(
            rename = "comment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to set on the draft.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<super::models::Message>,
    }
    /// Builder for `POST /me/messages/{id}/createReplyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReplyAll`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/createReplyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReplyAll>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(72usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createReplyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/createReplyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReplyAll`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/createReplyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReplyAll>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(85usize);
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
            path.push_str("/createReplyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/createReplyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReplyAll`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/createReplyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReplyAll>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(96usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createReplyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReplyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: createReplyAll`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/createReplyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateReplyAll>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(109usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/createReplyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: createReplyAll` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: createReplyAll` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: createReplyAll` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: createReplyAll` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_forward.toml
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
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
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
/// | toRecipients | [recipient] | The list of recipients. |
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
/// Request builders for [`ForwardMessage`], one per path variant.
pub mod forward_message {
    use super::ForwardMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/forward",
        docs_template: "/me/messages/{id}/forward",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/forward",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/forward",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/forward",
        docs_template: "/me/mailFolders/{id}/messages/{id}/forward",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/forward",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl ForwardMessage {
        /// The permissions that allow calling `message: forward`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.Send |
        /// | Delegated (personal Microsoft account) | Mail.Send |
        /// | Application | Mail.Send |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            shared: &["Mail.Send.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/forward`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/forward`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/forward`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for ForwardMessage {
        type RequestBody = Body;
        type ResponseBody = ();
        const NAME: &'static str = "message: forward";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
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
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: ::graph_runtime::Permissions = ForwardMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-forward?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(::graph_runtime::BodyError {
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
                return ::core::result::Result::Err(::graph_runtime::BodyError {
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
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(
            rename = "comment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to update in the reply message.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<super::models::Message>,
        /// The list of recipients.
        #[serde(
            rename = "toRecipients",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub to_recipients: ::core::option::Option<
            ::std::vec::Vec<super::models::Recipient>,
        >,
    }
    /// Builder for `POST /me/messages/{id}/forward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: forward`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/forward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ForwardMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(65usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/forward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/forward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: forward`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/forward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ForwardMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(78usize);
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
            path.push_str("/forward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/forward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: forward`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/forward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ForwardMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(89usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/forward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: forward`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/forward` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ForwardMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(102usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/forward");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: forward` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: forward` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: forward` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: forward` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_get.toml
/// Get message
///
/// Retrieve the properties and relationships of a message object.
///
/// # HTTP request
///
/// ```text
/// GET /me/messages/{id}
/// GET /users/{id | userPrincipalName}/messages/{id}
/// GET /me/mailFolders/{id}/messages/{id}
/// GET /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}
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
/// | Delegated (work or school account) | Mail.ReadBasic, Mail.Read |
/// | Delegated (personal Microsoft account) | Mail.ReadBasic, Mail.Read |
/// | Application | Mail.ReadBasic.All, Mail.Read |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Read.Shared.
///
/// # Request headers
///
/// | Name | Value | Required | Description |
/// |:--|:--|:--|:--|
/// | Authorization | `Bearer {token}` | yes | Bearer {token}. Required. |
/// | Prefer | `outlook.timezone="{time_zone}"` | no | Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional. |
///
/// # Response
///
/// If successful, this method returns `200 OK`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-get?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetMessage;
/// Request builders for [`GetMessage`], one per path variant.
pub mod get_message {
    use super::GetMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}",
        docs_template: "/me/messages/{id}",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}",
        docs_template: "/me/mailFolders/{id}/messages/{id}",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl GetMessage {
        /// The permissions that allow calling `Get message`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadBasic, Mail.Read |
        /// | Delegated (personal Microsoft account) | Mail.ReadBasic, Mail.Read |
        /// | Application | Mail.ReadBasic.All, Mail.Read |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Read.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(
                &["Mail.ReadBasic", "Mail.Read"],
            ),
            delegated_personal: ::core::option::Option::Some(
                &["Mail.ReadBasic", "Mail.Read"],
            ),
            application: ::core::option::Option::Some(
                &["Mail.ReadBasic.All", "Mail.Read"],
            ),
            shared: &["Mail.Read.Shared"],
        };
        /// Starts a request on `GET /me/messages/{id}`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                extras: ::graph_runtime::__private::Extras::default(),
            }
        }
        /// Starts a request on `GET /users/{id | userPrincipalName}/messages/{id}`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                extras: ::graph_runtime::__private::Extras::default(),
            }
        }
        /// Starts a request on `GET /me/mailFolders/{id}/messages/{id}`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                extras: ::graph_runtime::__private::Extras::default(),
            }
        }
        /// Starts a request on `GET /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                extras: ::graph_runtime::__private::Extras::default(),
            }
        }
    }
    impl ::graph_runtime::Endpoint for GetMessage {
        type RequestBody = ();
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "Get message";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::GET;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::OK;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Prefer",
                value: "outlook.timezone=\"{time_zone}\"",
                required: false,
                description: "Time zone for date-time values in the response, e.g. outlook.timezone=\"Pacific Standard Time\". Optional.",
            },
        ];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = GetMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-get?view=graph-rest-1.0";
    }
    /// Builder for `GET /me/messages/{id}`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<MessageId = ::graph_runtime::Unset> {
        message_id: MessageId,
        extras: ::graph_runtime::__private::Extras,
    }
    impl<MessageId> Me<MessageId> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String> {
            Me {
                message_id: message_id.into(),
                extras: self.extras,
            }
        }
        /// Sets the `$select` query parameter: Comma-separated properties to return.
        pub fn select(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_query("$select", value.into());
            self
        }
        /// Sets the optional `Prefer` header, documented as `outlook.timezone="{time_zone}"`: Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional.
        pub fn prefer(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_header("Prefer", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<GetMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
        {
            let mut path = ::std::string::String::with_capacity(57usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                        &ME_PATH,
                        path,
                        ::graph_runtime::ApiVersion::V1_0,
                        (),
                    )
                    .__with_extras(self.extras),
            )
        }
    }
    /// Builder for `GET /users/{id | userPrincipalName}/messages/{id}`.
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
        extras: ::graph_runtime::__private::Extras,
    }
    impl<UserId, MessageId> User<UserId, MessageId> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                extras: self.extras,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                extras: self.extras,
            }
        }
        /// Sets the `$select` query parameter: Comma-separated properties to return.
        pub fn select(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_query("$select", value.into());
            self
        }
        /// Sets the optional `Prefer` header, documented as `outlook.timezone="{time_zone}"`: Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional.
        pub fn prefer(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_header("Prefer", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<GetMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
        {
            let mut path = ::std::string::String::with_capacity(70usize);
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
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                        &USER_PATH,
                        path,
                        ::graph_runtime::ApiVersion::V1_0,
                        (),
                    )
                    .__with_extras(self.extras),
            )
        }
    }
    /// Builder for `GET /me/mailFolders/{id}/messages/{id}`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        extras: ::graph_runtime::__private::Extras,
    }
    impl<FolderId, MessageId> MeFolder<FolderId, MessageId> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                extras: self.extras,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                extras: self.extras,
            }
        }
        /// Sets the `$select` query parameter: Comma-separated properties to return.
        pub fn select(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_query("$select", value.into());
            self
        }
        /// Sets the optional `Prefer` header, documented as `outlook.timezone="{time_zone}"`: Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional.
        pub fn prefer(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_header("Prefer", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<GetMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
        {
            let mut path = ::std::string::String::with_capacity(81usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                        &ME_FOLDER_PATH,
                        path,
                        ::graph_runtime::ApiVersion::V1_0,
                        (),
                    )
                    .__with_extras(self.extras),
            )
        }
    }
    /// Builder for `GET /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}`.
    ///
    /// Set every path parameter, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        extras: ::graph_runtime::__private::Extras,
    }
    impl<UserId, FolderId, MessageId> UserFolder<UserId, FolderId, MessageId> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                extras: self.extras,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                extras: self.extras,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                extras: self.extras,
            }
        }
        /// Sets the `$select` query parameter: Comma-separated properties to return.
        pub fn select(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_query("$select", value.into());
            self
        }
        /// Sets the optional `Prefer` header, documented as `outlook.timezone="{time_zone}"`: Time zone for date-time values in the response, e.g. outlook.timezone="Pacific Standard Time". Optional.
        pub fn prefer(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.extras.set_header("Prefer", value.into());
            self
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<GetMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
        {
            let mut path = ::std::string::String::with_capacity(94usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                        &USER_FOLDER_PATH,
                        path,
                        ::graph_runtime::ApiVersion::V1_0,
                        (),
                    )
                    .__with_extras(self.extras),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `Get message` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `Get message` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `Get message` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
}

// specs/v1.0/message_move.toml
/// message: move
///
/// Move a message to another folder within the specified user's mailbox.
///
/// Returns the new message in the destination folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/move
/// POST /users/{id | userPrincipalName}/messages/{id}/move
/// POST /me/mailFolders/{id}/messages/{id}/move
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/move
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
/// | Delegated (work or school account) | Mail.ReadWrite |
/// | Delegated (personal Microsoft account) | Mail.ReadWrite |
/// | Application | Mail.ReadWrite |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
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
/// | destinationId | string | The destination folder ID, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`. Required. |
///
/// # Response
///
/// If successful, this method returns `201 Created`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-move?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct MoveMessage;
/// Request builders for [`MoveMessage`], one per path variant.
pub mod move_message {
    use super::MoveMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/move",
        docs_template: "/me/messages/{id}/move",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/move",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/move",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/move",
        docs_template: "/me/mailFolders/{id}/messages/{id}/move",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/move",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/move",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl MoveMessage {
        /// The permissions that allow calling `message: move`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadWrite |
        /// | Delegated (personal Microsoft account) | Mail.ReadWrite |
        /// | Application | Mail.ReadWrite |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            application: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            shared: &["Mail.ReadWrite.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/move`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/move`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/move`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/move`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for MoveMessage {
        type RequestBody = Body;
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "message: move";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::CREATED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = MoveMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-move?view=graph-rest-1.0";
    }
    /// The JSON request body of `message: move`.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// The destination folder ID, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// Required.
        #[serde(rename = "destinationId")]
        pub destination_id: ::std::string::String,
    }
    /// Builder for `POST /me/messages/{id}/move`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: move`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/move` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<MoveMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(62usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/move");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/move`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: move`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/move` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<MoveMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
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
            path.push_str("/move");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/move`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: move`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/move` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<MoveMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(86usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/move");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/move`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: move`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/move` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<MoveMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(99usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/move");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: move` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: move` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: move` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: move` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_reply.toml
/// message: reply
///
/// Reply to the sender of a message using either JSON or MIME format.
///
/// The message is saved in the Sent Items folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/reply
/// POST /users/{id | userPrincipalName}/messages/{id}/reply
/// POST /me/mailFolders/{id}/messages/{id}/reply
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/reply
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
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
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
///
/// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
///
/// # Response
///
/// If successful, this method returns `202 Accepted`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-reply?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ReplyToMessage;
/// Request builders for [`ReplyToMessage`], one per path variant.
pub mod reply_to_message {
    use super::ReplyToMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/reply",
        docs_template: "/me/messages/{id}/reply",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/reply",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/reply",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/reply",
        docs_template: "/me/mailFolders/{id}/messages/{id}/reply",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/reply",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/reply",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl ReplyToMessage {
        /// The permissions that allow calling `message: reply`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.Send |
        /// | Delegated (personal Microsoft account) | Mail.Send |
        /// | Application | Mail.Send |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            shared: &["Mail.Send.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/reply`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/reply`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/reply`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/reply`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for ReplyToMessage {
        type RequestBody = Body;
        type ResponseBody = ();
        const NAME: &'static str = "message: reply";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
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
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: ::graph_runtime::Permissions = ReplyToMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-reply?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(::graph_runtime::BodyError {
                    message: ::std::string::String::from(
                        "Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request. (`comment`, `message.body`)",
                    ),
                });
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The JSON request body of `message: reply`.
    ///
    /// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(
            rename = "comment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to update in the reply message.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<super::models::Message>,
    }
    /// Builder for `POST /me/messages/{id}/reply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: reply`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/reply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(63usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/reply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/reply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: reply`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/reply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(76usize);
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
            path.push_str("/reply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/reply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: reply`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/reply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(87usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/reply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/reply`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: reply`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/reply` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(100usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/reply");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: reply` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: reply` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: reply` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: reply` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/message_replyall.toml
/// message: replyAll
///
/// Reply to all recipients of a message using either JSON or MIME format.
///
/// The message is saved in the Sent Items folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages/{id}/replyAll
/// POST /users/{id | userPrincipalName}/messages/{id}/replyAll
/// POST /me/mailFolders/{id}/messages/{id}/replyAll
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/replyAll
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
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
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
///
/// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
///
/// # Response
///
/// If successful, this method returns `202 Accepted`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/message-replyall?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ReplyAllToMessage;
/// Request builders for [`ReplyAllToMessage`], one per path variant.
pub mod reply_all_to_message {
    use super::ReplyAllToMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages/{message_id}/replyAll",
        docs_template: "/me/messages/{id}/replyAll",
        params: &["message_id"],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/replyAll",
        docs_template: "/users/{id | userPrincipalName}/messages/{id}/replyAll",
        params: &["user_id", "message_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages/{message_id}/replyAll",
        docs_template: "/me/mailFolders/{id}/messages/{id}/replyAll",
        params: &["folder_id", "message_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages/{message_id}/replyAll",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/replyAll",
        params: &["user_id", "folder_id", "message_id"],
        user_param: "user_id",
    };
    impl ReplyAllToMessage {
        /// The permissions that allow calling `message: replyAll`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.Send |
        /// | Delegated (personal Microsoft account) | Mail.Send |
        /// | Application | Mail.Send |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            shared: &["Mail.Send.Shared"],
        };
        /// Starts a request on `POST /me/messages/{id}/replyAll`.
        ///
        /// From the signed-in user's mailbox.
        pub fn me() -> Me {
            Me {
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages/{id}/replyAll`.
        ///
        /// From the given user's mailbox.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages/{id}/replyAll`.
        ///
        /// From a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/replyAll`.
        ///
        /// From a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                message_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for ReplyAllToMessage {
        type RequestBody = Body;
        type ResponseBody = ();
        const NAME: &'static str = "message: replyAll";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
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
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: ::graph_runtime::Permissions = ReplyAllToMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/message-replyall?view=graph-rest-1.0";
        fn validate_body(
            body: &Self::RequestBody,
        ) -> ::core::result::Result<(), ::graph_runtime::BodyError> {
            let present = [
                body.comment.is_some(),
                body.message.as_ref().is_some_and(|v0| v0.body.is_some()),
            ]
                .into_iter()
                .filter(|p| *p)
                .count();
            if present > 1 {
                return ::core::result::Result::Err(::graph_runtime::BodyError {
                    message: ::std::string::String::from(
                        "Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request. (`comment`, `message.body`)",
                    ),
                });
            }
            ::core::result::Result::Ok(())
        }
    }
    /// The JSON request body of `message: replyAll`.
    ///
    /// Specify either a comment or the body property of the message parameter. Specifying both returns 400 Bad Request.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// A comment to include. Can be an empty string.
        #[serde(
            rename = "comment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub comment: ::core::option::Option<::std::string::String>,
        /// Any writeable properties to update in the reply message.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<super::models::Message>,
    }
    /// Builder for `POST /me/messages/{id}/replyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<MessageId, RequestBodyState> Me<MessageId, RequestBodyState> {
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Me<::std::string::String, RequestBodyState> {
            Me {
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: replyAll`.
        pub fn body(self, body: Body) -> Me<MessageId, Body> {
            Me {
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages/{id}/replyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyAllToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(66usize);
            path.push_str("/me/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/replyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages/{id}/replyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<UserId, MessageId, RequestBodyState> User<UserId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, MessageId, RequestBodyState> {
            User {
                user_id: user_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<UserId, ::std::string::String, RequestBodyState> {
            User {
                user_id: self.user_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: replyAll`.
        pub fn body(self, body: Body) -> User<UserId, MessageId, Body> {
            User {
                user_id: self.user_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages/{id}/replyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyAllToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(79usize);
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
            path.push_str("/replyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages/{id}/replyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        FolderId,
        MessageId,
        RequestBodyState,
    > MeFolder<FolderId, MessageId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, MessageId, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<FolderId, ::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: replyAll`.
        pub fn body(self, body: Body) -> MeFolder<FolderId, MessageId, Body> {
            MeFolder {
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages/{id}/replyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyAllToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(90usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/replyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/replyAll`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        MessageId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        message_id: MessageId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        MessageId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, MessageId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, MessageId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, MessageId, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                message_id: self.message_id,
                body: self.body,
            }
        }
        /// Sets `{message_id}`: The id of the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn message_id(
            self,
            message_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, FolderId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: message_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `message: replyAll`.
        pub fn body(self, body: Body) -> UserFolder<UserId, FolderId, MessageId, Body> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                message_id: self.message_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages/{id}/replyAll` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<ReplyAllToMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            MessageId: HasMessageId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(103usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "message_id",
                ::graph_runtime::__private::IsSet::as_param(&self.message_id),
            )?;
            path.push_str("/replyAll");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `message: replyAll` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `message_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `message_id` is not set",
        label = "this `message: replyAll` request has no `message_id` yet",
        note = "call `.message_id(...)` on the builder before `.build()`"
    )]
    pub trait HasMessageId: ::graph_runtime::__private::IsSet {}
    impl HasMessageId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `message: replyAll` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `message: replyAll` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}

// specs/v1.0/user_create_message.toml
/// Create message
///
/// Create a draft of a new message in either JSON or MIME format.
///
/// The draft is saved in the Drafts folder, or in the given folder.
///
/// # HTTP request
///
/// ```text
/// POST /me/messages
/// POST /users/{id | userPrincipalName}/messages
/// POST /me/mailFolders/{id}/messages
/// POST /users/{id | userPrincipalName}/mailFolders/{id}/messages
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
/// | Delegated (work or school account) | Mail.ReadWrite |
/// | Delegated (personal Microsoft account) | Mail.ReadWrite |
/// | Application | Mail.ReadWrite |
///
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
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
/// A JSON representation of a `message` object.
///
/// # Response
///
/// If successful, this method returns `201 Created`. The response body is a `message` object.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/user-post-messages?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateMessage;
/// Request builders for [`CreateMessage`], one per path variant.
pub mod create_message {
    use super::CreateMessage;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/messages",
        docs_template: "/me/messages",
        params: &[],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages",
        docs_template: "/users/{id | userPrincipalName}/messages",
        params: &["user_id"],
        user_param: "user_id",
    };
    const ME_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me_folder",
        template: "/me/mailFolders/{folder_id}/messages",
        docs_template: "/me/mailFolders/{id}/messages",
        params: &["folder_id"],
        user_param: "user_id",
    };
    const USER_FOLDER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user_folder",
        template: "/users/{user_id}/mailFolders/{folder_id}/messages",
        docs_template: "/users/{id | userPrincipalName}/mailFolders/{id}/messages",
        params: &["user_id", "folder_id"],
        user_param: "user_id",
    };
    impl CreateMessage {
        /// The permissions that allow calling `Create message`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.ReadWrite |
        /// | Delegated (personal Microsoft account) | Mail.ReadWrite |
        /// | Application | Mail.ReadWrite |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.ReadWrite.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            application: ::core::option::Option::Some(&["Mail.ReadWrite"]),
            shared: &["Mail.ReadWrite.Shared"],
        };
        /// Starts a request on `POST /me/messages`.
        ///
        /// In the signed-in user's Drafts folder.
        pub fn me() -> Me {
            Me { body: ::graph_runtime::Unset }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/messages`.
        ///
        /// In the given user's Drafts folder.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /me/mailFolders/{id}/messages`.
        ///
        /// In a folder of the signed-in user's mailbox.
        pub fn me_folder() -> MeFolder {
            MeFolder {
                folder_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages`.
        ///
        /// In a folder of the given user's mailbox.
        pub fn user_folder() -> UserFolder {
            UserFolder {
                user_id: ::graph_runtime::Unset,
                folder_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for CreateMessage {
        type RequestBody = super::models::Message;
        type ResponseBody = super::models::Message;
        const NAME: &'static str = "Create message";
        const METHOD: ::graph_runtime::http::Method = ::graph_runtime::http::Method::POST;
        const PATHS: &'static [::graph_runtime::PathTemplate] = &[
            ME_PATH,
            USER_PATH,
            ME_FOLDER_PATH,
            USER_FOLDER_PATH,
        ];
        const VERSIONS: &'static [::graph_runtime::ApiVersion] = &[
            ::graph_runtime::ApiVersion::V1_0,
        ];
        const SUCCESS_STATUS: ::graph_runtime::http::StatusCode = ::graph_runtime::http::StatusCode::CREATED;
        const HEADERS: &'static [::graph_runtime::HeaderSpec] = &[
            ::graph_runtime::HeaderSpec {
                name: "Authorization",
                value: "Bearer {token}",
                required: true,
                description: "Bearer {token}. Required.",
            },
            ::graph_runtime::HeaderSpec {
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = true;
        const PERMISSIONS: ::graph_runtime::Permissions = CreateMessage::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/user-post-messages?view=graph-rest-1.0";
    }
    /// Builder for `POST /me/messages`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<RequestBodyState = ::graph_runtime::Unset> {
        body: RequestBodyState,
    }
    impl<RequestBodyState> Me<RequestBodyState> {
        /// Sets the JSON request body of `Create message`.
        pub fn body(self, body: super::models::Message) -> Me<super::models::Message> {
            Me { body }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/messages` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(44usize);
            path.push_str("/me/messages");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/messages`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        body: RequestBodyState,
    }
    impl<UserId, RequestBodyState> User<UserId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, RequestBodyState> {
            User {
                user_id: user_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `Create message`.
        pub fn body(
            self,
            body: super::models::Message,
        ) -> User<UserId, super::models::Message> {
            User {
                user_id: self.user_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/messages` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(57usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/messages");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /me/mailFolders/{id}/messages`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct MeFolder<
        FolderId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        folder_id: FolderId,
        body: RequestBodyState,
    }
    impl<FolderId, RequestBodyState> MeFolder<FolderId, RequestBodyState> {
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> MeFolder<::std::string::String, RequestBodyState> {
            MeFolder {
                folder_id: folder_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `Create message`.
        pub fn body(
            self,
            body: super::models::Message,
        ) -> MeFolder<FolderId, super::models::Message> {
            MeFolder {
                folder_id: self.folder_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/mailFolders/{id}/messages` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            FolderId: HasFolderId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(68usize);
            path.push_str("/me/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/mailFolders/{id}/messages`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct UserFolder<
        UserId = ::graph_runtime::Unset,
        FolderId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        folder_id: FolderId,
        body: RequestBodyState,
    }
    impl<
        UserId,
        FolderId,
        RequestBodyState,
    > UserFolder<UserId, FolderId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<::std::string::String, FolderId, RequestBodyState> {
            UserFolder {
                user_id: user_id.into(),
                folder_id: self.folder_id,
                body: self.body,
            }
        }
        /// Sets `{folder_id}`: The id of the mail folder, or a well-known folder name such as `inbox`, `drafts`, `sentitems` or `deleteditems`.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn folder_id(
            self,
            folder_id: impl ::core::convert::Into<::std::string::String>,
        ) -> UserFolder<UserId, ::std::string::String, RequestBodyState> {
            UserFolder {
                user_id: self.user_id,
                folder_id: folder_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `Create message`.
        pub fn body(
            self,
            body: super::models::Message,
        ) -> UserFolder<UserId, FolderId, super::models::Message> {
            UserFolder {
                user_id: self.user_id,
                folder_id: self.folder_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/mailFolders/{id}/messages` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<CreateMessage>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            FolderId: HasFolderId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(81usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/mailFolders");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "folder_id",
                ::graph_runtime::__private::IsSet::as_param(&self.folder_id),
            )?;
            path.push_str("/messages");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_FOLDER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `Create message` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented once `folder_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `folder_id` is not set",
        label = "this `Create message` request has no `folder_id` yet",
        note = "call `.folder_id(...)` on the builder before `.build()`"
    )]
    pub trait HasFolderId: ::graph_runtime::__private::IsSet {}
    impl HasFolderId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `Create message` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> super::models::Message;
    }
    impl HasRequestBody for super::models::Message {
        fn into_body(self) -> super::models::Message {
            self
        }
    }
}

// specs/v1.0/user_send_mail.toml
/// user: sendMail
///
/// Send the message specified in the request body using either JSON or MIME format.
///
/// The message is saved in the Sent Items folder by default.
///
/// # HTTP request
///
/// ```text
/// POST /me/sendMail
/// POST /users/{id | userPrincipalName}/sendMail
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
/// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
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
/// | message | message | The message to send. Required. |
/// | saveToSentItems | boolean | Indicates whether to save the message in Sent Items. Specify it only if the parameter is false; default is true. |
///
/// # Response
///
/// If successful, this method returns `202 Accepted`. It does not return anything in the response body.
///
/// See the [Microsoft Graph documentation](https://learn.microsoft.com/graph/api/user-sendmail?view=graph-rest-1.0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SendMail;
/// Request builders for [`SendMail`], one per path variant.
pub mod send_mail {
    use super::SendMail;
    const ME_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "me",
        template: "/me/sendMail",
        docs_template: "/me/sendMail",
        params: &[],
        user_param: "user_id",
    };
    const USER_PATH: ::graph_runtime::PathTemplate = ::graph_runtime::PathTemplate {
        variant: "user",
        template: "/users/{user_id}/sendMail",
        docs_template: "/users/{id | userPrincipalName}/sendMail",
        params: &["user_id"],
        user_param: "user_id",
    };
    impl SendMail {
        /// The permissions that allow calling `user: sendMail`, least privileged first.
        ///
        /// One of the following permissions is required to call this API.
        ///
        /// | Permission type | Permissions (from least to most privileged) |
        /// |:--|:--|
        /// | Delegated (work or school account) | Mail.Send |
        /// | Delegated (personal Microsoft account) | Mail.Send |
        /// | Application | Mail.Send |
        ///
        /// A delegated caller reaches another user's mailbox (`/users/{id}`) only with Mail.Send.Shared.
        pub const PERMISSIONS: ::graph_runtime::Permissions = ::graph_runtime::Permissions {
            delegated_work: ::core::option::Option::Some(&["Mail.Send"]),
            delegated_personal: ::core::option::Option::Some(&["Mail.Send"]),
            application: ::core::option::Option::Some(&["Mail.Send"]),
            shared: &["Mail.Send.Shared"],
        };
        /// Starts a request on `POST /me/sendMail`.
        ///
        /// Send as the signed-in user.
        pub fn me() -> Me {
            Me { body: ::graph_runtime::Unset }
        }
        /// Starts a request on `POST /users/{id | userPrincipalName}/sendMail`.
        ///
        /// Send as the given user.
        pub fn user() -> User {
            User {
                user_id: ::graph_runtime::Unset,
                body: ::graph_runtime::Unset,
            }
        }
    }
    impl ::graph_runtime::Endpoint for SendMail {
        type RequestBody = Body;
        type ResponseBody = ();
        const NAME: &'static str = "user: sendMail";
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
                name: "Content-Type",
                value: "application/json",
                required: true,
                description: "Nature of the data in the body of an entity. Required.",
            },
        ];
        const HAS_REQUEST_BODY: bool = true;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: ::graph_runtime::Permissions = SendMail::PERMISSIONS;
        const DOCS_URL: &'static str = "https://learn.microsoft.com/graph/api/user-sendmail?view=graph-rest-1.0";
    }
    /// The JSON request body of `user: sendMail`.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Default,
        ::graph_runtime::__private::serde::Serialize
    )]
    #[serde(crate = "::graph_runtime::__private::serde")]
    pub struct Body {
        /// The message to send.
        ///
        /// Required.
        #[serde(rename = "message")]
        pub message: super::models::Message,
        /// Indicates whether to save the message in Sent Items. Specify it only if the parameter is false; default is true.
        ///
        /// Defaults to `true` when absent.
        #[serde(
            rename = "saveToSentItems",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub save_to_sent_items: ::core::option::Option<bool>,
    }
    impl Body {
        /// `saveToSentItems`, or its documented default `true`.
        pub fn save_to_sent_items_or_default(&self) -> bool {
            self.save_to_sent_items.unwrap_or(true)
        }
    }
    /// Builder for `POST /me/sendMail`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct Me<RequestBodyState = ::graph_runtime::Unset> {
        body: RequestBodyState,
    }
    impl<RequestBodyState> Me<RequestBodyState> {
        /// Sets the JSON request body of `user: sendMail`.
        pub fn body(self, body: Body) -> Me<Body> {
            Me { body }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/me/sendMail` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<SendMail>,
            ::graph_runtime::PathParamError,
        >
        where
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(44usize);
            path.push_str("/me/sendMail");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &ME_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Builder for `POST /users/{id | userPrincipalName}/sendMail`.
    ///
    /// Set every path parameter and the body, then call `build`; building with one missing does not compile.
    #[derive(Debug, Clone)]
    #[must_use = "a request builder does nothing until it is built"]
    pub struct User<
        UserId = ::graph_runtime::Unset,
        RequestBodyState = ::graph_runtime::Unset,
    > {
        user_id: UserId,
        body: RequestBodyState,
    }
    impl<UserId, RequestBodyState> User<UserId, RequestBodyState> {
        /// Sets `{user_id}`: The id or userPrincipalName of the user whose mailbox holds the message.
        ///
        /// The value is percent-encoded when the path is built.
        pub fn user_id(
            self,
            user_id: impl ::core::convert::Into<::std::string::String>,
        ) -> User<::std::string::String, RequestBodyState> {
            User {
                user_id: user_id.into(),
                body: self.body,
            }
        }
        /// Sets the JSON request body of `user: sendMail`.
        pub fn body(self, body: Body) -> User<UserId, Body> {
            User {
                user_id: self.user_id,
                body,
            }
        }
        /// Resolves the path, percent-encoding each parameter.
        ///
        /// # Errors
        ///
        /// A parameter that is empty, `.` or `..` would change which resource `/users/{id | userPrincipalName}/sendMail` addresses and is rejected.
        pub fn build(
            self,
        ) -> ::core::result::Result<
            ::graph_runtime::Request<SendMail>,
            ::graph_runtime::PathParamError,
        >
        where
            UserId: HasUserId,
            RequestBodyState: HasRequestBody,
        {
            let mut path = ::std::string::String::with_capacity(57usize);
            path.push_str("/users");
            ::graph_runtime::__private::push_segment(
                &mut path,
                "user_id",
                ::graph_runtime::__private::IsSet::as_param(&self.user_id),
            )?;
            path.push_str("/sendMail");
            ::core::result::Result::Ok(
                ::graph_runtime::Request::__new(
                    &USER_PATH,
                    path,
                    ::graph_runtime::ApiVersion::V1_0,
                    HasRequestBody::into_body(self.body),
                ),
            )
        }
    }
    /// Implemented once `user_id` is set; a missing one is a compile error.
    #[diagnostic::on_unimplemented(
        message = "the required path parameter `user_id` is not set",
        label = "this `user: sendMail` request has no `user_id` yet",
        note = "call `.user_id(...)` on the builder before `.build()`"
    )]
    pub trait HasUserId: ::graph_runtime::__private::IsSet {}
    impl HasUserId for ::std::string::String {}
    /// Implemented by the request body type; a builder without a body does not compile.
    #[diagnostic::on_unimplemented(
        message = "the request body of `user: sendMail` is not set",
        label = "this request has no body yet",
        note = "call `.body(...)` on the builder before `.build()`"
    )]
    pub trait HasRequestBody {
        /// Hands the body to the request.
        fn into_body(self) -> Body;
    }
    impl HasRequestBody for Body {
        fn into_body(self) -> Body {
            self
        }
    }
}
