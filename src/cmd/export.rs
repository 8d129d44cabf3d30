//! `finfacts export`: the store's dataset or facts as CSV or JSON Lines.
//!
//! Facts are written by the same writer as `extract`, so an export of a
//! store and an extract of the same folder give the same rows. Dataset rows
//! are written here: CSV (RFC 4180, formula-looking cells neutralised as
//! `extract` does, list columns as JSON arrays) or JSON Lines. A file is
//! written atomically (temporary file, fsync, rename); the database is only
//! read, so an export can run during an ingest and sees its last commit.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::cli::{ExportArgs, Table};
use crate::cmd::Outcome;
use crate::output::{FactWriter, Format, dataset_record};
use crate::store::Store;
use crate::store::read::{DATASET_COLUMNS, DatasetRow};

pub fn run(args: ExportArgs) -> anyhow::Result<Outcome> {
    let store = Store::open_reader(&args.db)?;
    let table = args.table.unwrap_or_else(|| table_for(&args.out));
    let format = args
        .format
        .or_else(|| Format::from_path(&args.out))
        .unwrap_or(Format::Jsonl);
    let out = args.out.display().to_string();
    match table {
        Table::Facts => {
            let mut w = FactWriter::create(Some(&args.out), format, false)
                .with_context(|| format!("{out}: cannot write output"))?;
            w.begin().with_context(|| format!("{out}: cannot write"))?;
            store.each_fact(|f| w.write(&f).with_context(|| format!("{out}: cannot write")))?;
            w.finish()
                .with_context(|| format!("{out}: cannot finish the output"))?;
        }
        Table::Dataset => {
            let mut w = DatasetWriter::create(&args.out, format)
                .with_context(|| format!("{out}: cannot write output"))?;
            store.each_dataset_row(|r| {
                w.write(&r).with_context(|| format!("{out}: cannot write"))
            })?;
            w.finish()
                .with_context(|| format!("{out}: cannot finish the output"))?;
        }
    }
    Ok(Outcome::Clean)
}

/// `facts` for a file named `facts*`, else `dataset`.
fn table_for(out: &Path) -> Table {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if stem.starts_with("facts") {
        Table::Facts
    } else {
        Table::Dataset
    }
}

enum Sink {
    Stdout(BufWriter<io::Stdout>),
    File {
        tmp: BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

/// Writes dataset rows, one at a time, to stdout or a file written
/// atomically.
struct DatasetWriter {
    sink: Sink,
    csv: bool,
}

impl DatasetWriter {
    fn create(out: &Path, format: Format) -> io::Result<DatasetWriter> {
        let sink = if out.as_os_str() == "-" {
            Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))
        } else {
            if out.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "is a directory",
                ));
            }
            let dir = match out.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let tmp = tempfile::Builder::new()
                .prefix(".finfacts-")
                .suffix(".tmp")
                .tempfile_in(&dir)?;
            Sink::File {
                tmp: BufWriter::with_capacity(1 << 16, tmp),
                path: out.to_path_buf(),
            }
        };
        let mut w = DatasetWriter {
            sink,
            csv: format == Format::Csv,
        };
        if w.csv {
            w.csv_record(&DATASET_COLUMNS)?;
        }
        Ok(w)
    }

    fn out(&mut self) -> &mut dyn Write {
        match &mut self.sink {
            Sink::Stdout(w) => w,
            Sink::File { tmp, .. } => tmp,
        }
    }

    fn csv_record<S: AsRef<[u8]>>(&mut self, cells: &[S]) -> io::Result<()> {
        let mut c = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        c.write_record(cells).map_err(io::Error::other)?;
        let line = c
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.out().write_all(&line)
    }

    fn write(&mut self, r: &DatasetRow) -> io::Result<()> {
        if self.csv {
            let row = dataset_record(r);
            self.csv_record(&row)
        } else {
            let mut line = serde_json::to_vec(r).map_err(io::Error::other)?;
            line.push(b'\n');
            self.out().write_all(&line)
        }
    }

    /// Flushes; for a file, syncs it and renames it over the target.
    fn finish(self) -> io::Result<()> {
        match self.sink {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File { tmp, path } => {
                let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                tmp.persist(&path).map_err(|e| e.error)?;
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
