//! Large attachments: upload sessions (`createUploadSession`) whose
//! pre-authenticated URL takes a file's bytes in ranges, in order, as
//! Outlook's does, and the file attachments they leave on a message.
//!
//! A session holds the bytes received so far (growing as ranges arrive, at
//! most its declared size), so memory follows what was uploaded. Sessions
//! expire; the number open at once is bounded, the one closest to expiring
//! giving way to a new one.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use super::{Folder, MailStore, StoreError};

pub use crate::endpoints::models::{Attachment, AttachmentItem, AttachmentType, UploadSession};

/// The largest range one `PUT` may carry: Outlook takes ranges under 4 MiB.
pub const MAX_RANGE: u64 = 4 * 1024 * 1024;
/// The largest file an upload session attaches, as Outlook documents: 150 MB.
pub const MAX_ATTACHMENT: u64 = 150 * 1024 * 1024;
/// How long a session's URL works.
const LIFETIME: Duration = Duration::from_secs(60 * 60);
/// How many sessions may be open at once.
const MAX_OPEN: usize = 1024;

/// A byte range as `Content-Range: bytes {start}-{end}/{total}` states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentRange {
    /// The first byte.
    pub start: u64,
    /// The last byte (inclusive).
    pub end: u64,
    /// The size of the whole file.
    pub total: u64,
}

impl ContentRange {
    /// Parses `bytes {start}-{end}/{total}`, with `start <= end < total`.
    pub fn parse(value: &str) -> Option<ContentRange> {
        let rest = value.trim().strip_prefix("bytes")?.trim_start();
        let (range, total) = rest.split_once('/')?;
        let (start, end) = range.split_once('-')?;
        let number = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u64>().ok())
                .flatten()
        };
        let range = ContentRange {
            start: number(start)?,
            end: number(end)?,
            total: number(total)?,
        };
        (range.start <= range.end && range.end < range.total).then_some(range)
    }

    /// How many bytes it covers (none when `end` is before `start`).
    pub fn len(&self) -> u64 {
        if self.end < self.start {
            return 0;
        }
        (self.end - self.start).saturating_add(1)
    }

    /// Whether it covers no byte (never, once parsed).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A file attachment on a message: what Graph lists, and its bytes.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub(crate) attachment: Attachment,
    pub(crate) content: Vec<u8>,
}

/// What a range did: more is expected from `next`, or the file is attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uploaded {
    /// More to come, from this byte; the session expires at `expiration`.
    Next {
        /// The next byte expected.
        next: u64,
        /// When the session expires.
        expiration: String,
    },
    /// The file is whole and attached.
    Attached {
        /// The link to the new attachment (for `Location`).
        location: String,
    },
}

impl MailStore {
    /// Opens an upload session for a file of `item.size` bytes, to be
    /// attached to message `message_id` of the user with this id or
    /// principal name. `base_url` is the server's, for the attachment's link.
    ///
    /// # Errors
    ///
    /// When the user or the message is unknown.
    pub fn open_upload_session(
        &self,
        id_or_upn: &str,
        message_id: &str,
        item: &AttachmentItem,
        base_url: &str,
    ) -> Result<NewSession, StoreError> {
        let owner = self.with(id_or_upn, |mailbox| {
            mailbox.lookup(None, message_id)?;
            Ok(mailbox.user.id.clone())
        })?;
        Ok(self.uploads.open(Target {
            owner,
            message_id: message_id.to_owned(),
            name: item.name.clone(),
            content_type: item
                .content_type
                .clone()
                .unwrap_or_else(|| "application/octet-stream".to_owned()),
            size: item.size.max(0) as u64,
            base_url: base_url.to_owned(),
        }))
    }

    /// Takes `bytes` as `range` of upload session `id` (whose URL carries
    /// `token`); the last range attaches the file to its message.
    ///
    /// # Errors
    ///
    /// [`UploadError`]: what Outlook answers for that range.
    pub fn upload_range(
        &self,
        id: &str,
        token: &str,
        range: ContentRange,
        bytes: &[u8],
    ) -> Result<Uploaded, UploadError> {
        match self.uploads.put(id, token, range, bytes)? {
            Progress::Next { next, expiration } => Ok(Uploaded::Next { next, expiration }),
            Progress::Complete(target, content) => self.attach(target, content),
        }
    }

