//! Required literals: the words a regex cannot match without, looked for in
//! one pass per document, so that a rule whose words are absent is not run.
//!
//! [`required`] reads a pattern's syntax tree and returns sets of literals
//! in conjunctive form: every match of the pattern, ASCII-lowercased,
//! contains at least one literal of each set. Nothing else is assumed, so a
//! rule skipped because one of its sets has no literal in the text could
//! not have matched there: skipping it changes no result. The sets come
//! from the patterns themselves and stay right when rules are edited or
//! added; where nothing can be proved (a pattern made only of classes and
//! repetitions) a rule has no sets and always runs.
//!
//! [`Gate`] holds the sets of many rules in one automaton and tells, for a
//! text, which rules can match in it.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// A literal, ASCII-lowercased.
pub type Literal = Vec<u8>;

/// At least one of these literals is in every match.
pub type AnyOf = Vec<Literal>;

/// Largest set of alternative strings followed through a pattern.
const MAX_SET: usize = 32;
/// Largest character class spelled out as alternative strings ("[Kk\u{212A}]").
const MAX_CLASS: u32 = 4;

/// What is known of the strings a piece of a pattern matches.
struct Info {
    /// Every string it can match, when they are few (ASCII-lowercased).
    exact: Option<Vec<Literal>>,
    /// Sets of which every match contains one literal each.
    all: Vec<AnyOf>,
}

/// The literal sets every match of `pattern` has one literal of, each set
/// with literals of at least `min_len` bytes (shorter ones would be found
/// in almost every text). `None` when the pattern does not parse (the
/// regex compiler reports that); an empty list when nothing is required.
pub fn required(pattern: &str, case_insensitive: bool, min_len: usize) -> Option<Vec<AnyOf>> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(case_insensitive)
        .build()
        .parse(pattern)
        .ok()?;
    let info = analyse(&hir);
    let mut sets = info.all;
    if let Some(e) = info.exact {
        sets.push(e);
    }
    let mut out: Vec<AnyOf> = Vec::new();
    for s in sets {
        let s = minimise(s);
        if s.is_empty() || s.iter().any(|l| l.len() < min_len) || out.contains(&s) {
            continue;
        }
        out.push(s);
    }
    Some(out)
}

