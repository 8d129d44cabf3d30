//! The `finfacts` binary: parse arguments, run the command, map the outcome
//! to an exit code (0 all processed, 1 some documents skipped, 2 fatal).

use std::process::ExitCode;

use clap::Parser;

use finfacts::cli::Cli;
use finfacts::cmd::{self, Outcome};

/// Each document costs about a thousand short-lived allocations (spans,
/// names, candidate lists) on every worker thread; jemalloc's per-thread
/// caches serve them faster than the system allocator: 7-8 % less CPU time
/// end to end (benches/record/2026-11-26.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Whether the error is a write to a reader that has gone. serde_json's
/// error does not give its I/O error as its source, so it is asked too.
fn broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
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
