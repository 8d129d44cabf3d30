//! The `finfacts` binary: parse arguments, run the command, map the outcome
//! to an exit code (0 all processed, 1 some documents skipped, 2 fatal).

use std::process::ExitCode;

use clap::Parser;

use finfacts::cli::Cli;
use finfacts::cmd::{self, Outcome};

fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cmd::run(cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Skipped) => ExitCode::from(1),
        // A reader that stops early (`| head`) is not an error.
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("finfacts: {e:#}");
            ExitCode::from(2)
        }
    }
}
