//! Command-line arguments: parsing and validation only.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::input::{Fields, InputFormat, Shard, Sources};
use crate::output::Format;

/// Financial facts about UK public health bodies, from news articles.
#[derive(Debug, Parser)]
#[command(name = "finfacts", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract facts from articles (files or directories) as JSONL or CSV.
    Extract(ExtractArgs),
    /// Print every recognised mention (figures, bodies, cues) as JSON Lines.
    Mentions(MentionsArgs),
    /// Score predicted facts against annotated ones (precision, recall, F1).
    Eval(EvalArgs),
    /// Add new and changed articles to a SQLite store (for scheduled runs).
    Ingest(IngestArgs),
    /// Write the store's dataset or facts as CSV or JSON Lines.
    Export(ExportArgs),
    /// Build a browsable offline HTML report of the store (charts, conflicts).
    Report(ReportArgs),
}

/// Options shared by the commands that read a corpus.
#[derive(Debug, Args, Clone)]
pub struct CorpusArgs {
    /// Files or directories to read (default: corpus/).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A folder of pattern files replacing the embedded ones (file by file).
    #[arg(long, value_name = "DIR")]
    pub patterns: Option<PathBuf>,
    /// Worker threads (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No summary line and no progress bar on stderr (warnings still shown).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
}

impl CorpusArgs {
    pub fn inputs(&self) -> Vec<PathBuf> {
        if self.paths.is_empty() {
            vec![PathBuf::from("corpus")]
        } else {
            self.paths.clone()
        }
    }
}

/// How to read the inputs: formats, JSON fields, standard input, shards
/// (for the commands built on `cmd::for_each_document`).
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Read documents as JSON Lines from standard input instead of PATHs.
    #[arg(long, conflicts_with = "paths", conflicts_with = "input_format")]
    pub stdin: bool,
    /// Input format (default: by extension, then by content; `.gz` is read through).
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,
    /// JSON Lines: the field holding the text (default: text, body or content).
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// JSON Lines: the field holding the document id (default: id; else FILE:LINE).
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
    /// JSON Lines: the field holding the publication date (default: date, published, ...).
    #[arg(long, value_name = "NAME")]
    pub date_field: Option<String>,
    /// Process only shard I of N (1-based): a deterministic 1/N of the documents.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,
}

impl InputArgs {
    /// `paths` with the options that say how to read them.
    pub fn sources(&self, paths: Vec<PathBuf>) -> Sources {
        Sources {
            paths,
            stdin: self.stdin,
            format: self.input_format,
            fields: Fields::with(
                self.text_field.as_deref(),
                self.id_field.as_deref(),
                self.date_field.as_deref(),
            ),
            shard: self.shard,
        }
    }
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub input: InputArgs,
    /// Output file (`-` or absent: stdout). Written atomically.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Output format (default: from the --out extension, else jsonl).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Also report figures with no financial cue, as metric `other`.
    #[arg(long)]
    pub all_figures: bool,
    /// Add to each fact the cues, rules and attribution path behind it.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct MentionsArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Annotated facts (JSON Lines, the gold schema).
    pub gold: PathBuf,
    /// Predicted facts (JSON Lines, as `extract` writes them).
    pub pred: PathBuf,
    /// Print the misses and false alarms too.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// The SQLite store (created if absent).
    #[arg(long, value_name = "FILE", default_value = "output/finfacts.sqlite")]
    pub db: PathBuf,
    /// When another ingest holds the store, wait this long before giving up.
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    pub wait: u64,
    /// Documents per transaction (a killed run redoes at most one batch).
    #[arg(long, value_name = "N", default_value_t = 512,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub batch: u64,
}

/// Which table `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// One row per distinct fact across articles.
    Dataset,
    /// One row per extracted fact, as `extract` writes them.
    Facts,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The SQLite store to read.
    #[arg(long, value_name = "FILE", default_value = "output/finfacts.sqlite")]
    pub db: PathBuf,
    /// Output file (`-`: stdout); written atomically.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: PathBuf,
    /// Which table (default: `facts` when the file name starts with "facts",
    /// else `dataset`).
    #[arg(long, value_enum)]
    pub table: Option<Table>,
    /// Output format (default: from the --out extension, else jsonl).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The SQLite store to read.
    #[arg(long, value_name = "FILE", default_value = "output/finfacts.sqlite")]
    pub db: PathBuf,
    /// The report's folder; replaced whole (and atomically) by the new one.
    #[arg(long, short = 'o', value_name = "DIR", default_value = "output/report")]
    pub out: PathBuf,
    /// No summary line on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}
