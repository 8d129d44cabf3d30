//! One module per command; each takes its parsed arguments and returns
//! whether documents were skipped (exit code 1) or fails (exit code 2).

pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod mentions;

use std::cell::RefCell;
use std::path::PathBuf;

use anyhow::Context;
use rayon::prelude::*;

use crate::cli::{Cli, Command, CorpusArgs};
use crate::corpus::{self, SourceFile};
use crate::error::DocError;
use crate::model::Document;
use crate::patterns::Patterns;
use crate::progress::Progress;

/// How a command ended when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was processed.
    Clean,
    /// Some documents were reported and skipped.
    Skipped,
}

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Mentions(a) => mentions::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Export(a) => export::run(a),
    }
}

/// Loads the patterns, failing with the file and line at fault.
pub fn load_patterns(args: &CorpusArgs) -> anyhow::Result<Patterns> {
    Ok(Patterns::load(args.patterns.as_deref())?)
}

/// A thread pool of `jobs` workers (default: one per core).
pub fn pool(jobs: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs {
        anyhow::ensure!(n >= 1, "--jobs must be at least 1");
        b = b.num_threads(n);
    }
    b.build().context("cannot start worker threads")
}

/// Documents read and processed per batch: large enough to keep every core
/// busy, small enough that memory stays flat however large the corpus.
pub const BATCH: usize = 512;

thread_local! {
    static BUF: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(1 << 16));
}

/// Reads one file into a `Document`, reusing this thread's buffer.
pub fn read_document(src: &SourceFile) -> Result<Document, DocError> {
    BUF.with(|b| {
        let mut buf = b.borrow_mut();
        let doc = corpus::read_text(src, &mut buf);
        if buf.capacity() > (8 << 20) {
            *buf = Vec::with_capacity(1 << 16);
        }
        doc
    })
}

/// Walks `inputs`, processes the documents in parallel batches and hands
/// the results to `emit` in input order, so the output is the same at any
/// thread count. Problems are reported as warnings and the run goes on.
pub fn for_each_document<R, P, E>(
    inputs: &[PathBuf],
    pool: &rayon::ThreadPool,
    progress: &mut Progress,
    process: P,
    mut emit: E,
) -> anyhow::Result<()>
where
    R: Send,
    P: Fn(&Document) -> R + Sync,
    E: FnMut(&Document, R, &mut Progress) -> anyhow::Result<()>,
{
    let mut walk = corpus::walk(inputs);
    loop {
        let batch: Vec<Result<SourceFile, DocError>> = walk.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<(Document, R), DocError>> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| {
                    let src = item?;
                    let doc = read_document(&src)?;
                    // A panic is a bug; the safety net reports it against
                    // the document and keeps the run going.
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        process(&doc)
                    }))
                    .map_err(|_| {
                        DocError::unreadable(
                            src.path.display().to_string(),
                            "internal error while processing (a bug: please report it); skipped",
                        )
                    })?;
                    Ok((doc, r))
                })
                .collect()
        });
        for r in results {
            match r {
                Ok((doc, r)) => emit(&doc, r, progress)?,
                Err(e) => progress.warn(&e.to_string()),
            }
        }
    }
    Ok(())
}
