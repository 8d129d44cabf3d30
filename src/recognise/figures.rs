//! Money, percentages and percentage points: rules from `figures.toml`,
//! values from `normalize`, hedges and ranges from the surrounding words.
//!
//! Takes the normalised text of a document, yields `Figure`s in text order,
//! each with its byte span and exact value. Knows nothing of organisations
//! or metrics.
//!
//! One pass per regex rule over the text, one pass of the spelled-number
//! scanner; everything else looks only at a few bytes either side of a
//! candidate, so the cost is linear in the text.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use crate::rx::{Edge, Regex, edge};
use aho_corasick::{AhoCorasick, MatchKind};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, meta};
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::error::PatternError;
use crate::model::{Bound, Figure, FigureKind, Span};
use crate::normalize::{parse_digits, scale};
use crate::patterns::compile_regex;
use crate::recognise::digits::{DigitRuns, Window};
use crate::recognise::numbers::{self, ends_with_word, starts_with_word};

/// Tables keyed by short words and the memo keyed by matched text: foldhash
/// hashes these several times faster than the standard SipHash (every
/// figure's groups and units are looked up), and is still seeded per
/// process. Nothing iterates them, so their order is never seen.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// `figures.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureFile {
    pub currency: CurrencyDefs,
    pub multipliers: BTreeMap<String, String>,
    #[serde(default)]
    pub hedge: Vec<HedgeDef>,
    /// Optional: a file without `[ranges]` gets the usual English words.
    #[serde(default)]
    pub ranges: RangeDefs,
    #[serde(default)]
    pub rule: Vec<RuleDef>,
    #[serde(default)]
    pub not_figure: Vec<NotFigureDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurrencyDefs {
    pub prefix: BTreeMap<String, String>,
    #[serde(default)]
    pub word: BTreeMap<String, String>,
    #[serde(default)]
    pub minor: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Before,
    After,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BoundDef {
    Lower,
    Upper,
    None,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeDef {
    pub phrases: Vec<String>,
    pub position: Position,
    pub bound: BoundDef,
}

/// How two figures make a range, and when they do not.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeDefs {
    /// What may stand between the two ends: "-", "–", "to".
    pub separators: Vec<String>,
    /// Words before the first end that make "X and Y" a range: "between".
    pub between: Vec<String>,
    /// Words before the first end that make the pair a change, not a range:
    /// "from £5m to £7m", "rose by £11m to £342m".
    pub not_after: Vec<String>,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub non_examples: Vec<String>,
}

impl Default for RangeDefs {
    fn default() -> RangeDefs {
        let words = |ws: &[&str]| ws.iter().map(|w| (*w).to_owned()).collect();
        RangeDefs {
            separators: words(&["-", "\u{2013}", "\u{2014}", "to"]),
            between: words(&["between"]),
            not_after: words(&["from", "by"]),
            examples: Vec::new(),
            non_examples: Vec::new(),
        }
    }
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    Money,
    Percent,
    Points,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub kind: RuleKind,
    pub pattern: String,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub non_examples: Vec<String>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AnyKind {
    Money,
    Percent,
    Points,
    Number,
}

/// A figure with one of these words next to it is not a figure of that
/// kind: "62 days" is a duration, "section 114" a label, "weighing nine
/// pounds" a weight.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotFigureDef {
    pub id: String,
    pub kinds: Vec<AnyKind>,
    /// Words or phrases ending right before the figure.
    #[serde(default)]
    pub before: Vec<String>,
    /// Words right after the figure, past a space ("62 days").
    #[serde(default)]
    pub after: Vec<String>,
    /// Words joined to the figure by a hyphen ("62-day", "65-year-old").
    #[serde(default)]
    pub after_hyphen: Vec<String>,
    /// Restricts the rule to figures written exactly so ("999").
    #[serde(default)]
    pub mention: Vec<String>,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub non_examples: Vec<String>,
}

#[derive(Debug)]
struct Rule {
    id: Arc<str>,
    kind: FigureKind,
    /// The rule's pattern, expanded.
    pattern: String,
    /// The rule alone, to read the groups of a match the combined
    /// automaton found (an anchored search over that match only). Built
    /// on first need: a few articles use a few rules, and building them
    /// all took a sixth of the start-up. (A user's rules are built and
    /// checked at load time; `None` only should an embedded rule, which
    /// the tests build, fail to.)
    alone: OnceLock<Option<crate::rx::MetaTwin>>,
    /// The pattern's ASCII twin, as the combined automaton read it: the
    /// rule alone is built from it, with no second parse.
    twin: Option<regex_syntax::hir::Hir>,
    /// The indices of its named groups (as in the combined automaton:
    /// a pattern's groups are numbered within it).
    groups: GroupIndex,
}

/// The size limit of a rule's automaton alone.
const ALONE_LIMIT: usize = 10 * (1 << 20);

impl Rule {
    fn alone(&self) -> Option<&crate::rx::MetaTwin> {
        self.alone
            .get_or_init(|| {
                let pattern = std::slice::from_ref(&self.pattern);
                match &self.twin {
                    Some(t) => crate::rx::MetaTwin::with_twins(
                        pattern,
                        Some(std::slice::from_ref(t)),
                        ALONE_LIMIT,
                    ),
                    None => crate::rx::MetaTwin::new(pattern, ALONE_LIMIT),
                }
                .ok()
            })
            .as_ref()
    }
}

/// Where a rule's named groups are (see the head of `figures.toml`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct GroupIndex {
    neg: Option<usize>,
    cur: Option<usize>,
    cur2: Option<usize>,
    curw: Option<usize>,
    minor: Option<usize>,
    num: Option<usize>,
    num2: Option<usize>,
    mult: Option<usize>,
    mult2: Option<usize>,
}

/// The spans of one match's named groups.
#[derive(Debug, Default, Clone, Copy)]
struct Groups {
    whole: Span,
    neg: Option<Span>,
    cur: Option<Span>,
    cur2: Option<Span>,
    curw: Option<Span>,
    minor: Option<Span>,
    num: Option<Span>,
    num2: Option<Span>,
    mult: Option<Span>,
    mult2: Option<Span>,
}

impl GroupIndex {
    /// The groups of pattern `pid` of `regex`.
    fn of(regex: &meta::Regex, pid: usize) -> GroupIndex {
        let info = regex.group_info();
        let pid = regex_automata::PatternID::new_unchecked(pid);
        let ix = |name: &str| info.to_index(pid, name);
        GroupIndex {
            neg: ix("neg"),
            cur: ix("cur"),
            cur2: ix("cur2"),
            curw: ix("curw"),
            minor: ix("minor"),
            num: ix("num"),
            num2: ix("num2"),
            mult: ix("mult"),
            mult2: ix("mult2"),
        }
    }
}

