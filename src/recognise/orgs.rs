//! Organisations: the gazetteer (official names, aliases, former names,
//! hospital sites and acronyms, from `patterns/*.tsv`), rules for bodies it
//! lacks, aggregates ("CCGs in England") and the words that refer back to a
//! body ("the trust").
//!
//! Takes the normalised text, yields `OrgMention`s with canonical names.
//! Resolving "the trust" or "it" to a body is the attribution stage's job;
//! this module only finds the words.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, mpsc};

use crate::rx::{Edge, Regex, edge};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Deserialize;

use crate::error::PatternError;
use crate::model::{Date, OrgRef, OrgType, Span};
use crate::patterns::{Source, compile_regex_tree, is_embedded};
use crate::prefilter::{self, Gate, Scan};
use regex_syntax::hir::Hir;

/// Maps keyed by names and by text: foldhash hashes these short keys
/// several times faster than the standard SipHash (every body mention of
/// every document looks names up), and is still seeded per process.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// `org_rules.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgRulesFile {
    #[serde(default)]
    pub leading_stop: Vec<String>,
    #[serde(default)]
    pub rule: Vec<OrgRuleDef>,
    #[serde(default)]
    pub aggregate: Vec<AggregateDef>,
    #[serde(default)]
    pub anaphor: Vec<AnaphorDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgRuleDef {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub pattern: String,
    pub name: String,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub non_examples: Vec<String>,
    /// Keep a match only when the gazetteer knows the name it builds.
    #[serde(default)]
    pub require_known: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateDef {
    pub id: String,
    pub pattern: String,
    /// The plural type nouns, substituted for `{NOUNS}` in the pattern.
    #[serde(default)]
    pub nouns: String,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub non_examples: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnaphorDef {
    pub words: Vec<String>,
    pub types: Vec<String>,
}

/// One body of the gazetteer.
#[derive(Clone, Debug)]
pub struct Body {
    pub code: Arc<str>,
    pub name: Arc<str>,
    pub kind: OrgType,
    /// Codes of today's successor(s), following the chain of closures.
    pub successor: Option<Arc<str>>,
}

/// One surface form in the automaton and the name it stands for.
#[derive(Clone, Debug)]
struct Form {
    body: usize,
    display: Arc<str>,
    kind: OrgType,
}

#[derive(Debug)]
struct OrgRule {
    id: Arc<str>,
    kind: OrgType,
    regex: RuleRegex,
    name: String,
    require_known: bool,
}

/// A rule's regex. An embedded rule's is compiled when a text first holds
/// the words it needs (a few articles run a few rules; compiling them all
/// took a fifth of the start-up); the tests compile them all. A user's
/// is compiled, and its examples checked, at load time.
#[derive(Debug)]
struct RuleRegex {
    pattern: String,
    /// The pattern's case-insensitive syntax tree, read at load time for
    /// the gate: compiling the regex from it saves parsing it again.
    tree: Option<Hir>,
    /// `None` only should an embedded pattern, which the tests compile,
    /// fail to: its rule then finds nothing.
    compiled: OnceLock<Option<Regex>>,
}

impl RuleRegex {
    fn get(&self) -> Option<&Regex> {
        (self.compiled)
            .get_or_init(|| {
                compile_regex_tree(&self.pattern, self.tree.as_ref(), EMBEDDED_RULES, "").ok()
            })
            .as_ref()
    }
}

/// An automaton of some of the gazetteer's words, built on first use:
/// `extract` has the words pass find those words, so building it at every
/// start cost a run about 9 M instructions for nothing. A user's words are
/// built at load time ([`LazyAc::build_now`]), so that their errors are
/// reported there; `None` only should the embedded ones, which the tests
/// build, fail to: nothing is then found.
#[derive(Debug)]
struct LazyAc {
    build: fn(&[&[u8]]) -> Result<AhoCorasick, aho_corasick::BuildError>,
    ac: OnceLock<Option<AhoCorasick>>,
}

impl LazyAc {
    fn new(build: fn(&[&[u8]]) -> Result<AhoCorasick, aho_corasick::BuildError>) -> LazyAc {
        LazyAc {
            build,
            ac: OnceLock::new(),
        }
    }

    /// The automaton of `words` (the same words on every call).
    fn get<W: AsRef<[u8]>>(&self, words: &[W]) -> Option<&AhoCorasick> {
        self.ac
            .get_or_init(|| (self.build)(&as_bytes(words)).ok())
            .as_ref()
    }

    /// Builds the automaton of `words` now.
    fn build_now<W: AsRef<[u8]>>(&self, words: &[W]) -> Result<(), aho_corasick::BuildError> {
        let ac = (self.build)(&as_bytes(words))?;
        let _ = self.ac.set(Some(ac));
        Ok(())
    }
}

fn as_bytes<W: AsRef<[u8]>>(words: &[W]) -> Vec<&[u8]> {
    words.iter().map(AsRef::as_ref).collect()
}

/// Every name head, overlapping ([`Gazetteer::names`]).
fn heads_automaton(heads: &[&[u8]]) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasick::new(heads)
}

/// The anaphor words, leftmost-longest ([`Gazetteer::anaphors`]).
fn anaphor_automaton(words: &[&[u8]]) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        // A DFA: several times faster to scan than the default NFA.
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
}

/// What compiling an embedded rule's regex is told of its origin.
const EMBEDDED_RULES: &str = "<embedded>/patterns/org_rules.toml";

/// A word or phrase that refers back to a body ("the trust").
#[derive(Clone, Debug)]
pub struct AnaphorMention {
    pub span: Span,
    pub types: Arc<[OrgType]>,
    /// The head noun as written, lowercased ("trust", "group").
    pub noun: Arc<str>,
}

/// How an organisation mention was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Gazetteer,
    Rule(Arc<str>),
    Aggregate,
    /// An acronym the document itself introduced in brackets.
    DocAlias,
    /// A bare place name standing for a body the document named.
    Place,
}

/// An organisation named in the text.
#[derive(Clone, Debug)]
pub struct OrgMention {
    pub span: Span,
    pub org: OrgRef,
    pub found: Found,
}

/// The compiled organisation recogniser.
#[derive(Debug)]
pub struct Gazetteer {
    bodies: Vec<Body>,
    /// Code → index in `bodies`.
    code_ix: HashMap<String, usize>,
    forms: Vec<Form>,
    /// Each form's name, ASCII-lowercased: what the lowercased text is
    /// compared with.
    lowered: Vec<Box<[u8]>>,
    /// The first word of every name, with its blank (see `find_scanned`).
    name_heads: Vec<Vec<u8>>,
    /// For each name head, the forms whose names start with it, by the
    /// byte after the head (none first), then longest first: where a head
    /// occurs, the longest of those that go on as the text does is the
    /// name ("north " has 133 names; about ten go on with "w").
    by_head: Vec<Box<[u32]>>,
    /// Every occurrence of every head, overlapping, for a text whose
    /// occurrences no words pass gave (`Gazetteer::find`): built on first
    /// use, as `extract` has the words pass give them (see [`LazyAc`]).
    heads_ac: LazyAc,
    by_name: HashMap<String, usize>,
    /// Folded name → form; `None` where two bodies fold to the same key.
    by_key: HashMap<String, Option<usize>>,
    rules: Vec<OrgRule>,
    aggregates: Vec<RuleRegex>,
    /// The words each rule, then each aggregate, cannot match without:
    /// a rule whose words a text lacks is not run on it.
    gate: Gate,
    /// For each rule, then each aggregate, the bytes none of its matches
    /// holds (`prefilter::separators`).
    separators: Vec<Option<Box<prefilter::Separators>>>,
    /// Lowercase, as bytes: a word is looked up as it is lowercased on
    /// the stack, with no check that the bytes are a `str` (they are ASCII).
    leading_stop: HashSet<Box<[u8]>>,
    /// The shapes of the leading stop words, a test cheaper than hashing.
    leading_shape: Shape,
    /// The anaphor words, leftmost-longest, for a text no words pass
    /// read (`Gazetteer::anaphors`); built on first use.
    anaphor_ac: LazyAc,
    anaphor_types: Vec<(Arc<[OrgType]>, Arc<str>)>,
    /// The anaphor automaton's words, lowercased, by pattern id.
    anaphor_words: Vec<String>,
    /// The type noun a name ends with, lowercased, for stripping.
    type_suffixes: Vec<&'static str>,
    /// Former names whose last day `org_aliases.tsv` gives ("(until
    /// 2019-03-31)" in an added former name's note).
    ended: HashMap<String, Date>,
    /// Hospital sites run by another body before a merger, by lowercased
    /// alias: that body's code and its last day ("run by RXH until
    /// 2021-03-31" in a site's note).
    site_operators: HashMap<String, (String, Date)>,
    /// Site names several hospitals share, by lowercased name: each
    /// hospital's body and its town ("namesake: Belfast" in a note).
    namesakes: HashMap<String, Vec<(String, String)>>,
    /// Tells this gazetteer's rule matches from another's in a thread's
    /// [`RuleMemo`].
    id: u64,
}

/// What a rule match gives (see `Gazetteer::find_scanned`), kept from one
/// document to the next on each thread: a corpus names the same bodies in
/// article after article, and reading a match again (a capture search,
/// then `rule_match`) cost more than finding it. The result depends on
/// the key only, so the output is the same whatever the memo holds; it is
/// emptied when full, so its memory stays flat.
#[derive(Default)]
struct RuleMemo {
    /// The gazetteer whose rules these are.
    owner: u64,
    /// By matched text; the results moved to offset 0.
    by_text: HashMap<Box<str>, Vec<MemoEntry>>,
    len: usize,
}

/// A rule, what a look-around sees before and after the match, and what
/// the match gives.
type MemoEntry = (usize, Edge, Edge, RuleResult);

type RuleResult = Option<(OrgMention, Option<usize>)>;

impl RuleMemo {
    /// Entries kept at most (a few hundred bytes each).
    const MAX: usize = 4096;

    fn get(&self, rule: usize, text: &str, before: Edge, after: Edge) -> Option<&RuleResult> {
        self.by_text
            .get(text)?
            .iter()
            .find(|e| (e.0, e.1, e.2) == (rule, before, after))
            .map(|e| &e.3)
    }

    fn insert(&mut self, rule: usize, text: &str, before: Edge, after: Edge, r: RuleResult) {
        if self.len >= RuleMemo::MAX {
            self.by_text.clear();
            self.len = 0;
        }
        self.by_text
            .entry(text.into())
            .or_default()
            .push((rule, before, after, r));
        self.len += 1;
    }
}

thread_local! {
    static RULE_MEMO: RefCell<RuleMemo> = RefCell::new(RuleMemo::default());
}

