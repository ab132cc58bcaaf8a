//! JWT access tokens (HS256 and RS256), read the way Microsoft Graph reads them.

use std::fmt;
use std::sync::Arc;

use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde::Deserialize;

use crate::server::auth::caller::{ApplicationCaller, Caller, DelegatedCaller};
use crate::server::auth::validator::{TokenRejection, TokenValidator};

/// The tenant id of personal Microsoft accounts; a delegated token from this
/// tenant has the `Delegated (personal Microsoft account)` permission type.
pub const MSA_TENANT_ID: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";

/// The audiences of Microsoft Graph access tokens: its URL and its app id.
const GRAPH_AUDIENCES: [&str; 2] = [
    "https://graph.microsoft.com",
    "00000003-0000-0000-c000-000000000000",
];

/// A key that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwtKeyError(String);

impl fmt::Display for JwtKeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid JWT verification key: {}", self.0)
    }
}

impl std::error::Error for JwtKeyError {}

struct Key {
    algorithm: Algorithm,
    kid: Option<String>,
    key: DecodingKey,
}

/// A [`TokenValidator`] for signed JWT access tokens.
///
/// Checks the signature (HS256 with a shared secret, RS256 with a public
/// key), the expiry (`exp` is required), the audience (`aud` is required) and,
/// if configured, the issuer. Then, like Graph:
///
/// * a space-separated `scp` claim makes a delegated caller, the user taken
///   from `oid` and `tid` (a token without `oid` is rejected;
///   `preferred_username` or `upn` is kept for display only); a token from the
///   [`MSA_TENANT_ID`] tenant is a personal account;
/// * otherwise a `roles` array makes an application caller (`appid` or `azp`);
/// * a token with neither is rejected.
///
/// A token's `alg` header only selects among the keys of that algorithm, so
/// an RS256 public key is never used as an HS256 secret. Its `Debug` output
/// shows no key material.
pub struct JwtValidator {
    keys: Vec<Key>,
    audiences: Vec<String>,
    issuers: Vec<String>,
    leeway_secs: u64,
}

impl JwtValidator {
    /// A validator accepting tokens for any of `audiences`, with no keys yet.
    pub fn new<I, S>(audiences: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        JwtValidator {
            keys: Vec::new(),
            audiences: audiences.into_iter().map(Into::into).collect(),
            issuers: Vec::new(),
            leeway_secs: 60,
        }
    }

    /// A validator for Microsoft Graph's audiences
    /// (`https://graph.microsoft.com` and its app id), with no keys yet.
    pub fn for_graph() -> Self {
        JwtValidator::new(GRAPH_AUDIENCES)
    }

    /// Accepts HS256 tokens signed with `secret`.
    pub fn with_hs256_secret(mut self, secret: &[u8]) -> Self {
        self.keys.push(Key {
            algorithm: Algorithm::HS256,
            kid: None,
            key: DecodingKey::from_secret(secret),
        });
        self
    }

    /// Accepts RS256 tokens signed by the private half of `public_key_pem`
    /// (a PEM `PUBLIC KEY` or `RSA PUBLIC KEY`); with `kid`, only tokens whose
    /// header names that key id (or none).
    ///
    /// # Errors
    ///
    /// When the PEM is not an RSA public key.
    pub fn with_rs256_pem(
        mut self,
        public_key_pem: &[u8],
        kid: Option<&str>,
    ) -> Result<Self, JwtKeyError> {
        let key =
            DecodingKey::from_rsa_pem(public_key_pem).map_err(|e| JwtKeyError(e.to_string()))?;
        self.keys.push(Key {
            algorithm: Algorithm::RS256,
            kid: kid.map(str::to_owned),
            key,
        });
        Ok(self)
    }

    /// Also requires `iss` to be one of the issuers added this way.
    pub fn with_issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuers.push(issuer.into());
        self
    }

    /// Clock skew tolerated on `exp` and `nbf`, in seconds (default 60).
    pub fn with_leeway(mut self, secs: u64) -> Self {
        self.leeway_secs = secs;
        self
    }

    fn validation(&self, algorithm: Algorithm) -> Validation {
        let mut v = Validation::new(algorithm);
        v.leeway = self.leeway_secs;
        v.validate_exp = true;
        v.validate_nbf = true;
        v.set_required_spec_claims(&["exp", "aud"]);
        v.set_audience(&self.audiences);
        if !self.issuers.is_empty() {
            v.set_issuer(&self.issuers);
        }
        v
    }
}

impl fmt::Debug for JwtValidator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let algorithms: Vec<Algorithm> = self.keys.iter().map(|k| k.algorithm).collect();
        f.debug_struct("JwtValidator")
            .field("algorithms", &algorithms)
            .field("audiences", &self.audiences)
            .field("issuers", &self.issuers)
            .field("leeway_secs", &self.leeway_secs)
            .finish()
    }
}

/// The claims Graph looks at.
#[derive(Deserialize)]
struct Claims {
    scp: Option<String>,
    roles: Option<Vec<String>>,
    oid: Option<String>,
    preferred_username: Option<String>,
    upn: Option<String>,
    appid: Option<String>,
    azp: Option<String>,
    tid: Option<String>,
}

