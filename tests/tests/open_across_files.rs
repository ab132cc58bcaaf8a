//! A type two models files of one version module share, where only the
//! second derives from it: the module's one definition is open, so a value
//! of the derived type read as the base keeps what the base does not declare.

use graph_runtime::{DerivedFrom, Polymorphic, downcast};

#[graph_macros::graph_endpoints("fixtures/open_across_files")]
pub mod v1 {}

use v1::models::{EventMessage, Message};

const EVENT_MESSAGE: &str = r##"{"@odata.type": "#microsoft.graph.eventMessage",
  "id": "m1", "subject": "Sync", "meetingMessageType": "meetingRequest"}"##;

#[test]
fn a_derived_value_read_as_the_shared_base_keeps_its_own_properties() {
    fn derives<D: DerivedFrom<B>, B>() {}
    derives::<EventMessage, Message>();

    let message: Message = serde_json::from_str(EVENT_MESSAGE).unwrap();
    assert_eq!(message.subject.as_deref(), Some("Sync"));
    assert_eq!(message.odata_type(), Some("#microsoft.graph.eventMessage"));
    assert_eq!(
        message.additional_data["meetingMessageType"],
        "meetingRequest"
    );
    let event: EventMessage = downcast(&message).expect("an eventMessage").unwrap();
    assert_eq!(
        event.meeting_message_type.as_deref(),
        Some("meetingRequest")
    );
    assert_eq!(event.id.as_deref(), Some("m1"));

    // Written back, the value is what Graph sent.
    let sent: serde_json::Value = serde_json::from_str(EVENT_MESSAGE).unwrap();
    assert_eq!(serde_json::to_value(&message).unwrap(), sent);
}
