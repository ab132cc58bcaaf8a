//! The mailbox behind the generated handler traits: one handler serves every
//! endpoint of both versions from one [`MailStore`].

mod attachments;
mod delta;

use std::future::{Future, Ready, ready};
use std::sync::Arc;

use graph_runtime::http::StatusCode;
use graph_runtime::server::{GraphError, RouteInfo};
use graph_runtime::{DeltaItem, Page};

use crate::delta_token::DeltaTokens;
use crate::endpoints::{beta, v1};
use crate::store::attachments::{Attachment, UploadSession};
use crate::store::{Folder, MailStore, Message, Response, ResponseKind, StoreError};
use delta::DeltaQuery;

/// Messages per page of a list without `$top`, as in Graph.
const DEFAULT_PAGE: usize = 10;
/// The largest page Graph returns, whatever `$top` asks for.
const MAX_PAGE: usize = 1000;

type Reply<T> = Ready<Result<T, GraphError>>;

/// Serves the mail family for v1.0 and beta from one [`MailStore`].
pub(crate) struct MailHandler {
    store: Arc<MailStore>,
    tokens: DeltaTokens,
}

fn store_error(e: StoreError) -> GraphError {
    match e {
        StoreError::UnknownUser(u) => GraphError::new(
            StatusCode::NOT_FOUND,
            "ErrorInvalidUser",
            format!("The requested user '{u}' is invalid."),
        ),
        StoreError::NoSuchFolder(_) => {
            GraphError::item_not_found("The specified folder could not be found in the store.")
        }
        StoreError::NoSuchMessage(_) | StoreError::NoSuchDraft(_) => {
            GraphError::item_not_found("The specified object was not found in the store.")
        }
    }
}

/// The folder a path's `{folder_id}` or a body's `destinationId` names.
fn folder(name_or_id: &str) -> Result<Folder, GraphError> {
    Folder::resolve(name_or_id)
        .ok_or_else(|| store_error(StoreError::NoSuchFolder(name_or_id.to_owned())))
}

fn path_folder(folder_id: Option<&str>) -> Result<Option<Folder>, GraphError> {
    folder_id.map(folder).transpose()
}

/// The properties `$select` names, checked against the message model.
fn selection(select: Option<&str>) -> Result<Option<Vec<&'static str>>, GraphError> {
    let Some(select) = select else {
        return Ok(None);
    };
    let mut keep = vec!["id"];
    for name in select.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let known = Message::PROPERTIES
            .iter()
            .find(|p| p.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                GraphError::bad_request(format!(
                    "Could not find a property named '{name}' on type 'microsoft.graph.message'."
                ))
            })?;
        keep.push(known);
    }
    Ok(Some(keep))
}

/// `message` with only the `keep` properties (and its id).
fn project(message: Message, keep: Option<&[&str]>) -> Result<Message, GraphError> {
    let Some(keep) = keep else {
        return Ok(message);
    };
    let internal = |e: serde_json::Error| GraphError::internal(format!("$select failed: {e}"));
    let mut value = serde_json::to_value(message).map_err(internal)?;
    if let Some(map) = value.as_object_mut() {
        map.retain(|k, _| keep.contains(&k.as_str()));
    }
    serde_json::from_value(value).map_err(internal)
}

/// Percent-encodes a query value, keeping what is safe in a query.
fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b",.-_~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn non_negative(value: Option<i32>, name: &str) -> Result<Option<usize>, GraphError> {
    value
        .map(|v| {
            usize::try_from(v).map_err(|_| {
                GraphError::bad_request(format!(
                    "Invalid value '{v}' for query parameter '{name}': it must not be negative."
                ))
            })
        })
        .transpose()
}

impl MailHandler {
    pub(crate) fn new(store: Arc<MailStore>) -> Self {
        MailHandler {
            store,
            tokens: DeltaTokens::new(),
        }
    }

