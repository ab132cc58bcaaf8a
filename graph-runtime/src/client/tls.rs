//! The TLS configuration the client hands reqwest: rustls with the crypto
//! provider and the certificate roots the crate features chose (see "TLS" in
//! the [module docs](super)).

use std::sync::Arc;

use rustls::ClientConfig;
use rustls::crypto::CryptoProvider;

use crate::client::error::Error;

#[cfg(not(any(feature = "rustls-ring", feature = "rustls-aws-lc-rs")))]
compile_error!(
    "graph-runtime's `client-core` needs a crypto provider: add the feature `rustls-ring` \
     (or use `client`, which has it) or `rustls-aws-lc-rs`"
);

/// The crypto provider: aws-lc-rs (the default, and the choice when both
/// are on), whose key exchange prefers the post-quantum hybrid
/// X25519MLKEM768; else ring.
fn provider() -> CryptoProvider {
    #[cfg(feature = "rustls-aws-lc-rs")]
    return rustls::crypto::aws_lc_rs::default_provider();
    // ring was asked for by name (`client-core` + `rustls-ring`), trading
    // post-quantum key exchange for build time, as the feature documents;
    // rustls deprecates the provider (0.23.48) for that reason alone.
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc-rs")))]
    #[allow(deprecated)]
    return rustls::crypto::ring::default_provider();
}

/// How the client's connections are secured: TLS 1.2 and 1.3 with the
/// provider's safe defaults, server certificates verified (chain to a trusted
/// root, validity, the host name), ALPN for the HTTP versions reqwest speaks.
///
/// No process-wide state is touched: the provider is given to this
/// configuration, not installed as rustls's default.
pub(super) fn config() -> Result<ClientConfig, Error> {
    let provider = Arc::new(provider());
    let invalid = |e: rustls::Error| Error::InvalidConfig {
        reason: format!("TLS cannot be set up: {e}"),
    };
    let builder = ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(invalid)?;
    #[cfg(feature = "webpki-roots")]
    let builder = builder.with_root_certificates(rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    });
    #[cfg(not(feature = "webpki-roots"))]
    let builder = builder
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(
            rustls_platform_verifier::Verifier::new(provider).map_err(invalid)?,
        ));
    let mut config = builder.with_no_client_auth();
    config.alpn_protocols = if cfg!(feature = "http2") {
        vec![b"h2".to_vec(), b"http/1.1".to_vec()]
    } else {
        vec![b"http/1.1".to_vec()]
    };
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The default client offers post-quantum hybrid key exchange first.
    #[cfg(feature = "rustls-aws-lc-rs")]
    #[test]
    fn the_default_provider_prefers_post_quantum_key_exchange() {
        let config = config().unwrap();
        let groups: Vec<_> = config
            .crypto_provider()
            .kx_groups
            .iter()
            .map(|g| g.name())
            .collect();
        assert_eq!(
            groups.first(),
            Some(&rustls::NamedGroup::X25519MLKEM768),
            "{groups:?}"
        );
    }

    /// ring, chosen for build time, has no post-quantum group.
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc-rs")))]
    #[test]
    fn ring_offers_classical_key_exchange_only() {
        let config = config().unwrap();
        assert!(
            config
                .crypto_provider()
                .kx_groups
                .iter()
                .all(|g| g.name() != rustls::NamedGroup::X25519MLKEM768)
        );
    }
}
