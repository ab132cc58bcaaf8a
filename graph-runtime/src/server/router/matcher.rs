//! Path matching for the route table: a trie of route shapes that knows
//! every place Graph puts a value in a path (see [`Place`]): whole segments,
//! values inside a segment or inside quotes, and colon paths that span
//! several segments (`/drive/root:/{item_path}:/content`).
//!
//! Literal text matches ASCII-case-insensitively, as Graph's does. A match
//! visits each trie node at most once (every step consumes a length that the
//! path decides), so its cost is bounded by the trie's size and the path's
//! length, whatever the request.

use std::collections::HashMap;
use std::num::NonZeroUsize;

use crate::path::{PathPart, Place};
use crate::server::router::bytes::{Folded, find_byte};

/// One `/`-separated piece of a route's shape; parameter names are left
/// out (routes match by position).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Seg {
    /// A literal segment, lower case.
    Literal(String),
    /// A whole-segment parameter.
    Param,
    /// Text and parameters inside one segment; text lower case, never two
    /// parameters side by side.
    Mixed(Vec<Piece>),
    /// A colon path: one or more segments, up to the first that ends with
    /// `:` (`closed`), or every remaining segment.
    Colon { closed: bool },
}

/// A piece of a [`Seg::Mixed`] segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Piece {
    Text(String),
    Param(Place),
}

/// The shape of `prefix` followed by `parts`, split into segments, and the
/// parameter names in order.
pub(crate) fn shape(
    prefix: &'static str,
    parts: &'static [PathPart],
) -> Result<(Vec<Seg>, Vec<&'static str>), String> {
    let mut segs = Vec::new();
    let mut names = Vec::new();
    // The pieces of the segment being read; `None` right after a colon path.
    let mut current: Vec<Piece> = Vec::new();
    let mut after_colon: Option<usize> = None;
    // Paths are matched after their leading `/`, so the shape starts after it too.
    let prefix = prefix.strip_prefix('/').ok_or("a route starts with `/`")?;
    let texts = std::iter::once(PathPart::Text(prefix)).chain(parts.iter().copied());
    for part in texts {
        match part {
            PathPart::Text(text) => {
                let mut text = text;
                if let Some(at) = after_colon.take() {
                    // A closing `:` ends the colon path; the next `/` (or
                    // the end) must follow it.
                    if let Some(rest) = text.strip_prefix(':') {
                        segs[at] = Seg::Colon { closed: true };
                        text = rest;
                        if !(text.is_empty() || text.starts_with('/')) {
                            return Err("a colon path's closing `:` must end its segment".into());
                        }
                    } else {
                        return Err("a colon path must end with `:` or end the template".into());
                    }
                    if let Some(rest) = text.strip_prefix('/') {
                        text = rest;
                    } else {
                        // `...:` at the very end: nothing follows.
                        continue;
                    }
                }
                let mut pieces = text.split('/');
                if let Some(first) = pieces.next()
                    && !first.is_empty()
                {
                    current.push(Piece::Text(first.to_ascii_lowercase()));
                }
                for piece in pieces {
                    segs.push(close(std::mem::take(&mut current))?);
                    if !piece.is_empty() {
                        current.push(Piece::Text(piece.to_ascii_lowercase()));
                    }
                }
            }
            PathPart::Param(name, place) => {
                if after_colon.is_some() {
                    return Err("a colon path must end with `:` or end the template".into());
                }
                if matches!(current.last(), Some(Piece::Param(_))) {
                    return Err(format!("`{{{name}}}` follows another parameter directly"));
                }
                names.push(name);
                match place {
                    Place::ColonPath => {
                        let after_colon_segment = match segs.last() {
                            Some(Seg::Literal(l)) => l.ends_with(':'),
                            Some(Seg::Mixed(p)) => {
                                matches!(p.last(), Some(Piece::Text(t)) if t.ends_with(':'))
                            }
                            _ => false,
                        };
                        if !current.is_empty() || !after_colon_segment {
                            return Err(format!("the colon path `{{{name}}}` must follow `:/`"));
                        }
                        after_colon = Some(segs.len());
                        segs.push(Seg::Colon { closed: false });
                    }
                    Place::Segment | Place::Inline | Place::Quoted => {
                        current.push(Piece::Param(place))
                    }
                }
            }
        }
    }
    if after_colon.is_none() {
        segs.push(close(current)?);
    }
    Ok((segs, names))
}

