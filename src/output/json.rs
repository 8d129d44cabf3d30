//! A fact as one line of JSON, written directly: the bytes
//! `serde_json::to_writer` writes for it (tested against it), without
//! serde's per-field calls and byte-at-a-time escaping, which were about
//! a twentieth of the work per article. Strings are escaped eight bytes at a
//! time: most of a fact (its evidence sentence, title, URL) needs none.

use std::io::Write;

use crate::model::Fact;

/// `"name":`, for [`Object`]: keys are plain ASCII, never escaped.
macro_rules! key {
    ($k:literal) => {
        concat!("\"", $k, "\":")
    };
}

/// Appends `f` as a JSON object to `out` (no newline).
pub fn fact(out: &mut Vec<u8>, f: &Fact) {
    let mut o = Object { out, first: true };
    o.str(key!("doc"), &f.doc);
    o.str(key!("org"), &f.org);
    o.str(key!("org_type"), &f.org_type);
    o.opt(key!("org_id"), f.org_id.as_deref());
    o.opt(key!("org_successor"), f.org_successor.as_deref());
    o.str(key!("metric"), f.metric.as_str());
    // (A decimal's digits, sign and point need no escaping.)
    o.key(key!("value"));
    let _ = write!(o.out, "\"{}\"", f.value);
    o.str(key!("unit"), &f.unit);
    o.raw(key!("approx"), if f.approx { b"true" } else { b"false" });
    o.opt(key!("bound"), f.bound.map(|b| b.as_str()));
    o.opt(key!("period"), f.period.as_deref());
    o.opt(key!("status"), f.status.map(|s| s.as_str()));
    o.opt(key!("as_of"), f.as_of.as_deref());
    o.str(key!("evidence"), &f.evidence);
    o.uint(key!("start"), f.start);
    o.uint(key!("end"), f.end);
    o.str(key!("mention"), &f.mention);
    o.str(key!("rule"), &f.rule);
    o.opt(key!("url"), f.url.as_deref());
    o.opt(key!("title"), f.title.as_deref());
    o.opt(key!("date"), f.date.as_deref());
    if let Some(e) = &f.explain {
        o.str(key!("explain"), e);
    }
    o.out.push(b'}');
}

/// An object being written, its keys (each a [`key!`]) in the order
/// given.
struct Object<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl Object<'_> {
    fn key(&mut self, k: &str) {
        self.out.push(if self.first { b'{' } else { b',' });
        self.first = false;
        self.out.extend_from_slice(k.as_bytes());
    }

    fn raw(&mut self, k: &str, v: &[u8]) {
        self.key(k);
        self.out.extend_from_slice(v);
    }

    /// A number in decimal, without the formatting machinery.
    fn uint(&mut self, k: &str, mut n: usize) {
        self.key(k);
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out.extend_from_slice(&digits[at..]);
    }

    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        string(self.out, v);
    }

    fn opt(&mut self, k: &str, v: Option<&str>) {
        match v {
            Some(v) => self.str(k, v),
            None => self.raw(k, b"null"),
        }
    }
}

/// `s` as a JSON string, escaped as serde_json escapes: `"` and `\`,
/// the control characters (short forms where JSON has them, else
/// `\u00xx`), nothing else.
fn string(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut done = 0;
    // (Sixteen bytes at a time: most strings have nothing to escape.)
    while let Some(i) = crate::text::first_byte(b, done, needs_escape) {
        out.extend_from_slice(&b[done..i]);
        let c = b[i];
        let short: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\x08' => b"\\b",
            b'\x0c' => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            _ => b"",
        };
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(c >> 4)]);
            out.push(HEX[usize::from(c & 0xf)]);
        } else {
            out.extend_from_slice(short);
        }
        done = i + 1;
    }
    out.extend_from_slice(&b[done..]);
    out.push(b'"');
}

/// Whether JSON needs `c` escaped: a control character, `"` or `\`.
fn needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bound, Metric, Status};
    use rust_decimal::Decimal;

    fn sample(text: &str, i: usize) -> Fact {
        Fact {
            doc: format!("doc{text}"),
            org: text.to_owned(),
            org_type: "trust".into(),
            org_id: i.is_multiple_of(2).then(|| "RXR".into()),
            org_successor: i.is_multiple_of(3).then(|| text.to_owned()),
            metric: Metric::ALL[i % Metric::ALL.len()],
            value: Decimal::new(-(i as i64) * 12345, (i % 5) as u32),
            unit: if i.is_multiple_of(2) {
                "GBP"
            } else {
                "percent"
            }
            .into(),
            approx: i % 2 == 1,
            bound: [None, Some(Bound::Lower), Some(Bound::Upper)][i % 3],
            period: (!i.is_multiple_of(4)).then(|| "2019-20".into()),
            status: [
                None,
                Some(Status::Actual),
                Some(Status::Forecast),
                Some(Status::Planned),
                Some(Status::Target),
            ][i % 5],
            as_of: i.is_multiple_of(2).then(|| "2019-09".into()),
            evidence: format!("The trust said “{text}” was £1.5bn."),
            start: [0, 9, 10, i * 7, usize::MAX][i % 5],
            end: i * 7 + 6,
            mention: "£1.5bn".into(),
            rule: "deficit.noun".into(),
            url: (i % 3 != 1).then(|| format!("https://x.invalid/{text}")),
            title: (i % 2 == 1).then(|| text.to_owned()),
            date: (i % 3 == 2).then(|| "2019-09-22".into()),
            explain: (i % 4 == 3).then(|| format!("cue {text}")),
        }
    }

    /// Byte for byte what serde_json writes, for every control character,
    /// both quotes, non-ASCII text, escapes at every offset of the
    /// eight-byte blocks, and every field present and absent.
    #[test]
    fn same_bytes_as_serde_json() {
        let mut texts: Vec<String> = (0u8..0x80).map(|c| char::from(c).to_string()).collect();
        texts.extend(
            [
                "",
                "plain ascii text of some length, no escapes at all here",
                "Hywel Dda \u{2019}s £4.8m — 91.5% \u{1F600} naïve",
                "quote \" and backslash \\ and \u{7f} delete",
                "a\tb\nc\rd\u{8}e\u{c}f\u{1}g\u{1f}h",
            ]
            .map(str::to_owned),
        );
        // Every ASCII character and some others, in the first sixteen
        // bytes, the next sixteen and the tail shorter than sixteen.
        let chars = (0u8..0x80).map(char::from).chain(['é', '£', '\u{2019}']);
        for c in chars {
            for pad in 0..34 {
                texts.push(format!("{}{c}{}", "x".repeat(pad), "y".repeat(34 - pad)));
            }
        }
        for (i, t) in texts.iter().enumerate() {
            let f = sample(t, i);
            let mut ours = Vec::new();
            fact(&mut ours, &f);
            let theirs = serde_json::to_vec(&f).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs),
                "text {t:?}"
            );
        }
    }
}
