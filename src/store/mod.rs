//! The incremental SQLite store: what `finfacts ingest` writes and
//! `finfacts export` reads.
//!
//! Takes documents with their content hash and extracted facts; keeps one
//! row per file (`documents`), one row per fact (`facts`) and a `dataset`
//! view with one row per distinct fact across articles. It exists for
//! scheduled runs: a re-run extracts only new or changed files, a file that
//! disappears is kept and marked, and the same run twice changes nothing.
//!
//! Safety rests on SQLite transactions, not on care: every batch of
//! documents is one transaction (a changed document's facts are replaced in
//! the transaction that records its new hash), so a run killed at any moment
//! leaves the last committed batch, and the next run carries on from there
//! to the same database a clean run builds. One writer at a time holds an
//! advisory lock on `<db>.lock` (released by the kernel when the process
//! dies, so a killed run leaves no stale lock); readers use WAL and never
//! wait for it. A file that is not ours (not SQLite, another application's
//! database, a newer schema, corrupt) is refused before anything is written.
//!
//! - `schema`: the migrations, applied in order on open;
//! - `write`: the ingest side (look-ups, batches, marking missing files);
//! - `read`: the export side (facts and dataset rows, in a stable order).

pub mod read;
pub mod schema;
pub mod write;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, OpenFlags};

/// What can go wrong with the database file. Each message names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: not a SQLite database; refusing to touch it (choose another --db)")]
    NotSqlite { path: PathBuf },
    #[error("{path}: not a finfacts database ({detail}); refusing to change it")]
    Foreign { path: PathBuf, detail: String },
    #[error(
        "{path}: written by a newer finfacts (schema version {found}, this build knows up to {known}); refusing to change it"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "{path}: the database is corrupt ({detail}); refusing to change it: restore it from a backup or move it away"
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{path}: database is busy: another finfacts ingest is writing to it (lock {lock}); try again later or pass --wait SECONDS"
    )]
    Busy { path: PathBuf, lock: PathBuf },
    #[error("{path}: no such database")]
    Missing { path: PathBuf },
    // The cause is part of the message and deliberately not a `#[source]`:
    // `main` prints the whole chain, which would say it twice.
    #[error("{path}: {what}: {err}")]
    Io {
        path: PathBuf,
        what: &'static str,
        err: std::io::Error,
    },
    #[error("{path}: {what}: {}", sqlite_message(.err))]
    Sqlite {
        path: PathBuf,
        what: &'static str,
        err: rusqlite::Error,
    },
    #[error("{path}: {table} row {row}: {message}")]
    BadRow {
        path: PathBuf,
        table: &'static str,
        row: i64,
        message: String,
    },
}

/// Maps a SQLite error to a [`StoreError`] naming `path`.
pub(crate) fn on<'a>(
    path: &'a Path,
    what: &'static str,
) -> impl Fn(rusqlite::Error) -> StoreError + 'a {
    move |e| StoreError::sqlite(path, what, e)
}

/// SQLite's words, with what to do for the errors a user can fix.
fn sqlite_message(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => format!(
            "{e} (disk full: the database keeps its last complete batch; free some space and run again)"
        ),
        Some(ErrorCode::SystemIoFailure) => {
            format!("{e} (is the disk full or failing? the database keeps its last complete batch)")
        }
        Some(ErrorCode::ReadOnly)
        | Some(ErrorCode::CannotOpen)
        | Some(ErrorCode::PermissionDenied) => {
            format!("{e} (is the location writable?)")
        }
        _ => e.to_string(),
    }
}

impl StoreError {
    /// Wraps a SQLite error, telling corruption apart from other failures.
    pub fn sqlite(path: &Path, what: &'static str, e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => {
                StoreError::Corrupt {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                }
            }
            _ => StoreError::Sqlite {
                path: path.to_path_buf(),
                what,
                err: e,
            },
        }
    }
}

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// How a file at the database path looks before we open it.
#[derive(Debug, PartialEq, Eq)]
enum Existing {
    /// Nothing there, or an empty file: a new store.
    New,
    /// A SQLite file (ours or not: the schema tells).
    Sqlite,
}

