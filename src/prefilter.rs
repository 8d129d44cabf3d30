//! Required literals: the words a regex cannot match without, looked for in
//! one pass per document, so that a rule whose words are absent is not run.
//!
//! [`required`] reads a pattern's syntax tree and returns sets of literals
//! in conjunctive form: every match of the pattern contains at least one
//! literal of each set, ignoring ASCII case except for a literal's capital
//! letters, which come from a part of the pattern that matches case
//! ("(?-i:Council)"; see [`Literal`]). Nothing else is assumed, so a
//! rule skipped because one of its sets has no literal in the text could
//! not have matched there: skipping it changes no result. The sets come
//! from the patterns themselves and stay right when rules are edited or
//! added; where nothing can be proved (a pattern made only of classes and
//! repetitions) a rule has no sets and always runs.
//!
//! [`Gate`] holds the sets of many rules in one automaton and tells, for a
//! text, which rules can match in it.

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// A literal: its lowercase letters stand for either case, its capitals
/// for themselves. A part of a pattern that matches case keeps its
/// capitals, so that "Council" is not looked for in every "the council"
/// and "NI" is not too short to look for; a lowercase letter that matches
/// case is read as either case, which only finds more.
pub type Literal = Vec<u8>;

/// At least one of these literals is in every match.
pub type AnyOf = Vec<Literal>;

/// Largest set of alternative strings followed through a pattern. A
/// case-insensitive letter brings its Unicode folds ("ſ" for "s", "K" for
/// "k"), so a word's set doubles with each such letter: at 32 the
/// aggregate rule's nouns ("trusts", "CCGs", "health boards"...) gave no
/// set, and it searched every document whole.
const MAX_SET: usize = 64;
/// Largest character class spelled out as alternative strings ("[Kk\u{212A}]").
const MAX_CLASS: u32 = 4;

/// What is known of the strings a piece of a pattern matches.
struct Info {
    /// Every string it can match, when they are few (as [`Literal`]s).
    exact: Option<Vec<Literal>>,
    /// Sets of which every match contains one literal each.
    all: Vec<AnyOf>,
    /// Strings of which every match starts with one, when few (the
    /// strings of its leading pieces): an alternation whose branches share
    /// a first letter is parsed as that letter then the rest of each
    /// branch ("I(?:ntegrated|CB)"), so what precedes a piece and the
    /// piece's prefixes together make the literal.
    prefix: Option<Vec<Literal>>,
}

/// The literal sets every match of `pattern` has one literal of, each set
/// with literals of at least `min_len` bytes (shorter ones would be found
/// in almost every text). `None` when the pattern does not parse (the
/// regex compiler reports that); an empty list when nothing is required.
pub fn required(pattern: &str, case_insensitive: bool, min_len: usize) -> Option<Vec<AnyOf>> {
    Some(required_of(&parse(pattern, case_insensitive)?, min_len))
}

/// A pattern's syntax tree, for [`required_of`] and [`separators_of`]
/// (`None` when it does not parse).
pub fn parse(pattern: &str, case_insensitive: bool) -> Option<Hir> {
    crate::rx::parse(pattern, case_insensitive)
}

/// [`required`], given the pattern's syntax tree.
pub fn required_of(hir: &Hir, min_len: usize) -> Vec<AnyOf> {
    let info = analyse(hir);
    let mut sets = info.all;
    if let Some(e) = info.exact {
        sets.push(e);
    }
    let mut out: Vec<AnyOf> = Vec::new();
    for s in sets {
        let s = minimise(s);
        if s.is_empty() || s.iter().any(|l| weight(l) < min_len) || out.contains(&s) {
            continue;
        }
        out.push(s);
    }
    // A rule's other sets tell where it can match: its common ones need
    // not be looked for.
    if out.iter().any(|s| !common(s)) {
        out.retain(|s| !common(s));
    }
    out
}