/// Numbers the gazetteers built in this process (`Gazetteer::id`).
static GAZETTEERS: AtomicU64 = AtomicU64::new(1);

/// What `org_aliases.tsv` says beyond the forms: the last day of added
/// former names, and the earlier operators of sites.
struct AliasNotes {
    ended: HashMap<String, Date>,
    site_operators: HashMap<String, (String, Date)>,
    namesakes: HashMap<String, Vec<(String, String)>>,
}

const TSV_COLUMNS: [&str; 15] = [
    "code",
    "name",
    "type",
    "status",
    "successor_code",
    "parent_code",
    "aliases",
    "source",
    "closed",
    "opened",
    "region_code",
    "other_codes",
    "other_names",
    "country",
    "notes",
];

const PLACE_WORD: &str = r"(?:[A-Z][A-Za-z'’\-]*[A-Za-z'’]|[A-Z])";

fn place_macro() -> String {
    // Joins stay on one line: a name never runs across a paragraph.
    let join = r"(?:[ \t]+and[ \t]+the[ \t]+|[ \t]+and[ \t]+|[ \t]*,[ \t]*|[ \t]+&[ \t]+|[ \t]+of[ \t]+the[ \t]+|[ \t]+of[ \t]+|[ \t]+upon[ \t]+|[ \t]+on[ \t]+|[ \t]+)";
    format!("(?P<place>(?-i:{PLACE_WORD}(?:{join}{PLACE_WORD})*))")
}

/// The key names are looked up by: lower case, hyphens as spaces
/// ("Stoke-on-Trent" is "Stoke on Trent"), no "the" ("Cornwall and Isles
/// of Scilly"), single spaces. (Built in one pass: it keys every name of
/// the gazetteer at start-up.)
fn name_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut key = String::with_capacity(lower.len());
    // A hyphen is a blank, as `split_whitespace` reads blanks.
    let words = (lower.split(|c: char| c == '-' || c.is_whitespace()))
        .filter(|w| !w.is_empty() && *w != "the");
    for w in words {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(w);
    }
    key
}

/// The key two spellings of one name share: case, "&" for "and", "The",
/// apostrophes and punctuation aside. Unlike [`fold_key`], "Teaching" or
/// "Foundation" make another name: the one a body had before or after.
pub fn spelling_key(name: &str) -> String {
    let lower = name
        .to_lowercase()
        .replace('&', " and ")
        .replace(['’', '\''], "");
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// Folds a trust or hospital name to a key that survives the ways reporters
/// vary it: case, "&", "The", "NHS", "Foundation", "University", plural
/// "Hospitals", punctuation.
pub fn fold_key(name: &str) -> String {
    if !name.is_ascii() {
        return fold_words(
            &name
                .to_lowercase()
                .replace('&', " and ")
                .replace(['’', '\''], ""),
        );
    }
    // (An ASCII name, nearly every one, in one pass: no lowercase copy.)
    let mut out = String::with_capacity(name.len());
    let mut last = 0..0;
    let mut word = [0u8; 32];
    let mut len = 0;
    let mut long = false;
    for b in name.bytes().chain([b' ']) {
        if b.is_ascii_alphanumeric() {
            if len < word.len() {
                word[len] = b.to_ascii_lowercase();
                len += 1;
            } else {
                long = true;
            }
            continue;
        }
        // An apostrophe is dropped ("St George's" → "georges").
        if b == b'\'' || len == 0 {
            continue;
        }
        if long {
            // (A word longer than the buffer: the general way.)
            return fold_words(
                &name
                    .to_ascii_lowercase()
                    .replace('&', " and ")
                    .replace('\'', ""),
            );
        }
        if let Some(w) = fold_word(&word[..len])
            && out.as_bytes().get(last.clone()) != Some(w)
        {
            if !out.is_empty() {
                out.push(' ');
            }
            let start = out.len();
            // (ASCII bytes: always a `str`.)
            out.push_str(std::str::from_utf8(w).unwrap_or_default());
            last = start..out.len();
        }
        len = 0;
    }
    out
}

/// A word of a folded key as it is kept: `None` for the words every name
/// may have or lack, "hospital" for "hospitals".
fn fold_word(w: &[u8]) -> Option<&[u8]> {
    match w {
        b"the" | b"nhs" | b"foundation" | b"trust" | b"university" | b"teaching" | b"and"
        | b"of" | b"ft" | b"services" => None,
        b"hospitals" | b"hospital" => Some(b"hospital"),
        w => Some(w),
    }
}

/// [`fold_key`] of a name lowercased, "&" spelled "and" and apostrophes
/// dropped.
fn fold_words(lower: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for w in lower.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let Some(w) = fold_word(w.as_bytes()) else {
            continue;
        };
        // (`fold_word` gives back a word of its own or the one it got.)
        let w = std::str::from_utf8(w).unwrap_or_default();
        if out.last() != Some(&w) {
            out.push(w);
        }
    }
    out.join(" ")
}

/// A rule's regex: left to compile on first need when the rules are the
/// embedded ones, compiled and checked against its examples now when they
/// are a user's.
fn rule_regex(
    pattern: &str,
    tree: Option<Hir>,
    origin: &str,
    id: &str,
    examples: &[String],
    non_examples: &[String],
) -> Result<RuleRegex, PatternError> {
    let compiled = OnceLock::new();
    if !is_embedded(origin) {
        let regex = compile_regex_tree(pattern, tree.as_ref(), origin, id)?;
        check_examples(&regex, examples, non_examples, origin, id)?;
        let _ = compiled.set(Some(regex));
    }
    Ok(RuleRegex {
        pattern: pattern.to_owned(),
        tree,
        compiled,
    })
}

/// The byte after a name's head, plus one (0: the name ends there).
fn after_head(name: &[u8], head: usize) -> u16 {
    name.get(head).map_or(0, |&b| u16::from(b) + 1)
}

/// What the words pass ([`crate::recognise::words::Words`]) looks for on
/// the gazetteer's behalf: the gate's literals, the anaphor words and the
/// name heads. [`Gazetteer::build`] sends them as soon as it knows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordLists {
    pub literals: Vec<prefilter::Literal>,
    pub anaphors: Vec<String>,
    pub heads: Vec<Vec<u8>>,
}

