//! Writing the site atomically: every file goes into a temporary folder
//! beside the target, all of it is synced to disk (one `syncfs` on Linux,
//! a sync per file elsewhere), and the folder then takes the
//! target's place in one step (on Linux an atomic exchange with the old
//! report, which is then removed; elsewhere two renames). A reader sees the
//! old report or the new one, never half of one; a failed run leaves the
//! old report as it was.
//!
//! Only a folder that holds a report (the `.finfacts-report` marker) or
//! nothing is ever replaced: `--out ~` is refused, not emptied.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// The file that marks a folder as a finfacts report.
pub const MARKER: &str = ".finfacts-report";
const MARKER_TEXT: &str =
    "This folder is a finfacts report: `finfacts report` replaces it whole.\n";

/// A site being written.
pub struct Site {
    dir: tempfile::TempDir,
    out: PathBuf,
    /// Files written, relative to the site.
    written: Vec<String>,
    bytes: u64,
}

/// Counts the bytes written through it.
struct Counting<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// What was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
}

/// Refuses a target that is a file, or a folder with something in it that
/// is not a report.
fn check_target(out: &Path) -> anyhow::Result<()> {
    let shown = out.display();
    let meta = match fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("{shown}: cannot read")),
    };
    if !meta.is_dir() {
        bail!("{shown}: exists and is not a folder; refusing to replace it (choose another --out)");
    }
    if out.join(MARKER).is_file() {
        return Ok(());
    }
    let mut entries = fs::read_dir(out).with_context(|| format!("{shown}: cannot read"))?;
    if entries.next().is_some() {
        bail!(
            "{shown}: exists and is not a finfacts report (no {MARKER} in it); refusing to replace it (choose another --out, or remove it)"
        );
    }
    Ok(())
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    // Folders can be opened and synced on Unix; elsewhere this is a no-op.
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

impl Site {
    /// Starts a site that will replace `out`.
    pub fn create(out: &Path) -> anyhow::Result<Site> {
        check_target(out)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)
            .with_context(|| format!("{}: cannot create the folder", parent.display()))?;
        let dir = tempfile::Builder::new()
            .prefix(".finfacts-report-")
            .tempdir_in(&parent)
            .with_context(|| {
                format!(
                    "{}: cannot create a temporary folder (is it writable?)",
                    parent.display()
                )
            })?;
        Ok(Site {
            dir,
            out: out.to_path_buf(),
            written: Vec::new(),
            bytes: 0,
        })
    }

    /// Where `rel` is being written.
    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The name `rel` will have in the finished site (for messages).
    fn shown(&self, rel: &str) -> String {
        self.out.join(rel).display().to_string()
    }

    /// Creates a folder of the site.
    pub fn folder(&self, rel: &str) -> anyhow::Result<()> {
        fs::create_dir_all(self.path(rel))
            .with_context(|| format!("{}: cannot create", self.shown(rel)))
    }

    /// Writes one file of the site.
    pub fn write(&mut self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        self.write_with(rel, |w| Ok(w.write_all(bytes)?))
    }

    /// Writes one file of the site with `f`, buffered; returns what `f`
    /// returns. An error of `f` that is not an I/O error keeps its words.
    pub fn write_with<T>(
        &mut self,
        rel: &str,
        f: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let shown = self.shown(rel);
        let file =
            File::create(self.path(rel)).with_context(|| format!("{shown}: cannot create"))?;
        let mut w = Counting {
            inner: std::io::BufWriter::with_capacity(1 << 16, file),
            bytes: 0,
        };
        let r = f(&mut w).map_err(|e| {
            if e.downcast_ref::<std::io::Error>().is_some() {
                e.context(format!("{shown}: cannot write"))
            } else {
                e
            }
        })?;
        w.flush()
            .with_context(|| format!("{shown}: cannot write"))?;
        self.written.push(rel.to_owned());
        self.bytes += w.bytes;
        Ok(r)
    }

    /// Syncs every file and folder of the site to disk.
    fn sync(&self, folders: &[&str]) -> anyhow::Result<()> {
        #[cfg(target_os = "linux")]
        {
            // One call for the whole file system instead of a sync per file.
            let dir = File::open(self.dir.path())
                .with_context(|| format!("{}: cannot open", self.dir.path().display()))?;
            rustix::fs::syncfs(&dir)
                .map_err(std::io::Error::from)
                .with_context(|| format!("{}: cannot sync", self.dir.path().display()))?;
        }
        #[cfg(not(target_os = "linux"))]
        for rel in &self.written {
            File::open(self.path(rel))
                .and_then(|f| f.sync_all())
                .with_context(|| format!("{}: cannot sync", self.shown(rel)))?;
        }
        for f in folders {
            sync_dir(&self.path(f)).with_context(|| format!("{}: cannot sync", self.shown(f)))?;
        }
        sync_dir(self.dir.path())
            .with_context(|| format!("{}: cannot sync", self.dir.path().display()))
    }

    /// Puts the site in place of the target.
    pub fn finish(mut self, folders: &[&str]) -> anyhow::Result<Written> {
        let written = Written {
            files: self.written.len(),
            bytes: self.bytes,
        };
        // The marker is not counted: it is not part of the report.
        self.write(MARKER, MARKER_TEXT.as_bytes())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A temporary folder is private (0700); a report is for reading.
            fs::set_permissions(self.dir.path(), fs::Permissions::from_mode(0o755)).with_context(
                || format!("{}: cannot set permissions", self.dir.path().display()),
            )?;
        }
        self.sync(folders)?;
        // Checked again: something may have appeared at the target meanwhile.
        check_target(&self.out)?;
        let out = self.out.clone();
        let tmp = self.dir.keep();
        let result = swap(&tmp, &out);
        if result.is_err() {
            let _ = fs::remove_dir_all(&tmp);
        }
        result?;
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = sync_dir(parent);
        }
        Ok(written)
    }
}

/// Moves the finished folder `tmp` to `out`, replacing a report there.
fn swap(tmp: &Path, out: &Path) -> anyhow::Result<()> {
    let shown = out.display();
    if fs::symlink_metadata(out).is_err() {
        return fs::rename(tmp, out)
            .with_context(|| format!("{shown}: cannot move the report in place"));
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, tmp, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            // `tmp` now holds the old report.
            return fs::remove_dir_all(tmp)
                .with_context(|| format!("{}: cannot remove the old report", tmp.display()));
        }
        // Not supported here (an old kernel, some file systems): fall back.
    }
    let old = tmp.with_file_name(format!(
        "{}-old",
        tmp.file_name()
            .map_or_else(|| "report".into(), |n| n.to_string_lossy())
    ));
    fs::rename(out, &old).with_context(|| format!("{shown}: cannot move the old report aside"))?;
    if let Err(e) = fs::rename(tmp, out) {
        let _ = fs::rename(&old, out);
        return Err(e).with_context(|| format!("{shown}: cannot move the report in place"));
    }
    fs::remove_dir_all(&old)
        .with_context(|| format!("{}: cannot remove the old report", old.display()))
}