    /// The next byte upload session `id` expects, and when it expires.
    ///
    /// # Errors
    ///
    /// [`UploadError::NoSession`] when it is unknown, expired or not `token`'s.
    pub fn upload_state(&self, id: &str, token: &str) -> Result<(u64, String), UploadError> {
        self.uploads.state(id, token)
    }

    /// Cancels upload session `id`.
    ///
    /// # Errors
    ///
    /// [`UploadError::NoSession`] when it is unknown, expired or not `token`'s.
    pub fn cancel_upload(&self, id: &str, token: &str) -> Result<(), UploadError> {
        self.uploads.cancel(id, token)
    }

    /// Attaches a finished upload to its message.
    fn attach(&self, target: Target, content: Vec<u8>) -> Result<Uploaded, UploadError> {
        let attachment_id = self.new_id();
        let attachment = Attachment {
            id: Some(attachment_id.clone()),
            name: Some(target.name),
            content_type: Some(target.content_type),
            size: i32::try_from(content.len()).ok(),
            is_inline: Some(false),
            last_modified_date_time: super::now(),
            odata_type: Some("#microsoft.graph.fileAttachment".to_owned()),
            ..Attachment::default()
        };
        let stored = Stored {
            attachment,
            content,
        };
        self.with(&target.owner, |mailbox| {
            mailbox.lookup(None, &target.message_id)?;
            mailbox
                .attachments
                .entry(target.message_id.clone())
                .or_default()
                .push(stored);
            mailbox.update(&target.message_id, |m| m.has_attachments = Some(true));
            Ok(())
        })
        .map_err(|_| UploadError::NoSession)?;
        let segment = |s: &str| graph_runtime::path::encode_segment(s);
        Ok(Uploaded::Attached {
            location: format!(
                "{}/v1.0/users/{}/messages/{}/attachments/{}",
                target.base_url.trim_end_matches('/'),
                segment(&target.owner),
                segment(&target.message_id),
                segment(&attachment_id)
            ),
        })
    }

    /// The attachments of message `message_id` (in `folder`, when given).
    ///
    /// # Errors
    ///
    /// When the user or the message is unknown.
    pub fn attachments(
        &self,
        id_or_upn: &str,
        folder: Option<Folder>,
        message_id: &str,
    ) -> Result<Vec<Attachment>, StoreError> {
        self.with(id_or_upn, |mailbox| {
            mailbox.lookup(folder, message_id)?;
            Ok(mailbox
                .attachments
                .get(message_id)
                .map(|all| all.iter().map(|a| a.attachment.clone()).collect())
                .unwrap_or_default())
        })
    }

    /// Attachment `attachment_id` of message `message_id`, and its bytes.
    ///
    /// # Errors
    ///
    /// When the user, the message or the attachment is unknown.
    pub fn attachment(
        &self,
        id_or_upn: &str,
        message_id: &str,
        attachment_id: &str,
    ) -> Result<(Attachment, Vec<u8>), StoreError> {
        self.with(id_or_upn, |mailbox| {
            mailbox.lookup(None, message_id)?;
            mailbox
                .attachments
                .get(message_id)
                .and_then(|all| {
                    all.iter()
                        .find(|a| a.attachment.id.as_deref() == Some(attachment_id))
                })
                .map(|a| (a.attachment.clone(), a.content.clone()))
                .ok_or_else(|| StoreError::NoSuchMessage(attachment_id.to_owned()))
        })
    }

    /// The bytes of attachment `attachment_id` of message `message_id`.
    pub fn attachment_content(
        &self,
        id_or_upn: &str,
        message_id: &str,
        attachment_id: &str,
    ) -> Option<Vec<u8>> {
        self.with(id_or_upn, |mailbox| {
            Ok(mailbox.attachments.get(message_id).and_then(|all| {
                all.iter()
                    .find(|a| a.attachment.id.as_deref() == Some(attachment_id))
                    .map(|a| a.content.clone())
            }))
        })
        .ok()
        .flatten()
    }
}

/// A session just opened: its id and the secret its URL carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The session's id, in its URL's path.
    pub id: String,
    /// The secret in its URL's query (`authtoken`).
    pub token: String,
    /// When it expires, as Graph writes a `DateTimeOffset`.
    pub expiration: String,
}

