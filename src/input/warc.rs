//! WARC archives (`.warc`, `.warc.gz`; WARC/1.0 and 1.1), as Common Crawl's
//! CC-NEWS ships them.
//!
//! Takes a buffered, already decompressed byte stream (CC-NEWS gzips each
//! record as its own gzip member; `flate2`'s `MultiGzDecoder` reads them as
//! one stream) and yields the `response` records whose HTTP payload is an
//! HTML page with a 2xx status. Other records (`warcinfo`, `request`,
//! `metadata`, `revisit`, ...) and other payloads (images, robots.txt,
//! redirects) are skipped without being held in memory. Each page becomes a
//! document whose id and URL are the record's `WARC-Target-URI` and whose
//! date is its `WARC-Date`; the HTTP body is de-chunked and decompressed
//! (gzip, deflate) on a worker thread, then given to the HTML extractor.
//!
//! A malformed record stops the reading of that archive (a WARC stream
//! cannot be resynchronised safely) with a message naming the file, the
//! record and its byte offset in the (decompressed) stream.

use std::io::{self, BufRead, Read};

use flate2::read::{MultiGzDecoder, ZlibDecoder};

use crate::corpus::MAX_FILE_BYTES;
use crate::error::DocError;
use crate::input::html;
use crate::model::{Date, DocMeta, Document};

/// Longest header block accepted, WARC or HTTP.
const MAX_HEADER_BYTES: usize = 1 << 20;

/// An HTML response found in an archive, its body not yet decoded.
#[derive(Debug)]
pub struct Page {
    /// 1-based number of the record in the archive.
    pub record: u64,
    pub target_uri: String,
    pub date: Option<Date>,
    /// The whole HTTP response (status line, headers, body).
    pub block: Vec<u8>,
    /// Where the HTTP body starts in `block`.
    pub body_start: usize,
    pub charset: Option<String>,
    pub chunked: bool,
    pub encoding: Option<String>,
}

/// A problem with an archive; the reader stops at the first.
#[derive(Debug, thiserror::Error)]
#[error("record {record} at byte {offset}: {reason}")]
pub struct WarcError {
    pub record: u64,
    pub offset: u64,
    pub reason: String,
}

/// Reads the HTML response records of a WARC stream, one at a time.
pub struct Reader<R> {
    r: R,
    offset: u64,
    record: u64,
}

impl<R: BufRead> Reader<R> {
    pub fn new(r: R) -> Reader<R> {
        Reader {
            r,
            offset: 0,
            record: 0,
        }
    }

    fn fail(&self, offset: u64, reason: impl Into<String>) -> WarcError {
        WarcError {
            record: self.record,
            offset,
            reason: reason.into(),
        }
    }

    fn io(&self, offset: u64, e: io::Error) -> WarcError {
        self.fail(offset, format!("cannot read: {e}"))
    }

