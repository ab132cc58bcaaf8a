//! Validates the given spec files and prints the code generated for each.
//! (`graph-gen` is the full CLI; this example shows the library API.)

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for arg in std::env::args().skip(1) {
        match graph_spec::load_file(arg.as_ref(), &arg) {
            Ok(spec) => {
                match graph_spec::to_pretty_string(graph_spec::generate(&spec, &Default::default()))
                {
                    Ok(code) => println!("// {arg}\n{code}"),
                    Err(e) => {
                        eprintln!("{e}");
                        failed = true;
                    }
                }
            }
            Err(diagnostics) => {
                eprintln!("{diagnostics}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
