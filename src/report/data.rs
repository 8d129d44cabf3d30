//! What the report shows, read from the store in one read transaction (a
//! consistent snapshot, even while an ingest writes): the facts of the
//! documents present now, the `dataset` view (streamed to its CSV, not
//! kept), the `conflicts` view, and a few counts.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::model::{Bound, Fact, Metric, Status};
use crate::store::read::{DATASET_SQL, DatasetRow};
use crate::store::{Store, StoreError};

/// One extracted fact and the article it came from.
#[derive(Clone, Debug)]
pub struct Row {
    pub fact: Fact,
    /// The content hash of its document: the same article saved under two
    /// names is one article.
    pub article: String,
    /// Position in the document's output (0 = first).
    pub ordinal: i64,
}

/// One row of the `conflicts` view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictRow {
    pub org: String,
    pub org_type: String,
    pub org_id: Option<String>,
    pub metric: String,
    pub value: String,
    pub unit: String,
    pub period: String,
    pub as_of: Option<String>,
    pub articles: u64,
    pub mentions: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub statuses: Vec<String>,
    pub documents: Vec<String>,
}

/// Everything the report is built from.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Facts of the present documents, by input folder, path and position.
    pub facts: Vec<Row>,
    /// The `conflicts` view, by body, metric, unit, period, as-of and value.
    pub conflicts: Vec<ConflictRow>,
    /// Documents present now.
    pub documents: u64,
    /// The latest ingest that saw a document (UTC), if any.
    pub last_ingest: Option<String>,
}

const FACTS_SQL: &str = "
    SELECT f.rowid, f.doc, f.org, f.org_type, f.org_id, f.org_successor, f.metric, f.value,
           f.unit, f.approx, f.bound, f.period, f.status, f.as_of, f.evidence, f.start,
           f.\"end\", f.mention, f.rule, f.url, f.title, f.date, d.hash, f.ordinal
    FROM facts AS f JOIN documents AS d ON d.id = f.document
    WHERE d.missing_since IS NULL
    ORDER BY d.root, d.path, f.ordinal";

/// The order `finfacts export` writes the dataset in.
const CONFLICTS_SQL: &str = "
    SELECT org, org_type, org_id, metric, value, unit, period, as_of, articles, mentions,
           first_date, last_date, statuses, documents
    FROM conflicts
    ORDER BY org_id, org, metric, unit, period, as_of, value";

fn bad(store: &Store, table: &'static str, row: i64, message: String) -> StoreError {
    StoreError::BadRow {
        path: store.path.clone(),
        table,
        row,
        message,
    }
}

/// A JSON array of strings (as the views' list columns hold), sorted.
fn list(store: &Store, table: &'static str, n: i64, text: &str) -> Result<Vec<String>, StoreError> {
    let mut v: Vec<String> = serde_json::from_str(text)
        .map_err(|e| bad(store, table, n, format!("not a JSON list: {e}")))?;
    v.sort_unstable();
    Ok(v)
}

fn count(store: &Store, table: &'static str, n: i64, v: i64) -> Result<u64, StoreError> {
    u64::try_from(v).map_err(|_| bad(store, table, n, format!("negative count {v}")))
}

fn fact_of(store: &Store, r: &rusqlite::Row<'_>) -> Result<Row, StoreError> {
    let e = |err| StoreError::sqlite(&store.path, "cannot read facts", err);
    let rowid: i64 = r.get(0).map_err(e)?;
    let bad = |m: String| bad(store, "facts", rowid, m);
    let metric: String = r.get(6).map_err(e)?;
    let value: String = r.get(7).map_err(e)?;
    let bound: Option<String> = r.get(10).map_err(e)?;
    let status: Option<String> = r.get(12).map_err(e)?;
    let start: i64 = r.get(15).map_err(e)?;
    let end: i64 = r.get(16).map_err(e)?;
    let fact = Fact {
        doc: r.get(1).map_err(e)?,
        org: r.get(2).map_err(e)?,
        org_type: r.get(3).map_err(e)?,
        org_id: r.get(4).map_err(e)?,
        org_successor: r.get(5).map_err(e)?,
        metric: Metric::parse(&metric).ok_or_else(|| bad(format!("unknown metric {metric:?}")))?,
        value: Decimal::from_str(&value)
            .map_err(|_| bad(format!("value {value:?} is not a decimal")))?,
        unit: r.get(8).map_err(e)?,
        approx: r.get(9).map_err(e)?,
        bound: match bound.as_deref() {
            None => None,
            Some("lower") => Some(Bound::Lower),
            Some("upper") => Some(Bound::Upper),
            Some(b) => return Err(bad(format!("unknown bound {b:?}"))),
        },
        period: r.get(11).map_err(e)?,
        status: match status.as_deref() {
            None => None,
            Some(s) => Some(Status::parse(s).ok_or_else(|| bad(format!("unknown status {s:?}")))?),
        },
        as_of: r.get(13).map_err(e)?,
        evidence: r.get(14).map_err(e)?,
        start: usize::try_from(start).map_err(|_| bad(format!("start {start} < 0")))?,
        end: usize::try_from(end).map_err(|_| bad(format!("end {end} < 0")))?,
        mention: r.get(17).map_err(e)?,
        rule: r.get(18).map_err(e)?,
        url: r.get(19).map_err(e)?,
        title: r.get(20).map_err(e)?,
        date: r.get(21).map_err(e)?,
        explain: None,
    };
    Ok(Row {
        fact,
        article: r.get(22).map_err(e)?,
        ordinal: r.get(23).map_err(e)?,
    })
}

