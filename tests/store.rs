//! The SQLite store end to end with real database files: incremental
//! ingest (new, changed, deleted, back), export against `extract`, the
//! dataset against facts computed from `extract`, schema and refusals.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};

use finfacts::Fact;
use finfacts::store::read::DatasetRow;

use crate::util::root;

/// The clock every test run uses (2024-03-01T00:00:00Z), so whole
/// databases can be compared row for row.
pub const EPOCH: &str = "1709251200";
pub const EPOCH_2: &str = "1709337600";

/// Runs finfacts in `dir` with `SOURCE_DATE_EPOCH` pinned.
pub fn ff(dir: &Path, epoch: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_finfacts"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", epoch)
        .env_remove("FINFACTS_TEST_PAUSE")
        .output()
        .expect("run finfacts")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch folder holding a copy of the bundled corpus in `corpus/`.
pub fn scratch_corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    for e in fs::read_dir(root().join("corpus")).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            fs::copy(e.path(), corpus.join(e.file_name())).unwrap();
        }
    }
    (dir, corpus)
}

/// The counts of the ingest summary line, by name ("new", "changed",
/// "unchanged", "back", "marked missing", "facts written", "processed").
pub fn summary(o: &Output) -> BTreeMap<String, u64> {
    let err = stderr(o);
    let line = err
        .lines()
        .find(|l| l.starts_with("finfacts: ingest: "))
        .unwrap_or_else(|| panic!("no ingest summary: {err}"));
    let body = line.trim_start_matches("finfacts: ingest: ");
    let body = body.rsplit_once(';').map_or(body, |(b, _)| b);
    let mut m = BTreeMap::new();
    for part in body.split([',', '(', ')']) {
        let part = part.trim();
        if let Some((n, name)) = part.split_once(' ')
            && let Ok(n) = n.parse()
        {
            m.insert(name.trim_start_matches("documents ").to_owned(), n);
        }
    }
    m
}

/// Asserts a run's counts (names absent from `want` are not checked).
pub fn assert_counts(o: &Output, want: &[(&str, u64)]) {
    let got = summary(o);
    for (k, v) in want {
        assert_eq!(got.get(*k), Some(v), "{k}: {got:?}\n{}", stderr(o));
    }
}

pub fn open_ro(db: &Path) -> Connection {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
}

/// Every row of every table and of the dataset view, in key order, with
/// the schema version and application id: two stores with equal dumps
/// hold the same data.
pub fn dump(db: &Path) -> Vec<String> {
    let c = open_ro(db);
    let mut out = vec![];
    for pragma in ["user_version", "application_id"] {
        let v: i64 = c
            .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
            .unwrap();
        out.push(format!("{pragma} = {v}"));
    }
    for (table, order) in [
        ("schema_migrations", "version"),
        ("documents", "root, path"),
        ("facts", "document, ordinal"),
        ("dataset", "org, org_id, metric, unit, period, as_of, value"),
    ] {
        let mut stmt = c
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .unwrap();
        for r in rows {
            out.push(format!("{table}: {}", r.unwrap().join(" | ")));
        }
    }
    out
}

