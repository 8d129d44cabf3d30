//! `regex::Regex` with a fast twin for text without non-ASCII letters.
//!
//! A Unicode word boundary (`\b`) stops the `regex` crate's lazy DFA at the
//! first non-ASCII byte, and the search then falls back to its NFA engines
//! for the rest of the haystack: every article with a "£" or a curly quote
//! was matched an order of magnitude slower than an ASCII one. A Unicode and
//! an ASCII word boundary only disagree next to a non-ASCII *word*
//! character (a letter, digit or mark: "é", "ß", "٣"), which UK news rarely
//! holds. So each regex is compiled twice: as written, and with every
//! word-boundary assertion made ASCII (the DFA handles those at full
//! speed) and the non-ASCII word and space characters taken out of its
//! classes (`\d` is `[0-9]`, `\s` the ASCII blanks: smaller automata,
//! faster to build and to search). A search uses the twin exactly when the
//! haystack holds no non-ASCII word or space character (the normalised
//! text has no exotic space), where both give the same matches, so results
//! never depend on which one ran. [`MetaTwin`] does the same for the
//! `regex_automata` regexes of the figure rules.
//!
//! The type mirrors the part of `regex::Regex`'s API that finfacts uses and
//! returns the `regex` crate's own match types.

use std::cell::Cell;
use std::sync::OnceLock;

use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition,
};

/// A compiled regex (see the module documentation).
#[derive(Clone, Debug)]
pub struct Regex {
    pattern: String,
    opts: Options,
    engines: Engines,
}

#[derive(Clone, Debug)]
enum Engines {
    /// Nothing Unicode to take out: the original is as fast.
    One(regex::Regex),
    /// The ASCII twin (see [`asciify`]), and the original, compiled on
    /// first use only: most texts never need it, and compiling both doubled
    /// the start-up cost. The original can be much larger (a Unicode `\w`
    /// is hundreds of ranges), so a pattern a user supplies is checked at
    /// load time ([`Regex::check_original`]).
    Twins {
        ascii: regex::Regex,
        uni: OnceLock<regex::Regex>,
    },
}

/// How a pattern is compiled: the options finfacts uses.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub case_insensitive: bool,
    pub size_limit: usize,
    pub dfa_size_limit: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            case_insensitive: false,
            size_limit: 10 * (1 << 20),
            dfa_size_limit: 2 * (1 << 20),
        }
    }
}

impl Regex {
    /// Compiles `pattern` with the `regex` crate's defaults.
    pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
        Regex::with_options(pattern, Options::default())
    }

    /// Compiles `pattern` with `opts`; errors are the `regex` crate's.
    pub fn with_options(pattern: &str, opts: Options) -> Result<Regex, regex::Error> {
        let tree = parse(pattern, opts.case_insensitive);
        Regex::with_tree(pattern, tree.as_ref(), opts)
    }

    /// [`Regex::with_options`], given `pattern`'s syntax tree as
    /// [`parse`] gives it with `opts`' case (`None`: it did not parse): a
    /// caller that read the tree already saves a parse.
    pub fn with_tree(
        pattern: &str,
        tree: Option<&Hir>,
        opts: Options,
    ) -> Result<Regex, regex::Error> {
        let engines = match tree.and_then(|t| ascii_twin(t, opts)) {
            Some(ascii) => Engines::Twins {
                ascii,
                uni: OnceLock::new(),
            },
            None => Engines::One(build(pattern, opts)?),
        };
        Ok(Regex {
            pattern: pattern.to_owned(),
            opts,
            engines,
        })
    }

    /// The regex as written, compiled now if it has not been yet.
    fn uni(&self) -> &regex::Regex {
        match &self.engines {
            Engines::One(r) => r,
            Engines::Twins { ascii, uni } => {
                if let Some(u) = uni.get() {
                    return u;
                }
                match build(&self.pattern, self.opts) {
                    Ok(u) => uni.get_or_init(|| u),
                    // Not for a pattern checked at load time (see
                    // `check_original`); the twin is the nearest regex
                    // there is.
                    Err(_) => ascii,
                }
            }
        }
    }

    /// Compiles the regex as written now, if it has a twin: a pattern a
    /// user supplies is refused at load time when it passes the size limit
    /// only as written (its twin's classes can be far smaller).
    pub fn check_original(&self) -> Result<(), regex::Error> {
        if let Engines::Twins { uni, .. } = &self.engines
            && uni.get().is_none()
        {
            let u = build(&self.pattern, self.opts)?;
            let _ = uni.set(u);
        }
        Ok(())
    }

    /// The regex to run over `hay`.
    #[inline]
    fn pick(&self, hay: &str) -> &regex::Regex {
        match &self.engines {
            Engines::Twins { ascii, .. } if twin_applies(hay) => ascii,
            _ => self.uni(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.pick(hay).is_match(hay)
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<regex::Match<'h>> {
        self.pick(hay).find(hay)
    }

    pub fn find_at<'h>(&self, hay: &'h str, start: usize) -> Option<regex::Match<'h>> {
        self.pick(hay).find_at(hay, start)
    }

    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> regex::Matches<'r, 'h> {
        self.pick(hay).find_iter(hay)
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<regex::Captures<'h>> {
        self.pick(hay).captures(hay)
    }

    pub fn captures_at<'h>(&self, hay: &'h str, start: usize) -> Option<regex::Captures<'h>> {
        self.pick(hay).captures_at(hay, start)
    }

    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> regex::CaptureMatches<'r, 'h> {
        self.pick(hay).captures_iter(hay)
    }

    pub fn replace_all<'h, R: regex::Replacer>(
        &self,
        hay: &'h str,
        rep: R,
    ) -> std::borrow::Cow<'h, str> {
        self.pick(hay).replace_all(hay, rep)
    }
}

