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

use std::path::Path;

use anyhow::Context;
use askama::Template;

use crate::model::FACT_COLUMNS;
use crate::output::{csv_row, csv_safe};
use crate::store::Store;
use crate::store::read::{DATASET_COLUMNS, DatasetRow};

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

/// One CSV record, as `export` and `extract` write them (RFC 4180, CRLF).
fn csv_record<S: AsRef<[u8]>>(out: &mut Vec<u8>, cells: &[S]) -> anyhow::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(cells)?;
    w.flush()?;
    Ok(())
}

/// The dataset as `finfacts export --out dataset.csv` writes it.
pub fn dataset_csv(rows: &[DatasetRow]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    csv_record(&mut out, &DATASET_COLUMNS)?;
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let list = |v: &[String]| serde_json::to_string(v).unwrap_or_default();
    for r in rows {
        let row = [
            r.org.clone(),
            r.org_type.clone(),
            opt(&r.org_id),
            opt(&r.org_successor),
            r.metric.clone(),
            r.value.clone(),
            r.unit.clone(),
            opt(&r.period),
            opt(&r.as_of),
            r.articles.to_string(),
            r.mentions.to_string(),
            opt(&r.first_date),
            opt(&r.last_date),
            r.first_seen.clone(),
            list(&r.statuses),
            list(&r.documents),
        ];
        let row: Vec<String> = row.iter().map(|c| csv_safe(c).into_owned()).collect();
        csv_record(&mut out, &row)?;
    }
    Ok(out)
}

/// The facts as `finfacts export --out facts.csv` writes them.
pub fn facts_csv(report: &Report) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    csv_record(&mut out, &FACT_COLUMNS)?;
    for r in &report.snapshot.facts {
        csv_record(&mut out, &csv_row(&r.fact, false))?;
    }
    Ok(out)
}

fn render(t: &impl Template, name: &str) -> anyhow::Result<Vec<u8>> {
    Ok(t.render()
        .with_context(|| format!("{name}: cannot render"))?
        .into_bytes())
}

/// Builds the report of the store `db` into the folder `out`.
pub fn build(db: &Path, out: &Path) -> anyhow::Result<Built> {
    // The target is checked before anything is read or written.
    let mut site = site::Site::create(out)?;
    let store = Store::open_reader(db)?;
    let snapshot = Snapshot::read(&store)?;
    drop(store);
    let report = Report::new(snapshot);

    site.write("style.css", STYLE.as_bytes())?;
    site.write("report.js", SCRIPT.as_bytes())?;
    site.write("dataset.csv", &dataset_csv(&report.snapshot.dataset)?)?;
    site.write("facts.csv", &facts_csv(&report)?)?;

    let mut pages = 0;
    site.write("index.html", &render(&pages::index(&report), "index.html")?)?;
    pages += 1;
    for (name, page) in pages::conflicts(&report) {
        site.write(&name, &render(&page, &name)?)?;
        pages += 1;
    }
    site.folder("bodies")?;
    for body in &report.bodies {
        let body_pages = pages::body(&report, body)
            .map_err(|e| anyhow::anyhow!("bodies/{}.html: {e}", body.slug))?;
        for (name, page) in body_pages {
            let rel = format!("bodies/{name}");
            site.write(&rel, &render(&page, &rel)?)?;
            pages += 1;
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
