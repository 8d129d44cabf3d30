//! Input stage: from files, archives and standard input to `Document`s.
//!
//! Takes the inputs a command names ([`Sources`]: paths, or `--stdin`, a
//! forced format, JSON field names, a shard) and yields [`Job`]s in input
//! order: a whole file to read (text, HTML), one line of a JSON Lines
//! stream, one HTML page of a WARC archive, or a problem to report. Jobs
//! are produced on one thread, which only walks folders and splits streams
//! into records; [`load`] turns a job into a `Document` on a worker thread,
//! where the reading, decoding and HTML parsing happen. Memory stays
//! bounded by the batch the driver holds, however large an archive is.
//!
//! Formats are chosen by extension (a trailing `.gz` is looked through),
//! then by content for unknown extensions, or forced with `--input-format`;
//! gzip is recognised by its magic bytes, so `.gz` works for every format
//! (and multi-member gzip, as CC-NEWS writes it, is read whole).
//!
//! - [`text`]: `.txt`, `.md`: one document, optional header block.
//! - [`html`]: `.html`, `.htm`: the article text of the page.
//! - [`jsonl`]: `.jsonl`, `.ndjson` and `--stdin`: one document per line.
//! - [`warc`]: `.warc`: one document per HTML response record.

pub mod html;
pub mod jsonl;
pub mod text;
pub mod warc;

use std::cell::RefCell;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use flate2::read::MultiGzDecoder;

use crate::corpus::{self, MAX_FILE_BYTES, SourceFile};
use crate::error::DocError;
use crate::model::Document;

pub use jsonl::Fields;

/// The input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum InputFormat {
    /// By extension, then by content.
    #[default]
    Auto,
    Text,
    Html,
    Jsonl,
    Warc,
}

impl InputFormat {
    /// The format a file name gives, looking through a `.gz` suffix;
    /// `None` when the name does not tell.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "txt" | "text" | "md" | "markdown" => InputFormat::Text,
            "html" | "htm" | "xhtml" | "shtml" => InputFormat::Html,
            "jsonl" | "ndjson" | "jsonlines" => InputFormat::Jsonl,
            "warc" => InputFormat::Warc,
            _ => return None,
        })
    }

    /// The format the first bytes of a (decompressed) file suggest.
    pub fn sniff(head: &[u8]) -> InputFormat {
        let head = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let head = &head[start..];
        if head.starts_with(b"WARC/1.") {
            return InputFormat::Warc;
        }
        if head.starts_with(b"{") {
            return InputFormat::Jsonl;
        }
        if head.starts_with(b"<") {
            let lower = head[..head.len().min(1024)].to_ascii_lowercase();
            let markers: [&[u8]; 6] = [
                b"<!doctype html",
                b"<html",
                b"<head",
                b"<body",
                b"<article",
                b"<p",
            ];
            if markers
                .iter()
                .any(|m| memchr::memmem::find(&lower, m).is_some())
            {
                return InputFormat::Html;
            }
        }
        InputFormat::Text
    }
}

/// Which 1/N of the inputs to process: documents are numbered in input
/// order from 0, and shard `I/N` takes those whose number is `I-1` modulo
/// `N`. Every document (and every problem report) belongs to exactly one
/// shard, so N runs together do the work of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// 1-based.
    pub index: u64,
    pub count: u64,
}

impl Shard {
    pub fn takes(&self, ordinal: u64) -> bool {
        ordinal % self.count == self.index - 1
    }
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Shard, String> {
        let err = || format!("expected I/N with 1 <= I <= N (e.g. 2/8), got {s:?}");
        let (i, n) = s.split_once('/').ok_or_else(err)?;
        let index: u64 = i.trim().parse().map_err(|_| err())?;
        let count: u64 = n.trim().parse().map_err(|_| err())?;
        if index == 0 || count == 0 || index > count {
            return Err(err());
        }
        Ok(Shard { index, count })
    }
}

/// Where documents come from and how to read them.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub paths: Vec<PathBuf>,
    /// Read documents as JSON Lines from standard input (paths are ignored).
    pub stdin: bool,
    pub format: InputFormat,
    pub fields: Fields,
    pub shard: Option<Shard>,
}