    /// The next HTML page, skipping every other record; `None` at the end.
    pub fn next_page(&mut self) -> Result<Option<Page>, WarcError> {
        loop {
            let Some((start, head)) = self.header()? else {
                return Ok(None);
            };
            self.record += 1;
            let get = |name: &str| {
                head.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.as_str())
            };
            let len: u64 = get("Content-Length")
                .and_then(|v| v.trim().parse().ok())
                .ok_or_else(|| self.fail(start, "missing or invalid Content-Length"))?;
            let is_response = get("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"));
            let is_http = get("Content-Type")
                .is_none_or(|t| t.to_ascii_lowercase().starts_with("application/http"));
            let uri = get("WARC-Target-URI")
                .map(|u| {
                    u.trim()
                        .trim_start_matches('<')
                        .trim_end_matches('>')
                        .to_owned()
                })
                .filter(|u| !u.is_empty());
            let date = get("WARC-Date").and_then(Date::parse_iso);
            let want = is_response && is_http && uri.is_some() && len <= MAX_FILE_BYTES;
            if !want {
                let skipped = io::copy(&mut (&mut self.r).take(len), &mut io::sink())
                    .map_err(|e| self.io(start, e))?;
                self.offset += skipped;
                if skipped < len {
                    return Err(self.fail(start, "truncated record"));
                }
                continue;
            }
            let mut block = Vec::with_capacity(len as usize);
            (&mut self.r)
                .take(len)
                .read_to_end(&mut block)
                .map_err(|e| self.io(start, e))?;
            self.offset += block.len() as u64;
            if (block.len() as u64) < len {
                return Err(self.fail(start, "truncated record"));
            }
            let Some(http) = HttpHead::parse(&block) else {
                continue;
            };
            if !(200..300).contains(&http.status) || !http.html {
                continue;
            }
            return Ok(Some(Page {
                record: self.record,
                target_uri: uri.unwrap_or_default(),
                date,
                body_start: http.body_start,
                charset: http.charset,
                chunked: http.chunked,
                encoding: http.encoding,
                block,
            }));
        }
    }

    /// Reads a record header: the version line and the named fields up to
    /// the blank line. Blank lines before it (the end of the previous
    /// record) are skipped. Returns where the record starts and its fields;
    /// `None` at a clean end of stream.
    #[allow(clippy::type_complexity)]
    fn header(&mut self) -> Result<Option<(u64, Vec<(String, String)>)>, WarcError> {
        let mut line = Vec::new();
        let start = loop {
            line.clear();
            let at = self.offset;
            let n = (&mut self.r)
                .take(MAX_HEADER_BYTES as u64)
                .read_until(b'\n', &mut line)
                .map_err(|e| self.io(at, e))?;
            if n == 0 {
                return Ok(None);
            }
            self.offset += n as u64;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if !line.starts_with(b"WARC/1.") {
                return Err(WarcError {
                    record: self.record + 1,
                    offset: at,
                    reason: "not a WARC record (expected WARC/1.0 or WARC/1.1)".into(),
                });
            }
            break at;
        };
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut total = 0usize;
        loop {
            line.clear();
            let n = (&mut self.r)
                .take(MAX_HEADER_BYTES as u64)
                .read_until(b'\n', &mut line)
                .map_err(|e| self.io(start, e))?;
            self.offset += n as u64;
            total += n;
            if n == 0 {
                return Err(WarcError {
                    record: self.record + 1,
                    offset: start,
                    reason: "truncated header".into(),
                });
            }
            if total > MAX_HEADER_BYTES {
                return Err(WarcError {
                    record: self.record + 1,
                    offset: start,
                    reason: "header too long".into(),
                });
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                return Ok(Some((start, fields)));
            }
            if text.starts_with([' ', '\t']) {
                if let Some((_, v)) = fields.last_mut() {
                    v.push(' ');
                    v.push_str(text.trim());
                }
                continue;
            }
            if let Some((k, v)) = text.split_once(':') {
                fields.push((k.trim().to_owned(), v.trim().to_owned()));
            }
        }
    }
}

/// What the worker needs from an HTTP response head.
struct HttpHead {
    status: u16,
    html: bool,
    charset: Option<String>,
    chunked: bool,
    encoding: Option<String>,
    body_start: usize,
}

impl HttpHead {
    fn parse(block: &[u8]) -> Option<HttpHead> {
        let head_end = memchr::memmem::find(block, b"\r\n\r\n")
            .map(|i| (i, i + 4))
            .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))?;
        let head = String::from_utf8_lossy(&block[..head_end.0]);
        let mut lines = head.lines();
        let status_line = lines.next()?;
        if !status_line.starts_with("HTTP/") {
            return None;
        }
        let status: u16 = status_line.split_whitespace().nth(1)?.parse().ok()?;
        let mut content_type = None;
        let mut chunked = false;
        let mut encoding = None;
        for l in lines {
            let Some((k, v)) = l.split_once(':') else {
                continue;
            };
            let v = v.trim();
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => content_type = Some(v.to_ascii_lowercase()),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => {
                    let e = v.to_ascii_lowercase();
                    if e != "identity" && !e.is_empty() {
                        encoding = Some(e);
                    }
                }
                _ => {}
            }
        }
        let body = &block[head_end.1..];
        let html = match &content_type {
            Some(ct) => ct.contains("html"),
            None => body
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|&b| b == b'<'),
        };
        let charset = content_type.as_deref().and_then(|ct| {
            ct.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix("charset=")
                    .map(|c| c.trim_matches(['"', '\'']).to_owned())
            })
        });
        Some(HttpHead {
            status,
            html,
            charset,
            chunked,
            encoding,
            body_start: head_end.1,
        })
    }
}

