//! `finfacts ingest`: add new and changed articles to the SQLite store.
//!
//! Each input folder is walked as `extract` walks it, in batches. A batch
//! goes through four steps: read and hash every file (in parallel), look
//! each one up in the store (a file whose hash and extractor match is
//! unchanged and is not extracted again), extract the new and changed ones
//! (in parallel), then write the batch in one transaction, in walk order.
//! After a folder's walk, the files the store holds under it that the walk
//! did not meet are marked missing. A folder that cannot be read at all is
//! reported and its files are left as they were: an unmounted disk is not a
//! reason to mark a whole archive missing.
//!
//! The extractor id names the build and the patterns that extracted a
//! document's facts; when either changes, every document is extracted again
//! (once, and resumably, since the id is stored per document), so the store
//! always holds what this build would extract.

use std::path::Path;
use std::time::Duration;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::cli::IngestArgs;
use crate::cmd::{Outcome, load_patterns, pool};
use crate::corpus::{self, SourceFile};
use crate::error::DocError;
use crate::facts::{self, Options};
use crate::input::{self, Fields, InputFormat};
use crate::model::{Document, Fact};
use crate::patterns::{self, Patterns};
use crate::progress::Progress;
use crate::store::write::Processed;
use crate::store::{self, Store};

/// What the run did, for the summary line.
#[derive(Debug, Default)]
struct Tally {
    seen: u64,
    new: u64,
    changed: u64,
    unchanged: u64,
    returned: u64,
    missing: u64,
    facts: u64,
}

/// A file read and hashed, not yet looked up.
struct Read {
    src: SourceFile,
    bytes: Vec<u8>,
    hash: String,
}

/// What happens to one walk entry, in walk order.
enum Step {
    /// Stored with this content by this extractor.
    Unchanged { id: String, was_missing: bool },
    /// New (`known` false) or changed: to extract.
    Extract { read: Read, known: bool },
    /// Reported and skipped; `id` when the file itself was found (it is
    /// then not marked missing, and what the store holds for it stays).
    Bad { id: Option<String>, err: DocError },
}

/// A step after extraction.
enum Done {
    Unchanged {
        id: String,
        was_missing: bool,
    },
    Extracted {
        read: Read,
        known: bool,
        doc: Document,
        facts: Vec<Fact>,
    },
    Bad {
        id: Option<String>,
        err: DocError,
    },
}

pub fn run(args: IngestArgs) -> anyhow::Result<Outcome> {
    let patterns = load_patterns(&args.corpus)?;
    let extractor = extractor_id(args.corpus.patterns.as_deref())?;
    let pool = pool(args.corpus.jobs)?;
    let pause = Pause::from_env()?;
    let epoch = store::now_epoch()?;
    let mut store = Store::open_writer(&args.db, Duration::from_secs(args.wait), epoch)?;
    let mut progress = Progress::new(args.corpus.quiet, args.corpus.no_progress);
    let mut tally = Tally::default();
    let batch_size = usize::try_from(args.batch).unwrap_or(usize::MAX);
    for input in args.corpus.inputs() {
        // A folder that cannot be listed would look empty to the walk and
        // have every stored file marked missing: it is skipped instead.
        let readable = std::fs::canonicalize(&input).and_then(|r| {
            if r.is_dir() {
                std::fs::read_dir(&r).map(|_| r)
            } else {
                Ok(r)
            }
        });
        let root = match readable {
            Ok(r) => r,
            Err(e) => {
                progress.warn(&format!(
                    "{}: {e}; the documents stored from it are left as they were",
                    input.display()
                ));
                continue;
            }
        };
        let root = root_key(&root);
        store.begin_root()?;
        let mut walk = corpus::walk(std::slice::from_ref(&input));
        loop {
            let batch: Vec<Result<SourceFile, DocError>> = walk.by_ref().take(batch_size).collect();
            if batch.is_empty() {
                break;
            }
            let steps = look_up(&store, &root, &extractor, read_all(&pool, batch))?;
            let done = extract_all(&pool, &patterns, steps);
            write_batch(
                &mut store,
                &root,
                &extractor,
                done,
                &mut tally,
                &mut progress,
                &pause,
            )?;
        }
        if pause.finish {
            pause.hold("finish");
        }
        tally.missing += store.finish_root(&root)?;
    }
    progress.finish();
    if !args.corpus.quiet {
        eprintln!(
            "finfacts: ingest: {} documents seen, {} processed ({} new, {} changed), {} unchanged, \
             {} back, {} marked missing, {} facts written; {}",
            tally.seen,
            tally.new + tally.changed,
            tally.new,
            tally.changed,
            tally.unchanged,
            tally.returned,
            tally.missing,
            tally.facts,
            args.db.display()
        );
    }
    Ok(if progress.warnings > 0 {
        Outcome::Skipped
    } else {
        Outcome::Clean
    })
}