impl From<&[PathBuf]> for Sources {
    fn from(paths: &[PathBuf]) -> Sources {
        Sources {
            paths: paths.to_vec(),
            ..Sources::default()
        }
    }
}

impl From<&Vec<PathBuf>> for Sources {
    fn from(paths: &Vec<PathBuf>) -> Sources {
        Sources::from(paths.as_slice())
    }
}

impl From<&Sources> for Sources {
    fn from(s: &Sources) -> Sources {
        s.clone()
    }
}

/// The name standard input goes by in messages and default ids.
pub const STDIN: &str = "stdin";

/// The archive a record comes from: its path (for messages) and its id
/// (relative to the input it was found under, for default document ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub path: String,
    pub id: String,
}

impl Origin {
    fn stdin() -> Origin {
        Origin {
            path: STDIN.to_owned(),
            id: STDIN.to_owned(),
        }
    }
}

/// One unit of work, in input order.
#[derive(Debug)]
pub enum Job {
    /// A file holding one document.
    File {
        src: SourceFile,
        format: InputFormat,
    },
    /// One line of a JSON Lines stream.
    Record {
        source: Arc<Origin>,
        line: u64,
        bytes: Vec<u8>,
    },
    /// One HTML page of a WARC archive.
    Page {
        source: Arc<Origin>,
        page: Box<warc::Page>,
    },
    /// A problem met while walking or splitting a stream.
    Fail(DocError),
}

impl Job {
    /// The bytes this job holds in memory while it waits.
    pub fn weight(&self) -> usize {
        match self {
            Job::Record { bytes, .. } => bytes.len(),
            Job::Page { page, .. } => page.block.len(),
            _ => 0,
        }
    }

    /// The name to report a panic against.
    pub fn origin(&self) -> String {
        match self {
            Job::File { src, .. } => src.path.display().to_string(),
            Job::Record { source, line, .. } => format!("{}:{line}", source.path),
            Job::Page { source, page } => format!("{}: record {}", source.path, page.record),
            Job::Fail(e) => e.to_string(),
        }
    }
}

/// Produces the jobs of `sources` in input order, handing each to `send`
/// until it returns false (the consumer has gone). Only the jobs of the
/// selected shard are sent.
pub fn produce(sources: &Sources, mut send: impl FnMut(Job) -> bool) {
    let mut ordinal = 0u64;
    let shard = sources.shard;
    let mut send = |job: Job| -> bool {
        let n = ordinal;
        ordinal += 1;
        match shard {
            Some(s) if !s.takes(n) => true,
            _ => send(job),
        }
    };
    if sources.stdin {
        let stdin = io::stdin().lock();
        stream_jsonl(Arc::new(Origin::stdin()), stdin, &mut send);
        return;
    }
    for item in corpus::walk(&sources.paths) {
        let src = match item {
            Ok(s) => s,
            Err(e) => {
                if !send(Job::Fail(e)) {
                    return;
                }
                continue;
            }
        };
        let format = match sources.format {
            InputFormat::Auto => match InputFormat::from_path(&src.path) {
                Some(f) => f,
                None => match sniff_file(&src.path) {
                    Ok(f) => f,
                    Err(e) => {
                        if !send(Job::Fail(e)) {
                            return;
                        }
                        continue;
                    }
                },
            },
            f => f,
        };
        let keep_going = match format {
            InputFormat::Jsonl | InputFormat::Warc => {
                let reader = match open_stream(&src.path) {
                    Ok(r) => r,
                    Err(e) => {
                        if !send(Job::Fail(e)) {
                            return;
                        }
                        continue;
                    }
                };
                let source = Arc::new(Origin {
                    path: src.path.display().to_string(),
                    id: src.id,
                });
                if format == InputFormat::Jsonl {
                    stream_jsonl(source, reader, &mut send)
                } else {
                    stream_warc(source, reader, &mut send)
                }
            }
            _ => send(Job::File { src, format }),
        };
        if !keep_going {
            return;
        }
    }
}

