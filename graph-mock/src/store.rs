//! The mock's mailboxes: users, their well-known folders and messages.
//!
//! Messages are the generated `message` model ([`Message`]), shared by the
//! v1.0 and beta endpoints. Each mailbox has its own lock, and every
//! operation finishes under it, so concurrent requests never see (or make) a
//! half-moved message. Users are found by id or principal name in a hash
//! map, messages by id in a hash map, and each folder keeps its messages'
//! ids in arrival order (a B-tree), so a request costs the same however
//! full the mailbox is: a list page clones only the messages on the page.

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::SystemTime;

use graph_runtime::DateTimeOffset;
use graph_runtime::server::{DirectoryUser, UserDirectory};

use crate::folder_index::FolderIndex;

pub mod attachments;
pub mod changes;

pub use crate::endpoints::models::{BodyType, EmailAddress, ItemBody, Message, Recipient};

/// A user with a mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The object id, as in `/users/{id}`.
    pub id: String,
    /// The user principal name, as in `/users/{userPrincipalName}`.
    pub user_principal_name: String,
    /// The display name.
    pub display_name: String,
}

impl User {
    /// The user as a message recipient.
    pub fn recipient(&self) -> Recipient {
        recipient(&self.user_principal_name, Some(&self.display_name))
    }
}

/// The mail folders every mailbox has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Folder {
    /// `Inbox` (well-known name `inbox`).
    Inbox,
    /// `Drafts` (well-known name `drafts`).
    Drafts,
    /// `Sent Items` (well-known name `sentitems`).
    SentItems,
    /// `Deleted Items` (well-known name `deleteditems`).
    DeletedItems,
}

impl Folder {
    /// Every folder.
    pub const ALL: [Folder; 4] = [
        Folder::Inbox,
        Folder::Drafts,
        Folder::SentItems,
        Folder::DeletedItems,
    ];

    /// The folder's display name.
    pub fn display_name(self) -> &'static str {
        match self {
            Folder::Inbox => "Inbox",
            Folder::Drafts => "Drafts",
            Folder::SentItems => "Sent Items",
            Folder::DeletedItems => "Deleted Items",
        }
    }

    /// The well-known name, e.g. `sentitems`.
    pub fn well_known_name(self) -> &'static str {
        match self {
            Folder::Inbox => "inbox",
            Folder::Drafts => "drafts",
            Folder::SentItems => "sentitems",
            Folder::DeletedItems => "deleteditems",
        }
    }

    /// The folder's id (the same in every mailbox): opaque, like Graph's.
    pub fn id(self) -> &'static str {
        match self {
            Folder::Inbox => "AAMkAGFolder/Inbox+AAA=",
            Folder::Drafts => "AAMkAGFolder/Drafts+AAA=",
            Folder::SentItems => "AAMkAGFolder/SentItems+AAA=",
            Folder::DeletedItems => "AAMkAGFolder/DeletedItems+AAA=",
        }
    }

    /// The folder a well-known name (case-insensitive) or folder id names.
    pub fn resolve(name_or_id: &str) -> Option<Folder> {
        Folder::ALL
            .into_iter()
            .find(|f| f.well_known_name().eq_ignore_ascii_case(name_or_id) || f.id() == name_or_id)
    }
}

/// Why a store operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No user has this id or principal name.
    UnknownUser(String),
    /// No folder has this id or well-known name.
    NoSuchFolder(String),
    /// The mailbox (or the named folder) holds no message with this id.
    NoSuchMessage(String),
    /// The user's Drafts folder holds no draft with this id (unknown, or sent already).
    NoSuchDraft(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::UnknownUser(u) => write!(f, "the requested user '{u}' is invalid"),
            StoreError::NoSuchFolder(name) => write!(f, "the mail folder '{name}' was not found"),
            StoreError::NoSuchMessage(_) | StoreError::NoSuchDraft(_) => {
                f.write_str("the specified object was not found in the store")
            }
        }
    }
}

impl std::error::Error for StoreError {}

/// What a reply, reply-all or forward (or their `create*` drafts) writes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    /// Which kind of response.
    pub kind: ResponseKind,
    /// `comment`: text put above the original.
    pub comment: Option<String>,
    /// `message`: properties that override the generated ones.
    pub message: Option<Message>,
    /// `toRecipients` (forward): the recipients.
    pub to_recipients: Option<Vec<Recipient>>,
}