/// Refuses anything at `path` that is not a SQLite database, reading only.
fn check_file(path: &Path) -> Result<Existing, StoreError> {
    let io = |what, err| StoreError::Io {
        path: path.to_path_buf(),
        what,
        err,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Existing::New),
        Err(e) => return Err(io("cannot read", e)),
    };
    if !meta.is_file() {
        return Err(StoreError::NotSqlite {
            path: path.to_path_buf(),
        });
    }
    if meta.len() == 0 {
        return Ok(Existing::New);
    }
    let mut head = [0u8; 16];
    let mut f = File::open(path).map_err(|e| io("cannot open", e))?;
    let n = f.read(&mut head).map_err(|e| io("cannot read", e))?;
    if n < head.len() || &head != SQLITE_MAGIC {
        return Err(StoreError::NotSqlite {
            path: path.to_path_buf(),
        });
    }
    Ok(Existing::Sqlite)
}

/// The lock file that serialises writers: `<db>.lock`.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}

/// Takes the writer lock, waiting up to `wait` for another ingest to end.
fn take_lock(db: &Path, wait: Duration) -> Result<File, StoreError> {
    let lock = lock_path(db);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock)
        .map_err(|e| StoreError::Io {
            path: lock.clone(),
            what: "cannot create the lock file",
            err: e,
        })?;
    let deadline = Instant::now() + wait;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Busy {
                    path: db.to_path_buf(),
                    lock,
                });
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(StoreError::Io {
                    path: lock,
                    what: "cannot lock",
                    err: e,
                });
            }
        }
    }
}

/// An open store. A writer holds the lock for as long as it lives.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    /// The run's timestamp, `YYYY-MM-DDThh:mm:ssZ` (UTC).
    pub(crate) now: String,
    _lock: Option<File>,
}

/// Seconds since the epoch for this run: `SOURCE_DATE_EPOCH` when set (the
/// reproducible-builds convention, so tests and re-runs can pin the clock),
/// else the system clock.
pub fn now_epoch() -> anyhow::Result<i64> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s.trim().parse::<i64>().map_err(|_| {
            anyhow::anyhow!("SOURCE_DATE_EPOCH={s:?}: not a number of seconds since 1970")
        }),
        Err(_) => {
            let d = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_err(|_| anyhow::anyhow!("the system clock is before 1970"))?;
            Ok(d.as_secs() as i64)
        }
    }
}