/// Joins the chunks of a chunked body; `None` if it is not validly chunked
/// (archives often store the body already de-chunked under the original
/// header).
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = memchr::memchr(b'\n', b)?;
        let size_text = std::str::from_utf8(&b[..eol]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        b = &b[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        if b.len() < size {
            return None;
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

fn inflate(body: &[u8], encoding: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let limit = MAX_FILE_BYTES + 1;
    let r = match encoding {
        "gzip" | "x-gzip" => MultiGzDecoder::new(body).take(limit).read_to_end(&mut out),
        "deflate" => ZlibDecoder::new(body).take(limit).read_to_end(&mut out),
        _ => return None,
    };
    r.ok()?;
    (out.len() as u64 <= MAX_FILE_BYTES).then_some(out)
}

/// Turns a page into a document (on a worker thread). `source` names the
/// archive in messages.
pub fn document(source: &str, page: &Page) -> Result<Document, DocError> {
    let bad = |reason: &str| {
        DocError::unreadable(
            source,
            format!(
                "record {} ({}): {reason}; skipped",
                page.record, page.target_uri
            ),
        )
    };
    let mut body: std::borrow::Cow<'_, [u8]> =
        std::borrow::Cow::Borrowed(&page.block[page.body_start..]);
    if page.chunked
        && let Some(joined) = dechunk(&body)
    {
        body = std::borrow::Cow::Owned(joined);
    }
    if let Some(enc) = &page.encoding {
        // Crawlers often store the body decoded under the original header:
        // only a body that looks compressed is inflated.
        let looks_gzip = body.starts_with(&[0x1f, 0x8b]);
        let looks_zlib = body.first() == Some(&0x78);
        if (enc.contains("gzip") && looks_gzip) || (enc == "deflate" && looks_zlib) {
            let e = if enc.contains("gzip") {
                "gzip"
            } else {
                "deflate"
            };
            body = std::borrow::Cow::Owned(
                inflate(&body, e).ok_or_else(|| bad("cannot decompress the HTTP body"))?,
            );
        }
    }
    let text = html::decode(&body, page.charset.as_deref());
    let article = html::article(&text);
    if article.text.trim().is_empty() {
        return Err(bad("no article text in the page"));
    }
    Ok(Document {
        id: page.target_uri.clone(),
        text: article.text,
        meta: DocMeta {
            title: article.meta.title,
            date: page.date.or(article.meta.date),
            url: Some(page.target_uri.clone()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, ct: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2019-03-14T08:00:00Z\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    #[test]
    fn only_html_responses() {
        let mut w = record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: x\r\n",
        );
        w.extend(record(
            "request",
            "https://a.invalid/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\n\r\n",
        ));
        w.extend(record(
            "response",
            "https://a.invalid/img",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ));
        w.extend(record(
            "response",
            "<https://a.invalid/1>",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>Hi\r\n5\r\n.</p>\r\n0\r\n\r\n",
        ));
        let mut r = Reader::new(&w[..]);
        let p = r.next_page().unwrap().unwrap();
        assert_eq!(p.record, 4);
        assert_eq!(p.target_uri, "https://a.invalid/1");
        let d = document("x.warc", &p).unwrap();
        assert_eq!(d.text, "Hi.");
        assert_eq!(
            d.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2019-03-14")
        );
        assert!(r.next_page().unwrap().is_none());
    }

    #[test]
    fn garbage_is_an_error_with_offset() {
        let mut w = record("warcinfo", "", "application/warc-fields", b"x");
        let at = w.len();
        w.extend_from_slice(b"GARBAGE\r\n");
        let mut r = Reader::new(&w[..]);
        let e = r.next_page().unwrap_err();
        assert_eq!(e.record, 2);
        assert_eq!(e.offset, at as u64);
    }
}