/// Reply, reply all, or forward.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ResponseKind {
    /// To the sender: subject `RE: ...`.
    #[default]
    Reply,
    /// To the sender and every other recipient: subject `RE: ...`.
    ReplyAll,
    /// To new recipients: subject `FW: ...`.
    Forward,
}

/// A message and where it is.
#[derive(Debug)]
struct Stored {
    /// Its place in its folder's arrival order.
    seq: u64,
    folder: Folder,
    message: Message,
}

#[derive(Debug)]
struct Mailbox {
    user: User,
    /// Every message by id.
    messages: HashMap<String, Stored>,
    /// The file attachments uploaded to each message, by message id.
    attachments: HashMap<String, Vec<attachments::Stored>>,
    /// What changed when, for delta queries.
    changes: changes::ChangeLog,
    /// Each folder's message ids in arrival order.
    folders: HashMap<Folder, FolderIndex>,
    next_seq: u64,
}

impl Mailbox {
    fn new(user: User) -> Self {
        Mailbox {
            user,
            messages: HashMap::new(),
            attachments: HashMap::new(),
            changes: changes::ChangeLog::default(),
            folders: HashMap::new(),
            next_seq: 0,
        }
    }

    /// The message with `id`, in `folder` when given.
    fn lookup(&self, folder: Option<Folder>, id: &str) -> Result<&Stored, StoreError> {
        self.messages
            .get(id)
            .filter(|m| folder.is_none_or(|f| m.folder == f))
            .ok_or_else(|| StoreError::NoSuchMessage(id.to_owned()))
    }

    /// Stores `message` (which has an id) last in `folder`, replacing a
    /// message with the same id.
    fn insert(&mut self, folder: Folder, mut message: Message) -> Message {
        let id = message.id.clone().unwrap_or_default();
        self.remove(&id);
        message.parent_folder_id = Some(folder.id().to_owned());
        let seq = self.next_seq;
        self.next_seq += 1;
        self.folders
            .entry(folder)
            .or_default()
            .push(seq, id.clone());
        self.changes.record(folder, &id, false);
        self.messages.insert(
            id,
            Stored {
                seq,
                folder,
                message: message.clone(),
            },
        );
        message
    }

    /// Takes the message with `id` out of the mailbox.
    fn remove(&mut self, id: &str) -> Option<Message> {
        let stored = self.messages.remove(id)?;
        if let Some(index) = self.folders.get_mut(&stored.folder) {
            index.remove(stored.seq);
        }
        self.changes.record(stored.folder, id, true);
        Some(stored.message)
    }

    /// Changes the message with `id` where it is, if it is there.
    fn update(&mut self, id: &str, change: impl FnOnce(&mut Message)) {
        if let Some(stored) = self.messages.get_mut(id) {
            change(&mut stored.message);
            stored.message.last_modified_date_time = now();
            self.changes.record(stored.folder, id, false);
        }
    }

    /// `top` messages of `folder` after the first `skip`, and how many it holds.
    fn page(&self, folder: Folder, skip: usize, top: usize) -> (Vec<Message>, usize) {
        let Some(index) = self.folders.get(&folder) else {
            return (Vec::new(), 0);
        };
        let page = index
            .page(skip, top)
            .filter_map(|id| self.messages.get(id))
            .map(|m| m.message.clone())
            .collect();
        (page, index.len())
    }
}

/// The users, by object id and by principal name (both lowercased).
#[derive(Debug, Default)]
struct Users {
    by_id: HashMap<String, Arc<Mutex<Mailbox>>>,
    id_by_upn: HashMap<String, String>,
}

impl Users {
    fn find(&self, id_or_upn: &str) -> Result<Arc<Mutex<Mailbox>>, StoreError> {
        let key = id_or_upn.to_lowercase();
        let id = self.id_by_upn.get(&key).unwrap_or(&key);
        self.by_id
            .get(id)
            .cloned()
            .ok_or_else(|| StoreError::UnknownUser(id_or_upn.to_owned()))
    }
}

/// The store's users as the server's [`UserDirectory`]: all in one tenant.
#[derive(Debug)]
pub struct Directory {
    store: Arc<MailStore>,
    tenant_id: String,
}

impl Directory {
    /// The users of `store`, in tenant `tenant_id`.
    pub fn new(store: Arc<MailStore>, tenant_id: String) -> Self {
        Directory { store, tenant_id }
    }
}