/// The segment made of `pieces`.
fn close(mut pieces: Vec<Piece>) -> Result<Seg, String> {
    Ok(match pieces.as_slice() {
        [] => Seg::Literal(String::new()),
        [Piece::Text(_)] => match pieces.pop() {
            Some(Piece::Text(text)) => Seg::Literal(text),
            _ => Seg::Literal(String::new()),
        },
        [Piece::Param(Place::Segment)] => Seg::Param,
        [Piece::Param(_)] => {
            return Err("a parameter alone in its segment must be a whole-segment one".into());
        }
        _ => {
            if pieces
                .iter()
                .any(|p| matches!(p, Piece::Param(Place::Segment)))
            {
                return Err("a whole-segment parameter shares its segment with text".into());
            }
            Seg::Mixed(pieces)
        }
    })
}

/// One node of the trie, laid out to fill one cache line: every request
/// reads one node per segment, and between requests other work evicts them.
#[derive(Debug, Default)]
#[repr(align(64))]
struct TrieNode {
    literals: Literals,
    /// The whole-segment parameter child (a child is never the root, node 0).
    param: Option<NonZeroUsize>,
    /// The route index of the shape ending here.
    route: Option<usize>,
    /// Mixed-segment and colon-path children, which few nodes have.
    rare: Option<Box<RareChildren>>,
}

impl TrieNode {
    fn mixed(&self) -> &[(Vec<Piece>, usize)] {
        self.rare.as_ref().map_or(&[], |r| &r.mixed)
    }

    fn colon(&self) -> &[(bool, usize)] {
        self.rare.as_ref().map_or(&[], |r| &r.colon)
    }

    fn rare_mut(&mut self) -> &mut RareChildren {
        self.rare.get_or_insert_with(Box::default)
    }
}

// A node that outgrew its cache line would take two per segment.
const _: () = assert!(std::mem::size_of::<TrieNode>() == 64);

/// A node's children other than literals and whole-segment parameters.
#[derive(Debug, Default)]
struct RareChildren {
    mixed: Vec<(Vec<Piece>, usize)>,
    colon: Vec<(bool, usize)>,
}

/// A node's literal children: a short list compared in place (most nodes
/// have a handful), indexed by lower-case text once it grows.
#[derive(Debug, Default)]
struct Literals {
    list: Vec<(Folded, usize)>,
    index: Option<Box<HashMap<String, usize>>>,
}

/// Past this many children a node's literals are looked up by hash.
const LINEAR_LITERALS: usize = 8;

impl Literals {
    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The child for `text`, which is lower case.
    fn get(&self, text: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(text).copied(),
            None => self
                .list
                .iter()
                .find(|(l, _)| l.matches(text.as_bytes()))
                .map(|&(_, n)| n),
        }
    }

    /// The child for a raw path segment, in any case.
    fn find(&self, segment: &str) -> Option<usize> {
        match &self.index {
            Some(index) if segment.bytes().any(|b| b.is_ascii_uppercase()) => {
                index.get(&segment.to_ascii_lowercase()).copied()
            }
            Some(index) => index.get(segment).copied(),
            None => self
                .list
                .iter()
                .find(|(l, _)| l.matches(segment.as_bytes()))
                .map(|&(_, n)| n),
        }
    }

    /// The child for `text` (lower case), added as `fresh` if missing.
    fn get_or_insert(&mut self, text: String, fresh: usize) -> usize {
        if let Some(n) = self.get(&text) {
            return n;
        }
        self.list.push((Folded::new(&text), fresh));
        match &mut self.index {
            Some(index) => {
                index.insert(text, fresh);
            }
            None if self.list.len() > LINEAR_LITERALS => {
                // The list keeps only folded words: the texts of the
                // entries already in it are read back from them.
                let texts = self.list.iter().map(|(l, n)| (l.text(), *n));
                let mut index: HashMap<String, usize> = texts.collect();
                index.insert(text, fresh);
                self.index = Some(Box::new(index));
            }
            None => {}
        }
        fresh
    }
}

/// A matched parameter's raw (still encoded) value and its place.
pub(crate) type RawValue<'p> = (&'p str, Place);

/// Route shapes, each mapped to a route index.
#[derive(Debug)]
pub(crate) struct Matcher {
    nodes: Vec<TrieNode>,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            nodes: vec![TrieNode::default()],
        }
    }
}