    fn send(&self, user: &str, message_id: &str) -> Reply<()> {
        ready(
            self.store
                .send(user, message_id)
                .map(drop)
                .map_err(store_error),
        )
    }

    fn send_mail(&self, user: &str, message: Message, save: bool) -> Reply<()> {
        ready(
            self.store
                .send_mail(user, message, save)
                .map(drop)
                .map_err(store_error),
        )
    }

    fn respond(
        &self,
        user: &str,
        folder_id: Option<&str>,
        message_id: &str,
        response: Response,
        send: bool,
    ) -> Result<Message, GraphError> {
        let folder = path_folder(folder_id)?;
        self.store
            .respond(user, folder, message_id, response, send)
            .map_err(store_error)
    }

    fn relocate(
        &self,
        user: &str,
        folder_id: Option<&str>,
        message_id: &str,
        destination: &str,
        copy: bool,
    ) -> Reply<Message> {
        ready((|| {
            let from = path_folder(folder_id)?;
            let to = folder(destination)?;
            self.store
                .relocate(user, from, message_id, to, copy)
                .map_err(store_error)
        })())
    }

    fn create(&self, user: &str, folder_id: Option<&str>, message: Message) -> Reply<Message> {
        ready(path_folder(folder_id).and_then(|folder| {
            self.store
                .create(user, folder, message)
                .map_err(store_error)
        }))
    }

    fn get(
        &self,
        user: &str,
        folder_id: Option<&str>,
        message_id: &str,
        select: Option<&str>,
    ) -> Reply<Message> {
        ready((|| {
            let keep = selection(select)?;
            let folder = path_folder(folder_id)?;
            let message = self
                .store
                .get(user, folder, message_id)
                .map_err(store_error)?;
            project(message, keep.as_deref())
        })())
    }

    #[allow(clippy::too_many_arguments)]
    fn list(
        &self,
        user: &str,
        folder_id: &str,
        top: Option<i32>,
        skip: Option<i32>,
        select: Option<&str>,
        route: &RouteInfo,
    ) -> Reply<Page<Message>> {
        ready((|| {
            let top = non_negative(top, "$top")?
                .unwrap_or(DEFAULT_PAGE)
                .min(MAX_PAGE);
            let skip = non_negative(skip, "$skip")?.unwrap_or(0);
            let keep = selection(select)?;
            let folder = folder(folder_id)?;
            let (page, total) = self
                .store
                .page(user, folder, skip, top)
                .map_err(store_error)?;
            let value = page
                .into_iter()
                .map(|m| project(m, keep.as_deref()))
                .collect::<Result<Vec<_>, _>>()?;
            let next = skip.saturating_add(top);
            let next_link = (top > 0 && next < total).then(|| {
                // Under the configured base URL, never the request's `Host`.
                let mut link = route.link(&format!("{}?$top={top}&$skip={next}", route.path()));
                if let Some(select) = select {
                    link.push_str("&$select=");
                    link.push_str(&encode_query(select));
                }
                link
            });
            Ok(Page {
                value,
                next_link,
                ..Page::default()
            })
        })())
    }
}

/// What a reply-family handler answers: nothing when the reply was sent
/// (202), the draft when one was created (201).
trait FromReply {
    fn from_reply(draft: Message) -> Self;
}

impl FromReply for () {
    fn from_reply(_sent: Message) -> Self {}
}

impl FromReply for Message {
    fn from_reply(draft: Message) -> Self {
        draft
    }
}

