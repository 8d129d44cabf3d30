//! Text stage: a matching copy of the text and its sentences.
//!
//! Takes a document's text, yields a *normalised view* of exactly the same
//! byte length (so every span found in it is a span of the original text)
//! and the sentence spans. Nothing here changes the document text itself.

use std::borrow::Cow;

use crate::model::Span;

/// The months, lowercase, January first: dates, "month 7", financial
/// months and time words all read them from here.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// 1 for "january" … 12 for "december" (lowercase).
pub fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == w).map(|i| i as u32 + 1)
}

/// Returns `text` with exotic white space (no-break space, thin space,
/// narrow no-break space, the BOM, ...) replaced by as many ASCII spaces as
/// it has bytes, and CR by a space; borrowed when there is none (most
/// texts), copied once otherwise.
///
/// Recognisers run on this view so that "£4.8\u{a0}million" matches the
/// same rule as "£4.8 million", while byte offsets stay those of the
/// original text.
pub fn normalise(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Every character to fold is CR or starts with one of the lead bytes
    // 0xC2 (U+00A0), 0xE2 (U+2000 to U+205F), 0xE3 (U+3000) or 0xEF
    // (U+FEFF): SIMD searches find their candidates (a lead byte is never
    // inside a character, so each is a character's start). The copy is
    // made at the first character that is folded.
    let mut out: Option<Vec<u8>> = None;
    let candidates = memchr::memchr3_iter(b'\r', 0xC2, 0xE2, bytes)
        .chain(memchr::memchr2_iter(0xE3, 0xEF, bytes));
    for i in candidates {
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let n = c.len_utf8();
        let first = match c {
            '\r'
            | '\u{a0}'
            | '\u{2000}'..='\u{200b}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{feff}' => b' ',
            // U+2028/U+2029 break lines for a reader; treat them as such.
            '\u{2028}' | '\u{2029}' => b'\n',
            _ => continue,
        };
        let o = out.get_or_insert_with(|| bytes.to_vec());
        o[i] = first;
        o[i + 1..i + n].fill(b' ');
    }
    match out {
        None => Cow::Borrowed(text),
        Some(out) => {
            debug_assert_eq!(out.len(), text.len());
            // Whole characters were replaced by ASCII: still UTF-8.
            Cow::Owned(
                String::from_utf8(out)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            )
        }
    }
}

/// A sentence (or a line that stands alone: a headline, a bullet, a table
/// row) and the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (block of lines without a blank line).
    pub para: usize,
    /// True when the sentence is a whole line on its own that does not end
    /// in sentence punctuation: a headline, caption, list item or table row.
    pub line_like: bool,
}

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "cllr", "no", "nos", "co", "ltd", "inc", "vs", "etc",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gov", "rt", "hon", "sr", "jr", "fig", "cf", "al", "est", "mt", "rev", "gen", "col", "capt",
    "lt", "sgt", "insp", "supt", "det", "pc",
];

/// A word of at most 7 bytes as one integer, ASCII-lowercased: its length,
/// then its bytes. Two words have the same key when they are the same word
/// in any ASCII case.
const fn word_key(b: &[u8]) -> u64 {
    let mut k = b.len() as u64;
    let mut i = 0;
    while i < b.len() {
        k = k << 8 | b[i].to_ascii_lowercase() as u64;
        i += 1;
    }
    k
}

/// The keys of [`ABBREVIATIONS`] ([`word_key`]), sorted: looked up at every
/// full stop that may end a sentence, by binary search and without
/// lowercasing the word into a new string.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        assert!(ABBREVIATIONS[i].len() <= 7);
        let k = word_key(ABBREVIATIONS[i].as_bytes());
        // (Insertion sort: the list is short.)
        let mut j = i;
        while j > 0 && keys[j - 1] > k {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = k;
        i += 1;
    }
    keys
};