impl UserDirectory for Directory {
    fn find(&self, id_or_upn: &str) -> Option<DirectoryUser> {
        self.store.user(id_or_upn).map(|u| DirectoryUser {
            id: u.id,
            tenant_id: Some(self.tenant_id.clone()),
        })
    }
}

/// Every mailbox of the mock, each behind its own lock: a send is one
/// atomic move from Drafts to Sent Items, so concurrent sends of a draft
/// succeed once.
#[derive(Debug, Default)]
pub struct MailStore {
    users: RwLock<Users>,
    next_id: AtomicU64,
    uploads: attachments::Sessions,
}

/// The current time as a Graph `DateTimeOffset`, e.g. `2024-05-01T10:00:00Z`.
pub fn now() -> Option<DateTimeOffset> {
    DateTimeOffset::parse(&humantime::format_rfc3339_seconds(SystemTime::now()).to_string()).ok()
}

/// A recipient with `address` and an optional display name.
pub fn recipient(address: &str, name: Option<&str>) -> Recipient {
    Recipient {
        email_address: Some(EmailAddress {
            address: Some(address.to_owned()),
            name: name.map(str::to_owned),
        }),
    }
}

fn address_of(r: &Recipient) -> Option<&str> {
    r.email_address.as_ref()?.address.as_deref()
}

fn text(content: impl Into<String>) -> ItemBody {
    ItemBody {
        content_type: Some(BodyType::Text),
        content: Some(content.into()),
    }
}

fn preview(body: Option<&ItemBody>) -> Option<String> {
    let content = body?.content.as_deref()?;
    Some(content.chars().take(255).collect())
}

impl Message {
    /// A new draft with `id` and `subject` (for seeding a store).
    pub fn draft(id: impl Into<String>, subject: impl Into<String>) -> Self {
        Message {
            id: Some(id.into()),
            subject: Some(subject.into()),
            is_draft: Some(true),
            ..Message::default()
        }
    }
}

/// `RE: subject`, without stacking prefixes.
fn prefixed(prefix: &str, subject: Option<&str>) -> String {
    let subject = subject.unwrap_or("");
    let has = subject
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    if has {
        subject.to_owned()
    } else {
        format!("{prefix}{subject}")
    }
}

impl MailStore {
    /// An empty store.
    pub fn new() -> Self {
        MailStore::default()
    }

    /// The mailbox of the user with this id or principal name.
    fn mailbox(&self, id_or_upn: &str) -> Result<Arc<Mutex<Mailbox>>, StoreError> {
        // Users are only added, whole, under the write lock: a poisoned
        // lock still guards a consistent map.
        let users = self.users.read().unwrap_or_else(PoisonError::into_inner);
        users.find(id_or_upn)
    }

    /// Runs `f` on the mailbox of the user with this id or principal name,
    /// under its lock.
    fn with<T>(
        &self,
        id_or_upn: &str,
        f: impl FnOnce(&mut Mailbox) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mailbox = self.mailbox(id_or_upn)?;
        let mut guard = lock(&mailbox);
        f(&mut guard)
    }

    /// A fresh opaque message id. Like Graph's, it holds `/`, `+` and `=`,
    /// which must be percent-encoded in a path.
    pub fn new_id(&self) -> String {
        let n = self.next_id.fetch_add(1, Ordering::Relaxed);
        let salt = RandomState::new().build_hasher().finish() as u32;
        format!("AAMkAGI2{n:06}/{salt:08x}+AAA=")
    }

    /// Adds a user with an empty mailbox (replacing one with the same id).
    pub fn add_user(&self, user: User) {
        let mut users = self.users.write().unwrap_or_else(PoisonError::into_inner);
        let id = user.id.to_lowercase();
        users
            .id_by_upn
            .insert(user.user_principal_name.to_lowercase(), id.clone());
        users
            .by_id
            .insert(id, Arc::new(Mutex::new(Mailbox::new(user))));
    }

    /// Puts `message` into `folder` of the user with this id or principal
    /// name, giving it an id if it has none and setting `parentFolderId`.
    /// Returns the stored message.
    ///
    /// # Errors
    ///
    /// [`StoreError::UnknownUser`] when there is no such user.
    pub fn add(
        &self,
        id_or_upn: &str,
        folder: Folder,
        mut message: Message,
    ) -> Result<Message, StoreError> {
        if message.id.is_none() {
            message.id = Some(self.new_id());
        }
        self.with(id_or_upn, |mailbox| Ok(mailbox.insert(folder, message)))
    }