/// The reply family of one version: reply, replyAll and forward send at
/// once; createReply, createReplyAll and createForward leave a draft. Each
/// line: module, endpoint type, handler method, the kind of response,
/// whether it is sent, and whether the body names recipients.
macro_rules! reply_family {
    (@to $body:ident) => {
        None
    };
    (@to $body:ident $to:ident) => {
        $body.$to
    };
    ($v:ident: $($module:ident :: {$ty:ident, $handler:ident, $params:ident}
        => $method:ident($kind:ident, send: $send:literal $(, $to:ident)?);)*) => {
        $(
            impl $v::$module::$handler for MailHandler {
                fn $method(
                    &self,
                    _caller: Arc<graph_runtime::server::Caller>,
                    params: $v::$module::$params,
                    body: $v::$module::Body,
                ) -> impl Future<
                    Output = Result<<$v::$ty as graph_runtime::Endpoint>::ResponseBody, GraphError>,
                > + Send {
                    let response = Response {
                        kind: ResponseKind::$kind,
                        comment: body.comment,
                        message: body.message,
                        to_recipients: reply_family!(@to body $($to)?),
                    };
                    ready(
                        self.respond(
                            &params.user_id,
                            params.folder_id.as_deref(),
                            &params.message_id,
                            response,
                            $send,
                        )
                        .map(FromReply::from_reply),
                    )
                }
            }
        )*
    };
}

