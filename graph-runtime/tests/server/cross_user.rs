//! Cross-user access as a property of the resource: a calendar and a drive
//! spec (`tests/fixtures/cross_user/`) say whose resource `/users/{id}` addresses and which
//! delegated permissions reach other users' (`other_users`); the server's 403
//! names the resource. Real HTTP on 127.0.0.1.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use graph_runtime::server::{
    Caller, DirectoryUser, GraphError, GraphServer, StaticTokens, UserDirectory, axum,
};
use tokio::net::TcpListener;

/// The calendar and drive endpoints, with server stubs and `mount_all`.
#[graph_macros::graph_endpoints("tests/fixtures/cross_user", server)]
pub mod cross {}

const ADELE_ID: &str = "6e7b768e-07e2-4810-8459-485f84f8f204";
const ADELE: &str = "adele@contoso.com";
const MEGAN: &str = "megan@contoso.com";
const MEGAN_ID: &str = "48d31887-5fad-4d73-a9f5-3c356e68a038";

/// Who `/users/{id | userPrincipalName}` names: Adele and Megan.
struct Directory;

impl UserDirectory for Directory {
    fn find(&self, id_or_upn: &str) -> Option<DirectoryUser> {
        [(ADELE_ID, ADELE), (MEGAN_ID, MEGAN)]
            .into_iter()
            .find(|(id, upn)| {
                id.eq_ignore_ascii_case(id_or_upn) || upn.eq_ignore_ascii_case(id_or_upn)
            })
            .map(|(id, _)| DirectoryUser {
                id: id.to_owned(),
                tenant_id: None,
            })
    }
}

/// Records whose resource each call that reached a handler addressed.
#[derive(Default)]
struct Seen(Mutex<Vec<String>>);

impl Seen {
    fn push(&self, what: String) -> Result<(), GraphError> {
        self.0
            .lock()
            .map_err(|_| GraphError::bad_request("poisoned"))?
            .push(what);
        Ok(())
    }
}

impl cross::get_event::GetEventHandler for Seen {
    async fn get_event(
        &self,
        _caller: Arc<Caller>,
        params: cross::get_event::GetEventParams,
    ) -> Result<(), GraphError> {
        self.push(format!("calendar of {}", params.user_id))
    }
}

impl cross::get_drive_item::GetDriveItemHandler for Seen {
    async fn get_drive_item(
        &self,
        _caller: Arc<Caller>,
        params: cross::get_drive_item::GetDriveItemParams,
    ) -> Result<(), GraphError> {
        self.push(format!("drive of {}", params.user_id))
    }
}

/// Serves both endpoints with one token per grant under test.
async fn serve(seen: Arc<Seen>) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let adele = |scopes: &[&str]| Caller::user(ADELE_ID, ADELE, scopes.iter().copied());
    let tokens = StaticTokens::new()
        .with("calendar", adele(&["Calendars.ReadWrite"]))
        .with(
            "calendar-shared",
            adele(&["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"]),
        )
        .with("files", adele(&["Files.Read"]))
        .with("files-all", adele(&["Files.Read.All"]))
        .with(
            "app",
            Caller::app("app-1", ["Calendars.Read", "Files.Read.All"]),
        );
    let server = GraphServer::new(tokens).with_user_directory(Directory);
    let router = cross::mount_all(server, seen).unwrap().into_router();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (addr, task)
}

/// GETs `path` with `token`: the status and Graph's error message, if any.
async fn get(addr: SocketAddr, path: &str, token: &str) -> (u16, String) {
    let response = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
        .get(format!("http://{addr}/v1.0{path}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let body: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    if status == 403 {
        assert_eq!(body["error"]["code"], "ErrorAccessDenied", "{body}");
    }
    let message = body["error"]["message"].as_str().unwrap_or("").to_owned();
    (status, message)
}

async fn bounded<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(30), f)
        .await
        .expect("test did not finish within its time limit")
}

#[tokio::test(flavor = "multi_thread")]
async fn another_users_calendar_needs_a_shared_calendar_permission() {
    bounded(async {
        let seen = Arc::new(Seen::default());
        let (addr, task) = serve(Arc::clone(&seen)).await;
        let megan = format!("/users/{MEGAN}/events/e1");

        let (status, message) = get(addr, &megan, "calendar").await;
        assert_eq!(status, 403, "{message}");
        assert!(
            message.contains("cannot reach another user's calendar without one of: Calendars.Read.Shared, Calendars.ReadWrite.Shared"),
            "names the calendar and the permissions: {message}"
        );
        assert!(!message.contains("mailbox"), "{message}");

        // Their own calendar, by principal name, by id, or through /me.
        for path in [
            format!("/users/{ADELE}/events/e1"),
            format!("/users/{ADELE_ID}/events/e1"),
            "/me/events/e1".to_owned(),
        ] {
            assert_eq!(get(addr, &path, "calendar").await, (200, String::new()));
        }
        assert_eq!(get(addr, &megan, "calendar-shared").await.0, 200);
        // Application permissions are not tied to a user.
        assert_eq!(get(addr, &megan, "app").await.0, 200);

        assert_eq!(
            *seen.0.lock().unwrap(),
            [
                format!("calendar of {ADELE}"),
                format!("calendar of {ADELE_ID}"),
                format!("calendar of {ADELE_ID}"),
                format!("calendar of {MEGAN}"),
                format!("calendar of {MEGAN}"),
            ]
        );
        task.abort();
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn files_read_all_reaches_another_users_drive() {
    bounded(async {
        let seen = Arc::new(Seen::default());
        let (addr, task) = serve(Arc::clone(&seen)).await;
        let megan = format!("/users/{MEGAN}/drive/items/i1");

        assert_eq!(get(addr, &megan, "files-all").await, (200, String::new()));
        let (status, message) = get(addr, &megan, "files").await;
        assert_eq!(status, 403, "{message}");
        assert!(
            message.contains(
                "cannot reach another user's drive without one of: Files.Read.All, Files.ReadWrite.All"
            ),
            "{message}"
        );
        assert_eq!(
            get(addr, &format!("/users/{ADELE}/drive/items/i1"), "files").await,
            (200, String::new())
        );
        // A grant for another resource is no grant here.
        assert_eq!(get(addr, &megan, "calendar-shared").await.0, 403);

        assert_eq!(
            *seen.0.lock().unwrap(),
            [format!("drive of {MEGAN}"), format!("drive of {ADELE}")]
        );
        task.abort();
    })
    .await;
}