impl Matcher {
    /// The route index of `shape`, if it was inserted.
    pub(crate) fn get(&self, shape: &[Seg]) -> Option<usize> {
        let mut at = 0;
        for seg in shape {
            let node = &self.nodes[at];
            at = match seg {
                Seg::Literal(l) => node.literals.get(l)?,
                Seg::Param => node.param?.get(),
                Seg::Mixed(pieces) => node.mixed().iter().find(|(p, _)| p == pieces)?.1,
                Seg::Colon { closed } => node.colon().iter().find(|(c, _)| c == closed)?.1,
            };
        }
        self.nodes[at].route
    }

    /// Maps `shape` to `route` (a shape already mapped keeps its route).
    pub(crate) fn insert(&mut self, shape: Vec<Seg>, route: usize) {
        let mut at = 0;
        for seg in shape {
            let fresh = self.nodes.len();
            let node = &mut self.nodes[at];
            let (next, created) = match seg {
                Seg::Literal(l) => {
                    let next = node.literals.get_or_insert(l, fresh);
                    (next, next == fresh)
                }
                Seg::Param => match (node.param, NonZeroUsize::new(fresh)) {
                    (Some(next), _) => (next.get(), false),
                    (None, Some(child)) => {
                        node.param = Some(child);
                        (fresh, true)
                    }
                    // `fresh` counts the root, so it is never 0.
                    (None, None) => return,
                },
                Seg::Mixed(pieces) => match node.mixed().iter().find(|(p, _)| *p == pieces) {
                    Some(&(_, next)) => (next, false),
                    None => {
                        node.rare_mut().mixed.push((pieces, fresh));
                        (fresh, true)
                    }
                },
                Seg::Colon { closed } => match node.colon().iter().find(|(c, _)| *c == closed) {
                    Some(&(_, next)) => (next, false),
                    None => {
                        node.rare_mut().colon.push((closed, fresh));
                        (fresh, true)
                    }
                },
            };
            if created {
                self.nodes.push(TrieNode::default());
            }
            at = next;
        }
        self.nodes[at].route.get_or_insert(route);
    }

    /// The route `path` matches and its parameters' raw values in order.
    /// Literal segments win over mixed ones, those over whole-segment
    /// parameters, those over colon paths.
    pub(crate) fn at<'p>(&self, path: &'p str) -> Option<(usize, Vec<RawValue<'p>>)> {
        let path = path.strip_prefix('/')?;
        let mut values = Vec::new();
        let route = self.walk(0, Some(path), &mut values)?;
        Some((route, values))
    }

    /// Matches `rest` (the path from the current segment on; `None` past
    /// its last segment) from node `at`.
    fn walk<'p>(
        &self,
        at: usize,
        rest: Option<&'p str>,
        values: &mut Vec<RawValue<'p>>,
    ) -> Option<usize> {
        let node = &self.nodes[at];
        let Some(rest) = rest else {
            return node.route;
        };
        let (segment, tail) = match find_byte(rest.as_bytes(), b'/') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let mark = values.len();
        if !node.literals.is_empty()
            && let Some(next) = node.literals.find(segment)
            && let Some(route) = self.walk(next, tail, values)
        {
            return Some(route);
        }
        for (pieces, next) in node.mixed() {
            if match_mixed(pieces, segment, values)
                && let Some(route) = self.walk(*next, tail, values)
            {
                return Some(route);
            }
            values.truncate(mark);
        }
        if let Some(next) = node.param
            && !segment.is_empty()
        {
            values.push((segment, Place::Segment));
            if let Some(route) = self.walk(next.get(), tail, values) {
                return Some(route);
            }
            values.truncate(mark);
        }
        for &(closed, next) in node.colon() {
            // A closed colon path ends at the first segment ending with `:`
            // (the `:` is not part of the value); an open one takes the rest.
            let (value, after) = if closed {
                match closing_colon(rest) {
                    Some(split) => split,
                    None => continue,
                }
            } else {
                (rest, None)
            };
            if value.is_empty() {
                continue;
            }
            values.push((value, Place::ColonPath));
            if let Some(route) = self.walk(next, after, values) {
                return Some(route);
            }
            values.truncate(mark);
        }
        None
    }
}

