//! JSON Lines archives (`.jsonl`, `.ndjson`, `--stdin`): one article per line.
//!
//! Takes a buffered byte stream and yields its lines one at a time (so a
//! file of any size is read with one line in memory, plus the bounded batch
//! the driver holds); each line is turned into a `Document` on a worker
//! thread. A record's text comes from the first of `text`, `body`,
//! `content` present (or `--text-field`), else from an `html` / `raw_html`
//! field run through the HTML extractor; its id from `id` (`--id-field`),
//! else `<file>:<line>`; its date from `date`, `published`, `published_at`,
//! `publishedAt`, `datePublished` or `pubdate` (`--date-field`); its title
//! from `title` / `headline` and its URL from `url` / `link` / `uri`. Fields
//! the record lacks are taken from the text's own `Title:`/`Date:`/`URL:`
//! header block, so a text archive packed into JSON Lines (as the Spark job
//! does) gives the same facts as the files themselves.
//!
//! The record is read with a visitor that looks only at the wanted
//! top-level keys and skips every other value without building it.

use std::fmt;
use std::io::{self, BufRead};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use crate::corpus::{header_block, parse_date};
use crate::error::DocError;
use crate::input::{Origin, html};
use crate::model::{DocMeta, Document};

/// Longest line accepted (a record larger than this is reported and skipped).
pub const MAX_LINE_BYTES: usize = 64 << 20;

/// Which fields of a record hold what; the command line can name them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fields {
    pub text: Vec<String>,
    pub id: Vec<String>,
    pub date: Vec<String>,
    pub title: Vec<String>,
    pub url: Vec<String>,
    pub html: Vec<String>,
}

fn names(n: &[&str]) -> Vec<String> {
    n.iter().map(|s| (*s).to_owned()).collect()
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            text: names(&["text", "body", "content"]),
            id: names(&["id"]),
            date: names(&[
                "date",
                "published",
                "published_at",
                "publishedAt",
                "datePublished",
                "pubdate",
            ]),
            title: names(&["title", "headline"]),
            url: names(&["url", "link", "uri"]),
            html: names(&["html", "raw_html"]),
        }
    }
}

impl Fields {
    /// The defaults, with the fields the user named in their place.
    pub fn with(text: Option<&str>, id: Option<&str>, date: Option<&str>) -> Fields {
        let mut f = Fields::default();
        if let Some(t) = text {
            f.text = vec![t.to_owned()];
            f.html.clear();
        }
        if let Some(i) = id {
            f.id = vec![i.to_owned()];
        }
        if let Some(d) = date {
            f.date = vec![d.to_owned()];
        }
        f
    }

    /// (role, rank) of a key: the lower the rank, the more it is preferred.
    fn slot(&self, key: &str) -> Option<(Role, usize)> {
        let roles = [
            (Role::Text, &self.text),
            (Role::Html, &self.html),
            (Role::Id, &self.id),
            (Role::Date, &self.date),
            (Role::Title, &self.title),
            (Role::Url, &self.url),
        ];
        roles
            .into_iter()
            .find_map(|(role, list)| list.iter().position(|n| n == key).map(|i| (role, i)))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Text = 0,
    Html = 1,
    Id = 2,
    Date = 3,
    Title = 4,
    Url = 5,
}

/// The wanted values of one record, each with the rank of its field.
#[derive(Default)]
struct Record {
    values: [Option<(usize, String)>; 6],
}

impl Record {
    fn take(&mut self, role: Role) -> Option<String> {
        self.values[role as usize].take().map(|(_, v)| v)
    }
}

struct RecordSeed<'f>(&'f Fields);

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Record;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Record, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Record;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object (one article)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut rec = Record::default();
        while let Some(slot) = map.next_key_seed(KeySeed(self.0))? {
            match slot {
                Some((role, rank)) => {
                    let v = map.next_value_seed(ScalarSeed)?;
                    let cell = &mut rec.values[role as usize];
                    if let Some(v) = v
                        && cell.as_ref().is_none_or(|(r, _)| rank < *r)
                    {
                        *cell = Some((rank, v));
                    }
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(rec)
    }
}

/// Maps a key to its slot without allocating it.
struct KeySeed<'f>(&'f Fields);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<(Role, usize)>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Option<(Role, usize)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.slot(v))
    }
}