/// What an upload session is for, when it is opened.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// The mailbox owner's id.
    pub owner: String,
    /// The message the file goes on.
    pub message_id: String,
    /// The attachment's name and media type.
    pub name: String,
    pub content_type: String,
    /// The declared size of the file.
    pub size: u64,
    /// The server's base URL when the session was opened, for the
    /// `Location` of the attachment it creates.
    pub base_url: String,
}

struct Session {
    target: Target,
    token: String,
    expires: SystemTime,
    expiration: String,
    received: Vec<u8>,
}

/// Why a range was not taken; each is the error Outlook gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// No session has this id and secret, or it expired or was cancelled: 404.
    NoSession,
    /// The range does not fit the session (another total size, a body of
    /// another length): 400, with the reason.
    BadRange(String),
    /// The range does not start at the next expected byte (out of order,
    /// or overlapping what was received): 416.
    OutOfOrder {
        /// The next byte the session expects.
        expected: u64,
    },
    /// The range is larger than a `PUT` may carry: 413.
    TooLarge,
}

/// Where a session stands after a range.
#[derive(Debug)]
pub(crate) enum Progress {
    /// More to come, from this byte.
    Next { next: u64, expiration: String },
    /// The file is whole.
    Complete(Target, Vec<u8>),
}

/// The open upload sessions, by id.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    open: Mutex<HashMap<String, SessionSlot>>,
}

/// A session behind its own `Debug` that shows no secret and no bytes.
struct SessionSlot(Session);

impl std::fmt::Debug for SessionSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("message_id", &self.0.target.message_id)
            .field("size", &self.0.target.size)
            .field("received", &self.0.received.len())
            .finish_non_exhaustive()
    }
}

impl Sessions {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, SessionSlot>> {
        // Every change is made whole under the lock.
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Opens a session for `target`, expiring in an hour.
    pub(crate) fn open(&self, target: Target) -> NewSession {
        let now = SystemTime::now();
        let expires = now + LIFETIME;
        let expiration = humantime::format_rfc3339_seconds(expires).to_string();
        let id = uuid::Uuid::new_v4().simple().to_string();
        let token = uuid::Uuid::new_v4().simple().to_string();
        let mut open = self.lock();
        open.retain(|_, s| s.0.expires > now);
        if open.len() >= MAX_OPEN
            && let Some(oldest) = open
                .iter()
                .min_by_key(|(_, s)| s.0.expires)
                .map(|(id, _)| id.clone())
        {
            open.remove(&oldest);
        }
        open.insert(
            id.clone(),
            SessionSlot(Session {
                target,
                token: token.clone(),
                expires,
                expiration: expiration.clone(),
                received: Vec::new(),
            }),
        );
        NewSession {
            id,
            token,
            expiration,
        }
    }

    /// Takes `bytes` as `range` of session `id`.
    pub(crate) fn put(
        &self,
        id: &str,
        token: &str,
        range: ContentRange,
        bytes: &[u8],
    ) -> Result<Progress, UploadError> {
        let mut open = self.lock();
        let session = &mut live(&mut open, id, token)?.0;
        if range.is_empty() || range.end >= range.total {
            return Err(UploadError::BadRange(
                "Content-Range must be `bytes {start}-{end}/{total}`, with start <= end < total."
                    .to_owned(),
            ));
        }
        if range.len() > MAX_RANGE {
            return Err(UploadError::TooLarge);
        }
        if range.total != session.target.size {
            return Err(UploadError::BadRange(format!(
                "The range's total size {} is not the session's file size {}.",
                range.total, session.target.size
            )));
        }
        if bytes.len() as u64 != range.len() {
            return Err(UploadError::BadRange(format!(
                "The body holds {} bytes, but Content-Range states {}.",
                bytes.len(),
                range.len()
            )));
        }
        let expected = session.received.len() as u64;
        if range.start != expected {
            return Err(UploadError::OutOfOrder { expected });
        }
        session.received.extend_from_slice(bytes);
        if (session.received.len() as u64) < session.target.size {
            return Ok(Progress::Next {
                next: session.received.len() as u64,
                expiration: session.expiration.clone(),
            });
        }
        match open.remove(id) {
            Some(SessionSlot(done)) => Ok(Progress::Complete(done.target, done.received)),
            None => Err(UploadError::NoSession),
        }
    }