/// Sorted, without duplicates, and without a literal that contains another
/// literal of the set (finding the other one is enough: "council" for
/// "Council", "trust" for "trusts").
fn minimise(mut s: AnyOf) -> AnyOf {
    s.sort();
    s.dedup();
    let keep: Vec<bool> = s
        .iter()
        .map(|l| {
            !s.iter()
                .any(|o| o != l && (0..l.len()).any(|i| holds(l, i, o)))
        })
        .collect();
    s.into_iter()
        .zip(keep)
        .filter_map(|(l, k)| k.then_some(l))
        .collect()
}

fn lower(b: &[u8]) -> Literal {
    b.to_ascii_lowercase()
}

/// How much finding a literal tells: its length, and a capital counts
/// twice (a case-exact "NI" is rarer than any three letters).
fn weight(l: &[u8]) -> usize {
    l.len() + l.iter().filter(|b| b.is_ascii_uppercase()).count()
}

/// Whether text at `at` is `literal` (see [`Literal`]).
fn holds(text: &[u8], at: usize, literal: &[u8]) -> bool {
    text.get(at..at + literal.len()).is_some_and(|w| {
        w.iter()
            .zip(literal)
            .all(|(&t, &l)| t.eq_ignore_ascii_case(&l) && (t == l || !l.is_ascii_uppercase()))
    })
}

