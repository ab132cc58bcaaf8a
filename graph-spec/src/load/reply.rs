//! `[[response.headers]]` and `[[response.alternatives]]`: the response
//! headers and further success statuses of an endpoint.

use super::table::Table;
use super::{fields, read_status, tables};
use crate::diagnostic::Sink;
use crate::model::*;

use crate::keys::{alternative, response_header};

/// The `[[<table>.headers]]` of `[response]` or of an alternative.
pub(super) fn read_headers(table: &Table<'_, '_>, sink: &mut Sink) -> Vec<ResponseHeader> {
    let mut out = Vec::new();
    for t in tables(
        table,
        sink,
        alternative::HEADERS,
        response_header::ALL,
        None,
    )
    .unwrap_or_default()
    {
        let name = t.string(sink, response_header::NAME, Some("\"Location\""));
        let required = t.boolean(sink, response_header::REQUIRED, Some("true"));
        let description = t.string(sink, response_header::DESCRIPTION, None);
        if let (Some(name), Some(required)) = (name, required) {
            out.push(ResponseHeader {
                name,
                required,
                description,
            });
        }
    }
    out
}

/// `[[response.alternatives]]`, in spec order.
pub(super) fn read_alternatives(table: &Table<'_, '_>, sink: &mut Sink) -> Vec<Alternative> {
    let mut out = Vec::new();
    for t in tables(
        table,
        sink,
        crate::keys::response::ALTERNATIVES,
        alternative::ALL,
        None,
    )
    .unwrap_or_default()
    {
        let status = read_status(&t, sink);
        let description = t.string(sink, alternative::DESCRIPTION, None);
        let body = fields::read_body(&t, sink, "response.alternatives");
        let headers = read_headers(&t, sink);
        if let (Some(status), Some(body)) = (status, body) {
            out.push(Alternative {
                status,
                description,
                body,
                headers,
            });
        }
    }
    out
}
