//! The export side of the store: facts and dataset rows, streamed in a
//! stable order.
//!
//! Facts come back as [`Fact`]s, exactly as `extract` writes them, for the
//! documents present now (a file marked missing keeps its rows in the
//! database but is not exported), ordered by input folder, path and
//! position. Dataset rows come from the `dataset` view, ordered by their
//! whole key, so an export is byte-identical however the store was built.
//! Each export is one read transaction: a consistent snapshot even while an
//! ingest writes.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::{Bound, Fact, Metric, Status};
use crate::store::{Store, StoreError};

/// One row of the published dataset: a distinct fact across articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetRow {
    pub org: String,
    pub org_type: String,
    pub org_id: Option<String>,
    pub org_successor: Option<String>,
    pub metric: String,
    pub value: String,
    pub unit: String,
    pub period: Option<String>,
    pub as_of: Option<String>,
    /// Distinct articles (by content) reporting it.
    pub articles: u64,
    /// Facts behind it (an article may state it more than once).
    pub mentions: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub first_seen: String,
    pub statuses: Vec<String>,
    pub documents: Vec<String>,
}

/// The CSV header of the dataset, in [`DatasetRow`] field order.
pub const DATASET_COLUMNS: [&str; 16] = [
    "org",
    "org_type",
    "org_id",
    "org_successor",
    "metric",
    "value",
    "unit",
    "period",
    "as_of",
    "articles",
    "mentions",
    "first_date",
    "last_date",
    "first_seen",
    "statuses",
    "documents",
];

const FACTS_SQL: &str = "
    SELECT f.rowid, f.doc, f.org, f.org_type, f.org_id, f.org_successor, f.metric, f.value,
           f.unit, f.approx, f.bound, f.period, f.status, f.as_of, f.evidence, f.start,
           f.\"end\", f.mention, f.rule, f.url, f.title, f.date
    FROM facts AS f JOIN documents AS d ON d.id = f.document
    WHERE d.missing_since IS NULL
    ORDER BY d.root, d.path, f.ordinal";

/// The `dataset` view in export order, columns as [`DATASET_COLUMNS`].
pub(crate) const DATASET_SQL: &str = "
    SELECT org, org_type, org_id, org_successor, metric, value, unit, period, as_of,
           articles, mentions, first_date, last_date, first_seen, statuses, documents
    FROM dataset
    ORDER BY org, org_type, org_id, org_successor, metric, unit, period, as_of, value";

fn bad(store: &Store, table: &'static str, row: i64, message: String) -> StoreError {
    StoreError::BadRow {
        path: store.path.clone(),
        table,
        row,
        message,
    }
}

