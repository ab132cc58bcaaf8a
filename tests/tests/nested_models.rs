//! Derives follow field types through every level of nesting: a `double`
//! two models deep, or in an array, keeps `Eq` off every struct that holds
//! it (this file compiling is half of the test), and only off those.

#[graph_macros::graph_models("fixtures/models/nested_float.toml")]
pub mod models {}

fn is_eq<T: Eq>() {}

#[test]
fn structs_without_a_double_still_derive_eq() {
    is_eq::<models::Recipient>();
    let a = models::Event {
        location: Some(models::Location {
            coordinates: Some(models::OutlookGeoCoordinates {
                latitude: Some(47.6),
                longitude: Some(-122.1),
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(a.clone(), a);
    assert_ne!(
        models::Scores {
            values: Some(vec![f64::NAN])
        },
        models::Scores {
            values: Some(vec![f64::NAN])
        }
    );
}
