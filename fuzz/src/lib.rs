//! Checks shared by the fuzz targets.
//!
//! A target turns the fuzzer's bytes into documents (the way a reader
//! does) and hands each to [`check_document`], which runs the whole
//! extractor and the mention finder over it and asserts what must hold for
//! any input: no panic, spans inside the text and on character boundaries,
//! the mention is the text at its span, values are exact and serialise
//! losslessly, CSV cells are spreadsheet-safe, the result is the same on a
//! second run. A target for a new reader is a few lines: decode the bytes
//! with the reader, then call [`check_documents`].

use std::sync::LazyLock;

use finfacts::model::{Document, FACT_COLUMNS, Fact};
use finfacts::output::csv_row;
use finfacts::{Options, Patterns};
use rust_decimal::Decimal;

/// The embedded patterns, compiled once per fuzzing process.
pub static PATTERNS: LazyLock<Patterns> =
    LazyLock::new(|| Patterns::embedded().expect("the embedded patterns compile"));

/// The characters a spreadsheet reads as the start of a formula (OWASP's
/// list, line feed, and the full-width forms some spreadsheets fold).
const FORMULA_START: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// Runs a document through the extractor (default options, then every
/// figure with explanations) and the mention finder, checking invariants.
pub fn check_document(doc: &Document, patterns: &Patterns) {
    let text = &doc.text;
    for m in finfacts::cmd::mentions::mentions(doc, patterns) {
        assert!(m.start <= m.end && m.end <= text.len(), "mention span {m:?}");
        assert_eq!(m.text, text[m.start..m.end], "mention text");
    }
    let plain = finfacts::extract(doc, patterns, &Options::default());
    let again = finfacts::extract(doc, patterns, &Options::default());
    assert_eq!(plain, again, "extraction is not deterministic");
    check_facts(doc, &plain, false);
    let all = Options {
        all_figures: true,
        explain: true,
    };
    let every = finfacts::extract(doc, patterns, &all);
    check_facts(doc, &every, true);
}

/// Checks what a reader produced from one file: every document has text
/// and goes through the extractor (default options) with sound facts;
/// every problem is a one-line message naming the file. The extractor
/// itself is fuzzed by the `extract` target; this keeps reader targets
/// fast.
pub fn check_documents<E: std::fmt::Display>(
    docs: impl IntoIterator<Item = Result<Document, E>>,
    origin: &str,
) {
    for d in docs {
        match d {
            Ok(doc) => {
                assert!(!doc.text.trim().is_empty(), "a document without text");
                let facts = finfacts::extract(&doc, &PATTERNS, &Options::default());
                check_facts(&doc, &facts, false);
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.starts_with(origin), "error does not name the file: {msg}");
            }
        }
    }
}

/// What a reader target feeds: the fuzzer's bytes as a file of `format`
/// named `name`, read the way `extract` and `ingest` read it (gzip
/// included), then checked by [`check_documents`].
pub fn check_reader(name: &str, format: finfacts::input::InputFormat, data: &[u8]) {
    let src = finfacts::corpus::SourceFile {
        path: name.into(),
        id: name.into(),
    };
    let fields = finfacts::input::Fields::default();
    let docs = finfacts::input::documents_in(&src, format, data, &fields);
    check_documents(docs, name);
}

fn check_facts(doc: &Document, facts: &[Fact], explain: bool) {
    let text = &doc.text;
    let mut prev: Option<&Fact> = None;
    for f in facts {
        assert!(f.start < f.end && f.end <= text.len(), "fact span {f:?}");
        assert_eq!(f.mention, text[f.start..f.end], "fact mention");
        assert!(!f.evidence.is_empty(), "empty evidence");
        assert!(text.contains(f.evidence.as_str()), "evidence not in text");
        assert!(f.value >= Decimal::ZERO, "negative value {f:?}");
        assert!(!f.org.is_empty() && !f.unit.is_empty(), "empty org or unit");
        assert_eq!(f.doc, doc.id);
        assert_eq!(f.explain.is_some(), explain);
        if let Some(p) = prev {
            assert!((p.start, p.end) <= (f.start, f.end), "facts out of order");
        }
        prev = Some(f);
        // JSON Lines: one line, and it reads back as the same fact.
        let line = serde_json::to_string(f).expect("a fact serialises");
        assert!(!line.contains('\n'), "a JSON line holds a newline");
        let back: Fact = serde_json::from_str(&line).expect("a fact reads back");
        assert_eq!(&back, f, "JSON round trip");
        assert_eq!(back.value.to_string(), f.value.to_string(), "value text");
        // CSV: one cell per column, none a formula.
        let row = csv_row(f, explain);
        assert_eq!(row.len(), FACT_COLUMNS.len() + usize::from(explain));
        for cell in &row {
            let bare = cell.trim_start_matches(' ');
            let numeric = bare.starts_with('-') && is_plain_number(&bare[1..]);
            assert!(
                numeric || !bare.starts_with(FORMULA_START),
                "CSV cell a spreadsheet would run: {cell:?}"
            );
        }
    }
}

fn is_plain_number(s: &str) -> bool {
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}
