//! Writing the site atomically: every file goes into a temporary folder
//! beside the target, is synced to disk, and the folder then takes the
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
    files: usize,
    bytes: u64,
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
            files: 0,
            bytes: 0,
        })
    }

    /// Where `rel` is being written (for writers that make their own file).
    pub fn path(&self, rel: &str) -> PathBuf {
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

    /// Writes one file of the site and syncs it.
    pub fn write(&mut self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let shown = || self.shown(rel);
        let mut f =
            File::create(self.path(rel)).with_context(|| format!("{}: cannot create", shown()))?;
        f.write_all(bytes)
            .and_then(|()| f.sync_all())
            .with_context(|| format!("{}: cannot write", shown()))?;
        self.counted(bytes.len() as u64);
        Ok(())
    }

    /// Counts a file written by another writer into [`Site::path`].
    pub fn counted(&mut self, bytes: u64) {
        self.files += 1;
        self.bytes += bytes;
    }

    /// Puts the site in place of the target.
    pub fn finish(mut self, folders: &[&str]) -> anyhow::Result<Written> {
        self.write(MARKER, MARKER_TEXT.as_bytes())?;
        // The marker is not a page.
        self.files -= 1;
        self.bytes -= MARKER_TEXT.len() as u64;
        for f in folders {
            sync_dir(&self.path(f)).with_context(|| format!("{}: cannot sync", self.shown(f)))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A temporary folder is private (0700); a report is for reading.
            fs::set_permissions(self.dir.path(), fs::Permissions::from_mode(0o755)).with_context(
                || format!("{}: cannot set permissions", self.dir.path().display()),
            )?;
        }
        sync_dir(self.dir.path())
            .with_context(|| format!("{}: cannot sync", self.dir.path().display()))?;
        // Checked again: something may have appeared at the target meanwhile.
        check_target(&self.out)?;
        let written = Written {
            files: self.files,
            bytes: self.bytes,
        };
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
