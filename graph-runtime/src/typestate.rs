//! The typestate machinery every generated request builder shares.
//!
//! A generated endpoint has ONE builder, `Builder<V, S, B>`: `V` is the path
//! variant its constructor picked (`Me`, `User`, ...), `S` records which path
//! parameters are set, and `B` is the request body (or [`Unset`]).
//!
//! `S` is a complete binary tree of [`Unset`] and [`Set`] leaves, one leaf per
//! path parameter of the endpoint, built from [`Node`]s. A parameter's slot is
//! its path from the root: [`L`] and [`R`] steps ending in [`Here`]. A setter
//! names its output as `<S as Fill<Slot>>::Out`, one type however many
//! parameters the endpoint has, so generated code grows linearly with the
//! spec and the compiler rewrites one root-to-leaf path (logarithmic depth)
//! per setter. `build` requires `V: Ready<S>`: each variant implements
//! [`Ready`] for the states that set its parameters, through a generated
//! per-parameter trait implemented for the trees whose leaf at its slot is
//! [`Set`] (`impl<A, B> HasMessageId for Node<Node<A, Set>, B>`); it carries
//! `#[diagnostic::on_unimplemented]`, so a missing parameter is a compile
//! error that names it.
//!
//! The values themselves live in [`Parts`], by slot number; the types only
//! guarantee that `build` never finds one missing.

use std::fmt;
use std::marker::PhantomData;

use crate::path::{PathParamError, PathPart, QueryValue, push_value};
use crate::{Endpoint, PathTemplate, Request};

pub use crate::Unset;

/// What `build` returns: the request, or the path parameter that could not be placed.
pub type Built<E> = Result<Request<E>, PathParamError>;

/// The state `S` with the slot at `I` set.
pub type Filled<S, I> = <S as Fill<I>>::Out;

/// Start states: complete trees of [`Unset`] leaves, `StartN` with `2^N` leaves
/// (generated code spells deeper ones out).
pub type Start0 = Unset;
/// See [`Start0`].
pub type Start1 = Node<Start0, Start0>;
/// See [`Start0`].
pub type Start2 = Node<Start1, Start1>;
/// See [`Start0`].
pub type Start3 = Node<Start2, Start2>;
/// See [`Start0`].
pub type Start4 = Node<Start3, Start3>;
/// See [`Start0`].
pub type Start5 = Node<Start4, Start4>;
/// See [`Start0`].
pub type Start6 = Node<Start5, Start5>;

/// A leaf of the state tree: the path parameter has been set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Set;

/// An inner node of the state tree: a left and a right subtree.
pub struct Node<A, B>(PhantomData<fn() -> (A, B)>);

/// A slot address: the slot is this node (a leaf).
#[derive(Debug, Clone, Copy)]
pub enum Here {}

/// A slot address: go to the left subtree, then follow `I`.
pub struct L<I>(PhantomData<fn() -> I>);

/// A slot address: go to the right subtree, then follow `I`.
pub struct R<I>(PhantomData<fn() -> I>);

// Manual impls: a derive would demand `A: Debug` etc. although nothing is stored.
impl<A, B> fmt::Debug for Node<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Node")
    }
}

impl<A, B> Clone for Node<A, B> {
    fn clone(&self) -> Self {
        Node(PhantomData)
    }
}

/// The state with the slot at `I` set.
#[diagnostic::on_unimplemented(
    message = "this path variant has no such path parameter",
    label = "not a parameter of this request's path"
)]
pub trait Fill<I> {
    /// The new state.
    type Out;
}

// One impl per leaf rather than a blanket one, which rustdoc would list
// on the page of every type of a crate using the builders.
impl Fill<Here> for Unset {
    type Out = Set;
}

impl Fill<Here> for Set {
    type Out = Set;
}

impl<A: Fill<I>, B, I> Fill<L<I>> for Node<A, B> {
    type Out = Node<A::Out, B>;
}

impl<A, B: Fill<I>, I> Fill<R<I>> for Node<A, B> {
    type Out = Node<A, B::Out>;
}

/// Implemented by a path variant for each slot its template has: setting a
/// parameter the variant's path does not contain does not compile.
#[diagnostic::on_unimplemented(
    message = "the path variant `{Self}` has no such path parameter",
    label = "not a parameter of this request's path",
    note = "each constructor starts one path variant; only the `{{...}}` parameters of its template can be set"
)]
pub trait Takes<I> {}

/// Where a path variant's request goes: its template and, for each of the
/// template's placeholders in order, the builder slot holding its value.
#[derive(Debug, Clone, Copy)]
pub struct At(pub &'static PathTemplate, pub &'static [usize]);

/// Implemented by a path variant `V` for the states `S` in which each of its
/// path parameters is set: a generated builder's `build` requires
/// `V: Ready<S>`. Each endpoint implements it per variant with bounds on its
/// per-parameter traits, whose `#[diagnostic::on_unimplemented]` messages name
/// a parameter left unset.
pub trait Ready<S> {
    /// The variant's template and slots.
    const AT: At;
}

