//! The client's behaviour against real servers on 127.0.0.1: what it sends
//! on the wire, how it reads bodies and errors, retries, and that tokens
//! never show in its output. One test binary, a module per concern (TLS is
//! `client_tls.rs`, its own binary: it sets an environment variable).

mod bodies;
mod errors;
mod generated;
mod secrets;
mod support;
mod wire;
