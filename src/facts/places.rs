//! Capitalised runs that may name a place: "(both )Southend and Castle
//! Point('s)( groups)", "its counterpart in Kent".
//!
//! [`PLACES`] says what a match is. Most words of a story that start with a
//! capital are matches, so the regex paid a search per word, and a capture
//! search for every run of several words. [`find`] walks the text once and
//! tries the pattern's alternatives at each capital in the order the regex
//! does (leftmost-first, greedy), so it finds the same matches and groups.
//! Word boundaries and case are ASCII there; a text with a non-ASCII word
//! character ("Café") goes to the regex.

use std::sync::LazyLock;

use crate::model::Span;
use crate::rx::Regex;

/// The pattern [`find`] implements.
pub(super) static PLACES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<pre>\b(?:[Bb]oth|counterpart (?:in|at|for)|neighbouring|neighbour)[ \t]+)?(?P<place>{W}(?:(?:[ \t]+and[ \t]+|[ \t]+of[ \t]+|[ \t]+|[ \t]*,[ \t]*){W})*)(?P<poss>'s|’s|')?(?:[ \t]+(?P<noun>{}))?\b",
        NOUNS.join("|")
    ))
    .expect("static regex")
});

/// One word of a place.
const W: &str = r"(?:[A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z])";

/// The kind nouns a place may take, in the regex's order.
const NOUNS: &[&str] = &[
    "groups",
    "group",
    "CCGs",
    "CCG",
    "trusts",
    "trust",
    "boards",
    "health boards",
    "systems",
    "hospital",
    "health system",
    "health economy",
    "health and care system",
    "health and care economy",
];

/// The words a match may start with before its place, in the regex's order.
const PRE: &[&str] = &[
    "Both",
    "both",
    "counterpart in",
    "counterpart at",
    "counterpart for",
    "neighbouring",
    "neighbour",
];

/// One match: its `place` group, its `noun` group (and where that ends),
/// its `pre` group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Place<'h> {
    pub span: Span,
    pub text: &'h str,
    pub noun: Option<(&'h str, usize)>,
    pub pre: Option<&'h str>,
}

/// The matches of [`PLACES`] in `hay`, in order, as `captures_iter` finds
/// them. (Yielded as found: a story has hundreds, and no list is built.)
pub(super) fn find(hay: &str) -> impl Iterator<Item = Place<'_>> {
    let by_bytes = crate::rx::twin_applies(hay) || !crate::rx::has_non_ascii_word(hay);
    let regex = if by_bytes { Vec::new() } else { by_regex(hay) };
    let b = hay.as_bytes();
    let mut p = if by_bytes { 0 } else { b.len() };
    // A match starts at a capital, or at a lowercase `pre` word ("both",
    // "counterpart in") whose blanks end at one: that is looked for from
    // the capital, so the scan only stops at capitals.
    let bytes = std::iter::from_fn(move || {
        while let Some(q) = next_capital(b, p) {
            let found = lead_in(b, p, q)
                .and_then(|s| {
                    let mut g = rest_at(b, q)?;
                    g.pre = Some((s, q));
                    Some(g)
                })
                .or_else(|| match_at(b, q));
            let Some(g) = found else {
                p = q + 1;
                continue;
            };
            p = g.end;
            // (Every group starts and ends next to an ASCII byte, so on
            // char boundaries: `at` does not fail.)
            return at(hay, &g);
        }
        None
    });
    regex.into_iter().chain(bytes)
}

/// The first ASCII capital at or after `from` (capitals are a few in a
/// hundred bytes of a story).
fn next_capital(b: &[u8], from: usize) -> Option<usize> {
    crate::text::first_byte(b, from, |c| c.wrapping_sub(b'A') < 26)
}

/// The start of a lowercase `pre` word that begins at or after `from` and
/// whose blanks end at the capital `q`: where the regex's match would start
/// if a place follows.
fn lead_in(b: &[u8], from: usize, q: usize) -> Option<usize> {
    let mut e = q;
    while e > from && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    if e == q {
        return None;
    }
    PRE.iter()
        .filter(|w| w.as_bytes()[0].is_ascii_lowercase())
        .find_map(|w| {
            let s = e.checked_sub(w.len()).filter(|&s| s >= from)?;
            (b[s..e] == *w.as_bytes() && pre_at(b, s) == Some(q)).then_some(s)
        })
}

/// The groups of `g` as text.
fn at<'h>(hay: &'h str, g: &Groups) -> Option<Place<'h>> {
    let noun = match g.noun {
        Some((s, e)) => Some((hay.get(s..e)?, e)),
        None => None,
    };
    let pre = match g.pre {
        Some((s, e)) => Some(hay.get(s..e)?),
        None => None,
    };
    Some(Place {
        span: Span::new(g.place.0, g.place.1),
        text: hay.get(g.place.0..g.place.1)?,
        noun,
        pre,
    })
}

/// [`find`] by the regex itself.
fn by_regex(hay: &str) -> Vec<Place<'_>> {
    PLACES
        .captures_iter(hay)
        .filter_map(|c| {
            let place = c.name("place")?;
            Some(Place {
                span: Span::new(place.start(), place.end()),
                text: place.as_str(),
                noun: c.name("noun").map(|n| (n.as_str(), n.end())),
                pre: c.name("pre").map(|p| p.as_str()),
            })
        })
        .collect()
}

