//! The server's behaviour end to end, over real HTTP on 127.0.0.1: mostly
//! against graph-mock (a server built from generated stubs), some against
//! servers the tests mount themselves. One test binary, a module per concern.

mod auth;
mod bodies;
mod cross_user;
mod http;
mod identity;
mod limits;
mod no_content;
mod none_required;
mod route_info;
mod routing;
mod send;
mod service;
mod shared;
// The mock and client set-up these tests share with graph-mock's own.
#[path = "../../../graph-mock/tests/support/mod.rs"]
mod support;
