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
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "documents, facts and the dataset view",
        sql: V1,
    },
    Migration {
        version: 2,
        name: "the conflicts view",
        sql: V2,
    },
];

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

/// The facts two articles disagree on: one row per value of every group of
/// facts on the same body, metric, unit, financial year and snapshot month
/// that holds more than one value and comes from more than one article (by
/// content, among the files present now). With two values and two articles
/// there is always a pair of articles giving different values.
///
/// - The body is its code (`org_id`), or its name when it has no code, so a
///   body renamed between articles is one body; `org` and `org_type` are
///   the first name and type in sort order.
/// - Facts without a period are left out: two undated budgets are not a
///   disagreement.
/// - `as_of` is normalised to the month of the financial year ("September"
///   and "month 6" are the same snapshot): `month 1` (April) to `month 12`
///   (March); other wordings are kept as they are, and no snapshot is its
///   own group.
/// - Status is not part of the key: a plan in one article and an outturn in
///   another for the same year are listed (`statuses` tells them apart), so
///   the journalist decides.
///
/// Like `dataset`, it keeps to SQL that SQLite 3.35 reads.
const V2: &str = r#"
CREATE VIEW conflicts AS
WITH present AS (
    SELECT
        f.org, f.org_type, f.org_id, f.metric, f.value, f.unit, f.period, f.status,
        COALESCE(f.org_id, '')                                AS body_id,
        CASE WHEN f.org_id IS NULL THEN f.org ELSE '' END     AS body_name,
        CASE f.as_of
            WHEN 'April' THEN 'month 1'     WHEN 'May' THEN 'month 2'
            WHEN 'June' THEN 'month 3'      WHEN 'July' THEN 'month 4'
            WHEN 'August' THEN 'month 5'    WHEN 'September' THEN 'month 6'
            WHEN 'October' THEN 'month 7'   WHEN 'November' THEN 'month 8'
            WHEN 'December' THEN 'month 9'  WHEN 'January' THEN 'month 10'
            WHEN 'February' THEN 'month 11' WHEN 'March' THEN 'month 12'
            ELSE f.as_of
        END                                                   AS as_of,
        d.hash, d.path, d.date, d.first_seen
    FROM facts AS f
    JOIN documents AS d ON d.id = f.document
    WHERE d.missing_since IS NULL AND f.period IS NOT NULL
),
disputed AS (
    SELECT body_id, body_name, metric, unit, period, COALESCE(as_of, '') AS as_of_key
    FROM present
    GROUP BY body_id, body_name, metric, unit, period, COALESCE(as_of, '')
    HAVING COUNT(DISTINCT value) > 1 AND COUNT(DISTINCT hash) > 1
)
SELECT
    MIN(p.org)                                               AS org,
    MIN(p.org_type)                                          AS org_type,
    p.org_id,
    p.metric, p.value, p.unit, p.period, p.as_of,
    COUNT(DISTINCT p.hash)                                   AS articles,
    COUNT(*)                                                 AS mentions,
    MIN(p.date)                                              AS first_date,
    MAX(p.date)                                              AS last_date,
    MIN(p.first_seen)                                        AS first_seen,
    json_group_array(DISTINCT p.status)
        FILTER (WHERE p.status IS NOT NULL)                  AS statuses,
    json_group_array(DISTINCT p.path)                        AS documents
FROM present AS p
JOIN disputed AS g
  ON  g.body_id = p.body_id AND g.body_name = p.body_name
  AND g.metric = p.metric AND g.unit = p.unit AND g.period = p.period
  AND g.as_of_key = COALESCE(p.as_of, '')
GROUP BY p.body_id, p.body_name, p.metric, p.unit, p.period, p.as_of, p.value;
"#;
