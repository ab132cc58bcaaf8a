//! Delta rounds over a folder's messages: the first round, its next pages
//! (`$skiptoken`) and the changes since a round (`$deltatoken`).

use std::future::ready;

use graph_runtime::http::StatusCode;
use graph_runtime::server::{GraphError, RouteInfo};
use graph_runtime::{DeltaItem, DeltaLink, Page};

use super::{
    DEFAULT_PAGE, MAX_PAGE, MailHandler, Reply, folder, non_negative, project, selection,
    store_error,
};
use crate::delta_token::DeltaState;
use crate::store::changes::{DeltaChange, DeltaError, DeltaWindow};
use crate::store::{Message, StoreError};

/// What a delta request asks for, besides its path.
pub(crate) struct DeltaQuery<'a> {
    pub deltatoken: Option<&'a str>,
    pub skiptoken: Option<&'a str>,
    pub select: Option<&'a str>,
    pub top: Option<i32>,
    pub prefer: Option<&'a str>,
}

/// `odata.maxpagesize={n}` of a `Prefer` header, if it has one.
fn max_page_size(prefer: Option<&str>) -> Option<usize> {
    prefer?.split(',').find_map(|p| {
        let (name, value) = p.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("odata.maxpagesize")
            .then(|| value.trim().parse().ok())
            .flatten()
    })
}

/// 400 for a state token this mock did not make for this folder.
fn bad_token() -> GraphError {
    GraphError::new(
        StatusCode::BAD_REQUEST,
        "ErrorInvalidSyncStateData",
        "The sync state token is not valid for this folder: use the links of the previous response as they are.",
    )
}

impl MailHandler {
    /// A page of a delta round over `folder_id` of `user`: the first round
    /// (every message), a next page (`$skiptoken`), or the changes since a
    /// round (`$deltatoken`), with links under the configured base URL.
    pub(super) fn delta(
        &self,
        user: &str,
        folder_id: &str,
        query: DeltaQuery<'_>,
        route: &RouteInfo,
    ) -> Reply<Page<DeltaItem<Message>>> {
        ready((|| {
            let folder = folder(folder_id)?;
            let owner = self
                .store
                .user(user)
                .ok_or_else(|| store_error(StoreError::UnknownUser(user.to_owned())))?
                .id;
            let token = match (query.skiptoken, query.deltatoken) {
                (Some(_), Some(_)) => {
                    return Err(GraphError::bad_request(
                        "Give `$skiptoken` or `$deltatoken`, not both.",
                    ));
                }
                (Some(t), None) | (None, Some(t)) => {
                    let state = self.tokens.open(t).ok_or_else(bad_token)?;
                    if state.owner != owner || state.folder != folder.id() {
                        return Err(bad_token());
                    }
                    Some(state)
                }
                (None, None) => None,
            };
            let state = match token {
                // A `$deltatoken` starts a round from where the last one ended.
                Some(state) if query.deltatoken.is_some() => DeltaState {
                    upto: None,
                    after: state.since,
                    ..state
                },
                Some(state) => state,
                None => {
                    selection(query.select)?;
                    let top = non_negative(query.top, "$top")?
                        .or(max_page_size(query.prefer))
                        .unwrap_or(DEFAULT_PAGE)
                        .clamp(1, MAX_PAGE);
                    DeltaState {
                        owner,
                        folder: folder.id().to_owned(),
                        since: 0,
                        upto: None,
                        after: 0,
                        top,
                        select: query.select.map(str::to_owned),
                    }
                }
            };
            let keep = selection(state.select.as_deref())?;
            let window = DeltaWindow {
                since: state.since,
                upto: state.upto,
                after: state.after,
                top: state.top,
            };
            let page = self
                .store
                .delta(&state.owner, folder, window)
                .map_err(|e| match e {
                    DeltaError::Store(e) => store_error(e),
                    DeltaError::Expired => GraphError::new(
                        StatusCode::GONE,
                        "SyncStateNotFound",
                        "The sync state has expired: start a new round without a token.",
                    ),
                })?;
            let value = page
                .changes
                .into_iter()
                .map(|change| match change {
                    DeltaChange::Changed(m) => project(*m, keep.as_deref()).map(DeltaItem::Changed),
                    DeltaChange::Removed(id) => Ok(DeltaItem::Removed {
                        id,
                        reason: Some("deleted".to_owned()),
                    }),
                })
                .collect::<Result<Vec<_>, _>>()?;
            // Under the configured base URL, never the request's `Host`.
            let link = |name: &str, next: &DeltaState| {
                route.link(&format!(
                    "{}?{name}={}",
                    route.path(),
                    self.tokens.seal(next)
                ))
            };
            let (next_link, delta_link) = match page.next_after {
                Some(after) => {
                    let next = DeltaState {
                        upto: Some(page.upto),
                        after,
                        ..state
                    };
                    (Some(link("$skiptoken", &next)), None)
                }
                None => {
                    let next = DeltaState {
                        since: page.upto,
                        upto: None,
                        after: page.upto,
                        ..state
                    };
                    (None, Some(DeltaLink::new(link("$deltatoken", &next))))
                }
            };
            Ok(Page {
                value,
                next_link,
                delta_link,
                count: None,
            })
        })())
    }
}