impl Store {
    /// Opens (or creates) the store for an ingest: checks the file is ours,
    /// takes the writer lock, turns on WAL and applies missing migrations.
    pub fn open_writer(path: &Path, wait: Duration, epoch: i64) -> Result<Store, StoreError> {
        let existing = check_file(path)?;
        if existing == Existing::New
            && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
                path: dir.to_path_buf(),
                what: "cannot create the folder",
                err: e,
            })?;
        }
        let lock = take_lock(path, wait)?;
        // Checked again under the lock: another ingest may have created it.
        check_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::sqlite(path, "cannot open", e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            now: String::new(),
            _lock: Some(lock),
        };
        store.now = store.format_time(epoch)?;
        let fresh = store.identify()?;
        if !fresh {
            store.quick_check()?;
        }
        let sql = |what, e| StoreError::sqlite(path, what, e);
        store
            .conn
            .busy_timeout(Duration::from_secs(10))
            .map_err(|e| sql("cannot configure", e))?;
        // WAL: readers (Datasette, sqlite3, export) read while we write.
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| sql("cannot turn on WAL", e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
                detail: format!("journal mode stays {mode}"),
            });
        }
        store
            .conn
            .execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(|e| sql("cannot configure", e))?;
        store.migrate()?;
        store
            .conn
            .execute_batch("CREATE TEMP TABLE seen (path TEXT PRIMARY KEY);")
            .map_err(|e| sql("cannot prepare", e))?;
        Ok(store)
    }

    /// Opens an existing store read-only (for export); takes no lock.
    pub fn open_reader(path: &Path) -> Result<Store, StoreError> {
        if check_file(path)? == Existing::New {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::sqlite(path, "cannot open", e))?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| StoreError::sqlite(path, "cannot configure", e))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            now: String::new(),
            _lock: None,
        };
        if store.identify()? {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
                detail: "an empty SQLite database: run `finfacts ingest` first".into(),
            });
        }
        let v = store.version()?;
        if v < schema::latest() {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
                detail: format!(
                    "schema version {v}, this build reads {}: run `finfacts ingest` once to upgrade it",
                    schema::latest()
                ),
            });
        }
        Ok(store)
    }

    fn sql(&self, what: &'static str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |e| StoreError::sqlite(&self.path, what, e)
    }

    fn format_time(&self, epoch: i64) -> Result<String, StoreError> {
        self.conn
            .query_row(
                "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', ?1, 'unixepoch')",
                [epoch],
                |r| r.get::<_, Option<String>>(0),
            )
            .map_err(self.sql("cannot read the clock"))?
            .ok_or_else(|| StoreError::Foreign {
                path: self.path.clone(),
                detail: format!("time {epoch} is out of range"),
            })
    }

    /// Whether the database is new (no tables, no application id). Refuses
    /// other applications' databases and newer schemas.
    fn identify(&self) -> Result<bool, StoreError> {
        let app: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(self.sql("cannot read"))?;
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
                [],
                |r| r.get(0),
            )
            .map_err(self.sql("cannot read"))?;
        if app == 0 && tables == 0 {
            return Ok(true);
        }
        if app != schema::APPLICATION_ID {
            let detail = if app == 0 {
                format!("it holds {tables} tables or views of another application")
            } else {
                format!("application id {app:#x}")
            };
            return Err(StoreError::Foreign {
                path: self.path.clone(),
                detail,
            });
        }
        let v = self.version()?;
        if v > schema::latest() {
            return Err(StoreError::Newer {
                path: self.path.clone(),
                found: v,
                known: schema::latest(),
            });
        }
        Ok(false)
    }

    /// The schema version (`PRAGMA user_version`, 0 for a new file).
    pub fn version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(self.sql("cannot read"))
    }

    /// Reads every page once: corruption is refused before any write.
    ///
    /// # Performance
    /// Linear in the file size; see the README's figures for the cost on a
    /// large store.
    fn quick_check(&self) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA quick_check")
            .map_err(self.sql("cannot check"))?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(self.sql("cannot check"))?;
        if rows.len() == 1 && rows[0] == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                path: self.path.clone(),
                detail: rows.into_iter().take(3).collect::<Vec<_>>().join("; "),
            })
        }
    }

    /// Applies the migrations newer than the file, in one transaction.
    fn migrate(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |what| on(&path, what);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sql("cannot start the migration"))?;
        let current: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql("cannot read"))?;
        if current >= schema::latest() {
            return Ok(());
        }
        for m in schema::MIGRATIONS.iter().filter(|m| m.version > current) {
            tx.execute_batch(m.sql).map_err(sql("cannot migrate"))?;
            tx.execute(
                "INSERT INTO schema_migrations (version, name, applied) VALUES (?1, ?2, ?3)",
                rusqlite::params![m.version, m.name, self.now],
            )
            .map_err(sql("cannot migrate"))?;
            tx.pragma_update(None, "user_version", m.version)
                .map_err(sql("cannot migrate"))?;
        }
        tx.pragma_update(None, "application_id", schema::APPLICATION_ID)
            .map_err(sql("cannot migrate"))?;
        tx.commit().map_err(sql("cannot commit the migration"))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
