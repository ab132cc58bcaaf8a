//! Graph's type hierarchy as the generated models hold it: inherited
//! properties, values of derived types read as their base without losing a
//! property, `downcast` to the type `@odata.type` names, open types,
//! namespaced and capitalized names, and enum values that differ only in case.

use graph_runtime::{DerivedFrom, GraphType, Polymorphic, downcast};

#[graph_macros::graph_models("fixtures/models/hierarchy.toml")]
pub mod models {}

use models::{
    CallRecordsCallRecord, DirectoryObject, Group, IdentityProvider, PasswordRequirement, User,
};

const MEMBERS: &str = r##"{"value": [
  {"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": "Adele Vance",
   "mail": "adele@contoso.com", "passwordRequirement": "Required"},
  {"@odata.type": "#microsoft.graph.group", "id": "g1", "displayName": "Sales", "mailEnabled": true},
  {"@odata.type": "#microsoft.graph.device", "id": "d1", "displayName": "Laptop"}
]}"##;

#[test]
fn derived_types_inherit_their_bases_properties() {
    assert_eq!(
        User::PROPERTIES,
        [
            "id",
            "deletedDateTime",
            "displayName",
            "mail",
            "passwordRequirement",
            "lastCall"
        ]
    );
    assert_eq!(
        Group::PROPERTIES,
        ["id", "deletedDateTime", "displayName", "mailEnabled"]
    );
    assert_eq!(User::ODATA_TYPE, "#microsoft.graph.user");
    assert_eq!(
        CallRecordsCallRecord::ODATA_TYPE,
        "#microsoft.graph.callRecords.callRecord"
    );
    fn derives<D: DerivedFrom<B>, B>() {}
    derives::<User, DirectoryObject>();
    derives::<User, models::Entity>();
    derives::<CallRecordsCallRecord, models::Entity>();
}

#[test]
fn a_collection_of_a_base_type_keeps_every_members_properties() {
    let page: graph_runtime::Page<DirectoryObject> = serde_json::from_str(MEMBERS).unwrap();
    let members = &page.value;
    assert_eq!(members.len(), 3);
    assert_eq!(members[0].odata_type(), Some("#microsoft.graph.user"));
    assert_eq!(members[0].id.as_deref(), Some("u1"));
    assert_eq!(members[0].additional_data["displayName"], "Adele Vance");
    assert_eq!(members[2].additional_data["displayName"], "Laptop");

    let user: User = downcast(&members[0]).expect("a user").unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Adele Vance"));
    assert_eq!(user.id.as_deref(), Some("u1"));
    assert_eq!(
        user.password_requirement,
        Some(PasswordRequirement::Required2)
    );
    let group: Group = downcast(&members[1]).expect("a group").unwrap();
    assert_eq!(group.mail_enabled, Some(true));
    assert!(
        downcast::<_, User>(&members[1]).is_none(),
        "a group is no user"
    );
    assert!(
        downcast::<_, User>(&members[2]).is_none(),
        "nor is a device"
    );

    // Written back, a member is what Graph sent.
    let again = serde_json::to_value(&members[1]).unwrap();
    let sent: serde_json::Value = serde_json::from_str(MEMBERS).unwrap();
    assert_eq!(again, sent["value"][1]);
}

#[test]
fn enum_values_differing_in_case_stay_apart() {
    let values: Vec<PasswordRequirement> =
        serde_json::from_str(r#"["required", "Required", "none"]"#).unwrap();
    assert_eq!(
        values,
        [
            PasswordRequirement::Required,
            PasswordRequirement::Required2,
            PasswordRequirement::None
        ]
    );
    assert_eq!(
        serde_json::to_string(&values).unwrap(),
        r#"["required","Required","none"]"#
    );
}

#[test]
fn an_open_type_keeps_what_it_does_not_declare() {
    let p: IdentityProvider =
        serde_json::from_str(r#"{"name": "Contoso", "clientId": "c1"}"#).unwrap();
    assert_eq!(p.name.as_deref(), Some("Contoso"));
    assert_eq!(p.additional_data["clientId"], "c1");
}
