//! Clauses: the stretch of a sentence a figure's cue and body must share.
//!
//! Without a parser, a clause is cut at the marks reporters use to join
//! independent statements: semicolons, spaced dashes, brackets, and the
//! conjunctions "but", "while", "whereas", "although" and ", and".

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::Analysis;
use crate::model::Span;

/// The en and em dashes, then the words that join two statements: where
/// a clause is cut. Found by the words pass ([`crate::recognise::words`]).
pub const CUT_WORDS: &[&str] = &[
    "\u{2013}",
    "\u{2014}",
    " but ",
    " while ",
    " whilst ",
    " whereas ",
    " although ",
    " though ",
    ", and ",
    ", as ",
    ", meaning ",
    ", leaving ",
    ", compared with ",
    ", compared to ",
    " compared with ",
    " compared to ",
    ", against ",
    " against ",
];

/// `CUT_WORDS` in one automaton, for a text without a words pass.
static CUT_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(CUT_WORDS)
        .expect("static automaton")
});

/// Whether the words after "against" are a short object and then "by"
/// ("against its plan by", "against their annual plans by").
fn against_then_by(after: &str) -> bool {
    let words: Vec<&str> = after.split(' ').take(6).collect();
    let Some(by) = words.iter().position(|w| *w == "by") else {
        return false;
    };
    by >= 1
        && words[..by]
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'))
}

/// The clause of sentence `si` that holds byte `at`.
pub fn clause_of(a: &Analysis, si: usize, at: usize) -> Span {
    let s = a.sents[si].span;
    // A sentence's cuts are worked out once: every figure of it, and its
    // cues and bodies, ask for their clauses.
    let cuts = match a.cuts.get(si) {
        Some(cell) => cell.get_or_init(|| cuts_of(a, si)),
        None => &cuts_of(a, si),
    };
    let rel = at.saturating_sub(s.start);
    let mut start = 0;
    let mut end = s.end - s.start;
    for &(cs, ce) in cuts {
        if ce <= rel {
            start = start.max(ce);
        } else if cs >= rel {
            end = end.min(cs);
            break;
        }
    }
    Span::new(s.start + start, s.start + end.max(start))
}

