//! Sink stage: facts as JSON Lines or CSV, to stdout or to a file written
//! atomically.
//!
//! This is the only module that writes data to stdout. A file output is
//! written to a temporary file in the same folder, flushed to disk, then
//! renamed over the target, so an interrupted run leaves the previous file
//! (or none) rather than half a dataset. The rename replaces what the user
//! named: a symbolic link is replaced, never written through. A FIFO or a
//! character device (`/dev/null`, a terminal) is written in place, and
//! `/dev/stdout` is stdout. CSV cells that a spreadsheet would run as a
//! formula are neutralised; JSONL keeps the exact text.

mod json;

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::model::{FACT_COLUMNS, Fact};
use crate::store::read::DatasetRow;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
}

impl Format {
    /// The format a file name asks for, by its extension.
    pub fn from_path(p: &Path) -> Option<Format> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Where an output goes: stdout, a stream written in place, or a regular
/// file replaced atomically when it is finished.
pub enum Output {
    Stdout(BufWriter<io::Stdout>),
    /// A FIFO or character device named by the user (or `/dev/stderr`):
    /// it cannot be replaced, and must not be.
    Stream(BufWriter<File>),
    /// A temporary file in the target's own folder, renamed over it.
    Atomic {
        tmp: BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

/// What a path named for output is.
enum Destination {
    Stdout,
    Stream,
    /// Replace it; keep these permission bits (an existing file's).
    Replace {
        mode: Option<u32>,
    },
}

fn refuse(kind: io::ErrorKind, what: &str) -> io::Error {
    io::Error::new(kind, what.to_owned())
}

/// Decides how to write to `p` without following anything the user did
/// not name: a link is replaced (its target left alone), except a link to
/// a process's own descriptors (`/dev/stdout` is `/proc/self/fd/1`).
fn destination(p: &Path) -> io::Result<Destination> {
    if p.as_os_str().is_empty() {
        return Err(refuse(io::ErrorKind::InvalidInput, "empty output path"));
    }
    if p.as_os_str() == "-" {
        return Ok(Destination::Stdout);
    }
    let meta = match fs::symlink_metadata(p) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok(Destination::Replace { mode: None });
        }
        Err(e) => return Err(e),
    };
    let ft = meta.file_type();
    if ft.is_symlink() {
        if let Ok(target) = fs::read_link(p) {
            let target = target.to_string_lossy();
            for fds in ["/proc/self/fd/", "/dev/fd/"] {
                if let Some(n) = target.strip_prefix(fds) {
                    return Ok(if n == "1" {
                        Destination::Stdout
                    } else {
                        Destination::Stream
                    });
                }
            }
        }
        if fs::metadata(p).is_ok_and(|m| m.is_dir()) {
            return Err(refuse(io::ErrorKind::IsADirectory, "is a directory"));
        }
        return Ok(Destination::Replace { mode: None });
    }
    if ft.is_dir() {
        return Err(refuse(io::ErrorKind::IsADirectory, "is a directory"));
    }
    if ft.is_file() {
        #[cfg(unix)]
        let mode = {
            use std::os::unix::fs::PermissionsExt;
            Some(meta.permissions().mode() & 0o7777)
        };
        #[cfg(not(unix))]
        let mode = None;
        return Ok(Destination::Replace { mode });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() || ft.is_char_device() {
            return Ok(Destination::Stream);
        }
    }
    Err(refuse(
        io::ErrorKind::InvalidInput,
        "not a regular file, FIFO or character device; refusing to write to it",
    ))
}

impl Output {
    /// Opens the output: stdout for `None` or `-`, else as `destination`
    /// decides. A file's temporary copy is created now, in the target's
    /// folder, so a folder that is missing or read-only fails the run
    /// before any work is done.
    pub fn open(out: Option<&Path>) -> io::Result<Output> {
        let stdout = || Output::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()));
        let Some(p) = out else {
            return Ok(stdout());
        };
        Ok(match destination(p)? {
            Destination::Stdout => stdout(),
            Destination::Stream => {
                let f = fs::OpenOptions::new().append(true).open(p)?;
                Output::Stream(BufWriter::with_capacity(1 << 16, f))
            }
            Destination::Replace { mode } => {
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let mut b = tempfile::Builder::new();
                b.prefix(".finfacts-").suffix(".tmp");
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    // A new file gets the usual 0666 less the umask.
                    b.permissions(fs::Permissions::from_mode(0o666));
                }
                let tmp = b.tempfile_in(&dir).map_err(|e| {
                    // tempfile adds the random name; the folder is what matters.
                    let full = e.to_string();
                    let cause = full.split(" at path ").next().unwrap_or(&full);
                    io::Error::new(
                        e.kind(),
                        format!("cannot create a file in {}: {cause}", dir.display()),
                    )
                })?;
                #[cfg(unix)]
                if let Some(mode) = mode {
                    use std::os::unix::fs::PermissionsExt;
                    tmp.as_file()
                        .set_permissions(fs::Permissions::from_mode(mode))?;
                }
                #[cfg(not(unix))]
                let _ = mode;
                Output::Atomic {
                    tmp: BufWriter::with_capacity(1 << 16, tmp),
                    path: p.to_path_buf(),
                }
            }
        })
    }

    /// Flushes; a file is synced to disk, renamed over the target, and its
    /// folder synced, so the target is the old file or the whole new one.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush(),
            Output::Stream(mut w) => w.flush(),
            Output::Atomic { tmp, path } => {
                let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                tmp.persist(&path).map_err(|e| e.error)?;
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
                    && let Ok(d) = File::open(dir)
                {
                    let _ = d.sync_all();
                }
                Ok(())
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::Stream(w) => w.write(buf),
            Output::Atomic { tmp, .. } => tmp.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.write_all(buf),
            Output::Stream(w) => w.write_all(buf),
            Output::Atomic { tmp, .. } => tmp.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::Stream(w) => w.flush(),
            Output::Atomic { tmp, .. } => tmp.flush(),
        }
    }
}