/// The key of an input folder: its canonical path, so a scheduled job
/// finds its documents again from any working directory.
fn root_key(root: &Path) -> String {
    root.to_string_lossy().into_owned()
}

/// Step 1, in parallel: read and hash every file of the batch.
fn read_all(
    pool: &rayon::ThreadPool,
    batch: Vec<Result<SourceFile, DocError>>,
) -> Vec<Result<Read, (Option<String>, DocError)>> {
    pool.install(|| {
        batch
            .into_par_iter()
            .map(|item| {
                let src = item.map_err(|e| (None, e))?;
                let mut bytes = Vec::new();
                match corpus::read_bytes(&src.path, &mut bytes) {
                    Ok(()) => {
                        let hash = sha256_hex(&bytes);
                        Ok(Read { src, bytes, hash })
                    }
                    Err(e) => Err((Some(src.id), e)),
                }
            })
            .collect()
    })
}

/// Step 2, in walk order: which files are new or changed.
fn look_up(
    store: &Store,
    root: &str,
    extractor: &str,
    reads: Vec<Result<Read, (Option<String>, DocError)>>,
) -> anyhow::Result<Vec<Step>> {
    let mut steps = Vec::with_capacity(reads.len());
    for r in reads {
        steps.push(match r {
            Err((id, err)) => Step::Bad { id, err },
            Ok(read) => match store.known(root, &read.src.id)? {
                Some(k) if k.hash == read.hash && k.extractor == extractor => Step::Unchanged {
                    id: read.src.id,
                    was_missing: k.missing,
                },
                k => Step::Extract {
                    read,
                    known: k.is_some(),
                },
            },
        });
    }
    Ok(steps)
}

/// Step 3, in parallel: decode and extract the new and changed files.
fn extract_all(pool: &rayon::ThreadPool, patterns: &Patterns, steps: Vec<Step>) -> Vec<Done> {
    pool.install(|| {
        steps
            .into_par_iter()
            .map(|step| match step {
                Step::Unchanged { id, was_missing } => Done::Unchanged { id, was_missing },
                Step::Bad { id, err } => Done::Bad { id, err },
                Step::Extract { read, known } => match extract_one(&read, patterns) {
                    Ok((doc, facts)) => Done::Extracted {
                        read,
                        known,
                        doc,
                        facts,
                    },
                    Err(err) => Done::Bad {
                        id: Some(read.src.id),
                        err,
                    },
                },
            })
            .collect()
    })
}

/// Reads a file's documents (one for text and HTML, one per record for JSON
/// Lines and WARC, gzip or not) and extracts their facts. A file is the
/// unit the store tracks: its row carries the first document's metadata,
/// and its facts are every record's, each with its own `doc`.
fn extract_one(read: &Read, patterns: &Patterns) -> Result<(Document, Vec<Fact>), DocError> {
    let path = read.src.path.display().to_string();
    let docs = input::documents_in(
        &read.src,
        InputFormat::Auto,
        &read.bytes,
        &Fields::default(),
    );
    let single = docs.len() == 1;
    let mut facts = Vec::new();
    let mut first: Option<Document> = None;
    for doc in docs {
        // A bad record of an archive is skipped; a bad single file is the
        // file's problem.
        let doc = match doc {
            Ok(d) => d,
            Err(e) if single => return Err(e),
            Err(_) => continue,
        };
        // A panic is a bug; as in `extract`, it is reported against the
        // document and the run goes on.
        let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            facts::extract(&doc, patterns, &Options::default())
        }))
        .map_err(|_| {
            DocError::unreadable(
                path.clone(),
                "internal error while processing (a bug: please report it); skipped",
            )
        })?;
        facts.extend(found);
        if first.is_none() {
            first = Some(doc);
        }
    }
    let mut doc = first
        .ok_or_else(|| DocError::unreadable(path.clone(), "no documents in the file; skipped"))?;
    if !single {
        // The file row describes the file, not its first record.
        doc = Document {
            id: read.src.id.clone(),
            text: String::new(),
            meta: Default::default(),
        };
    }
    Ok((doc, facts))
}