/// Group offsets of a match.
struct Groups {
    end: usize,
    pre: Option<(usize, usize)>,
    place: (usize, usize),
    noun: Option<(usize, usize)>,
}

/// The match starting at `p`, if any: with a `pre` group first, then
/// without (the group is greedy).
fn match_at(b: &[u8], p: usize) -> Option<Groups> {
    if let Some(pe) = pre_at(b, p)
        && let Some(mut g) = rest_at(b, pe)
    {
        g.pre = Some((p, pe));
        return Some(g);
    }
    rest_at(b, p)
}

/// The end of a `pre` group at `p`. Its alternatives exclude each other
/// (each must be followed by a blank), and its blanks must all be taken
/// since a capital follows them.
fn pre_at(b: &[u8], p: usize) -> Option<usize> {
    if p > 0 && is_word(b[p - 1]) {
        return None;
    }
    let first = b.get(p).copied();
    PRE.iter().find_map(|w| {
        if Some(w.as_bytes()[0]) != first {
            return None;
        }
        let end = p + w.len();
        (b.get(p..end) == Some(w.as_bytes()))
            .then(|| blanks(b, end))
            .filter(|&e| e > end)
    })
}

/// The place, kind noun and end of a match whose place starts at `q`.
fn rest_at(b: &[u8], q: usize) -> Option<Groups> {
    place_from(b, q, &|e| {
        tail(b, e).map(|(end, noun)| Groups {
            end,
            pre: None,
            place: (q, e),
            noun,
        })
    })
}

/// Tries each end of `W (J W)*` from `q` in the regex's order (each word
/// longest first, more words before fewer) until `k` accepts one.
///
/// The first end tried is that of the longest words joined while a capital
/// follows a joiner, and `k` almost always accepts it: that path is walked
/// without recursion first, and only if `k` refuses it is the search made
/// (asking `k` once more, as it has no side effects).
fn place_from<T>(b: &[u8], q: usize, k: &dyn Fn(usize) -> Option<T>) -> Option<T> {
    if !is_capital(b, q) {
        return None;
    }
    let mut w = q;
    loop {
        let e = longest_end(b, w);
        match next_word(b, e) {
            Some(j) => w = j,
            None => break k(e).or_else(|| search(b, q, k)),
        }
    }
}

/// [`place_from`]'s search by backtracking, from the capital at `q`.
fn search<T>(b: &[u8], q: usize, k: &dyn Fn(usize) -> Option<T>) -> Option<T> {
    for e in ends(b, q) {
        if let Some(j) = next_word(b, e)
            && let Some(t) = search(b, j, k)
        {
            return Some(t);
        }
        if let Some(t) = k(e) {
            return Some(t);
        }
    }
    None
}

/// Whether an ASCII capital is at `i`.
fn is_capital(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_uppercase)
}

/// The ends of a word `[A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z]` at the capital
/// `q`, longest first: the class run after the capital, then each end after
/// a letter, longest first; then `[A-Z]` alone.
fn ends(b: &[u8], q: usize) -> impl Iterator<Item = usize> + '_ {
    let mut run = q + 1;
    while run < b.len() {
        match b[run] {
            c if IN_WORD[usize::from(c)] => run += 1,
            0xE2 if b.get(run + 1..run + 3) == Some(&[0x80, 0x99]) => run += 3,
            _ => break,
        }
    }
    (q + 2..=run)
        .rev()
        .filter(move |&e| b[e - 1].is_ascii_alphabetic())
        .chain(std::iter::once(q + 1))
}

/// The ASCII bytes of a word's class run, `[A-Za-z'\-]` (one lookup a
/// byte: every capitalised word of a story is walked).
static IN_WORD: [bool; 256] = {
    let mut in_word = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        in_word[c] = b.is_ascii_alphabetic() || b == b'\'' || b == b'-';
        c += 1;
    }
    in_word
};

/// The first of [`ends`].
fn longest_end(b: &[u8], q: usize) -> usize {
    ends(b, q).next().unwrap_or(q + 1)
}

/// The start of the next word after a word ending at `e`: where the joiner
/// `[ \t]+and[ \t]+ | [ \t]+of[ \t]+ | [ \t]+ | [ \t]*,[ \t]*` ends if a
/// capital follows it. (A joiner not followed by a capital starts no word.
/// The byte after the blanks, an "a", an "o", a capital or a comma, says
/// which alternative alone can end at one, so none needs trying in turn.)
fn next_word(b: &[u8], e: usize) -> Option<usize> {
    let s = blanks(b, e);
    let j = match *b.get(s)? {
        b',' => blanks(b, s + 1),
        _ if s == e => return None,
        b'a' => joined(b, s, b"and")?,
        b'o' => joined(b, s, b"of")?,
        _ => s,
    };
    is_capital(b, j).then_some(j)
}