    /// The next byte session `id` expects, and when it expires.
    pub(crate) fn state(&self, id: &str, token: &str) -> Result<(u64, String), UploadError> {
        let mut open = self.lock();
        let session = &live(&mut open, id, token)?.0;
        Ok((session.received.len() as u64, session.expiration.clone()))
    }

    /// Ends session `id` without attaching anything.
    pub(crate) fn cancel(&self, id: &str, token: &str) -> Result<(), UploadError> {
        let mut open = self.lock();
        live(&mut open, id, token)?;
        open.remove(id);
        Ok(())
    }
}

/// The session `id` if `token` is its secret and it has not expired (an
/// expired one is dropped).
fn live<'a>(
    open: &'a mut HashMap<String, SessionSlot>,
    id: &str,
    token: &str,
) -> Result<&'a mut SessionSlot, UploadError> {
    let expired = open
        .get(id)
        .is_some_and(|s| s.0.expires <= SystemTime::now());
    if expired {
        open.remove(id);
    }
    match open.get_mut(id) {
        Some(slot) if same_secret(&slot.0.token, token) => Ok(slot),
        _ => Err(UploadError::NoSession),
    }
}

/// Compares secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |diff, (x, y)| diff | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(size: u64) -> Target {
        Target {
            owner: "u1".into(),
            message_id: "m1".into(),
            name: "f.bin".into(),
            content_type: "application/octet-stream".into(),
            size,
            base_url: "http://127.0.0.1:1".into(),
        }
    }

    #[test]
    fn content_ranges_parse_as_outlook_states_them() {
        assert_eq!(
            ContentRange::parse("bytes 0-2097151/3483322"),
            Some(ContentRange {
                start: 0,
                end: 2_097_151,
                total: 3_483_322
            })
        );
        for bad in [
            "",
            "bytes 5-4/10",
            "bytes 0-10/10",
            "bytes -1-3/10",
            "bytes 0-3",
            "items 0-3/10",
            "bytes 0-+3/10",
            "bytes 0-99999999999999999999999/1",
        ] {
            assert_eq!(ContentRange::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn ranges_go_in_order_once_each() {
        let sessions = Sessions::default();
        let s = sessions.open(target(10));
        let range = |a, b| ContentRange {
            start: a,
            end: b,
            total: 10,
        };
        assert!(matches!(
            sessions.put(&s.id, "wrong", range(0, 3), b"abcd"),
            Err(UploadError::NoSession)
        ));
        assert!(matches!(
            sessions.put(&s.id, &s.token, range(0, 3), b"abcd"),
            Ok(Progress::Next { next: 4, .. })
        ));
        // Overlapping, and skipping ahead, are both out of order.
        for (a, b) in [(2, 5), (6, 9)] {
            let body = vec![b'x'; (b - a + 1) as usize];
            assert_eq!(
                sessions
                    .put(&s.id, &s.token, range(a, b), &body)
                    .unwrap_err(),
                UploadError::OutOfOrder { expected: 4 }
            );
        }
        assert!(matches!(
            sessions.put(&s.id, &s.token, range(4, 9), b"short"),
            Err(UploadError::BadRange(_))
        ));
        assert_eq!(sessions.state(&s.id, &s.token).unwrap().0, 4);
        match sessions.put(&s.id, &s.token, range(4, 9), b"efghij") {
            Ok(Progress::Complete(t, bytes)) => {
                assert_eq!(bytes, b"abcdefghij");
                assert_eq!(t.message_id, "m1");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            sessions.state(&s.id, &s.token).unwrap_err(),
            UploadError::NoSession,
            "a finished session is gone"
        );
    }

    #[test]
    fn open_sessions_are_bounded() {
        let sessions = Sessions::default();
        let first = sessions.open(target(1));
        for _ in 0..MAX_OPEN {
            sessions.open(target(1));
        }
        assert_eq!(sessions.lock().len(), MAX_OPEN);
        assert_eq!(
            sessions.state(&first.id, &first.token).unwrap_err(),
            UploadError::NoSession
        );
    }
}