/// Step 4: the batch in one transaction, in walk order.
fn write_batch(
    store: &mut Store,
    root: &str,
    extractor: &str,
    done: Vec<Done>,
    tally: &mut Tally,
    progress: &mut Progress,
    pause: &Pause,
) -> anyhow::Result<()> {
    let batch = store.batch(root)?;
    for d in done {
        match d {
            Done::Unchanged { id, was_missing } => {
                batch.unchanged(&id)?;
                tally.seen += 1;
                tally.unchanged += 1;
                tally.returned += u64::from(was_missing);
                progress.document(0, 0);
            }
            Done::Extracted {
                read,
                known,
                doc,
                facts,
            } => {
                batch.processed(
                    &Processed {
                        path: &doc.id,
                        hash: &read.hash,
                        size: read.bytes.len() as u64,
                        title: doc.meta.title.as_deref(),
                        date: doc.meta.date.map(|d| d.to_string()),
                        url: doc.meta.url.as_deref(),
                        facts: &facts,
                    },
                    extractor,
                )?;
                tally.seen += 1;
                if known {
                    tally.changed += 1;
                } else {
                    tally.new += 1;
                }
                tally.facts += facts.len() as u64;
                progress.document(doc.text.len() as u64, facts.len() as u64);
                if pause.doc == Some(tally.new + tally.changed) {
                    pause.hold("doc");
                }
            }
            Done::Bad { id, err } => {
                if let Some(id) = id {
                    batch.seen(&id)?;
                }
                progress.warn(&err.to_string());
            }
        }
    }
    batch.commit()?;
    if let Some(n) = pause.commit
        && tally.new + tally.changed >= n
    {
        pause.hold("commit");
    }
    Ok(())
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// Names the build and the pattern files that extract facts: the version,
/// the binary's size and modification time (a rebuild changes them) and a
/// hash of every pattern file's text.
fn extractor_id(dir: Option<&Path>) -> anyhow::Result<String> {
    let mut h = Sha256::new();
    if let Ok(exe) = std::env::current_exe()
        && let Ok(meta) = std::fs::metadata(&exe)
    {
        h.update(meta.len().to_le_bytes());
        if let Ok(t) = meta.modified()
            && let Ok(d) = t.duration_since(std::time::UNIX_EPOCH)
        {
            h.update(d.as_nanos().to_le_bytes());
        }
    }
    for (name, _) in patterns::FILES {
        let src = patterns::source(dir, name)?;
        h.update(name.as_bytes());
        h.update((src.text.len() as u64).to_le_bytes());
        h.update(src.text.as_bytes());
    }
    let digest = h.finalize();
    Ok(format!(
        "{}+{}",
        env!("CARGO_PKG_VERSION"),
        hex(&digest[..8])
    ))
}

/// A test hook: `FINFACTS_TEST_PAUSE` = `doc:N` (inside the transaction,
/// after the N-th new or changed document is written), `commit:N` (after
/// the first commit that holds N of them) or `finish` (after a folder's
/// walk, before missing files are marked). At that point the run says so
/// on stderr and waits for ever, so a test can kill it there for real.
#[derive(Debug, Default)]
struct Pause {
    doc: Option<u64>,
    commit: Option<u64>,
    finish: bool,
}

impl Pause {
    fn from_env() -> anyhow::Result<Pause> {
        let Ok(spec) = std::env::var("FINFACTS_TEST_PAUSE") else {
            return Ok(Pause::default());
        };
        let bad =
            || anyhow::anyhow!("FINFACTS_TEST_PAUSE={spec:?}: expected doc:N, commit:N or finish");
        let mut p = Pause::default();
        match spec.split_once(':') {
            None if spec == "finish" => p.finish = true,
            Some(("doc", n)) => p.doc = Some(n.parse().map_err(|_| bad())?),
            Some(("commit", n)) => p.commit = Some(n.parse().map_err(|_| bad())?),
            _ => return Err(bad()),
        }
        Ok(p)
    }

    fn hold(&self, at: &str) -> ! {
        eprintln!("finfacts: test pause at {at}");
        loop {
            std::thread::sleep(Duration::from_secs(3600));
        }
    }
}