    /// Puts `message` into the Drafts of the user with this id or principal name.
    ///
    /// # Errors
    ///
    /// [`StoreError::UnknownUser`] when there is no such user.
    pub fn add_draft(&self, id_or_upn: &str, mut message: Message) -> Result<(), StoreError> {
        message.is_draft = Some(true);
        self.add(id_or_upn, Folder::Drafts, message).map(drop)
    }

    /// The user with this id or principal name (case-insensitive).
    pub fn user(&self, id_or_upn: &str) -> Option<User> {
        self.with(id_or_upn, |m| Ok(m.user.clone())).ok()
    }

    /// Every user, sorted by principal name.
    pub fn users(&self) -> Vec<User> {
        let mailboxes: Vec<_> = self
            .users
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .by_id
            .values()
            .cloned()
            .collect();
        let mut users: Vec<User> = mailboxes.iter().map(|m| lock(m).user.clone()).collect();
        users.sort_by(|a, b| a.user_principal_name.cmp(&b.user_principal_name));
        users
    }

    /// A copy of a folder's messages in arrival order, or `None` for an unknown user.
    pub fn folder(&self, id_or_upn: &str, folder: Folder) -> Option<Vec<Message>> {
        self.page(id_or_upn, folder, 0, usize::MAX)
            .ok()
            .map(|(page, _)| page)
    }

    /// `top` messages of a folder after the first `skip`, in arrival order,
    /// and how many messages the folder holds. Only the page is copied.
    ///
    /// # Errors
    ///
    /// [`StoreError::UnknownUser`] when there is no such user.
    pub fn page(
        &self,
        id_or_upn: &str,
        folder: Folder,
        skip: usize,
        top: usize,
    ) -> Result<(Vec<Message>, usize), StoreError> {
        self.with(id_or_upn, |m| Ok(m.page(folder, skip, top)))
    }

    /// A message by id, anywhere in the mailbox or in `folder` only.
    ///
    /// # Errors
    ///
    /// When the user or the message is unknown.
    pub fn get(
        &self,
        id_or_upn: &str,
        folder: Option<Folder>,
        message_id: &str,
    ) -> Result<Message, StoreError> {
        self.with(id_or_upn, |mailbox| {
            Ok(mailbox.lookup(folder, message_id)?.message.clone())
        })
    }

    /// Sends a draft: moves it to Sent Items, clears `isDraft`, sets `sentDateTime`.
    ///
    /// # Errors
    ///
    /// When the user is unknown, or the id names no message in their Drafts
    /// (including one sent already).
    pub fn send(&self, id_or_upn: &str, message_id: &str) -> Result<Message, StoreError> {
        self.with(id_or_upn, |mailbox| {
            let is_draft = mailbox
                .lookup(Some(Folder::Drafts), message_id)
                .is_ok_and(|m| m.message.is_draft != Some(false));
            let Some(mut message) = is_draft.then(|| mailbox.remove(message_id)).flatten() else {
                return Err(StoreError::NoSuchDraft(message_id.to_owned()));
            };
            message.is_draft = Some(false);
            message.sent_date_time = now();
            message.last_modified_date_time = now();
            Ok(mailbox.insert(Folder::SentItems, message))
        })
    }

    /// `sendMail`: sends `message` from the user; with `save_to_sent_items`
    /// a copy lands in Sent Items. Returns the sent message.
    ///
    /// # Errors
    ///
    /// When the user is unknown.
    pub fn send_mail(
        &self,
        id_or_upn: &str,
        message: Message,
        save_to_sent_items: bool,
    ) -> Result<Message, StoreError> {
        self.with(id_or_upn, |mailbox| {
            let mut sent = self.new_message(message, &mailbox.user, Folder::SentItems);
            sent.is_draft = Some(false);
            sent.sent_date_time = now();
            if save_to_sent_items {
                sent = mailbox.insert(Folder::SentItems, sent);
            }
            Ok(sent)
        })
    }

    /// `POST .../messages`: a new draft in `folder` (Drafts when `None`)
    /// from `message`'s writable properties.
    ///
    /// # Errors
    ///
    /// When the user is unknown.
    pub fn create(
        &self,
        id_or_upn: &str,
        folder: Option<Folder>,
        message: Message,
    ) -> Result<Message, StoreError> {
        self.with(id_or_upn, |mailbox| {
            let folder = folder.unwrap_or(Folder::Drafts);
            let mut draft = self.new_message(message, &mailbox.user, folder);
            draft.is_draft = Some(true);
            Ok(mailbox.insert(folder, draft))
        })
    }

