use graph_macros::graph_endpoint;

// `range(address='{address}')`: a value inside a segment is a path parameter
// like any other, and leaving it out does not compile.
#[graph_endpoint("ui-specs/resized_range.toml")]
pub struct ResizedRange;

fn main() {
    let _ = ResizedRange::me()
        .item_id("01AB")
        .worksheet_id("Sheet1")
        .delta_rows("1")
        .delta_columns("1")
        .build();
}