/// The strings of a small class.
fn class_strings(c: &Class) -> Option<Vec<Literal>> {
    let mut out = Vec::new();
    match c {
        Class::Unicode(u) => {
            let n: u32 = u
                .ranges()
                .iter()
                .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
                .sum();
            if n > MAX_CLASS {
                return None;
            }
            for r in u.ranges() {
                for cp in u32::from(r.start())..=u32::from(r.end()) {
                    let ch = char::from_u32(cp)?;
                    let mut buf = [0u8; 4];
                    out.push(lower(ch.encode_utf8(&mut buf).as_bytes()));
                }
            }
        }
        Class::Bytes(b) => {
            let n: u32 = b
                .ranges()
                .iter()
                .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
                .sum();
            if n > MAX_CLASS {
                return None;
            }
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    out.push(lower(&[byte]));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// Every concatenation of a string of `a` with one of `b`, when few.
fn cross(a: &[Literal], b: &[Literal]) -> Option<Vec<Literal>> {
    if a.len().saturating_mul(b.len()) > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = x.clone();
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// A set usable as a requirement: no empty string (which every text has).
fn usable(s: &[Literal]) -> bool {
    !s.is_empty() && s.iter().all(|l| !l.is_empty())
}

/// Words in nearly every sentence of the stories finfacts reads: a set
/// holding one tells little, and looking for them gives the words pass
/// many hits.
const COMMON: &[&[u8]] = &[b"and", b"the", b"health", b"care", b"service"];

/// Whether a set tells little: it holds one of the [`COMMON`] words (in
/// any case) or a literal that weighs under three bytes (in almost every
/// text).
fn common(s: &[Literal]) -> bool {
    s.iter()
        .any(|l| weight(l) < 3 || COMMON.contains(&lower(l).as_slice()))
}

/// How selective a set is: without a common word first, then heavier
/// lightest literal, then fewer.
fn score(s: &[Literal]) -> (bool, usize, std::cmp::Reverse<usize>) {
    (
        !common(s),
        s.iter().map(|l| weight(l)).min().unwrap_or(0),
        std::cmp::Reverse(s.len()),
    )
}

/// The most selective single set that every match of `info`'s piece has a
/// literal of.
fn best(info: &Info) -> Option<AnyOf> {
    info.all
        .iter()
        .chain(info.exact.iter().filter(|e| usable(e)))
        .max_by_key(|s| score(s))
        .cloned()
}

/// The union of every branch's literals (sorted, deduplicated), or `None`
/// when a branch has none or the union outgrows `MAX_SET`.
fn union_of(infos: &[Info], of: impl Fn(&Info) -> Option<&Vec<Literal>>) -> Option<Vec<Literal>> {
    let mut out: Vec<Literal> = Vec::new();
    for i in infos {
        let set = of(i)?;
        if out.len() + set.len() > MAX_SET {
            return None;
        }
        out.extend(set.iter().cloned());
    }
    out.sort();
    out.dedup();
    Some(out)
}

fn analyse(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info {
            exact: Some(vec![Vec::new()]),
            all: Vec::new(),
            prefix: Some(vec![Vec::new()]),
        },
        // (A letter that ignores case is a class: a literal's capitals
        // match case.)
        HirKind::Literal(l) => Info {
            exact: Some(vec![l.0.to_vec()]),
            all: Vec::new(),
            prefix: Some(vec![l.0.to_vec()]),
        },
        HirKind::Class(c) => {
            let exact = class_strings(c);
            Info {
                prefix: exact.clone(),
                exact,
                all: Vec::new(),
            }
        }
        HirKind::Capture(c) => analyse(&c.sub),
        HirKind::Repetition(r) => {
            let sub = analyse(&r.sub);
            if r.min == 0 {
                // Optional: nothing is required; "s?" is "" or "s".
                let exact = match (r.max, sub.exact) {
                    (Some(0), _) => Some(vec![Vec::new()]),
                    (Some(1), Some(mut e)) => {
                        e.push(Vec::new());
                        e.sort();
                        e.dedup();
                        Some(e)
                    }
                    _ => None,
                };
                // A match starts with the piece's prefix or not at all.
                let prefix = sub.prefix.map(|mut p| {
                    p.push(Vec::new());
                    p.sort();
                    p.dedup();
                    p
                });
                return Info {
                    exact,
                    all: Vec::new(),
                    prefix,
                };
            }
            // At least once: whatever one repetition requires.
            let mut all = sub.all;
            if let Some(e) = &sub.exact
                && usable(e)
            {
                all.push(e.clone());
            }
            let exact = if r.min == 1 && r.max == Some(1) {
                sub.exact
            } else {
                None
            };
            // The first repetition starts the match.
            Info {
                exact,
                all,
                prefix: sub.prefix,
            }
        }
        HirKind::Concat(subs) => {
            let mut all: Vec<AnyOf> = Vec::new();
            let mut whole: Option<Vec<Literal>> = Some(vec![Vec::new()]);
            // The strings of the leading pieces, while they are known.
            let mut prefix: Option<Vec<Literal>> = Some(vec![Vec::new()]);
            let mut prefix_open = true;
            // The strings of the current run of pieces with few strings.
            let mut run: Vec<Literal> = vec![Vec::new()];
            for sub in subs {
                let info = analyse(sub);
                all.extend(info.all);
                whole = match (&whole, &info.exact) {
                    (Some(w), Some(e)) => cross(w, e),
                    _ => None,
                };
                if prefix_open {
                    let next = info.exact.as_ref().or(info.prefix.as_ref());
                    match (&prefix, next) {
                        (Some(p), Some(n)) => match cross(p, n) {
                            Some(x) => prefix = Some(x),
                            None => prefix_open = false,
                        },
                        _ => prefix_open = false,
                    }
                    prefix_open &= info.exact.is_some();
                }
                match info.exact {
                    Some(e) => match cross(&run, &e) {
                        Some(x) => run = x,
                        None => {
                            if usable(&run) {
                                all.push(std::mem::take(&mut run));
                            }
                            run = e;
                        }
                    },
                    None => {
                        // The run, then how this piece starts.
                        let joined = info.prefix.as_ref().and_then(|p| cross(&run, p));
                        match joined {
                            Some(j) if usable(&j) => all.push(j),
                            _ => {
                                if usable(&run) {
                                    all.push(std::mem::take(&mut run));
                                }
                            }
                        }
                        run = vec![Vec::new()];
                    }
                }
            }
            if usable(&run) {
                all.push(run);
            }
            Info {
                exact: whole,
                all,
                prefix,
            }
        }
        HirKind::Alternation(subs) => {
            let infos: Vec<Info> = subs.iter().map(analyse).collect();
            let exact = union_of(&infos, |i| i.exact.as_ref());
            // One literal of some branch's set is in every match.
            let mut any: Option<AnyOf> = Some(Vec::new());
            for i in &infos {
                any = match (any, best(i)) {
                    (Some(mut a), Some(b)) => {
                        a.extend(b);
                        Some(a)
                    }
                    _ => None,
                };
            }
            let all = match any {
                Some(a) if usable(&a) && a.len() <= MAX_SET => vec![a],
                _ => Vec::new(),
            };
            let prefix = union_of(&infos, |i| i.prefix.as_ref());
            Info { exact, all, prefix }
        }
    }
}

/// The required literal sets of many rules, found in one pass.
#[derive(Debug)]
pub struct Gate {
    /// All literals, lowercase (`None` when no rule requires any).
    ac: Option<AhoCorasick>,
    /// The literals, lowercase, by automaton pattern id (empty when there
    /// is no automaton): for a caller that finds them in its own pass.
    literals: Vec<Literal>,
    /// For each lowercase literal, the sets it satisfies (numbered over
    /// all rules, in rule order), each with the literal as the set has it
    /// when it has capitals (an occurrence satisfies the set when the text
    /// has them too).
    satisfies: Vec<Vec<(usize, Option<Literal>)>>,
    /// The number of the first set of each rule, and the number of sets
    /// last.
    first_set: Arc<[usize]>,
}

impl Gate {
    /// A gate for rules with these sets (one entry per rule, in order).
    pub fn new(rules: &[Vec<AnyOf>]) -> Gate {
        let mut literals: Vec<Literal> = Vec::new();
        let mut satisfies: Vec<Vec<(usize, Option<Literal>)>> = Vec::new();
        let mut set_id = 0;
        for sets in rules {
            for set in sets {
                for lit in set {
                    let low = lower(lit);
                    let li = match literals.iter().position(|l| *l == low) {
                        Some(i) => i,
                        None => {
                            literals.push(low.clone());
                            satisfies.push(Vec::new());
                            literals.len() - 1
                        }
                    };
                    let shape = (*lit != low).then(|| lit.clone());
                    satisfies[li].push((set_id, shape));
                }
                set_id += 1;
            }
        }
        let ac = if literals.is_empty() {
            None
        } else {
            // Standard semantics: every occurrence is reported when
            // searching overlapping, so no literal hides another.
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&literals)
                .ok()
        };
        // An automaton that cannot be built gates nothing: every rule runs.
        let counts = rules.iter().map(|sets| {
            if ac.is_some() || literals.is_empty() {
                sets.len()
            } else {
                0
            }
        });
        let first_set: Arc<[usize]> = std::iter::once(0)
            .chain(counts.scan(0, |n, c| {
                *n += c;
                Some(*n)
            }))
            .collect();
        let literals = if ac.is_some() { literals } else { Vec::new() };
        Gate {
            ac,
            literals,
            satisfies,
            first_set,
        }
    }

    /// Whether rule `r` has required literals: a rule without runs over
    /// every document whole.
    pub fn is_gated(&self, r: usize) -> bool {
        self.first_set
            .get(r + 1)
            .is_some_and(|&end| end > self.first_set[r])
    }

    /// Which rules can match in a text.
    pub fn open(&self, text: &[u8]) -> Vec<bool> {
        self.limits(text).iter().map(Option::is_some).collect()
    }

    /// For each rule, `None` when it cannot match in the text, else the
    /// last byte offset at which a match can start: a match holds a
    /// literal of each of the rule's sets, so it starts at or before the
    /// last occurrence of each set's literals. `usize::MAX` for a rule
    /// without sets.
    pub fn limits(&self, text: &[u8]) -> Vec<Option<usize>> {
        let scan = self.scan(text, &lower(text));
        (0..self.first_set.len() - 1)
            .map(|r| scan.limit(r))
            .collect()
    }
}

/// The occurrences of every rule's required literals in one text.
///
/// Flat, for a scan is made for every document: the sets of all rules
/// numbered in rule order, and one list of starts ordered by set, then
/// start. (One vector per set cost an allocation, and its growth, for
/// each set a text holds.)
#[derive(Debug)]
pub struct Scan {
    /// The first set of each rule, and the number of sets last.
    first_set: Arc<[usize]>,
    /// Where each set's starts end in `starts`.
    ends: Vec<usize>,
    /// The starts of the occurrences of each set's literals, sorted, the
    /// sets one after another.
    starts: Vec<usize>,
}

impl Scan {
    /// The sorted starts of set `s` (numbered over all rules).
    fn of_set(&self, s: usize) -> &[usize] {
        let from = if s == 0 { 0 } else { self.ends[s - 1] };
        &self.starts[from..self.ends[s]]
    }

    /// The start lists of rule `r`'s sets.
    fn sets_of(&self, r: usize) -> impl Iterator<Item = &[usize]> {
        (self.first_set[r]..self.first_set[r + 1]).map(|s| self.of_set(s))
    }

    /// `None` when rule `r` cannot match in the text, else the last byte
    /// offset at which a match can start (`usize::MAX` for a rule without
    /// sets): see [`Gate::limits`].
    pub fn limit(&self, r: usize) -> Option<usize> {
        self.sets_of(r)
            .try_fold(usize::MAX, |lim, o| o.last().map(|&p| lim.min(p)))
    }

    /// The starts of the occurrences of rule `r`'s rarest set in this text
    /// (every match of the rule holds one); `None` for a rule without sets.
    pub fn anchor(&self, r: usize) -> Option<&[usize]> {
        self.sets_of(r).min_by_key(|o| o.len())
    }
}

impl Gate {
    /// Where each rule's required literals occur in a text, given the text
    /// and its ASCII-lowercase copy.
    pub fn scan(&self, text: &[u8], lower: &[u8]) -> Scan {
        match &self.ac {
            Some(ac) => self.scan_of(
                text,
                ac.find_overlapping_iter(lower)
                    .map(|m| (m.pattern().as_usize(), m.start())),
            ),
            None => self.scan_of(text, std::iter::empty()),
        }
    }

    /// The literals a scan looks for, in the order of their ids; empty
    /// when there is nothing to look for.
    pub fn literals(&self) -> &[Literal] {
        &self.literals
    }

    /// The [`Scan`] of a text given every occurrence in its ASCII-lowercase
    /// copy of the literals, in any order: `(literal id, start)`, the ids
    /// those of [`Gate::literals`]. What [`Gate::scan`] gives when they
    /// are all there.
    pub fn scan_of(&self, text: &[u8], hits: impl IntoIterator<Item = (usize, usize)>) -> Scan {
        let hits = hits.into_iter();
        // (set, start) for each occurrence that satisfies a set.
        let mut found: Vec<(usize, usize)> = Vec::with_capacity(2 * hits.size_hint().0);
        for (lit, start) in hits {
            for &(set, ref shape) in &self.satisfies[lit] {
                if shape.as_ref().is_none_or(|l| holds(text, start, l)) {
                    found.push((set, start));
                }
            }
        }
        // Each set's starts placed after those of the sets before (a
        // counting sort: one sort of all would compare far more), then
        // sorted (overlapping matches come by their ends, not starts) and
        // deduplicated in place.
        let sets = self.first_set[self.first_set.len() - 1];
        let mut ends = vec![0; sets];
        for &(set, _) in &found {
            if let Some(n) = ends.get_mut(set) {
                *n += 1;
            }
        }
        let mut next: Vec<usize> = ends
            .iter()
            .scan(0, |at, &n| {
                *at += n;
                Some(*at - n)
            })
            .collect();
        let mut starts = vec![0; next.last().map_or(0, |&b| b + ends[sets - 1])];
        for &(set, start) in &found {
            if let Some(at) = next.get_mut(set) {
                starts[*at] = start;
                *at += 1;
            }
        }
        let (mut kept, mut from) = (0, 0);
        for (end, &to) in ends.iter_mut().zip(&next) {
            let part = &mut starts[from..to];
            part.sort_unstable();
            for i in 0..part.len() {
                let v = starts[from + i];
                if i == 0 || v != starts[from + i - 1] {
                    starts[kept] = v;
                    kept += 1;
                }
            }
            *end = kept;
            from = to;
        }
        starts.truncate(kept);
        Scan {
            first_set: Arc::clone(&self.first_set),
            ends,
            starts,
        }
    }
}

/// ASCII bytes that no match of a pattern can hold: a match lies between
/// two of them. Only bytes that are not word characters count, so that a
/// word boundary reads the same at one of them as at the end of the text.
/// `None` when the pattern has an assertion other than a word boundary
/// (one that the end of the text would change) or no such byte.
pub fn separators(pattern: &str, case_insensitive: bool) -> Option<Box<Separators>> {
    separators_of(&parse(pattern, case_insensitive)?)
}

/// Which bytes are [`separators`], by byte: a non-ASCII byte never is.
/// (All 256 entries, so that the scan for one tests each byte by one
/// lookup: it reads the stretch around every anchor of every rule.)
pub type Separators = [bool; 256];

/// [`separators`], given the pattern's syntax tree.
pub fn separators_of(hir: &Hir) -> Option<Box<Separators>> {
    let mut allowed = [false; 128];
    if !mark_bytes(hir, &mut allowed) {
        return None;
    }
    let mut sep = Box::new([false; 256]);
    let mut any = false;
    for (b, s) in sep.iter_mut().enumerate().take(128) {
        let c = b as u8;
        *s = !(allowed[b] || c.is_ascii_alphanumeric() || c == b'_');
        any |= *s;
    }
    any.then_some(sep)
}

/// Marks the ASCII bytes a piece of a pattern can match; false when it has
/// an assertion other than a word boundary.
fn mark_bytes(hir: &Hir, allowed: &mut [bool; 128]) -> bool {
    use regex_syntax::hir::Look;
    match hir.kind() {
        HirKind::Empty => true,
        HirKind::Look(l) => !matches!(
            l,
            Look::Start | Look::End | Look::StartLF | Look::EndLF | Look::StartCRLF | Look::EndCRLF
        ),
        HirKind::Literal(l) => {
            for &b in l.0.iter() {
                if b < 128 {
                    allowed[usize::from(b)] = true;
                }
            }
            true
        }
        HirKind::Class(Class::Unicode(u)) => {
            for r in u.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()).min(127));
                for b in lo..=hi {
                    allowed[b as usize] = true;
                }
            }
            true
        }
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                for b in r.start()..=r.end().min(127) {
                    allowed[usize::from(b)] = true;
                }
            }
            true
        }
        HirKind::Repetition(r) => mark_bytes(&r.sub, allowed),
        HirKind::Capture(c) => mark_bytes(&c.sub, allowed),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().all(|h| mark_bytes(h, allowed))
        }
    }
}

