//! Corpus stage: walk the inputs, read each file into a `Document`.
//!
//! Directories are walked with `walkdir` in sorted order (so the output
//! order is the same on every run), without following symbolic links and
//! skipping hidden entries. Anything that is not a regular file (a FIFO, a
//! device, a link) is reported and skipped, never opened, so a FIFO cannot
//! hang a run. Text is decoded from UTF-8 (with or without BOM) or UTF-16
//! with a BOM; binary and undecodable files are reported and skipped.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::DocError;
use crate::model::{Date, DocMeta, Document};

/// A file found by the walk, not yet read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The document id: the path relative to the input it was found under
    /// (the file name for a file given directly), with `/` separators.
    pub id: String,
}

/// Walks the inputs in order; directories in sorted order. Yields files and
/// the problems met on the way (one per bad entry).
pub fn walk(inputs: &[PathBuf]) -> impl Iterator<Item = Result<SourceFile, DocError>> + '_ {
    inputs.iter().flat_map(|root| walk_one(root))
}

fn walk_one(root: &Path) -> Box<dyn Iterator<Item = Result<SourceFile, DocError>> + '_> {
    let meta = match std::fs::symlink_metadata(root) {
        Ok(m) => m,
        Err(e) => {
            return Box::new(std::iter::once(Err(DocError::Io {
                path: root.display().to_string(),
                source: e,
            })));
        }
    };
    // A path named on the command line is taken as the user means it, even
    // through a link; what is inside a directory is not followed.
    let meta = if meta.file_type().is_symlink() {
        match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                return Box::new(std::iter::once(Err(DocError::Io {
                    path: root.display().to_string(),
                    source: e,
                })));
            }
        }
    } else {
        meta
    };
    if meta.is_file() {
        let id = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| root.display().to_string());
        return Box::new(std::iter::once(Ok(SourceFile {
            path: root.to_path_buf(),
            id,
        })));
    }
    if !meta.is_dir() {
        return Box::new(std::iter::once(Err(DocError::unreadable(
            root.display().to_string(),
            "not a regular file or directory; skipped",
        ))));
    }
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    Box::new(walker.filter_map(move |entry| match entry {
        Err(e) => {
            let path = e
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| root.display().to_string());
            let reason = match e.io_error() {
                Some(io) => io.to_string(),
                None => e.to_string(),
            };
            Some(Err(DocError::unreadable(path, reason)))
        }
        Ok(e) => {
            let ft = e.file_type();
            if ft.is_dir() {
                return None;
            }
            let rel = e.path().strip_prefix(root).unwrap_or(e.path());
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            if ft.is_symlink() {
                return Some(Err(DocError::unreadable(
                    e.path().display().to_string(),
                    "symbolic link not followed; skipped",
                )));
            }
            if !ft.is_file() {
                return Some(Err(DocError::unreadable(
                    e.path().display().to_string(),
                    "not a regular file (FIFO, socket or device); skipped",
                )));
            }
            Some(Ok(SourceFile {
                path: e.into_path(),
                id,
            }))
        }
    }))
}

/// Files larger than this are refused, not read: a news article is well
/// under 1 MiB, and extraction time grows with the size of a document, so
/// a stray dump or disk image cannot stall a run or fill the memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Opens a file for reading, refusing anything but a regular file.
///
/// The file is opened without blocking and its type checked on the open
/// handle, so a FIFO or device put in a file's place after the walk cannot
/// hang the run.
pub fn open_regular(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), DocError> {
    let io = |e: std::io::Error| DocError::Io {
        path: path.display().to_string(),
        source: e,
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let f = options.open(path).map_err(io)?;
    let meta = f.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(DocError::unreadable(
            path.display().to_string(),
            "not a regular file; skipped",
        ));
    }
    Ok((f, meta))
}

/// Reads a file's bytes ([`open_regular`]); a file over the limit, or one
/// that grows past it while read, is refused.
pub fn read_bytes(path: &Path, buf: &mut Vec<u8>) -> Result<(), DocError> {
    let io = |e: std::io::Error| DocError::Io {
        path: path.display().to_string(),
        source: e,
    };
    let too_large = || {
        DocError::unreadable(
            path.display().to_string(),
            format!(
                "larger than {} MiB (not an article; split it into documents); skipped",
                MAX_FILE_BYTES >> 20
            ),
        )
    };
    let (f, meta) = open_regular(path)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    buf.clear();
    f.take(MAX_FILE_BYTES + 1).read_to_end(buf).map_err(io)?;
    if buf.len() as u64 > MAX_FILE_BYTES {
        buf.clear();
        return Err(too_large());
    }
    Ok(())
}

