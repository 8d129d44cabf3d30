//! finfacts: financial facts about UK public health bodies, from news.
//!
//! The pipeline, one module per stage, plain data between them:
//!
//! ```text
//! corpus    walk + read         → Document
//! input     formats, archives  → Document (text, HTML, JSONL, WARC, gzip, stdin)
//! text      normalise, sentences → Sentence spans
//! recognise figures, orgs, cues → Figure, OrgMention, CueMention
//! facts     type, attribute,    → Fact
//!           qualify, dedupe
//! output    JSONL / CSV         → stdout or an atomically written file
//! store     SQLite (ingest)     → documents, facts, dataset; export
//! report    store → HTML site   → index, a page per body, conflicts, CSV
//! ```
//!
//! Rules and keyword lists live in `patterns/` (embedded at build time,
//! replaceable with `--patterns DIR`) and are compiled once into
//! [`patterns::Patterns`], shared by all threads.

#![forbid(unsafe_code)]

pub mod cli;
pub mod cmd;
pub mod corpus;
pub mod error;
pub mod facts;
pub mod input;
pub mod model;
pub mod normalize;
pub mod output;
pub mod patterns;
pub mod prefilter;
pub mod progress;
pub mod recognise;
pub mod report;
pub mod rx;
pub mod store;
pub mod text;

pub use facts::{Options, extract};
pub use model::{Document, Fact};
pub use patterns::Patterns;
