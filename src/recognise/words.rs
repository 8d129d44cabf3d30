//! One pass over the lowercased text for every short list of words the
//! later stages look for: the cue and status phrases, the words the
//! organisation rules need, the words and pronouns that refer back to a
//! body ("the trust", "it"), the first words of the gazetteer's names, the
//! relative years ("next year"), the words that cut a sentence into
//! clauses (" but ", dashes), the months' names and the words that place
//! a story in Northern Ireland.
//!
//! Each was found by a pass of its own over every byte of every document.
//! One automaton of all the lists reports every occurrence (overlapping),
//! and each recogniser is handed its own ([`Cues::from_hits`],
//! [`Gate::scan_of`](crate::prefilter::Gate::scan_of),
//! [`Gazetteer::anaphors_from_hits`]; `facts::clause` reads a sentence's
//! cut words off [`Found::cuts`], `facts::qualify` asks
//! [`Found::month_within`]): the same mentions in one pass.

use std::collections::HashMap;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use crate::error::PatternError;
use crate::facts::clause;
use crate::model::Span;
use crate::prefilter::Scan;
use crate::recognise::cues::{CueMention, Cues, StatusMention};
use crate::recognise::orgs::{AnaphorMention, Gazetteer, WordLists};

/// The combined automaton. Its patterns, by id: the cue and status
/// phrases, the gate's literals, the anaphor words, the name heads, the
/// pronouns, the relative years, the cut words, the months' names and the
/// Northern Ireland words; each field below is the first id of its list.
#[derive(Debug)]
pub struct Words {
    /// The automaton as the crate builds it (the tests compare the walk
    /// with its own search).
    #[cfg(test)]
    ac: NFA,
    table: Table,
    literals: usize,
    anaphors: usize,
    heads: usize,
    pronouns: usize,
    relative_years: usize,
    cuts: usize,
    months: usize,
    northern_ireland: usize,
}

/// What one pass finds.
#[derive(Debug)]
pub struct Found {
    pub cues: Vec<CueMention>,
    pub statuses: Vec<StatusMention>,
    /// Where the organisation rules' words are.
    pub gate: Scan,
    /// The words that refer back to a body, leftmost-longest.
    pub anaphors: Vec<AnaphorMention>,
    /// Where a name of the gazetteer may start: each occurrence of a
    /// name head, as its offset and the head's index in
    /// [`Gazetteer::name_heads`], ascending.
    pub name_starts: Vec<(usize, u32)>,
    /// The [`PRONOUNS`], as whole words (ASCII word boundaries), in order.
    pub pronouns: Vec<Span>,
    /// Every occurrence of the [`RELATIVE_YEARS`] phrases: `(start,
    /// phrase)`, ascending.
    pub relative_years: Vec<(usize, usize)>,
    /// Every occurrence of the words that cut clauses (`CUT_WORDS` of
    /// `facts::clause`): `(start, end, word)`, by their ends.
    pub cuts: Vec<(usize, usize, usize)>,
    /// Every occurrence of a month's name ([`crate::text::MONTHS`], in
    /// words or not): `(start, end)`, by their ends.
    pub months: Vec<(usize, usize)>,
    /// Whether one of [`NORTHERN_IRELAND`] occurs.
    pub northern_ireland: bool,
}

impl Found {
    /// Whether `lower[lo..hi]` holds a month's name, as
    /// `MONTHS.iter().any(|m| lower[lo..hi].contains(m))` would say.
    pub fn month_within(&self, lo: usize, hi: usize) -> bool {
        let from = self.months.partition_point(|m| m.1 <= lo);
        self.months[from..]
            .iter()
            .take_while(|m| m.1 <= hi)
            .any(|m| m.0 >= lo)
    }
}

/// The pronouns that may stand for a body, lowercase.
pub const PRONOUNS: &[&str] = &["it", "its", "they", "their", "them", "we", "our", "us"];