impl Store {
    /// Calls `each` with every fact of the present documents, in order.
    pub fn each_fact(
        &self,
        mut each: impl FnMut(Fact) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.sql("cannot read"))?;
        let mut stmt = tx
            .prepare(FACTS_SQL)
            .map_err(self.sql("cannot read facts"))?;
        let mut rows = stmt.query([]).map_err(self.sql("cannot read facts"))?;
        while let Some(r) = rows.next().map_err(self.sql("cannot read facts"))? {
            let fact = self.fact_of(r)?;
            each(fact)?;
        }
        Ok(())
    }

    fn fact_of(&self, r: &rusqlite::Row<'_>) -> Result<Fact, StoreError> {
        let e = self.sql("cannot read facts");
        let rowid: i64 = r.get(0).map_err(&e)?;
        let bad = |m: String| bad(self, "facts", rowid, m);
        let metric: String = r.get(6).map_err(&e)?;
        let value: String = r.get(7).map_err(&e)?;
        let bound: Option<String> = r.get(10).map_err(&e)?;
        let status: Option<String> = r.get(12).map_err(&e)?;
        let start: i64 = r.get(15).map_err(&e)?;
        let end: i64 = r.get(16).map_err(&e)?;
        Ok(Fact {
            doc: r.get(1).map_err(&e)?,
            org: r.get(2).map_err(&e)?,
            org_type: r.get(3).map_err(&e)?,
            org_id: r.get(4).map_err(&e)?,
            org_successor: r.get(5).map_err(&e)?,
            metric: Metric::parse(&metric)
                .ok_or_else(|| bad(format!("unknown metric {metric:?}")))?,
            value: Decimal::from_str(&value)
                .map_err(|_| bad(format!("value {value:?} is not a decimal")))?,
            unit: r.get(8).map_err(&e)?,
            approx: r.get(9).map_err(&e)?,
            bound: match bound.as_deref() {
                None => None,
                Some("lower") => Some(Bound::Lower),
                Some("upper") => Some(Bound::Upper),
                Some(b) => return Err(bad(format!("unknown bound {b:?}"))),
            },
            period: r.get(11).map_err(&e)?,
            status: match status.as_deref() {
                None => None,
                Some(s) => {
                    Some(Status::parse(s).ok_or_else(|| bad(format!("unknown status {s:?}")))?)
                }
            },
            as_of: r.get(13).map_err(&e)?,
            evidence: r.get(14).map_err(&e)?,
            start: usize::try_from(start).map_err(|_| bad(format!("start {start} < 0")))?,
            end: usize::try_from(end).map_err(|_| bad(format!("end {end} < 0")))?,
            mention: r.get(17).map_err(&e)?,
            rule: r.get(18).map_err(&e)?,
            url: r.get(19).map_err(&e)?,
            title: r.get(20).map_err(&e)?,
            date: r.get(21).map_err(&e)?,
            explain: None,
        })
    }

    /// Calls `each` with every dataset row, in key order.
    pub fn each_dataset_row(
        &self,
        mut each: impl FnMut(DatasetRow) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(self.sql("cannot read"))?;
        let mut stmt = tx
            .prepare(DATASET_SQL)
            .map_err(self.sql("cannot read the dataset"))?;
        let mut rows = stmt
            .query([])
            .map_err(self.sql("cannot read the dataset"))?;
        let mut n = 0i64;
        while let Some(r) = rows.next().map_err(self.sql("cannot read the dataset"))? {
            n += 1;
            let row = self.dataset_row_of(r, n)?;
            each(row)?;
        }
        Ok(())
    }

    /// Row `n` (from 1) of [`DATASET_SQL`].
    pub(crate) fn dataset_row_of(
        &self,
        r: &rusqlite::Row<'_>,
        n: i64,
    ) -> Result<DatasetRow, StoreError> {
        let e = self.sql("cannot read the dataset");
        let list = |i: usize| -> Result<Vec<String>, StoreError> {
            let text: String = r.get(i).map_err(&e)?;
            let mut list: Vec<String> = serde_json::from_str(&text)
                .map_err(|err| bad(self, "dataset", n, format!("{}: {err}", DATASET_COLUMNS[i])))?;
            // The view lists in no set order (see `schema`); exports do.
            list.sort_unstable();
            Ok(list)
        };
        let count = |i: usize| -> Result<u64, StoreError> {
            let v: i64 = r.get(i).map_err(&e)?;
            u64::try_from(v).map_err(|_| bad(self, "dataset", n, format!("negative count {v}")))
        };
        Ok(DatasetRow {
            org: r.get(0).map_err(&e)?,
            org_type: r.get(1).map_err(&e)?,
            org_id: r.get(2).map_err(&e)?,
            org_successor: r.get(3).map_err(&e)?,
            metric: r.get(4).map_err(&e)?,
            value: r.get(5).map_err(&e)?,
            unit: r.get(6).map_err(&e)?,
            period: r.get(7).map_err(&e)?,
            as_of: r.get(8).map_err(&e)?,
            articles: count(9)?,
            mentions: count(10)?,
            first_date: r.get(11).map_err(&e)?,
            last_date: r.get(12).map_err(&e)?,
            first_seen: r.get(13).map_err(&e)?,
            statuses: list(14)?,
            documents: list(15)?,
        })
    }
}