/// A string, or a number or boolean written as one; anything else is
/// skipped (`None`).
struct ScalarSeed;

impl<'de> DeserializeSeed<'de> for ScalarSeed {
    type Value = Option<String>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or a number")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

/// Turns one line (without its line break) into a `Document`. `source`
/// names the file (or `stdin`) in messages and default ids.
pub fn record(
    source: &Origin,
    line: u64,
    bytes: &[u8],
    fields: &Fields,
) -> Result<Document, DocError> {
    let bad = |reason: String| DocError::BadRecord {
        path: source.path.clone(),
        line,
        reason,
    };
    let invalid = |e: serde_json::Error| {
        // serde's own "at line 1 column N" would contradict our line number.
        let msg = e.to_string();
        let msg = msg
            .rsplit_once(" at line ")
            .map_or(msg.as_str(), |(m, _)| m);
        bad(format!(
            "invalid JSON record (column {}): {msg}; skipped",
            e.column()
        ))
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let mut rec = RecordSeed(fields).deserialize(&mut de).map_err(invalid)?;
    de.end().map_err(invalid)?;
    let (text, fallback) = match (rec.take(Role::Text), rec.take(Role::Html)) {
        (Some(t), _) => {
            let (meta, _) = header_block(&t);
            (t, meta)
        }
        (None, Some(h)) => {
            let a = html::article(&h);
            (a.text, a.meta)
        }
        (None, None) => {
            let tried: Vec<&str> = fields
                .text
                .iter()
                .chain(&fields.html)
                .map(String::as_str)
                .collect();
            return Err(bad(format!(
                "no text field (tried {}); skipped",
                tried.join(", ")
            )));
        }
    };
    if text.trim().is_empty() {
        return Err(bad("no text (only white space); skipped".to_owned()));
    }
    let id = rec
        .take(Role::Id)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("{}:{line}", source.id));
    let meta = DocMeta {
        title: rec
            .take(Role::Title)
            .filter(|s| !s.trim().is_empty())
            .or(fallback.title),
        date: rec
            .take(Role::Date)
            .and_then(|d| parse_date(&d))
            .or(fallback.date),
        url: rec
            .take(Role::Url)
            .filter(|s| !s.trim().is_empty())
            .or(fallback.url),
    };
    Ok(Document { id, text, meta })
}

/// One line of a JSON Lines stream, or why it could not be read.
#[derive(Debug)]
pub enum Line {
    Record { line: u64, bytes: Vec<u8> },
    TooLong { line: u64 },
}

/// Reads a JSON Lines stream line by line; blank lines are skipped.
pub struct Lines<R> {
    reader: R,
    line: u64,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Lines<R> {
        Lines { reader, line: 0 }
    }

    /// The next non-blank line; `None` at the end of the stream.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        loop {
            let mut buf = Vec::new();
            let n = read_line_capped(&mut self.reader, MAX_LINE_BYTES + 1, &mut buf)?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            if buf.len() > MAX_LINE_BYTES {
                if buf.last() != Some(&b'\n') {
                    self.reader.skip_until(b'\n')?;
                }
                return Ok(Some(Line::TooLong { line: self.line }));
            }
            while matches!(buf.last(), Some(b'\n' | b'\r')) {
                buf.pop();
            }
            if self.line == 1 && buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
                buf.drain(..3);
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some(Line::Record {
                line: self.line,
                bytes: buf,
            }));
        }
    }
}