/// Words that place a story in Northern Ireland (where the Department of
/// Health is Stormont's, not England's), lowercase.
pub const NORTHERN_IRELAND: &[&str] = &[
    "northern ireland",
    "stormont",
    " mlas",
    " mla ",
    "belfast",
    "hsc trust",
    "executive office",
];

/// Phrases naming a financial year by its distance from the article's
/// ("next year": 1), lowercase.
pub const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("this financial year", 0),
    ("current financial year", 0),
    ("this year", 0),
    ("the current year", 0),
    ("the year-end", 0),
    ("by year-end", 0),
    ("by year end", 0),
    ("at year end", 0),
    ("end of the financial year", 0),
    ("end of the year", 0),
    ("in-year", 0),
    ("year to date", 0),
    ("year-to-date", 0),
    ("next financial year", 1),
    ("coming financial year", 1),
    ("next year", 1),
    ("the coming year", 1),
    ("following year", 1),
    ("last financial year", -1),
    ("last year", -1),
    ("previous financial year", -1),
    ("previous year", -1),
    ("the year before", -1),
];

impl Words {
    pub fn new(cues: &Cues, lists: &WordLists) -> Result<Words, PatternError> {
        let (phrases, literals) = (cues.phrases(), &lists.literals);
        let (anaphors, heads) = (&lists.anaphors, &lists.heads);
        let all = patterns(cues, lists);
        let invalid = |e: &dyn std::fmt::Display| PatternError::Invalid {
            file: cues.origin().to_owned(),
            line: 0,
            message: format!("cannot build the cue and word automaton: {e}"),
        };
        // A DFA: several times faster to scan than an NFA. No prefilter:
        // some pattern matches every dozen bytes of news text. It is walked
        // as a [`Table`] of its own.
        let ac = NFA::builder()
            // Every occurrence, overlapping: no phrase hides another.
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&all)
            .map_err(|e| invalid(&e))?;
        let table = Table::of(&ac, &all).map_err(|e| invalid(&e))?;
        let mut first = 0;
        let mut after = |n: usize| {
            first += n;
            first
        };
        Ok(Words {
            #[cfg(test)]
            ac,
            table,
            literals: after(phrases.len()),
            anaphors: after(literals.len()),
            heads: after(anaphors.len()),
            pronouns: after(heads.len()),
            relative_years: after(PRONOUNS.len()),
            cuts: after(RELATIVE_YEARS.len()),
            months: after(clause::CUT_WORDS.len()),
            northern_ireland: after(crate::text::MONTHS.len()),
        })
    }

    /// What `text` holds of each list, given `text` ASCII-lowercased.
    pub fn find(&self, cues: &Cues, orgs: &Gazetteer, text: &str, lower: &[u8]) -> Found {
        // (Sized for a typical article's hits: growing them cost more
        // than the pass.)
        let n = lower.len();
        let (mut phrase_hits, mut word_hits, mut anaphor_hits) = (
            Vec::with_capacity(n / 32),
            Vec::with_capacity(n / 32),
            Vec::with_capacity(n / 128),
        );
        let mut name_starts = Vec::with_capacity(n / 16);
        let mut pronouns = Vec::with_capacity(n / 64);
        let mut relative_years = Vec::new();
        let mut cuts = Vec::with_capacity(n / 64);
        let mut months = Vec::new();
        let mut northern_ireland = false;
        self.each_match(lower, |s, e, p| {
            if p < self.literals {
                phrase_hits.push((s, e, p));
            } else if p < self.anaphors {
                word_hits.push((p - self.literals, s));
            } else if p < self.heads {
                anaphor_hits.push((s, e, p - self.anaphors));
            } else if p < self.pronouns {
                name_starts.push((s, (p - self.heads) as u32));
            } else if p >= self.northern_ireland {
                northern_ireland = true;
            } else if p >= self.months {
                months.push((s, e));
            } else if p >= self.cuts {
                cuts.push((s, e, p - self.cuts));
            } else if p >= self.relative_years {
                relative_years.push((s, p - self.relative_years));
            } else if (s == 0 || !is_word(lower[s - 1]))
                && lower.get(e).is_none_or(|&c| !is_word(c))
            {
                pronouns.push(Span::new(s, e));
            }
        });
        // Overlapping matches come by their ends; whole words (the
        // pronouns) never overlap, so they come in order.
        relative_years.sort_unstable();
        name_starts.sort_unstable();
        let (cues, statuses) = cues.from_hits(text, phrase_hits);
        Found {
            cues,
            statuses,
            gate: orgs.gate().scan_of(text.as_bytes(), word_hits),
            anaphors: orgs.anaphors_from_hits(text, anaphor_hits),
            name_starts,
            pronouns,
            relative_years,
            cuts,
            months,
            northern_ireland,
        }
    }

    /// Calls `f(start, end, pattern)` for every occurrence of every
    /// pattern in `hay`, by their ends (those ending together in the
    /// automaton's order): what an overlapping search reports.
    ///
    /// The automaton is stepped here rather than through the crate's
    /// overlapping iterator: a match comes every dozen bytes, and handing
    /// each one back through the iterator cost more than the step to it.
    /// Each step waits for the table cell the previous one read, so the
    /// four quarters of a long text are walked side by side, four waits at
    /// a time (with two halves, a run took 2–3 % longer). A quarter's
    /// walk starts a longest pattern before the quarter: by its start it
    /// is in the state a walk from the text's start would be in (a state
    /// is the longest pattern prefix ending there), and its matches from
    /// there on are kept until those of the quarters before are out.
    #[inline]
    fn each_match(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let t = &self.table;
        let mut report = |sid: u32, e: usize| {
            for &(pid, len) in t.matches_of(sid) {
                f(e - len as usize, e, pid as usize);
            }
        };
        let (q, l) = (hay.len() / 4, t.longest);
        if q < 4 * l {
            let mut sid = 0;
            for (i, &b) in hay.iter().enumerate() {
                sid = t.next(sid, b);
                if sid >= t.first_match {
                    report(sid, i + 1);
                }
            }
            return;
        }
        // Quarter k (k > 0) is walked from `k * q - l`, to the text's end
        // for the last; its first `l` bytes end the quarter before.
        let part = |k: usize| &hay[k * q - l..if k == 3 { hay.len() } else { (k + 1) * q }];
        let parts = [part(1), part(2), part(3)];
        // Their matches past their starts: (end, state).
        let mut later: [Vec<(usize, u32)>; 3] = std::array::from_fn(|_| Vec::with_capacity(q / 16));
        let (mut s0, mut s1, mut s2, mut s3) = (0, 0, 0, 0);
        let steps = hay[..q].iter().zip(parts[0]).zip(parts[1]).zip(parts[2]);
        for (i, (((&b0, &b1), &b2), &b3)) in steps.enumerate() {
            s0 = t.next(s0, b0);
            s1 = t.next(s1, b1);
            s2 = t.next(s2, b2);
            s3 = t.next(s3, b3);
            if s0 >= t.first_match {
                report(s0, i + 1);
            }
            if i >= l {
                for (k, s) in [s1, s2, s3].into_iter().enumerate() {
                    if s >= t.first_match {
                        later[k].push(((k + 1) * q - l + i + 1, s));
                    }
                }
            }
        }
        for (k, (later, mut sid)) in later.into_iter().zip([s1, s2, s3]).enumerate() {
            for (e, s) in later {
                report(s, e);
            }
            let from = (k + 1) * q - l;
            for (i, &b) in parts[k].iter().enumerate().skip(q) {
                sid = t.next(sid, b);
                if sid >= t.first_match {
                    report(sid, from + i + 1);
                }
            }
        }
    }
}

