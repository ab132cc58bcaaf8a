fn main() {
    for a in std::env::args().skip(1) {
        match graph_spec::load_file(a.as_ref(), &a) {
            Ok(s) => println!("ok {} {}", a, s.type_name.value),
            Err(d) => println!("{d}"),
        }
    }
}
