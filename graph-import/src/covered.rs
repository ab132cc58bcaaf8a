//! Whether a page whose routes are all imported from other pages is still
//! described by what was imported. Intune documents each derived type on
//! pages of its own (`windows10GeneralConfiguration: create`) whose request
//! line is the base type's collection (`POST /deviceManagement/deviceConfigurations`);
//! the base type's page keeps the route, and its body (`deviceConfiguration`)
//! takes the derived type when the models say `base = "deviceConfiguration"`.
//! Such a page is covered when each type it sends or receives is the one the
//! imported page declares, or derives from it in the models; a page whose
//! type is not in the models, or not below the imported one, is not.
//!
//! When no page documents the base type's request itself (`mobileApp` is
//! abstract: each app type has its own `create` page), the page that kept
//! the route declares its own derived type; [`widen`] gives that page the
//! nearest type every page of the route derives from, which is what the
//! route takes. Pages that document one resource's update in parts (Intune's
//! `deviceManagement` per workload) give the kept page their parameters
//! ([`merge_fields`]).

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Body, Endpoint, ResponseBody, TypeRef};
use crate::models::Model;

/// Chains longer than this are not followed (graph-spec rejects them too).
const MAX_CHAIN: usize = 32;

/// Why a skipped page is not covered by the page that kept its route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// The page's body or response type is not in the models.
    Missing(String),
    /// The page sends a parameter the kept page's body does not take.
    Parameter(String),
    /// It is, but does not derive from the type the kept page declares.
    NotDerived {
        /// The page's type.
        own: String,
        /// The kept page's type (`none` when it has none).
        kept: String,
    },
}

/// Whether `page` is covered by `kept` (see the module docs), given the
/// version's final models and the types left out of them.
pub fn gap(
    page: &Endpoint,
    kept: &Endpoint,
    models: &BTreeMap<String, Model>,
    dropped: &BTreeSet<String>,
) -> Option<Gap> {
    let body = |b: &Body| match b {
        Body::Model(t) => Some(t.clone()),
        _ => None,
    };
    let response = |r: &ResponseBody| match r {
        ResponseBody::Model(t) | ResponseBody::Collection(t) | ResponseBody::Delta(t) => {
            Some(t.clone())
        }
        ResponseBody::None | ResponseBody::Bytes(_) => None,
    };
    if let Body::Fields(own) = &page.body {
        let has = |name: &str| match &kept.body {
            Body::Fields(theirs) => theirs.iter().any(|t| t.name == name),
            // A model body takes each property of its type's chain.
            Body::Model(t) => match element(t) {
                TypeRef::Model { name: m, .. } => has_property(m, name, models),
                _ => false,
            },
            Body::None | Body::Bytes(_) => false,
        };
        if let Some(f) = own.iter().find(|f| !has(&f.name)) {
            return Some(Gap::Parameter(f.name.clone()));
        }
    }
    [
        (body(&page.body), body(&kept.body)),
        (response(&page.response), response(&kept.response)),
    ]
    .into_iter()
    .find_map(|(own, theirs)| type_gap(own.as_ref(), theirs.as_ref(), models, dropped))
}

fn type_gap(
    own: Option<&TypeRef>,
    kept: Option<&TypeRef>,
    models: &BTreeMap<String, Model>,
    dropped: &BTreeSet<String>,
) -> Option<Gap> {
    let kept_name = match kept.map(element) {
        Some(TypeRef::Model { name, .. } | TypeRef::Enum { name, .. }) => name.as_str(),
        Some(TypeRef::Prim(p)) => p,
        _ => "none",
    };
    let not_derived = |own: &str| {
        Some(Gap::NotDerived {
            own: own.to_owned(),
            kept: kept_name.to_owned(),
        })
    };
    match element(own?) {
        TypeRef::Prim(_) | TypeRef::List(_) => None,
        TypeRef::Enum { name, .. } => (name != kept_name).then(|| not_derived(name)).flatten(),
        TypeRef::Model { name, .. } => {
            if dropped.contains(name) || !models.contains_key(name) {
                Some(Gap::Missing(name.clone()))
            } else if dropped.contains(kept_name) || !derives(name, kept_name, models) {
                not_derived(name)
            } else {
                None
            }
        }
    }
}

/// Adds the parameters `page` documents for a route and `kept` does not,
/// as optional ones: both describe one request.
/// A kept create or update page that documents no body takes the other
/// page's: a body table it does not have is a page that did not say, not a
/// request without a body.
pub fn merge_fields(kept: &mut Endpoint, page: &Endpoint) {
    if kept.body == Body::None && matches!(kept.method.as_str(), "POST" | "PATCH" | "PUT") {
        kept.body = page.body.clone();
        return;
    }
    let (Body::Fields(theirs), Body::Fields(own)) = (&mut kept.body, &page.body) else {
        return;
    };
    for f in own {
        if !theirs.iter().any(|t| t.name == f.name) {
            let mut f = f.clone();
            f.required = false;
            theirs.push(f);
        }
    }
}

