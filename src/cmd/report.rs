//! `finfacts report`: the store as a static HTML site (see `report`).

use crate::cli::ReportArgs;
use crate::cmd::Outcome;

pub fn run(args: ReportArgs) -> anyhow::Result<Outcome> {
    let started = std::time::Instant::now();
    let built = crate::report::build(&args.db, &args.out)?;
    if !args.quiet {
        eprintln!(
            "finfacts: report: {} bodies, {} facts, {} conflicts, {} pages ({} files, {:.1} MB) in {:.2}s; {}",
            built.bodies,
            built.facts,
            built.conflicts,
            built.pages,
            built.files,
            built.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64(),
            args.out.join("index.html").display()
        );
    }
    Ok(Outcome::Clean)
}