/// A `regex_automata` meta regex (one pattern or several) with its ASCII
/// twin, as [`Regex`] is for the `regex` crate: the twin is compiled now,
/// the patterns as written on the first text the twin may not search.
#[derive(Debug)]
pub struct MetaTwin {
    patterns: Vec<String>,
    nfa_size_limit: usize,
    ascii: regex_automata::meta::Regex,
    uni: OnceLock<Option<regex_automata::meta::Regex>>,
}

impl MetaTwin {
    /// Compiles `patterns` (case-insensitive, as finfacts' figure rules
    /// are); the error is the meta builder's message.
    pub fn new(patterns: &[String], nfa_size_limit: usize) -> Result<MetaTwin, String> {
        Self::with_twins(patterns, ascii_hirs(patterns).as_deref(), nfa_size_limit)
    }

    /// [`MetaTwin::new`], given [`ascii_hirs`] of `patterns`.
    pub fn with_twins(
        patterns: &[String],
        twins: Option<&[Hir]>,
        nfa_size_limit: usize,
    ) -> Result<MetaTwin, String> {
        let ascii = match twins {
            Some(hirs) => Self::builder(nfa_size_limit).build_many_from_hir(hirs),
            // Unparsable: let the meta builder say why.
            None => Self::builder(nfa_size_limit).build_many(patterns),
        }
        .map_err(|e| e.to_string())?;
        Ok(MetaTwin {
            patterns: patterns.to_vec(),
            nfa_size_limit,
            ascii,
            uni: OnceLock::new(),
        })
    }

    fn builder(nfa_size_limit: usize) -> regex_automata::meta::Builder {
        let mut b = regex_automata::meta::Regex::builder();
        b.syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
            .configure(regex_automata::meta::Config::new().nfa_size_limit(Some(nfa_size_limit)));
        b
    }

    /// The regex to run over a text, given [`twin_applies`] to it.
    pub fn get(&self, twin: bool) -> &regex_automata::meta::Regex {
        if twin {
            return &self.ascii;
        }
        self.uni
            .get_or_init(|| {
                Self::builder(self.nfa_size_limit)
                    .build_many(&self.patterns)
                    .ok()
            })
            .as_ref()
            // The twin is the nearest regex there is should the patterns
            // as written pass the size limit their twin kept within.
            .unwrap_or(&self.ascii)
    }

    /// Compiles the patterns as written now (see [`Regex::check_original`]).
    pub fn check_original(&self) -> Result<(), String> {
        if self.uni.get().is_none() {
            let u = Self::builder(self.nfa_size_limit)
                .build_many(&self.patterns)
                .map_err(|e| e.to_string())?;
            let _ = self.uni.set(Some(u));
        }
        Ok(())
    }

    /// The twin (group names and indices are the same in both).
    pub fn ascii(&self) -> &regex_automata::meta::Regex {
        &self.ascii
    }
}

/// Compiles `pattern` as written.
fn build(pattern: &str, opts: Options) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .case_insensitive(opts.case_insensitive)
        .size_limit(opts.size_limit)
        .dfa_size_limit(opts.dfa_size_limit)
        .build()
}

/// `pattern`'s syntax tree, `case_insensitive` or not; `None` when it
/// does not parse (the regex compiler then says why).
pub fn parse(pattern: &str, case_insensitive: bool) -> Option<Hir> {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(case_insensitive)
        .build()
        .parse(pattern)
        .ok()
}

