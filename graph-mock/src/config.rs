//! The mock's configuration: address, users with drafts, tokens, JWT keys.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use graph_runtime::server::{
    Caller, DelegatedCaller, JwtValidator, ServerLimits, StaticTokens, ValidatorChain,
};
use serde::Deserialize;

use crate::store::{BodyType, Folder, ItemBody, MailStore, Message, User, now, recipient};

/// The demo configuration the mock starts with when given none.
pub const DEMO_CONFIG: &str = include_str!("demo.toml");

/// The whole configuration, as read from TOML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where to listen; port 0 picks a free one.
    #[serde(default = "default_address")]
    pub address: SocketAddr,
    /// Users and their drafts.
    #[serde(default)]
    pub users: Vec<UserConfig>,
    /// Static bearer tokens.
    #[serde(default)]
    pub tokens: Vec<TokenConfig>,
    /// JWT validation; off when absent.
    #[serde(default)]
    pub jwt: Option<JwtConfig>,
    /// The largest JSON request body accepted, in bytes (413 above it); 4 MiB by default.
    #[serde(default = "default_body_limit")]
    pub body_limit: usize,
    /// The tenant (`tid`) of every configured user: a delegated token from
    /// another tenant is no user of this mock.
    #[serde(default = "default_tenant_id")]
    pub tenant_id: String,
    /// The base URL links (`@odata.nextLink`) are built from, e.g.
    /// `https://graph.example.test`; the listening address when absent.
    /// Never the request's `Host` header.
    #[serde(default)]
    pub public_base_url: Option<String>,
    /// Connection limits and timeouts.
    #[serde(default)]
    pub limits: LimitsConfig,
}

/// The demo tenant's id.
pub const DEMO_TENANT_ID: &str = "5d1c0b7e-3f8a-4c2b-9e6d-7a4f1b2c3d4e";

fn default_tenant_id() -> String {
    DEMO_TENANT_ID.to_owned()
}

/// Connection limits and timeouts (`[limits]`); durations like `"30s"`.
/// Defaults: those of [`ServerLimits`].
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Time to receive a request head, from its first byte.
    #[serde(with = "humantime_serde_compat")]
    pub header_read_timeout: Duration,
    /// Time a connection may sit idle (between requests, or a stalled write).
    #[serde(with = "humantime_serde_compat")]
    pub idle_timeout: Duration,
    /// Time a request body may stall; its allowance before the minimum rate.
    #[serde(with = "humantime_serde_compat")]
    pub body_read_timeout: Duration,
    /// The slowest average rate of a request body, bytes per second (0: off).
    pub body_min_rate: u64,
    /// Connections served at once.
    pub max_connections: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig::from(ServerLimits::default())
    }
}

impl From<ServerLimits> for LimitsConfig {
    fn from(l: ServerLimits) -> Self {
        LimitsConfig {
            header_read_timeout: l.header_read_timeout,
            idle_timeout: l.idle_timeout,
            body_read_timeout: l.body_read_timeout,
            body_min_rate: l.body_min_rate,
            max_connections: l.max_connections,
        }
    }
}

impl From<LimitsConfig> for ServerLimits {
    fn from(l: LimitsConfig) -> Self {
        ServerLimits {
            header_read_timeout: l.header_read_timeout,
            idle_timeout: l.idle_timeout,
            body_read_timeout: l.body_read_timeout,
            body_min_rate: l.body_min_rate,
            max_connections: l.max_connections,
        }
    }
}

/// Durations as humantime strings (`"30s"`, `"500ms"`).
mod humantime_serde_compat {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let text = String::deserialize(d)?;
        humantime::parse_duration(&text).map_err(serde::de::Error::custom)
    }
}

fn default_address() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8787))
}

fn default_body_limit() -> usize {
    graph_runtime::server::DEFAULT_BODY_LIMIT
}

/// A user with a mailbox.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    /// Object id; derived from the principal name when absent.
    pub id: Option<String>,
    /// User principal name.
    pub upn: String,
    /// Display name; the principal name when absent.
    pub display_name: Option<String>,
    /// Messages in the user's Drafts folder.
    #[serde(default)]
    pub drafts: Vec<DraftConfig>,
    /// Received messages in the user's Inbox.
    #[serde(default)]
    pub inbox: Vec<InboxConfig>,
}

/// A received message.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InboxConfig {
    /// Message id.
    pub id: String,
    /// Subject.
    #[serde(default)]
    pub subject: String,
    /// Text body.
    #[serde(default)]
    pub body: String,
    /// Sender address.
    pub from: String,
    /// Recipient addresses.
    #[serde(default)]
    pub to: Vec<String>,
    /// Cc addresses.
    #[serde(default)]
    pub cc: Vec<String>,
}

/// A draft message.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftConfig {
    /// Message id.
    pub id: String,
    /// Subject.
    #[serde(default)]
    pub subject: String,
    /// Text body.
    #[serde(default)]
    pub body: String,
    /// Recipient addresses.
    #[serde(default)]
    pub to: Vec<String>,
}

