//! Sink stage: facts as JSON Lines or CSV, to stdout or to a file written
//! atomically.
//!
//! This is the only module that writes data to stdout. A file output is
//! written to a temporary file in the same folder, flushed to disk, then
//! renamed over the target, so an interrupted run leaves the previous file
//! (or none) rather than half a dataset. CSV cells that a spreadsheet would
//! run as a formula are neutralised; JSONL keeps the exact text.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::model::{FACT_COLUMNS, Fact};

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

/// Where the output goes.
enum Target {
    Stdout(BufWriter<io::Stdout>),
    File {
        tmp: tempfile::NamedTempFile,
        path: PathBuf,
    },
}

/// Writes facts, one at a time, in the order given.
pub struct FactWriter {
    target: Target,
    format: Format,
    csv_header_done: bool,
    explain: bool,
    line: Vec<u8>,
}

/// Prefixes a cell that a spreadsheet would take for a formula (OWASP CSV
/// injection advice): `=`, `+`, `-`, `@`, tab and carriage return.
pub fn csv_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
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

impl FactWriter {
    /// Output to stdout (`None` or `-`) or to a file, written atomically.
    pub fn create(out: Option<&Path>, format: Format, explain: bool) -> io::Result<FactWriter> {
        let target = match out {
            None => Target::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
            Some(p) if p.as_os_str() == "-" => {
                Target::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))
            }
            Some(p) => {
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                if p.is_dir() {
                    return Err(io::Error::new(
                        io::ErrorKind::IsADirectory,
                        "is a directory",
                    ));
                }
                let tmp = tempfile::Builder::new()
                    .prefix(".finfacts-")
                    .suffix(".tmp")
                    .tempfile_in(&dir)?;
                Target::File {
                    tmp,
                    path: p.to_path_buf(),
                }
            }
        };
        Ok(FactWriter {
            target,
            format,
            csv_header_done: false,
            explain,
            line: Vec::with_capacity(1024),
        })
    }

    fn sink(&mut self) -> &mut dyn Write {
        match &mut self.target {
            Target::Stdout(w) => w,
            Target::File { tmp, .. } => tmp.as_file_mut(),
        }
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
                serde_json::to_writer(&mut self.line, f).map_err(io::Error::other)?;
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
        match self.target {
            Target::Stdout(mut w) => w.flush(),
            Target::File { tmp, path } => {
                let mut file = tmp;
                file.as_file_mut().flush()?;
                file.as_file().sync_all()?;
                file.persist(&path).map_err(|e| e.error)?;
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
                    && let Ok(d) = std::fs::File::open(dir)
                {
                    let _ = d.sync_all();
                }
                Ok(())
            }
        }
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