/// Whether `word` is one of [`ABBREVIATIONS`], in any ASCII case.
fn is_abbreviation(word: &str) -> bool {
    word.len() <= 7
        && ABBREVIATION_KEYS
            .binary_search(&word_key(word.as_bytes()))
            .is_ok()
}

/// Splits a (normalised) text into sentences.
///
/// Lines are never joined: news text puts headlines, bullets and table rows
/// on lines of their own. Within a line, a sentence ends at `.`, `!` or `?`
/// (plus closing quotes or brackets) followed by white space and a capital,
/// digit, quote or currency sign, unless the word before is an
/// abbreviation or an initial.
pub fn sentences(text: &str) -> Vec<Sentence> {
    // (Sized once for most texts: news sentences run to 100 bytes or more.)
    let mut out = Vec::with_capacity(text.len() / 100 + 4);
    let bytes = text.as_bytes();
    let mut para = 0usize;
    let mut prev_blank = true;
    let mut seen_any = false;
    let mut line_start = 0usize;
    while line_start <= bytes.len() {
        let line_end = memchr::memchr(b'\n', &bytes[line_start..])
            .map(|i| line_start + i)
            .unwrap_or(bytes.len());
        let line = &text[line_start..line_end];
        if line.trim().is_empty() {
            prev_blank = true;
        } else {
            if prev_blank && seen_any {
                para += 1;
            }
            prev_blank = false;
            seen_any = true;
            split_line(text, line_start, line_end, para, &mut out);
        }
        if line_end == bytes.len() {
            break;
        }
        line_start = line_end + 1;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, para: usize, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let first_index = out.len();
    let mut s = skip_space(bytes, start, end);
    let mut i = s;
    while i < end {
        // (Only sentence punctuation matters: jump to the next.)
        let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..end]) else {
            break;
        };
        i += k;
        // Extend over closing quotes and brackets.
        let mut j = i + 1;
        loop {
            if j < end && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            } else if text[j..end].starts_with('\u{201d}') || text[j..end].starts_with('\u{2019}') {
                j += 3;
            } else {
                break;
            }
        }
        if j < end && bytes[j] == b' ' && is_sentence_end(text, s, i, j, end) {
            push(out, text, s, j, para);
            s = skip_space(bytes, j, end);
            i = s;
            continue;
        }
        i = j;
    }
    if s < end {
        push(out, text, s, end, para);
    }
    // A single-sentence line that does not end in sentence punctuation
    // stands on its own: headline, caption, bullet or table row.
    if out.len() == first_index + 1 {
        let last = &mut out[first_index];
        let t = text[last.span.start..last.span.end].trim_end();
        let ends = t.ends_with(['.', '!', '?', '"', '\'', ')'])
            || t.ends_with('\u{201d}')
            || t.ends_with('\u{2019}');
        last.line_like = !ends;
    }
}

/// A longer run without a sentence end (a page with no punctuation, a line
/// of data) is cut at white space into pieces of at most this many bytes,
/// so the work per sentence stays bounded. Real sentences are far shorter.
pub const MAX_SENTENCE: usize = 1000;

fn push(out: &mut Vec<Sentence>, text: &str, mut s: usize, e: usize, para: usize) {
    let bytes = text.as_bytes();
    while e - s > MAX_SENTENCE {
        let limit = s + MAX_SENTENCE;
        let cut = (s + 1..limit)
            .rev()
            .find(|&i| bytes[i].is_ascii_whitespace())
            .or_else(|| (s + 1..=limit).rev().find(|&i| text.is_char_boundary(i)))
            .unwrap_or(limit);
        push_one(out, text, s, cut, para);
        s = skip_space(bytes, cut, e);
    }
    push_one(out, text, s, e, para);
}

fn push_one(out: &mut Vec<Sentence>, text: &str, s: usize, e: usize, para: usize) {
    let trimmed = text[s..e].trim_end();
    let e = s + trimmed.len();
    if e > s {
        out.push(Sentence {
            span: Span::new(s, e),
            para,
            line_like: false,
        });
    }
}