/// The automaton laid out for [`Words::each_match`]. The crate's automata
/// number their states as the patterns were added, so the states a text
/// keeps returning to (the first letters of words) lie scattered over
/// megabytes of DFA table, a cache line each. Here the states are renumbered
/// breadth first: the shallow ones, which most steps visit, lie together
/// at the front. States with matches come after all the others (one
/// comparison tells a match) and each row's last cell says where its
/// matches are listed.
#[derive(Debug, PartialEq, Eq)]
struct Table {
    /// The class of each byte: its own for a byte some pattern holds, 0
    /// for all the others (from any state they lead to the same place).
    classes: [u8; 256],
    /// Cells per row: one per class, and the match cell.
    stride: usize,
    /// `trans[state + class]`: the next state, as the index of its row's
    /// first cell. The start state is 0.
    trans: Vec<u32>,
    /// The first state with matches.
    first_match: u32,
    /// Match state `s` lists `matches[ranges[k]..ranges[k + 1]]`, where
    /// `k = trans[s + stride - 1]`.
    ranges: Vec<u32>,
    /// `(pattern, length)`, in the order the crate reports them.
    matches: Vec<(u32, u32)>,
    /// The length of the longest pattern.
    longest: usize,
}

impl Table {
    /// The state after `sid` on `byte`.
    #[inline(always)]
    fn next(&self, sid: u32, byte: u8) -> u32 {
        self.trans[sid as usize + usize::from(self.classes[usize::from(byte)])]
    }