/// A static bearer token: delegated (`user` + `scopes`) or application (`app_id` + `roles`).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    /// The token string clients send.
    pub token: String,
    /// Delegated: the signed-in user's id or principal name.
    pub user: Option<String>,
    /// Delegated: the granted scopes.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Delegated: a personal Microsoft account.
    #[serde(default)]
    pub personal: bool,
    /// Application: the app id.
    pub app_id: Option<String>,
    /// Application: the granted app roles.
    #[serde(default)]
    pub roles: Vec<String>,
}

impl fmt::Debug for TokenConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenConfig")
            .field("token", &"<redacted>")
            .field("user", &self.user)
            .field("scopes", &self.scopes)
            .field("personal", &self.personal)
            .field("app_id", &self.app_id)
            .field("roles", &self.roles)
            .finish()
    }
}

/// JWT validation settings.
#[derive(Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct JwtConfig {
    /// Accepted audiences; Graph's (`https://graph.microsoft.com` and its app id) when empty.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Required issuer, if any.
    pub issuer: Option<String>,
    /// HS256 shared secret.
    pub hs256_secret: Option<String>,
    /// RS256 public key (PEM text).
    pub rs256_public_key_pem: Option<String>,
    /// RS256 public key (PEM file).
    pub rs256_public_key_file: Option<PathBuf>,
}

impl fmt::Debug for JwtConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwtConfig")
            .field("audiences", &self.audiences)
            .field("issuer", &self.issuer)
            .field(
                "hs256_secret",
                &self.hs256_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("rs256_public_key_pem", &self.rs256_public_key_pem.is_some())
            .field("rs256_public_key_file", &self.rs256_public_key_file)
            .finish()
    }
}

/// A configuration that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// The built-in demo configuration ([`DEMO_CONFIG`]).
    ///
    /// # Errors
    ///
    /// Never in practice: the demo file is tested.
    pub fn demo() -> Result<Self, ConfigError> {
        Config::from_toml(DEMO_CONFIG)
    }

    /// Parses a TOML configuration.
    ///
    /// # Errors
    ///
    /// On TOML syntax errors and unknown keys.
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError(format!("invalid configuration: {e}")))
    }

    /// A store holding the configured users and drafts.
    ///
    /// # Errors
    ///
    /// When two users share an id or principal name.
    pub fn store(&self) -> Result<MailStore, ConfigError> {
        let store = MailStore::new();
        for u in &self.users {
            let id = u.id.clone().unwrap_or_else(|| derived_id(&u.upn));
            if store.user(&id).is_some() || store.user(&u.upn).is_some() {
                return Err(ConfigError(format!("user `{}` is configured twice", u.upn)));
            }
            store.add_user(User {
                id: id.clone(),
                user_principal_name: u.upn.clone(),
                display_name: u.display_name.clone().unwrap_or_else(|| u.upn.clone()),
            });
            for d in &u.drafts {
                let mut m = Message::draft(&d.id, &d.subject);
                m.body = Some(text(&d.body));
                m.body_preview = Some(d.body.clone());
                m.to_recipients = Some(d.to.iter().map(|a| recipient(a, None)).collect());
                m.from = Some(recipient(&u.upn, None));
                m.created_date_time = now();
                store
                    .add_draft(&id, m)
                    .map_err(|e| ConfigError(e.to_string()))?;
            }
            for i in &u.inbox {
                let m = Message {
                    id: Some(i.id.clone()),
                    subject: Some(i.subject.clone()),
                    body: Some(text(&i.body)),
                    body_preview: Some(i.body.clone()),
                    from: Some(recipient(&i.from, None)),
                    sender: Some(recipient(&i.from, None)),
                    to_recipients: Some(i.to.iter().map(|a| recipient(a, None)).collect()),
                    cc_recipients: Some(i.cc.iter().map(|a| recipient(a, None)).collect()),
                    is_draft: Some(false),
                    is_read: Some(false),
                    received_date_time: now(),
                    sent_date_time: now(),
                    ..Message::default()
                };
                store
                    .add(&id, Folder::Inbox, m)
                    .map_err(|e| ConfigError(e.to_string()))?;
            }
        }
        Ok(store)
    }

    /// The token validator: the static tokens, then JWTs if configured.
    ///
    /// # Errors
    ///
    /// When a token names an unknown user, is neither delegated nor
    /// application, or a JWT key cannot be read.
    pub fn validator(&self, store: &MailStore) -> Result<ValidatorChain, ConfigError> {
        let mut tokens = StaticTokens::new();
        for t in &self.tokens {
            tokens.insert(t.token.clone(), caller(t, store, &self.tenant_id)?);
        }
        let mut chain = ValidatorChain::new().with(tokens);
        if let Some(jwt) = &self.jwt {
            chain = chain.with(jwt_validator(jwt)?);
        }
        Ok(chain)
    }
}