/// `re.captures_at(&text[..hi], pos)`, found by searching only the
/// stretches between separators (see [`separators`]) that hold an
/// occurrence of `anchor` (sorted starts of literals every match holds).
/// A match holds an occurrence at or after its start and no separator, so
/// none starts before the stretch of the first occurrence after `pos`;
/// within a stretch, the search ending at its separator finds what the
/// whole text's does (a word boundary reads a separator as it reads the
/// text's end).
pub fn captures_in<'t>(
    re: &crate::rx::Regex,
    text: &'t str,
    pos: usize,
    hi: usize,
    anchor: &[usize],
    sep: &Separators,
) -> Option<regex::Captures<'t>> {
    search_in(text, pos, hi, anchor, sep, |hay, start| {
        re.captures_at(hay, start)
    })
}

/// [`captures_in`] with any search `at(hay, start)` in place of
/// `re.captures_at`: `re.find_at` finds the match `captures_in` does, in
/// the same (possibly shortened) haystack.
pub fn search_in<'t, T>(
    text: &'t str,
    mut pos: usize,
    hi: usize,
    anchor: &[usize],
    sep: &Separators,
    mut at: impl FnMut(&'t str, usize) -> Option<T>,
) -> Option<T> {
    let b = text.as_bytes();
    let is_sep = |c: &u8| sep[usize::from(*c)];
    // (Bytes past the text are no separators.)
    let within = |lo: usize, hi: usize| &b[lo.min(b.len())..hi.min(b.len()).max(lo.min(b.len()))];
    while pos < hi {
        let i = anchor.partition_point(|&o| o < pos);
        let o = *anchor.get(i)?;
        if o >= hi {
            return None;
        }
        // (Over slices, not index by index: no bounds check per byte.)
        let start = within(pos, o)
            .iter()
            .rposition(is_sep)
            .map_or(pos, |j| pos + j + 1);
        let end = within(o, hi).iter().position(is_sep).map_or(hi, |j| o + j);
        if let Some(c) = at(text.get(..end)?, start) {
            return Some(c);
        }
        pos = end + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(p: &str) -> Vec<Vec<String>> {
        required(p, true, 3)
            .unwrap()
            .into_iter()
            .map(|s| {
                s.into_iter()
                    .map(|l| String::from_utf8(l).unwrap())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn literals_of_rule_shapes() {
        let place = r"(?P<place>(?-i:[A-Z][A-Za-z'’\-]*(?:[ \t]+[A-Z][A-Za-z'’\-]*)*))";
        let r = req(&format!(
            r"(?:\bNHS\s+)?{place}\s+Clinical\s+Commissioning\s+Group\b"
        ));
        // ("s" folds to the long s: its spellings are kept too.)
        assert!(
            r.iter()
                .any(|set| set.contains(&"commissioning".to_owned())),
            "{r:?}"
        );
        assert!(r.contains(&vec!["group".to_owned()]), "{r:?}");
        // The parser lifts the common "I" out of the alternation.
        let r = req(&format!(r"{place}\s+(?:Integrated\s+Care\s+Board|ICB)\b"));
        assert!(
            r.contains(&vec!["icb".to_owned(), "integrated".to_owned()]),
            "{r:?}"
        );
        // A part that matches case keeps its capitals, and a capital
        // weighs more than a letter of either case: "NI" is looked for.
        let r = req(&format!(r"(?P<name>{place}\s+(?-i:Hospitals?))\b"));
        assert_eq!(r, vec![vec!["Hospital".to_owned()]]);
        assert_eq!(req(r"(?-i:NI)\s+health"), vec![vec!["NI".to_owned()]]);
        let health = vec![vec!["health".to_owned()]];
        assert_eq!(req(r"NI\s+health"), health);
        assert_eq!(req(r"(?-i:N)\s+health"), health);
        // Either case holds the capitalised spelling: it is not looked
        // for as well.
        assert_eq!(
            req(r"(?:(?-i:Boards)|board)"),
            vec![vec!["board".to_owned()]]
        );
        assert_eq!(
            req(r"(?:(?-i:Board)|(?-i:boards))"),
            vec![vec!["Board".to_owned(), "boards".to_owned()]]
        );
        // Nothing can be required of an optional part or of classes.
        assert!(req(r"(?:trust)?\d+").is_empty());
        assert!(req(r"[a-z]+").is_empty());
        // Words in nearly every story are not looked for when a rarer
        // word is required, and an alternative is known by its rarer word.
        let boards = vec!["boards".to_owned(), "boardſ".to_owned()];
        assert_eq!(req(r"health\s+boards"), vec![boards.clone()]);
        let r = req(r"(?:health\s+boards|NI\s+health)");
        let mut any = boards.clone();
        any.push("health".to_owned());
        assert_eq!(r, vec![any], "{r:?}");
        let r = req(r"(?:health\s+boards|councils)");
        assert_eq!(r.len(), 1);
        assert!(
            r[0].starts_with(&boards) && r[0].contains(&"councils".to_owned()),
            "{r:?}"
        );
        // Only common words: they are all that can be looked for.
        assert_eq!(req(r"health\s+and\s+care").len(), 3);
        // "k" folds to the Kelvin sign: both spellings are kept.
        let r = req("kent");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].len(), 2, "{r:?}");
    }

    #[test]
    fn the_gate_opens_exactly_the_rules_whose_sets_are_met() {
        let rules = vec![
            required(r"foo\s+bar", true, 3).unwrap(),
            required(r"(?:baz|qux)", true, 3).unwrap(),
            required(r"\d+", true, 3).unwrap(),
        ];
        let g = Gate::new(&rules);
        assert_eq!(g.open(b"a foo and a bar"), vec![true, false, true]);
        assert_eq!(g.open(b"foo only, qux"), vec![false, true, true]);
        // Overlapping literals are all seen.
        let g = Gate::new(&[
            required("integrated", true, 3).unwrap(),
            required("grated", true, 3).unwrap(),
        ]);
        assert_eq!(g.open(b"integrated"), vec![true, true]);
        // A capital must be in the text; a lowercase letter may be either.
        let g = Gate::new(&[
            required(r"(?-i:Council)", true, 3).unwrap(),
            required(r"council", true, 3).unwrap(),
            required(r"(?-i:NHS)", true, 3).unwrap(),
        ]);
        assert_eq!(g.literals(), [b"council".to_vec(), b"nhs".to_vec()]);
        assert_eq!(g.open(b"the council"), vec![false, true, false]);
        assert_eq!(g.open(b"the COUNCIL"), vec![true, true, false]);
        assert_eq!(g.open(b"Leeds Council, Nhs"), vec![true, true, false]);
        assert_eq!(g.open(b"cOUNCIL NHS"), vec![false, true, true]);
        // The last start of a match: the last occurrence of the set whose
        // literals end earliest.
        let g = Gate::new(&[
            required(r"foo\s+bar", true, 3).unwrap(),
            required(r"\d+", true, 3).unwrap(),
        ]);
        assert_eq!(
            g.limits(b"foo bar foo xx bar foo"),
            vec![Some(15), Some(usize::MAX)]
        );
    }

    #[test]
    fn a_scan_lists_each_sets_starts_once_in_order() {
        let lit = |w: &str| w.as_bytes().to_vec();
        // "trust" and "trusts" start together; each set is its rule's.
        let g = Gate::new(&[
            vec![vec![lit("trusts"), lit("trust")], vec![lit("board")]],
            vec![vec![lit("board")]],
            vec![vec![lit("trust"), lit("trusts")]],
            vec![],
        ]);
        let text = b"Trusts board, trust boards and trusts";
        let scan = g.scan(text, &lower(text));
        assert_eq!(scan.anchor(0), Some(&[7, 20][..]));
        assert_eq!(scan.limit(0), Some(20));
        assert_eq!(scan.anchor(1), Some(&[7, 20][..]));
        assert_eq!(scan.anchor(2), Some(&[0, 14, 31][..]));
        assert_eq!(scan.limit(2), Some(31));
        assert_eq!((scan.anchor(3), scan.limit(3)), (None, Some(usize::MAX)));
        // A set without an occurrence closes its rule.
        let scan = g.scan(b"the board", b"the board");
        assert_eq!(
            (scan.limit(0), scan.limit(1), scan.limit(2)),
            (None, Some(4), None)
        );
        assert_eq!(scan.anchor(2), Some(&[][..]));
    }

    #[test]
    fn the_narrowed_search_finds_what_the_whole_search_finds() {
        let p = r"(?P<place>(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*))\s+(?-i:Trust)\b";
        let opts = crate::rx::Options {
            case_insensitive: true,
            ..Default::default()
        };
        let re = crate::rx::Regex::with_options(p, opts).unwrap();
        let sep = separators(p, true).unwrap();
        assert!(sep[usize::from(b'.')] && sep[usize::from(b'(')] && !sep[usize::from(b'\n')]);
        // An anchor other than a word boundary: no separators.
        assert!(separators(r"^Trust", true).is_none());
        let g = Gate::new(&[required(p, true, 3).unwrap()]);
        let text = "The trust. Leeds Teaching Trust said (North Trust) and\n\
                    South West Trust; Trust. East\nTrust, Trusty Trust";
        let scan = g.scan(text.as_bytes(), text.to_ascii_lowercase().as_bytes());
        let anchor = scan.anchor(0).unwrap();
        let span = |c: Option<regex::Captures>| c.and_then(|c| c.get(0)).map(|m| m.range());
        for hi in [text.len(), 30, 62] {
            for pos in 0..hi {
                let whole = span(re.captures_at(&text[..hi], pos));
                let narrow = span(captures_in(&re, text, pos, hi, anchor, &sep));
                assert_eq!(whole, narrow, "from {pos} to {hi}");
            }
        }
    }
}
