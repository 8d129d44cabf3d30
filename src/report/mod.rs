//! `finfacts report`: the store's dataset as a static, self-contained
//! site that opens from the file system (no server, no network).
//!
//! ```text
//! store ──Snapshot──▶ model ──Report──▶ pages (askama) ──▶ site (temp folder, rename)
//!  one read            bodies, latest,   index, bodies/*, conflicts,
//!  transaction         conflicts, totals charts (plotters SVG)
//! ```
//!
//! - `data`: one read transaction: facts, the `dataset` and `conflicts` views;
//! - `model`: bodies, the moment a figure speaks of, "latest", totals;
//! - `money`: £4.8m and £4,800,000 from the exact decimal;
//! - `chart`: SVG charts by plotters;
//! - `pages`: what each template shows; `templates/` holds the templates;
//! - `site`: the atomic folder writer.
//!
//! Output is deterministic: the same database gives the same bytes (nothing
//! time-dependent is written; the "latest ingest" shown is the database's).

pub mod chart;
pub mod data;
pub mod model;
pub mod money;
pub mod pages;
pub mod site;

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use askama::Template;
use rayon::prelude::*;

use crate::model::FACT_COLUMNS;
use crate::output::{csv_row, dataset_record};
use crate::store::Store;
use crate::store::read::DATASET_COLUMNS;

pub use data::Snapshot;
pub use model::Report;

const STYLE: &str = include_str!("assets/style.css");
const SCRIPT: &str = include_str!("assets/report.js");

/// What a report run produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Built {
    pub bodies: usize,
    pub facts: usize,
    pub conflicts: usize,
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
}

/// A CSV writer as `export` and `extract` write (RFC 4180, CRLF).
fn csv_writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w)
}

fn render(t: &impl Template, name: &str) -> anyhow::Result<Vec<u8>> {
    Ok(t.render()
        .with_context(|| format!("{name}: cannot render"))?
        .into_bytes())
}

/// A rendered page: its path in the site and its bytes.
type Page = (String, Vec<u8>);

/// Bodies rendered at a time (in parallel), then written in order.
const BODIES_PER_BATCH: usize = 64;

/// Builds the report of the store `db` into the folder `out`.
pub fn build(db: &Path, out: &Path) -> anyhow::Result<Built> {
    // The target is checked before anything is read or written.
    let mut site = site::Site::create(out)?;
    let store = Store::open_reader(db)?;
    let snapshot = site.write_with("dataset.csv", |w| {
        let mut csv = csv_writer(w);
        csv.write_record(DATASET_COLUMNS)?;
        let snapshot = Snapshot::read(&store, |r| Ok(csv.write_record(dataset_record(r))?))?;
        csv.flush()?;
        Ok(snapshot)
    })?;
    drop(store);
    let report = Report::new(snapshot);

    site.write("style.css", STYLE.as_bytes())?;
    site.write("report.js", SCRIPT.as_bytes())?;
    site.write_with("facts.csv", |w| {
        let mut csv = csv_writer(w);
        csv.write_record(FACT_COLUMNS)?;
        for r in &report.snapshot.facts {
            csv.write_record(csv_row(&r.fact, false))?;
        }
        Ok(csv.flush()?)
    })?;

    let mut pages = 0;
    site.write("index.html", &render(&pages::index(&report), "index.html")?)?;
    pages += 1;
    // One conflicts page at a time: a large store has hundreds.
    for n in 1..=pages::conflict_pages(&report) {
        let (name, page) = pages::conflicts(&report, n);
        site.write(&name, &render(&page, &name)?)?;
        pages += 1;
    }
    site.folder("bodies")?;
    for batch in report.bodies.chunks(BODIES_PER_BATCH) {
        let rendered: Vec<anyhow::Result<Vec<Page>>> = batch
            .par_iter()
            .map(|body| {
                let body_pages = pages::body(&report, body)
                    .map_err(|e| anyhow::anyhow!("bodies/{}.html: {e}", body.slug))?;
                body_pages
                    .into_iter()
                    .map(|(name, page)| {
                        let rel = format!("bodies/{name}");
                        let html = render(&page, &rel)?;
                        Ok((rel, html))
                    })
                    .collect()
            })
            .collect();
        for files in rendered {
            for (rel, html) in files? {
                site.write(&rel, &html)?;
                pages += 1;
            }
        }
    }
    let written = site.finish(&["bodies"])?;
    Ok(Built {
        bodies: report.bodies.len(),
        facts: report.snapshot.facts.len(),
        conflicts: report.groups.len(),
        pages,
        files: written.files,
        bytes: written.bytes,
    })
}