/// Sends the lines of a JSON Lines stream; false if the consumer has gone.
fn stream_jsonl(
    source: Arc<Origin>,
    reader: impl BufRead,
    send: &mut impl FnMut(Job) -> bool,
) -> bool {
    let mut lines = jsonl::Lines::new(reader);
    loop {
        let job = match lines.next_line() {
            Ok(None) => return true,
            Ok(Some(jsonl::Line::Record { line, bytes })) => Job::Record {
                source: source.clone(),
                line,
                bytes,
            },
            Ok(Some(jsonl::Line::TooLong { line })) => Job::Fail(DocError::BadRecord {
                path: source.path.clone(),
                line,
                reason: format!(
                    "line longer than {} MiB; skipped",
                    jsonl::MAX_LINE_BYTES >> 20
                ),
            }),
            Err(e) => {
                return send(Job::Fail(DocError::unreadable(
                    source.path.clone(),
                    format!("cannot read: {e}; the rest of the file is skipped"),
                )));
            }
        };
        if !send(job) {
            return false;
        }
    }
}

/// Sends the HTML pages of a WARC stream; false if the consumer has gone.
fn stream_warc(
    source: Arc<Origin>,
    reader: impl BufRead,
    send: &mut impl FnMut(Job) -> bool,
) -> bool {
    let mut records = warc::Reader::new(reader);
    loop {
        let job = match records.next_page() {
            Ok(None) => return true,
            Ok(Some(page)) => Job::Page {
                source: source.clone(),
                page: Box::new(page),
            },
            Err(e) => {
                return send(Job::Fail(DocError::unreadable(
                    source.path.clone(),
                    format!("{e}; the rest of the archive is skipped"),
                )));
            }
        };
        if !send(job) {
            return false;
        }
    }
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> DocError + '_ {
    move |e| DocError::Io {
        path: path.display().to_string(),
        source: e,
    }
}

/// Opens a file as a buffered stream, decompressing gzip when the magic
/// bytes say so.
fn open_stream(path: &Path) -> Result<Box<dyn BufRead + Send>, DocError> {
    let (f, _) = corpus::open_regular(path)?;
    let mut r = BufReader::with_capacity(1 << 16, f);
    let gz = r
        .fill_buf()
        .map_err(io_err(path))?
        .starts_with(&[0x1f, 0x8b]);
    Ok(if gz {
        Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(r)))
    } else {
        Box::new(r)
    })
}

/// The format of a file whose name does not tell, from its first bytes.
fn sniff_file(path: &Path) -> Result<InputFormat, DocError> {
    let mut head = Vec::with_capacity(1024);
    open_stream(path)?
        .take(1024)
        .read_to_end(&mut head)
        .map_err(io_err(path))?;
    Ok(InputFormat::sniff(&head))
}

thread_local! {
    static BUF: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(1 << 16));
    static GZ_BUF: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Reads a file holding one document (text or HTML, gzipped or not), in
/// the given format (`Auto`: by extension, else by content), with this
/// thread's buffer: one read per file, no copy.
pub fn read_file(src: &SourceFile, format: InputFormat) -> Result<Document, DocError> {
    BUF.with(|b| {
        let mut buf = b.borrow_mut();
        corpus::read_bytes(&src.path, &mut buf)?;
        let r = document_from_bytes(src, format, &buf);
        // One huge file must not pin its buffer for the rest of the run.
        if buf.capacity() > (8 << 20) {
            *buf = Vec::with_capacity(1 << 16);
        }
        r
    })
}

/// The document of a single-document file whose bytes are already read
/// (gzip is decompressed here): for callers that need the bytes too, such
/// as an incremental ingest that hashes them.
pub fn document_from_bytes(
    src: &SourceFile,
    format: InputFormat,
    bytes: &[u8],
) -> Result<Document, DocError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return single_document(src, format, bytes);
    }
    GZ_BUF.with(|g| {
        let mut out = g.borrow_mut();
        out.clear();
        let path = || src.path.display().to_string();
        MultiGzDecoder::new(bytes)
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| DocError::unreadable(path(), format!("bad gzip data: {e}; skipped")))?;
        if out.len() as u64 > MAX_FILE_BYTES {
            return Err(DocError::unreadable(
                path(),
                format!(
                    "larger than {} MiB decompressed; skipped",
                    MAX_FILE_BYTES >> 20
                ),
            ));
        }
        let r = single_document(src, format, &out);
        if out.capacity() > (8 << 20) {
            *out = Vec::new();
        }
        r
    })
}

