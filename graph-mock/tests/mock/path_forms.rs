//! Every place Graph puts a value in a request line, end to end: the
//! generated builders encode values that would break out of their place,
//! the generated client sends them over HTTP, and the server's router
//! matches the path and hands the handler each value as it was given.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{bounded, http};
use graph_runtime::Endpoint;
use graph_runtime::client::{Client, RetryPolicy, StaticToken};
use graph_runtime::server::{Caller, GraphServer, RouteParams, StaticTokens};
use tokio::net::TcpListener;

#[graph_macros::graph_endpoint("tests/fixtures/path_forms/content_by_path.toml", client, server)]
pub struct GetContentByPath;
#[graph_macros::graph_endpoint("tests/fixtures/path_forms/resized_range.toml", client, server)]
pub struct ResizedRange;
#[graph_macros::graph_endpoint("tests/fixtures/path_forms/calendar_view.toml", client, server)]
pub struct ListCalendarView;
#[graph_macros::graph_endpoint("tests/fixtures/path_forms/remove_member.toml", client, server)]
pub struct RemoveMember;

/// What each handler was given: the endpoint, its variant and its values.
type Seen = Arc<Mutex<Vec<(&'static str, Vec<(String, String)>)>>>;

/// Records the named values of a routed request.
fn record(seen: &Seen, mut route: RouteParams, names: &[&'static str]) {
    let info = route.info();
    let values = names
        .iter()
        .filter_map(|n| route.take_optional(n).map(|v| ((*n).to_owned(), v)))
        .collect();
    seen.lock().unwrap().push((info.variant, values));
}

macro_rules! mount {
    ($server:expr, $seen:expr, $endpoint:ty, $names:expr) => {{
        let seen = Arc::clone(&$seen);
        $server
            .route::<$endpoint, _, _, _>(move |_, route, _| {
                record(&seen, route, $names);
                async { Ok(()) }
            })
            .unwrap()
    }};
}

/// A server answering the four endpoints, and its base URL.
async fn serve() -> (String, Seen) {
    let grants = [
        "Files.Read.All",
        "Files.ReadWrite",
        "Calendars.Read",
        "GroupMember.ReadWrite.All",
    ];
    let tokens = StaticTokens::new().with("t", Caller::user("1", "adele@contoso.com", grants));
    let seen = Seen::default();
    let names = &[
        "item_path",
        "hostname",
        "site_path",
        "item_id",
        "worksheet_id",
        "address",
    ];
    let server = mount!(GraphServer::new(tokens), seen, GetContentByPath, names);
    let server = mount!(
        server,
        seen,
        ResizedRange,
        &[
            "item_id",
            "worksheet_id",
            "address",
            "delta_rows",
            "delta_columns"
        ]
    );
    let server = mount!(
        server,
        seen,
        ListCalendarView,
        &["start_date_time", "end_date_time"]
    );
    let server = mount!(server, seen, RemoveMember, &["group_id", "member_id"]);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(server.serve(listener));
    (base, seen)
}

fn client(base: &str) -> Client {
    Client::builder(StaticToken::new("t".to_owned()))
        .root(base)
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

fn pairs(values: &[(&str, &str)]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn builders_encode_each_value_for_its_place() {
    let r = GetContentByPath::me()
        .item_path("Q1/plan: draft?.docx")
        .build()
        .unwrap();
    assert_eq!(
        r.path(),
        "/me/drive/root:/Q1/plan%3A%20draft%3F.docx:/content"
    );
    let r = ResizedRange::me()
        .item_id("01AB")
        .worksheet_id("Sheet/1")
        .address("O'Neil!A1:B2')/x")
        .delta_rows("1),x=(2")
        .delta_columns("-1")
        .build()
        .unwrap();
    assert_eq!(
        r.path(),
        "/me/drive/items/01AB/workbook/worksheets/Sheet%2F1/range(address='O%27%27Neil%21A1%3AB2%27%27%29%2Fx')/resizedRange(deltaRows=1%29%2Cx%3D%282,deltaColumns=-1)"
    );
    let r = ListCalendarView::me()
        .start_date_time("2026-12-01T00:00:00Z")
        .end_date_time("2026-12-08&$top=1")
        .build()
        .unwrap();
    assert_eq!(r.path(), "/me/calendarView");
    assert_eq!(
        r.path_and_query(),
        "/me/calendarView?startDateTime=2026-12-01T00%3A00%3A00Z&endDateTime=2026-12-08%26%24top%3D1"
    );
    // Values that would leave their place are refused, not encoded into another path.
    for bad in ["", "/a", "a//b", "a/../b", "."] {
        assert!(
            GetContentByPath::me().item_path(bad).build().is_err(),
            "{bad:?}"
        );
    }
    assert!(
        ResizedRange::me()
            .item_id("1")
            .worksheet_id("s")
            .address("")
            .delta_rows("")
            .delta_columns("1")
            .build()
            .is_err()
    );
    assert_eq!(
        <RemoveMember as Endpoint>::PATHS[1].docs_template,
        "/places/microsoft.graph.room/{id}/$ref"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_server_routes_every_place_and_decodes_what_the_client_encoded() {
    bounded(async {
        let (base, seen) = serve().await;
        let client = client(&base);
        let path = "Q1/plan: draft 'x'?.docx";
        GetContentByPath::me()
            .item_path(path)
            .send(&client)
            .await
            .unwrap();
        GetContentByPath::site()
            .hostname("contoso.sharepoint.com")
            .site_path("teams/hr")
            .item_path("a/b.txt")
            .send(&client)
            .await
            .unwrap();
        ResizedRange::me()
            .item_id("01AB")
            .worksheet_id("Sheet/1")
            .address("O'Neil!A1:B2')/x")
            .delta_rows("1),x=(2")
            .delta_columns("-1")
            .send(&client)
            .await
            .unwrap();
        ListCalendarView::me()
            .start_date_time("2026-12-01T00:00:00Z")
            .end_date_time("2026-12-08&$top=1")
            .send(&client)
            .await
            .unwrap();
        ListCalendarView::report()
            .start_date_time("D7")
            .end_date_time("x")
            .send(&client)
            .await
            .unwrap();
        RemoveMember::group()
            .group_id("g 1")
            .member_id("m/1")
            .send(&client)
            .await
            .unwrap();
        RemoveMember::room()
            .member_id("r1")
            .send(&client)
            .await
            .unwrap();
        let seen = seen.lock().unwrap().clone();
        assert_eq!(
            seen,
            [
                ("me", pairs(&[("item_path", path)])),
                (
                    "site",
                    pairs(&[
                        ("item_path", "a/b.txt"),
                        ("hostname", "contoso.sharepoint.com"),
                        ("site_path", "teams/hr")
                    ])
                ),
                (
                    "me",
                    pairs(&[
                        ("item_id", "01AB"),
                        ("worksheet_id", "Sheet/1"),
                        ("address", "O'Neil!A1:B2')/x"),
                        ("delta_rows", "1),x=(2"),
                        ("delta_columns", "-1"),
                    ])
                ),
                (
                    "me",
                    pairs(&[
                        ("start_date_time", "2026-12-01T00:00:00Z"),
                        ("end_date_time", "2026-12-08&$top=1")
                    ])
                ),
                (
                    "report",
                    pairs(&[("start_date_time", "D7"), ("end_date_time", "x")])
                ),
                ("group", pairs(&[("group_id", "g 1"), ("member_id", "m/1")])),
                ("room", pairs(&[("member_id", "r1")])),
            ]
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn raw_requests_in_the_docs_spelling_are_routed_too() {
    bounded(async {
        let (base, seen) = serve().await;
        let get = |path: &str| http().get(format!("{base}/v1.0{path}")).bearer_auth("t").send();
        // Another client's spelling: quotes doubled but not encoded, any case.
        let r = get("/ME/drive/items/1/workbook/worksheets/S/Range(address='it''s')/resizedrange(deltaRows=1,deltaColumns=2)").await.unwrap();
        assert_eq!(r.status(), 204);
        // A required query parameter left out, or given twice, is a 400.
        let r = get("/me/calendarView?startDateTime=a").await.unwrap();
        assert_eq!(r.status(), 400);
        let r = get("/me/calendarView?startDateTime=a&endDateTime=b&ENDDATETIME=c").await.unwrap();
        assert_eq!(r.status(), 400);
        // Near misses are 404s, not another route.
        for path in [
            "/me/drive/root:/:/content",
            "/me/drive/root:/a/content",
            "/me/drive/items/1/workbook/worksheets/S/range(address='a')/resizedRange(deltaRows=,deltaColumns=1)",
        ] {
            assert_eq!(get(path).await.unwrap().status(), 404, "{path}");
        }
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].1[2], ("address".to_owned(), "it's".to_owned()));
    })
    .await;
}