fn skip_space(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Decides whether the punctuation at `dot` (closing run ends at `after`)
/// ends the sentence that began at `start`.
fn is_sentence_end(text: &str, start: usize, dot: usize, after: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let next = skip_space(bytes, after, end);
    if next >= end {
        return true;
    }
    let rest = &text[next..end];
    let Some(c) = rest.chars().next() else {
        return true;
    };
    let opens = c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\'' | '\u{201c}' | '\u{2018}' | '£' | '$' | '€' | '(' | '-'
        );
    if !opens {
        return false;
    }
    if bytes[dot] != b'.' {
        return true;
    }
    // The word before the full stop.
    let word_start = word_start_before(text, start, dot);
    let word = &text[word_start..dot];
    if word.is_empty() {
        return true;
    }
    // Initials and dotted acronyms: "J. Smith", "M.E.N. can reveal".
    if is_initials(word) {
        return false;
    }
    !is_abbreviation(word)
}

/// Whether `word` is an initial ("J") or dotted initials ("M.E.N"): one
/// capital, or a full stop and no two characters between two full stops.
/// (Each part's characters are looked at until a second, not counted;
/// the full stop found by memchr, not a char search.)
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars();
    let sole = chars.next().filter(|_| chars.as_str().is_empty());
    sole.is_some_and(char::is_uppercase)
        || (memchr::memchr(b'.', word.as_bytes()).is_some()
            && word.split('.').all(|p| p.chars().nth(1).is_none()))
}

/// Where the word (letters, digits and full stops) that ends at `dot`
/// starts, at `start` at the earliest. Read byte by byte while the text is
/// ASCII, character by character (for letters beyond it) only when it is not.
fn word_start_before(text: &str, start: usize, dot: usize) -> usize {
    let head = &text.as_bytes()[start..dot];
    match head
        .iter()
        .rposition(|&c| !(c.is_ascii_alphanumeric() || c == b'.'))
    {
        None => start,
        Some(k) if head[k].is_ascii() => start + k + 1,
        Some(_) => text[start..dot]
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
            .map(|(i, c)| start + i + c.len_utf8())
            .unwrap_or(start),
    }
}

/// The first byte of `hay` at or after `from` for which `is` holds,
/// testing sixteen bytes at a time: for bytes a few in a hundred (capitals,
/// digits), where a byte-by-byte search would stop to test each.
#[inline]
pub fn first_byte(hay: &[u8], from: usize, is: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    let any = |chunk: &[u8; 16]| chunk.iter().fold(false, |any, &c| any | is(c));
    let mut i = from;
    loop {
        let rest = hay.get(i..)?;
        if let Some(chunk) = rest.first_chunk::<16>() {
            if any(chunk) {
                break;
            }
            i += 16;
            continue;
        }
        // The rest, shorter than sixteen bytes (a short string's whole),
        // tested as one chunk too: padded with its first byte, which is
        // the answer if `is` holds for it.
        let mut chunk = [*rest.first()?; 16];
        chunk[..rest.len()].copy_from_slice(rest);
        if !any(&chunk) {
            return None;
        }
        break;
    }
    hay[i..].iter().position(|&c| is(c)).map(|k| i + k)
}

/// The articles of the bundled `corpus/` folder: real text for tests.
#[cfg(test)]
pub(crate) fn bundled_articles() -> Vec<String> {
    std::fs::read_dir("corpus")
        .expect("the bundled corpus")
        .map(|e| std::fs::read_to_string(e.expect("an entry").path()).expect("an article"))
        .collect()
}

/// Byte spans of the words of `text[span]`: runs of letters and digits,
/// keeping internal apostrophes, hyphens, full stops and commas between
/// digits ("O'Sullivan", "year-end", "4.8", "720,000").
pub fn words(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let s = &text[span.start..span.end];
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let inner = match c {
            '\'' | '\u{2019}' | '-' => {
                prev.is_some_and(|p| p.is_alphanumeric())
                    && next.is_some_and(|n| n.is_alphanumeric())
            }
            '.' | ',' => {
                prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())
            }
            '&' => start.is_some() && next.is_some_and(|n| n.is_alphabetic()),
            _ => false,
        };
        if c.is_alphanumeric() || (inner && start.is_some()) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(Span::new(span.start + st, span.start + i));
        }
        prev = Some(c);
    }
    if let Some(st) = start {
        out.push(Span::new(span.start + st, span.end));
    }
    out
}