/// The pattern of syntax tree `hir` with ASCII word boundaries, compiled;
/// `None` when it has no Unicode word boundary or the rewritten pattern
/// does not compile (the original is then always used).
fn ascii_twin(hir: &Hir, opts: Options) -> Option<regex::Regex> {
    let mut changed = false;
    let hir = asciify(hir, &mut changed);
    if !changed {
        return None;
    }
    // The printed HIR already carries the case folding.
    regex::RegexBuilder::new(&hir.to_string())
        .size_limit(opts.size_limit)
        .dfa_size_limit(opts.dfa_size_limit)
        .build()
        .ok()
}

/// The non-ASCII characters a twin's classes leave out: word characters
/// and white space. A text without them matches a class the same with or
/// without them.
fn non_ascii_word_or_space() -> &'static ClassUnicode {
    static CLASS: OnceLock<ClassUnicode> = OnceLock::new();
    CLASS.get_or_init(|| {
        let mut c = ClassUnicode::new([]);
        for p in [r"\w", r"\s"] {
            if let Ok(h) = regex_syntax::parse(p)
                && let HirKind::Class(Class::Unicode(u)) = h.kind()
            {
                c.union(u);
            }
        }
        c.difference(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]));
        c
    })
}

/// The ASCII twins of `patterns` (case-insensitive), as [`MetaTwin`]
/// compiles them; `None` when one does not parse.
pub fn ascii_hirs(patterns: &[String]) -> Option<Vec<Hir>> {
    patterns
        .iter()
        .map(|p| Some(asciify(&parse(p, true)?, &mut false)))
        .collect()
}

/// `hir` for texts without a non-ASCII word or space character: word
/// boundaries made ASCII and such characters taken out of its classes
/// (`\d` becomes `[0-9]`, `(?i)k` loses the Kelvin sign). Smaller
/// automata: cheaper to build and to search.
pub fn asciify(hir: &Hir, changed: &mut bool) -> Hir {
    match hir.kind() {
        HirKind::Look(look) => {
            let ascii = match *look {
                Look::WordUnicode => Look::WordAscii,
                Look::WordUnicodeNegate => Look::WordAsciiNegate,
                Look::WordStartUnicode => Look::WordStartAscii,
                Look::WordEndUnicode => Look::WordEndAscii,
                Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
                Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
                other => other,
            };
            if ascii != *look {
                *changed = true;
            }
            Hir::look(ascii)
        }
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(asciify(&r.sub, changed)),
            ..*r
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(asciify(&c.sub, changed)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| asciify(h, changed)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|h| asciify(h, changed)).collect())
        }
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0.clone()),
        HirKind::Class(Class::Unicode(u)) => {
            let mut out = u.clone();
            out.difference(non_ascii_word_or_space());
            if out != *u {
                *changed = true;
            }
            Hir::class(Class::Unicode(out))
        }
        HirKind::Class(c) => Hir::class(c.clone()),
    }
}

thread_local! {
    /// The texts of the current `hint` on this thread (two address ranges:
    /// a text and its lowercase copy) and whether they hold a non-ASCII
    /// word or space character.
    static HINT: Cell<([(usize, usize); 2], bool)> = const { Cell::new(([(0, 0); 2], true)) };
}

/// While the returned guard lives, searches of `text` or of any slice of it
/// on this thread skip the per-search scan for non-ASCII letters: `text`
/// is scanned once here. The guard borrows `text`, so the address range it
/// names cannot be reused by another text while it is set; dropping it
/// (also when unwinding) restores the previous hint.
pub fn hint(text: &str) -> Hint<'_> {
    set_hint(text, text, has_non_ascii_word_or_space(text))
}

/// [`hint`] for a text and `lower`, its ASCII-lowercased copy: the copy
/// has the text's non-ASCII characters, so only the text is read, and not
/// even it when the current hint names it (a text is hinted first, then
/// with its copy once that is made).
pub fn hint_lowered<'a>(text: &'a str, lower: &'a str) -> Hint<'a> {
    debug_assert!(text.len() == lower.len() && text.to_ascii_lowercase() == lower);
    let (current, known) = HINT.with(Cell::get);
    // (The current hint's guard borrows its text: the range is that text.)
    let any = if current == [range(text); 2] {
        known
    } else {
        has_non_ascii_word_or_space(text)
    };
    set_hint(text, lower, any)
}

/// The address range of `t`.
fn range(t: &str) -> (usize, usize) {
    (t.as_ptr() as usize, t.as_ptr() as usize + t.len())
}

