//! How a handler's success value becomes the HTTP response of its endpoint.

use axum::response::Response;
use serde::Serialize;

use crate::server::body::content::{Redirect, answer_content};
use crate::server::reply::ReplyParts;
use crate::{Content, Endpoint};

/// An endpoint's response body type, and how a handler's success value `A`
/// answers it:
///
/// - every JSON type (`Serialize`) is answered by itself, as JSON with the
///   endpoint's documented status, or empty when the endpoint has no
///   response body (`()`);
/// - [`Content`] is answered by itself, with the documented status, its
///   media type (500 when it is not one the spec declares) and its length
///   when known, streamed; or by a [`Redirect`], `302 Found` with the
///   content's `Location` (`GET .../content`, reports);
/// - the generated `Reply` enum of an endpoint that declares several
///   statuses or response headers is answered by itself: the status, headers
///   and body of the variant returned (see [`ReplyParts`]).
pub trait AnsweredBy<A = Self> {
    /// The response of endpoint `E` to a handler's `value`.
    fn answer<E: Endpoint>(value: A) -> Response;
}

impl<T: Serialize> AnsweredBy<T> for T {
    fn answer<E: Endpoint>(value: T) -> Response {
        let reply = if E::HAS_RESPONSE_BODY {
            ReplyParts::json(E::SUCCESS_STATUS, &value)
        } else {
            ReplyParts::empty(E::SUCCESS_STATUS)
        };
        reply.answer::<E>()
    }
}

impl AnsweredBy for Content {
    fn answer<E: Endpoint>(value: Content) -> Response {
        answer_content::<E>(value)
    }
}

impl AnsweredBy<Redirect> for Content {
    fn answer<E: Endpoint>(value: Redirect) -> Response {
        value.into_response()
    }
}