/// `reader.take(limit).read_until(b'\n', buf)`: the bytes up to and
/// including the next newline, at most `limit` of them, appended to `buf`;
/// how many. The newline is found by a SIMD search (std's byte search was
/// most of the cost of reading a JSON Lines file). Once `limit` bytes are
/// read, the reader is not asked for more (it may be a pipe that would
/// wait).
fn read_line_capped(
    reader: &mut impl BufRead,
    limit: usize,
    buf: &mut Vec<u8>,
) -> io::Result<usize> {
    let mut read = 0;
    while read < limit {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let room = &available[..available.len().min(limit - read)];
        if room.is_empty() {
            break;
        }
        let (done, used) = match memchr::memchr(b'\n', room) {
            Some(i) => (true, i + 1),
            None => (false, room.len()),
        };
        buf.extend_from_slice(&room[..used]);
        reader.consume(used);
        read += used;
        if done {
            break;
        }
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(name: &str) -> Origin {
        Origin {
            path: format!("dir/{name}"),
            id: name.to_owned(),
        }
    }

    #[test]
    fn fields_and_fallbacks() {
        let f = Fields::default();
        let d = record(&origin("a.jsonl"),
            3,
            br#"{"body":"B","text":"Title: T\nDate: 2019-03-14\n\nBody.","extra":{"x":[1,2]},"id":42}"#,
            &f,
        )
        .unwrap();
        assert_eq!(d.id, "42");
        assert_eq!(d.text, "Title: T\nDate: 2019-03-14\n\nBody.");
        assert_eq!(d.meta.title.as_deref(), Some("T"));
        assert_eq!(
            d.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2019-03-14")
        );
        let d = record(
            &origin("a.jsonl"),
            4,
            br#"{"content":"Body.","published":"2020-01-02"}"#,
            &f,
        )
        .unwrap();
        assert_eq!(d.id, "a.jsonl:4");
        assert_eq!(
            d.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2020-01-02")
        );
        let e = record(&origin("a.jsonl"), 5, b"{\"text\": 1", &f).unwrap_err();
        assert_eq!(
            e.to_string(),
            "dir/a.jsonl:5: invalid JSON record (column 10): EOF while parsing an object; skipped"
        );
        let e = record(&origin("a.jsonl"), 6, br#"{"title":"x"}"#, &f).unwrap_err();
        assert_eq!(
            e.to_string(),
            "dir/a.jsonl:6: no text field (tried text, body, content, html, raw_html); skipped"
        );
        let f = Fields::with(Some("article"), Some("guid"), Some("when"));
        let d = record(
            &origin("s"),
            1,
            br#"{"article":"A.","guid":"g1","when":"2018-05-01","text":"no"}"#,
            &f,
        )
        .unwrap();
        assert_eq!((d.id.as_str(), d.text.as_str()), ("g1", "A."));
        assert_eq!(
            d.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2018-05-01")
        );
    }

    #[test]
    fn lines_skip_blanks_and_number_from_one() {
        let data = b"{\"a\":1}\r\n\n  \n{\"b\":2}";
        let mut l = Lines::new(&data[..]);
        match l.next_line().unwrap() {
            Some(Line::Record { line, bytes }) => {
                assert_eq!((line, &bytes[..]), (1, &b"{\"a\":1}"[..]))
            }
            other => panic!("{other:?}"),
        }
        match l.next_line().unwrap() {
            Some(Line::Record { line, bytes }) => {
                assert_eq!((line, &bytes[..]), (4, &b"{\"b\":2}"[..]))
            }
            other => panic!("{other:?}"),
        }
        assert!(l.next_line().unwrap().is_none());
    }

    /// The capped line read is std's `take(limit).read_until`, whatever
    /// the reader's buffer size, line lengths and limit.
    #[test]
    fn capped_line_read_is_std_take_read_until() {
        use std::io::{BufReader, Read};
        let data = b"ab\n\ncdefghij\nklm\r\nnopqrstuvwxyz0123456789\nz";
        for cap in [1, 2, 3, 5, 8, 64] {
            for limit in [1, 2, 3, 4, 7, 11, 100] {
                let mut ours = BufReader::with_capacity(cap, &data[..]);
                let mut std_ = BufReader::with_capacity(cap, &data[..]);
                loop {
                    let (mut a, mut b) = (vec![b'x'], vec![b'x']);
                    let n = read_line_capped(&mut ours, limit, &mut a).unwrap();
                    let m = (&mut std_)
                        .take(limit as u64)
                        .read_until(b'\n', &mut b)
                        .unwrap();
                    assert_eq!((n, &a), (m, &b), "buffer {cap}, limit {limit}");
                    if n == 0 {
                        break;
                    }
                }
            }
        }
    }
}