impl Gazetteer {
    /// Builds the gazetteer from the reference table, the extra bodies, the
    /// extra aliases and the rules, sending `lists` what the words pass
    /// needs of it as soon as that is known.
    pub fn build(
        reference: &Source,
        extra: &Source,
        aliases: &Source,
        rules: OrgRulesFile,
        rules_origin: &str,
        lists: &mpsc::Sender<WordLists>,
    ) -> Result<Gazetteer, PatternError> {
        let mut bodies: Vec<Body> = Vec::new();
        let mut succ_codes: Vec<String> = Vec::new();
        let mut code_ix: HashMap<String, usize> = HashMap::default();
        let mut forms: Vec<(String, Form)> = Vec::new();
        for src in [reference, extra] {
            read_bodies(src, &mut bodies, &mut succ_codes, &mut code_ix, &mut forms)?;
        }
        // Successors: follow the chain to bodies that are still open.
        for i in 0..bodies.len() {
            let mut finals: Vec<String> = Vec::new();
            let mut stack: Vec<(String, u8)> = succ_codes[i]
                .split(';')
                .filter(|s| !s.is_empty())
                .map(|s| (s.to_owned(), 0))
                .collect();
            while let Some((c, depth)) = stack.pop() {
                let next = code_ix
                    .get(&c)
                    .map(|&j| succ_codes[j].clone())
                    .unwrap_or_default();
                if next.is_empty() || depth > 12 {
                    if !finals.contains(&c) {
                        finals.push(c);
                    }
                } else {
                    stack.extend(
                        next.split(';')
                            .filter(|s| !s.is_empty())
                            .map(|s| (s.to_owned(), depth + 1)),
                    );
                }
            }
            finals.sort();
            if !finals.is_empty() {
                bodies[i].successor = Some(Arc::from(finals.join(";")));
            }
        }
        let AliasNotes {
            ended,
            site_operators,
            namesakes,
        } = read_aliases(aliases, &bodies, &code_ix, &mut forms)?;

        // Deduplicate surface forms: the first one (reference order) wins.
        let mut seen: HashMap<String, usize> = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut kept: Vec<Form> = Vec::new();
        // Reporters write "&" and "and" interchangeably.
        let mut variants = Vec::new();
        for (surface, form) in &forms {
            if surface.contains(" and ") {
                variants.push((surface.replace(" and ", " & "), form.clone()));
            } else if surface.contains(" & ") {
                variants.push((surface.replace(" & ", " and "), form.clone()));
            }
        }
        forms.extend(variants);
        for (surface, form) in forms {
            let key = surface.to_lowercase();
            if key.trim().is_empty() || seen.contains_key(&key) {
                continue;
            }
            seen.insert(key, kept.len());
            patterns.push(surface);
            kept.push(form);
        }
        // Searched in the ASCII-lowercased text: the same matches as an
        // ASCII-case-insensitive search.
        let lowered: Vec<Box<[u8]>> = (patterns.iter())
            .map(|p| p.to_ascii_lowercase().into_bytes().into_boxed_slice())
            .collect();
        // Each name's first word and the blank after it (or the whole name):
        // a name can only start where one of these does. A first word of
        // three letters or fewer ("the", "st", "nhs") is in most sentences
        // (and inside words: "first "), so the second word is taken too.
        let word_end = |b: &[u8], from: usize| {
            b[from..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len(), |i| from + i + 1)
        };
        let head_of = |b: &[u8]| {
            let mut head = word_end(b, 0);
            if head <= 4 {
                head = word_end(b, head);
            }
            head
        };
        let mut name_heads: Vec<Vec<u8>> =
            (lowered.iter()).map(|b| b[..head_of(b)].to_vec()).collect();
        name_heads.sort();
        name_heads.dedup();
        // The names by head (see `by_head`). (Grouping names by head takes
        // a millisecond where an automaton of all of them took ten, the
        // longest part of the start-up; the words pass finds the heads.)
        let mut by_head: Vec<Vec<u32>> = vec![Vec::new(); name_heads.len()];
        for (i, b) in lowered.iter().enumerate() {
            let head = &b[..head_of(b)];
            if let Ok(h) = name_heads.binary_search_by(|x| x.as_slice().cmp(head)) {
                by_head[h].push(i as u32);
            }
        }
        let by_head: Vec<Box<[u32]>> = (by_head.into_iter().zip(&name_heads))
            .map(|(mut forms, head)| {
                forms.sort_by_key(|&f| {
                    let name = &lowered[f as usize];
                    (after_head(name, head.len()), std::cmp::Reverse(name.len()))
                });
                forms.into_boxed_slice()
            })
            .collect();
        let heads_ac = LazyAc::new(heads_automaton);
        if ![reference, extra, aliases]
            .iter()
            .all(|s| is_embedded(&s.origin))
        {
            heads_ac
                .build_now(&name_heads)
                .map_err(|e| PatternError::Invalid {
                    file: reference.origin.clone(),
                    line: 0,
                    message: format!("cannot build the name automaton: {e}"),
                })?;
        }
        // What the words pass looks for on the gazetteer's behalf, sent
        // before the rest is built: a caller may build that pass meanwhile.
        let place = place_macro();
        let rule_patterns: Vec<String> = (rules.rule.iter())
            .map(|r| r.pattern.replace("{PLACE}", &place))
            .collect();
        let aggregate_patterns: Vec<String> = (rules.aggregate.iter())
            .map(|a| {
                a.pattern
                    .replace("{PLACE}", &place)
                    .replace("{NOUNS}", &a.nouns)
            })
            .collect();
        // Each rule's syntax tree, then each aggregate's: parsed once for
        // the words they need and the bytes their matches never hold.
        let trees: Vec<_> = (rule_patterns.iter())
            .chain(&aggregate_patterns)
            .map(|p| prefilter::parse(p, true))
            .collect();
        let required: Vec<Vec<prefilter::AnyOf>> = (trees.iter())
            .map(|h| {
                h.as_ref()
                    .map(|h| prefilter::required_of(h, 3))
                    .unwrap_or_default()
            })
            .collect();
        let separators: Vec<Option<Box<prefilter::Separators>>> = (trees.iter())
            .map(|h| h.as_ref().and_then(prefilter::separators_of))
            .collect();
        // (Kept for compiling the rules' regexes.)
        let mut trees = trees.into_iter();
        let gate = Gate::new(&required);
        let anaphor_words: Vec<String> = (rules.anaphor.iter())
            .flat_map(|a| a.words.iter().map(|w| w.to_lowercase()))
            .collect();
        // (A caller that stopped listening has failed already.)
        let _ = lists.send(WordLists {
            literals: gate.literals().to_vec(),
            anaphors: anaphor_words.clone(),
            heads: name_heads.clone(),
        });
        let mut by_key: HashMap<String, Option<usize>> = HashMap::default();
        for (i, (p, f)) in patterns.iter().zip(&kept).enumerate() {
            if !matches!(f.kind, OrgType::Trust | OrgType::HscTrust) {
                continue;
            }
            let k = fold_key(p);
            if k.is_empty() {
                continue;
            }
            match by_key.get(&k) {
                Some(Some(j)) if kept[*j].body != f.body => {
                    by_key.insert(k, None);
                }
                Some(_) => {}
                None => {
                    by_key.insert(k, Some(i));
                }
            }
        }

        let mut compiled = Vec::new();
        for (r, pattern) in rules.rule.iter().zip(&rule_patterns) {
            let kind = OrgType::parse(&r.kind).ok_or_else(|| PatternError::Rule {
                file: rules_origin.to_owned(),
                rule: r.id.clone(),
                message: format!("unknown type {:?}", r.kind),
            })?;
            let tree = trees.next().flatten();
            let regex = rule_regex(
                pattern,
                tree,
                rules_origin,
                &r.id,
                &r.examples,
                &r.non_examples,
            )?;
            compiled.push(OrgRule {
                id: Arc::from(r.id.as_str()),
                kind,
                regex,
                name: r.name.clone(),
                require_known: r.require_known,
            });
        }
        let mut aggregates = Vec::new();
        for (a, pattern) in rules.aggregate.iter().zip(&aggregate_patterns) {
            let tree = trees.next().flatten();
            let regex = rule_regex(
                pattern,
                tree,
                rules_origin,
                &a.id,
                &a.examples,
                &a.non_examples,
            )?;
            aggregates.push(regex);
        }
        let mut anaphor_types = Vec::new();
        for a in &rules.anaphor {
            let mut types = Vec::new();
            for t in &a.types {
                types.push(OrgType::parse(t).ok_or_else(|| PatternError::Rule {
                    file: rules_origin.to_owned(),
                    rule: format!("anaphor {:?}", a.words.first()),
                    message: format!("unknown type {t:?}"),
                })?);
            }
            let types: Arc<[OrgType]> = Arc::from(types);
            for w in &a.words {
                let noun = w.rsplit(' ').next().unwrap_or(w).to_lowercase();
                anaphor_types.push((types.clone(), Arc::from(noun.as_str())));
            }
        }
        let anaphor_ac = LazyAc::new(anaphor_automaton);
        if !is_embedded(rules_origin) {
            anaphor_ac
                .build_now(&anaphor_words)
                .map_err(|e| PatternError::Invalid {
                    file: rules_origin.to_owned(),
                    line: 0,
                    message: format!("cannot build the anaphor automaton: {e}"),
                })?;
        }
        let by_name = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (name_key(p), i))
            .collect();
        let leading_stop: HashSet<Box<[u8]>> = (rules.leading_stop.iter())
            .map(|s| s.to_lowercase().into_bytes().into_boxed_slice())
            .collect();
        Ok(Gazetteer {
            bodies,
            code_ix,
            forms: kept,
            lowered,
            name_heads,
            by_head,
            heads_ac,
            by_name,
            by_key,
            rules: compiled,
            aggregates,
            gate,
            separators,
            leading_shape: Shape::of(&leading_stop),
            leading_stop,
            anaphor_ac,
            anaphor_types,
            anaphor_words,
            ended,
            site_operators,
            namesakes,
            id: GAZETTEERS.fetch_add(1, Ordering::Relaxed),
            type_suffixes: vec![
                "clinical commissioning group",
                "integrated care system",
                "integrated care board",
                "sustainability and transformation partnership",
                "sustainability and transformation plan",
                "health and social care partnership",
                "university health board",
                "teaching health board",
                "health board",
                "nhs foundation trust",
                "foundation trust",
                "nhs trust",
                "ccg",
                "ics",
                "icb",
                "stp",
            ],
        })
    }

    /// The last day a former name was in use, where the aliases give it.
    pub fn name_ended(&self, name: &str) -> Option<Date> {
        self.ended.get(name).copied()
    }

    /// The body that ran a hospital site on `date`, when it was not the
    /// site's body today ("Royal Sussex County Hospital" in 2016 is
    /// Brighton and Sussex University Hospitals NHS Trust's).
    pub fn site_operator(&self, written: &str, date: Date) -> Option<OrgRef> {
        let (code, last) = self.site_operators.get(&written.to_lowercase())?;
        if date > *last {
            return None;
        }
        self.org_by_code(code)
    }

    /// The hospitals a shared site name may stand for ("Royal Victoria
    /// Hospital": Belfast's, Folkestone's, Dundee's), each with its body's
    /// code and its town; none for a name that is no shared one. `lower`
    /// is the name as written, lowercased.
    pub fn namesakes(&self, lower: &str) -> &[(String, String)] {
        self.namesakes.get(lower).map_or(&[], Vec::as_slice)
    }

    /// Number of bodies known.
    pub fn len(&self) -> usize {
        self.bodies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }

    /// The body with this code.
    pub fn body(&self, code: &str) -> Option<&Body> {
        self.code_ix.get(code).map(|&i| &self.bodies[i])
    }

    /// The body with this code, under its current name.
    pub fn org_by_code(&self, code: &str) -> Option<OrgRef> {
        let b = self.body(code)?;
        Some(OrgRef {
            name: b.name.clone(),
            kind: b.kind,
            id: Some(b.code.clone()),
            successor: b.successor.clone(),
        })
    }

    fn org_of_form(&self, i: usize) -> OrgRef {
        let f = &self.forms[i];
        let b = &self.bodies[f.body];
        OrgRef {
            name: Arc::clone(&f.display),
            kind: f.kind,
            id: Some(b.code.clone()),
            successor: b.successor.clone(),
        }
    }

    /// Looks a canonical name up: exact form first, then (for trusts and
    /// hospitals) the folded key.
    pub fn lookup(&self, name: &str, kind: OrgType) -> Option<OrgRef> {
        if let Some(&i) = self.by_name.get(&name_key(name)) {
            let f = &self.forms[i];
            // A hospital site may be run by a health board or an HSC trust.
            let site = kind == OrgType::Trust
                && matches!(f.kind, OrgType::HealthBoard | OrgType::HscTrust);
            if compatible(f.kind, kind) || site {
                return Some(self.org_of_form(i));
            }
        }
        if matches!(kind, OrgType::Trust | OrgType::HscTrust)
            && let Some(Some(i)) = self.by_key.get(&fold_key(name))
        {
            return Some(self.org_of_form(*i));
        }
        None
    }

    /// Distinctive words of a name: what is left without type words and
    /// "NHS", lowercased.
    pub fn place_of(&self, name: &str) -> String {
        let mut s = format!(" {} ", name.to_lowercase().replace(['’', '\''], "'"));
        for suf in &self.type_suffixes {
            // (Most names hold one suffix: skip the others' allocations.)
            if s.contains(suf) {
                s = s.replace(&format!(" {suf} "), " ");
            }
        }
        s.split_whitespace()
            .filter(|w| !matches!(*w, "nhs" | "the"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Finds the organisations named in `text` (the normalised view).
    pub fn find(&self, text: &str) -> Vec<OrgMention> {
        self.find_lowered(text, &text.as_bytes().to_ascii_lowercase())
    }

    /// [`Gazetteer::find`], given `text` ASCII-lowercased too.
    pub fn find_lowered(&self, text: &str, lower: &[u8]) -> Vec<OrgMention> {
        self.find_scanned(text, lower, &self.gate.scan(text.as_bytes(), lower), None)
    }

    /// The first word of each name and the blank after it (the whole name
    /// when it is one word), lowercased: every name starts with one.
    pub fn name_heads(&self) -> &[Vec<u8>] {
        &self.name_heads
    }

    /// The names in the lowercased text, leftmost-longest and not
    /// overlapping, as `(start, end, form)`: what a leftmost-longest
    /// automaton of all the names finds. Given where each name head occurs
    /// (`starts`: offset and head, ascending), or else finding that: the
    /// leftmost of those offsets that begins a name, the longest name
    /// there among its heads' names, then on from its end.
    fn names(&self, lower: &[u8], starts: Option<&[(usize, u32)]>) -> Vec<(usize, usize, usize)> {
        let found;
        let starts = match starts {
            Some(s) => s,
            None => {
                let Some(ac) = self.heads_ac.get(&self.name_heads) else {
                    return Vec::new();
                };
                let mut s: Vec<(usize, u32)> = (ac.find_overlapping_iter(lower))
                    .map(|m| (m.start(), m.pattern().as_u32()))
                    .collect();
                s.sort_unstable();
                found = s;
                &found
            }
        };
        let mut out = Vec::new();
        let mut from = 0;
        let mut i = 0;
        while i < starts.len() {
            let at = starts[i].0;
            let same = starts[i..].iter().take_while(|s| s.0 == at).count();
            let heads = &starts[i..i + same];
            i += same;
            if at < from {
                continue;
            }
            let rest = &lower[at..];
            let mut best: Option<(usize, u32)> = None;
            for &(_, h) in heads {
                let (Some(forms), Some(head)) = (
                    self.by_head.get(h as usize),
                    self.name_heads.get(h as usize),
                ) else {
                    continue;
                };
                let key = |f: &u32| after_head(&self.lowered[*f as usize], head.len());
                // Those that go on as the text does, then the head itself.
                let next = after_head(rest, head.len());
                let lo = forms.partition_point(|f| key(f) < next);
                let hi = forms.partition_point(|f| key(f) <= next);
                let whole = forms.partition_point(|f| key(f) == 0);
                for &f in forms[lo..hi].iter().chain(&forms[..whole]) {
                    let name = &self.lowered[f as usize];
                    // (Longest first: none after a shorter one can win.)
                    if best.is_some_and(|(len, _)| name.len() <= len) {
                        break;
                    }
                    if rest.starts_with(name) {
                        best = Some((name.len(), f));
                        break;
                    }
                }
            }
            if let Some((len, f)) = best {
                out.push((at, at + len, f as usize));
                from = at + len;
            }
        }
        out
    }

    /// The words the name rules cannot match without, for a caller that
    /// finds them together with its own ([`Gazetteer::find_scanned`]).
    pub fn gate(&self) -> &Gate {
        &self.gate
    }

    /// [`Gazetteer::find_lowered`], given where the rules' words are in the
    /// text ([`Gate::scan`], or [`Gate::scan_of`] every occurrence of its
    /// literals in `lower`) and, when known, every offset
    /// where one of the [`Gazetteer::name_heads`] occurs and which,
    /// ascending.
    pub fn find_scanned(
        &self,
        text: &str,
        lower: &[u8],
        scan: &Scan,
        name_starts: Option<&[(usize, u32)]>,
    ) -> Vec<OrgMention> {
        // (Sized once for a typical story's names: growing cost more.)
        let mut cands: Vec<(OrgMention, u8)> = Vec::with_capacity(lower.len() / 256 + 8);
        for (start, end, form) in self.names(lower, name_starts) {
            let span = Span::new(start, end);
            let surface = &text[span.start..span.end];
            // Short forms must be capitalised as names are ("Northern Trust",
            // not "a northern trust"); long official names are distinctive
            // whatever their case.
            // (Four words make it long: those after the fourth are not
            // counted, nor any when the name is capitalised.)
            let cap = capitalised(surface);
            let long = || surface.split_whitespace().nth(3).is_some();
            if !word_bounded(text, span) || !(cap || long()) {
                continue;
            }
            // A lowercase long name right after a capitalised place
            // describes that place's body ("Edinburgh health and social
            // care board"); it is not the body of that name ("The health
            // and social care board" is).
            if !cap
                && text[..span.start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| capitalised(w) && !self.is_leading_stop(w))
            {
                continue;
            }
            cands.push((
                OrgMention {
                    span,
                    org: self.org_of_form(form),
                    found: Found::Gazetteer,
                },
                0,
            ));
        }
        // `scan`, one pass for the words the rules need: a rule without
        // them cannot match, none of its matches starts after the last of
        // them, and a match lies in a stretch of text holding one of them.
        // Documents name the same bodies again and again, so each rule
        // match's result is kept, moved to offset 0, for the next match of
        // the same rule on the same text ([`RuleMemo`]). `rule_match` reads
        // the rule, the matched text and where its `place` and `name` groups
        // lie in it (no text outside the match: the "NHS " before the place
        // is looked for inside it only). The key holds what those depend
        // on, so that a repeat needs no capture search: the rule, the
        // matched text and what a look-around can tell of the characters
        // either side of it (the groups of a match are fixed by its text
        // and those).
        let mut memo = RULE_MEMO.take();
        if memo.owner != self.id {
            memo = RuleMemo {
                owner: self.id,
                ..RuleMemo::default()
            };
        }
        for (ri, rule) in self.rules.iter().enumerate() {
            let Some(limit) = scan.limit(ri) else {
                continue;
            };
            let Some(regex) = rule.regex.get() else {
                continue;
            };
            let narrow = scan.anchor(ri).zip(self.separators[ri].as_deref());
            // Regions to scan: the whole text, then any stretch a match had
            // to cut off ("Royal Shrewsbury Hospital and the Princess Royal
            // Hospital" holds two names).
            let mut todo: Vec<(usize, usize)> = vec![(0, text.len())];
            while let Some((lo, hi)) = todo.pop() {
                let hay = &text[..hi];
                let mut pos = lo;
                while pos < hi && pos <= limit {
                    // The match, and the haystack it was found in.
                    let found = match narrow {
                        Some((anchor, sep)) => {
                            prefilter::search_in(text, pos, hi, anchor, sep, |h, s| {
                                Some((regex.find_at(h, s)?, h))
                            })
                        }
                        None => regex.find_at(hay, pos).map(|m| (m, hay)),
                    };
                    let Some((m0, h)) = found else { break };
                    let at = m0.start();
                    let before = edge(h[..at].chars().next_back());
                    let after = edge(h[m0.end()..].chars().next());
                    let found = match memo.get(ri, m0.as_str(), before, after) {
                        Some(r) => r.as_ref().map(|(m, r)| moved(m, *r, 0, at)),
                        None => {
                            // (The search from the match's start finds it.)
                            let Some(caps) = regex.captures_at(h, at) else {
                                break;
                            };
                            let found = self.rule_match(rule, &caps, text);
                            let kept = found.as_ref().map(|(m, r)| moved(m, *r, at, 0));
                            memo.insert(ri, m0.as_str(), before, after, kept);
                            found
                        }
                    };
                    if let Some((m, rescan)) = found {
                        if let Some(r) = rescan
                            && r < m.span.start
                            && (r, m.span.start) != (lo, hi)
                        {
                            todo.push((r, m.span.start));
                        }
                        cands.push((m, 1));
                    }
                    pos = if m0.end() > pos {
                        m0.end()
                    } else {
                        next_char(text, pos)
                    };
                }
            }
        }
        RULE_MEMO.set(memo);
        for (ai, re) in self.aggregates.iter().enumerate() {
            let ri = self.rules.len() + ai;
            let Some(limit) = scan.limit(ri) else {
                continue;
            };
            let Some(re) = re.get() else {
                continue;
            };
            let narrow = scan.anchor(ri).zip(self.separators[ri].as_deref());
            // `captures_iter`, stopped where no match can start any more.
            let mut pos = 0;
            let mut last_end = None;
            while pos <= limit && pos <= text.len() {
                let caps = match narrow {
                    // (A rule with required words has no empty match.)
                    Some((anchor, sep)) => {
                        prefilter::captures_in(re, text, pos, text.len(), anchor, sep)
                    }
                    None => re.captures_at(text, pos),
                };
                let Some(caps) = caps else { break };
                let Some(m0) = caps.get(0) else { break };
                // As the iterator does: no empty match where the last ended.
                if m0.is_empty() && last_end == Some(m0.end()) {
                    if pos >= text.len() {
                        break;
                    }
                    pos = next_char(text, pos);
                    continue;
                }
                // A name never runs across a paragraph break ("... at
                // month 8\n\nIntegrated care systems"): look again after it.
                if let Some(i) = after_blank_line(m0.as_str()) {
                    pos = m0.start() + i;
                    last_end = None;
                    continue;
                }
                if let Some(m) = self.aggregate_match(&caps, text) {
                    cands.push((m, 2));
                }
                last_end = Some(m0.end());
                pos = m0.end();
            }
        }
        cands.sort_by(|a, b| {
            a.0.span
                .start
                .cmp(&b.0.span.start)
                .then(b.0.span.len().cmp(&a.0.span.len()))
                .then(a.1.cmp(&b.1))
        });
        // Leftmost-longest over all sources; the gazetteer wins ties.
        let mut out: Vec<OrgMention> = Vec::with_capacity(cands.len());
        for (m, prio) in cands {
            if let Some(last) = out.last()
                && last.span.overlaps(m.span)
            {
                // A longer match that starts later replaces a gazetteer
                // match only when it contains it entirely.
                let last_prio = match last.found {
                    Found::Gazetteer => 0,
                    Found::Aggregate => 2,
                    _ => 1,
                };
                if m.span.contains(last.span)
                    && m.span.len() > last.span.len()
                    && prio <= last_prio.max(1)
                {
                    out.pop();
                } else {
                    continue;
                }
            }
            out.push(m);
        }
        out
    }

    /// Builds the mention of one rule match. Returns it with, when the
    /// place had to be cut after an earlier body's name, the start of the
    /// cut-off region (which may hold another name to look for).
    fn rule_match(
        &self,
        rule: &OrgRule,
        caps: &regex::Captures,
        text: &str,
    ) -> Option<(OrgMention, Option<usize>)> {
        let whole = caps.get(0)?;
        let end = whole.end();
        let mut rescan = None;
        let (mut pstart, mut place) = match caps.name("place") {
            Some(p) => (p.start(), p.as_str().to_owned()),
            None => (whole.start(), String::new()),
        };
        if caps.name("place").is_some() {
            // A place never runs through an earlier body's name: "SOUTHEND
            // Clinical Commissioning Group and NHS Southend" keeps "Southend".
            if let Some(cut) = after_last_body_name(&place) {
                if cut >= place.len() {
                    return None;
                }
                rescan = Some(pstart);
                pstart += cut;
                place = place[cut..].to_owned();
            }
            // Leading words that are not part of a name ("Both", "The").
            let (skip, rest) = self.strip_leading(&place);
            if rest.is_empty() {
                return None;
            }
            pstart += skip;
            place = rest.to_owned();
            // "John Smith, Southend": keep only the last comma part unless
            // the place is a list ("West, North and East Cumbria").
            if let Some(i) = place.rfind(',') {
                let tail = place[i + 1..].trim_start();
                if !tail.contains(" and ") {
                    pstart += place.len() - tail.len();
                    place = tail.to_owned();
                }
            }
            // "NHS" belongs to the rule, not to the place.
            if let Some(rest) = place.strip_prefix("NHS ") {
                pstart += 4;
                place = rest.to_owned();
            }
            if let Some(rest) = place.strip_suffix(" NHS") {
                place = rest.to_owned();
            }
            let trimmed = place
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches('\'')
                .to_owned();
            place = trimmed;
            if place.is_empty() {
                return None;
            }
            // "New London health board plans £142m deficit": a new body
            // described in lower case, not one named ("New Forest District
            // Council" has capitals).
            if let Some(rest) = place.strip_prefix("New ")
                && !rest.is_empty()
                && !text[caps.name("place").map_or(end, |p| p.end())..end]
                    .contains(|c: char| c.is_ascii_uppercase())
            {
                return None;
            }
            // A line ending in a word in capitals is a heading or a label
            // ("RATING: BROKEN"), not a place whose name wraps onto the
            // next line ("Council tax went up ...").
            if text[pstart..end].contains('\n') && !place.contains(|c: char| c.is_lowercase()) {
                return None;
            }
        }
        let name_end = caps.name("name").map_or(end, |n| n.end());
        let build = |pstart: usize, place: &str| -> (String, Span) {
            let name_text = &text[pstart..name_end];
            let mut name = rule.name.replace("{place}", &title_case_caps(place));
            if name.contains("{name}") {
                name = name.replace("{name}", &title_case_caps(name_text));
            }
            let name = name.replace("{text}", name_text);
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            // Keep an "NHS " written right before the place in the span.
            let s = if pstart >= whole.start() + 4 && text[..pstart].ends_with("NHS ") {
                pstart - 4
            } else {
                pstart
            };
            (name, Span::new(s, end))
        };
        let (name, span) = build(pstart, &place);
        if let Some(org) = self.lookup(&name, rule.kind) {
            return Some((
                OrgMention {
                    span,
                    org,
                    found: Found::Rule(rule.id.clone()),
                },
                rescan,
            ));
        }
        // Words before a known name are not part of it ("Wakefield-based
        // Mid Yorkshire Hospital NHS Trust", "Cardiff and Morriston
        // Hospital"): try the place without its first words.
        let mut offset = 0usize;
        for _ in 0..4 {
            let Some(i) = place[offset..].find(' ') else {
                break;
            };
            offset += i + 1;
            let mut rest = &place[offset..];
            let mut skip = 0;
            for joiner in ["and ", "& ", "of ", "the "] {
                if let Some(r) = rest.strip_prefix(joiner) {
                    skip += joiner.len();
                    rest = r;
                }
            }
            if rest.is_empty() || !rest.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let (n2, sp2) = build(pstart + offset + skip, rest);
            if let Some(org) = self.lookup(&n2, rule.kind) {
                return Some((
                    OrgMention {
                        span: sp2,
                        org,
                        found: Found::Rule(rule.id.clone()),
                    },
                    Some(rescan.unwrap_or(pstart).min(pstart)),
                ));
            }
        }
        if rule.require_known {
            return None;
        }
        // "The Queen Elizabeth Hospital" style names keep "The" out.
        let name = name.strip_prefix("The ").map(str::to_owned).unwrap_or(name);
        Some((
            OrgMention {
                span,
                org: OrgRef {
                    id: Some(Arc::from(slug(&name))),
                    name: Arc::from(name),
                    kind: rule.kind,
                    successor: None,
                },
                found: Found::Rule(rule.id.clone()),
            },
            rescan,
        ))
    }

    fn aggregate_match(&self, caps: &regex::Captures, text: &str) -> Option<OrgMention> {
        let whole = caps.get(0)?;
        let noun = caps.name("noun")?;
        let mut start = whole.start();
        let mut qual = String::new();
        if let Some(q) = caps.name("qual") {
            // A nation's adjective is a stop word before a place name
            // ("Welsh Ambulance...") but here it says where the bodies are.
            let nation = matches!(
                q.as_str().trim().to_lowercase().as_str(),
                "welsh" | "scottish" | "english"
            );
            let (skip, rest) = if nation {
                (0, q.as_str().trim())
            } else {
                self.strip_leading(q.as_str())
            };
            start = q.start() + skip;
            // "Clinical commissioning groups" is the noun, not a qualifier;
            // in a list ("Thanet, Ashford and Canterbury and Coastal CCGs")
            // the word before the noun is one place of several.
            let before = text[..q.start()].trim_end();
            let listed =
                before.ends_with(',') || before.ends_with(" and") || before.ends_with(" &");
            if rest.is_empty() || rest.eq_ignore_ascii_case("clinical") || listed {
                start = noun.start();
            } else {
                qual = rest.to_owned();
            }
        }
        // "the primary care trusts in November": a month or a day is a
        // time, not where the bodies are.
        let place = caps.name("where").filter(|w| {
            let last = w.as_str().rsplit(char::is_whitespace).next().unwrap_or("");
            !is_time_word(last)
        });
        let span = Span::new(start, place.map_or(noun.end(), |w| w.end()));
        let name = aggregate_name(&qual, noun.as_str(), place.map(|w| w.as_str()));
        Some(OrgMention {
            span,
            org: OrgRef {
                id: None,
                name: Arc::from(name),
                kind: OrgType::Aggregate,
                successor: None,
            },
            found: Found::Aggregate,
        })
    }

    /// Splits off leading words from the stop list; returns the byte count
    /// skipped and the rest.
    pub fn strip_leading<'p>(&self, p: &'p str) -> (usize, &'p str) {
        let mut skip = 0usize;
        let mut rest = p;
        loop {
            let w_end = word_len(rest);
            let w = &rest[..w_end];
            if w.is_empty() || !self.is_leading_stop(w) {
                break;
            }
            if w_end == rest.len() {
                // Nothing but stop words: no place at all.
                return (p.len(), "");
            }
            let next = rest[w_end..].len() - rest[w_end..].trim_start().len();
            skip += w_end + next;
            rest = &rest[w_end + next..];
            // "and" left at the front after a stop word is not a place either.
            if rest.starts_with("and ") {
                skip += 4;
                rest = &rest[4..];
            }
        }
        (skip, rest)
    }

    /// Whether `w`, lowercased, is on the leading stop list (a short ASCII
    /// word is lowercased on the stack: this runs for every capitalised word).
    fn is_leading_stop(&self, w: &str) -> bool {
        let mut buf = [0u8; 24];
        if w.is_ascii() && w.len() <= buf.len() {
            // (Most capitalised words have no stop word's shape: not hashed.)
            if !self.leading_shape.admits(w.as_bytes()) {
                return false;
            }
            let low = &mut buf[..w.len()];
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            return self.leading_stop.contains(&*low);
        }
        self.leading_stop.contains(w.to_lowercase().as_bytes())
    }

    /// Finds words that refer back to a body ("the trust", "the group").
    ///
    /// `lower` is `text` ASCII-lowercased (same offsets): the automaton's
    /// words are lowercase, and a case-sensitive scan can use the prefilter
    /// on their shared "the ".
    pub fn anaphors(&self, text: &str, lower: &[u8]) -> Vec<AnaphorMention> {
        let Some(ac) = self.anaphor_ac.get(&self.anaphor_words) else {
            return Vec::new();
        };
        ac.find_iter(lower)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .filter(|&(s, e, _)| word_bounded(text, Span::new(s, e)))
            .map(|(s, e, p)| self.anaphor(s, e, p))
            .collect()
    }

    /// The words [`Gazetteer::anaphors`] looks for, lowercased, in the
    /// order of their ids.
    pub fn anaphor_words(&self) -> &[String] {
        &self.anaphor_words
    }

    /// [`Gazetteer::anaphors`] given every occurrence of its words in the
    /// lowercased text, in any order: `(start, end, word id)`.
    pub fn anaphors_from_hits(
        &self,
        text: &str,
        hits: Vec<(usize, usize, usize)>,
    ) -> Vec<AnaphorMention> {
        crate::recognise::words::leftmost_longest(hits)
            .into_iter()
            .filter(|&(s, e, _)| word_bounded(text, Span::new(s, e)))
            .map(|(s, e, p)| self.anaphor(s, e, p))
            .collect()
    }

    fn anaphor(&self, start: usize, end: usize, word: usize) -> AnaphorMention {
        let (types, noun) = &self.anaphor_types[word];
        AnaphorMention {
            span: Span::new(start, end),
            types: types.clone(),
            noun: noun.clone(),
        }
    }
}

/// The byte length of the first word of `s`, up to white space: found by
/// bytes while they are ASCII, by chars after.
fn word_len(s: &str) -> usize {
    let b = s.as_bytes();
    match b
        .iter()
        .position(|&c| matches!(c, b'\t'..=b'\r' | b' ') || !c.is_ascii())
    {
        Some(i) if !b[i].is_ascii() => i + s[i..].find(char::is_whitespace).unwrap_or(s.len() - i),
        Some(i) => i,
        None => s.len(),
    }
}

/// Which (length, first byte, last byte) triples a set of lowercase words
/// has: bit `last & 31` of entry `[len.min(31)][first & 31]`. A word whose
/// lowercased triple is not marked is not in the set. (The three together
/// turn away a third more words than length and each end byte apart.)
#[derive(Debug)]
struct Shape {
    marked: Box<[[u32; 32]; 32]>,
}

impl Shape {
    fn of(words: &HashSet<Box<[u8]>>) -> Shape {
        let mut marked = Box::new([[0; 32]; 32]);
        for w in words {
            let (len, first, last) = Shape::bits(w);
            marked[len][first] |= last;
        }
        Shape { marked }
    }

    /// Whether `w`, ASCII-lowercased, may be one of the words.
    fn admits(&self, w: &[u8]) -> bool {
        let (len, first, last) = Shape::bits(w);
        self.marked[len][first] & last != 0
    }

    /// The entry and bit of `w` lowercased (an empty word has 0 and bit 0).
    fn bits(w: &[u8]) -> (usize, usize, u32) {
        let low = |c: Option<&u8>| c.map_or(0, |c| c.to_ascii_lowercase() & 31);
        (
            w.len().min(31),
            usize::from(low(w.first())),
            1 << low(w.last()),
        )
    }
}

/// The offset just after the last blank line (a line break, spaces, a line
/// break) in `s`, if it has one.
fn after_blank_line(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut found = None;
    let mut i = 0;
    while let Some(j) = memchr::memchr(b'\n', &b[i..]) {
        let nl = i + j;
        let mut k = nl + 1;
        while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r') {
            k += 1;
        }
        if k < b.len() && b[k] == b'\n' {
            found = Some(k + 1);
        }
        i = nl + 1;
    }
    found
}