/// Writes facts, one at a time, in the order given.
pub struct FactWriter {
    target: Output,
    format: Format,
    csv_header_done: bool,
    explain: bool,
    line: Vec<u8>,
}

/// Prefixes with `'` a cell that a spreadsheet would take for a formula
/// (OWASP CSV injection advice): one whose first character, after any
/// spaces, is `=`, `+`, `-`, `@`, tab, carriage return, line feed or a
/// full-width `＝ ＋ － ＠`. A plain number ("-3", "4.8") is left alone: it
/// is data, not a formula.
pub fn csv_safe(cell: &str) -> Cow<'_, str> {
    let first = cell.trim_start_matches(' ').chars().next();
    let risky = matches!(
        first,
        Some(
            '=' | '+'
                | '-'
                | '@'
                | '\t'
                | '\r'
                | '\n'
                | '\u{ff1d}'
                | '\u{ff0b}'
                | '\u{ff0d}'
                | '\u{ff20}'
        )
    );
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// "-3", "4.8", "-0.25": an optional minus, digits, an optional fraction.
fn is_plain_number(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// The CSV row of a fact, in `FACT_COLUMNS` order.
pub fn csv_row(f: &Fact, explain: bool) -> Vec<String> {
    let mut row = vec![
        f.doc.clone(),
        f.org.clone(),
        f.org_type.clone(),
        opt(&f.org_id).to_owned(),
        opt(&f.org_successor).to_owned(),
        f.metric.as_str().to_owned(),
        f.value.to_string(),
        f.unit.clone(),
        f.approx.to_string(),
        f.bound.map(|b| b.as_str()).unwrap_or("").to_owned(),
        opt(&f.period).to_owned(),
        f.status.map(|s| s.as_str()).unwrap_or("").to_owned(),
        opt(&f.as_of).to_owned(),
        f.evidence.clone(),
        f.start.to_string(),
        f.end.to_string(),
        f.mention.clone(),
        f.rule.clone(),
        opt(&f.url).to_owned(),
        opt(&f.title).to_owned(),
        opt(&f.date).to_owned(),
    ];
    if explain {
        row.push(opt(&f.explain).to_owned());
    }
    row.into_iter().map(|c| csv_safe(&c).into_owned()).collect()
}

/// The CSV row of a dataset row, in `DATASET_COLUMNS` order: what
/// `finfacts export` and the report's CSV both write.
pub fn dataset_record(r: &DatasetRow) -> Vec<String> {
    let list = |v: &[String]| serde_json::to_string(v).unwrap_or_default();
    let row = [
        r.org.clone(),
        r.org_type.clone(),
        opt(&r.org_id).to_owned(),
        opt(&r.org_successor).to_owned(),
        r.metric.clone(),
        r.value.clone(),
        r.unit.clone(),
        opt(&r.period).to_owned(),
        opt(&r.as_of).to_owned(),
        r.articles.to_string(),
        r.mentions.to_string(),
        opt(&r.first_date).to_owned(),
        opt(&r.last_date).to_owned(),
        r.first_seen.clone(),
        list(&r.statuses),
        list(&r.documents),
    ];
    row.iter().map(|c| csv_safe(c).into_owned()).collect()
}

impl FactWriter {
    /// Output to stdout (`None` or `-`) or to a file, written atomically
    /// (see [`Output::open`]).
    pub fn create(out: Option<&Path>, format: Format, explain: bool) -> io::Result<FactWriter> {
        Ok(FactWriter {
            target: Output::open(out)?,
            format,
            csv_header_done: false,
            explain,
            line: Vec::with_capacity(1024),
        })
    }

    fn sink(&mut self) -> &mut dyn Write {
        &mut self.target
    }

    /// Writes the CSV header now (an empty dataset still has one).
    pub fn begin(&mut self) -> io::Result<()> {
        if self.format == Format::Csv && !self.csv_header_done {
            let mut cols: Vec<&str> = FACT_COLUMNS.to_vec();
            if self.explain {
                cols.push("explain");
            }
            let line = csv_line(&cols)?;
            self.sink().write_all(&line)?;
            self.csv_header_done = true;
        }
        Ok(())
    }

    pub fn write(&mut self, f: &Fact) -> io::Result<()> {
        self.begin()?;
        match self.format {
            Format::Jsonl => {
                self.line.clear();
                json::fact(&mut self.line, f);
                self.line.push(b'\n');
                let line = std::mem::take(&mut self.line);
                let r = self.sink().write_all(&line);
                self.line = line;
                r
            }
            Format::Csv => {
                let row = csv_row(f, self.explain);
                let line = csv_line(&row)?;
                self.sink().write_all(&line)
            }
        }
    }

    /// Hands what is buffered to the operating system (the file stays
    /// temporary until `finish`).
    pub fn flush(&mut self) -> io::Result<()> {
        self.sink().flush()
    }

    /// Flushes; for a file, syncs it and renames it over the target.
    pub fn finish(mut self) -> io::Result<()> {
        self.begin()?;
        self.target.finish()
    }
}

fn csv_line<S: AsRef<[u8]>>(cells: &[S]) -> io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(cells).map_err(io::Error::other)?;
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

/// Writes text to stdout (for the report-style commands).
pub fn print_stdout(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(csv_safe("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_safe("-£3m"), "'-£3m");
        assert_eq!(csv_safe("@cmd"), "'@cmd");
        assert_eq!(csv_safe("NHS Southend CCG"), "NHS Southend CCG");
        assert_eq!(csv_safe("  =1+1"), "'  =1+1");
        assert_eq!(csv_safe("\n=1+1"), "'\n=1+1");
        assert_eq!(csv_safe("\u{ff1d}1+1"), "'\u{ff1d}1+1");
        assert_eq!(csv_safe("+44 20"), "'+44 20");
        assert_eq!(csv_safe("-1+2"), "'-1+2");
        assert_eq!(csv_safe("-"), "'-");
        assert_eq!(csv_safe("-4800000"), "-4800000");
        assert_eq!(csv_safe("-0.25"), "-0.25");
        assert_eq!(csv_safe("4.8"), "4.8");
        assert_eq!(csv_safe(""), "");
    }

    #[test]
    fn csv_quotes_per_rfc4180() {
        let l = csv_line(&["a,b", "say \"hi\"", "plain"]).unwrap();
        assert_eq!(
            String::from_utf8(l).unwrap(),
            "\"a,b\",\"say \"\"hi\"\"\",plain\r\n"
        );
    }
}