/// After the word `w` at `s`, the end of the blanks that must follow it.
fn joined(b: &[u8], s: usize, w: &[u8]) -> Option<usize> {
    let end = s + w.len();
    (b.get(s..end) == Some(w))
        .then(|| blanks(b, end))
        .filter(|&j| j > end)
}

/// After a place ending at `e`: `('s|’s|')?([ \t]+NOUN)?\b`, the first
/// way (in the regex's order) that ends at a word boundary.
fn tail(b: &[u8], e: usize) -> Option<(usize, Option<(usize, usize)>)> {
    // (Only after a quote mark: most places have no possessive.)
    if matches!(b.get(e), Some(b'\'' | 0xE2)) {
        for p in ["'s", "\u{2019}s", "'"] {
            if b.get(e..e + p.len()) == Some(p.as_bytes())
                && let Some(t) = noun_after(b, e + p.len())
            {
                return Some(t);
            }
        }
    }
    noun_after(b, e)
}

/// `([ \t]+NOUN)?\b` at `pe`: the first way that ends at a word boundary.
fn noun_after(b: &[u8], pe: usize) -> Option<(usize, Option<(usize, usize)>)> {
    let s = blanks(b, pe);
    if s > pe
        && let Some(&c) = b.get(s)
        && NOUN_FIRST[usize::from(c)]
    {
        // (Compared only with the nouns of its first byte.)
        for n in NOUNS.iter().filter(|n| n.as_bytes()[0] == c) {
            let ne = s + n.len();
            if b.get(s..ne) == Some(n.as_bytes()) && boundary(b, ne) {
                return Some((ne, Some((s, ne))));
            }
        }
    }
    boundary(b, pe).then_some((pe, None))
}

/// Whether a byte starts one of [`NOUNS`] (most words after a place are
/// none of them: not compared with each).
static NOUN_FIRST: [bool; 256] = {
    let mut first = [false; 256];
    let mut i = 0;
    while i < NOUNS.len() {
        first[NOUNS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    first
};

/// The end of the run of spaces and tabs at `i`.
fn blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// An ASCII word boundary at `i`.
fn boundary(b: &[u8], i: usize) -> bool {
    let before = i > 0 && b.get(i - 1).copied().is_some_and(is_word);
    let after = b.get(i).copied().is_some_and(is_word);
    before != after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(t: &str) -> usize {
        let got: Vec<Place> = find(t).collect();
        assert_eq!(got, by_regex(t), "{t:?}");
        got.len()
    }

    #[test]
    fn finds_what_the_regex_finds() {
        let texts = [
            "Both Southend and Castle Point and Rochford groups said. The Queen Elizabeth's trust",
            "its counterpart in Castle Point, Rochford CCG and O'Neill’s health and care economy",
            "neighbouring Barnsley ’s Leeds' hospital. NHS Highland, Fife and Tayside boards",
            "In Wales\tthe Betsi Cadwaladr health board; Stoke-on-Trent's systems; A B C D",
            "McDonald iPhone ABC1 A_b X- Y' Z’ both  Kent , Medway ,Essex and  of Foo",
            "neighbouringKent neighbour Kent counterpart at Devon counterpart for  Hull groupsX",
        ];
        let mut n = 0;
        for t in texts {
            n += check(t);
        }
        assert_eq!(n, 22);
        let g: Vec<Place> = find(texts[0]).collect();
        assert_eq!(g[0].text, "Southend and Castle Point and Rochford");
        assert_eq!(g[0].pre, Some("Both "));
        assert_eq!(g[0].noun.map(|n| n.0), Some("groups"));
        // And every article of a test set.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/holdout/articles");
        let mut articles = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let t = std::fs::read_to_string(e.unwrap().path()).unwrap();
            assert!(check(&t) > 0);
            articles += 1;
        }
        assert!(articles > 10);
    }

    #[test]
    fn random_texts_match_the_regex() {
        // Texts glued from the pieces the pattern turns on.
        let pieces = [
            "A",
            "B",
            "Kent",
            "O'Neill",
            "Leeds'",
            "St-",
            "x",
            "1",
            "_",
            " ",
            "  ",
            "\t",
            ",",
            " , ",
            " and ",
            " of ",
            "and",
            "of",
            "'s",
            "’s",
            "'",
            "’",
            "-",
            "Both ",
            "both ",
            "Both",
            "counterpart in ",
            "counterpart at",
            "neighbouring ",
            "neighbour ",
            "groups",
            "group",
            "CCGs",
            "CCG",
            " trust",
            "trusts",
            " health boards",
            "health",
            " health and care system",
            "hospital",
            ". ",
            "£",
            "“",
            "é",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap()
        };
        let (mut matches, mut nouns, mut pres) = (0, 0, 0);
        for _ in 0..20_000 {
            let len = 1 + next(12);
            let t: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            matches += check(&t);
            let found: Vec<Place> = find(&t).collect();
            nouns += found.iter().filter(|p| p.noun.is_some()).count();
            pres += found.iter().filter(|p| p.pre.is_some()).count();
        }
        // (The exact counts of this fixed sequence: every group is exercised.)
        assert_eq!((matches, nouns, pres), (19_732, 1_357, 1_404));
    }
}
