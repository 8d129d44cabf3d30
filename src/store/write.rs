//! The ingest side of the store: what is known about a file, and batches
//! of documents written in one transaction each.
//!
//! A batch is all or nothing: a document's row, its new hash and its facts
//! are committed together, so a run killed mid-batch leaves the previous
//! batch and the next run redoes this one. Which files a run saw is kept in
//! a connection-local temporary table, so marking the files that
//! disappeared needs no state that a killed run could leave behind.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::model::Fact;
use crate::store::{Store, StoreError, on};

/// What the store holds about one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    pub hash: String,
    pub extractor: String,
    /// Marked missing by an earlier run.
    pub missing: bool,
}

/// A file whose content was (re)extracted.
#[derive(Debug)]
pub struct Processed<'a> {
    pub path: &'a str,
    pub hash: &'a str,
    pub size: u64,
    pub title: Option<&'a str>,
    pub date: Option<String>,
    pub url: Option<&'a str>,
    pub facts: &'a [Fact],
}

/// One batch of writes, committed together by [`Batch::commit`]; dropped
/// without it, nothing of it is written.
pub struct Batch<'s> {
    tx: Transaction<'s>,
    store_path: &'s std::path::Path,
    now: &'s str,
    root: &'s str,
}

impl Store {
    /// The hash and extractor recorded for `root`/`path`, if any.
    pub fn known(&self, root: &str, path: &str) -> Result<Option<Known>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT hash, extractor, missing_since IS NOT NULL FROM documents
                 WHERE root = ?1 AND path = ?2",
            )
            .map_err(self.sql("cannot read"))?;
        stmt.query_row(params![root, path], |r| {
            Ok(Known {
                hash: r.get(0)?,
                extractor: r.get(1)?,
                missing: r.get(2)?,
            })
        })
        .optional()
        .map_err(self.sql("cannot read"))
    }

    /// Starts the walk of one input folder: forgets what was seen before.
    pub fn begin_root(&mut self) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM temp.seen", [])
            .map(|_| ())
            .map_err(self.sql("cannot prepare"))
    }

    /// Starts a batch of writes for files under `root`.
    pub fn batch<'s>(&'s mut self, root: &'s str) -> Result<Batch<'s>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| StoreError::sqlite(&self.path, "cannot start a transaction", e))?;
        Ok(Batch {
            tx,
            store_path: &self.path,
            now: &self.now,
            root,
        })
    }

    /// Ends the walk of `root`: marks the files it holds that this run did
    /// not see as missing (never deletes them). Returns how many.
    pub fn finish_root(&mut self, root: &str) -> Result<u64, StoreError> {
        let path = self.path.clone();
        let sql = |what| on(&path, what);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sql("cannot start a transaction"))?;
        let n = tx
            .execute(
                "UPDATE documents SET missing_since = ?1
                 WHERE root = ?2 AND missing_since IS NULL
                   AND path NOT IN (SELECT path FROM temp.seen)",
                params![self.now, root],
            )
            .map_err(sql("cannot mark missing documents"))?;
        tx.commit().map_err(sql("cannot commit"))?;
        Ok(n as u64)
    }
}

impl Batch<'_> {
    fn sql(&self, what: &'static str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |e| StoreError::sqlite(self.store_path, what, e)
    }

    /// Records that `path` is present (so it is not marked missing).
    pub fn seen(&self, path: &str) -> Result<(), StoreError> {
        self.tx
            .prepare_cached("INSERT OR IGNORE INTO temp.seen (path) VALUES (?1)")
            .and_then(|mut s| s.execute([path]))
            .map(|_| ())
            .map_err(self.sql("cannot write"))
    }

    /// A file seen again with the content already stored: its `last_seen`
    /// moves (only when it differs) and it is present again if it was
    /// missing.
    pub fn unchanged(&self, path: &str) -> Result<(), StoreError> {
        self.seen(path)?;
        self.tx
            .prepare_cached(
                "UPDATE documents SET last_seen = ?1, missing_since = NULL
                 WHERE root = ?2 AND path = ?3
                   AND (last_seen <> ?1 OR missing_since IS NOT NULL)",
            )
            .and_then(|mut s| s.execute(params![self.now, self.root, path]))
            .map(|_| ())
            .map_err(self.sql("cannot write"))
    }

    /// A new or changed file: its row is written and its facts replaced.
    pub fn processed(&self, doc: &Processed<'_>, extractor: &str) -> Result<(), StoreError> {
        self.seen(doc.path)?;
        let id: i64 = self
            .tx
            .prepare_cached(
                "INSERT INTO documents (root, path, hash, size, title, date, url, facts,
                                        extractor, first_seen, last_seen, processed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?10)
                 ON CONFLICT (root, path) DO UPDATE SET
                    hash = excluded.hash, size = excluded.size, title = excluded.title,
                    date = excluded.date, url = excluded.url, facts = excluded.facts,
                    extractor = excluded.extractor, last_seen = excluded.last_seen,
                    processed = excluded.processed, missing_since = NULL
                 RETURNING id",
            )
            .and_then(|mut s| {
                s.query_row(
                    params![
                        self.root,
                        doc.path,
                        doc.hash,
                        i64::try_from(doc.size).unwrap_or(i64::MAX),
                        doc.title,
                        doc.date,
                        doc.url,
                        doc.facts.len() as i64,
                        extractor,
                        self.now
                    ],
                    |r| r.get(0),
                )
            })
            .map_err(self.sql("cannot write a document"))?;
        self.tx
            .prepare_cached("DELETE FROM facts WHERE document = ?1")
            .and_then(|mut s| s.execute([id]))
            .map_err(self.sql("cannot replace facts"))?;
        let mut ins = self
            .tx
            .prepare_cached(
                "INSERT INTO facts (document, ordinal, doc, org, org_type, org_id, org_successor,
                    metric, value, unit, approx, bound, period, status, as_of, evidence,
                    start, \"end\", mention, rule, url, title, date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                    ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
            )
            .map_err(self.sql("cannot write facts"))?;
        for (i, f) in doc.facts.iter().enumerate() {
            ins.execute(params![
                id,
                i as i64,
                f.doc,
                f.org,
                f.org_type,
                f.org_id,
                f.org_successor,
                f.metric.as_str(),
                f.value.to_string(),
                f.unit,
                f.approx,
                f.bound.map(|b| b.as_str()),
                f.period,
                f.status.map(|s| s.as_str()),
                f.as_of,
                f.evidence,
                f.start as i64,
                f.end as i64,
                f.mention,
                f.rule,
                f.url,
                f.title,
                f.date,
            ])
            .map_err(self.sql("cannot write facts"))?;
        }
        Ok(())
    }

    /// Commits the batch: everything in it is durable, or nothing is.
    pub fn commit(self) -> Result<(), StoreError> {
        let path = self.store_path;
        self.tx
            .commit()
            .map_err(|e| StoreError::sqlite(path, "cannot commit", e))
    }
}