/// Where sentence `si` is cut into clauses: `(start, end)` of each cut,
/// relative to the sentence, sorted.
fn cuts_of(a: &Analysis, si: usize) -> Vec<(usize, usize)> {
    let s = a.sents[si].span;
    let lower = a.lower(s);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let b = lower.as_bytes();
    let mut dashes: Vec<usize> = Vec::new();
    // "a planned deficit (£19.5m)": a bracket holding only a figure is
    // accounts style, not an aside.
    // (The figures are in text order: the first at or after a bracket is
    // the only one that can start inside it.)
    let first_fig_from = |at: usize| a.figs.get(a.figs.partition_point(|f| f.span.start < at));
    let bare_figure = |open: usize| {
        let close = lower[open..].find(')').map(|j| open + j)?;
        first_fig_from(s.start + open + 1)
            .is_some_and(|f| f.span.start == s.start + open + 1 && f.span.end == s.start + close)
            .then_some(close)
    };
    // "QIPP savings (the NHS's name for quality schemes) of £6.7m": a
    // short aside in brackets with no figure in it is part of the clause,
    // as one between dashes is.
    let gloss = |open: usize| {
        let close = lower[open..].find(')').map(|j| open + j)?;
        if close - open >= 100 || lower[open + 1..close].contains([';', '(']) {
            return None;
        }
        let has_fig = first_fig_from(s.start + open).is_some_and(|f| f.span.end <= s.start + close);
        (!has_fig).then_some(close)
    };
    // (Brackets and semicolons, then dashes: two SIMD searches rather than
    // a test of every byte; the dashes do not depend on the brackets.)
    let mut kept_close = None;
    for i in memchr::memchr3_iter(b'(', b')', b';', b) {
        match b[i] {
            b'(' => match bare_figure(i).or_else(|| gloss(i)) {
                Some(close) => kept_close = Some(close),
                None => cuts.push((i, i + 1)),
            },
            b')' if kept_close == Some(i) => {}
            _ => cuts.push((i, i + 1)),
        }
    }
    for i in memchr::memchr_iter(b'-', b) {
        if i > 0 && i + 1 < b.len() && b[i - 1] == b' ' && b[i + 1] == b' ' {
            dashes.push(i);
        }
    }
    // A short aside between two dashes with no figure in it ("savings -
    // known as QIPP - of £22.4m") is part of the clause; other spaced
    // dashes separate statements.
    let mut k = 0;
    while k < dashes.len() {
        let i = dashes[k];
        if let Some(&j) = dashes.get(k + 1) {
            let (gs, ge) = (s.start + i, s.start + j);
            let has_fig = a
                .figs
                .iter()
                .any(|f| f.span.start >= gs && f.span.end <= ge);
            if j - i < 100 && !has_fig {
                k += 2;
                continue;
            }
        }
        cuts.push((i, i + 1));
        k += 1;
    }
    // En and em dashes, then the break words: every occurrence of each, as
    // a search from the end of its previous occurrence finds them. The
    // words pass found them all, overlapping, by their ends: those inside
    // the sentence are its own (one pass over the sentence otherwise).
    let found: Vec<(usize, usize, usize)> = match &a.words {
        Some(w) => {
            let from = w.cuts.partition_point(|c| c.1 <= s.start);
            let to = w.cuts.partition_point(|c| c.1 <= s.end);
            w.cuts[from..to]
                .iter()
                .filter(|c| c.0 >= s.start)
                .map(|&(i, end, p)| (i - s.start, end - s.start, p))
                .collect()
        }
        None => CUT_AC
            .find_overlapping_iter(lower)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect(),
    };
    let mut next_from = [0usize; CUT_WORDS.len()];
    for (i, end, p) in found {
        if i < next_from[p] {
            continue;
        }
        next_from[p] = end;
        // "underspent against their plans by £122m": what the verb
        // missed, inside the verb's clause, not a comparison after it.
        if CUT_WORDS[p].ends_with("against ") && against_then_by(&lower[end..]) {
            continue;
        }
        cuts.push((i, end));
    }
    cuts.sort();
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    /// A sentence's cuts from the words pass's occurrences are those of its
    /// own search: dashes, break words, repeated and overlapping ones, and
    /// "against ... by".
    #[test]
    fn cuts_from_the_words_pass_are_the_sentences_own() {
        let p = crate::patterns::test_patterns();
        let mut texts = crate::text::bundled_articles();
        texts.push(
            "The trust \u{2013} which had planned a surplus \u{2014} overspent, but the CCG, \
             while under pressure, underspent against its plan by £2m, compared with £1m, \
             and it said so. It was  against  the plan, but but whereas although. \
             Both – neither—either, and , and the rest. But the board said no. \
             Against that, the council agreed."
                .to_owned(),
        );
        let mut cut = 0;
        for text in texts {
            let doc = Document {
                text,
                ..Document::default()
            };
            let norm = crate::text::normalise(&doc.text);
            let lower = norm.to_ascii_lowercase();
            let words = p.words.find(&p.cues, &p.orgs, &norm, lower.as_bytes());
            let sents = crate::text::sentences(&norm);
            let analysis = |words| Analysis {
                text: &doc.text,
                norm: &norm,
                lower: lower.clone(),
                cuts: Vec::new(),
                story: std::cell::OnceCell::new(),
                sents: sents.clone(),
                figs: Vec::new(),
                refs: Vec::new(),
                cues: Vec::new(),
                stats: Vec::new(),
                words,
                doc: &doc,
                patterns: p,
                years: Vec::new(),
                current_year: None,
                explain: false,
            };
            let (shared, own) = (analysis(Some(words)), analysis(None));
            for (si, sent) in sents.iter().enumerate() {
                let c = cuts_of(&shared, si);
                assert_eq!(c, cuts_of(&own, si), "{:?}", shared.slice(sent.span));
                cut += c.len();
            }
        }
        // (Enough cuts to compare: 87 on the bundled texts, short
        // bracketed glosses being no cuts.)
        assert!(cut > 80, "{cut} cuts");
    }
}