/// The type every entity type derives from (`microsoft.graph.entity`).
const ROOT_TYPE: &str = "entity";

/// Gives `kept`'s body and response the nearest model that both its own
/// type and `page`'s derive from, when `page`'s does not derive from `kept`'s.
pub fn widen(kept: &mut Endpoint, page: &Endpoint, models: &BTreeMap<String, Model>) {
    if let (Body::Model(k), Body::Model(p)) = (&mut kept.body, &page.body) {
        widen_type(k, p, models);
    }
    if let (
        ResponseBody::Model(k) | ResponseBody::Collection(k) | ResponseBody::Delta(k),
        ResponseBody::Model(p) | ResponseBody::Collection(p) | ResponseBody::Delta(p),
    ) = (&mut kept.response, &page.response)
    {
        widen_type(k, p, models);
    }
}

fn widen_type(kept: &mut TypeRef, page: &TypeRef, models: &BTreeMap<String, Model>) {
    let target = match kept {
        TypeRef::List(inner) => &mut **inner,
        t => t,
    };
    // The page path stays the kept type's: the models are collected already.
    let (TypeRef::Model { name: k, .. }, TypeRef::Model { name: p, .. }) =
        (&mut *target, element(page))
    else {
        return;
    };
    if !models.contains_key(p.as_str()) || derives(p, k, models) {
        return;
    }
    let mut at = k.clone();
    for _ in 0..MAX_CHAIN {
        let Some(m) = models.get(&at) else {
            return;
        };
        if derives(p, &at, models) {
            // `entity`, the base of nearly every Graph type, holds only `id`:
            // a `message` request typed `entity` could not be written. The
            // kept page keeps its own type then, and the other page is
            // reported as not covered.
            if at != ROOT_TYPE {
                *k = at;
            }
            return;
        }
        match &m.base {
            Some(b) => at = b.clone(),
            None => return,
        }
    }
}

/// Whether model `name` or a type up its base chain has property `property`.
fn has_property(name: &str, property: &str, models: &BTreeMap<String, Model>) -> bool {
    let mut at = Some(name);
    for _ in 0..MAX_CHAIN {
        let Some(m) = at.and_then(|n| models.get(n)) else {
            return false;
        };
        if m.fields.iter().any(|f| f.name == property) {
            return true;
        }
        at = m.base.as_deref();
    }
    false
}

/// The type inside any lists.
fn element(t: &TypeRef) -> &TypeRef {
    match t {
        TypeRef::List(inner) => element(inner),
        t => t,
    }
}

/// Whether `name` is `ancestor` or has it up its `base` chain.
fn derives(name: &str, ancestor: &str, models: &BTreeMap<String, Model>) -> bool {
    let mut at = name;
    for _ in 0..MAX_CHAIN {
        if at == ancestor {
            return true;
        }
        match models.get(at).and_then(|m| m.base.as_deref()) {
            Some(b) => at = b,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(name: &str, base: Option<&str>) -> (String, Model) {
        let m = Model {
            name: name.to_owned(),
            description: String::new(),
            base: base.map(str::to_owned),
            fields: Vec::new(),
            source: "page.md".into(),
        };
        (name.to_owned(), m)
    }

    fn named(name: &str) -> TypeRef {
        TypeRef::Model {
            name: name.to_owned(),
            page: format!("{name}.md").into(),
        }
    }

    fn widened(kept: &str, page: &str) -> String {
        let models: BTreeMap<String, Model> = [
            model("entity", None),
            model("outlookItem", Some("entity")),
            model("message", Some("outlookItem")),
            model("multiValueLegacyExtendedProperty", Some("entity")),
            model("deviceCompliancePolicy", Some("entity")),
            model("androidCompliancePolicy", Some("deviceCompliancePolicy")),
            model("iosCompliancePolicy", Some("deviceCompliancePolicy")),
        ]
        .into_iter()
        .collect();
        let mut k = named(kept);
        widen_type(&mut k, &named(page), &models);
        match k {
            TypeRef::Model { name, .. } => name,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn widens_to_the_nearest_shared_base_but_never_to_entity() {
        assert_eq!(
            widened("androidCompliancePolicy", "iosCompliancePolicy"),
            "deviceCompliancePolicy"
        );
        // The extended-property pages post to `/me/messages` too; their only
        // shared base with `message` is `entity`, which cannot carry a message.
        assert_eq!(
            widened("message", "multiValueLegacyExtendedProperty"),
            "message"
        );
    }
}