/// Implements every handler trait of one version's endpoints (`mount_all`
/// of the generated module requires all of them).
macro_rules! version {
    ($v:ident) => {
        impl $v::send_message::SendMessageHandler for MailHandler {
            fn send_message(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::send_message::SendMessageParams,
            ) -> impl Future<Output = Result<(), GraphError>> + Send {
                self.send(&params.user_id, &params.message_id)
            }
        }

        impl $v::send_mail::SendMailHandler for MailHandler {
            fn send_mail(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::send_mail::SendMailParams,
                body: $v::send_mail::Body,
            ) -> impl Future<Output = Result<(), GraphError>> + Send {
                let save = body.save_to_sent_items_or_default();
                self.send_mail(&params.user_id, body.message, save)
            }
        }

        reply_family! { $v:
            reply_to_message::{ReplyToMessage, ReplyToMessageHandler, ReplyToMessageParams}
                => reply_to_message(Reply, send: true);
            reply_all_to_message::{ReplyAllToMessage, ReplyAllToMessageHandler, ReplyAllToMessageParams}
                => reply_all_to_message(ReplyAll, send: true);
            forward_message::{ForwardMessage, ForwardMessageHandler, ForwardMessageParams}
                => forward_message(Forward, send: true, to_recipients);
            create_reply::{CreateReply, CreateReplyHandler, CreateReplyParams}
                => create_reply(Reply, send: false);
            create_reply_all::{CreateReplyAll, CreateReplyAllHandler, CreateReplyAllParams}
                => create_reply_all(ReplyAll, send: false);
            create_forward::{CreateForward, CreateForwardHandler, CreateForwardParams}
                => create_forward(Forward, send: false, to_recipients);
        }

        impl $v::move_message::MoveMessageHandler for MailHandler {
            fn move_message(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::move_message::MoveMessageParams,
                body: $v::move_message::Body,
            ) -> impl Future<Output = Result<Message, GraphError>> + Send {
                self.relocate(
                    &params.user_id,
                    params.folder_id.as_deref(),
                    &params.message_id,
                    &body.destination_id,
                    false,
                )
            }
        }

        impl $v::copy_message::CopyMessageHandler for MailHandler {
            fn copy_message(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::copy_message::CopyMessageParams,
                body: $v::copy_message::Body,
            ) -> impl Future<Output = Result<Message, GraphError>> + Send {
                self.relocate(
                    &params.user_id,
                    params.folder_id.as_deref(),
                    &params.message_id,
                    &body.destination_id,
                    true,
                )
            }
        }

        impl $v::create_message::CreateMessageHandler for MailHandler {
            fn create_message(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::create_message::CreateMessageParams,
                body: Message,
            ) -> impl Future<Output = Result<Message, GraphError>> + Send {
                self.create(&params.user_id, params.folder_id.as_deref(), body)
            }
        }

        impl $v::get_message::GetMessageHandler for MailHandler {
            fn get_message(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::get_message::GetMessageParams,
            ) -> impl Future<Output = Result<Message, GraphError>> + Send {
                self.get(
                    &params.user_id,
                    params.folder_id.as_deref(),
                    &params.message_id,
                    params.select.as_deref(),
                )
            }
        }

        impl $v::create_attachment_upload_session::CreateAttachmentUploadSessionHandler
            for MailHandler
        {
            fn create_attachment_upload_session(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::create_attachment_upload_session::CreateAttachmentUploadSessionParams,
                body: $v::create_attachment_upload_session::Body,
            ) -> impl Future<Output = Result<UploadSession, GraphError>> + Send {
                self.upload_session(
                    &params.user_id,
                    &params.message_id,
                    &body.attachment_item,
                    &params.route,
                )
            }
        }

        impl $v::list_message_attachments::ListMessageAttachmentsHandler for MailHandler {
            fn list_message_attachments(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::list_message_attachments::ListMessageAttachmentsParams,
            ) -> impl Future<Output = Result<Page<Attachment>, GraphError>> + Send {
                self.attachments(
                    &params.user_id,
                    params.folder_id.as_deref(),
                    &params.message_id,
                )
            }
        }

        impl $v::get_message_attachment::GetMessageAttachmentHandler for MailHandler {
            fn get_message_attachment(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::get_message_attachment::GetMessageAttachmentParams,
            ) -> impl Future<Output = Result<Attachment, GraphError>> + Send {
                self.attachment(&params.user_id, &params.message_id, &params.attachment_id)
            }
        }

        impl $v::get_message_attachment_value::GetMessageAttachmentValueHandler for MailHandler {
            fn get_message_attachment_value(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::get_message_attachment_value::GetMessageAttachmentValueParams,
            ) -> impl Future<Output = Result<graph_runtime::Content, GraphError>> + Send {
                self.attachment_value(&params.user_id, &params.message_id, &params.attachment_id)
            }
        }

        impl $v::message_delta::MessageDeltaHandler for MailHandler {
            fn message_delta(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::message_delta::MessageDeltaParams,
            ) -> impl Future<Output = Result<Page<DeltaItem<Message>>, GraphError>> + Send {
                let query = DeltaQuery {
                    deltatoken: params.deltatoken.as_deref(),
                    skiptoken: params.skiptoken.as_deref(),
                    select: params.select.as_deref(),
                    top: params.top,
                    prefer: params.prefer.as_deref(),
                };
                self.delta(&params.user_id, &params.folder_id, query, &params.route)
            }
        }

        impl $v::list_messages::ListMessagesHandler for MailHandler {
            fn list_messages(
                &self,
                _caller: Arc<graph_runtime::server::Caller>,
                params: $v::list_messages::ListMessagesParams,
            ) -> impl Future<Output = Result<Page<Message>, GraphError>> + Send {
                self.list(
                    &params.user_id,
                    &params.folder_id,
                    params.top,
                    params.skip,
                    params.select.as_deref(),
                    &params.route,
                )
            }
        }
    };
}

version!(v1);
version!(beta);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_checks_names_and_keeps_the_id() {
        assert_eq!(selection(None).unwrap(), None);
        assert_eq!(
            selection(Some("Subject, isDraft")).unwrap(),
            Some(vec!["id", "subject", "isDraft"])
        );
        assert_eq!(
            selection(Some("nope")).unwrap_err().status(),
            StatusCode::BAD_REQUEST
        );
        let m = Message::draft("m1", "hi");
        let p = project(m, Some(&["id", "isDraft"])).unwrap();
        assert_eq!(p.id.as_deref(), Some("m1"));
        assert_eq!(p.subject, None);
        assert_eq!(p.is_draft, Some(true));
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(encode_query("subject,from"), "subject,from");
        assert_eq!(encode_query("a b&c"), "a%20b%26c");
    }
}
