//! Large attachments: opening an upload session for a message, and a
//! message's attachments listed.

use graph_runtime::server::{GraphError, RouteInfo};
use graph_runtime::{Content, Page};
use std::future::ready;

use super::{MailHandler, Reply, path_folder, store_error};
use crate::store::attachments::{
    Attachment, AttachmentItem, AttachmentType, MAX_ATTACHMENT, UploadSession,
};

impl MailHandler {
    /// Opens an upload session for a file attachment on a message; its URL
    /// is under the server's configured base URL, never the request's `Host`.
    pub(super) fn upload_session(
        &self,
        user: &str,
        message_id: &str,
        item: &AttachmentItem,
        route: &RouteInfo,
    ) -> Reply<UploadSession> {
        ready((|| {
            if item.attachment_type != AttachmentType::File {
                return Err(GraphError::invalid_request(
                    "An upload session attaches a file: `attachmentType` must be `file`.",
                ));
            }
            if item.name.trim().is_empty() {
                return Err(GraphError::invalid_request(
                    "The attachment needs a `name`.",
                ));
            }
            if !(1..=MAX_ATTACHMENT as i64).contains(&item.size) {
                return Err(GraphError::invalid_request(format!(
                    "The attachment's `size` must be from 1 to {MAX_ATTACHMENT} bytes."
                )));
            }
            let session = self
                .store
                .open_upload_session(user, message_id, item, &route.base_url)
                .map_err(store_error)?;
            Ok(UploadSession {
                upload_url: Some(route.link(&crate::upload_route::session_path(
                    &session.id,
                    &session.token,
                ))),
                expiration_date_time: graph_runtime::DateTimeOffset::parse(&session.expiration)
                    .ok(),
                next_expected_ranges: Some(vec!["0-".to_owned()]),
            })
        })())
    }

    /// An attachment's properties.
    pub(super) fn attachment(
        &self,
        user: &str,
        message_id: &str,
        attachment_id: &str,
    ) -> Reply<Attachment> {
        ready(
            self.store
                .attachment(user, message_id, attachment_id)
                .map(|(attachment, _)| attachment)
                .map_err(store_error),
        )
    }

    /// An attachment's raw contents, with its media type.
    pub(super) fn attachment_value(
        &self,
        user: &str,
        message_id: &str,
        attachment_id: &str,
    ) -> Reply<Content> {
        ready(
            self.store
                .attachment(user, message_id, attachment_id)
                .map(|(attachment, bytes)| {
                    let media = attachment
                        .content_type
                        .unwrap_or_else(|| "application/octet-stream".to_owned());
                    Content::new(media, bytes)
                })
                .map_err(store_error),
        )
    }

    pub(super) fn attachments(
        &self,
        user: &str,
        folder_id: Option<&str>,
        message_id: &str,
    ) -> Reply<Page<Attachment>> {
        ready(path_folder(folder_id).and_then(|folder| {
            let value = self
                .store
                .attachments(user, folder, message_id)
                .map_err(store_error)?;
            Ok(Page {
                value,
                ..Page::default()
            })
        }))
    }
}