    /// The `(pattern, length)` of the matches of match state `sid`.
    #[inline(always)]
    fn matches_of(&self, sid: u32) -> &[(u32, u32)] {
        let at = self.trans[sid as usize + self.stride - 1] as usize;
        &self.matches[self.ranges[at] as usize..self.ranges[at + 1] as usize]
    }

    /// `aut`'s states and transitions, renumbered; `aut` is a standard
    /// automaton of `patterns`.
    fn of(aut: &impl Automaton, patterns: &[&[u8]]) -> Result<Table, String> {
        Table::build(aut, patterns, false)
    }

    /// [`Table::of`]. The automaton's states are the nodes of the
    /// patterns' trie (a standard automaton keeps every prefix), and a
    /// state's transition on a byte is its trie child or else its failure
    /// state's transition: breadth first, the failure state (shallower) has
    /// its row already, so each row is a copy of it with the children set,
    /// and the automaton is asked once per trie edge, for the state a child
    /// is (most of the start-up of the words pass went to asking it every
    /// cell, following failures). With `chase`, every cell is asked of the
    /// automaton: the reference the tests compare with.
    fn build(aut: &impl Automaton, patterns: &[&[u8]], chase: bool) -> Result<Table, String> {
        let too_big = || "the word automaton has too many states".to_string();
        // A byte no pattern holds leads back to the start from every
        // state: all such bytes are one class.
        let mut held = [false; 256];
        for &b in patterns.iter().copied().flatten() {
            held[usize::from(b)] = true;
        }
        let mut reps: Vec<u8> = (0..=255u8)
            .find(|&b| !held[usize::from(b)])
            .into_iter()
            .collect();
        let mut classes = [0u8; 256];
        for b in 0..=255u8 {
            if held[usize::from(b)] {
                classes[usize::from(b)] = u8::try_from(reps.len()).map_err(|_| too_big())?;
                reps.push(b);
            }
        }
        let stride = reps.len() + 1;
        let start = aut.start_state(Anchored::No).map_err(|e| e.to_string())?;
        if aut.is_match(start) {
            return Err("an empty word or phrase".to_string());
        }
        // The states breadth first from the start (`order`, by the crate's
        // id), and `next[k * reps.len() + c]`: where state `k` goes on class
        // `c`, as a place in `order`.
        let (order, next) = if chase {
            by_automaton(aut, start, &reps)
        } else {
            by_trie(aut, start, patterns, &classes, reps.len())?
        };
        // Rows: the states without matches first (the start first of all),
        // then those with.
        let (plain, matching): (Vec<usize>, Vec<usize>) =
            (0..order.len()).partition(|&k| !aut.is_match(order[k]));
        let mut row = vec![0u32; order.len()];
        for (n, &k) in plain.iter().chain(&matching).enumerate() {
            row[k] = u32::try_from(n * stride).map_err(|_| too_big())?;
        }
        let mut trans = vec![0u32; order.len() * stride];
        let (mut ranges, mut matches) = (vec![0u32], Vec::new());
        let mut longest = 0;
        for &k in plain.iter().chain(&matching) {
            let at = row[k] as usize;
            for c in 0..reps.len() {
                trans[at + c] = row[next[k * reps.len() + c]];
            }
            let s = order[k];
            if aut.is_match(s) {
                trans[at + stride - 1] = u32::try_from(ranges.len() - 1).map_err(|_| too_big())?;
                for m in 0..aut.match_len(s) {
                    let pid = aut.match_pattern(s, m);
                    let len = u32::try_from(aut.pattern_len(pid)).map_err(|_| too_big())?;
                    matches.push((pid.as_u32(), len));
                    longest = longest.max(len as usize);
                }
                ranges.push(u32::try_from(matches.len()).map_err(|_| too_big())?);
            }
        }
        Ok(Table {
            classes,
            stride,
            trans,
            first_match: u32::try_from(plain.len() * stride).map_err(|_| too_big())?,
            ranges,
            matches,
            longest,
        })
    }
}

