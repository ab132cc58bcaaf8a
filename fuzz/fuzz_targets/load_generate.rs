//! Load + validate + generate on arbitrary bytes: must never panic; every
//! rejection must carry a located diagnostic; every acceptance must generate
//! code that parses as Rust.
//! Run: `cargo +nightly fuzz run load_generate -- -max_total_time=60` (from fuzz/;
//! seed the corpus with `cp ../specs/*/*.toml corpus/load_generate/`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    match graph_spec::load_str(source, "fuzz.toml") {
        Ok(spec) => {
            let options = graph_spec::Options { client: true, server: true, ..Default::default() };
            let code = graph_spec::to_pretty_string(graph_spec::generate(&spec, &options));
            assert!(code.is_ok(), "accepted spec generated unparsable code");
        }
        Err(diagnostics) => {
            assert!(!diagnostics.items.is_empty());
            assert!(diagnostics.items.iter().all(|d| d.span.end <= source.len()));
            let _ = diagnostics.to_string();
        }
    }
});
