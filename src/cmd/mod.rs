//! One module per command; each takes its parsed arguments and returns
//! whether documents were skipped (exit code 1) or fails (exit code 2).

pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod mentions;
pub mod report;

use std::sync::{Arc, Condvar, Mutex, mpsc};

use anyhow::Context;
use rayon::prelude::*;

use crate::cli::{Cli, Command, CorpusArgs};
use crate::corpus::{MAX_FILE_BYTES, SourceFile};
use crate::error::DocError;
use crate::input::{self, InputFormat, Job, Sources};
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
        Command::Report(a) => report::run(a),
    }
}

/// Loads the patterns, failing with the file and line at fault.
pub fn load_patterns(args: &CorpusArgs) -> anyhow::Result<Patterns> {
    // Two threads at start-up only when the run may use two (`--jobs 1`
    // means one thread).
    let parallel = args.jobs.is_none_or(|n| n > 1)
        && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    Ok(Patterns::load_with(args.patterns.as_deref(), parallel)?)
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

/// Bytes of archive records (JSON Lines, WARC) held in one batch at most,
/// and queued for the next at most: long records (reports of 100 KB) fill
/// it long before `BATCH` of them come, and memory stays flat for them too.
pub const BATCH_BYTES: usize = 8 << 20;

/// Bytes in flight between two threads, at most `limit` (or one item,
/// however large): the producer takes its item's bytes before it sends it
/// and waits while they would not fit; the consumer gives them back as it
/// receives it.
struct Budget {
    limit: usize,
    state: Mutex<BudgetState>,
    freed: Condvar,
}

#[derive(Default)]
struct BudgetState {
    taken: usize,
    /// The consumer is gone.
    closed: bool,
    /// The producer waits for bytes. (A wake-up is a system call, and
    /// bytes are given back once per document: only a waiting producer
    /// is woken.)
    waiting: bool,
}

impl Budget {
    fn new(limit: usize) -> Budget {
        Budget {
            limit,
            state: Mutex::new(BudgetState::default()),
            freed: Condvar::new(),
        }
    }

    /// Waits until `n` bytes fit (always when none are taken); false when
    /// the consumer is gone.
    fn take(&self, n: usize) -> bool {
        let Ok(mut st) = self.state.lock() else {
            return false;
        };
        while !st.closed && st.taken > 0 && st.taken + n > self.limit {
            st.waiting = true;
            st = match self.freed.wait(st) {
                Ok(st) => st,
                Err(_) => return false,
            };
            st.waiting = false;
        }
        st.taken += n;
        !st.closed
    }

    fn give(&self, n: usize) {
        if let Ok(mut st) = self.state.lock() {
            st.taken = st.taken.saturating_sub(n);
            if st.waiting {
                self.freed.notify_one();
            }
        }
    }

    /// The consumer is gone: no wait for it.
    fn close(&self) {
        if let Ok(mut st) = self.state.lock() {
            st.closed = true;
            self.freed.notify_all();
        }
    }
}

/// Closes a [`Budget`] when dropped (the consumer returns, or fails).
struct Closed(Arc<Budget>);

impl Drop for Closed {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Reads one file into a `Document` (format by extension, else content),
/// reusing this thread's buffer.
pub fn read_document(src: &SourceFile) -> Result<Document, DocError> {
    input::read_file(src, InputFormat::Auto)
}

/// Reads the documents of `sources` (paths, or `--stdin`; any format),
/// processes them in parallel batches and hands the results to `emit` in
/// input order, so the output is the same at any thread count. Problems are
/// reported as warnings and the run goes on.
///
/// Jobs come from one producer thread (walking folders, splitting JSON
/// Lines and WARC streams) through a bounded channel; a batch is whatever
/// is ready, up to `BATCH` jobs or `BATCH_BYTES`, so a slow stream (a shell
/// pipeline, a Spark partition) is processed as it arrives while a fast one
/// fills whole batches. With two workers or more, one batch is written
/// while the next is processed. Memory is bounded by three batches (one
/// queued, one being processed, one being written).
pub fn for_each_document<R, P, E>(
    sources: impl Into<Sources>,
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
    let sources: Sources = sources.into();
    let fields = sources.fields.clone();
    let (tx, rx) = mpsc::sync_channel::<Job>(BATCH);
    // The channel holds `BATCH` jobs, and `BATCH_BYTES` of records.
    let queued = Arc::new(Budget::new(BATCH_BYTES));
    let _closed = Closed(Arc::clone(&queued));
    let take = |job: Job| {
        queued.give(job.weight());
        job
    };
    // Detached, not scoped: when the consumer stops early (a closed pipe)
    // the producer may be blocked reading stdin, and must not hold us up.
    let budget = Arc::clone(&queued);
    let producer = std::thread::Builder::new()
        .name("finfacts-input".into())
        .spawn(move || {
            input::produce(&sources, |job| {
                budget.take(job.weight()) && tx.send(job).is_ok()
            })
        })
        .context("cannot start the input thread")?;
    let run = |batch: Vec<Job>| -> Vec<Result<(Document, R), DocError>> {
        pool.install(|| {
            batch
                .into_par_iter()
                .map(|job| {
                    let origin = job.origin();
                    // A panic is a bug; the safety net reports it against
                    // the document and keeps the run going.
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let doc = input::load(job, &fields)?;
                        // Extraction time grows with a document's size:
                        // one limit for every format (a JSON Lines record
                        // may be longer than a file may be).
                        if doc.text.len() as u64 > MAX_FILE_BYTES {
                            return Err(DocError::unreadable(
                                origin.clone(),
                                format!(
                                    "document text larger than {} MiB; skipped",
                                    MAX_FILE_BYTES >> 20
                                ),
                            ));
                        }
                        let r = process(&doc);
                        Ok((doc, r))
                    }))
                    .unwrap_or_else(|_| {
                        Err(DocError::unreadable(
                            origin,
                            "internal error while processing (a bug: please report it); skipped",
                        ))
                    })
                })
                .collect()
        })
    };
    let mut emit_all = |results: Vec<Result<(Document, R), DocError>>, progress: &mut Progress| {
        for r in results {
            match r {
                Ok((doc, r)) => emit(&doc, r, progress)?,
                Err(e) => progress.warn(&e.to_string()),
            }
        }
        anyhow::Ok(())
    };
    // With two workers or more, a batch's results are written while the
    // next batch is processed: writing is otherwise time the workers wait.
    // (With one, `--jobs 1` keeps to one thread.)
    let pipelined = pool.current_num_threads() > 1;
    let mut pending = None;
    loop {
        // A batch is what is ready. Before waiting for more, what is done
        // is written: a slow stream gets its facts as its documents come.
        let first = match rx.try_recv() {
            Ok(job) => Some(take(job)),
            Err(mpsc::TryRecvError::Empty) => {
                if let Some(done) = pending.take() {
                    emit_all(done, progress)?;
                }
                rx.recv().ok().map(take)
            }
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        let batch = first.map(|first| {
            let mut bytes = first.weight();
            let mut batch = vec![first];
            while batch.len() < BATCH && bytes < BATCH_BYTES {
                match rx.try_recv() {
                    Ok(job) => {
                        bytes += job.weight();
                        batch.push(take(job));
                    }
                    Err(_) => break,
                }
            }
            batch
        });
        match (batch, pending.take()) {
            (None, None) => break,
            (None, Some(done)) => emit_all(done, progress)?,
            (Some(batch), None) if !pipelined => emit_all(run(batch), progress)?,
            (Some(batch), done) => {
                let (emitted, next) = std::thread::scope(|s| {
                    let next = s.spawn(|| run(batch));
                    let emitted = match done {
                        Some(done) => emit_all(done, progress),
                        None => Ok(()),
                    };
                    (emitted, next.join())
                });
                emitted?;
                // (A panic outside the per-document net is a bug: unwind.)
                pending = Some(next.unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
        }
    }
    if producer.join().is_err() {
        anyhow::bail!("internal error while reading the inputs (a bug: please report it)");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// A producer that takes `n` bytes on another thread; the receiver
    /// hears when it got past the wait, and what `take` said.
    fn taker(b: &Arc<Budget>, n: usize) -> mpsc::Receiver<bool> {
        let (tx, rx) = mpsc::channel();
        let b = Arc::clone(b);
        std::thread::spawn(move || tx.send(b.take(n)));
        rx
    }

    #[test]
    fn a_budget_holds_the_producer_until_bytes_are_given_back() {
        let b = Arc::new(Budget::new(10));
        assert!(b.take(6) && b.take(4));
        // Full: the next item waits for the consumer.
        let waiting = taker(&b, 3);
        assert!(waiting.recv_timeout(Duration::from_millis(50)).is_err());
        b.give(4);
        assert_eq!(waiting.recv_timeout(Duration::from_secs(30)), Ok(true));
        // An item larger than the whole budget goes when nothing is taken.
        b.give(9);
        assert!(b.take(25));
        // With the consumer gone, the producer stops waiting and is told.
        let waiting = taker(&b, 1);
        b.close();
        assert_eq!(waiting.recv_timeout(Duration::from_secs(30)), Ok(false));
        assert!(!b.take(1));
    }
}