impl Groups {
    /// The groups moved from offset `from` to `to`. (Wrapping arithmetic:
    /// moving back is exact whatever the offsets.)
    fn moved(self, from: usize, to: usize) -> Groups {
        let mv = |s: Span| Span {
            start: s.start.wrapping_sub(from).wrapping_add(to),
            end: s.end.wrapping_sub(from).wrapping_add(to),
        };
        Groups {
            whole: mv(self.whole),
            neg: self.neg.map(mv),
            cur: self.cur.map(mv),
            cur2: self.cur2.map(mv),
            curw: self.curw.map(mv),
            minor: self.minor.map(mv),
            num: self.num.map(mv),
            num2: self.num2.map(mv),
            mult: self.mult.map(mv),
            mult2: self.mult2.map(mv),
        }
    }

    fn of(caps: &Captures, ix: &GroupIndex) -> Option<Groups> {
        let span = |i: Option<usize>| {
            i.and_then(|i| caps.get_group(i))
                .map(|m| Span::new(m.start, m.end))
        };
        let m = caps.get_match()?;
        Some(Groups {
            whole: Span::new(m.start(), m.end()),
            neg: span(ix.neg),
            cur: span(ix.cur),
            cur2: span(ix.cur2),
            curw: span(ix.curw),
            minor: span(ix.minor),
            num: span(ix.num),
            num2: span(ix.num2),
            mult: span(ix.mult),
            mult2: span(ix.mult2),
        })
    }
}

/// Whether a match that starts with a digit at `start` starts inside a
/// larger number token: right after '%' (URL escapes, "%2020%"), or after '.', ',', '-'
/// or '/' that follow a digit ("1,5%", "2015-16 p", "24/7").
fn glued_to_a_number(b: &[u8], start: usize) -> bool {
    if !b.get(start).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    match start.checked_sub(1).map(|i| b[i]) {
        Some(b'%') => true,
        Some(b'.' | b',' | b'-' | b'/') => start >= 2 && b[start - 2].is_ascii_digit(),
        _ => false,
    }
}

/// Looks up a table key case-insensitively without allocating for short
/// keys (the tables hold lowercased keys).
fn lookup<'a, V>(map: &'a HashMap<String, V>, key: &str) -> Option<&'a V> {
    let mut buf = [0u8; 32];
    if key.len() <= buf.len() {
        let b = &mut buf[..key.len()];
        b.copy_from_slice(key.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(k) = std::str::from_utf8(b)
            && let Some(v) = map.get(k)
        {
            return Some(v);
        }
    }
    map.get(&key.to_lowercase())
}

#[derive(Debug)]
struct NotFigure {
    id: String,
    kinds: Vec<FigureKind>,
    before: Vec<Vec<u8>>,
    after: HashSet<Vec<u8>>,
    after_hyphen: HashSet<Vec<u8>>,
    mention: Vec<Vec<u8>>,
}

/// A hedge phrase, lowercased, with the bound it gives.
#[derive(Debug)]
struct Hedge {
    phrase: Vec<u8>,
    bound: Option<Bound>,
}

/// The compiled figure rules.
#[derive(Debug)]
pub struct Figures {
    rules: Vec<Rule>,
    /// All rules in one automaton: one pass over the text finds the
    /// leftmost match, and at one position the earliest rule wins.
    all: crate::rx::MetaTwin,
    /// Where the digits of the rules' matches lie, when every match holds
    /// one and its stretches without one are bounded: the text is then
    /// searched around its digits only (see [`Figures::candidates`]).
    digit_runs: Option<DigitRuns>,
    /// The unit words a spelled number can take ("per cent", "pounds",
    /// "pence"), in lower, Capitalised and UPPER case.
    triggers: AhoCorasick,
    prefix: HashMap<String, Arc<str>>,
    word: HashMap<String, Arc<str>>,
    minor: HashMap<String, Arc<str>>,
    mult: HashMap<String, Decimal>,
    /// Hedge phrases, longest first.
    before: Vec<Hedge>,
    after: Vec<Hedge>,
    separators: Vec<Vec<u8>>,
    between: Vec<Vec<u8>>,
    not_after: Vec<Vec<u8>>,
    not_figure: Vec<NotFigure>,
    /// "per cent", "%", "percentage points", currency words after a spelled
    /// number.
    spelled_unit: Regex,
    unit_percent: Arc<str>,
    unit_points: Arc<str>,
    unit_none: Arc<str>,
    rule_spelled_money: Arc<str>,
    rule_spelled_percent: Arc<str>,
    rule_spelled_points: Arc<str>,
    rule_spelled: Arc<str>,
    rule_number: Arc<str>,
    /// Tells this set's rule matches from another's in a thread's
    /// [`GroupsMemo`].
    id: u64,
}

/// The groups of a rule's anchored match (see `Figures::groups_at`), kept
/// from one document to the next on each thread: a corpus writes the same
/// figures ("£1m", "5%") in story after story, and the capture search of a
/// rule alone cost more than finding the match. The groups depend only on
/// the key (the rule, the engine, the text searched and what a look-around
/// can tell of the characters either side of it), so the output is the
/// same whatever the memo holds; it is emptied when full, so its memory
/// stays flat.
#[derive(Default)]
struct GroupsMemo {
    /// The rule set whose matches these are.
    owner: u64,
    /// By the text searched; the groups moved to offset 0.
    by_text: HashMap<Box<str>, Vec<GroupsEntry>>,
    len: usize,
}

/// A rule, whether the ASCII twin searched, what a look-around sees
/// before and after the text searched, and the groups found.
type GroupsEntry = (usize, bool, Edge, Edge, Option<Groups>);

impl GroupsMemo {
    /// Entries kept at most (about a hundred bytes each).
    const MAX: usize = 4096;

    fn get(&self, key: &GroupsKey, text: &str) -> Option<Option<Groups>> {
        self.by_text
            .get(text)?
            .iter()
            .find(|e| (e.0, e.1, e.2, e.3) == *key)
            .map(|e| e.4)
    }

    fn insert(&mut self, key: GroupsKey, text: &str, g: Option<Groups>) {
        if self.len >= GroupsMemo::MAX {
            self.by_text.clear();
            self.len = 0;
        }
        let (rule, twin, before, after) = key;
        self.by_text
            .entry(text.into())
            .or_default()
            .push((rule, twin, before, after, g));
        self.len += 1;
    }
}

/// What a memo entry is found by, besides the text searched.
type GroupsKey = (usize, bool, Edge, Edge);

thread_local! {
    static GROUPS_MEMO: RefCell<GroupsMemo> = RefCell::new(GroupsMemo::default());
}

/// Numbers the rule sets compiled in this process (`Figures::id`).
static FIGURE_SETS: AtomicU64 = AtomicU64::new(1);