/// Implemented by a builder's body slot once `.body(..)` filled it with the
/// endpoint's request body `T`; a builder still holding [`Unset`] does not
/// build. (A body that may be left out is an [`OptionalBody`].)
#[diagnostic::on_unimplemented(
    message = "the request body (`{T}`) is not set",
    label = "this request has no body yet",
    note = "call `.body(...)` on the builder before `.build()`"
)]
// Hidden: its blanket impl (every body type is itself set) would
// otherwise show on the page of every type of a crate using the builders.
#[doc(hidden)]
pub trait HasBody<T> {
    /// Hands the body to the request.
    fn into_body(self) -> T;
}

impl<T> HasBody<T> for T {
    fn into_body(self) -> T {
        self
    }
}

/// The body slot of a builder whose body the spec lets be left out
/// (`[request] body_optional`): the endpoint's `RequestBody` is `Option<T>`,
/// and `.body(..)` stores `Some`.
pub trait OptionalBody<T> {
    /// Hands the body, if any, to the request.
    fn into_body(self) -> Option<T>;
}

impl<T> OptionalBody<T> for Option<T> {
    fn into_body(self) -> Option<T> {
        self
    }
}

impl<T> OptionalBody<T> for Unset {
    fn into_body(self) -> Option<T> {
        None
    }
}

/// The values a builder collected: path parameters by slot number, optional
/// query parameters and headers. `V` and `S` are the builder's variant and
/// state, carried so a setter's output type is all a builder needs to name.
pub struct Parts<V, S> {
    values: Vec<Option<String>>,
    extras: crate::__private::Extras,
    state: PhantomData<fn() -> (V, S)>,
}

impl<V, S> fmt::Debug for Parts<V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parts")
            .field("values", &self.values)
            .field("query", &self.extras.query)
            .field("headers", &self.extras.headers)
            .finish()
    }
}

impl<V, S> Clone for Parts<V, S> {
    fn clone(&self) -> Self {
        Parts {
            values: self.values.clone(),
            extras: self.extras.clone(),
            state: PhantomData,
        }
    }
}

impl<V, S> Parts<V, S> {
    /// Nothing set, room for `slots` path parameters.
    pub fn new(slots: usize) -> Self {
        Parts {
            values: vec![None; slots],
            extras: Default::default(),
            state: PhantomData,
        }
    }

    /// Sets the path parameter in slot `slot`, moving to state `T`.
    pub fn set<T>(mut self, slot: usize, value: String) -> Parts<V, T> {
        if let Some(v) = self.values.get_mut(slot) {
            *v = Some(value);
        }
        Parts {
            values: self.values,
            extras: self.extras,
            state: PhantomData,
        }
    }

    /// Sets a query parameter, replacing an earlier value.
    pub fn query(mut self, name: &'static str, value: String) -> Self {
        self.extras.set_query(name, value);
        self
    }

    /// Sets an optional header, replacing an earlier value.
    pub fn header(mut self, name: &'static str, value: String) -> Self {
        self.extras.set_header(name, value);
        self
    }