fn reason(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::ExpiredSignature => "Lifetime validation failed, the token is expired.",
        ErrorKind::ImmatureSignature => "Lifetime validation failed, the token is not yet valid.",
        ErrorKind::InvalidAudience => "Invalid audience.",
        ErrorKind::InvalidIssuer => "Invalid issuer.",
        ErrorKind::InvalidSignature => "Invalid signature.",
        ErrorKind::MissingRequiredClaim(_) => "A required claim (exp, aud) is missing.",
        ErrorKind::InvalidAlgorithm => "The token's signing algorithm is not accepted.",
        _ => "JWT is not well formed.",
    }
}

impl TokenValidator for JwtValidator {
    fn validate(&self, token: &str) -> Result<Arc<Caller>, TokenRejection> {
        let header = decode_header(token).map_err(|e| TokenRejection::new(reason(e.kind())))?;
        let mut last = TokenRejection::new("The token's signing algorithm is not accepted.");
        let candidates = self.keys.iter().filter(|k| {
            k.algorithm == header.alg
                && match (&k.kid, &header.kid) {
                    (Some(want), Some(got)) => want == got,
                    _ => true,
                }
        });
        for key in candidates {
            match decode::<Claims>(token, &key.key, &self.validation(key.algorithm)) {
                Ok(data) => return caller_from(data.claims).map(Arc::new),
                Err(e) => last = TokenRejection::new(reason(e.kind())),
            }
        }
        Err(last)
    }
}

fn caller_from(claims: Claims) -> Result<Caller, TokenRejection> {
    if let Some(scp) = claims.scp {
        // Identity is `oid` (with `tid`): name claims are mutable and not
        // for authorization, so a token without `oid` names nobody.
        if claims.oid.is_none() {
            return Err(TokenRejection::new(
                "A delegated token must name its user with an oid claim.",
            ));
        }
        let personal = claims
            .tid
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case(MSA_TENANT_ID));
        return Ok(Caller::Delegated(DelegatedCaller {
            user_id: claims.oid,
            tenant_id: claims.tid,
            user_principal_name: claims.preferred_username.or(claims.upn),
            scopes: scp.split_whitespace().map(str::to_owned).collect(),
            personal_account: personal,
        }));
    }
    if let Some(roles) = claims.roles {
        return Ok(Caller::Application(ApplicationCaller {
            app_id: claims.appid.or(claims.azp),
            roles,
        }));
    }
    Err(TokenRejection::new(
        "Either scp or roles claim need to be present in the token.",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PermissionType;
    use jsonwebtoken::{EncodingKey, Header, encode};

    const SECRET: &[u8] = b"unit-test-secret";

    fn token(claims: serde_json::Value) -> String {
        encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(SECRET),
        )
        .unwrap()
    }

    fn exp() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 600
    }

    #[test]
    fn claims_decide_the_permission_type() {
        let v = JwtValidator::for_graph().with_hs256_secret(SECRET);
        let aud = "https://graph.microsoft.com";
        let work = v
            .validate(&token(serde_json::json!({
                "aud": aud, "exp": exp(), "scp": "Mail.Send  User.Read", "oid": "1", "tid": "t1", "upn": "a@b.com"
            })))
            .unwrap();
        assert_eq!(work.permission_type(), PermissionType::DelegatedWork);
        assert_eq!(work.grants(), ["Mail.Send", "User.Read"]);
        let user = |id: &str| crate::server::auth::directory::DirectoryUser {
            id: id.to_owned(),
            tenant_id: Some("t1".to_owned()),
        };
        assert!(work.delegated().unwrap().is(&user("1")));
        assert!(!work.delegated().unwrap().is(&user("a@b.com")));

        let name_only = v.validate(&token(serde_json::json!({
            "aud": aud, "exp": exp(), "scp": "Mail.Send", "preferred_username": "a@b.com"
        })));
        assert!(name_only.is_err(), "a name claim is no identity");

        let personal = v
            .validate(&token(serde_json::json!({
                "aud": aud, "exp": exp(), "scp": "Mail.Send", "oid": "1", "tid": MSA_TENANT_ID
            })))
            .unwrap();
        assert_eq!(
            personal.permission_type(),
            PermissionType::DelegatedPersonal
        );

        let app = v
            .validate(&token(serde_json::json!({
                "aud": aud, "exp": exp(), "roles": ["Mail.Send"], "azp": "app-1"
            })))
            .unwrap();
        assert_eq!(*app, Caller::app("app-1", ["Mail.Send"]));

        let no_user = v.validate(&token(serde_json::json!({
            "aud": aud, "exp": exp(), "scp": "Mail.Send"
        })));
        assert!(no_user.is_err());
        let no_exp = v.validate(&token(serde_json::json!({ "aud": aud, "roles": [] })));
        assert!(no_exp.is_err());
    }

    #[test]
    fn debug_shows_no_key_material() {
        let v = JwtValidator::for_graph().with_hs256_secret(SECRET);
        assert!(!format!("{v:?}").contains("unit-test-secret"));
    }
}
