//! The store's schema: an ordered list of migrations, each one SQL script.
//!
//! A database records the migrations applied to it in `schema_migrations`
//! (and the last one in `PRAGMA user_version`); opening applies the missing
//! ones in order, in one transaction, so a database is always at exactly
//! one version. Migrations are only ever appended: an applied migration is
//! never edited, because databases in the field already ran it.

/// `PRAGMA application_id` of a finfacts store ("ffst"), so a finfacts
/// database can be told from any other SQLite file.
pub const APPLICATION_ID: i32 = 0x6666_7374;

/// One schema step.
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, in order; `version` counts from 1 without gaps.
pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "documents, facts and the dataset view",
    sql: V1,
}];

/// The version this build writes.
pub fn latest() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

const V1: &str = r#"
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    applied TEXT NOT NULL
);

-- One row per file ever ingested, keyed by the input folder it was found
-- under (canonical path) and its path relative to it (the facts' `doc`).
-- Rows are never deleted: a file that disappears gets `missing_since`.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    root          TEXT NOT NULL,
    path          TEXT NOT NULL,
    hash          TEXT NOT NULL,    -- SHA-256 of the file's bytes, hex
    size          INTEGER NOT NULL, -- bytes
    title         TEXT,
    date          TEXT,             -- the article's date, YYYY-MM-DD
    url           TEXT,
    facts         INTEGER NOT NULL, -- facts extracted from this version
    extractor     TEXT NOT NULL,    -- which build and patterns extracted them
    first_seen    TEXT NOT NULL,    -- UTC, the ingest that first saw the file
    last_seen     TEXT NOT NULL,    -- UTC, the latest ingest that saw it
    processed     TEXT NOT NULL,    -- UTC, when this content was extracted
    missing_since TEXT,             -- UTC, the ingest that found it gone
    UNIQUE (root, path)
);

-- One row per extracted fact: every field of the JSON Lines output.
CREATE TABLE facts (
    document      INTEGER NOT NULL REFERENCES documents (id),
    ordinal       INTEGER NOT NULL, -- position in the document's output
    doc           TEXT NOT NULL,
    org           TEXT NOT NULL,
    org_type      TEXT NOT NULL,
    org_id        TEXT,
    org_successor TEXT,
    metric        TEXT NOT NULL,
    value         TEXT NOT NULL,    -- exact decimal, as in the JSON output
    unit          TEXT NOT NULL,
    approx        INTEGER NOT NULL, -- 0 / 1
    bound         TEXT,
    period        TEXT,
    status        TEXT,
    as_of         TEXT,
    evidence      TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    mention       TEXT NOT NULL,
    rule          TEXT NOT NULL,
    url           TEXT,
    title         TEXT,
    date          TEXT,
    PRIMARY KEY (document, ordinal)
);

CREATE INDEX facts_by_key ON facts (org, metric, period, as_of, value);

-- The published table: one row per distinct fact across the articles
-- present now. `articles` counts distinct contents, so the same article
-- saved under two names counts once; `documents` lists every path (in no
-- set order: `export` sorts the lists). Readers with an older SQLite must
-- parse this view (Datasette uses the system's), so it keeps to SQL that
-- SQLite 3.35 reads: no ORDER BY inside aggregates (3.44).
CREATE VIEW dataset AS
SELECT
    f.org, f.org_type, f.org_id, f.org_successor,
    f.metric, f.value, f.unit, f.period, f.as_of,
    COUNT(DISTINCT d.hash)                                   AS articles,
    COUNT(*)                                                 AS mentions,
    MIN(d.date)                                              AS first_date,
    MAX(d.date)                                              AS last_date,
    MIN(d.first_seen)                                        AS first_seen,
    json_group_array(DISTINCT f.status)
        FILTER (WHERE f.status IS NOT NULL)                  AS statuses,
    json_group_array(DISTINCT d.path)                        AS documents
FROM facts AS f
JOIN documents AS d ON d.id = f.document
WHERE d.missing_since IS NULL
GROUP BY f.org, f.org_type, f.org_id, f.org_successor,
         f.metric, f.value, f.unit, f.period, f.as_of;
"#;
