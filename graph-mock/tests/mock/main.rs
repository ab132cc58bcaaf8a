//! The mock's own behaviour over real HTTP on 127.0.0.1, driven by the
//! generated client: the mail family, paging, delta, attachments and
//! uploads, bodies of bytes, replies, path forms, and tokens from
//! azure_identity. One test binary, a module per concern (the SDK suites and
//! the tracing test, which installs a global subscriber, are their own).

mod attachment_upload;
mod azure_identity_flow;
mod content_bodies;
mod delta;
mod family;
mod head_in_process;
mod optional_body;
mod paging;
mod path_forms;
mod polymorphic_bodies;
mod readme_example;
mod replies;
#[path = "../support/mod.rs"]
mod support;