/// Where a place name restarts after an earlier body's name inside it: the
/// byte offset just after the last type word ("Group", "CCG", "Trust",
/// "STP" ...) and the "and", comma or "NHS" that follow it.
fn after_last_body_name(p: &str) -> Option<usize> {
    const ENDS: &[&str] = &[
        "CCG",
        "CCGs",
        "Group",
        "Groups",
        "Trust",
        "Trusts",
        "Board",
        "Boards",
        "ICS",
        "ICB",
        "STP",
        "Council",
        "System",
        "Partnership",
        "GROUP",
        "TRUST",
        "Hospital",
        "Hospitals",
        "Infirmary",
    ];
    // Words that end a name only in a list ("... Fire and Rescue Service,
    // Thames Valley Police"): inside one, they are part of it ("Northern
    // Ireland Ambulance Service Health and Social Care Trust").
    const LISTED_ENDS: &[&str] = &["Service", "Authority", "Police", "Constabulary"];
    let mut cut = None;
    let mut pos = 0usize;
    let words: Vec<&str> = p.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        let end = pos + w.len();
        let bare = w.trim_end_matches(',');
        // The last word may be the name's own type word ("Mid Yorkshire
        // Hospital" before "NHS Trust"), as may the one before a last
        // "NHS" or "NHS Foundation" ("Kingsbridge Hospitals NHS" before
        // "Trust").
        let own = words[i + 1..]
            .iter()
            .all(|w| matches!(*w, "NHS" | "Foundation"));
        let listed = LISTED_ENDS.contains(&bare)
            && (w.ends_with(',') || words.get(i + 1).is_some_and(|n| matches!(*n, "and" | "&")));
        if (ENDS.contains(&bare) || listed) && !own {
            cut = Some(end);
        }
        pos = end + 1;
    }
    let mut cut = cut?;
    let rest = &p[cut..];
    let lead = rest.len() - rest.trim_start_matches([' ', ',']).len();
    cut += lead;
    for joiner in ["and ", "& ", "NHS "] {
        if p[cut..].starts_with(joiner) {
            cut += joiner.len();
        }
    }
    Some(cut.min(p.len()))
}