    /// The request on `at`'s template, whose placeholders take the values of
    /// its slots in order (the path's, then the fixed query's), in the
    /// endpoint's first API version.
    ///
    /// # Errors
    ///
    /// A value its place refuses (see [`push_value`]); a slot never set,
    /// which the typestate rules out, is taken as empty.
    pub fn build<E: Endpoint>(
        mut self,
        At(template, slots): At,
        body: E::RequestBody,
    ) -> Result<Request<E>, PathParamError> {
        let mut path = String::with_capacity(template.template.len() + 32);
        let mut slots = slots.iter();
        let mut next = |values: &mut Vec<Option<String>>| {
            slots
                .next()
                .and_then(|&s| values.get_mut(s))
                .and_then(Option::take)
                .unwrap_or_default()
        };
        for part in template.parts {
            match *part {
                PathPart::Text(text) => path.push_str(text),
                PathPart::Param(name, place) => {
                    push_value(&mut path, name, place, &next(&mut self.values))?;
                }
            }
        }
        if !template.query.is_empty() {
            // The request line's own query comes first, as the docs write it.
            let optional = std::mem::take(&mut self.extras.query);
            for fixed in template.query {
                let value = match fixed.value {
                    QueryValue::Param(_) => next(&mut self.values),
                    QueryValue::Text(text) => text.to_owned(),
                };
                self.extras.query.push((fixed.name, value));
            }
            self.extras.query.extend(optional);
        }
        let version = E::VERSIONS
            .first()
            .copied()
            .unwrap_or(crate::ApiVersion::V1_0);
        Ok(Request::__new(template, path, version, body).__with_extras(self.extras))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::{FixedQuery, Place};

    struct Ep;
    const ME: PathTemplate = PathTemplate {
        variant: "user",
        template: "/users/{user_id}/messages/{message_id}/send",
        docs_template: "/users/{id}/messages/{id}/send",
        user_param: "user_id",
        parts: &[
            PathPart::Text("/users/"),
            PathPart::Param("user_id", Place::Segment),
            PathPart::Text("/messages/"),
            PathPart::Param("message_id", Place::Segment),
            PathPart::Text("/send"),
        ],
        query: &[],
    };
    const RANGE: PathTemplate = PathTemplate {
        variant: "range",
        template: "/drive/root:/{item_path}:/workbook/worksheets/{sheet}/range(address='{address}')?x={y}&z=1",
        docs_template: "",
        user_param: "user_id",
        parts: &[
            PathPart::Text("/drive/root:/"),
            PathPart::Param("item_path", Place::ColonPath),
            PathPart::Text(":/workbook/worksheets/"),
            PathPart::Param("sheet", Place::Segment),
            PathPart::Text("/range(address='"),
            PathPart::Param("address", Place::Quoted),
            PathPart::Text("')"),
        ],
        query: &[
            FixedQuery {
                name: "x",
                value: QueryValue::Param("y"),
            },
            FixedQuery {
                name: "z",
                value: QueryValue::Text("1"),
            },
        ],
    };
    const ROOT: PathTemplate = PathTemplate {
        variant: "root",
        template: "/",
        docs_template: "/",
        user_param: "user_id",
        parts: &[PathPart::Text("/")],
        query: &[],
    };
    impl Endpoint for Ep {
        type RequestBody = ();
        type ResponseBody = ();
        const NAME: &'static str = "test";
        const METHOD: http::Method = http::Method::POST;
        const PATHS: &'static [PathTemplate] = &[ME, ROOT];
        const VERSIONS: &'static [crate::ApiVersion] = &[crate::ApiVersion::Beta];
        const SUCCESS_STATUS: http::StatusCode = http::StatusCode::ACCEPTED;
        const HEADERS: &'static [crate::HeaderSpec] = &[];
        const HAS_REQUEST_BODY: bool = false;
        const HAS_RESPONSE_BODY: bool = false;
        const PERMISSIONS: crate::Permissions = crate::Permissions {
            delegated_work: None,
            delegated_personal: None,
            application: None,
            resource: "",
            other_users: &[],
        };
        const DOCS_URL: &'static str = "";
    }

    #[test]
    fn builds_the_path_from_slots_in_template_order() {
        // Slot numbers are the endpoint's, not the template's: message_id is slot 0 here.
        let parts = Parts::<(), ()>::new(2)
            .set::<()>(1, "a@b.com".into())
            .set::<()>(0, "AAMk/..".into())
            .query("$top", "5".into());
        let request = parts.build::<Ep>(At(&ME, &[1, 0]), ()).unwrap();
        assert_eq!(request.path(), "/users/a%40b.com/messages/AAMk%2F../send");
        assert_eq!(request.version(), crate::ApiVersion::Beta);
        assert_eq!(request.query(), &[("$top", "5".to_string())]);
    }

    #[test]
    fn rejects_dot_segments_and_unset_slots() {
        let err = Parts::<(), ()>::new(2)
            .set::<()>(1, "..".into())
            .build::<Ep>(At(&ME, &[1, 0]), ())
            .unwrap_err();
        assert_eq!(err.param, "user_id");
        let err = Parts::<(), ()>::new(2)
            .set::<()>(1, "u".into())
            .build::<Ep>(At(&ME, &[1, 0]), ())
            .unwrap_err();
        assert_eq!(
            err.param, "message_id",
            "a slot never set is an empty value"
        );
    }

    #[test]
    fn every_place_and_the_fixed_query_come_from_their_slots() {
        let request = Parts::<(), ()>::new(4)
            .set::<()>(0, "Plans/Q1 'draft'.xlsx".into())
            .set::<()>(1, "Sheet 1".into())
            .set::<()>(2, "A1:B2".into())
            .set::<()>(3, "a&b".into())
            .query("$select", "values".into())
            .build::<Ep>(At(&RANGE, &[0, 1, 2, 3]), ())
            .unwrap();
        assert_eq!(
            request.path(),
            "/drive/root:/Plans/Q1%20%27draft%27.xlsx:/workbook/worksheets/Sheet%201/range(address='A1%3AB2')"
        );
        let query = [
            ("x", "a&b".to_string()),
            ("z", "1".to_string()),
            ("$select", "values".to_string()),
        ];
        assert_eq!(request.query(), &query);
        assert_eq!(
            RANGE.params().collect::<Vec<_>>(),
            ["item_path", "sheet", "address", "y"]
        );
    }

    #[test]
    fn the_root_template_is_the_version_root() {
        let request = Parts::<(), ()>::new(0)
            .build::<Ep>(At(&ROOT, &[]), ())
            .unwrap();
        assert_eq!(request.path(), "/");
    }
}