fn single_document(
    src: &SourceFile,
    format: InputFormat,
    bytes: &[u8],
) -> Result<Document, DocError> {
    let format = match format {
        InputFormat::Auto => {
            InputFormat::from_path(&src.path).unwrap_or_else(|| InputFormat::sniff(bytes))
        }
        f => f,
    };
    let path = src.path.display().to_string();
    match format {
        InputFormat::Html => {
            let page = html::decode(bytes, None);
            let a = html::article(&page);
            if a.text.trim().is_empty() {
                return Err(DocError::unreadable(
                    path,
                    "no article text in the page; skipped",
                ));
            }
            Ok(Document {
                id: src.id.clone(),
                text: a.text,
                meta: a.meta,
            })
        }
        _ => text::document(&path, &src.id, bytes),
    }
}

/// Every document a file's bytes hold, in order: one for a text or HTML
/// file, one per record for JSON Lines and WARC (gzip or not). Problems
/// with single records come back as errors in their place. Used by
/// `ingest`, which hashes and stores a file as one unit.
pub fn documents_in(
    src: &SourceFile,
    format: InputFormat,
    bytes: &[u8],
    fields: &Fields,
) -> Vec<Result<Document, DocError>> {
    let gz = bytes.starts_with(&[0x1f, 0x8b]);
    let format = match format {
        InputFormat::Auto => InputFormat::from_path(&src.path).unwrap_or_else(|| {
            if gz {
                // Peek inside: the name does not tell.
                let mut head = Vec::new();
                let _ = MultiGzDecoder::new(bytes).take(4096).read_to_end(&mut head);
                InputFormat::sniff(&head)
            } else {
                InputFormat::sniff(bytes)
            }
        }),
        f => f,
    };
    if !matches!(format, InputFormat::Jsonl | InputFormat::Warc) {
        return vec![document_from_bytes(src, format, bytes)];
    }
    let source = Arc::new(Origin {
        path: src.path.display().to_string(),
        id: src.id.clone(),
    });
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::new(MultiGzDecoder::new(bytes)))
    } else {
        Box::new(BufReader::new(bytes))
    };
    let mut out = Vec::new();
    let mut send = |job: Job| {
        out.push(load(job, fields));
        true
    };
    if format == InputFormat::Jsonl {
        stream_jsonl(source, reader, &mut send);
    } else {
        stream_warc(source, reader, &mut send);
    }
    out
}

/// Turns a job into its document (on a worker thread).
pub fn load(job: Job, fields: &Fields) -> Result<Document, DocError> {
    match job {
        Job::File { src, format } => read_file(&src, format),
        Job::Record {
            source,
            line,
            bytes,
        } => jsonl::record(&source, line, &bytes, fields),
        Job::Page { source, page } => warc::document(&source.path, &page),
        Job::Fail(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_content() {
        let f = |p: &str| InputFormat::from_path(Path::new(p));
        assert_eq!(f("a/b.TXT"), Some(InputFormat::Text));
        assert_eq!(f("b.html.gz"), Some(InputFormat::Html));
        assert_eq!(f("CC-NEWS-1.warc.gz"), Some(InputFormat::Warc));
        assert_eq!(f("x.ndjson"), Some(InputFormat::Jsonl));
        assert_eq!(f("x.gz"), None);
        assert_eq!(f("README"), None);
        assert_eq!(InputFormat::sniff(b"\n WARC/1.0\r\n"), InputFormat::Warc);
        assert_eq!(InputFormat::sniff(b"{\"text\":1}"), InputFormat::Jsonl);
        assert_eq!(
            InputFormat::sniff(b"<!DOCTYPE html><p>x"),
            InputFormat::Html
        );
        assert_eq!(InputFormat::sniff(b"<3 the NHS"), InputFormat::Text);
        assert_eq!(InputFormat::sniff(b"Title: x"), InputFormat::Text);
    }

    #[test]
    fn shards_partition_the_documents() {
        let s: Shard = "2/3".parse().unwrap();
        let taken: Vec<u64> = (0..9).filter(|&n| s.takes(n)).collect();
        assert_eq!(taken, vec![1, 4, 7]);
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }
}