/// One canonical name per aggregate, however the text words it: "Welsh
/// health boards", "Wales' health boards" and "health boards in Wales" are
/// all "health boards in Wales"; "the four east Kent CCGs" is "east Kent
/// CCGs"; a bare "CCGs" stays "CCGs".
fn aggregate_name(qual: &str, noun: &str, place: Option<&str>) -> String {
    let noun_l = noun
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let noun_c = noun_l
        .split(" and ")
        .map(canonical_plural)
        .collect::<Vec<_>>()
        .join(" and ");
    aggregate_with(qual, noun_c, place)
}

/// A month or a day of the week, any case.
fn is_time_word(w: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    crate::text::MONTHS
        .iter()
        .chain(&DAYS)
        .any(|t| w.eq_ignore_ascii_case(t))
}

fn canonical_plural(noun_l: &str) -> String {
    match noun_l {
        "ccgs" | "clinical commissioning groups" | "commissioning groups" => "CCGs".to_owned(),
        "icss" | "integrated care systems" => "ICSs".to_owned(),
        "icbs" | "integrated care boards" => "ICBs".to_owned(),
        "pcts" | "primary care trusts" => "PCTs".to_owned(),
        "ijbs" | "integration joint boards" => "IJBs".to_owned(),
        "providers" | "nhs providers" | "provider sector" => "NHS providers".to_owned(),
        "stps"
        | "sustainability and transformation partnerships"
        | "sustainability and transformation plans" => "STPs".to_owned(),
        n if n.starts_with("nhs ") => format!("NHS {}", &n[4..]),
        n => n.to_owned(),
    }
}