/// Makes `(text, other, any)` the current hint until the guard drops.
fn set_hint<'a>(text: &'a str, other: &'a str, any: bool) -> Hint<'a> {
    Hint {
        prev: HINT.with(|h| h.replace(([range(text), range(other)], any))),
        _text: std::marker::PhantomData,
    }
}

/// See [`hint`].
pub struct Hint<'a> {
    prev: ([(usize, usize); 2], bool),
    _text: std::marker::PhantomData<&'a str>,
}

impl Drop for Hint<'_> {
    fn drop(&mut self) {
        HINT.with(|h| h.set(self.prev));
    }
}

/// Whether an ASCII twin (see [`asciify`]) finds in `hay` what its
/// original does: `hay` holds no non-ASCII word or space character. Known
/// without a scan for a slice of the [`hint`]ed text.
pub fn twin_applies(hay: &str) -> bool {
    let (ranges, any) = HINT.with(Cell::get);
    let at = hay.as_ptr() as usize;
    if !any
        && ranges
            .iter()
            .any(|&(start, end)| start < end && start <= at && at + hay.len() <= end)
    {
        return true;
    }
    !has_non_ascii_word_or_space(hay)
}

/// Whether `hay` holds a character that is a word character for a Unicode
/// `\b` but not for an ASCII one.
pub fn has_non_ascii_word(hay: &str) -> bool {
    has_non_ascii(hay, regex_syntax::is_word_character)
}

/// Whether `hay` holds a non-ASCII word or white-space character: a text
/// the ASCII twins may not search. Checked on every search outside a
/// [`hint`] (about a nanosecond per 30 bytes): a cache keyed by address
/// alone could be fooled by a new text allocated where an old one was.
pub fn has_non_ascii_word_or_space(hay: &str) -> bool {
    has_non_ascii(hay, |c| {
        regex_syntax::is_word_character(c) || c.is_whitespace()
    })
}

fn has_non_ascii(hay: &str, wanted: impl Fn(char) -> bool) -> bool {
    let b = hay.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Skip ASCII a block at a time.
        while i + 32 <= b.len() && b[i..i + 32].is_ascii() {
            i += 32;
        }
        while i < b.len() && b[i] < 0x80 {
            i += 1;
        }
        if i >= b.len() {
            return false;
        }
        // A char boundary: `i` follows ASCII bytes or a whole char.
        let Some(c) = hay[i..].chars().next() else {
            return false;
        };
        if wanted(c) {
            return true;
        }
        i += c.len_utf8();
    }
    false
}

/// What a look-around assertion (`\b`, `^`, `$` and their kin, ASCII or
/// Unicode) can tell of the character beside a match: whether there is one
/// (not the haystack's edge), whether it is a line feed or a carriage
/// return, and whether it is an ASCII and a Unicode word character. Two
/// searches of the same text with the same edges match alike, which the
/// per-thread memos of rule matches rely on.
pub type Edge = Option<(bool, bool, bool, bool)>;

