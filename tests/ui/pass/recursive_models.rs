//! Models that contain themselves or each other through optional fields
//! compile (the fields are boxed) and round-trip through JSON.

use graph_macros::graph_models;

#[graph_models("ui-specs/recursive_models.toml")]
pub mod models {}

fn main() {
    let inner = models::Folder {
        id: "inner".into(),
        ..Default::default()
    };
    let item = models::Item {
        subject: Some("hello".into()),
        folder: Some(Box::new(inner.clone())),
    };
    let outer = models::Folder {
        id: "outer".into(),
        parent: Some(Box::new(inner)),
        child_folders: Some(vec![]),
        pinned: Some(Box::new(item)),
    };
    let _: &Option<Box<models::Folder>> = &outer.parent;
    let _: &Option<Vec<models::Folder>> = &outer.child_folders;
    let _ = format!("{outer:?}");
}