/// Sorted, without duplicates, and without a literal that contains another
/// literal of the set (finding the shorter one is enough).
fn minimise(mut s: AnyOf) -> AnyOf {
    s.sort();
    s.dedup();
    let keep: Vec<bool> = s
        .iter()
        .map(|l| {
            !s.iter()
                .any(|o| o.len() < l.len() && l.windows(o.len()).any(|w| w == o.as_slice()))
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

/// How selective a set is: longer shortest literal first, then fewer.
fn score(s: &[Literal]) -> (usize, std::cmp::Reverse<usize>) {
    (
        s.iter().map(Vec::len).min().unwrap_or(0),
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

fn analyse(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info {
            exact: Some(vec![Vec::new()]),
            all: Vec::new(),
        },
        HirKind::Literal(l) => Info {
            exact: Some(vec![lower(&l.0)]),
            all: Vec::new(),
        },
        HirKind::Class(c) => Info {
            exact: class_strings(c),
            all: Vec::new(),
        },
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
                return Info {
                    exact,
                    all: Vec::new(),
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
            Info { exact, all }
        }
        HirKind::Concat(subs) => {
            let mut all: Vec<AnyOf> = Vec::new();
            let mut whole: Option<Vec<Literal>> = Some(vec![Vec::new()]);
            // The strings of the current run of pieces with few strings.
            let mut run: Vec<Literal> = vec![Vec::new()];
            for sub in subs {
                let info = analyse(sub);
                all.extend(info.all);
                whole = match (&whole, &info.exact) {
                    (Some(w), Some(e)) => cross(w, e),
                    _ => None,
                };
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
                        if usable(&run) {
                            all.push(std::mem::take(&mut run));
                        }
                        run = vec![Vec::new()];
                    }
                }
            }
            if usable(&run) {
                all.push(run);
            }
            Info { exact: whole, all }
        }
        HirKind::Alternation(subs) => {
            let infos: Vec<Info> = subs.iter().map(analyse).collect();
            let mut exact: Option<Vec<Literal>> = Some(Vec::new());
            for i in &infos {
                exact = match (exact, &i.exact) {
                    (Some(mut x), Some(e)) if x.len() + e.len() <= MAX_SET => {
                        x.extend(e.iter().cloned());
                        Some(x)
                    }
                    _ => None,
                };
            }
            if let Some(x) = &mut exact {
                x.sort();
                x.dedup();
            }
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
            Info { exact, all }
        }
    }
}

/// The required literal sets of many rules, found in one pass.
#[derive(Debug)]
pub struct Gate {
    /// All literals (`None` when no rule requires any).
    ac: Option<AhoCorasick>,
    /// For each literal, the (rule, set) pairs it satisfies.
    satisfies: Vec<Vec<(usize, usize)>>,
    /// Number of sets of each rule.
    sets: Vec<usize>,
}

impl Gate {
    /// A gate for rules with these sets (one entry per rule, in order).
    pub fn new(rules: &[Vec<AnyOf>]) -> Gate {
        let mut literals: Vec<Literal> = Vec::new();
        let mut satisfies: Vec<Vec<(usize, usize)>> = Vec::new();
        for (ri, sets) in rules.iter().enumerate() {
            for (si, set) in sets.iter().enumerate() {
                for lit in set {
                    let li = match literals.iter().position(|l| l == lit) {
                        Some(i) => i,
                        None => {
                            literals.push(lit.clone());
                            satisfies.push(Vec::new());
                            literals.len() - 1
                        }
                    };
                    satisfies[li].push((ri, si));
                }
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
        let sets = if ac.is_some() || literals.is_empty() {
            rules.iter().map(Vec::len).collect()
        } else {
            vec![0; rules.len()]
        };
        Gate {
            ac,
            satisfies,
            sets,
        }
    }

    /// Which rules can match in a text, given the text ASCII-lowercased.
    pub fn open(&self, lower: &[u8]) -> Vec<bool> {
        self.limits(lower).iter().map(Option::is_some).collect()
    }

    /// For each rule, `None` when it cannot match in the text (given
    /// ASCII-lowercased), else the last byte offset at which a match can
    /// start: a match holds a literal of each of the rule's sets, so it
    /// starts at or before the last occurrence of each set's literals.
    /// `usize::MAX` for a rule without sets.
    pub fn limits(&self, lower: &[u8]) -> Vec<Option<usize>> {
        let mut last: Vec<Vec<Option<usize>>> = self.sets.iter().map(|&n| vec![None; n]).collect();
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(lower) {
                let at = m.start();
                for &(r, s) in &self.satisfies[m.pattern().as_usize()] {
                    let l = &mut last[r][s];
                    *l = Some(l.map_or(at, |p: usize| p.max(at)));
                }
            }
        }
        last.iter()
            .map(|sets| {
                sets.iter()
                    .try_fold(usize::MAX, |lim, l| l.map(|p| lim.min(p)))
            })
            .collect()
    }
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
        assert!(r.contains(&vec!["commissioning".to_owned()]), "{r:?}");
        assert!(r.contains(&vec!["group".to_owned()]), "{r:?}");
        let r = req(&format!(r"{place}\s+(?:Integrated\s+Care\s+Board|ICB)\b"));
        assert!(
            r.contains(&vec!["icb".to_owned(), "integrated".to_owned()]),
            "{r:?}"
        );
        let r = req(&format!(r"(?P<name>{place}\s+(?-i:Hospitals?))\b"));
        assert_eq!(r, vec![vec!["hospital".to_owned()]]);
        // Nothing can be required of an optional part or of classes.
        assert!(req(r"(?:trust)?\d+").is_empty());
        assert!(req(r"[a-z]+").is_empty());
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
}
