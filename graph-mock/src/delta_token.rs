//! The state tokens of delta rounds (`$skiptoken`, `$deltatoken`): opaque
//! to callers, and tamper-checked. A token is the round's state in base64url
//! with an HMAC-SHA256 over it under a key made when the mock starts, so a
//! token changed in any byte, made up, or from an earlier run of the mock
//! is refused (400), and one for another mailbox or folder too.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Where a delta round stands, as its token carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DeltaState {
    /// The mailbox owner's id.
    pub owner: String,
    /// The folder's id.
    pub folder: String,
    /// The round's start version (0: the first round).
    pub since: u64,
    /// The round's end version, for a `$skiptoken`.
    pub upto: Option<u64>,
    /// Where the previous page stopped.
    pub after: u64,
    /// The page size the round was asked for.
    pub top: usize,
    /// The `$select` the round was asked for.
    pub select: Option<String>,
}

/// Makes and checks tokens under one secret key.
pub(crate) struct DeltaTokens {
    /// As long as SHA-256's block, which HMAC takes as it is.
    key: [u8; 64],
}

impl std::fmt::Debug for DeltaTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeltaTokens(..)")
    }
}

impl DeltaTokens {
    /// A fresh random key.
    pub(crate) fn new() -> Self {
        let mut key = [0u8; 64];
        for part in key.chunks_mut(16) {
            part.copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        }
        DeltaTokens { key }
    }

    fn mac(&self) -> Hmac<Sha256> {
        <Hmac<Sha256> as KeyInit>::new(&self.key.into())
    }

    /// The token of `state`.
    pub(crate) fn seal(&self, state: &DeltaState) -> String {
        let text = [
            state.owner.as_str(),
            state.folder.as_str(),
            &state.since.to_string(),
            &state.upto.map_or_else(String::new, |u| u.to_string()),
            &state.after.to_string(),
            &state.top.to_string(),
            state.select.as_deref().unwrap_or(""),
        ]
        .join("\n");
        let mut mac = self.mac();
        mac.update(text.as_bytes());
        let tag = mac.finalize().into_bytes();
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(text.as_bytes()),
            URL_SAFE_NO_PAD.encode(tag)
        )
    }

    /// The state a token carries, if this mock made it and it is unchanged.
    pub(crate) fn open(&self, token: &str) -> Option<DeltaState> {
        let (text, tag) = token.split_once('.')?;
        let text = URL_SAFE_NO_PAD.decode(text).ok()?;
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        let mut mac = self.mac();
        mac.update(&text);
        mac.verify_slice(&tag).ok()?;
        let text = String::from_utf8(text).ok()?;
        let fields: Vec<&str> = text.split('\n').collect();
        let [owner, folder, since, upto, after, top, select] = fields.as_slice() else {
            return None;
        };
        Some(DeltaState {
            owner: (*owner).to_owned(),
            folder: (*folder).to_owned(),
            since: since.parse().ok()?,
            upto: if upto.is_empty() {
                None
            } else {
                Some(upto.parse().ok()?)
            },
            after: after.parse().ok()?,
            top: top.parse().ok()?,
            select: (!select.is_empty()).then(|| (*select).to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> DeltaState {
        DeltaState {
            owner: "6e7b768e".into(),
            folder: "inbox".into(),
            since: 3,
            upto: Some(9),
            after: 5,
            top: 2,
            select: Some("subject,from".into()),
        }
    }

    #[test]
    fn a_token_opens_to_its_state_and_only_unchanged() {
        let tokens = DeltaTokens::new();
        let token = tokens.seal(&state());
        assert!(
            token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        );
        assert_eq!(tokens.open(&token), Some(state()));
        // Any changed character, another key, or garbage: refused.
        for i in 0..token.len() {
            let mut bytes = token.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap();
            if changed != token {
                assert_eq!(tokens.open(&changed), None, "{changed}");
            }
        }
        assert_eq!(DeltaTokens::new().open(&token), None);
        for junk in ["", ".", "abc", "abc.def", "💥.💥"] {
            assert_eq!(tokens.open(junk), None);
        }
    }
}