fn conflict_row_of(
    store: &Store,
    r: &rusqlite::Row<'_>,
    n: i64,
) -> Result<ConflictRow, StoreError> {
    let e = |err| StoreError::sqlite(&store.path, "cannot read the conflicts", err);
    Ok(ConflictRow {
        org: r.get(0).map_err(e)?,
        org_type: r.get(1).map_err(e)?,
        org_id: r.get(2).map_err(e)?,
        metric: r.get(3).map_err(e)?,
        value: r.get(4).map_err(e)?,
        unit: r.get(5).map_err(e)?,
        period: r.get(6).map_err(e)?,
        as_of: r.get(7).map_err(e)?,
        articles: count(store, "conflicts", n, r.get(8).map_err(e)?)?,
        mentions: count(store, "conflicts", n, r.get(9).map_err(e)?)?,
        first_date: r.get(10).map_err(e)?,
        last_date: r.get(11).map_err(e)?,
        statuses: list(store, "conflicts", n, &r.get::<_, String>(12).map_err(e)?)?,
        documents: list(store, "conflicts", n, &r.get::<_, String>(13).map_err(e)?)?,
    })
}

/// Runs `sql` and collects its rows with `of` (given the row and its
/// 1-based number).
fn collect<T>(
    store: &Store,
    tx: &rusqlite::Transaction<'_>,
    sql: &str,
    what: &'static str,
    of: impl Fn(&Store, &rusqlite::Row<'_>, i64) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let e = |err| StoreError::sqlite(&store.path, what, err);
    let mut stmt = tx.prepare(sql).map_err(e)?;
    let mut rows = stmt.query([]).map_err(e)?;
    let mut out = Vec::new();
    let mut n = 0i64;
    while let Some(r) = rows.next().map_err(e)? {
        n += 1;
        out.push(of(store, r, n)?);
    }
    Ok(out)
}

impl Snapshot {
    /// Reads the store in one read transaction; the `dataset` view's rows
    /// (in export order) go to `dataset` as they are read.
    pub fn read(
        store: &Store,
        mut dataset: impl FnMut(&DatasetRow) -> anyhow::Result<()>,
    ) -> anyhow::Result<Snapshot> {
        let tx = store
            .conn
            .unchecked_transaction()
            .map_err(|e| StoreError::sqlite(&store.path, "cannot read", e))?;
        let facts = collect(store, &tx, FACTS_SQL, "cannot read facts", |s, r, _| {
            fact_of(s, r)
        })?;
        {
            let e = |err| StoreError::sqlite(&store.path, "cannot read the dataset", err);
            let mut stmt = tx.prepare(DATASET_SQL).map_err(e)?;
            let mut rows = stmt.query([]).map_err(e)?;
            let mut n = 0i64;
            while let Some(r) = rows.next().map_err(e)? {
                n += 1;
                dataset(&store.dataset_row_of(r, n)?)?;
            }
        }
        let conflicts = collect(
            store,
            &tx,
            CONFLICTS_SQL,
            "cannot read the conflicts",
            conflict_row_of,
        )?;
        let (documents, last_ingest): (i64, Option<String>) = tx
            .query_row(
                "SELECT COUNT(*), MAX(last_seen) FROM documents WHERE missing_since IS NULL",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| StoreError::sqlite(&store.path, "cannot read documents", e))?;
        Ok(Snapshot {
            facts,
            conflicts,
            documents: count(store, "documents", 0, documents)?,
            last_ingest,
        })
    }
}