/// A store is consistent: SQLite's own check passes and every document
/// has exactly the facts its row says it has (no half-written document).
pub fn assert_consistent(db: &Path) {
    let c = open_ro(db);
    let check: String = c.query_row("PRAGMA quick_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let bad: i64 = c
        .query_row(
            "SELECT count(*) FROM documents AS d
             WHERE d.facts <> (SELECT count(*) FROM facts WHERE document = d.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0, "documents whose facts are half written");
}

fn query_i64(db: &Path, sql: &str) -> i64 {
    open_ro(db).query_row(sql, [], |r| r.get(0)).unwrap()
}

/// `extract` over `dir` as JSON Lines.
fn extract(cwd: &Path, dir: &str) -> Vec<u8> {
    let o = ff(cwd, EPOCH, &["extract", dir, "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o.stdout
}

fn export(cwd: &Path, db: &str, out: &str) -> Vec<u8> {
    let o = ff(cwd, EPOCH, &["export", "--db", db, "--out", out]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    fs::read(cwd.join(out)).unwrap()
}

/// The dataset, computed here from `extract`'s facts: grouped by body,
/// metric, value, unit, period and as-of; articles counted by content.
fn dataset_from_extract(jsonl: &[u8], folder: &Path) -> Vec<DatasetRow> {
    type Key = (
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
    );
    #[derive(Default)]
    struct Acc {
        hashes: BTreeSet<Vec<u8>>,
        mentions: u64,
        dates: BTreeSet<String>,
        statuses: BTreeSet<String>,
        docs: BTreeSet<String>,
    }
    let mut groups: BTreeMap<Key, Acc> = BTreeMap::new();
    for line in String::from_utf8(jsonl.to_vec()).unwrap().lines() {
        let f: Fact = serde_json::from_str(line).unwrap();
        let key = (
            f.org.clone(),
            f.org_type.clone(),
            f.org_id.clone(),
            f.org_successor.clone(),
            f.metric.as_str().to_owned(),
            f.value.to_string(),
            f.unit.clone(),
            f.period.clone(),
            f.as_of.clone(),
        );
        let acc = groups.entry(key).or_default();
        acc.hashes
            .insert(Sha256::digest(fs::read(folder.join(&f.doc)).unwrap()).to_vec());
        acc.mentions += 1;
        acc.dates.extend(f.date.clone());
        acc.statuses.extend(f.status.map(|s| s.as_str().to_owned()));
        acc.docs.insert(f.doc.clone());
    }
    groups
        .into_iter()
        .map(|(k, a)| DatasetRow {
            org: k.0,
            org_type: k.1,
            org_id: k.2,
            org_successor: k.3,
            metric: k.4,
            value: k.5,
            unit: k.6,
            period: k.7,
            as_of: k.8,
            articles: a.hashes.len() as u64,
            mentions: a.mentions,
            first_date: a.dates.first().cloned(),
            last_date: a.dates.last().cloned(),
            first_seen: "2024-03-01T00:00:00Z".into(),
            statuses: a.statuses.into_iter().collect(),
            documents: a.docs.into_iter().collect(),
        })
        .collect()
}

fn sorted_rows(jsonl: &[u8]) -> Vec<DatasetRow> {
    let mut rows: Vec<DatasetRow> = String::from_utf8(jsonl.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    rows
}

fn same_rows(mut a: Vec<DatasetRow>, b: Vec<DatasetRow>) {
    a.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y);
    }
}

#[test]
fn ingest_twice_changes_nothing() {
    let (dir, _) = scratch_corpus();
    let d = dir.path();
    let first = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(first.stdout.is_empty(), "ingest writes no data to stdout");
    let n = fs::read_dir(d.join("corpus")).unwrap().count() as u64;
    let facts = query_i64(&d.join("s.sqlite"), "SELECT count(*) FROM facts") as u64;
    assert!(facts > 100, "{facts} facts");
    assert_counts(
        &first,
        &[
            ("seen", n),
            ("new", n),
            ("changed", 0),
            ("unchanged", 0),
            ("facts written", facts),
        ],
    );
    let before = dump(&d.join("s.sqlite"));

    let again = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_counts(
        &again,
        &[
            ("seen", n),
            ("processed", 0),
            ("unchanged", n),
            ("facts written", 0),
        ],
    );
    assert_eq!(dump(&d.join("s.sqlite")), before);

    // An hour later: only `last_seen` moves.
    let later = ff(d, EPOCH_2, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_counts(&later, &[("processed", 0), ("unchanged", n)]);
    let db = d.join("s.sqlite");
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(*) FROM documents WHERE last_seen = '2024-03-02T00:00:00Z'"
        ),
        n as i64
    );
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(*) FROM documents WHERE first_seen = '2024-03-01T00:00:00Z' AND processed = first_seen"
        ),
        n as i64
    );
    let strip = |v: Vec<String>| -> Vec<String> {
        v.into_iter()
            .filter(|l| !l.starts_with("documents: "))
            .collect()
    };
    assert_eq!(strip(dump(&db)), strip(before));
}

#[test]
fn exported_facts_equal_extract() {
    let (dir, _) = scratch_corpus();
    let d = dir.path();
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let jsonl = extract(d, "corpus");
    assert_eq!(export(d, "s.sqlite", "facts.jsonl"), jsonl);
    let o = ff(
        d,
        EPOCH,
        &["extract", "corpus", "--out", "extract.csv", "-q"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        export(d, "s.sqlite", "facts.csv"),
        fs::read(d.join("extract.csv")).unwrap()
    );
    // `--table` and `--format` override the file name.
    let o = ff(
        d,
        EPOCH,
        &[
            "export", "--db", "s.sqlite", "--out", "-", "--table", "facts",
        ],
    );
    assert_eq!(o.stdout, jsonl);
}

#[test]
fn dataset_equals_facts_grouped_from_extract() {
    let (dir, corpus) = scratch_corpus();
    let d = dir.path();
    // The same article under a second name counts once, listed twice.
    fs::copy(
        corpus.join("a02_wolverhampton-new-cross-deficit.txt"),
        corpus.join("zz_copy.txt"),
    )
    .unwrap();
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want = dataset_from_extract(&extract(d, "corpus"), &corpus);
    let got = sorted_rows(&export(d, "s.sqlite", "dataset.jsonl"));
    assert!(got.len() > 100, "{} rows", got.len());
    let copied: Vec<&DatasetRow> = got
        .iter()
        .filter(|r| r.documents.contains(&"zz_copy.txt".to_owned()))
        .collect();
    assert!(!copied.is_empty());
    for r in &copied {
        assert!(
            r.documents
                .contains(&"a02_wolverhampton-new-cross-deficit.txt".to_owned()),
            "{r:?}"
        );
        assert!(
            r.mentions > r.articles || r.documents.len() > r.articles as usize,
            "{r:?}"
        );
    }
    same_rows(want, got);

    // The CSV has the header, one row per dataset row, lists as JSON.
    let csv_bytes = export(d, "s.sqlite", "dataset.csv");
    let mut rdr = csv::Reader::from_reader(&csv_bytes[..]);
    assert_eq!(
        rdr.headers().unwrap().iter().collect::<Vec<_>>(),
        finfacts::store::read::DATASET_COLUMNS
    );
    let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let json_rows = sorted_rows(&export(d, "s.sqlite", "dataset.jsonl"));
    assert_eq!(recs.len(), json_rows.len());
    let docs: Vec<String> = serde_json::from_str(&recs[0][15]).unwrap();
    assert!(!docs.is_empty());
}

#[test]
fn new_changed_deleted_and_back() {
    let (dir, corpus) = scratch_corpus();
    let d = dir.path();
    let db = d.join("s.sqlite");
    let n = fs::read_dir(&corpus).unwrap().count() as u64;
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite", "-q"]);
    assert_eq!(o.status.code(), Some(0));

    let gone = "a03_highland-board-overspend.txt";
    let gone_facts = query_i64(
        &db,
        &format!("SELECT facts FROM documents WHERE path = '{gone}'"),
    );
    assert!(gone_facts > 0);
    fs::remove_file(corpus.join(gone)).unwrap();
    let changed = "a02_wolverhampton-new-cross-deficit.txt";
    let mut text = fs::read_to_string(corpus.join(changed)).unwrap();
    text.push_str("\nNHS Southend CCG is forecasting a deficit of £7.3m this year.\n");
    fs::write(corpus.join(changed), &text).unwrap();
    fs::write(
        corpus.join("b01_new.txt"),
        "Title: New\nDate: 2024-02-20\n\nNHS Southend CCG has a deficit of £4.8m, its board heard.\n",
    )
    .unwrap();

    let o = ff(d, EPOCH_2, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_counts(
        &o,
        &[
            ("seen", n),
            ("processed", 2),
            ("new", 1),
            ("changed", 1),
            ("unchanged", n - 2),
            ("marked missing", 1),
        ],
    );
    // Kept and marked, never dropped: the row and its facts stay.
    assert_eq!(
        query_i64(
            &db,
            &format!(
                "SELECT count(*) FROM documents WHERE path = '{gone}' AND missing_since = '2024-03-02T00:00:00Z'"
            )
        ),
        1
    );
    assert_eq!(
        query_i64(
            &db,
            &format!("SELECT count(*) FROM facts WHERE doc = '{gone}'")
        ),
        gone_facts
    );
    // The changed document's facts are the new ones, and only those.
    let single = ff(d, EPOCH, &["extract", &format!("corpus/{changed}"), "-q"]);
    let want: Vec<Fact> = String::from_utf8(single.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        want.iter().any(|f| f.value.to_string() == "7300000"),
        "{want:?}"
    );
    assert_eq!(
        query_i64(
            &db,
            &format!("SELECT count(*) FROM facts WHERE doc = '{changed}'")
        ),
        want.len() as i64
    );
    assert_eq!(
        query_i64(
            &db,
            &format!(
                "SELECT count(*) FROM documents WHERE path = '{changed}' AND first_seen = '2024-03-01T00:00:00Z' AND processed = '2024-03-02T00:00:00Z'"
            )
        ),
        1
    );
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(*) FROM documents WHERE path = 'b01_new.txt' AND date = '2024-02-20' AND title = 'New'"
        ),
        1
    );
    // Export and dataset follow the folder as it is now.
    assert_eq!(export(d, "s.sqlite", "facts.jsonl"), extract(d, "corpus"));
    assert!(
        !String::from_utf8(export(d, "s.sqlite", "dataset.jsonl"))
            .unwrap()
            .contains(gone)
    );
    assert_consistent(&db);

    // The file comes back unchanged: present again, not re-extracted.
    fs::copy(root().join("corpus").join(gone), corpus.join(gone)).unwrap();
    let o = ff(d, EPOCH_2, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_counts(&o, &[("processed", 0), ("back", 1), ("marked missing", 0)]);
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(*) FROM documents WHERE missing_since IS NOT NULL"
        ),
        0
    );
    assert_eq!(export(d, "s.sqlite", "facts.jsonl"), extract(d, "corpus"));
}