/// `rest` split after its first segment that ends with `:`: the part before
/// that `:`, and what follows the segment (`None` when it was the last).
fn closing_colon(rest: &str) -> Option<(&str, Option<&str>)> {
    let mut start = 0;
    loop {
        let end = rest[start..].find('/').map_or(rest.len(), |i| start + i);
        if rest[start..end].ends_with(':') {
            let after = (end < rest.len()).then(|| &rest[end + 1..]);
            return Some((&rest[..end - 1], after));
        }
        if end == rest.len() {
            return None;
        }
        start = end + 1;
    }
}

/// Matches one raw segment against `pieces`, pushing each parameter's raw
/// value. Each parameter ends at the first place its following text starts
/// (inside quotes, a doubled `''` does not end it).
fn match_mixed<'p>(pieces: &[Piece], segment: &'p str, values: &mut Vec<RawValue<'p>>) -> bool {
    let mut pos = 0;
    let mut i = 0;
    while i < pieces.len() {
        match &pieces[i] {
            Piece::Text(text) => {
                let Some(here) = segment.get(pos..pos + text.len()) else {
                    return false;
                };
                if !here.eq_ignore_ascii_case(text) {
                    return false;
                }
                pos += text.len();
            }
            Piece::Param(place) => {
                let end = match pieces.get(i + 1) {
                    None => segment.len(),
                    Some(Piece::Text(next)) => match find_end(segment, pos, next, *place) {
                        Some(end) => end,
                        None => return false,
                    },
                    // `shape` never puts two parameters side by side.
                    Some(Piece::Param(_)) => return false,
                };
                let value = &segment[pos..end];
                if value.is_empty() && *place != Place::Quoted {
                    return false;
                }
                values.push((value, *place));
                pos = end;
            }
        }
        i += 1;
    }
    pos == segment.len()
}