/// The words pass's patterns, in the order of their ids.
fn patterns<'a>(cues: &'a Cues, lists: &'a WordLists) -> Vec<&'a [u8]> {
    (cues.phrases().iter().map(|p| p.as_bytes()))
        .chain(lists.literals.iter().map(Vec::as_slice))
        .chain(lists.anaphors.iter().map(|w| w.as_bytes()))
        .chain(lists.heads.iter().map(Vec::as_slice))
        .chain(PRONOUNS.iter().map(|p| p.as_bytes()))
        .chain(RELATIVE_YEARS.iter().map(|(p, _)| p.as_bytes()))
        .chain(clause::CUT_WORDS.iter().map(|p| p.as_bytes()))
        .chain(crate::text::MONTHS.iter().map(|p| p.as_bytes()))
        .chain(NORTHERN_IRELAND.iter().map(|p| p.as_bytes()))
        .collect()
}

/// [`Table::build`]'s states and transitions, each cell asked of the
/// automaton (failures followed): the states in the order a breadth-first
/// walk meets them, children by byte.
fn by_automaton(aut: &impl Automaton, start: StateID, reps: &[u8]) -> (Vec<StateID>, Vec<usize>) {
    let mut order = vec![start];
    let mut index: HashMap<StateID, usize> = HashMap::from([(start, 0)]);
    let mut next = Vec::new();
    let mut k = 0;
    while k < order.len() {
        let s = order[k];
        for &b in reps {
            let t = aut.next_state(Anchored::No, s, b);
            let n = *index.entry(t).or_insert_with(|| {
                order.push(t);
                order.len() - 1
            });
            next.push(n);
        }
        k += 1;
    }
    (order, next)
}

/// [`by_automaton`], from the patterns' trie: each row is the failure
/// state's row with the state's children set.
fn by_trie(
    aut: &impl Automaton,
    start: StateID,
    patterns: &[&[u8]],
    classes: &[u8; 256],
    classes_n: usize,
) -> Result<(Vec<StateID>, Vec<usize>), String> {
    // The trie: each node's children by byte.
    let mut kids: Vec<Vec<(u8, usize)>> = vec![Vec::new()];
    for p in patterns {
        let mut n = 0;
        for &b in *p {
            n = match kids[n].iter().find(|&&(c, _)| c == b) {
                Some(&(_, k)) => k,
                None => {
                    kids.push(Vec::new());
                    let k = kids.len() - 1;
                    kids[n].push((b, k));
                    k
                }
            };
        }
    }
    for k in &mut kids {
        k.sort_unstable();
    }
    // Breadth first, children by byte (the order the automaton's rows
    // would meet them in): `nodes[k]` is the trie node at place `k`.
    let mut nodes = vec![0usize];
    let mut order = vec![start];
    let mut fail = vec![0usize; kids.len()];
    let mut next = vec![0usize; kids.len() * classes_n];
    let mut k = 0;
    while k < nodes.len() {
        let (node, sid) = (nodes[k], order[k]);
        if k > 0 {
            let f = fail[k] * classes_n;
            next.copy_within(f..f + classes_n, k * classes_n);
        }
        for &(b, child) in &kids[node] {
            let t = aut.next_state(Anchored::Yes, sid, b);
            if aut.is_dead(t) {
                return Err("the word automaton lacks a pattern prefix".to_string());
            }
            let at = nodes.len();
            nodes.push(child);
            order.push(t);
            let c = usize::from(classes[usize::from(b)]);
            // A child's failure state: where its parent's failure state
            // goes on the same byte (the start, for the start's children).
            fail[at] = if k == 0 {
                0
            } else {
                next[fail[k] * classes_n + c]
            };
            next[k * classes_n + c] = at;
        }
        k += 1;
    }
    Ok((order, next))
}