fn aggregate_with(qual: &str, noun_c: String, place: Option<&str>) -> String {
    let q = qual.trim();
    let nation = |w: &str| -> Option<&'static str> {
        match w
            .trim_end_matches(['\'', '’'])
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_lowercase()
            .as_str()
        {
            "welsh" | "wales" => Some("Wales"),
            "scottish" | "scotland" => Some("Scotland"),
            "english" | "england" => Some("England"),
            "northern irish" | "northern ireland" => Some("Northern Ireland"),
            _ => None,
        }
    };
    let where_ = place
        .map(|p| p.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty());
    if let Some(n) = nation(q) {
        return format!("{noun_c} in {n}");
    }
    let q = q
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    match (q.is_empty(), where_) {
        (true, Some(w)) => format!("{noun_c} in {w}"),
        (true, None) => noun_c,
        (false, Some(w)) => format!("{q} {noun_c} in {w}"),
        (false, None) => format!("{q} {noun_c}"),
    }
}

/// Whether a body of kind `have` can stand for a name of kind `want`.
pub fn compatible(have: OrgType, want: OrgType) -> bool {
    use OrgType::*;
    have == want
        || matches!(
            (have, want),
            (Ics, Stp)
                | (Stp, Ics)
                | (Ics, Icb)
                | (Icb, Ics)
                | (HscTrust, Trust)
                | (Trust, HscTrust)
        )
}

fn check_examples(
    regex: &Regex,
    examples: &[String],
    non_examples: &[String],
    file: &str,
    rule: &str,
) -> Result<(), PatternError> {
    for ex in examples {
        if !regex.find_iter(ex).any(|m| m.as_str().trim() == ex.trim()) {
            return Err(PatternError::Rule {
                file: file.to_owned(),
                rule: rule.to_owned(),
                message: format!("example {ex:?} does not match"),
            });
        }
    }
    for ex in non_examples {
        if let Some(m) = regex.find(ex) {
            return Err(PatternError::Rule {
                file: file.to_owned(),
                rule: rule.to_owned(),
                message: format!("non-example {ex:?} matches {:?}", m.as_str()),
            });
        }
    }
    Ok(())
}

/// A rule match's mention and rescan start, moved from `from` to `to`.
/// (Wrapping arithmetic: moving back is exact whatever the offsets.)
fn moved(
    m: &OrgMention,
    rescan: Option<usize>,
    from: usize,
    to: usize,
) -> (OrgMention, Option<usize>) {
    let mv = |x: usize| x.wrapping_sub(from).wrapping_add(to);
    let mut m = m.clone();
    m.span = Span {
        start: mv(m.span.start),
        end: mv(m.span.end),
    };
    (m, rescan.map(mv))
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len(), |c| at + c.len_utf8())
}

fn word_bounded(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

/// Proper names are capitalised: "Northern Trust" is a body, "a northern
/// trust" is not.
fn capitalised(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase())
}