fn alternation<'a>(words: impl Iterator<Item = &'a String>) -> String {
    let mut ws: Vec<&String> = words.collect();
    ws.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    ws.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

const NUM: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

/// How far hedges and context words are looked for either side.
const NEAR: usize = 40;

fn lower_bytes(s: &str) -> Vec<u8> {
    s.trim().to_lowercase().into_bytes()
}

fn kind_of(k: AnyKind) -> FigureKind {
    match k {
        AnyKind::Money => FigureKind::Money,
        AnyKind::Percent => FigureKind::Percent,
        AnyKind::Points => FigureKind::Points,
        AnyKind::Number => FigureKind::Number,
    }
}

/// The smallest char boundary of `s` at or above `i`.
fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Up to `NEAR` bytes of `text` before `at`, trailing spaces trimmed.
fn before_window(text: &str, at: usize) -> &[u8] {
    let b = &text.as_bytes()[at.saturating_sub(NEAR)..at];
    let n = b.iter().rev().take_while(|c| **c == b' ').count();
    &b[..b.len() - n]
}

/// The word after `at`, past one space or one hyphen, and whether a
/// hyphen joins it: "62 days" → ("days", false), "62-day" → ("day", true).
fn word_after(text: &str, at: usize) -> (&[u8], bool) {
    let b = text.as_bytes();
    let mut i = at;
    let hyphen = b.get(i) == Some(&b'-');
    if i < b.len() && (b[i] == b' ' || hyphen) {
        i += 1;
    }
    let s = i;
    while i < b.len() && i - s < NEAR && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    (&b[s..i], hyphen)
}

impl NotFigure {
    fn applies(&self, text: &str, f: &Figure) -> bool {
        if !self.kinds.contains(&f.kind) {
            return false;
        }
        let m = &text.as_bytes()[f.span.start..f.span.end];
        if !self.mention.is_empty() && !self.mention.iter().any(|x| x.eq_ignore_ascii_case(m)) {
            return false;
        }
        if self.before.is_empty() && self.after.is_empty() && self.after_hyphen.is_empty() {
            return true;
        }
        let before = before_window(text, f.span.start);
        if self.before.iter().any(|p| ends_with_word(before, p)) {
            return true;
        }
        let (w, hyphen) = word_after(text, f.span.end);
        let set = if hyphen {
            &self.after_hyphen
        } else {
            &self.after
        };
        if w.is_empty() || set.is_empty() {
            return false;
        }
        let mut buf = [0u8; NEAR];
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w);
        lw.make_ascii_lowercase();
        set.contains(&*lw)
    }
}