    /// Reply, reply all or forward to a message: as a draft in Drafts
    /// (`send` false, the `create*` actions) or sent into Sent Items.
    ///
    /// # Errors
    ///
    /// When the user is unknown, or the message is not in the mailbox (or
    /// not in `folder`, when given).
    pub fn respond(
        &self,
        id_or_upn: &str,
        folder: Option<Folder>,
        message_id: &str,
        response: Response,
        send: bool,
    ) -> Result<Message, StoreError> {
        let mailbox = self.mailbox(id_or_upn)?;
        let mut mailbox = lock(&mailbox);
        let original = &mailbox.lookup(folder, message_id)?.message;
        let me = mailbox.user.user_principal_name.clone();
        let not_me = |r: &Recipient| address_of(r).is_none_or(|a| !a.eq_ignore_ascii_case(&me));
        let sender = original
            .reply_to
            .clone()
            .filter(|r| !r.is_empty())
            .or_else(|| original.from.clone().map(|f| vec![f]))
            .or_else(|| original.sender.clone().map(|f| vec![f]))
            .unwrap_or_default();
        let (subject, to, cc) = match response.kind {
            ResponseKind::Reply => (prefixed("RE: ", original.subject.as_deref()), sender, None),
            ResponseKind::ReplyAll => {
                let mut to = sender;
                let others = original
                    .to_recipients
                    .iter()
                    .flatten()
                    .filter(|r| not_me(r));
                for r in others {
                    if !to.iter().any(|t| address_of(t) == address_of(r)) {
                        to.push(r.clone());
                    }
                }
                let cc: Vec<Recipient> = original
                    .cc_recipients
                    .iter()
                    .flatten()
                    .filter(|r| not_me(r))
                    .cloned()
                    .collect();
                (
                    prefixed("RE: ", original.subject.as_deref()),
                    to,
                    (!cc.is_empty()).then_some(cc),
                )
            }
            ResponseKind::Forward => (
                prefixed("FW: ", original.subject.as_deref()),
                response.to_recipients.clone().unwrap_or_default(),
                None,
            ),
        };
        let quoted = original
            .body
            .as_ref()
            .and_then(|b| b.content.clone())
            .unwrap_or_default();
        let mut body = match &response.comment {
            Some(c) if quoted.is_empty() => text(c.clone()),
            Some(c) => text(format!("{c}\n\n{quoted}")),
            None => text(quoted),
        };
        let conversation = original.conversation_id.clone();
        let patch = response.message.unwrap_or_default();
        if let Some(b) = patch.body.clone() {
            body = b;
        }
        let mut out = Message {
            subject: Some(subject),
            body: Some(body),
            to_recipients: Some(to),
            cc_recipients: cc,
            conversation_id: conversation,
            ..Message::default()
        };
        merge(&mut out, patch);
        let (target, draft) = if send {
            (Folder::SentItems, false)
        } else {
            (Folder::Drafts, true)
        };
        let mut out = self.new_message(out, &mailbox.user, target);
        out.is_draft = Some(draft);
        if send {
            out.sent_date_time = now();
        }
        Ok(mailbox.insert(target, out))
    }

    /// Moves (`copy` false) or copies a message into `destination`; either
    /// way the result has a new id, as in Graph.
    ///
    /// # Errors
    ///
    /// When the user is unknown, or the message is not in the mailbox (or
    /// not in `folder`, when given).
    pub fn relocate(
        &self,
        id_or_upn: &str,
        folder: Option<Folder>,
        message_id: &str,
        destination: Folder,
        copy: bool,
    ) -> Result<Message, StoreError> {
        self.with(id_or_upn, |mailbox| {
            let original = mailbox.lookup(folder, message_id)?.message.clone();
            let mut message = original;
            if !copy {
                mailbox.remove(message_id);
            }
            message.id = Some(self.new_id());
            message.last_modified_date_time = now();
            Ok(mailbox.insert(destination, message))
        })
    }