/// "SOUTHEND" → "Southend"; mixed-case words are kept as written.
fn title_case_caps(s: &str) -> String {
    let caps = |w: &str| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() > 3 && letters.all(|c| c.is_uppercase())
    };
    if !s.split(' ').any(caps) {
        return s.to_owned();
    }
    s.split(' ')
        .map(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
                let mut out = String::new();
                for (i, c) in w.chars().enumerate() {
                    if i == 0 {
                        out.push(c);
                    } else {
                        out.extend(c.to_lowercase());
                    }
                }
                out
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A stable identifier for a body without an official code.
pub fn slug(name: &str) -> String {
    let mut s = String::from("x-");
    let mut dash = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
            dash = false;
        } else if c == '&' {
            if !dash {
                s.push('-');
            }
            s.push_str("and-");
            dash = true;
        } else if !dash && s.len() > 2 {
            s.push('-');
            dash = true;
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    s
}

fn read_bodies(
    src: &Source,
    bodies: &mut Vec<Body>,
    succ: &mut Vec<String>,
    code_ix: &mut HashMap<String, usize>,
    forms: &mut Vec<(String, Form)>,
) -> Result<(), PatternError> {
    let bad = |line: usize, message: String| PatternError::Invalid {
        file: src.origin.clone(),
        line,
        message,
    };
    let mut lines = src.text.lines().enumerate();
    let Some((_, header)) = lines.next() else {
        return Err(bad(1, "empty file: expected a header line".into()));
    };
    let cols: Vec<&str> = header.split('\t').collect();
    if cols != TSV_COLUMNS {
        return Err(bad(
            1,
            format!("header must be the 15 columns {}", TSV_COLUMNS.join(",")),
        ));
    }
    for (n, line) in lines {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != TSV_COLUMNS.len() {
            return Err(bad(
                line_no,
                format!(
                    "expected {} tab-separated fields, found {}",
                    TSV_COLUMNS.len(),
                    f.len()
                ),
            ));
        }
        let code = f[0].trim();
        let name = f[1].trim();
        if code.is_empty() || name.is_empty() {
            return Err(bad(line_no, "code and name must not be empty".into()));
        }
        let kind = OrgType::parse(f[2].trim())
            .ok_or_else(|| bad(line_no, format!("unknown type {:?}", f[2])))?;
        if code_ix.contains_key(code) {
            return Err(bad(line_no, format!("duplicate code {code}")));
        }
        let ix = bodies.len();
        code_ix.insert(code.to_owned(), ix);
        bodies.push(Body {
            code: Arc::from(code),
            name: Arc::from(name),
            kind,
            successor: None,
        });
        succ.push(f[4].trim().to_owned());
        let form = |surface: &str, display: &str, kind: OrgType| {
            (
                surface.to_owned(),
                Form {
                    body: ix,
                    display: Arc::from(display),
                    kind,
                },
            )
        };
        // Bare area names (ICS rows, NHS England regions) are places, not
        // bodies: only their aliases go in.
        // (But a system named as a partnership is a body: "Sussex Health
        // and Care Partnership", "North London Partners in Health and
        // Care".)
        let partnership = kind == OrgType::Ics
            && (name.contains("Partnership")
                || name.contains("Partners")
                || name.contains("Health and Care"));
        let bare = matches!(kind, OrgType::Ics | OrgType::NhsEnglandRegion) && !partnership;
        if !bare {
            forms.push(form(name, name, kind));
        }
        for alias in f[6].split(';').map(str::trim).filter(|a| !a.is_empty()) {
            if kind == OrgType::Ics {
                let (display, k) = ics_display(alias);
                forms.push(form(alias, &display, k));
            } else if kind == OrgType::NhsEnglandRegion {
                forms.push(form(alias, &format!("NHS England {name}"), kind));
            } else {
                // An alias built from a former name stands for that name.
                let key = fold_key(alias);
                let former = f[12]
                    .split(';')
                    .map(str::trim)
                    .find(|o| !o.is_empty() && fold_key(o) == key && key != fold_key(name));
                forms.push(form(alias, former.unwrap_or(name), kind));
            }
        }
        for other in f[12].split(';').map(str::trim).filter(|a| !a.is_empty()) {
            // ODS sub-ICB location names ("NHS X ICB - 99G") are codes, not
            // names anyone writes.
            if other.contains(" - ") {
                continue;
            }
            if kind == OrgType::Ics {
                forms.push(form(other, &format!("{other} STP"), OrgType::Stp));
            } else if spelling_key(other) == spelling_key(name) {
                // A spelling variant ("&" for "and", no "The") of the name;
                // a former name ("United Lincolnshire Hospitals NHS Trust",
                // before "Teaching") stands for itself.
                forms.push(form(other, name, kind));
            } else {
                forms.push(form(other, other, kind));
            }
        }
    }
    Ok(())
}

/// The era name of an STP/ICS surface form: "X STP" for the
/// sustainability and transformation forms, "X ICS" for the others.
fn ics_display(alias: &str) -> (String, OrgType) {
    let stp = [
        " STP",
        " Sustainability and Transformation Partnership",
        " Sustainability and Transformation Plan",
    ];
    let ics = [
        " ICS",
        " Integrated Care System",
        " Integrated Care Partnership",
    ];
    for suf in stp {
        if let Some(area) = strip_suffix_ci(alias, suf) {
            return (format!("{area} STP"), OrgType::Stp);
        }
    }
    for suf in ics {
        if let Some(area) = strip_suffix_ci(alias, suf) {
            return (format!("{area} ICS"), OrgType::Ics);
        }
    }
    (format!("{alias} ICS"), OrgType::Ics)
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    if s.len() > suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    {
        Some(&s[..s.len() - suffix.len()])
    } else {
        None
    }
}

/// Reads the extra aliases into `forms`; returns the last day of each added
/// former name whose note gives one ("former: ... (until 2019-03-31)") and
/// the earlier operator of each site whose note gives one ("site: ...; run
/// by RXH until 2021-03-31").
fn read_aliases(
    src: &Source,
    bodies: &[Body],
    code_ix: &HashMap<String, usize>,
    forms: &mut Vec<(String, Form)>,
) -> Result<AliasNotes, PatternError> {
    let mut ended = HashMap::default();
    let mut site_operators = HashMap::default();
    let mut namesakes: HashMap<String, Vec<(String, String)>> = HashMap::default();
    let bad = |line: usize, message: String| PatternError::Invalid {
        file: src.origin.clone(),
        line,
        message,
    };
    let mut lines = src.text.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.split('\t').take(3).collect::<Vec<_>>() == ["alias", "code", "name"] => {}
        _ => return Err(bad(1, "header must start with alias, code, name".into())),
    }
    for (n, line) in lines {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            return Err(bad(
                n + 1,
                "expected alias, code and name separated by tabs".into(),
            ));
        }
        let (alias, code, name) = (f[0].trim(), f[1].trim(), f[2].trim());
        let &ix = code_ix
            .get(code)
            .ok_or_else(|| bad(n + 1, format!("unknown code {code:?}")))?;
        let display = if name.is_empty() {
            &*bodies[ix].name
        } else {
            name
        };
        let note = f.get(3).map_or("", |n| n.trim());
        // A name several hospitals share is no form of any one body: the
        // story's other words choose (see `Gazetteer::namesakes`).
        if let Some(town) = note.strip_prefix("namesake:") {
            let town = town.split(';').next().unwrap_or("").trim();
            if town.is_empty() {
                return Err(bad(
                    n + 1,
                    format!("a shared site name's note is \"namesake: TOWN\": {note:?}"),
                ));
            }
            namesakes
                .entry(alias.to_lowercase())
                .or_default()
                .push((code.to_owned(), town.to_owned()));
            continue;
        }
        if note.starts_with("former:")
            && let Some(i) = note.find("(until ")
        {
            let date = note[i + 7..]
                .split(')')
                .next()
                .and_then(Date::parse_iso)
                .ok_or_else(|| bad(n + 1, format!("bad date in note {note:?}")))?;
            ended.insert(display.to_owned(), date);
        }
        if note.starts_with("site:")
            && let Some(i) = note.find("run by ")
        {
            let mut w = note[i + 7..].split_whitespace();
            let (Some(code), Some("until"), Some(day)) = (w.next(), w.next(), w.next()) else {
                return Err(bad(
                    n + 1,
                    format!(
                        "a site's earlier operator is written \"run by CODE until YYYY-MM-DD\": {note:?}"
                    ),
                ));
            };
            let day = day.trim_end_matches([';', ',', '.', ')']);
            let date = Date::parse_iso(day)
                .ok_or_else(|| bad(n + 1, format!("bad date in note {note:?}")))?;
            if !code_ix.contains_key(code) {
                return Err(bad(
                    n + 1,
                    format!("unknown code {code:?} in note {note:?}"),
                ));
            }
            site_operators.insert(alias.to_lowercase(), (code.to_owned(), date));
        }
        let kind = bodies[ix].kind;
        let (display, kind) = if kind == OrgType::Ics {
            ics_display(alias)
        } else {
            (display.to_owned(), kind)
        };
        forms.push((
            alias.to_owned(),
            Form {
                body: ix,
                display: Arc::from(display.as_str()),
                kind,
            },
        ));
    }
    Ok(AliasNotes {
        ended,
        site_operators,
        namesakes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass key is the key as first written.
    #[test]
    fn name_keys_are_lowercase_words_without_the() {
        let reference = |name: &str| -> String {
            (name.to_lowercase().replace('-', " ").split_whitespace())
                .filter(|w| *w != "the")
                .collect::<Vec<_>>()
                .join(" ")
        };
        for name in [
            "Stoke-on-Trent",
            "The Cornwall and  Isles of Scilly ",
            " -The- THE the-",
            "Ysbyty\u{a0}Gwynedd\u{2003}The\tÉcole",
            "",
            "--",
            "Theale Thé",
        ] {
            assert_eq!(name_key(name), reference(name), "{name:?}");
        }
        for body in crate::patterns::FILES.iter().flat_map(|(_, t)| t.lines()) {
            assert_eq!(name_key(body), reference(body));
        }
    }

    fn names(text: &str) -> Vec<(String, String)> {
        let p = crate::patterns::test_patterns();
        p.orgs
            .find(text)
            .into_iter()
            .map(|m| {
                (
                    text[m.span.start..m.span.end].to_owned(),
                    m.org.name.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn strip_leading_skips_stop_words_in_any_case() {
        let p = crate::patterns::test_patterns();
        let g = &p.orgs;
        assert_eq!(g.strip_leading("Both THE Southend"), (9, "Southend"));
        assert_eq!(g.strip_leading("Meanwhile and Basildon"), (14, "Basildon"));
        assert_eq!(g.strip_leading("COUNCILLORS Basildon"), (12, "Basildon"));
        // White space that is not ASCII ends a word too.
        assert_eq!(g.strip_leading("The\u{a0}Southend"), (5, "Southend"));
        assert_eq!(
            g.strip_leading("Southend\u{2009}the"),
            (0, "Southend\u{2009}the")
        );
        assert_eq!(g.strip_leading("The Chief Executive"), (19, ""));
        // Longer than the stack buffer, or not ASCII: lowercased the long way.
        assert_eq!(
            g.strip_leading("Thelongestwordthatisnostopword Trust"),
            (0, "Thelongestwordthatisnostopword Trust")
        );
        assert_eq!(g.strip_leading("Ünited Trust"), (0, "Ünited Trust"));
    }

    #[test]
    fn gazetteer_forms_are_canonical() {
        let v =
            names("SOUTHEND Clinical Commissioning Group and NHS Southend CCG and Southend CCG.");
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(v.iter().all(|(_, n)| n == "NHS Southend CCG"), "{v:?}");
    }

    #[test]
    fn unlisted_hospitals_trust_keeps_its_whole_name() {
        // "Hospitals" before "NHS Trust" is the name's own word, not an
        // earlier body's name the place must be cut after.
        let v =
            names("Kingsbridge Hospitals NHS Trust and Ashdown Hospital NHS Foundation Trust met.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0].1, "Kingsbridge Hospitals NHS Trust");
        assert_eq!(v[1].1, "Ashdown Hospital NHS Foundation Trust");
    }

    #[test]
    fn rules_find_unlisted_bodies() {
        let v = names(
            "Both Southend Clinical Commissioning Group and Mid and South Integrated Care System (ICS) met.",
        );
        assert_eq!(v[0].1, "NHS Southend CCG");
        assert_eq!(v[0].0, "Southend Clinical Commissioning Group");
        assert_eq!(v[1].1, "Mid and South ICS");
    }

    #[test]
    fn repeated_rule_matches_equal_single_ones() {
        // The second and third of each name come from the per-document memo.
        let p = crate::patterns::test_patterns();
        let sentence = "Royal Shrewsbury Hospital and the Princess Royal Hospital met. \
            East Lancashire Hospitals Trust said. Staff at NHS Barsetshire Clinical \
            Commissioning Group and Mid and South Integrated Care System (ICS) agreed. ";
        let single = p.orgs.find(sentence);
        assert!(
            single
                .iter()
                .filter(|m| matches!(m.found, Found::Rule(_)))
                .count()
                >= 4,
            "{single:?}"
        );
        let text = sentence.repeat(3);
        let found = p.orgs.find(&text);
        assert_eq!(found.len(), 3 * single.len(), "{found:?}");
        for (i, m) in found.iter().enumerate() {
            let one = &single[i % single.len()];
            let shift = i / single.len() * sentence.len();
            assert_eq!(m.span.start, one.span.start + shift, "{m:?}");
            assert_eq!(m.span.end, one.span.end + shift, "{m:?}");
            assert_eq!((&m.org, &m.found), (&one.org, &one.found));
        }
    }

    #[test]
    fn ics_aliases_keep_the_era_word() {
        let v = names("The Herefordshire and Worcestershire STP and Mid and South Essex ICS.");
        assert_eq!(v[0].1, "Herefordshire and Worcestershire STP");
        assert_eq!(v[1].1, "Mid and South Essex ICS");
    }

    #[test]
    fn trust_names_fold() {
        assert_eq!(
            fold_key("Mid Yorkshire Hospital NHS Trust"),
            fold_key("Mid Yorkshire Hospitals NHS Trust")
        );
        assert_eq!(
            fold_key("The Shrewsbury & Telford Hospital NHS Trust"),
            "shrewsbury telford hospital"
        );
    }

    /// Every bundled rule and aggregate has words it cannot match
    /// without, and stretches of text to search around them: none is run
    /// over whole documents.
    #[test]
    fn every_bundled_rule_is_gated_and_narrowed() {
        let p = crate::patterns::test_patterns();
        let g = &p.orgs;
        let n = g.rules.len() + g.aggregates.len();
        assert!(!g.aggregates.is_empty());
        for r in 0..n {
            assert!(g.gate().is_gated(r), "rule {r} has no required words");
            assert!(g.separators[r].is_some(), "rule {r} has no separators");
        }
    }

    /// The embedded rules' regexes are compiled when a text first holds
    /// their words, not at load: a story naming a council compiles the
    /// council rule and leaves the rest.
    #[test]
    fn embedded_rules_compile_on_first_need() {
        let p = crate::patterns::Patterns::embedded().unwrap();
        let g = &p.orgs;
        let compiled = |g: &Gazetteer| -> Vec<String> {
            (g.rules.iter())
                .filter(|r| r.regex.compiled.get().is_some())
                .map(|r| r.id.to_string())
                .collect()
        };
        assert!(compiled(g).is_empty(), "{:?}", compiled(g));
        let text = "Councillors at Hartlepool Borough Council met on Monday.";
        let found = p.cues_in(text);
        let names: Vec<String> = (g.find_scanned(
            text,
            text.to_ascii_lowercase().as_bytes(),
            &found.gate,
            Some(&found.name_starts),
        ))
        .into_iter()
        .map(|m| m.org.name.to_string())
        .collect();
        assert_eq!(names, ["Hartlepool Borough Council"]);
        assert_eq!(compiled(g), ["council"]);
    }

    /// Every match of every rule holds an occurrence of its rarest set's
    /// literals, in the case their capitals ask for, and starts by its
    /// limit: the gate skips no rule, and no stretch, where one can match.
    /// Over the rules' examples and non-examples, the same in other cases,
    /// and the bundled corpus.
    #[test]
    fn the_gate_keeps_every_match_of_every_rule() {
        let p = crate::patterns::test_patterns();
        let g = &p.orgs;
        let file: OrgRulesFile =
            toml::from_str(include_str!("../../patterns/org_rules.toml")).unwrap();
        let mut texts: Vec<String> = Vec::new();
        for r in &file.rule {
            for t in r.examples.iter().chain(&r.non_examples) {
                texts.push(format!("In brief. {t}, it said."));
                texts.push(t.to_uppercase());
                texts.push(t.to_lowercase());
            }
        }
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<_> = std::fs::read_dir(corpus)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        texts.extend(files.iter().filter_map(|f| std::fs::read_to_string(f).ok()));
        assert!(
            texts.len() > 3 * file.rule.len() + 20,
            "{} texts",
            texts.len()
        );
        // (Compiled now: every embedded rule's regex compiles.)
        let regexes: Vec<&Regex> = (g.rules.iter().map(|r| &r.regex))
            .chain(&g.aggregates)
            .map(|r| r.get().expect("an embedded rule's regex compiles"))
            .collect();
        let mut matched = vec![0usize; regexes.len()];
        for t in &texts {
            let t = crate::text::normalise(t);
            let scan = g
                .gate()
                .scan(t.as_bytes(), t.to_ascii_lowercase().as_bytes());
            for (ri, re) in regexes.iter().enumerate() {
                for m in re.find_iter(&t) {
                    matched[ri] += 1;
                    let held = scan.anchor(ri).unwrap_or_default();
                    assert!(
                        scan.limit(ri).is_some_and(|l| m.start() <= l)
                            && held.iter().any(|&o| m.range().contains(&o)),
                        "rule {ri} matches {:?} in {t:?}",
                        m.as_str()
                    );
                }
            }
        }
        assert!(matched.iter().all(|&n| n > 0), "{matched:?}");
    }

    /// A capital in a case-matching part of a rule is looked for as it is:
    /// "the council" does not open the rule for "Leeds City Council".
    #[test]
    fn the_gate_reads_capitals_where_a_rule_matches_case() {
        let p = crate::patterns::test_patterns();
        let g = &p.orgs;
        let rule = |id: &str| g.rules.iter().position(|r| &*r.id == id).unwrap();
        let open = |t: &str| g.gate().open(t.as_bytes());
        let (council, ni) = (rule("council"), rule("ni.health_service"));
        assert!(!open("The council said its finance chief had left.")[council]);
        assert!(open("Leeds City Council said so.")[council]);
        // "NI" is looked for as a capitalised word, not in "opinion".
        assert!(!open("In his opinion, the health service is unique.")[ni]);
        assert!(open("The NI health service is under strain.")[ni]);
        assert_eq!(
            names("The NI health service is under strain."),
            [(
                "NI health service".to_owned(),
                "Department of Health (Northern Ireland)".to_owned()
            )]
        );
    }

    #[test]
    fn aggregates() {
        let v = names("Welsh health boards, 62 CCGs and integrated care systems in England.");
        assert_eq!(
            v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            vec!["health boards in Wales", "CCGs and ICSs in England"]
        );
        let v = names("62 CCGs said integrated care systems in England were short.");
        assert_eq!(
            v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            vec!["CCGs", "ICSs in England"]
        );
        let v = names("Wales' health boards, health boards in Wales and the four east Kent CCGs.");
        assert_eq!(
            v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            vec![
                "health boards in Wales",
                "health boards in Wales",
                "east Kent CCGs"
            ]
        );
        // Primary care trusts; a month after "in" is a time, not a place.
        let v = names("The PCTs in November, primary care trusts in Kent and IJBs in Scotland.");
        assert_eq!(
            v.iter()
                .map(|x| (x.0.as_str(), x.1.as_str()))
                .collect::<Vec<_>>(),
            vec![
                ("PCTs", "PCTs"),
                ("primary care trusts in Kent", "PCTs in Kent"),
                ("IJBs in Scotland", "IJBs in Scotland")
            ]
        );
    }

    #[test]
    fn slugs_are_stable() {
        assert_eq!(slug("Birmingham City Council"), "x-birmingham-city-council");
        assert_eq!(slug("Norfolk & Suffolk"), "x-norfolk-and-suffolk");
    }

    /// A rule match read from the thread's memo gives what reading it
    /// afresh gives, moved to where it is; another gazetteer on the same
    /// thread does not read this one's.
    #[test]
    fn rule_matches_from_the_memo_are_read_afresh_ones() {
        let p = crate::patterns::test_patterns();
        let t = "Southend CCG and Castle Point and Rochford CCG met Basildon Council.";
        let names = |ms: Vec<OrgMention>, shift: usize| -> Vec<(usize, usize, String)> {
            ms.into_iter()
                .map(|m| {
                    (
                        m.span.start - shift,
                        m.span.end - shift,
                        m.org.name.to_string(),
                    )
                })
                .collect()
        };
        let first = names(p.orgs.find(t), 0);
        assert_eq!(
            first.iter().map(|n| n.2.as_str()).collect::<Vec<_>>(),
            [
                "NHS Southend CCG",
                "NHS Castle Point and Rochford CCG",
                "Basildon Council"
            ],
        );
        assert_eq!(names(p.orgs.find(t), 0), first);
        let shifted = format!("In brief. {t}");
        assert_eq!(names(p.orgs.find(&shifted), 10), first);
        let other = crate::patterns::Patterns::embedded().expect("embedded patterns");
        assert_ne!(other.orgs.id, p.orgs.id);
        assert_eq!(names(other.orgs.find(t), 0), first);
        assert_eq!(names(p.orgs.find(t), 0), first);
    }
}

#[cfg(test)]
mod fold_key_tests {
    use super::*;

    /// The key as first written: lowercase, "&" spelled, apostrophes
    /// dropped, split at what is not a letter or digit.
    fn fold_key_as_written(name: &str) -> String {
        let lower = name
            .to_lowercase()
            .replace('&', " and ")
            .replace(['’', '\''], "");
        let mut out: Vec<&str> = Vec::new();
        for w in lower.split(|c: char| !c.is_alphanumeric()) {
            let w = match w {
                "" | "the" | "nhs" | "foundation" | "trust" | "university" | "teaching" | "and"
                | "of" | "ft" | "services" => continue,
                "hospitals" | "hospital" => "hospital",
                w => w,
            };
            if out.last() != Some(&w) {
                out.push(w);
            }
        }
        out.join(" ")
    }

    /// The one-pass key is the key as first written, for every name of the
    /// gazetteer and for the odd ones.
    #[test]
    fn fold_key_is_the_key_as_written() {
        let p = crate::patterns::test_patterns();
        let mut names: Vec<String> = (p.orgs.lowered.iter())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .collect();
        names.extend(p.orgs.bodies.iter().map(|b| b.name.to_string()));
        for odd in [
            "St George's University Hospitals NHS Foundation Trust",
            "Guy's & St Thomas'  NHS FT",
            "Hospitals hospital HOSPITALS of the Trust",
            "A&E--Dept.",
            "Ysbyty Gwynedd – Betsi Cadwaladr",
            "Ærøskøbing Hospital",
            "İstanbul Σ Hospital ΟΔΟΣ",
            "Supercalifragilisticexpialidociousandmore Hospital Trust",
            "'quoted' name's",
            "",
            "   ",
        ] {
            names.push(odd.to_owned());
        }
        assert!(names.len() > 4000, "{}", names.len());
        for n in &names {
            assert_eq!(fold_key(n), fold_key_as_written(n), "{n:?}");
        }
    }
}

#[cfg(test)]
mod name_search_tests {
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    /// The names found from their heads are exactly what one
    /// leftmost-longest automaton of all the names finds, given the heads'
    /// occurrences by the words pass or found by the gazetteer itself: on
    /// the corpus, and on every name run into the next (names inside
    /// words and names overlapping names).
    #[test]
    fn names_from_heads_are_an_automatons_matches() {
        let p = crate::patterns::test_patterns();
        let g = &p.orgs;
        let all = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&g.lowered)
            .unwrap();
        let mut texts = crate::text::bundled_articles();
        for sep in [" and ", " ", "", "s ", ", the "] {
            let joined: Vec<&str> = (g.lowered.iter())
                .map(|n| std::str::from_utf8(n).unwrap())
                .collect();
            texts.push(joined.join(sep));
        }
        let mut checked = 0;
        for t in &texts {
            let lower = t.to_ascii_lowercase();
            let want: Vec<(usize, usize, usize)> = (all.find_iter(lower.as_bytes()))
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let found = p.cues_in(t);
            let from_pass = g.names(lower.as_bytes(), Some(&found.name_starts));
            let by_itself = g.names(lower.as_bytes(), None);
            assert_eq!(from_pass, want);
            assert_eq!(by_itself, want);
            checked += want.len();
        }
        // (Every name, five times over, and the corpus's.)
        assert!(checked > 5 * g.lowered.len(), "{checked}");
    }
}