/// The [`Edge`] of the character `c` beside a search.
pub fn edge(c: Option<char>) -> Edge {
    c.map(|c| {
        (
            c == '\n',
            c == '\r',
            c.is_ascii_alphanumeric() || c == '_',
            regex_syntax::is_word_character(c),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(p: &str, ci: bool) -> (regex::Regex, regex::Regex) {
        let opts = Options {
            case_insensitive: ci,
            ..Options::default()
        };
        let r = Regex::with_options(p, opts).unwrap();
        let Engines::Twins { ascii, .. } = &r.engines else {
            panic!("{p}: no twin");
        };
        (r.uni().clone(), ascii.clone())
    }

    #[test]
    fn twin_matches_the_same_without_non_ascii_letters() {
        let cases = [
            (
                r"(?P<cur>£|\$)\s?(?P<num>\d+(?:\.\d+)?)\s?(?P<mult>m|bn)?\b",
                false,
            ),
            (r"\b(?:it|its|they)\b", true),
            (r"(?P<place>(?-i:[A-Z][A-Za-z'’\-]*))\s+CCG\b", true),
            (r"\bmonth\s+(\d{1,2}|one)\b", true),
            // No word boundary: a twin for the classes alone.
            (r"(?P<n>\d+)\s*(?:bn|m)", false),
            (r"(?i)(?P<w>\w+)\s+ccg", false),
        ];
        let text = "Its £4.8m deficit, NHS Southend CCG and O’Sullivan’s CCG: \
                    they said month 7, £2 bn and month one; IT said it";
        assert!(!has_non_ascii_word(text));
        for (p, ci) in cases {
            let (u, a) = both(p, ci);
            assert_eq!(u.captures_len(), a.captures_len(), "{p}");
            let cu: Vec<Vec<Option<(usize, usize)>>> = u
                .captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect();
            let ca: Vec<Vec<Option<(usize, usize)>>> = a
                .captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect();
            assert_eq!(cu, ca, "{p}");
            assert!(!cu.is_empty(), "{p}");
            let names: Vec<_> = u.capture_names().collect();
            assert_eq!(names, a.capture_names().collect::<Vec<_>>());
        }
    }

    #[test]
    fn twins_take_non_ascii_word_and_space_out_of_classes() {
        let twin = |p: &str| {
            let hir = regex_syntax::ParserBuilder::new()
                .case_insensitive(true)
                .build()
                .parse(p)
                .unwrap();
            let mut changed = false;
            let t = asciify(&hir, &mut changed).to_string();
            (t, changed)
        };
        assert_eq!(twin(r"\d"), ("[0-9]".to_owned(), true));
        assert_eq!(twin(r"\s"), ("[\t-\r ]".to_owned(), true));
        assert_eq!(twin(r"k"), ("[Kk]".to_owned(), true));
        // "£" and "’" are neither word nor space: kept.
        assert_eq!(twin(r"[£’]"), (r"[£’]".to_owned(), false));
        // A text with such a character is searched by the original.
        let r = Regex::new(r"(?P<n>\d+)\s?m").unwrap();
        assert!(matches!(r.engines, Engines::Twins { .. }));
        assert_eq!(r.find("£٣m").map(|m| m.as_str()), Some("٣m"));
        assert_eq!(r.find("£4\u{a0}m").map(|m| m.as_str()), Some("4\u{a0}m"));
        assert_eq!(r.find("£4 m").map(|m| m.as_str()), Some("4 m"));
        assert!(!twin_applies("4\u{a0}m") && !twin_applies("٣") && twin_applies("£4m ’"));
        let m = MetaTwin::new(&[r"(?P<n>\d+)\s?m".to_owned()], 1 << 20).unwrap();
        for (hay, want) in [("£٣m", Some(2..5)), ("£4 m", Some(2..5)), ("nothing", None)] {
            let got = m.get(twin_applies(hay)).find(hay).map(|x| x.range());
            assert_eq!(got, want, "{hay}");
        }
        assert!(m.check_original().is_ok());
    }

    #[test]
    fn a_hint_covers_both_texts_and_is_undone() {
        let (t, lower) = ("NHS Café £5m", "nhs café £5m");
        let (plain, plain_lower) = ("NHS Cafe £5m", "nhs cafe £5m");
        {
            let _h = hint_lowered(plain, plain_lower);
            assert!(twin_applies(&plain[4..]) && twin_applies(&plain_lower[..3]));
            {
                let _h = hint_lowered(t, lower);
                // What the scan says, for slices of either text.
                assert!(!twin_applies(&t[4..]) && !twin_applies(&lower[4..]));
                assert!(twin_applies(&lower[..3]));
            }
            assert!(twin_applies(&plain_lower[4..]));
        }
        assert!(!twin_applies("café") && twin_applies("cafe"));
    }

    #[test]
    fn a_lowered_copy_is_hinted_as_its_text() {
        let ascii = "Southend CCG had a deficit".to_string();
        let cafe = "The Café trust had a deficit".to_string();
        let lower = cafe.to_ascii_lowercase();
        // The current hint names another text (ASCII): the text is read.
        let _a = hint(&ascii);
        {
            let _l = hint_lowered(&cafe, &lower);
            assert!(!twin_applies(&lower[4..]));
            assert!(!twin_applies(&cafe));
        }
        // Hinted itself first: its flag carries over to the copy.
        let _c = hint(&cafe);
        {
            let _l = hint_lowered(&cafe, &lower);
            assert!(!twin_applies(&lower));
        }
        let ascii_lower = ascii.to_ascii_lowercase();
        let _m = hint_lowered(&ascii, &ascii_lower);
        assert!(twin_applies(&ascii_lower[9..]));
    }

    #[test]
    fn non_ascii_letters_use_the_original() {
        assert!(has_non_ascii_word("café"));
        assert!(!has_non_ascii_word("£5m — “quoted” ’"));
        let r = Regex::new(r"\bcaf\b").unwrap();
        // With an ASCII boundary "café" would match "caf".
        assert!(r.find("un café").is_none());
        assert!(r.find("un caf.").is_some());
    }
}