impl Config {
    /// Adds a user with two drafts, `{local part}-draft-1` and `-2`.
    pub fn add_demo_user(&mut self, upn: &str) {
        let local = upn.split('@').next().unwrap_or(upn);
        let drafts = (1..=2)
            .map(|i| DraftConfig {
                id: format!("AAMkADraft-{local}-{i}"),
                subject: format!("Draft {i}"),
                body: String::new(),
                to: Vec::new(),
            })
            .collect();
        self.users.push(UserConfig {
            id: None,
            upn: upn.to_owned(),
            display_name: None,
            drafts,
            inbox: Vec::new(),
        });
    }

    /// Adds a token from `TOKEN=UPN:SCOPE,SCOPE` (delegated) or
    /// `TOKEN=app:ROLE,ROLE` (application).
    ///
    /// # Errors
    ///
    /// When `spec` has neither form.
    pub fn add_token_spec(&mut self, spec: &str) -> Result<(), ConfigError> {
        let bad = || {
            ConfigError("a token is `TOKEN=UPN:SCOPE,SCOPE` or `TOKEN=app:ROLE,ROLE`".to_owned())
        };
        let (token, grant) = spec.split_once('=').ok_or_else(bad)?;
        let (who, perms) = grant.split_once(':').ok_or_else(bad)?;
        if token.is_empty() || who.is_empty() {
            return Err(bad());
        }
        let perms: Vec<String> = perms
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        let app = who.eq_ignore_ascii_case("app");
        self.tokens.push(TokenConfig {
            token: token.to_owned(),
            user: (!app).then(|| who.to_owned()),
            scopes: if app { Vec::new() } else { perms.clone() },
            personal: false,
            app_id: app.then(|| "00000000-0000-0000-0000-00000000a990".to_owned()),
            roles: if app { perms } else { Vec::new() },
        });
        Ok(())
    }
}

fn text(content: &str) -> ItemBody {
    ItemBody {
        content_type: Some(BodyType::Text),
        content: Some(content.to_owned()),
    }
}

/// A stable id for a user configured without one.
fn derived_id(upn: &str) -> String {
    format!("user-{}", upn.to_ascii_lowercase())
}

fn caller(t: &TokenConfig, store: &MailStore, tenant_id: &str) -> Result<Caller, ConfigError> {
    match (&t.user, &t.app_id) {
        (Some(user), None) => {
            let u = store.user(user).ok_or_else(|| {
                ConfigError(format!(
                    "a token names user `{user}`, who is not configured"
                ))
            })?;
            Ok(Caller::Delegated(DelegatedCaller {
                user_id: Some(u.id),
                tenant_id: Some(tenant_id.to_owned()),
                user_principal_name: Some(u.user_principal_name),
                scopes: t.scopes.clone(),
                personal_account: t.personal,
            }))
        }
        (None, Some(app)) => Ok(Caller::app(app.clone(), t.roles.clone())),
        _ => Err(ConfigError(
            "each token needs either `user` (delegated) or `app_id` (application)".into(),
        )),
    }
}

fn jwt_validator(c: &JwtConfig) -> Result<JwtValidator, ConfigError> {
    let mut v = if c.audiences.is_empty() {
        JwtValidator::for_graph()
    } else {
        JwtValidator::new(c.audiences.clone())
    };
    if let Some(iss) = &c.issuer {
        v = v.with_issuer(iss.clone());
    }
    if let Some(secret) = &c.hs256_secret {
        v = v.with_hs256_secret(secret.as_bytes());
    }
    let file_pem = match &c.rs256_public_key_file {
        Some(path) => Some(
            std::fs::read(path)
                .map_err(|e| ConfigError(format!("cannot read `{}`: {e}", path.display())))?,
        ),
        None => None,
    };
    for pem in [
        c.rs256_public_key_pem
            .as_ref()
            .map(|s| s.as_bytes().to_vec()),
        file_pem,
    ]
    .into_iter()
    .flatten()
    {
        v = v
            .with_rs256_pem(&pem, None)
            .map_err(|e| ConfigError(e.to_string()))?;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_config_loads() {
        let c = Config::demo().unwrap();
        let store = c.store().unwrap();
        assert_eq!(store.users().len(), 2);
        c.validator(&store).unwrap();
        assert!(!format!("{c:?}").contains("demo-adele"));
        assert_eq!(c.tenant_id, DEMO_TENANT_ID);
        assert_eq!(
            c.limits,
            LimitsConfig::default(),
            "the demo file shows the defaults"
        );
    }

    #[test]
    fn bad_tokens_are_reported() {
        let c = Config::from_toml("[[tokens]]\ntoken = \"t\"\nuser = \"nobody\"\n").unwrap();
        let store = c.store().unwrap();
        assert!(c.validator(&store).is_err());
        assert!(Config::from_toml("adress = \"x\"").is_err());
    }
}