/// Decodes document bytes: UTF-8 (a BOM is dropped), UTF-16 LE/BE with a
/// BOM. Empty, binary and undecodable input is an error naming the file.
pub fn decode(path: &str, bytes: &[u8]) -> Result<String, DocError> {
    if bytes.is_empty() {
        return Err(DocError::unreadable(path, "empty file; skipped"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(path, rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(path, rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(DocError::unreadable(
            path,
            "binary file (NUL bytes); skipped",
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            if s.trim().is_empty() {
                Err(DocError::unreadable(
                    path,
                    "no text (only white space); skipped",
                ))
            } else {
                Ok(s.to_owned())
            }
        }
        Err(e) => Err(DocError::unreadable(
            path,
            format!("not valid UTF-8 (byte {}); skipped", e.valid_up_to()),
        )),
    }
}

fn utf16(path: &str, b: &[u8], f: fn([u8; 2]) -> u16) -> Result<String, DocError> {
    if !b.len().is_multiple_of(2) {
        return Err(DocError::unreadable(
            path,
            "UTF-16 text with an odd byte count; skipped",
        ));
    }
    let units = b.chunks_exact(2).map(|c| f([c[0], c[1]]));
    let s: Result<String, _> = char::decode_utf16(units).collect();
    match s {
        Ok(s) if !s.trim().is_empty() => Ok(s),
        Ok(_) => Err(DocError::unreadable(
            path,
            "no text (only white space); skipped",
        )),
        Err(_) => Err(DocError::unreadable(path, "invalid UTF-16; skipped")),
    }
}

/// Reads the optional header block of a text article: leading `Title:`,
/// `Date:` and `URL:` lines up to the first blank line. Returns the metadata
/// and the byte offset where the article body begins.
pub fn header_block(text: &str) -> (DocMeta, usize) {
    let mut meta = DocMeta::default();
    let mut offset = 0usize;
    let mut any = false;
    for line in text.split_inclusive('\n') {
        let l = line.trim_end_matches(['\r', '\n']);
        if l.trim().is_empty() {
            if any {
                offset += line.len();
            }
            break;
        }
        let Some((key, value)) = l.split_once(':') else {
            break;
        };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value.to_owned()),
            "date" | "published" => meta.date = parse_date(value),
            "url" | "source" => meta.url = Some(value.to_owned()),
            _ => break,
        }
        any = true;
        offset += line.len();
    }
    if any {
        (meta, offset)
    } else {
        (DocMeta::default(), 0)
    }
}

/// Parses "2019-03-14", "2019-03-14T08:00:00Z", "14 March 2019", "March 14, 2019".
pub fn parse_date(s: &str) -> Option<Date> {
    if let Some(d) = Date::parse_iso(s) {
        return Some(d);
    }
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let month = words.iter().find_map(|w| {
        crate::text::MONTHS
            .iter()
            .position(|m| w.len() >= 3 && m.starts_with(w.as_str()))
            .map(|i| i as u8 + 1)
    })?;
    let nums: Vec<u32> = words
        .iter()
        .filter_map(|w| w.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok())
        .collect();
    let year = *nums.iter().find(|&&n| n >= 1000)? as i32;
    let day = nums
        .iter()
        .copied()
        .find(|&n| (1..=31).contains(&n))
        .unwrap_or(1) as u8;
    Some(Date { year, month, day })
}

/// Reads one text document (with its optional header block).
pub fn read_text(src: &SourceFile, buf: &mut Vec<u8>) -> Result<Document, DocError> {
    read_bytes(&src.path, buf)?;
    let text = decode(&src.path.display().to_string(), buf)?;
    let (meta, _) = header_block(&text);
    Ok(Document {
        id: src.id.clone(),
        text,
        meta,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_block_is_metadata() {
        let t =
            "Title: A headline\nDate: 2019-03-14\nURL: https://x.invalid/a\n\nA headline\n\nBody.";
        let (m, off) = header_block(t);
        assert_eq!(m.title.as_deref(), Some("A headline"));
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2019-03-14"));
        assert_eq!(m.url.as_deref(), Some("https://x.invalid/a"));
        assert_eq!(&t[off..off + 10], "A headline");
        let (m, off) = header_block("Deficit: the trust is £5m in the red.\n");
        assert_eq!((m, off), (DocMeta::default(), 0));
    }

    #[test]
    fn decodes_utf16_and_refuses_binary() {
        let mut b = vec![0xFF, 0xFE];
        for u in "£4.8m".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(decode("x", &b).unwrap(), "£4.8m");
        assert!(decode("x", b"\x00\x01\x02abc").is_err());
        assert!(decode("x", b"").is_err());
        assert!(
            decode("x", b"ok \xff bad")
                .unwrap_err()
                .to_string()
                .contains("UTF-8")
        );
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(
            parse_date("14 March 2019")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2019-03-14")
        );
        assert_eq!(
            parse_date("March 14, 2019")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2019-03-14")
        );
    }
}