impl Figures {
    /// Compiles the rules and checks each rule's examples and non-examples.
    pub fn compile(file: FigureFile, origin: &str) -> Result<Figures, PatternError> {
        let bad = |rule: &str, message: String| PatternError::Rule {
            file: origin.to_owned(),
            rule: rule.to_owned(),
            message,
        };
        let interned = |m: &BTreeMap<String, String>| -> HashMap<String, Arc<str>> {
            m.iter()
                .map(|(k, v)| (k.to_lowercase(), Arc::<str>::from(v.as_str())))
                .collect()
        };
        let mut mult = HashMap::default();
        for (k, v) in &file.multipliers {
            let d = Decimal::from_str(v)
                .map_err(|e| bad(&format!("multipliers.{k}"), format!("not a decimal: {e}")))?;
            mult.insert(k.to_lowercase(), d);
        }
        let cur = format!("(?:{})", alternation(file.currency.prefix.keys()));
        let curw = format!("(?:{})", alternation(file.currency.word.keys()));
        let minor = format!("(?:{})", alternation(file.currency.minor.keys()));
        let minor_words = format!(
            "(?:{})",
            alternation(file.currency.minor.keys().filter(|k| k.chars().count() > 1))
        );
        let mults = format!("(?:{})", alternation(file.multipliers.keys()));
        let expand = |p: &str| {
            p.replace("{CUR}", &cur)
                .replace("{CURW}", &curw)
                .replace("{MINOR}", &minor)
                .replace("{MULT}", &mults)
                .replace("{NUM}", &format!("(?:{NUM})"))
                // ASCII word boundaries: a Unicode `\b` stops the lazy DFA
                // at the first non-ASCII byte ("£"), and the slow engine
                // that takes over is 50 times slower.
                .replace(r"\b", r"(?-u:\b)")
                .replace(r"\B", r"(?-u:\B)")
                // An exotic space (U+00A0, U+2009, U+202F) is as many ASCII
                // spaces in the normalised view as it has bytes (2 or 3).
                .replace(r"\s?", r"\s{0,3}")
        };
        let embedded = crate::patterns::is_embedded(origin);
        let mut rules = Vec::new();
        let mut expanded = Vec::new();
        for def in &file.rule {
            let pattern = expand(&def.pattern);
            expanded.push(pattern.clone());
            let rule = Rule {
                id: Arc::from(def.id.as_str()),
                kind: match def.kind {
                    RuleKind::Money => FigureKind::Money,
                    RuleKind::Percent => FigureKind::Percent,
                    RuleKind::Points => FigureKind::Points,
                },
                pattern,
                alone: OnceLock::new(),
                twin: None,
                // (Read off the combined automaton, below.)
                groups: GroupIndex::default(),
            };
            // (The embedded files' rules are built, and their examples
            // checked, by the tests, not at every start.)
            if embedded {
                rules.push(rule);
                continue;
            }
            let alone = crate::rx::MetaTwin::new(std::slice::from_ref(&rule.pattern), ALONE_LIMIT)
                .map_err(|e| bad(&def.id, e))?;
            alone.check_original().map_err(|e| bad(&def.id, e))?;
            let regex = |ex: &str| alone.get(crate::rx::twin_applies(ex));
            for ex in &def.examples {
                let whole = regex(ex)
                    .find_iter(ex.as_str())
                    .any(|m| ex[m.range()].trim() == ex.trim());
                if !whole {
                    return Err(bad(&def.id, format!("example {ex:?} does not match")));
                }
            }
            for ex in &def.non_examples {
                if let Some(m) = regex(ex).find(ex.as_str()) {
                    return Err(bad(
                        &def.id,
                        format!("non-example {ex:?} matches {:?}", &ex[m.range()]),
                    ));
                }
            }
            let _ = rule.alone.set(Some(alone));
            rules.push(rule);
        }
        // (The twins' `\d` is `[0-9]`: their digit runs are ASCII digits'.)
        let twins = crate::rx::ascii_hirs(&expanded);
        let digit_runs = twins.as_deref().and_then(DigitRuns::of);
        let all = crate::rx::MetaTwin::with_twins(&expanded, twins.as_deref(), 64 * (1 << 20))
            .map_err(|e| bad("rule", e))?;
        if !embedded {
            all.check_original().map_err(|e| bad("rule", e))?;
        }
        for (rule, twin) in rules.iter_mut().zip(twins.into_iter().flatten()) {
            rule.twin = Some(twin);
        }
        for (pid, (rule, def)) in rules.iter_mut().zip(&file.rule).enumerate() {
            rule.groups = GroupIndex::of(all.ascii(), pid);
            if rule.groups.num.is_none() {
                return Err(bad(&def.id, "the pattern has no `num` group".into()));
            }
        }
        let mut before = Vec::new();
        let mut after = Vec::new();
        for h in &file.hedge {
            let bound = match h.bound {
                BoundDef::Lower => Some(Bound::Lower),
                BoundDef::Upper => Some(Bound::Upper),
                BoundDef::None => None,
            };
            for p in &h.phrases {
                let entry = Hedge {
                    phrase: lower_bytes(p),
                    bound,
                };
                match h.position {
                    Position::Before => before.push(entry),
                    Position::After => after.push(entry),
                }
            }
        }
        before.sort_by_key(|h| std::cmp::Reverse(h.phrase.len()));
        after.sort_by_key(|h| std::cmp::Reverse(h.phrase.len()));
        let not_figure = file
            .not_figure
            .iter()
            .map(|d| NotFigure {
                id: d.id.clone(),
                kinds: d.kinds.iter().copied().map(kind_of).collect(),
                before: d.before.iter().map(|s| lower_bytes(s)).collect(),
                after: d.after.iter().map(|s| lower_bytes(s)).collect(),
                after_hyphen: d.after_hyphen.iter().map(|s| lower_bytes(s)).collect(),
                mention: d.mention.iter().map(|s| lower_bytes(s)).collect(),
            })
            .collect();
        // After a spelled number: percentage words, currency words and
        // codes, minor-unit words ("two million pounds", "Twenty pence").
        let spelled_words: Vec<&String> = file
            .currency
            .word
            .keys()
            .chain(file.currency.minor.keys().filter(|k| k.chars().count() > 1))
            .collect();
        let spelled_unit = compile_regex(
            &expand(&format!(
                r"^(?:\s(?P<pct>per[\s-]?cent\b|percent\b)|\s(?P<pts>percentage[\s-]points?)\b|\s(?P<curw>{curw})\b|\s(?P<minor>{minor_words})\b)"
            )),
            origin,
            "spelled-unit",
        )?;
        let mut triggers: Vec<String> = Vec::new();
        for w in spelled_words.iter().map(|w| w.as_str()).chain(["cent"]) {
            let lower = w.to_lowercase();
            let mut cap = lower.clone();
            if let Some(f) = cap.get_mut(..1) {
                f.make_ascii_uppercase();
            }
            triggers.extend([w.to_uppercase(), cap, lower, w.to_owned()]);
        }
        triggers.sort();
        triggers.dedup();
        let triggers = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&triggers)
            .map_err(|e| bad("currency", e.to_string()))?;
        let figures = Figures {
            rules,
            all,
            digit_runs,
            triggers,
            prefix: interned(&file.currency.prefix),
            word: interned(&file.currency.word),
            minor: interned(&file.currency.minor),
            mult,
            before,
            after,
            separators: file
                .ranges
                .separators
                .iter()
                .map(|s| lower_bytes(s))
                .collect(),
            between: file.ranges.between.iter().map(|s| lower_bytes(s)).collect(),
            not_after: file
                .ranges
                .not_after
                .iter()
                .map(|s| lower_bytes(s))
                .collect(),
            not_figure,
            spelled_unit,
            unit_percent: Arc::from("percent"),
            unit_points: Arc::from("points"),
            unit_none: Arc::from(""),
            rule_spelled_money: Arc::from("money.spelled"),
            rule_spelled_percent: Arc::from("percent.spelled"),
            rule_spelled_points: Arc::from("points.spelled"),
            rule_spelled: Arc::from("number.spelled"),
            rule_number: Arc::from("number.digits"),
            id: FIGURE_SETS.fetch_add(1, Ordering::Relaxed),
        };
        if !embedded {
            figures.check_examples(&file, &bad)?;
        }
        Ok(figures)
    }

    /// Checks the examples of the range words and of the `not_figure` rules
    /// against the compiled recogniser.
    fn check_examples(
        &self,
        file: &FigureFile,
        bad: &dyn Fn(&str, String) -> PatternError,
    ) -> Result<(), PatternError> {
        let is_range = |text: &str| {
            let figs = self.find(text, false);
            figs.windows(2).any(|w| {
                w[0].bound == Some(Bound::Lower)
                    && w[1].bound == Some(Bound::Upper)
                    && w[0].unit == w[1].unit
            })
        };
        for ex in &file.ranges.examples {
            if !is_range(ex) {
                return Err(bad("ranges", format!("example {ex:?} is not a range")));
            }
        }
        for ex in &file.ranges.non_examples {
            if is_range(ex) {
                return Err(bad("ranges", format!("non-example {ex:?} is a range")));
            }
        }
        for (def, rule) in file.not_figure.iter().zip(&self.not_figure) {
            for ex in &def.examples {
                let cands = self.candidates(ex, true, false);
                if !cands.iter().any(|f| rule.applies(ex, f)) {
                    return Err(bad(
                        &def.id,
                        format!("example {ex:?}: the rule drops no figure"),
                    ));
                }
            }
            for ex in &def.non_examples {
                let cands = self.candidates(ex, true, false);
                if let Some(f) = cands.iter().find(|f| rule.applies(ex, f)) {
                    return Err(bad(
                        &def.id,
                        format!(
                            "non-example {ex:?}: the rule drops {:?}",
                            &ex[f.span.start..f.span.end]
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Finds every money amount, percentage and point difference in `text`
    /// (the normalised view), in text order; with `with_numbers`, plain
    /// numbers too.
    pub fn find(&self, text: &str, with_numbers: bool) -> Vec<Figure> {
        let mut figs = self.candidates(text, with_numbers, true);
        for f in &mut figs {
            self.hedge(text, f);
        }
        self.join_ranges(text, &mut figs);
        figs
    }

    /// The bound a hedge phrase gives ("nearly" → upper, "about" → none).
    pub fn hedge_bound(&self, phrase: &str) -> Option<Bound> {
        let p = phrase.trim().as_bytes();
        self.before
            .iter()
            .chain(&self.after)
            .find(|h| h.phrase.eq_ignore_ascii_case(p))
            .and_then(|h| h.bound)
    }

    /// The rule names of the `not_figure` rules that drop `f`.
    pub fn dropped_by(&self, text: &str, f: &Figure) -> Vec<&str> {
        self.not_figure
            .iter()
            .filter(|r| r.applies(text, f))
            .map(|r| r.id.as_str())
            .collect()
    }

    /// Plain numbers of `text` outside `taken`, without their hedges, not yet
    /// filtered by the `not_figure` rules.
    fn plain_numbers(
        &self,
        text: &str,
        spelled: Vec<numbers::SpelledFound>,
        taken: &[Span],
    ) -> Vec<Figure> {
        let mut nums: Vec<Figure> = Vec::new();
        let taken_set = numbers::SpanSet::new(taken);
        for sp in spelled {
            if sp.bare_fraction
                || taken_set.overlaps(sp.span)
                || numbers::is_pronoun_one(text, sp.span)
            {
                continue;
            }
            nums.push(self.number(sp.span, sp.value, self.rule_spelled.clone()));
        }
        let spelled_spans: Vec<Span> = nums.iter().map(|n| n.span).collect();
        let spelled_set = numbers::SpanSet::new(&spelled_spans);
        for sp in numbers::digit_numbers(text, taken) {
            if spelled_set.overlaps(sp.span) {
                continue;
            }
            nums.push(self.number(sp.span, sp.value, self.rule_number.clone()));
        }
        nums.sort_by_key(|f| f.span);
        nums
    }

    /// Plain numbers (counts and quantities) in `text`, hedged, without the
    /// ones the `not_figure` rules drop; money and percentages are not
    /// excluded (for callers that want the numbers inside them too).
    pub fn numbers(&self, text: &str) -> Vec<Figure> {
        let mut nums = self.plain_numbers(text, numbers::spelled_all(text), &[]);
        nums.retain(|f| !self.not_figure.iter().any(|r| r.applies(text, f)));
        for n in &mut nums {
            self.hedge(text, n);
        }
        nums
    }

    /// Every candidate figure, before hedges and ranges across two mentions;
    /// with `veto`, money and percentages the `not_figure` rules drop do not
    /// hide the shorter figures they overlap.
    fn candidates(&self, text: &str, with_numbers: bool, veto: bool) -> Vec<Figure> {
        // Candidate groups: one regex match yields one figure, or two for a
        // range written once ("£5-7m"). One pass of the combined automaton;
        // where a match gives no figure (a vetoed weight, an inverted
        // range), the later rules are tried at the same position.
        // (Sized for a typical story's figures: growing cost more.)
        let mut groups: Vec<(Span, usize, Vec<Figure>)> = Vec::with_capacity(16);
        let vetoed = |figs: &[Figure]| {
            veto && figs
                .iter()
                .any(|f| self.not_figure.iter().any(|r| r.applies(text, f)))
        };
        // One set of capture slots per rule, made when the rule first matches.
        let mut caps: Vec<Option<Captures>> = self.rules.iter().map(|_| None).collect();
        let twin = crate::rx::twin_applies(text);
        let all = self.all.get(twin);
        // Every match holds a digit, and its stretches without one are
        // bounded: the leftmost match lies in a window around the next
        // digits (`digits::Windows`), and text far from digits is only
        // scanned for them, not walked by the automaton. (Where the twin
        // does not apply, `\d` also matches other digits.)
        let mut windows = self
            .digit_runs
            .filter(|_| twin)
            .map(|r| r.windows(text.as_bytes()));
        let mut at = 0;
        while at < text.len() {
            let found = match windows.as_mut().map(|w| w.at(at)) {
                None => all.search(&Input::new(text).span(at..text.len())),
                Some(Window::None) => None,
                Some(Window::Search { from, to, then }) => {
                    let span = ceil_char(text, from)..ceil_char(text, to);
                    match all.search(&Input::new(text).span(span)) {
                        Some(m) => Some(m),
                        None => {
                            // (`then` is past `at`: the loop always moves on.)
                            at = ceil_char(text, then.max(at + 1));
                            continue;
                        }
                    }
                }
            };
            let Some(m) = found else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            let mut next = ceil_char(text, start + 1);
            if glued_to_a_number(text.as_bytes(), start) {
                at = next;
                continue;
            }
            let mut pid = m.pattern().as_usize();
            // The groups, from the rule alone over the match only.
            let mut found = self.groups_at(text, pid, start, end, twin, &mut caps[pid]);
            loop {
                let rule = &self.rules[pid];
                let figs = found
                    .and_then(|g| self.figures_of(rule, &g, text))
                    .filter(|figs| !vetoed(figs));
                if let (Some(figs), Some(g)) = (figs, found) {
                    let whole = Span::new(figs[0].span.start, figs[figs.len() - 1].span.end);
                    next = next.max(ceil_char(text, g.whole.end));
                    groups.push((whole, pid, figs));
                    break;
                }
                // Nothing here from this rule: a later one may match here.
                let far = ceil_char(text, start + 256);
                let Some(later) = (pid + 1..self.rules.len()).find(|&p| {
                    found = self.groups_at(text, p, start, far, twin, &mut caps[p]);
                    found.is_some()
                }) else {
                    break;
                };
                pid = later;
            }
            at = next;
        }
        // Spelled numbers with a unit after them, found from the unit.
        for fig in self.spelled_figures(text) {
            let fig = vec![fig];
            if !vetoed(&fig) {
                groups.push((fig[0].span, self.rules.len(), fig));
            }
        }
        // Longest first, then the earlier rule; keep what does not overlap.
        groups.sort_by(|a, b| {
            a.0.start
                .cmp(&b.0.start)
                .then(b.0.len().cmp(&a.0.len()))
                .then(a.1.cmp(&b.1))
        });
        let mut by_len: Vec<(Span, Vec<Figure>)> = Vec::with_capacity(groups.len());
        for (whole, _, figs) in groups {
            if let Some((prev, _)) = by_len.last()
                && prev.overlaps(whole)
            {
                if whole.len() > prev.len() {
                    by_len.pop();
                } else {
                    continue;
                }
            }
            by_len.push((whole, figs));
        }
        let mut kept: Vec<Figure> = Vec::with_capacity(by_len.len());
        let mut last_end = 0usize;
        for (whole, figs) in by_len {
            if whole.start < last_end {
                continue;
            }
            last_end = whole.end;
            kept.extend(figs);
        }
        if with_numbers {
            let taken: Vec<Span> = kept.iter().map(|f| f.span).collect();
            let mut nums = self.plain_numbers(text, numbers::spelled_all(text), &taken);
            if veto {
                nums.retain(|f| !self.not_figure.iter().any(|r| r.applies(text, f)));
            }
            kept.extend(nums);
            kept.sort_by_key(|f| f.span);
        }
        kept
    }

    /// The groups of rule `pid` matching at exactly `start` (and ending by
    /// `end`), by an anchored search of the rule alone, or from the
    /// thread's memo of earlier searches (see [`GroupsMemo`]).
    fn groups_at(
        &self,
        text: &str,
        pid: usize,
        start: usize,
        end: usize,
        twin: bool,
        caps: &mut Option<Captures>,
    ) -> Option<Groups> {
        let searched = text.get(start..end)?;
        let key = (
            pid,
            twin,
            edge(text[..start].chars().next_back()),
            edge(text[end..].chars().next()),
        );
        GROUPS_MEMO.with_borrow_mut(|memo| {
            if memo.owner != self.id {
                *memo = GroupsMemo {
                    owner: self.id,
                    ..GroupsMemo::default()
                };
            }
            if let Some(g) = memo.get(&key, searched) {
                return g.map(|g| g.moved(0, start));
            }
            let g = self.search_groups(text, pid, start, end, twin, caps);
            memo.insert(key, searched, g.map(|g| g.moved(start, 0)));
            g
        })
    }

    /// [`Figures::groups_at`] by the search itself.
    fn search_groups(
        &self,
        text: &str,
        pid: usize,
        start: usize,
        end: usize,
        twin: bool,
        caps: &mut Option<Captures>,
    ) -> Option<Groups> {
        let rule = &self.rules[pid];
        let alone = rule.alone()?.get(twin);
        let caps = caps.get_or_insert_with(|| alone.create_captures());
        let input = Input::new(text).span(start..end).anchored(Anchored::Yes);
        alone.search_captures(&input, caps);
        Groups::of(caps, &rule.groups)
    }

    /// Money and percentages in words, found from their unit words: "two
    /// million pounds", "Twenty pence", "one per cent", "half a percentage
    /// point".
    fn spelled_figures(&self, text: &str) -> Vec<Figure> {
        let b = text.as_bytes();
        let mut out: Vec<Figure> = Vec::new();
        for m in self.triggers.find_iter(text) {
            // The unit starts at its word ("per|cent|age" → "percentage"),
            // or at "per" before "cent".
            let mut u = m.start();
            while u > 0 && m.start() - u < 3 && b[u - 1].is_ascii_alphabetic() {
                u -= 1;
            }
            if u > 0 && b[u - 1].is_ascii_alphabetic() {
                continue;
            }
            if u == m.start()
                && u >= 4
                && matches!(b[u - 1], b' ' | b'-' | b'\n' | b'\t')
                && b[u - 4..u - 1].eq_ignore_ascii_case(b"per")
                && (u == 4 || !b[u - 5].is_ascii_alphanumeric())
            {
                u -= 4;
            }
            // One white-space character, then the number's last word.
            if u < 2 || !b[u - 1].is_ascii_whitespace() || !b[u - 2].is_ascii_alphabetic() {
                continue;
            }
            let Some(sp) = numbers::spelled_ending_at(text, u - 1) else {
                continue;
            };
            if let Some(fig) = self.spelled_figure(text, &sp)
                && out.last().is_none_or(|l| l.span.end <= fig.span.start)
            {
                out.push(fig);
            }
        }
        out
    }

    /// A spelled number with "per cent", "percentage points", "pounds" or
    /// "pence" after it, and "minus" before it where written.
    fn spelled_figure(&self, text: &str, sp: &numbers::SpelledFound) -> Option<Figure> {
        let end = ceil_char(text, sp.span.end + NEAR);
        let rest = &text[sp.span.end..end];
        let c = self.spelled_unit.captures(rest)?;
        let mut value = sp.value;
        let (kind, unit, rule) = if c.name("pct").is_some() {
            let r = self.rule_spelled_percent.clone();
            (FigureKind::Percent, self.unit_percent.clone(), r)
        } else if c.name("pts").is_some() {
            let r = self.rule_spelled_points.clone();
            (FigureKind::Points, self.unit_points.clone(), r)
        } else if sp.bare_fraction {
            // "half a pound" is a weight as often as money.
            return None;
        } else if let Some(w) = c.name("curw") {
            let u = self.word.get(&w.as_str().to_lowercase())?.clone();
            (FigureKind::Money, u, self.rule_spelled_money.clone())
        } else if let Some(w) = c.name("minor") {
            let u = self.minor.get(&w.as_str().to_lowercase())?.clone();
            value = value.checked_div(Decimal::ONE_HUNDRED)?;
            (FigureKind::Money, u, self.rule_spelled_money.clone())
        } else {
            return None;
        };
        let mut start = sp.span.start;
        let before = before_window(text, start);
        if ends_with_word(before, b"minus") {
            start = start.saturating_sub(NEAR) + before.len() - b"minus".len();
            value = -value;
        }
        Some(Figure {
            span: Span::new(start, sp.span.end + c.get(0).map_or(0, |m| m.end())),
            kind,
            value: value.normalize(),
            unit,
            approx: false,
            bound: None,
            hedge: None,
            rule,
        })
    }

    fn number(&self, span: Span, value: Decimal, rule: Arc<str>) -> Figure {
        Figure {
            span,
            kind: FigureKind::Number,
            value,
            unit: self.unit_none.clone(),
            approx: false,
            bound: None,
            hedge: None,
            rule,
        }
    }

    /// Whether the word before `at` makes a following pair a change rather
    /// than a range ("from £5m to £7m", "rose by £11m to £342m").
    fn is_change(&self, text: &str, at: usize) -> bool {
        let before = before_window(text, at);
        self.not_after.iter().any(|w| ends_with_word(before, w))
    }

    /// Builds the figure(s) of one regex match.
    fn figures_of(&self, rule: &Rule, g: &Groups, text: &str) -> Option<Vec<Figure>> {
        let at = |s: Span| &text[s.start..s.end];
        let num = g.num?;
        let mut value = parse_digits(at(num))?;
        let mult_of = |s: Option<Span>| -> Option<Option<Decimal>> {
            match s {
                Some(m) => Some(Some(*lookup(&self.mult, at(m))?)),
                None => Some(None),
            }
        };
        let mult2 = mult_of(g.mult2)?;
        // The first end of "£5-7m" takes the multiplier of the second.
        let mult = mult_of(g.mult)?.or(mult2);
        if let Some(m) = mult {
            value = scale(value, m)?;
        }
        let unit = match rule.kind {
            FigureKind::Percent => self.unit_percent.clone(),
            FigureKind::Points => self.unit_points.clone(),
            FigureKind::Number => self.unit_none.clone(),
            FigureKind::Money => {
                if let Some(c) = g.cur {
                    lookup(&self.prefix, at(c))?.clone()
                } else if let Some(w) = g.curw {
                    lookup(&self.word, at(w))?.clone()
                } else if let Some(mi) = g.minor {
                    // "4.30p.m." is a time.
                    if text[mi.end..].starts_with(".m") {
                        return None;
                    }
                    value = value.checked_div(Decimal::ONE_HUNDRED)?;
                    lookup(&self.minor, at(mi))?.clone()
                } else {
                    return None;
                }
            }
        };
        // "£60 million pounds": the currency word repeats the sign.
        if let (Some(c), Some(w)) = (g.cur, g.curw)
            && lookup(&self.prefix, at(c)) != lookup(&self.word, at(w))
        {
            return None;
        }
        let mut start = num.start;
        if let Some(c) = g.cur
            && c.start < start
        {
            start = c.start;
        }
        if let Some(n) = g.neg {
            let t = at(n);
            let lead = t.len() - t.trim_start_matches([' ', '(', ':', '\n', '\t']).len();
            start = start.min(n.start + lead);
            value = -value;
        }
        let mut end = g.whole.end;
        while end > start && text.as_bytes()[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        let base = Figure {
            span: Span::new(start, end),
            kind: rule.kind,
            value: value.normalize(),
            unit,
            approx: false,
            bound: None,
            hedge: None,
            rule: rule.id.clone(),
        };
        let Some(num2) = g.num2 else {
            return Some(vec![base]);
        };
        // A range written once: "£5-7m" is £5m to £7m.
        let mut v2 = parse_digits(at(num2))?;
        if let Some(m) = mult2.or(mult) {
            v2 = scale(v2, m)?;
        }
        let range = !self.is_change(text, start);
        // "between 3 and 1 dollars" is no range: only the second is money.
        // ("from 7 to 5 per cent" is a change: both are.)
        if range && v2 <= value {
            return None;
        }
        let mut low = base.clone();
        let low_end = g
            .mult
            .filter(|m| m.start < num2.start)
            .map_or(num.end, |m| m.end);
        low.span = Span::new(start, low_end);
        let mut high = base;
        // The second end starts at its own currency sign, if it has one.
        let hs = g.cur2.map_or(num2.start, |c| c.start).max(low_end);
        high.span = Span::new(hs, end);
        high.value = v2.normalize();
        if range {
            low.approx = true;
            low.bound = Some(Bound::Lower);
            high.approx = true;
            high.bound = Some(Bound::Upper);
        }
        Some(vec![low, high])
    }

    /// Marks "£5m to £7m", "£1.5m-£2m" and "between £5m and £7m" as ranges
    /// (but not "from £5m to £7m", which is a change), and undoes the
    /// negative sign that a range dash written without a space looks like.
    fn join_ranges(&self, text: &str, figs: &mut [Figure]) {
        for i in 1..figs.len() {
            let (a, b) = (&figs[i - 1], &figs[i]);
            if a.kind != b.kind
                || a.unit != b.unit
                || a.kind == FigureKind::Number
                || b.hedge.is_some_and(|h| h.start < b.span.start)
                || a.bound.is_some() && a.hedge.is_none()
                || b.value <= a.value && !b.value.is_sign_negative()
            {
                continue;
            }
            let gap = text[a.span.end..b.span.start].trim().as_bytes();
            let dash = b.value.is_sign_negative()
                && gap.is_empty()
                && text[b.span.start..].starts_with(['-', '\u{2212}']);
            let sep = dash || self.separators.iter().any(|s| gap.eq_ignore_ascii_case(s));
            let first = a
                .hedge
                .filter(|h| h.end <= a.span.start)
                .map_or(a.span.start, |h| h.start);
            let before = before_window(text, first);
            let between = gap.eq_ignore_ascii_case(b"and")
                && self.between.iter().any(|w| ends_with_word(before, w));
            if !(sep || between) || self.is_change(text, first) {
                continue;
            }
            if dash {
                let b = &mut figs[i];
                b.value = -b.value;
                let skip = text[b.span.start..]
                    .char_indices()
                    .find(|(_, c)| !matches!(c, '-' | '\u{2212}' | ' '))
                    .map_or(0, |(j, _)| j);
                b.span.start += skip;
            }
            figs[i - 1].approx = true;
            figs[i - 1].bound = Some(Bound::Lower);
            figs[i].approx = true;
            figs[i].bound = Some(Bound::Upper);
        }
    }

    /// Applies a hedge written just before or after the figure.
    fn hedge(&self, text: &str, f: &mut Figure) {
        let b = text.as_bytes();
        let at = f.span.start;
        let spaced = at > 0 && b[at - 1].is_ascii_whitespace();
        let tail = before_window(text, at);
        let last = tail.last().map(u8::to_ascii_lowercase);
        if spaced || last.is_none_or(|c| !c.is_ascii_alphanumeric()) {
            for h in &self.before {
                let ends_ok = h.phrase.last().is_some_and(|c| {
                    *c == last.unwrap_or(0) && (c.is_ascii_alphanumeric() || *c == b'.')
                });
                if ends_ok && ends_with_word(tail, &h.phrase) {
                    let tail_start = at.saturating_sub(NEAR);
                    let s = tail_start + tail.len() - h.phrase.len();
                    f.hedge = Some(Span::new(s, tail_start + tail.len()));
                    f.approx = true;
                    if f.bound.is_none() {
                        f.bound = h.bound;
                    }
                    break;
                }
            }
        }
        let head = &b[f.span.end..(f.span.end + NEAR).min(b.len())];
        if !matches!(head.first(), Some(b' ' | b'-')) {
            return;
        }
        for h in &self.after {
            let lead = usize::from(h.phrase.first() != Some(&b'-'));
            if lead == 1 && head.first() != Some(&b' ') {
                continue;
            }
            if starts_with_word(&head[lead.min(head.len())..], &h.phrase) {
                let s = f.span.end + lead;
                f.hedge = Some(Span::new(s, s + h.phrase.len()));
                f.approx = true;
                if f.bound.is_none() {
                    f.bound = h.bound;
                }
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, String, String, bool, Option<Bound>)> {
        let p = crate::patterns::test_patterns();
        p.figures
            .find(text, false)
            .into_iter()
            .map(|f| {
                (
                    text[f.span.start..f.span.end].to_owned(),
                    f.value.to_string(),
                    f.unit.to_string(),
                    f.approx,
                    f.bound,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, String) {
        let v = find(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        (v[0].0.clone(), v[0].1.clone(), v[0].2.clone())
    }

    fn numbers(text: &str) -> Vec<String> {
        let p = crate::patterns::test_patterns();
        p.figures
            .find(text, true)
            .into_iter()
            .filter(|f| f.kind == FigureKind::Number)
            .map(|f| format!("{}={}", &text[f.span.start..f.span.end], f.value))
            .collect()
    }

    /// The embedded rules are built alone on first need, not at load, and
    /// their groups, read off the combined automaton, are where the rule
    /// alone has them.
    #[test]
    fn each_rule_alone_builds_with_the_combined_groups() {
        let p = crate::patterns::test_patterns();
        assert!(p.figures.rules.len() > 5);
        for r in &p.figures.rules {
            let alone = r.alone().unwrap_or_else(|| panic!("{}", r.id));
            assert_eq!(GroupIndex::of(alone.ascii(), 0), r.groups, "{}", r.id);
        }
    }

    #[test]
    fn money_forms() {
        assert_eq!(one("a £4.8million gap").1, "4800000");
        assert_eq!(one("of £720,000.").1, "720000");
        assert_eq!(one("its £2.5 billion budget").1, "2500000000");
        assert_eq!(one("£60 MILLION DEFICIT").0, "£60 MILLION");
        assert_eq!(one("GBP 5m").1, "5000000");
        assert_eq!(one("60 million pounds").1, "60000000");
        assert_eq!(one("two million pounds").1, "2000000");
        assert_eq!(one("half a million pounds").1, "500000");
        assert_eq!(one("costs 80p each").1, "0.8");
        assert_eq!(one("US$2.5bn").2, "USD");
        assert_eq!(one("€40m").2, "EUR");
        assert_eq!(one("a loss of -£3m").1, "-3000000");
        assert_eq!(
            one("Twenty pence a day"),
            ("Twenty pence".into(), "0.2".into(), "GBP".into())
        );
        assert_eq!(one("a quarter of a billion pounds").1, "250000000");
        assert_eq!(
            one("paid 20€ each"),
            ("20€".into(), "20".into(), "EUR".into())
        );
        assert_eq!(
            one("a fee of 115USD"),
            ("115USD".into(), "115".into(), "USD".into())
        );
    }

    #[test]
    fn a_spaced_dash_is_not_a_minus() {
        assert_eq!(one("cuts - £9m savings plan").1, "9000000");
        assert_eq!(one("cuts – £9m savings plan").1, "9000000");
        assert_eq!(one("the position was -£6m").1, "-6000000");
        assert_eq!(one("down to minus five per cent").1, "-5");
    }

    #[test]
    fn percent_forms() {
        assert_eq!(one("a surplus of 1 per cent").1, "1");
        assert_eq!(one("one per cent surplus").1, "1");
        assert_eq!(one("an eight percent deficit").1, "8");
        assert_eq!(one("91.5pc of patients").1, "91.5");
        assert_eq!(one("up 0.5 percentage points").2, "points");
        assert_eq!(
            one("up half a percentage point").0,
            "half a percentage point"
        );
        assert_eq!(one("up half a percentage point").1, "0.5");
        assert_eq!(one("two and a half per cent").1, "2.5");
    }

    #[test]
    fn hedges_and_ranges() {
        let v = find("nearly £15m and more than £9m and around £200million and £3.2m-plus");
        assert_eq!(v[0].4, Some(Bound::Upper));
        assert_eq!(v[1].4, Some(Bound::Lower));
        assert!(v[2].3 && v[2].4.is_none());
        assert_eq!(v[3].4, Some(Bound::Lower));
        let r = find("between £1.5m-£2m");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].4, r[1].4), (Some(Bound::Lower), Some(Bound::Upper)));
        let r = find("£5-7m");
        assert_eq!(
            r.iter()
                .map(|x| (x.0.as_str(), x.1.as_str()))
                .collect::<Vec<_>>(),
            vec![("£5", "5000000"), ("7m", "7000000")]
        );
        let r = find("£5m - £7m");
        assert_eq!(r[1].1, "7000000");
        let c = find("went from £5.4m to £9.5m");
        assert!(!c[0].3 && !c[1].3);
        let c = find("rose by £11m to £342m");
        assert!(!c[0].3 && !c[1].3);
        let c = find("from 5-7m pounds");
        assert_eq!(c.len(), 2);
        assert!(!c[0].3 && !c[1].3);
        let r = find("The scheme will cost £1.5m–2m.");
        assert_eq!(
            r.iter()
                .map(|x| (x.0.as_str(), x.1.as_str(), x.4))
                .collect::<Vec<_>>(),
            vec![
                ("£1.5m", "1500000", Some(Bound::Lower)),
                ("2m", "2000000", Some(Bound::Upper))
            ]
        );
        let r = find("between 2 and 3 per cent, or 2-3%");
        assert_eq!(r.len(), 4);
        assert_eq!(r[0].0, "2");
        assert_eq!(r[2].0, "2");
        assert!(r.iter().all(|x| x.2 == "percent" && x.3));
    }

    #[test]
    fn non_figures() {
        for t in [
            "in 2015-16",
            "the 2023/24 year",
            "Covid-19",
            "A&E",
            "M25",
            "four-hour target",
            "44 new health systems",
            "A baby weighing nine pounds",
        ] {
            assert!(find(t).is_empty(), "{t}: {:?}", find(t));
        }
    }

    #[test]
    fn durations_labels_and_service_numbers_are_not_counts() {
        assert_eq!(numbers("within 62 days of referral"), Vec::<String>::new());
        assert_eq!(
            numbers("waited nine hours, two weeks, seven years"),
            Vec::<String>::new()
        );
        assert_eq!(
            numbers("a 12-hour wait and a 500-bed hospital"),
            vec!["500=500"]
        );
        assert_eq!(
            numbers("section 114, Ward 7, aged 65"),
            Vec::<String>::new()
        );
        assert_eq!(numbers("Twelve 999 calls to NHS 111"), vec!["Twelve=12"]);
        assert_eq!(numbers("44 new health systems"), vec!["44=44"]);
    }

    #[test]
    fn hedge_spans_exclude_the_words() {
        let p = crate::patterns::test_patterns();
        let t = "It saved just under £10m, or £5m or more.";
        let f = p.figures.find(t, false);
        let h0 = f[0].hedge.map(|h| &t[h.start..h.end]);
        let h1 = f[1].hedge.map(|h| &t[h.start..h.end]);
        assert_eq!((h0, h1), (Some("just under"), Some("or more")));
        assert_eq!(&t[f[0].span.start..f[0].span.end], "£10m");
    }

    /// The search for figures around the digits of a text finds what a
    /// search over every byte finds.
    #[test]
    fn search_around_digits_finds_every_figure() {
        let p = crate::patterns::test_patterns();
        // Before the first digit: "minus" and a space, a currency sign and
        // up to three spaces ("minus US$ 12bn": 6 + 3 + 3). Without a
        // digit: up to three spaces, "trillion", up to three spaces and
        // "pounds sterling" after a number (3 + 8 + 3 + 15).
        assert_eq!(p.figures.digit_runs, Some(DigitRuns { lead: 12, gap: 29 }));
        let mut every = crate::patterns::Patterns::embedded().expect("the embedded patterns");
        every.figures.digit_runs = None;
        let mut texts: Vec<String> = crate::text::bundled_articles();
        texts.extend(
            [
                "",
                "no figures at all",
                "minus £5m, -£3m and minus US$ 12bn",
                "£5m in 2019, then a long stretch of words without a figure, then 7 per cent",
                "the café's deficit of £5m, 2019-20",
                "between 4 and 5 per cent; between £5m and £7m",
                "£\u{a0}5m, £\u{2009}2.5bn and 1,5% of 2015-16",
                "the deficit of eight million pounds rose 3",
            ]
            .map(String::from),
        );
        let mut total = 0;
        for t in &texts {
            for numbers in [false, true] {
                let got = format!("{:?}", p.figures.find(t, numbers));
                assert_eq!(
                    got,
                    format!("{:?}", every.figures.find(t, numbers)),
                    "{t:.60}"
                );
            }
            total += p.figures.find(t, false).len();
        }
        assert!(total > 100, "{total} figures");
    }
}