    /// A new message from `message`'s writable properties, from `user`, in `folder`.
    fn new_message(&self, message: Message, user: &User, folder: Folder) -> Message {
        let created = now();
        let mut out = Message {
            id: Some(self.new_id()),
            created_date_time: created.clone(),
            last_modified_date_time: created,
            parent_folder_id: Some(folder.id().to_owned()),
            from: Some(user.recipient()),
            sender: Some(user.recipient()),
            is_read: Some(true),
            has_attachments: Some(false),
            ..Message::default()
        };
        let conversation = message.conversation_id.clone();
        merge(&mut out, message);
        out.conversation_id = conversation.or_else(|| Some(format!("AAQkConv{}", self.new_id())));
        out.body_preview = preview(out.body.as_ref());
        out
    }
}

/// Copies the writable properties `patch` sets onto `out`.
fn merge(out: &mut Message, patch: Message) {
    macro_rules! take {
        ($($field:ident),*) => {$(
            if patch.$field.is_some() {
                out.$field = patch.$field;
            }
        )*};
    }
    take!(
        subject,
        body,
        importance,
        to_recipients,
        cc_recipients,
        bcc_recipients,
        reply_to,
        categories,
        is_read
    );
}

/// Locks one mailbox. Every mutation finishes its changes before anything
/// can panic, so a poisoned lock still guards a consistent mailbox.
fn lock(mailbox: &Mutex<Mailbox>) -> MutexGuard<'_, Mailbox> {
    mailbox.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> MailStore {
        let store = MailStore::new();
        store.add_user(User {
            id: "u1".into(),
            user_principal_name: "a@contoso.com".into(),
            display_name: "A".into(),
        });
        store
    }

    fn ids(messages: Vec<Message>) -> Vec<String> {
        messages.into_iter().filter_map(|m| m.id).collect()
    }

    #[test]
    fn send_moves_the_draft_once() {
        let store = store();
        store
            .add_draft("A@contoso.com", Message::draft("m1", "hi"))
            .unwrap();
        let sent = store.send("u1", "m1").unwrap();
        assert_eq!(sent.is_draft, Some(false));
        assert!(sent.sent_date_time.is_some());
        assert_eq!(store.folder("u1", Folder::Drafts).unwrap(), vec![]);
        assert_eq!(store.folder("u1", Folder::SentItems).unwrap(), vec![sent]);
        assert_eq!(
            store.send("u1", "m1"),
            Err(StoreError::NoSuchDraft("m1".into()))
        );
        assert_eq!(
            store.send("nobody", "m1"),
            Err(StoreError::UnknownUser("nobody".into()))
        );
    }

    #[test]
    fn folders_resolve_by_name_and_id() {
        assert_eq!(Folder::resolve("SentItems"), Some(Folder::SentItems));
        assert_eq!(Folder::resolve(Folder::Inbox.id()), Some(Folder::Inbox));
        assert_eq!(Folder::resolve("archive"), None);
    }

    #[test]
    fn replies_and_moves() {
        let store = store();
        let mut original = Message::draft("in1", "Lunch?");
        original.is_draft = Some(false);
        original.from = Some(recipient("b@contoso.com", None));
        original.to_recipients = Some(vec![
            recipient("a@contoso.com", None),
            recipient("c@contoso.com", None),
        ]);
        store.add("u1", Folder::Inbox, original).unwrap();
        let all = Response {
            kind: ResponseKind::ReplyAll,
            comment: Some("Sure".into()),
            ..Response::default()
        };
        let sent = store.respond("u1", None, "in1", all, true).unwrap();
        assert_eq!(sent.subject.as_deref(), Some("RE: Lunch?"));
        let to: Vec<_> = sent
            .to_recipients
            .iter()
            .flatten()
            .filter_map(address_of)
            .collect();
        assert_eq!(to, ["b@contoso.com", "c@contoso.com"]);
        assert_eq!(
            ids(store.folder("u1", Folder::SentItems).unwrap()),
            [sent.id.clone().unwrap()]
        );
        assert!(
            store
                .respond(
                    "u1",
                    Some(Folder::Drafts),
                    "in1",
                    Response::default(),
                    false
                )
                .is_err()
        );

        let moved = store
            .relocate("u1", None, "in1", Folder::DeletedItems, false)
            .unwrap();
        assert_ne!(moved.id.as_deref(), Some("in1"));
        assert!(store.get("u1", None, "in1").is_err());
        assert_eq!(
            store.folder("u1", Folder::DeletedItems).unwrap(),
            vec![moved]
        );
    }
}