/// Where a value that starts at `from` ends: the first place `next` starts.
fn find_end(segment: &str, from: usize, next: &str, place: Place) -> Option<usize> {
    let bytes = segment.as_bytes();
    let mut k = from;
    while k < bytes.len() {
        if place == Place::Quoted && bytes[k] == b'\'' && bytes.get(k + 1) == Some(&b'\'') {
            k += 2;
            continue;
        }
        if segment
            .get(k..k + next.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(next))
        {
            return Some(k);
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::PathPart::{Param, Text};

    fn table(routes: &[&'static [PathPart]]) -> Matcher {
        let mut m = Matcher::default();
        for (i, parts) in routes.iter().enumerate() {
            let (shape, _) = shape("/v1.0", parts).unwrap();
            m.insert(shape, i);
        }
        m
    }

    const ITEM: &[PathPart] = &[Text("/me/drive/items/"), Param("item_id", Place::Segment)];
    const BY_PATH: &[PathPart] = &[
        Text("/me/drive/root:/"),
        Param("item_path", Place::ColonPath),
        Text(":/content"),
    ];
    const OPEN_PATH: &[PathPart] = &[
        Text("/me/drive/root:/"),
        Param("item_path", Place::ColonPath),
    ];
    const CHILD: &[PathPart] = &[
        Text("/sites/"),
        Param("hostname", Place::Inline),
        Text(":/"),
        Param("path", Place::ColonPath),
    ];
    const RANGE: &[PathPart] = &[
        Text("/me/drive/items/"),
        Param("item_id", Place::Segment),
        Text("/workbook/worksheets/"),
        Param("sheet", Place::Segment),
        Text("/range(address='"),
        Param("address", Place::Quoted),
        Text("')"),
    ];
    const RESIZED: &[PathPart] = &[
        Text("/range/resizedRange(deltaRows="),
        Param("rows", Place::Inline),
        Text(",deltaColumns="),
        Param("columns", Place::Inline),
        Text(")"),
    ];
    const COUNT: &[PathPart] = &[Text("/me/messages/$count")];

    #[test]
    fn each_place_is_matched_and_values_kept_raw() {
        let m = table(&[ITEM, BY_PATH, OPEN_PATH, CHILD, RANGE, RESIZED, COUNT]);
        assert_eq!(
            m.at("/v1.0/me/drive/items/A1"),
            Some((0, vec![("A1", Place::Segment)]))
        );
        assert_eq!(
            m.at("/v1.0/me/drive/root:/Docs/a%20b.txt:/content"),
            Some((1, vec![("Docs/a%20b.txt", Place::ColonPath)]))
        );
        assert_eq!(
            m.at("/v1.0/me/drive/root:/Docs/a.txt"),
            Some((2, vec![("Docs/a.txt", Place::ColonPath)]))
        );
        assert_eq!(
            m.at("/v1.0/sites/contoso.sharepoint.com:/teams/hr"),
            Some((
                3,
                vec![
                    ("contoso.sharepoint.com", Place::Inline),
                    ("teams/hr", Place::ColonPath)
                ]
            ))
        );
        assert_eq!(
            m.at("/v1.0/me/drive/items/1/workbook/worksheets/S/range(address='O''N,x)')"),
            Some((
                4,
                vec![
                    ("1", Place::Segment),
                    ("S", Place::Segment),
                    ("O''N,x)", Place::Quoted)
                ]
            ))
        );
        assert_eq!(
            m.at("/v1.0/range/resizedRange(deltaRows=2,deltaColumns=-1)"),
            Some((5, vec![("2", Place::Inline), ("-1", Place::Inline)]))
        );
        // Literal text matches in any case, as Graph's does.
        assert_eq!(m.at("/V1.0/ME/Messages/$COUNT"), Some((6, vec![])));
    }

    #[test]
    fn near_misses_do_not_match() {
        let m = table(&[ITEM, BY_PATH, RANGE, RESIZED]);
        for path in [
            "/v1.0/me/drive/items/",
            "/v1.0/me/drive/items/a/b",
            "/v1.0/me/drive/root:/:/content",
            "/v1.0/me/drive/root:/a/b/content",
            "/v1.0/range/resizedRange(deltaRows=,deltaColumns=1)",
            "/v1.0/range/resizedRange(deltaRows=1,deltaColumns=1",
            "/v1.0/me/drive/items/1/workbook/worksheets/S/range(address='a')x",
            "v1.0/me/drive/items/1",
        ] {
            assert_eq!(m.at(path), None, "{path}");
        }
    }

    #[test]
    fn a_literal_wins_over_a_parameter_and_backtracks_when_it_fails() {
        const DELTA: &[PathPart] = &[Text("/me/messages/delta")];
        const ONE: &[PathPart] = &[Text("/me/messages/"), Param("id", Place::Segment)];
        const ONE_SEND: &[PathPart] = &[
            Text("/me/messages/"),
            Param("id", Place::Segment),
            Text("/send"),
        ];
        let m = table(&[DELTA, ONE, ONE_SEND]);
        assert_eq!(m.at("/v1.0/me/messages/delta"), Some((0, vec![])));
        assert_eq!(
            m.at("/v1.0/me/messages/delta/send"),
            Some((2, vec![("delta", Place::Segment)]))
        );
        assert_eq!(
            m.at("/v1.0/me/messages/x"),
            Some((1, vec![("x", Place::Segment)]))
        );
    }

    #[test]
    fn malformed_shapes_are_errors() {
        for parts in [
            &[Text("/a/"), Param("x", Place::Inline)][..],
            &[Text("/a/"), Param("x", Place::ColonPath)],
            &[Text("/a:/"), Param("x", Place::ColonPath), Text("b")],
            &[
                Text("/a('"),
                Param("x", Place::Quoted),
                Param("y", Place::Quoted),
                Text("')"),
            ],
            &[Text("/a"), Param("x", Place::Segment)],
        ] {
            assert!(shape("/v1.0", parts).is_err(), "{parts:?}");
        }
    }

    #[test]
    fn matching_cost_follows_the_path_not_the_route_count() {
        // Many routes that share a prefix and differ at the end: a path
        // that matches none is refused after one walk down the shared part.
        let mut m = Matcher::default();
        for i in 0..2000 {
            let text: &'static str = Box::leak(format!("/b{i}").into_boxed_str());
            let parts: &'static [PathPart] = Box::leak(
                vec![Text("/a/"), Param("x", Place::Segment), Text(text)].into_boxed_slice(),
            );
            let (shape, _) = shape("/v1.0", parts).unwrap();
            m.insert(shape, i);
        }
        assert_eq!(
            m.nodes.len(),
            4 + 2000,
            "root, v1.0, a, the parameter, the leaves"
        );
        assert_eq!(
            m.at("/v1.0/a/1/b1999"),
            Some((1999, vec![("1", Place::Segment)]))
        );
        assert_eq!(m.at("/v1.0/a/1/c"), None);
    }
}