/// A fixed list of lowercase phrases looked for in a piece of text: one
/// automaton pass instead of one substring search per phrase (the checks
/// run for every figure). The automaton is built on first use.
pub struct Phrases {
    list: &'static [&'static str],
    ac: std::sync::OnceLock<aho_corasick::AhoCorasick>,
}

impl Phrases {
    pub const fn new(list: &'static [&'static str]) -> Phrases {
        Phrases {
            list,
            ac: std::sync::OnceLock::new(),
        }
    }

    fn ac(&self) -> &aho_corasick::AhoCorasick {
        self.ac.get_or_init(|| {
            aho_corasick::AhoCorasickBuilder::new()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(self.list)
                // A static list of literals always compiles.
                .expect("static phrase automaton")
        })
    }

    /// Whether `hay` holds one of the phrases anywhere, as
    /// `list.iter().any(|p| hay.contains(p))` would say.
    pub fn in_text(&self, hay: &str) -> bool {
        self.ac().is_match(hay)
    }

    /// Whether `hay` holds one of the phrases with no letter or digit
    /// right before or after it.
    pub fn as_words_in(&self, hay: &str) -> bool {
        self.ac().find_overlapping_iter(hay).any(|m| {
            !hay[..m.start()].ends_with(char::is_alphanumeric)
                && !hay[m.end()..].starts_with(char::is_alphanumeric)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The initials test is the counting one it replaced.
    #[test]
    fn initials_are_those_counted() {
        let counted = |word: &str| {
            (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()))
                || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1))
        };
        let words = [
            "", ".", "..", "J", "j", "É", "é", "7", "M.E.N", "M.E.N.", "U.S", "Mr", "St", "a.m",
            "No.10", "Dr.É", "É.É", "éé.É", "1.5", "Jan", "JS", ".J", "J.",
        ];
        let mut yes = 0;
        for w in words {
            assert_eq!(is_initials(w), counted(w), "{w:?}");
            yes += usize::from(counted(w));
        }
        assert!(yes > 8 && yes < words.len() - 5, "{yes}");
    }

    fn texts<'a>(text: &'a str, ss: &[Sentence]) -> Vec<&'a str> {
        ss.iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn abbreviations_are_found_in_any_case_and_nothing_else() {
        for a in ABBREVIATIONS {
            assert!(is_abbreviation(a), "{a}");
            assert!(is_abbreviation(&a.to_ascii_uppercase()), "{a}");
        }
        for w in ["", "m", "mrss", "approxx", "trust", "Straße", "no.", "ĳ"] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn word_start_reads_back_as_chars_would() {
        for t in [
            "Mr. Smith",
            "see St.",
            "in Zürich.",
            "the M.E.N.",
            "Ärzte.",
            "a £4.8m.",
            "x",
        ] {
            for dot in (0..=t.len()).filter(|&d| t.is_char_boundary(d)) {
                let by_chars = t[..dot]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
                    .map(|(i, c)| i + c.len_utf8())
                    .unwrap_or(0);
                assert_eq!(word_start_before(t, 0, dot), by_chars, "{t:?} {dot}");
            }
        }
    }

    #[test]
    fn first_byte_finds_what_a_byte_by_byte_search_finds() {
        let hay = b"no digits here, then 4 and 17 at the end9";
        let is = |c: u8| c.is_ascii_digit();
        for len in 0..=hay.len() {
            for from in 0..=len + 1 {
                let h = &hay[..len];
                let want = h
                    .get(from..)
                    .and_then(|r| r.iter().position(|&c| is(c)).map(|k| from + k));
                assert_eq!(first_byte(h, from, is), want, "{len} {from}");
            }
        }
    }

    #[test]
    fn normalise_keeps_byte_length() {
        let t = "£4.8\u{a0}million and 1\u{2009}per\u{202f}cent\r\n";
        let n = normalise(t);
        assert_eq!(n.len(), t.len());
        assert!(n.contains("4.8  million"));
        assert!(!n.contains('\r'));
    }

    #[test]
    fn normalise_folds_at_every_offset_of_its_ascii_blocks() {
        // The scan skips ASCII 32 bytes at a time: a character to fold (or
        // none) at each offset around the block edges, and texts ending
        // exactly on an edge.
        for len in [0, 1, 31, 32, 33, 63, 64, 65, 96] {
            let ascii = "a".repeat(len);
            assert_eq!(normalise(&format!("{ascii}£")), format!("{ascii}£"));
            assert_eq!(normalise(&format!("{ascii}\u{a0}x")), format!("{ascii}  x"));
            assert_eq!(normalise(&format!("{ascii}\r")), format!("{ascii} "));
            assert_eq!(
                normalise(&format!("\u{2028}{ascii}\u{feff}")),
                format!("\n  {ascii}   ")
            );
        }
    }

    #[test]
    fn splits_on_full_stops_not_in_numbers_or_titles() {
        let t = "The deficit is £4.8m. Mr. Smith said it was 2.5 per cent. It ended.";
        let ss = sentences(t);
        assert_eq!(
            texts(t, &ss),
            vec![
                "The deficit is £4.8m.",
                "Mr. Smith said it was 2.5 per cent.",
                "It ended."
            ]
        );
    }

    #[test]
    fn lines_stand_alone_and_paragraphs_count() {
        let t = "Headline about £60m\n\nFirst para. Second sentence.\nNext line\n\nNew para.";
        let ss = sentences(t);
        assert_eq!(
            texts(t, &ss),
            vec![
                "Headline about £60m",
                "First para.",
                "Second sentence.",
                "Next line",
                "New para."
            ]
        );
        assert_eq!(
            ss.iter().map(|s| s.para).collect::<Vec<_>>(),
            vec![0, 1, 1, 1, 2]
        );
        assert!(ss[0].line_like);
        assert!(!ss[1].line_like);
    }

    #[test]
    fn quotes_close_sentences() {
        let t = "He said: \u{201c}It is bad.\u{201d} The trust agreed.";
        let ss = sentences(t);
        assert_eq!(
            texts(t, &ss),
            vec!["He said: \u{201c}It is bad.\u{201d}", "The trust agreed."]
        );
    }

    #[test]
    fn dotted_acronyms_do_not_split() {
        let t = "The M.E.N. can reveal that the trust is in deficit.";
        assert_eq!(sentences(t).len(), 1);
    }

    #[test]
    fn words_keep_inner_marks() {
        let t = "O\u{2019}Sullivan's year-end gap: £720,000 (4.8%)";
        let ws: Vec<&str> = words(t, Span::new(0, t.len()))
            .into_iter()
            .map(|s| &t[s.start..s.end])
            .collect();
        assert_eq!(
            ws,
            vec!["O\u{2019}Sullivan's", "year-end", "gap", "720,000", "4.8"]
        );
    }

    #[test]
    fn phrases_anywhere_and_as_words() {
        static P: Phrases = Phrases::new(&["not yet", "at risk", "plan"]);
        assert!(P.in_text("savings not yet identified"));
        assert!(P.in_text("the planned cuts"));
        assert!(!P.in_text("savings identified"));
        // As words: "planned" does not hold the word "plan"; a later,
        // bounded occurrence still counts.
        assert!(!P.as_words_in("the planned cuts"));
        assert!(P.as_words_in("planned, or at risk"));
        assert!(P.as_words_in("plan"));
        assert!(!P.as_words_in("ratrisk"));
    }
}
