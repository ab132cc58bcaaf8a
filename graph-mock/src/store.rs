//! The mock's mailboxes: users, their Drafts and Sent Items.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::SystemTime;

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

/// The two mail folders the mock keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Folder {
    /// `Drafts` (well-known name `drafts`).
    Drafts,
    /// `Sent Items` (well-known name `sentitems`).
    SentItems,
}

impl Folder {
    /// The folder's display name.
    pub fn display_name(self) -> &'static str {
        match self {
            Folder::Drafts => "Drafts",
            Folder::SentItems => "Sent Items",
        }
    }
}

/// A message, with Graph's property names in the field docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// `id`.
    pub id: String,
    /// `subject`.
    pub subject: String,
    /// `body.content` (text).
    pub body: String,
    /// `toRecipients`, as addresses.
    pub to_recipients: Vec<String>,
    /// `isDraft`.
    pub is_draft: bool,
    /// `sentDateTime`, RFC 3339 UTC, once sent.
    pub sent_date_time: Option<String>,
}

impl Message {
    /// A new draft.
    pub fn draft(id: impl Into<String>, subject: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            subject: subject.into(),
            body: String::new(),
            to_recipients: Vec::new(),
            is_draft: true,
            sent_date_time: None,
        }
    }
}

/// Why a message could not be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// No user has this id or principal name.
    UnknownUser(String),
    /// The user's Drafts folder holds no message with this id (unknown, or sent already).
    NoSuchDraft(String),
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::UnknownUser(u) => write!(f, "the requested user '{u}' is invalid"),
            SendError::NoSuchDraft(_) => {
                f.write_str("the specified object was not found in the store")
            }
        }
    }
}

impl std::error::Error for SendError {}

#[derive(Debug)]
struct Mailbox {
    user: User,
    drafts: Vec<Message>,
    sent_items: Vec<Message>,
}

impl Mailbox {
    fn folder(&self, folder: Folder) -> &[Message] {
        match folder {
            Folder::Drafts => &self.drafts,
            Folder::SentItems => &self.sent_items,
        }
    }
}

/// Every mailbox of the mock, behind one lock: a send is one atomic move
/// from Drafts to Sent Items, so concurrent sends of a draft succeed once.
#[derive(Debug, Default)]
pub struct MailStore {
    mailboxes: Mutex<HashMap<String, Mailbox>>,
}

impl MailStore {
    /// An empty store.
    pub fn new() -> Self {
        MailStore::default()
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Mailbox>> {
        // A panic while holding the lock cannot leave a half-moved message:
        // every mutation below is a single remove followed by a push.
        self.mailboxes
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds a user with an empty mailbox (replacing one with the same id).
    pub fn add_user(&self, user: User) {
        self.lock().insert(
            user.id.clone(),
            Mailbox {
                user,
                drafts: Vec::new(),
                sent_items: Vec::new(),
            },
        );
    }

    /// Puts `message` into the Drafts of the user with this id or principal name.
    ///
    /// # Errors
    ///
    /// [`SendError::UnknownUser`] when there is no such user.
    pub fn add_draft(&self, id_or_upn: &str, message: Message) -> Result<(), SendError> {
        let mut boxes = self.lock();
        let mailbox = find(&mut boxes, id_or_upn)?;
        mailbox.drafts.push(message);
        Ok(())
    }

    /// The user with this id or principal name (case-insensitive).
    pub fn user(&self, id_or_upn: &str) -> Option<User> {
        find(&mut self.lock(), id_or_upn)
            .ok()
            .map(|m| m.user.clone())
    }

    /// Every user, sorted by principal name.
    pub fn users(&self) -> Vec<User> {
        let mut users: Vec<User> = self.lock().values().map(|m| m.user.clone()).collect();
        users.sort_by(|a, b| a.user_principal_name.cmp(&b.user_principal_name));
        users
    }

    /// A copy of a folder's messages, or `None` for an unknown user.
    pub fn folder(&self, id_or_upn: &str, folder: Folder) -> Option<Vec<Message>> {
        find(&mut self.lock(), id_or_upn)
            .ok()
            .map(|m| m.folder(folder).to_vec())
    }

    /// Sends a draft: moves it to Sent Items, clears `isDraft`, sets `sentDateTime`.
    ///
    /// # Errors
    ///
    /// When the user is unknown, or the id names no message in their Drafts
    /// (including one sent already).
    pub fn send(&self, id_or_upn: &str, message_id: &str) -> Result<Message, SendError> {
        let mut boxes = self.lock();
        let mailbox = find(&mut boxes, id_or_upn)?;
        let index = mailbox
            .drafts
            .iter()
            .position(|m| m.id == message_id)
            .ok_or_else(|| SendError::NoSuchDraft(message_id.to_owned()))?;
        let mut message = mailbox.drafts.remove(index);
        message.is_draft = false;
        message.sent_date_time =
            Some(humantime::format_rfc3339_seconds(SystemTime::now()).to_string());
        mailbox.sent_items.push(message.clone());
        Ok(message)
    }
}

fn find<'a>(
    boxes: &'a mut HashMap<String, Mailbox>,
    id_or_upn: &str,
) -> Result<&'a mut Mailbox, SendError> {
    boxes
        .values_mut()
        .find(|m| {
            m.user.id.eq_ignore_ascii_case(id_or_upn)
                || m.user.user_principal_name.eq_ignore_ascii_case(id_or_upn)
        })
        .ok_or_else(|| SendError::UnknownUser(id_or_upn.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_moves_the_draft_once() {
        let store = MailStore::new();
        store.add_user(User {
            id: "u1".into(),
            user_principal_name: "a@contoso.com".into(),
            display_name: "A".into(),
        });
        store
            .add_draft("A@contoso.com", Message::draft("m1", "hi"))
            .unwrap();
        let sent = store.send("u1", "m1").unwrap();
        assert!(!sent.is_draft && sent.sent_date_time.is_some());
        assert_eq!(store.folder("u1", Folder::Drafts).unwrap(), vec![]);
        assert_eq!(store.folder("u1", Folder::SentItems).unwrap(), vec![sent]);
        assert_eq!(
            store.send("u1", "m1"),
            Err(SendError::NoSuchDraft("m1".into()))
        );
        assert_eq!(
            store.send("nobody", "m1"),
            Err(SendError::UnknownUser("nobody".into()))
        );
    }
}