#[test]
fn an_unreadable_folder_marks_nothing() {
    let (dir, _) = scratch_corpus();
    let d = dir.path();
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite", "-q"]);
    assert_eq!(o.status.code(), Some(0));
    let before = dump(&d.join("s.sqlite"));
    fs::rename(d.join("corpus"), d.join("elsewhere")).unwrap();
    let o = ff(d, EPOCH_2, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("finfacts: corpus: ") && stderr(&o).contains("left as they were"),
        "{}",
        stderr(&o)
    );
    assert_eq!(dump(&d.join("s.sqlite")), before);

    // A folder that exists but cannot be listed is skipped the same way.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::rename(d.join("elsewhere"), d.join("corpus")).unwrap();
        fs::set_permissions(d.join("corpus"), fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read_dir(d.join("corpus")).is_ok() {
            eprintln!("note: running as root, the unlistable-folder case can list it; skipped");
        } else {
            let o = ff(d, EPOCH_2, &["ingest", "corpus", "--db", "s.sqlite"]);
            assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
            assert_eq!(dump(&d.join("s.sqlite")), before);
        }
        fs::set_permissions(d.join("corpus"), fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn input_folders_are_kept_apart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (folder, amount) in [("a", "4.8"), ("b", "7.3")] {
        fs::create_dir(d.join(folder)).unwrap();
        fs::write(
            d.join(folder).join("x.txt"),
            format!("NHS Southend CCG is forecasting a deficit of £{amount}m this year.\n"),
        )
        .unwrap();
    }
    let o = ff(d, EPOCH, &["ingest", "a", "b", "--db", "s.sqlite"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_counts(&o, &[("new", 2)]);
    let db = d.join("s.sqlite");
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(DISTINCT root) FROM documents WHERE path = 'x.txt'"
        ),
        2
    );
    let values: String = open_ro(&db)
        .query_row(
            "SELECT group_concat(value, ' ') FROM (SELECT value FROM facts ORDER BY value)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(values, "4800000 7300000");
    assert_eq!(
        export(d, "s.sqlite", "facts.jsonl"),
        extract(d, "a")
            .into_iter()
            .chain(extract(d, "b"))
            .collect::<Vec<u8>>()
    );
    // Ingesting one folder leaves the other's files alone.
    fs::remove_file(d.join("b/x.txt")).unwrap();
    let o = ff(d, EPOCH_2, &["ingest", "a", "--db", "s.sqlite"]);
    assert_counts(&o, &[("unchanged", 1), ("marked missing", 0)]);
    let o = ff(d, EPOCH_2, &["ingest", "b", "--db", "s.sqlite"]);
    assert_counts(&o, &[("seen", 0), ("marked missing", 1)]);
    assert_eq!(export(d, "s.sqlite", "facts.jsonl"), extract(d, "a"));
}

#[test]
fn a_bad_document_is_reported_and_keeps_its_stored_facts() {
    let (dir, corpus) = scratch_corpus();
    let d = dir.path();
    let db = d.join("s.sqlite");
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite", "-q"]);
    assert_eq!(o.status.code(), Some(0));
    let name = "a04_sefton-ccgs-surplus-rule.txt";
    let facts = query_i64(
        &db,
        &format!("SELECT count(*) FROM facts WHERE doc = '{name}'"),
    );
    fs::write(corpus.join(name), [0u8, 1, 2, 3]).unwrap();
    fs::write(corpus.join("empty.txt"), "").unwrap();
    let o = ff(d, EPOCH_2, &["ingest", "corpus", "--db", "s.sqlite"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(
        err.lines()
            .filter(|l| l.contains(name) && l.contains("binary"))
            .count(),
        1,
        "{err}"
    );
    assert_eq!(
        err.lines().filter(|l| l.contains("empty.txt")).count(),
        1,
        "{err}"
    );
    assert_counts(&o, &[("processed", 0), ("marked missing", 0)]);
    assert_eq!(
        query_i64(
            &db,
            &format!("SELECT count(*) FROM facts WHERE doc = '{name}'")
        ),
        facts
    );
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(*) FROM documents WHERE path = 'empty.txt'"
        ),
        0
    );
}

#[test]
fn schema_is_versioned_and_in_wal_mode() {
    let (dir, _) = scratch_corpus();
    let d = dir.path();
    let o = ff(
        d,
        EPOCH,
        &["ingest", "corpus", "--db", "out/nested/s.sqlite", "-q"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let db = d.join("out/nested/s.sqlite");
    let c = open_ro(&db);
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(
        query_i64(&db, "PRAGMA user_version"),
        finfacts::store::schema::latest()
    );
    assert_eq!(
        query_i64(&db, "PRAGMA application_id"),
        i64::from(finfacts::store::schema::APPLICATION_ID)
    );
    let m: (i64, String) = c
        .query_row("SELECT version, applied FROM schema_migrations", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(m, (1, "2024-03-01T00:00:00Z".to_owned()));
}

/// Runs `ingest` on a file that is not a store of ours and checks it is
/// refused (exit 2, `want` in the message, naming the file) and untouched.
fn assert_refused(d: &Path, db: &str, want: &str) {
    let path = d.join(db);
    let before = fs::read(&path).unwrap();
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", db, "-q"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!("finfacts: {db}: ")) && err.contains(want),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), before, "{db} was changed");
    let o = ff(d, EPOCH, &["export", "--db", db, "--out", "x.csv"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!d.join("x.csv").exists());
}

#[test]
fn foreign_newer_and_corrupt_files_are_refused_untouched() {
    let (dir, _) = scratch_corpus();
    let d = dir.path();
    fs::write(d.join("notes.txt"), "my notes, not a database\n".repeat(20)).unwrap();
    assert_refused(d, "notes.txt", "not a SQLite database");

    let other = Connection::open(d.join("other.sqlite")).unwrap();
    other
        .execute_batch("CREATE TABLE budget (x); INSERT INTO budget VALUES (1);")
        .unwrap();
    drop(other);
    assert_refused(d, "other.sqlite", "not a finfacts database");

    let o = ff(
        d,
        EPOCH,
        &["ingest", "corpus", "--db", "newer.sqlite", "-q"],
    );
    assert_eq!(o.status.code(), Some(0));
    Connection::open(d.join("newer.sqlite"))
        .unwrap()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    assert_refused(d, "newer.sqlite", "newer finfacts (schema version 99");

    let o = ff(
        d,
        EPOCH,
        &["ingest", "corpus", "--db", "corrupt.sqlite", "-q"],
    );
    assert_eq!(o.status.code(), Some(0));
    let mut bytes = fs::read(d.join("corrupt.sqlite")).unwrap();
    assert!(bytes.len() > 16 * 4096, "{} bytes", bytes.len());
    for b in &mut bytes[8 * 4096..12 * 4096] {
        *b = 0x5a;
    }
    fs::write(d.join("corrupt.sqlite"), &bytes).unwrap();
    assert_refused(d, "corrupt.sqlite", "corrupt");

    let o = ff(
        d,
        EPOCH,
        &["export", "--db", "absent.sqlite", "--out", "x.csv"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("finfacts: absent.sqlite: no such database"),
        "{}",
        stderr(&o)
    );
    assert!(!d.join("absent.sqlite").exists());
}

#[test]
fn an_older_system_sqlite_reads_the_store() {
    // Datasette and scripts read the file with the system's SQLite (here
    // Python's), often older than the bundled one; it must parse the schema.
    let (dir, _) = scratch_corpus();
    let d = dir.path();
    let o = ff(d, EPOCH, &["ingest", "corpus", "--db", "s.sqlite", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows = export(d, "s.sqlite", "dataset.jsonl");
    let script = "import sqlite3, sys\n\
        c = sqlite3.connect('file:s.sqlite?mode=ro', uri=True)\n\
        n = c.execute('SELECT count(*) FROM dataset').fetchone()[0]\n\
        f = c.execute('SELECT count(*) FROM facts JOIN documents ON documents.id = facts.document').fetchone()[0]\n\
        print(sqlite3.sqlite_version, n, f)\n";
    let py = match Command::new("python3")
        .arg("-c")
        .arg(script)
        .current_dir(d)
        .output()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("skipped: python3 is not available ({e})");
            return;
        }
    };
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let out = String::from_utf8(py.stdout).unwrap();
    let parts: Vec<&str> = out.split_whitespace().collect();
    eprintln!("system SQLite {}", parts[0]);
    assert_eq!(
        parts[1].parse::<usize>().unwrap(),
        rows.iter().filter(|&&b| b == b'\n').count()
    );
    assert_eq!(
        parts[2].parse::<i64>().unwrap(),
        query_i64(&d.join("s.sqlite"), "SELECT count(*) FROM facts")
    );
}

#[test]
fn archives_and_pages_are_ingested_with_their_records() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed");
    fs::create_dir(&feed).unwrap();
    fs::write(
        feed.join("api.jsonl"),
        concat!(
            "{\"id\":\"story-1\",\"text\":\"NHS Wirral CCG is facing a £6.6m deficit.\"}\n",
            "{\"id\":\"story-2\",\"text\":\"NHS Dudley CCG expects a deficit of £2.1m.\"}\n",
        ),
    )
    .unwrap();
    fs::write(
        feed.join("page.html"),
        "<html><head><title>T</title></head><body><article><p>NHS Bury CCG expects a deficit of £1.5m.</p></article><script>var x = '£9m deficit';</script></body></html>",
    )
    .unwrap();
    let run = ff(dir.path(), EPOCH, &["ingest", "feed", "--db", "s.sqlite"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let db = dir.path().join("s.sqlite");
    assert_eq!(query_i64(&db, "SELECT count(*) FROM documents"), 2);
    let docs: BTreeSet<String> = {
        let c = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let mut st = c.prepare("SELECT doc || ' ' || value FROM facts").unwrap();
        st.query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    let want: BTreeSet<String> = ["story-1 6600000", "story-2 2100000", "page.html 1500000"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(docs, want);
    // The same files again: nothing is extracted.
    let again = ff(dir.path(), EPOCH_2, &["ingest", "feed", "--db", "s.sqlite"]);
    let s = summary(&again);
    assert_eq!(
        (s.get("new"), s.get("changed"), s.get("unchanged")),
        (Some(&0), Some(&0), Some(&2)),
        "{}",
        stderr(&again)
    );
}