/// An ASCII word byte (`\w` with ASCII word boundaries).
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The matches a leftmost-longest search would give, from all the
/// overlapping ones `(start, end, pattern)`: the longest at the leftmost
/// start (the first pattern on a tie), then on from its end.
pub(crate) fn leftmost_longest(mut all: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    all.sort_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
    let mut out = Vec::with_capacity(all.len());
    let mut at = 0;
    for m in all {
        if m.0 >= at {
            at = m.1;
            out.push(m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The word lists of the finished gazetteer.
    fn gazetteer_lists(p: &crate::patterns::Patterns) -> super::WordLists {
        super::WordLists {
            literals: p.orgs.gate().literals().to_vec(),
            anaphors: p.orgs.anaphor_words().to_vec(),
            heads: p.orgs.name_heads().to_vec(),
        }
    }

    /// Whether a story holds a Northern Ireland word, read off the pass:
    /// what a search of the text for each says.
    #[test]
    fn northern_ireland_is_what_a_search_finds() {
        let p = crate::patterns::test_patterns();
        let mut texts = crate::text::bundled_articles();
        texts.extend(
            [
                "MLAs at Stormont met.",
                "the mla said",
                "an mla said",
                "Belfast HSC Trust",
                "The Executive Office",
                "northern irelands",
                "Stormon t",
            ]
            .map(str::to_owned),
        );
        let (mut yes, mut no) = (0, 0);
        for t in &texts {
            let lower = t.to_ascii_lowercase();
            let found = p.words.find(&p.cues, &p.orgs, t, lower.as_bytes());
            let search = super::NORTHERN_IRELAND.iter().any(|w| lower.contains(w));
            assert_eq!(found.northern_ireland, search, "{t:?}");
            if search { yes += 1 } else { no += 1 }
        }
        assert!(yes >= 6 && no >= 3, "{yes} {no}");
    }

    /// Whether a stretch of text names a month, read off the pass's
    /// occurrences: what a search of the stretch says.
    #[test]
    fn months_within_a_stretch_are_those_its_search_finds() {
        let p = crate::patterns::test_patterns();
        let mut texts = crate::text::bundled_articles();
        texts.push("In May, maybe March; the mayor's Decembers in june-july.".to_owned());
        let (mut yes, mut no) = (0, 0);
        for t in &texts {
            let lower = t.to_ascii_lowercase();
            let found = p.words.find(&p.cues, &p.orgs, t, lower.as_bytes());
            let n = lower.len();
            // Sentence-sized stretches from every few bytes, and the rest
            // of the text.
            for lo in (0..n).step_by((n / 40).max(1)) {
                for hi in (lo..=n.min(lo + 300)).step_by(3).chain([n]) {
                    let Some(hay) = lower.get(lo..hi) else {
                        continue;
                    };
                    let searched = crate::text::MONTHS.iter().any(|m| hay.contains(m));
                    assert_eq!(found.month_within(lo, hi), searched, "{lo}..{hi}");
                    if searched { yes += 1 } else { no += 1 }
                }
            }
        }
        assert!(yes > 1000 && no > 1000, "{yes} {no}");
    }

    #[test]
    fn words_from_the_early_lists_are_those_of_the_gazetteer() {
        // The pass was built from the lists the gazetteer sent before its
        // rules compiled; the finished gazetteer's own give the same pass.
        let p = crate::patterns::test_patterns();
        let lists = gazetteer_lists(p);
        assert!(lists.literals.len() > 20 && lists.anaphors.len() > 10);
        assert!(lists.heads.len() > 500, "{}", lists.heads.len());
        let again = super::Words::new(&p.cues, &lists).unwrap();
        assert_eq!(again.table, p.words.table);
        let bounds = |w: &super::Words| {
            (
                w.literals,
                w.anaphors,
                w.heads,
                w.pronouns,
                w.relative_years,
                w.cuts,
                w.months,
            )
        };
        assert_eq!(bounds(&again), bounds(&p.words));
    }

    #[test]
    fn table_rows_copied_from_failure_states_are_the_automatons() {
        use aho_corasick::MatchKind;
        use aho_corasick::nfa::noncontiguous::NFA;
        let p = crate::patterns::test_patterns();
        let lists = gazetteer_lists(p);
        let all = super::patterns(&p.cues, &lists);
        let shipped = super::Table::build(&p.words.ac, &all, false).unwrap();
        assert_eq!(
            shipped,
            super::Table::build(&p.words.ac, &all, true).unwrap()
        );
        assert_eq!(shipped, p.words.table);
        assert!(shipped.trans.len() > 100_000, "{}", shipped.trans.len());
        // Patterns that are suffixes and prefixes of each other, repeats.
        for set in [
            &["he", "she", "his", "hers"][..],
            &["a", "aa", "aaa", "ab"],
            &["abcd", "bcd", "cd", "d", "dab"],
            &["the trust", "trust", "rust", "the"],
        ] {
            let nfa = NFA::builder()
                .match_kind(MatchKind::Standard)
                .build(set)
                .unwrap();
            let set: Vec<&[u8]> = set.iter().map(|w| w.as_bytes()).collect();
            let fast = super::Table::build(&nfa, &set, false).unwrap();
            assert_eq!(fast, super::Table::build(&nfa, &set, true).unwrap());
        }
    }

    /// The automaton stepped by hand reports what the crate's own
    /// overlapping search over it reports, match for match, in order.
    #[test]
    fn stepped_walk_is_the_overlapping_search() {
        use aho_corasick::Input;
        use aho_corasick::automaton::{Automaton, OverlappingState};
        let p = crate::patterns::test_patterns();
        let words = &p.words;
        let reference = |hay: &[u8]| {
            let (mut state, mut out) = (OverlappingState::start(), Vec::new());
            loop {
                words
                    .ac
                    .try_find_overlapping(&Input::new(hay), &mut state)
                    .expect("an unanchored search of a standard automaton");
                let Some(m) = state.get_match() else { break };
                out.push((m.start(), m.end(), m.pattern().as_usize()));
            }
            out
        };
        let mut texts: Vec<String> = crate::text::bundled_articles();
        texts.extend(
            [
                "",
                "it",
                "its deficit; it said the trust's plan is this year's",
                "the trust and the ccg said it, they, we and us",
            ]
            .map(String::from),
        );
        let walk = |hay: &[u8]| {
            let mut got = Vec::new();
            words.each_match(hay, |s, e, p| got.push((s, e, p)));
            got
        };
        let mut total = 0;
        for t in &texts {
            let lower = t.to_ascii_lowercase();
            let got = walk(lower.as_bytes());
            assert_eq!(got, reference(lower.as_bytes()), "{t:.60}");
            total += got.len();
        }
        assert!(total > 1000, "{total} matches");
        // Long texts are walked in four quarters: their ends fall on
        // every byte of an article, inside phrases and between them.
        let lower = texts[0].to_ascii_lowercase();
        assert!(lower.len() > 16 * words.table.longest + 1000);
        for n in 0..lower.len().min(16 * words.table.longest + 1000) {
            let hay = &lower.as_bytes()[..n];
            assert_eq!(walk(hay), reference(hay), "{n} bytes");
        }
    }

    /// The shared pass tells the organisation rules what the gate's own
    /// pass tells them, and finds the cues, the anaphors and where names
    /// start.
    #[test]
    fn one_pass_finds_what_the_gate_finds() {
        let p = crate::patterns::test_patterns();
        let t = "Shropshire CCG and the Shrewsbury and Telford Hospital NHS Trust \
                 reported a deficit of £5m against a control total of £2m. The trust \
                 and the CCG said the health board's plan was the boards' own. It \
                 said its withdrawal (it's Their_ view) left us, with them, it.";
        let lower = t.to_ascii_lowercase();
        let found = p.cues_in(t);
        let gate = p.orgs.gate();
        let own = gate.scan(t.as_bytes(), lower.as_bytes());
        let limits = gate.limits(t.as_bytes());
        let shared: Vec<_> = (0..limits.len()).map(|r| found.gate.limit(r)).collect();
        assert_eq!(shared, limits);
        for r in 0..limits.len() {
            assert_eq!(found.gate.anchor(r), own.anchor(r), "rule {r}");
        }
        // Some rules can match here and some cannot.
        assert!(limits.iter().any(Option::is_some));
        assert!(limits.iter().any(Option::is_none));
        let cues: Vec<&str> = found
            .cues
            .iter()
            .map(|c| &t[c.span.start..c.span.end])
            .collect();
        assert_eq!(&cues[..2], ["deficit", "control total"]);
        // The names, searched from where a name can start only: what a
        // search over every byte finds.
        let names = |v: Vec<crate::recognise::orgs::OrgMention>| -> Vec<(String, String)> {
            v.into_iter()
                .map(|m| {
                    (
                        t[m.span.start..m.span.end].to_owned(),
                        m.org.name.to_string(),
                    )
                })
                .collect()
        };
        let from_starts =
            p.orgs
                .find_scanned(t, lower.as_bytes(), &found.gate, Some(&found.name_starts));
        let everywhere = p.orgs.find_lowered(t, lower.as_bytes());
        assert_eq!(names(from_starts), names(everywhere.clone()));
        assert!(everywhere.len() >= 2, "{everywhere:?}");
        // Names whose first word is short start where their first two words
        // do ("the christie ", "st helens "), also inside a word.
        for (t, want) in [
            (
                "The Christie NHS Foundation Trust and NHS Barnsley CCG met the first \
                 St Helens CCG board; at least St George's University Hospitals NHS \
                 Foundation Trust agreed.",
                4,
            ),
            ("Most St Helens CCG, NHS, the The Christie NHS FT", 2),
        ] {
            let lower = t.to_ascii_lowercase();
            let found = p.cues_in(t);
            let from_starts =
                p.orgs
                    .find_scanned(t, lower.as_bytes(), &found.gate, Some(&found.name_starts));
            let everywhere = p.orgs.find_lowered(t, lower.as_bytes());
            let got: Vec<String> = from_starts.iter().map(|m| m.org.name.to_string()).collect();
            assert_eq!(got.len(), want, "{t}: {got:?}");
            assert_eq!(
                from_starts.iter().map(|m| m.span).collect::<Vec<_>>(),
                everywhere.iter().map(|m| m.span).collect::<Vec<_>>(),
                "{t}"
            );
        }
        // Pronouns as whole words, in any case.
        let pronouns: Vec<&str> = found.pronouns.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(pronouns, ["It", "its", "it", "us", "them", "it"]);
        // The anaphors: what the gazetteer's own search gives.
        let spans = |v: &[crate::recognise::orgs::AnaphorMention]| -> Vec<String> {
            v.iter()
                .map(|m| t[m.span.start..m.span.end].to_owned())
                .collect()
        };
        let own = p.orgs.anaphors(t, lower.as_bytes());
        assert_eq!(spans(&found.anaphors), spans(&own));
        assert_eq!(
            spans(&own),
            ["The trust", "the CCG", "the health board", "the boards"]
        );
    }
}
