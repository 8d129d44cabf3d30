//! Which body a figure is about.
//!
//! First every reference to a body is found and resolved in text order:
//! names (gazetteer, rules), acronyms the article introduces in brackets,
//! bare place names standing for a body the article named ("Herefordshire
//! and Worcestershire faces..."), coordinations with a type noun ("both
//! Southend and Castle Point and Rochford groups"), words such as "the
//! trust" (the most recent body of a compatible kind) and pronouns ("it",
//! "its", "they": the subject of the current or previous sentence).
//!
//! Then a figure is attributed, in order of evidence: the figure it
//! continues; a possessive right before it ("its £2.5bn budget"); the
//! antecedent of a relative clause ("groups, which have budgets of £200m");
//! the indirect object of a giving verb ("lent NHS Grampian £67m"); the
//! nearest body before it in its clause, then its sentence; a body after it
//! in its clause; the subject of the previous sentences. Bodies that only
//! act on the figure ("agreed with Monitor", "money from NHS England") are
//! passed over. No body, no fact.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use aho_corasick::AhoCorasick;

use crate::rx::Regex;

use super::Analysis;
use super::clause::clause_of;
use super::metric::Typing;
use crate::model::{Metric, OrgRef, OrgType, Span};
use crate::recognise::orgs::{Found, compatible};
use crate::recognise::words::{NORTHERN_IRELAND, PRONOUNS};

/// A map keyed by short place words: foldhash, not SipHash (it is asked
/// once per capitalised run of a story).
type FoldMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A reference to one or more bodies.
#[derive(Clone, Debug)]
pub struct Ref {
    pub span: Span,
    /// The bodies meant; empty when the reference could not be resolved.
    pub orgs: Vec<OrgRef>,
    pub how: &'static str,
    /// Not the object of a preposition: can be a clause's subject.
    pub subject: bool,
    /// Plural ("the groups", "CCGs", "both X and Y groups").
    pub plural: bool,
}

/// Words that put a sentence at national scale.
static NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:nationally|nationwide|across (?:all of |the whole of )?(?:england|scotland|wales|northern ireland|britain|the country|the uk|the nhs|the health service)|(?:in|at) (?:welsh|scottish|english) (?:hospitals|emergency departments|a&e departments|health boards|trusts))\b",
    )
    .expect("static regex")
});

/// The health service as a whole as a clause's subject: "the NHS
/// nationally faced", "the NHS as a whole has", "the NHS in England will
/// receive" (not "the NHS trust").
static WHOLE_NHS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bthe nhs(?: (?:nationally|as a whole|in england|across england|in wales|in scotland|overall|itself))? (?:faces|faced|will face|would face|is facing|was facing|has|had|needs|needed|will need|is|was|will receive|is to receive|receives|received|will get|is to get|gets|got)\b|\b(?:asked|told|ordered|required|expects|expected|wants|wanted) the nhs(?: (?:in england|across england|in wales|in scotland|as a whole))? to\b",
    )
    .expect("static regex")
});

/// Words that put a sentence beyond one body: other bodies by kind,
/// government ("all territorial boards would receive ... as part of a
/// health portfolio budget of more than £14bn").
static BEYOND_ONE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:boards|trusts|hospitals|ccgs|icbs|councils|systems|providers|organisations|ministers?|secretary|government|mps|msps|treasury|chancellor)\b",
    )
    .expect("static regex")
});

static AVERAGE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:the|an|the national) average (?:[a-z-]+ ){0,2}?(?:trust|hospital|ccg|icb|board|health board|council|foundation trust|provider)\b",
    )
    .expect("static regex")
});

/// The words of `BEYOND_ONE_BODY` that name government.
static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:ministers?|secretary|government|treasury|chancellor)$").expect("static regex")
});

static INDEFINITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:one|another|a|an|some|two|three|four|several|other|further)\s+(?:[a-z-]+\s+){0,2}?(?:board|trust|ccg|icb|council|hospital|health board|commissioning group|integrated care board)s?\b",
    )
    .expect("static regex")
});

static DOCUMENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:a|the|its|this|that|their)\s+(?:\w+\s+)?(?:report|papers|paper|document|analysis|review|study|survey|plan|briefing|letter|audit)\b").expect("static regex")
});

static GENERIC_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:systems|trusts|hospitals|providers|organisations|commissioners|boards)(?:'|’)?\s",
    )
    .expect("static regex")
});

/// A sentence opening with a body's own people ("Directors say ...",
/// "The board was told ..."), who speak for no authority named before.
static PEOPLE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:the\s+)?(?:directors|executives|managers|bosses|finance chiefs|board members|board|finance director|chief executive)\s",
    )
    .expect("static regex")
});

static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:it|its|it's|they|their|them|we|our|us)\b").expect("static regex")
});

/// The matches of [`PRONOUN`] in `text`: the words of [`PRONOUNS`] ("it's"
/// is never a match of its own: "it" matches first). A text has a few
/// hundred words and a few dozen of them are pronouns; the regex paid a
/// search per candidate its literal prefilter found ("it" in "with").
/// Without non-ASCII word characters a word is a run of ASCII letters,
/// digits and underscores, and a match is a whole such word spelled as a
/// pronoun in any case: those the shared words pass found (`found`), or
/// else word by word; otherwise (where case folding and word boundaries
/// reach past ASCII) the regex runs as before.
/// Whether the words on either side of `span` are written in capitals.
fn shouted_at(text: &str, span: Span) -> bool {
    let caps = |w: Option<&str>| w.is_none_or(|w| !w.bytes().any(|b| b.is_ascii_lowercase()));
    caps(text[..span.start].split_whitespace().next_back())
        && caps(text[span.end..].split_whitespace().next())
}

fn pronouns(text: &str, found: Option<&[Span]>) -> Vec<Span> {
    if !crate::rx::twin_applies(text) && crate::rx::has_non_ascii_word(text) {
        return PRONOUN
            .find_iter(text)
            .map(|m| Span::new(m.start(), m.end()))
            .collect();
    }
    // Found with the cues: the same words.
    if let Some(found) = found {
        return found.to_vec();
    }
    /// ASCII word bytes.
    const WORD: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            t[c] = b.is_ascii_alphanumeric() || b == b'_';
            c += 1;
        }
        t
    };
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !WORD[usize::from(b[i])] {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && WORD[usize::from(b[i])] {
            i += 1;
        }
        let w = &b[start..i];
        if w.len() <= 5
            && PRONOUNS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        {
            out.push(Span::new(start, i));
        }
    }
    out
}

const PREPOSITIONS: &[&str] = &[
    "of",
    "to",
    "for",
    "from",
    "with",
    "by",
    "at",
    "in",
    "on",
    "against",
    "than",
    "as",
    "between",
    "into",
    "towards",
    "across",
    "within",
    "under",
    "over",
    "about",
    "like",
    "including",
    "via",
    "above",
    "below",
    "beyond",
    "behind",
    "among",
    "through",
    "without",
    "despite",
    "around",
    "upon",
];

/// Verbs whose object is spoken to, not speaking: "warned the hospital".
const ADDRESSING_VERBS: &[&str] = &[
    "warned",
    "warns",
    "criticised",
    "criticises",
    "accused",
    "accuses",
    "challenged",
    "challenges",
    "attacked",
    "attacks",
    "blamed",
    "blames",
    "questioned",
    "questions",
];

/// Verbs whose object may be a body another body acts on ("offered it",
/// "expects them to").
const OBJECT_VERBS: &[&str] = &[
    "expects",
    "expected",
    "told",
    "tells",
    "asked",
    "asks",
    "offered",
    "offers",
    "gave",
    "given",
    "lent",
    "ordered",
    "instructed",
    "requires",
    "required",
    "allowed",
    "forced",
    "wants",
    "urged",
    "pushed",
    "helped",
    "helps",
    "left",
    "leaves",
    "set",
    "sets",
    "handed",
    "hands",
    "awarded",
    "granted",
    "gives",
    "promised",
    "allocated",
    "loaned",
    "lends",
    "paid",
    "pays",
    "fined",
    "warned",
    "sent",
    "charged",
];

/// Prepositions whose object merely acts on a figure (agreed with, paid by,
/// money from): such a body is not what the figure is about.
const AGENT_PREPS: &[&str] = &["with", "by", "from", "than", "via"];

/// The Welsh and Scottish governments: reported for their health budget
/// and funding gap; the targets, savings and loans they set are their
/// boards'.
pub(crate) fn is_devolved_government(o: &OrgRef) -> bool {
    matches!(o.id.as_deref(), Some("x-welsh-gov" | "x-scot-gov"))
}

/// Bodies that set rules, regulate or hand out money: a figure in their
/// sentence is usually about someone else.
pub(crate) fn is_authority_org(o: &OrgRef) -> bool {
    matches!(
        o.kind,
        OrgType::NhsEngland
            | OrgType::NhsEnglandRegion
            | OrgType::Dhsc
            | OrgType::Regulator
            | OrgType::Sha
    ) || matches!(
        o.id.as_deref(),
        Some(
            "x-monitor"
                | "x-nhs-improvement"
                | "x-nhs-tda"
                | "x-doh-ni"
                | "x-hscb"
                | "x-welsh-gov"
                | "x-scot-gov"
        )
    )
}

pub(super) fn prev_word(lower: &str, at: usize) -> &str {
    let before = lower[..at].trim_end();
    // (Byte by byte while the word is ASCII, as nearly every word is: an
    // ASCII byte is alphanumeric just when its character is. At a
    // non-ASCII byte the characters decide, as before.)
    let b = before.as_bytes();
    let mut start = b.len();
    while start > 0 && b[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    if start > 0 && !b[start - 1].is_ascii() {
        // (From `start`: the ASCII bytes after it are alphanumeric.)
        start = before[..start]
            .char_indices()
            .rev()
            .find(|(_, c)| !is_alphanumeric(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
    }
    &before[start..]
}

/// `char::is_alphanumeric`, answered without the Unicode tables for the
/// non-ASCII characters news text holds between words (curly quotes,
/// dashes, "£", "€"): none of them is alphanumeric, and a table look-up
/// cost hundreds of instructions at each.
fn is_alphanumeric(c: char) -> bool {
    if matches!(c, '\u{a2}'..='\u{a5}' | '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}') {
        return false;
    }
    c.is_alphanumeric()
}

/// Whether a body is governed by an agent's preposition ("agreed with
/// NHS England"), itself or as the second of a pair ("a plan with NHS
/// England and the South East London integrated care board").
fn agent_governed(a: &Analysis, r: &Ref) -> bool {
    let g = governor(&a.lower, r.span.start);
    if AGENT_PREPS.contains(&g) {
        return true;
    }
    if !matches!(g, "and" | "or") {
        return false;
    }
    let before = a.lower[..r.span.start].trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    let Some(pair_end) = before
        .strip_suffix(g)
        .map(|b| b.trim_end_matches([' ', ',']).len())
    else {
        return false;
    };
    // (Among the references of the stretch before it: a binary search, not
    // a scan of the story's.)
    within(a, pair_end.saturating_sub(200), pair_end)
        .iter()
        .find(|q| q.span.end == pair_end && !q.orgs.is_empty())
        .is_some_and(|q| AGENT_PREPS.contains(&governor(&a.lower, q.span.start)))
}

/// The word that governs a name: the word before it, past an article
/// ("from the Department of Health" is governed by "from").
fn governor(lower: &str, at: usize) -> &str {
    let w = prev_word(lower, at);
    if w == "the" {
        let before = lower[..at].trim_end();
        return prev_word(lower, before.len() - w.len());
    }
    w
}

/// The kind family used to unify names within a document.
fn family(k: OrgType) -> u8 {
    match k {
        OrgType::Ics | OrgType::Icb | OrgType::Stp => 1,
        OrgType::Ccg => 2,
        OrgType::Trust | OrgType::HscTrust => 3,
        OrgType::HealthBoard => 4,
        OrgType::Council => 5,
        OrgType::Partnership => 6,
        OrgType::Pct => 7,
        _ => 0,
    }
}

fn tokens(a: &Analysis, name: &str) -> Vec<String> {
    a.patterns
        .orgs
        .place_of(name)
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "and" | "of" | "&" | "hospital" | "hospitals" | "university"
            )
        })
        .map(str::to_owned)
        .collect()
}

/// The place part of a body's name as written ("Herefordshire and
/// Worcestershire" for "Herefordshire and Worcestershire STP").
fn place_text(name: &str, kind: OrgType) -> Option<String> {
    let suffixes: &[&str] = match kind {
        OrgType::Ccg => &[" CCG", " Clinical Commissioning Group"],
        OrgType::Ics | OrgType::Stp | OrgType::Icb => &[
            " ICS",
            " STP",
            " ICB",
            " Integrated Care Board",
            " Integrated Care System",
        ],
        OrgType::HealthBoard => &[
            " University Health Board",
            " Teaching Health Board",
            " Health Board",
        ],
        OrgType::Partnership => &[" Health and Social Care Partnership"],
        _ => return None,
    };
    let mut s = name.trim().to_owned();
    for suf in suffixes {
        if let Some(stripped) = s.strip_suffix(suf) {
            s = stripped.to_owned();
            break;
        }
    }
    let s = s.strip_prefix("NHS ").unwrap_or(&s).to_owned();
    (s.len() >= 4 && s.starts_with(|c: char| c.is_uppercase()) && s != name).then_some(s)
}

/// The short name reporters use for a trust: "James Paget" for James Paget
/// University Hospitals NHS Foundation Trust, "Croydon" for Croydon Health
/// Services NHS Trust ("the Croydon trust", "the James Paget's").
fn short_name(name: &str, kind: OrgType) -> Option<String> {
    if !matches!(kind, OrgType::Trust | OrgType::HscTrust) {
        return None;
    }
    let name = name.strip_prefix("The ").unwrap_or(name);
    let stop = [
        "Hospital",
        "Hospitals",
        "University",
        "NHS",
        "Teaching",
        "Health",
        "Healthcare",
        "Community",
        "Foundation",
        "Trust",
    ];
    let mut out: Vec<&str> = Vec::new();
    for w in name.split_whitespace() {
        let bare = w.trim_end_matches(',');
        if stop.contains(&bare) {
            break;
        }
        out.push(bare);
        if w.ends_with(',') {
            break;
        }
    }
    let short = out.join(" ");
    (short.len() >= 4 && short != name).then_some(short)
}

/// Finds and resolves every reference to a body, in text order.
pub fn references(a: &Analysis) -> Vec<Ref> {
    let orgs = &a.patterns.orgs;
    let mut mentions = match &a.words {
        Some(w) => orgs.find_scanned(a.norm, a.lower.as_bytes(), &w.gate, Some(&w.name_starts)),
        None => orgs.find_lowered(a.norm, a.lower.as_bytes()),
    };
    former_names(a, &mut mentions);
    namesakes(a, &mut mentions);
    run_sites(a, &mut mentions);
    unify(a, &mut mentions);
    northern_ireland(a, &mut mentions);
    let mut refs: Vec<Ref> = mentions
        .iter()
        .map(|m| Ref {
            span: m.span,
            orgs: vec![m.org.clone()],
            how: match m.found {
                Found::Gazetteer => "name",
                Found::Rule(_) => "name (rule)",
                Found::Aggregate => "aggregate",
                Found::DocAlias => "acronym",
                Found::Place => "place",
            },
            subject: true,
            plural: m.org.kind == OrgType::Aggregate,
        })
        .collect();
    coordinated_names(a, &mut refs);
    add_bracket_aliases(a, &mut refs);
    definite_aggregates(a, &mut refs);
    refs.retain(|r| !(r.how == "aggregate" && one_of(&a.lower[..r.span.start])));
    add_places(a, &mut refs);
    refs.sort_by_key(|r| r.span);
    add_anaphors(a, &mut refs);
    for r in &mut refs {
        let p = governor(&a.lower, r.span.start);
        r.subject = !PREPOSITIONS.contains(&p);
    }
    national_aggregates(a, &mut refs);
    refs
}

/// Two names sharing one plural type noun: "the South Eastern and Southern
/// trusts", "the Northern and Western trusts" are two bodies when each name
/// with the noun is one ("South Eastern Trust", "Southern Trust").
fn coordinated_names(a: &Analysis, refs: &mut Vec<Ref>) {
    static BEFORE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) and ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) $",
        )
        .expect("static regex")
    });
    let mut out = Vec::with_capacity(refs.len());
    for r in refs.drain(..) {
        let split = (r.how == "aggregate" && r.orgs.len() == 1)
            .then(|| {
                let (singular, kinds): (&str, &[OrgType]) = match a.lower(r.span) {
                    "trusts" => ("Trust", &[OrgType::Trust, OrgType::HscTrust]),
                    "health boards" => ("Health Board", &[OrgType::HealthBoard]),
                    "boards" => ("Board", &[OrgType::HealthBoard]),
                    "ccgs" => ("CCG", &[OrgType::Ccg]),
                    "councils" => ("Council", &[OrgType::Council]),
                    _ => return None,
                };
                let from = r.span.start.saturating_sub(80);
                let from = (from..r.span.start).find(|&i| a.norm.is_char_boundary(i))?;
                let caps = BEFORE.captures(&a.norm[from..r.span.start])?;
                let (x, y) = (caps.get(1)?, caps.get(2)?);
                let find = |name: &str| {
                    kinds
                        .iter()
                        .find_map(|&k| a.patterns.orgs.lookup(&format!("{name} {singular}"), k))
                };
                let (ox, oy) = (find(x.as_str())?, find(y.as_str())?);
                (ox != oy).then(|| {
                    let xs = Span::new(from + x.start(), from + x.end());
                    let ys = Span::new(from + y.start(), r.span.end);
                    (xs, ox, ys, oy)
                })
            })
            .flatten();
        match split {
            Some((xs, ox, ys, oy)) => {
                for (span, o) in [(xs, ox), (ys, oy)] {
                    out.push(Ref {
                        span,
                        orgs: vec![o],
                        how: "name",
                        subject: true,
                        plural: false,
                    });
                }
            }
            None => out.push(r),
        }
    }
    *refs = out;
}

/// "Across Scotland, the 14 territorial health boards ...": an aggregate
/// without a place takes the nation its sentence opens with.
fn national_aggregates(a: &Analysis, refs: &mut [Ref]) {
    let kinds = |k: OrgType| refs.iter().any(|r| r.orgs.iter().any(|o| o.kind == k));
    let hsc_story = kinds(OrgType::HscTrust) && !kinds(OrgType::Trust);
    for r in refs.iter_mut() {
        let Some(o) = r.orgs.first_mut() else {
            continue;
        };
        if o.kind != OrgType::Aggregate || o.name.contains(" in ") {
            continue;
        }
        let Some(si) = a.sentence_of(r.span.start) else {
            continue;
        };
        // Health boards are Welsh or Scottish: a bare "health boards" takes
        // the nation the story is about.
        if o.name.eq_ignore_ascii_case("health boards") {
            let wales = a.lower.matches("wales").count() + a.lower.matches("welsh").count();
            let scotland =
                a.lower.matches("scotland").count() + a.lower.matches("scottish").count();
            if wales > scotland {
                o.name = "health boards in Wales".into();
            } else if scotland > wales {
                o.name = "health boards in Scotland".into();
            }
            continue;
        }
        // Trusts in a story that names Northern Ireland's health and social
        // care trusts, and no NHS trust, are those trusts.
        let name = o.name.to_ascii_lowercase();
        if hsc_story
            && matches!(
                name.as_str(),
                "trusts" | "health trusts" | "health and social care trusts" | "hsc trusts"
            )
        {
            o.name = "trusts in Northern Ireland".into();
            continue;
        }
        let head = a.lower(Span::new(a.sents[si].span.start, r.span.start));
        // "Nationally, CCGs ended last year with a combined overspend": the
        // kinds only England has are England's.
        if (head.starts_with("nationally") || head.starts_with("across the country"))
            && let Some(noun) = ["CCGs", "ICBs", "ICSs", "STPs", "trusts"]
                .into_iter()
                .find(|k| name.ends_with(&k.to_ascii_lowercase()))
        {
            o.name = Arc::from(format!("{noun} in England"));
            continue;
        }
        for (w, nation) in [
            ("scotland", "Scotland"),
            ("wales", "Wales"),
            ("england", "England"),
            ("northern ireland", "Northern Ireland"),
        ] {
            if head.starts_with(&format!("across {w}")) || head.starts_with(&format!("in {w}")) {
                // Keep only the type noun: "territorial health boards" →
                // "health boards in Scotland".
                let n = o.name.to_lowercase();
                let noun = [
                    ("health boards", "health boards"),
                    ("ccgs", "CCGs"),
                    ("trusts", "trusts"),
                    ("icss", "ICSs"),
                    ("icbs", "ICBs"),
                    ("stps", "STPs"),
                    ("councils", "councils"),
                    ("partnerships", "partnerships"),
                ]
                .into_iter()
                .find(|(k, _)| n.ends_with(k))
                .map(|(_, c)| Some(c));
                if let Some(Some(n)) = noun {
                    o.name = Arc::from(format!("{n} in {nation}"));
                }
                break;
            }
        }
    }
    // A bare aggregate takes the one place the story gives bodies of the
    // same kind elsewhere: "trusts" after "NHS trusts in England".
    let noun_of = |head: &str| head.split_whitespace().last().map(str::to_ascii_lowercase);
    let mut placed: Vec<(String, String)> = Vec::new();
    for o in refs.iter().flat_map(|r| &r.orgs) {
        if o.kind == OrgType::Aggregate
            && let Some((head, place)) = o.name.split_once(" in ")
            && let Some(noun) = noun_of(head)
            && !placed.iter().any(|(n, p)| *n == noun && p == place)
        {
            placed.push((noun, place.to_owned()));
        }
    }
    for o in refs.iter_mut().flat_map(|r| r.orgs.iter_mut()) {
        if o.kind != OrgType::Aggregate || o.name.contains(" in ") {
            continue;
        }
        let Some(noun) = noun_of(&o.name) else {
            continue;
        };
        // Only a bare one: "NHS trusts", not "Midlands ICBs".
        let qualified = o.name.split_whitespace().rev().skip(1).any(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "nhs" | "foundation" | "hospital" | "acute" | "health" | "the"
            )
        });
        if qualified {
            continue;
        }
        let mut places = placed.iter().filter(|(n, _)| *n == noun);
        if let (Some((_, place)), None) = (places.next(), places.next()) {
            o.name = Arc::from(format!("{} in {place}", o.name));
        }
    }
}

/// Unifies names of one body within a document: a body found by rule whose
/// distinctive words are a subset (or superset) of a named body's of the
/// same family is that body ("Mid and South ICS" is "Mid and South Essex
/// ICS").
fn unify(a: &Analysis, ms: &mut [crate::recognise::orgs::OrgMention]) {
    let rule_made = |o: &OrgRef| o.id.as_deref().is_none_or(|id| id.starts_with("x-"));
    // Only a rule-made name of a known family is ever unified.
    if !ms
        .iter()
        .any(|m| rule_made(&m.org) && m.org.kind != OrgType::Aggregate && family(m.org.kind) != 0)
    {
        return;
    }
    // Each body once (a story names the same one again and again; the first
    // of equal entries is the one `find` below would take).
    let mut known: Vec<(OrgRef, Vec<String>)> = Vec::new();
    for m in ms.iter() {
        if !rule_made(&m.org)
            && m.org.kind != OrgType::Aggregate
            && !known.iter().any(|(o, _)| *o == m.org)
        {
            known.push((m.org.clone(), tokens(a, &m.org.name)));
        }
    }
    // Tokens of the names compared below, each worked out once.
    let mut cache: HashMap<String, Vec<String>> = HashMap::new();
    let mut tokens_of = |name: &str| -> Vec<String> {
        cache
            .entry(name.to_owned())
            .or_insert_with(|| tokens(a, name))
            .clone()
    };
    for m in ms.iter_mut() {
        if !rule_made(&m.org) || m.org.kind == OrgType::Aggregate || family(m.org.kind) == 0 {
            continue;
        }
        let mine = tokens_of(&m.org.name);
        if mine.is_empty() {
            continue;
        }
        let hit = known.iter().find(|(o, t)| {
            family(o.kind) == family(m.org.kind)
                && !t.is_empty()
                && (mine.iter().all(|w| t.contains(w)) || t.iter().all(|w| mine.contains(w)))
        });
        if let Some((o, _)) = hit {
            m.org = o.clone();
        }
    }
    // Rule-made names of one body written two ways: one name for both.
    let n = ms.len();
    for i in 0..n {
        for j in 0..i {
            let (a_org, b_org) = (&ms[j].org, &ms[i].org);
            if a_org == b_org || family(a_org.kind) == 0 || family(a_org.kind) != family(b_org.kind)
            {
                continue;
            }
            if !(rule_made(a_org) && rule_made(b_org)) {
                continue;
            }
            let ta = tokens_of(&a_org.name);
            let tb = tokens_of(&b_org.name);
            if !ta.is_empty()
                && !tb.is_empty()
                && (ta.iter().all(|w| tb.contains(w)) || tb.iter().all(|w| ta.contains(w)))
            {
                // Keep the better-written name ("BSW Hospitals Group" over a
                // headline's "BSW hospital group"), and the integration joint
                // board over the partnership it oversees: the board holds the
                // budget, the partnership is its services' public name.
                let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
                let ijb = |s: &str| s.ends_with(" Integration Joint Board");
                let later_better = if ijb(&ms[i].org.name) != ijb(&ms[j].org.name) {
                    ijb(&ms[i].org.name)
                } else {
                    caps(&ms[i].org.name) > caps(&ms[j].org.name)
                };
                if later_better {
                    let (old, better) = (ms[j].org.clone(), ms[i].org.clone());
                    for m in ms.iter_mut().take(i).filter(|m| m.org == old) {
                        m.org = better.clone();
                    }
                } else {
                    ms[i].org = ms[j].org.clone();
                }
                break;
            }
        }
    }
}

/// Whether the words before a plural noun pick one of its kind out ("One
/// of the country's largest teaching trusts is running a deficit"): a
/// body the story names elsewhere, not the kind as a whole.
fn one_of(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    for _ in 0..6 {
        match words.next() {
            // ("all but one of the STPs" are the kind, all but one.)
            Some("of") => return words.next() == Some("one") && words.next() != Some("but"),
            // (Only the words of a noun phrase: "the", "country's",
            // "largest"; a sentence's end or a comma ends it.)
            Some(w) if w.ends_with(['.', ',', ';', ':', '"']) => return false,
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// "the CCGs" (no qualifier, with "the") after "the four east Kent CCGs"
/// means those CCGs, not all CCGs.
fn definite_aggregates(a: &Analysis, refs: &mut [Ref]) {
    for i in 0..refs.len() {
        let r = &refs[i];
        let Some(o) = r.orgs.first() else { continue };
        let plain = [
            "ccgs",
            "icss",
            "icbs",
            "stps",
            "health boards",
            "trusts",
            "nhs trusts",
            "foundation trusts",
            "nhs foundation trusts",
            "councils",
            "health and social care partnerships",
            "hospital trusts",
            "acute trusts",
        ];
        let bare = o.kind == OrgType::Aggregate && plain.contains(&o.name.to_lowercase().as_str());
        if !bare {
            continue;
        }
        let (definite, local) = determiner(&a.lower[..r.span.start]);
        if !definite {
            continue;
        }
        let kind = aggregate_kind(&o.name);
        let earlier = refs[..i].iter().rev().find(|p| {
            p.orgs.len() == 1
                && p.orgs[0].kind == OrgType::Aggregate
                && p.orgs[0].name.contains(' ')
                && aggregate_kind(&p.orgs[0].name) == kind
        });
        if let Some(p) = earlier {
            let orgs = p.orgs.clone();
            refs[i].orgs = orgs;
            refs[i].how = "the + aggregate";
        } else if local {
            // "the three CCGs that buy the trust's services", "the county's
            // four clinical commissioning groups": some local bodies the
            // article does not name. Named "CCGs" they would read as all of
            // them; they are left unresolved instead.
            refs[i].orgs.clear();
            refs[i].how = LOCAL_GROUP;
        }
    }
}

/// How a reference to local bodies the article does not name is marked.
const LOCAL_GROUP: &str = "local bodies not named";

/// Whether the words before a bare plural make it definite ("the CCGs")
/// and local: counted ("the three CCGs") or owned by a place ("the
/// county's", "the area's", "local").
fn determiner(before: &str) -> (bool, bool) {
    let last_word = |s: &str| -> String {
        s.rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_owned()
    };
    let b = before.trim_end();
    let w = last_word(b);
    let counted = !w.is_empty()
        && (w.bytes().all(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w.as_str()));
    let rest = if counted {
        b[..b.len() - w.len()].trim_end()
    } else {
        b
    };
    let owned = [
        "the county's",
        "the area's",
        "the region's",
        "the city's",
        "the borough's",
        "the island's",
        "the county’s",
        "the area’s",
        "the region’s",
        "the city’s",
    ]
    .iter()
    .any(|p| rest.ends_with(p));
    let lw = last_word(rest);
    let local_word = matches!(lw.as_str(), "local" | "these" | "those");
    let the = lw == "the";
    (
        the || owned || local_word,
        owned || local_word || (the && counted),
    )
}

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// A site name several hospitals share ("the Royal Victoria Hospital") is
/// the one hospital whose body the story names or whose town it writes
/// ("Belfast"); with none or several of them, it stays the site's name.
fn namesakes(a: &Analysis, ms: &mut [crate::recognise::orgs::OrgMention]) {
    let orgs = &a.patterns.orgs;
    // (The bodies named, listed only for a story that has a shared name.)
    let mut named: Option<Vec<Arc<str>>> = None;
    let town_written = |town: &str| {
        a.norm.match_indices(town).any(|(i, _)| {
            !a.norm[..i].ends_with(char::is_alphanumeric)
                && !a.norm[i + town.len()..].starts_with(char::is_alphanumeric)
        })
    };
    for i in 0..ms.len() {
        if !matches!(ms[i].found, Found::Rule(_)) {
            continue;
        }
        let written = a.lower(ms[i].span);
        let candidates = orgs.namesakes(written.strip_prefix("the ").unwrap_or(written));
        if candidates.is_empty() {
            continue;
        }
        let named =
            named.get_or_insert_with(|| ms.iter().filter_map(|m| m.org.id.clone()).collect());
        let chosen: Vec<&str> = candidates
            .iter()
            .filter(|(code, town)| named.iter().any(|n| **n == **code) || town_written(town))
            .map(|(code, _)| code.as_str())
            .collect();
        if let [code] = chosen[..]
            && let Some(o) = orgs.org_by_code(code)
        {
            ms[i].org = o;
        }
    }
}

/// A hospital finfacts knows only by its rule ("South Tyneside District
/// Hospital", "Gilbert Bain Hospital") is a site, and its figures are those
/// of the body that runs it: the body the story says runs it ("South
/// Tyneside NHS Foundation Trust, which runs South Tyneside District
/// Hospital", "X Hospital, run by Y"), or else, in a story whose only NHS
/// bodies are one health board or HSC trust (in Scotland, Wales and
/// Northern Ireland hospitals belong to them) and no English trust, that
/// body. Every mention of the site's name is the body's.
fn run_sites(a: &Analysis, ms: &mut [crate::recognise::orgs::OrgMention]) {
    let site = |m: &crate::recognise::orgs::OrgMention| matches!(&m.found, Found::Rule(id) if &**id == "hospital");
    if !ms.iter().any(site) {
        return;
    }
    let known = |m: &crate::recognise::orgs::OrgMention| matches!(m.found, Found::Gazetteer);
    let mut runner: Vec<(Arc<str>, OrgRef)> = Vec::new();
    for i in 0..ms.len() {
        if !site(&ms[i]) {
            continue;
        }
        // "B, which runs X" / "B runs X": the known body right before.
        let before = i
            .checked_sub(1)
            .map(|j| &ms[j])
            .filter(|b| known(b))
            .filter(|b| {
                let gap = a.lower(Span::new(b.span.end, ms[i].span.start.max(b.span.end)));
                matches!(
                    gap.trim(),
                    ", which runs" | ", which runs the" | "runs" | "runs the" | ", which manages"
                )
            });
        // "X, run by B" / "X, which is run by B".
        let after = ms.get(i + 1).filter(|b| known(b)).filter(|b| {
            let gap = a.lower(Span::new(ms[i].span.end, b.span.start.max(ms[i].span.end)));
            matches!(
                gap.trim(),
                ", run by" | ", which is run by" | "run by" | ", managed by"
            )
        });
        if let Some(b) = before.or(after)
            && matches!(
                b.org.kind,
                OrgType::Trust | OrgType::HealthBoard | OrgType::HscTrust
            )
        {
            runner.push((ms[i].org.name.clone(), b.org.clone()));
        } else if let Some(j) = i.checked_sub(1)
            && site(&ms[j])
            && matches!(
                a.lower(Span::new(
                    ms[j].span.end,
                    ms[i].span.start.max(ms[j].span.end)
                ))
                .trim(),
                "and" | ","
            )
            && let Some((_, b)) = runner.iter().find(|(n, _)| *n == ms[j].org.name)
        {
            // "which runs A Hospital and B Hospital": both.
            runner.push((ms[i].org.name.clone(), b.clone()));
        }
    }
    // One health board or HSC trust and no English trust among the bodies
    // named.
    let only_board = if ms.iter().any(|m| known(m) && m.org.kind == OrgType::Trust) {
        None
    } else {
        // (Named as a body: "Aneurin Bevan" alone may be the man.)
        let as_body = |m: &crate::recognise::orgs::OrgMention| {
            a.slice(m.span)
                .split_whitespace()
                .any(|w| matches!(w, "NHS" | "Board" | "Trust" | "Health"))
        };
        let mut boards = ms
            .iter()
            .filter(|m| known(m) && matches!(m.org.kind, OrgType::HealthBoard | OrgType::HscTrust))
            .filter(|m| as_body(m))
            .map(|m| &m.org);
        let first = boards.next();
        first.filter(|f| boards.all(|o| o.name == f.name)).cloned()
    };
    for m in ms.iter_mut().filter(|m| site(m)) {
        if let Some((_, b)) = runner.iter().find(|(n, _)| *n == m.org.name) {
            m.org = b.clone();
        } else if let Some(b) = &only_board {
            m.org = b.clone();
        }
    }
}

/// A body the story calls by a former name ("United Lincolnshire Hospitals
/// NHS Trust", "Teaching" since) has that name throughout, acronyms and
/// all: the name it had when the story was written. Unless the story also
/// writes today's name ("X, now Y").
fn former_names(a: &Analysis, ms: &mut [crate::recognise::orgs::OrgMention]) {
    let orgs = &a.patterns.orgs;
    // A former name whose last day is known, in a story written after it
    // (a board renamed on 1 April, its year reported in June): today's
    // name.
    if let Some(date) = a.doc.meta.date {
        // A hospital site named before a merger is its then operator's.
        for m in ms.iter_mut() {
            if m.found == Found::Gazetteer
                && let Some(then) = orgs.site_operator(a.slice(m.span), date)
            {
                m.org = then;
            }
        }
        for m in ms.iter_mut() {
            if let Some(id) = m.org.id.as_deref()
                && let Some(now) = orgs.body(id)
                && m.org.name != now.name
                && orgs.name_ended(&m.org.name).is_some_and(|last| last < date)
            {
                m.org.name = now.name.clone();
            }
        }
    }
    let mut former: Vec<(String, Arc<str>)> = Vec::new();
    for m in ms.iter() {
        let Some(id) = m.org.id.as_deref() else {
            continue;
        };
        if m.found != Found::Gazetteer || former.iter().any(|(c, _)| c == id) {
            continue;
        }
        let Some(now) = orgs.body(id) else { continue };
        if m.org.name == now.name {
            continue;
        }
        let written = crate::recognise::orgs::spelling_key(a.slice(m.span));
        if written == crate::recognise::orgs::spelling_key(&m.org.name) {
            former.push((id.to_owned(), m.org.name.clone()));
        }
    }
    // "X, now Y": today's name written out too.
    former.retain(|(id, _)| {
        !ms.iter().any(|m| {
            m.org.id.as_deref() == Some(id.as_str())
                && orgs.body(id).is_some_and(|b| {
                    crate::recognise::orgs::spelling_key(a.slice(m.span))
                        == crate::recognise::orgs::spelling_key(&b.name)
                })
        })
    });
    for m in ms.iter_mut() {
        if let Some((_, name)) = former
            .iter()
            .find(|(c, _)| m.org.id.as_deref() == Some(c.as_str()))
        {
            m.org.name = name.clone();
        }
    }
}

/// "Department of Health" is England's department (DHSC) unless the story
/// is about Northern Ireland, which has its own Department of Health.
fn northern_ireland(a: &Analysis, ms: &mut [crate::recognise::orgs::OrgMention]) {
    // (The text is searched only when there is a department to move.)
    if !ms.iter().any(|m| m.org.kind == OrgType::Dhsc) {
        return;
    }
    // (The words pass has looked for the words.)
    let ni = match &a.words {
        Some(w) => w.northern_ireland,
        None => NORTHERN_IRELAND.iter().any(|w| a.lower.contains(w)),
    };
    if !ni {
        return;
    }
    let Some(doh_ni) = a.patterns.orgs.org_by_code("x-doh-ni") else {
        return;
    };
    for m in ms.iter_mut() {
        let written = a.lower(m.span);
        if m.org.kind == OrgType::Dhsc
            && written.trim_start_matches("the ") == "department of health"
        {
            m.org = doh_ni.clone();
        }
    }
}

/// "Northern Care Alliance NHS Trust (NCA)": NCA names the body from here on.
fn add_bracket_aliases(a: &Analysis, refs: &mut Vec<Ref>) {
    static BRACKET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*\(([A-Z][A-Za-z&.]{1,9})\)").expect("static regex"));
    let type_acronyms = [
        "CCG", "ICS", "ICB", "STP", "NHS", "IJB", "ICP", "PCT", "FT", "HSC", "UHB",
    ];
    let mut found: Vec<(String, OrgRef)> = Vec::new();
    for r in refs.iter() {
        let Some(org) = r.orgs.first() else { continue };
        // (The regex is asked only where a '(' follows the name after
        // white space: `\s` is Unicode's White_Space, as `is_whitespace`.)
        let after = &a.norm[r.span.end..];
        if !after
            .trim_start_matches(char::is_whitespace)
            .starts_with('(')
        {
            continue;
        }
        if let Some(c) = BRACKET.captures(after) {
            let acr = c.get(1).map_or("", |m| m.as_str()).to_owned();
            if !type_acronyms.contains(&acr.as_str()) && !found.iter().any(|(x, _)| *x == acr) {
                found.push((acr, org.clone()));
            }
        }
    }
    for (acr, org) in found {
        let mut from = 0;
        while let Some(i) = a.norm[from..].find(&acr) {
            let s = from + i;
            let e = s + acr.len();
            from = e;
            let span = Span::new(s, e);
            let bounded = !a.norm[..s].ends_with(|c: char| c.is_alphanumeric())
                && !a.norm[e..].starts_with(|c: char| c.is_alphanumeric());
            if !bounded || refs.iter().any(|r| r.span.overlaps(span)) || a.norm[..s].ends_with('(')
            {
                continue;
            }
            refs.push(Ref {
                span,
                orgs: vec![org.clone()],
                how: "acronym",
                subject: true,
                plural: false,
            });
        }
    }
}

/// The kinds a plural or singular type noun names.
fn noun_kind(noun: &str) -> Option<OrgType> {
    Some(match noun.trim_end_matches('s') {
        "group" | "ccg" | "clinical commissioning group" | "commissioning group" => OrgType::Ccg,
        "trust" | "hospital" => OrgType::Trust,
        "board" | "health board" => OrgType::HealthBoard,
        "system"
        | "ics"
        | "health system"
        | "health economy"
        | "health and care system"
        | "health and care economy" => OrgType::Ics,
        "stp" => OrgType::Stp,
        "council" => OrgType::Council,
        _ => return None,
    })
}

/// "Kernow, as the clinical commissioning group likes to call itself,",
/// "Airedale, the local CCG,": an appositive right after a place that says
/// what kind of body it names. `after` is the lowercased text after it.
fn appositive_kind(after: &str) -> Option<OrgType> {
    let rest = after.strip_prefix(", ")?;
    // "In Hampshire, where the system is forecasting ...".
    let rest = rest.strip_prefix("where ").unwrap_or(rest);
    let rest = rest.strip_prefix("as ").unwrap_or(rest);
    let rest = rest.strip_prefix("the ")?;
    let rest = rest.strip_prefix("local ").unwrap_or(rest);
    [
        "clinical commissioning group",
        "commissioning group",
        "ccg",
        "integrated care board",
        "integrated care system",
        "health board",
        "hospital trust",
        "trust",
        "council",
        "system",
        "icb",
        "ics",
    ]
    .iter()
    .find(|n| rest.starts_with(**n) && !rest[n.len()..].starts_with(|c: char| c.is_alphanumeric()))
    .and_then(|n| match *n {
        "integrated care board" | "icb" => Some(OrgType::Icb),
        "integrated care system" => Some(OrgType::Ics),
        "hospital trust" => Some(OrgType::Trust),
        n => noun_kind(n),
    })
}

/// Bare place names standing for a body: the article's own bodies by their
/// place ("Herefordshire and Worcestershire faces..."), coordinations with a
/// type noun ("both Southend and Castle Point and Rochford groups"), and
/// "its counterpart in Castle Point and Rochford".
/// The words that name a hospital site without its type words: "Royal
/// Sussex" for "Royal Sussex County Hospital", "New Cross" for "New Cross
/// Hospital"; none for a name of one word besides them.
fn site_stem(written: &str) -> Option<String> {
    let name = written.split(',').next().unwrap_or(written);
    let name = name.split(" in ").next().unwrap_or(name).trim();
    let name = name.strip_prefix("the ").unwrap_or(name);
    let cut = [
        " District General Hospital",
        " General Hospital",
        " County Hospital",
        " University Hospital",
        " Community Hospital",
        " Hospital",
    ]
    .iter()
    .find_map(|suffix| name.strip_suffix(suffix))?;
    // (Two words at least: one, "Colchester", is the town and the places
    // of the bodies named after it.)
    (cut.contains(' ') && cut.starts_with(char::is_uppercase)).then(|| cut.to_owned())
}

fn add_places(a: &Analysis, refs: &mut Vec<Ref>) {
    // Places of the bodies named so far.
    // (Each place's bodies found by hashing, not by a scan of all: a long
    // document names hundreds.)
    let mut known: Vec<(String, OrgRef)> = Vec::new();
    let mut known_at: FoldMap<String, Vec<usize>> = FoldMap::default();
    for r in refs.iter() {
        // A hospital site named as written ("the Royal Sussex County
        // Hospital") is its body's place too, by the site's own words:
        // "85.4% of patients at the Royal Sussex".
        let site = (r.how == "name" && r.orgs.len() == 1)
            .then(|| site_stem(a.slice(r.span)))
            .flatten()
            .filter(|stem| !r.orgs[0].name.contains(stem));
        for o in &r.orgs {
            let p = place_text(&o.name, o.kind).or_else(|| short_name(&o.name, o.kind));
            for p in p.into_iter().chain(site.clone()) {
                if !known_at
                    .get(&p)
                    .is_some_and(|at| at.iter().any(|&i| known[i].1 == *o))
                {
                    known_at.entry(p.clone()).or_default().push(known.len());
                    known.push((p, o.clone()));
                }
            }
        }
    }
    // (Their keys once, not once per capitalised word of the text; filed
    // by their first word.)
    let known_keys: Vec<String> = known.iter().map(|(p, _)| place_key(p)).collect();
    let mut by_first: FoldMap<&str, Vec<usize>> = FoldMap::default();
    for (i, k) in known_keys.iter().enumerate() {
        by_first
            .entry(k.split(' ').next().unwrap_or(""))
            .or_default()
            .push(i);
    }
    let lookup = |place: &str, kind: Option<OrgType>| -> Vec<OrgRef> {
        let first = first_key_word(place);
        let mut hits: Vec<OrgRef> = by_first
            .get(first)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| (&known[i].1, &known_keys[i]))
            .filter(|(o, k)| {
                has_place_key(place, k)
                    && kind.is_none_or(|k| compatible(o.kind, k) || family(o.kind) == family(k))
            })
            .map(|(o, _)| o.clone())
            .collect();
        hits.dedup();
        if hits.is_empty()
            && let Some(k) = kind
        {
            // A system is an STP before 2019 and an ICS after.
            let early = a.doc.meta.date.is_some_and(|d| d.year < 2019);
            let name = match k {
                OrgType::Ccg => format!("NHS {place} CCG"),
                OrgType::Ics if early => format!("{place} STP"),
                OrgType::Ics => format!("{place} ICS"),
                OrgType::Icb => format!("NHS {place} ICB"),
                OrgType::Stp => format!("{place} STP"),
                OrgType::HealthBoard => format!("{place} Health Board"),
                OrgType::Council => format!("{place} Council"),
                _ => return hits,
            };
            if let Some(o) = a.patterns.orgs.lookup(&name, k) {
                hits.push(o);
            }
        }
        hits
    };
    // The kinds of area-named body the story is about.
    let mut doc_kinds: Vec<OrgType> = Vec::new();
    for r in refs.iter() {
        for o in &r.orgs {
            let k = if o.kind == OrgType::Aggregate {
                aggregate_kind(&o.name)
            } else {
                Some(o.kind)
            };
            if let Some(k) = k
                && matches!(
                    k,
                    OrgType::Icb
                        | OrgType::Ics
                        | OrgType::Stp
                        | OrgType::Ccg
                        | OrgType::HealthBoard
                )
                && !doc_kinds.contains(&k)
            {
                doc_kinds.push(k);
            }
        }
    }
    let mut add: Vec<Ref> = Vec::new();
    let taken = SpanSet::new(refs.iter().map(|r| r.span).collect());
    for pm in super::places::find(a.norm) {
        let (span, noun_end, pre) = (pm.span, pm.noun, pm.pre);
        if taken.overlaps(span) {
            continue;
        }
        // Sentence-initial and function words are not part of a place.
        let (skip, rest) = a.patterns.orgs.strip_leading(pm.text);
        if rest.is_empty() {
            continue;
        }
        let mut span = Span::new(span.start + skip, span.end);
        // "the Queen Elizabeth's": the possessive is not part of the name
        // (unless the body's short name ends so: "Liverpool Women's").
        let written = span;
        for poss in ["'s", "\u{2019}s"] {
            if a.norm[span.start..span.end].ends_with(poss) {
                span.end -= poss.len();
            }
        }
        let place = &a.norm[span.start..span.end];
        let noun = noun_end.map(|(n, _)| n.to_lowercase());
        let kind = noun
            .as_deref()
            .and_then(noun_kind)
            .or_else(|| appositive_kind(&a.lower[span.end..]));
        let pre = pre.map(str::to_lowercase);
        let counterpart = pre
            .as_deref()
            .is_some_and(|p| p.starts_with("counterpart") || p.starts_with("neighbour"));
        // "its counterpart in X": the same kind as the body just named.
        let kind = if counterpart && kind.is_none() {
            refs.iter()
                .rev()
                .find(|r| r.span.end <= span.start && !r.orgs.is_empty())
                .map(|r| r.orgs[0].kind)
        } else {
            kind
        };
        let mut whole = Vec::new();
        if written != span {
            whole = lookup(&a.norm[written.start..written.end], kind);
            if whole.len() == 1 {
                span = written;
            }
        }
        if whole.len() != 1 {
            whole = lookup(place, kind);
        }
        // A place opening a sentence as its subject ("Birmingham and
        // Solihull reported the weakest position") in a story about one kind
        // of body names the body of that kind there.
        // (A story naming no such body cannot: its kinds are asked first.)
        if whole.is_empty()
            && kind.is_none()
            && !doc_kinds.is_empty()
            && opens_clause(a, span)
            && verb_follows(a, span.end)
        {
            let mut hits: Vec<OrgRef> = Vec::new();
            for k in &doc_kinds {
                for o in lookup(place, Some(*k)) {
                    if !hits.contains(&o) {
                        hits.push(o);
                    }
                }
            }
            if hits.len() == 1 {
                whole = hits;
            }
        }
        if whole.len() == 1 {
            let end = noun_end.map_or(span.end, |(_, e)| e);
            add.push(Ref {
                span: Span::new(span.start, end),
                orgs: whole,
                how: "place",
                subject: true,
                plural: false,
            });
            continue;
        }
        // "Southend and Castle Point and Rochford groups": split at an "and"
        // into two places that both name a body of the noun's kind.
        if kind.is_some() && noun.as_deref().is_some_and(|n| n.ends_with('s')) {
            let mut from = 0;
            while let Some(i) = place[from..].find(" and ") {
                let cut = from + i;
                let (p1, p2) = (&place[..cut], &place[cut + 5..]);
                let (o1, o2) = (lookup(p1, kind), lookup(p2, kind));
                if o1.len() == 1 && o2.len() == 1 && o1 != o2 {
                    let end = noun_end.map_or(span.end, |(_, e)| e);
                    add.push(Ref {
                        span: Span::new(span.start, end),
                        orgs: vec![o1[0].clone(), o2[0].clone()],
                        how: "coordinated places",
                        subject: true,
                        plural: true,
                    });
                    break;
                }
                from = cut + 5;
            }
        }
    }
    refs.extend(add);
}

/// The key place names are compared by, as reporters vary them:
/// "Stoke-on-Trent" is "Stoke on Trent". Capitals count: "Southend" the
/// place, not "southend".
fn place_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for w in s.split(|c: char| c == '-' || c.is_whitespace()) {
        if !w.is_empty() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(w);
        }
    }
    key
}

/// The first word of `place_key(place)`, without building the key: an
/// ASCII word is cut by bytes, anything else by chars as `place_key` does.
fn first_key_word(place: &str) -> &str {
    let b = place.as_bytes();
    let sep = |c: u8| c == b'-' || matches!(c, b'\t'..=b'\r' | b' ');
    let start = b.iter().position(|&c| !sep(c)).unwrap_or(b.len());
    let end = b[start..]
        .iter()
        .position(|&c| sep(c) || !c.is_ascii())
        .map_or(b.len(), |i| start + i);
    if b.get(start).is_some_and(u8::is_ascii) && b.get(end).is_none_or(u8::is_ascii) {
        return &place[start..end];
    }
    place
        .split(|c: char| c == '-' || c.is_whitespace())
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// Whether `place_key(place) == key`, without building the key (this is
/// asked for every capitalised run of a story).
fn has_place_key(place: &str, key: &str) -> bool {
    let mut words = place
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty());
    let mut rest = key;
    let Some(first) = words.next() else {
        return key.is_empty();
    };
    let Some(after) = rest.strip_prefix(first) else {
        return false;
    };
    rest = after;
    for w in words {
        match rest.strip_prefix(' ').and_then(|r| r.strip_prefix(w)) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Whether the figure at `left` opens a list item (after the sentence's
/// start or a semicolon) labelled "Name Words:" with capitalised words that
/// are neither a known body nor a cue.
fn unknown_label(a: &Analysis, sent: Span, left: usize) -> bool {
    let head = &a.norm[sent.start..left];
    let from = head.rfind(';').map_or(sent.start, |i| sent.start + i + 1);
    let item = a.slice(Span::new(from, left));
    let Some(label) = item.trim_end().strip_suffix(':') else {
        return false;
    };
    let label = label.trim();
    let ws: Vec<&str> = label.split_whitespace().collect();
    let named = ws.len() >= 2
        && ws.len() <= 8
        && ws.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of" | "&" | "the")
        });
    let at = from + (item.len() - item.trim_start().len());
    let span = Span::new(at, at + label.len());
    named
        && !a.refs.iter().any(|r| r.span.overlaps(span))
        && !a.cues.iter().any(|c| span.contains(c.span))
}

/// Whether a sentence opens with a capitalised name (not a known body, not
/// a function word) followed by a verb: a subject finfacts cannot resolve.
fn unresolved_subject(a: &Analysis, refs: &[Ref], sent: Span) -> bool {
    let text = a.slice(sent);
    // (Cheap answers first: most sentences open with a small word or a
    // body's name; a body it names is resolved, the giver of a bail-out.)
    if !text.starts_with(|c: char| c.is_uppercase())
        || starting_in(refs, sent.start, sent.start)
            .iter()
            .any(|r| !r.orgs.is_empty())
    {
        return false;
    }
    let mut end = 0;
    for w in text.split(' ') {
        let starts_upper = w.chars().next().is_some_and(|c| c.is_uppercase());
        if !(starts_upper || (end > 0 && matches!(w, "and" | "of"))) {
            break;
        }
        end += w.len() + 1;
    }
    let end = end.saturating_sub(1);
    if end == 0 {
        return false;
    }
    let first = text.split(' ').next().unwrap_or("");
    let pronoun = ["it", "we", "they", "he", "she", "this", "that"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p));
    // (The gazetteer's leading words last: the dearest test.)
    !pronoun
        && verb_follows(a, sent.start + end)
        && a.patterns.orgs.strip_leading(&text[..end]).0 == 0
}

/// Whether `span` starts a sentence or a clause.
fn opens_clause(a: &Analysis, span: Span) -> bool {
    let before = a.lower[..span.start].trim_end();
    before.is_empty()
        || before.ends_with(['.', ':', ';', '\n', '"', '\u{201c}'])
        || before.ends_with(" while")
        || before.ends_with(" but")
        || before.ends_with(", and")
}

/// Whether a verb follows (the place is a subject, not a modifier).
fn verb_follows(a: &Analysis, at: usize) -> bool {
    // Past a parenthetical: "North East London, for example, reported".
    let mut at = at;
    let rest = &a.lower[at..];
    if let Some(r) = rest.strip_prefix(", ")
        && let Some(close) = r.find(", ")
        && r[..close].split_whitespace().count() <= 3
    {
        at += 2 + close + 2;
    }
    let rest = a.lower[at..].trim_start();
    let end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '\''))
        .unwrap_or(rest.len());
    matches!(
        &rest[..end],
        "reported"
            | "reports"
            | "has"
            | "had"
            | "is"
            | "was"
            | "expects"
            | "expected"
            | "faces"
            | "said"
            | "says"
            | "ended"
            | "posted"
            | "recorded"
            | "forecast"
            | "forecasts"
            | "plans"
            | "planned"
            | "needs"
            | "must"
            | "will"
            | "remains"
            | "remained"
            | "saw"
            | "received"
            | "overspent"
            | "underspent"
            | "delivered"
            | "missed"
            | "made"
            | "ran"
    )
}

/// Resolves "the trust", "the group(s)" and pronouns against what came
/// before, in text order.
fn add_anaphors(a: &Analysis, refs: &mut Vec<Ref>) {
    let found;
    let anaphors = match &a.words {
        Some(w) => &w.anaphors,
        None => {
            found = a.patterns.orgs.anaphors(a.norm, a.lower.as_bytes());
            &found
        }
    };
    let pronouns = pronouns(a.norm, a.words.as_ref().map(|w| w.pronouns.as_slice()));
    let mut pending: Vec<(Span, u8, &[OrgType], bool)> =
        Vec::with_capacity(anaphors.len() + pronouns.len());
    let taken = SpanSet::new(refs.iter().map(|r| r.span).collect());
    for m in anaphors {
        if taken.overlaps(m.span) {
            continue;
        }
        // "the groups", "the boards" refer to several bodies; "the
        // organisations" of one system refer to the system.
        let plural = m.noun.ends_with('s')
            && !m.noun.ends_with("ss")
            && m.types.contains(&OrgType::Aggregate);
        pending.push((m.span, 0, &m.types, plural));
    }
    // (Whole words, pronouns do not overlap one another: only the
    // anaphors kept can overlap one.)
    let kept = SpanSet::new(pending.iter().map(|p| p.0).collect());
    for span in pronouns {
        if taken.overlaps(span) || kept.overlaps(span) {
            continue;
        }
        // "its new IT system", "US hospitals": capitals make an acronym,
        // unless the words around are capitals too (a shouted headline).
        if matches!(&a.norm[span.start..span.end], "IT" | "US") && !shouted_at(a.norm, span) {
            continue;
        }
        let w = a.lower(span);
        // Expletive "it": "it has emerged", "it is understood".
        if w == "it" {
            let after = a.lower[span.end..].trim_start();
            let expletive = [
                "has emerged",
                "emerged",
                "is understood",
                "was understood",
                "is thought",
                "was thought",
                "is likely",
                "is clear",
                "was revealed",
                "has been revealed",
                "is believed",
                "is hoped",
                "is feared",
                "is estimated",
                "is expected that",
                "is not yet",
                "is not clear",
                "was announced",
                "seems",
                "appears",
                "is worse",
                "was worse",
                "is better",
                "was better",
                "is higher",
                "was higher",
                "is lower",
                "was lower",
                "is more than",
                "was more than",
                "is less than",
                "was less than",
                "is up",
                "was up",
                "is down",
                "was down",
                "compares",
            ];
            if expletive.iter().any(|e| after.starts_with(e)) {
                continue;
            }
        }
        let plural = matches!(w, "they" | "their" | "them");
        let first_person = matches!(w, "we" | "our" | "us");
        pending.push((span, if first_person { 2 } else { 1 }, &[], plural));
    }
    pending.sort_by_key(|p| p.0);
    refs.reserve(pending.len());
    // The story's body by its names, for a "we" no nearer name stands for.
    let story = story_body(a, refs);
    for (span, kind, types, plural) in pending {
        let si = a.sentence_of(span.start);
        let orgs = if kind == 0 && a.lower(span).ends_with(" service") {
            // "the service" is a body named as one ("Scottish Ambulance
            // Service"); with none, a clinical service or the NHS, no body.
            match named_service(a, refs, span) {
                Some(orgs) => orgs,
                None => continue,
            }
        } else if kind == 0 {
            resolve_noun(a, refs, span, types, plural)
        } else {
            resolve_pronoun(a, refs, span, si, plural, story.as_ref())
        };
        // "they" standing for local bodies the article does not name.
        let local = plural
            && orgs.is_empty()
            && si.is_some_and(|si| {
                starting_in(refs, a.sents[si].span.start, span.start)
                    .iter()
                    .rev()
                    .filter(|r| r.span.end <= span.start && r.span.start >= a.sents[si].span.start)
                    .find(|r| r.plural)
                    .is_some_and(|r| r.how == LOCAL_GROUP)
            });
        let how = if local {
            LOCAL_GROUP
        } else if kind == 0 {
            "the + type noun"
        } else {
            "pronoun"
        };
        let r = Ref {
            span,
            orgs,
            how,
            subject: true,
            plural,
        };
        let at = refs.partition_point(|x| x.span.start < span.start);
        refs.insert(at, r);
    }
}

/// The body "the service" (or "the ambulance service") stands for: the
/// nearest one before it whose name has the word ("South Western Ambulance
/// Service NHS Foundation Trust"). Searched back through the story's names
/// in text order (`refs` holds the names, and the anaphors resolved so
/// far).
fn named_service(a: &Analysis, refs: &[Ref], span: Span) -> Option<Vec<OrgRef>> {
    let ambulance = a.lower(span).ends_with("ambulance service");
    let end = refs.partition_point(|r| r.span.start < span.start);
    refs[..end]
        .iter()
        .rev()
        .filter(|r| r.span.end <= span.start && r.orgs.len() == 1 && !r.plural)
        .find(|r| {
            let name = r.orgs[0].name.to_ascii_lowercase();
            name.split_whitespace().any(|w| w == "service")
                && (!ambulance || name.contains("ambulance service"))
        })
        .map(|r| r.orgs.clone())
}

/// "Every CCG", "each trust": a rule for all the bodies of a kind, not only
/// for the one the story is about (which the anaphor resolved to, `local`). The
/// bodies are those of its nation ("health boards in Scotland") or, in
/// England, of the system the story is about ("trusts in Lancashire and
/// South Cumbria"), else all of them ("CCGs"). None when the anaphor is no
/// such phrase, or no body of the kind was named to tell where.
fn every_of_kind(
    a: &Analysis,
    span: Span,
    local: &[OrgRef],
    story: Option<&OrgRef>,
) -> Option<OrgRef> {
    let phrase = a.lower(span);
    let noun = phrase
        .strip_prefix("each ")
        .or_else(|| phrase.strip_prefix("every "))?;
    let [one] = local else { return None };
    let code = one.id.as_deref().unwrap_or("");
    let plural = match (noun, one.kind) {
        ("ccg" | "clinical commissioning group", OrgType::Ccg) => "CCGs",
        ("icb" | "integrated care board", OrgType::Icb) => "ICBs",
        (_, OrgType::HscTrust) => "trusts",
        ("trust" | "foundation trust", OrgType::Trust) => "trusts",
        (_, OrgType::HealthBoard) => "health boards",
        _ => return None,
    };
    let nation = match one.kind {
        OrgType::HscTrust => Some("Northern Ireland"),
        OrgType::HealthBoard if code.starts_with('S') => Some("Scotland"),
        OrgType::HealthBoard if code.starts_with("7A") => Some("Wales"),
        OrgType::HealthBoard => return None,
        _ => None,
    };
    // (The system named last before it, else the story's.)
    let system = |o: &OrgRef| matches!(o.kind, OrgType::Icb | OrgType::Ics | OrgType::Stp);
    let area = match nation {
        Some(n) => Some(n),
        None if plural != "ICBs" => starting_in(&a.refs, 0, span.start)
            .iter()
            .rev()
            .filter(|r| r.span.end <= span.start)
            .find_map(|r| r.orgs.iter().find(|o| system(o)))
            .or(story.filter(|s| system(s)))
            .and_then(|s| system_area(&s.name)),
        None => None,
    };
    let name = match area {
        Some(w) => format!("{plural} in {w}"),
        None => plural.to_owned(),
    };
    Some(OrgRef {
        name: Arc::from(name),
        kind: OrgType::Aggregate,
        id: None,
        successor: None,
    })
}

/// The area a system's name covers: "Lancashire and South Cumbria" of "NHS
/// Lancashire and South Cumbria Integrated Care Board". None for a name
/// without such a suffix ("Healthier Lancashire and South Cumbria").
fn system_area(name: &str) -> Option<&str> {
    const SUFFIXES: [&str; 7] = [
        " Integrated Care Board",
        " ICB",
        " Integrated Care System",
        " ICS",
        " STP",
        " Sustainability and Transformation Partnership",
        " Health and Care Partnership",
    ];
    let rest = name.strip_prefix("NHS ").unwrap_or(name);
    SUFFIXES
        .iter()
        .find_map(|s| rest.strip_suffix(s))
        .filter(|area| !area.is_empty())
}

/// Whether sentence `si` is in an interview's answer: its paragraph opens
/// with "A:".
fn answer_line(a: &Analysis, si: usize) -> bool {
    let para = a.sents[si].para;
    let first = a.sents[..si]
        .iter()
        .rposition(|s| s.para != para)
        .map_or(0, |i| i + 1);
    a.norm
        .get(a.sents[first].span.start..)
        .is_some_and(|t| t.trim_start().starts_with("A:"))
}

/// Where the letter or chain of emails that sentence `si` is in starts:
/// its "Dear ...," line, or the first of the "From:" header lines before
/// it, with no heading between ("What the trust says" ends the chain).
/// None when it is in no letter or email.
fn correspondence(a: &Analysis, si: usize) -> Option<usize> {
    const HEADERS: [&str; 5] = ["From:", "To:", "Sent:", "Subject:", "Cc:"];
    let mut first = None;
    for s in a.sents[..si].iter().rev().take(60) {
        let t = a.norm.get(s.span.start..s.span.end)?.trim_start();
        if t.starts_with("From:") {
            first = Some(s.span.start);
            continue;
        }
        if s.line_like && t.starts_with("Dear ") && t.trim_end().ends_with(',') {
            return Some(s.span.start);
        }
        let heading = s.line_like
            && !HEADERS.iter().any(|h| t.starts_with(h))
            && !t.trim_end().ends_with([',', ':']);
        if heading {
            break;
        }
    }
    first
}

/// Where the person a transcript's speaker label names was introduced:
/// "PENROSE: We planned ..." after "Its director of finance, Martin
/// Penrose, spoke to our breakfast programme" gives the offset of
/// "Penrose" there. Not the host's label.
fn speaker_intro(a: &Analysis, si: usize) -> Option<usize> {
    let para = a.sents[si].para;
    let first = a.sents[..si]
        .iter()
        .rposition(|s| s.para != para)
        .map_or(0, |i| i + 1);
    let start = a.sents[first].span.start;
    let line = a.norm.get(start..)?.trim_start();
    let label = line.get(..line.find(':')?)?;
    if label.len() < 3
        || label.len() > 30
        || !label
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '-' | '\''))
        || matches!(
            label,
            "PRESENTER"
                | "INTERVIEWER"
                | "HOST"
                | "QUESTION"
                | "REPORTER"
                | "ANCHOR"
                | "NEWSREADER"
        )
    {
        return None;
    }
    let surname = label.rsplit(' ').next().unwrap_or(label);
    let mut named = String::with_capacity(surname.len());
    for (i, c) in surname.chars().enumerate() {
        named.push(if i == 0 { c } else { c.to_ascii_lowercase() });
    }
    memchr::memmem::find(&a.norm.as_bytes()[..start], named.as_bytes())
}

/// A person quoted by title and surname next to a reporting verb: "Ms
/// Kinloch said", "said Dr Patel".
static NAMED_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Councillor|Cllr)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?),? (?:said|says|added|warned|told|explained|admitted|insisted)\b|\b(?:said|says|added|warned) (?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Councillor|Cllr)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
    )
    .expect("static regex")
});

/// The body a speaker quoted by name in sentence `si` was introduced with:
/// "Ms Kinloch said: \"A £38m hole ...\"" after "Finance director Morag
/// Kinloch confirmed that the board was seeking brokerage" is the board's,
/// whoever the sentences between spoke for. The introduction is the first
/// sentence naming the surname among the 30 before (a bounded look back:
/// this is asked per figure), its body the one nearest the name there.
fn quoted_speakers_body<'a>(a: &'a Analysis, si: usize) -> Option<&'a Ref> {
    let sent = a.sents[si].span;
    let text = a.norm.get(sent.start..sent.end)?;
    // (The verbs looked for first, by searchers built once: most sentences
    // have none, and the regex costs more.)
    static VERBS: LazyLock<[memchr::memmem::Finder<'static>; 7]> = LazyLock::new(|| {
        [
            " sa",
            " added",
            " warned",
            " told",
            " explained",
            " admitted",
            " insisted",
        ]
        .map(memchr::memmem::Finder::new)
    });
    if !VERBS.iter().any(|v| v.find(text.as_bytes()).is_some()) {
        return None;
    }
    let caps = NAMED_SPEAKER.captures(text)?;
    let surname = caps.get(1).or_else(|| caps.get(2))?.as_str();
    let from = a.sents[si.saturating_sub(30)].span.start;
    let before = &a.norm.as_bytes()[from..sent.start];
    let at = from
        + memchr::memmem::find_iter(before, surname.as_bytes()).find(|&at| {
            let word = |i: Option<&u8>| i.is_some_and(|c| c.is_ascii_alphanumeric());
            !word(at.checked_sub(1).and_then(|i| before.get(i)))
                && !word(before.get(at + surname.len()))
        })?;
    let ii = a.sentence_of(at)?;
    let s = a.sents[ii].span;
    starting_in(&a.refs, s.start, s.end)
        .iter()
        .filter(|r| r.span.end <= s.end && r.orgs.len() == 1 && !r.plural)
        .filter(|r| !is_authority_org(&r.orgs[0]))
        .min_by_key(|r| r.span.start.abs_diff(at))
}

/// Spans, asked whether a span overlaps one of them: by binary search
/// among those starting at most the longest span before it. (Asked for
/// every place, anaphor and pronoun of a story, a scan of all made a long
/// document's cost grow with its square.)
struct SpanSet {
    spans: Vec<Span>,
    longest: usize,
}

impl SpanSet {
    fn new(mut spans: Vec<Span>) -> SpanSet {
        spans.sort_unstable();
        let longest = spans.iter().map(Span::len).max().unwrap_or(0);
        SpanSet { spans, longest }
    }

    /// Whether `s` overlaps one of the spans.
    fn overlaps(&self, s: Span) -> bool {
        let from = self
            .spans
            .partition_point(|r| r.start < s.start.saturating_sub(self.longest));
        self.spans[from..]
            .iter()
            .take_while(|r| r.start < s.end)
            .any(|r| r.overlaps(s))
    }
}

/// The kind of body an aggregate's name counts ("health boards in Wales").
fn aggregate_kind(name: &str) -> Option<OrgType> {
    let n = name.to_lowercase();
    Some(if n.contains("board") {
        OrgType::HealthBoard
    } else if n.contains("pct") || n.contains("primary care trust") {
        OrgType::Pct
    } else if n.contains("ccg") || n.contains("commissioning") {
        OrgType::Ccg
    } else if n.contains("trust") || n.contains("hospital") || n.contains("provider") {
        OrgType::Trust
    } else if n.contains("icb") || n.contains("integrated care board") {
        OrgType::Icb
    } else if n.contains("ics") || n.contains("stp") || n.contains("system") {
        OrgType::Ics
    } else if n.contains("council") {
        OrgType::Council
    } else if n.contains("partnership") {
        OrgType::Partnership
    } else {
        return None;
    })
}

/// The references in `refs` (in text order, as [`add_anaphors`] keeps
/// them) that start in `lo..=hi`: a reference ending by `hi` starts there.
/// Found by binary search, not by a scan of the whole story per anaphor.
fn starting_in(refs: &[Ref], lo: usize, hi: usize) -> &[Ref] {
    debug_assert!(refs.is_sorted_by_key(|r| r.span.start));
    let from = refs.partition_point(|r| r.span.start < lo);
    let to = refs.partition_point(|r| r.span.start <= hi);
    &refs[from..to.max(from)]
}

/// The story's references that start in `lo..=hi` ([`starting_in`]): a
/// figure's checks ask for those of a stretch, and a scan of all made a
/// long document's cost grow with its square.
fn within<'a>(a: &'a Analysis, lo: usize, hi: usize) -> &'a [Ref] {
    starting_in(&a.refs, lo, hi)
}

/// The items of an iterator, pulled once and kept: each walk of
/// [`Replay::iter`] replays those pulled so far and pulls more only past
/// them, so several searches of one filtered sequence (each from its
/// start) test each item once.
struct Replay<T: Copy, I: Iterator<Item = T>> {
    state: std::cell::RefCell<(I, Vec<T>)>,
}

impl<T: Copy, I: Iterator<Item = T>> Replay<T, I> {
    fn new(src: I) -> Self {
        Replay {
            state: std::cell::RefCell::new((src, Vec::new())),
        }
    }

    /// The items of the source, from its first.
    fn iter(&self) -> impl Iterator<Item = T> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            let mut state = self.state.borrow_mut();
            let (src, seen) = &mut *state;
            let item = match seen.get(i) {
                Some(&t) => t,
                None => {
                    let t = src.next()?;
                    seen.push(t);
                    t
                }
            };
            i += 1;
            Some(item)
        })
    }
}

fn resolve_noun(
    a: &Analysis,
    refs: &[Ref],
    span: Span,
    types: &[OrgType],
    plural: bool,
) -> Vec<OrgRef> {
    // "The board has declined it" after "the regulator's control total for
    // the trust": a board is the body the story is about, never the
    // regulator, department or NHS England that speaks to it.
    let board = a.lower(span).ends_with(" board");
    let fits = |o: &OrgRef| {
        types.iter().any(|t| compatible(o.kind, *t) || o.kind == *t)
            && !(board && is_authority_org(o))
    };
    // The references that start by the anaphor, found once: each of the
    // searches below walks them.
    let prior = starting_in(refs, 0, span.start);
    if plural {
        // The most recent plural reference of this kind (several bodies, or
        // an aggregate of this kind), else the last two bodies of this kind.
        for r in prior.iter().rev().filter(|r| r.span.end <= span.start) {
            if r.plural && r.orgs.len() > 1 && r.orgs.iter().all(fits) {
                return r.orgs.clone();
            }
            if r.plural
                && r.orgs.len() == 1
                && r.orgs[0].kind == OrgType::Aggregate
                && aggregate_kind(&r.orgs[0].name)
                    .is_some_and(|k| types.iter().any(|t| compatible(k, *t)))
            {
                return r.orgs.clone();
            }
        }
        let mut out: Vec<OrgRef> = Vec::new();
        for r in prior.iter().rev().filter(|r| r.span.end <= span.start) {
            for o in &r.orgs {
                if fits(o) && !out.contains(o) {
                    out.push(o.clone());
                }
            }
            if out.len() == 2 {
                break;
            }
        }
        if out.len() == 2 {
            out.reverse();
            return out;
        }
        return Vec::new();
    }
    // "the merged trust": the body the trusts named before were merged into.
    // (The span is a few words: a search with no searcher to build.)
    let words = a.lower(span).as_bytes();
    if ["merged", "combined", "enlarged", " new "]
        .iter()
        .any(|w| memchr::memmem::find(words, w.as_bytes()).is_some())
    {
        // Each body named before votes for what it became (a body split in
        // two names both); one outcome, or the one most bodies merged into.
        let mut finals: Vec<(&str, usize)> = Vec::new();
        for r in prior.iter().filter(|r| r.span.end <= span.start) {
            for o in r.orgs.iter().filter(|o| fits(o)) {
                let (codes, vote) = match (&o.successor, &o.id) {
                    (Some(s), _) => (&**s, 1),
                    (None, Some(id)) => (&**id, 0),
                    (None, None) => continue,
                };
                for code in codes.split(';') {
                    match finals.iter_mut().find(|(c, _)| *c == code) {
                        Some((_, n)) => *n += vote,
                        None => finals.push((code, vote)),
                    }
                }
            }
        }
        let most = finals.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let mut top = finals.iter().filter(|(_, n)| *n == most);
        let merged_into = match (top.next(), top.next()) {
            (Some((code, _)), None) if finals.len() == 1 || most >= 2 => Some(*code),
            _ => None,
        };
        if let Some(code) = merged_into
            && let Some(o) = a.patterns.orgs.org_by_code(code)
        {
            return vec![o];
        }
    }
    // The most recent body of this kind that was a subject in the last few
    // sentences ("the CCG" after "the CCG expects..." rather than after
    // "agreed with Canterbury and Coastal CCG"), else the most recent.
    let window_start = a
        .sentence_of(span.start)
        .map(|si| a.sents[si.saturating_sub(4)].span.start)
        .unwrap_or(0);
    // The bodies of this kind before it, the nearest first. (Each search
    // below walks them from the nearest, and where none fits a walk goes
    // back to the story's start: they are tested once and kept.)
    let before_memo = Replay::new(
        prior
            .iter()
            .rev()
            .filter(|r| r.span.end <= span.start && r.orgs.len() == 1 && fits(&r.orgs[0])),
    );
    let before = || before_memo.iter();
    // A body whose name holds the word: "the group" after "BSW Hospitals
    // Group", "the partnership" after "Fife Health and Social Care
    // Partnership".
    // Only for words few bodies of the kind are named with.
    let noun = a.lower(span).rsplit(' ').next().unwrap_or("");
    let distinctive = matches!(noun, "group" | "partnership" | "alliance" | "collaborative");
    if distinctive
        && let Some(r) = before()
            .take_while(|r| r.span.start >= window_start)
            .find(|r| {
                r.orgs[0]
                    .name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == noun)
            })
    {
        return r.orgs.clone();
    }
    // "the hospitals trust" is the one that runs hospitals, not the
    // community or mental health trust named since.
    if matches!(a.lower(span), "the hospitals trust" | "the hospital trust")
        && let Some(r) = before().find(|r| {
            r.orgs[0].kind == OrgType::Trust
                && r.orgs[0].name.split_whitespace().any(|w| {
                    w.eq_ignore_ascii_case("hospital") || w.eq_ignore_ascii_case("hospitals")
                })
        })
    {
        return r.orgs.clone();
    }
    // "The IJB's chief finance officer told members the board faced ...":
    // the body whose people open the sentence is the one they speak of,
    // before a body of a likelier kind named earlier.
    if let Some(si) = a.sentence_of(span.start) {
        let sent = a.sents[si].span;
        if let Some(r) = before().take_while(|r| r.span.start >= sent.start).last()
            && is_possessive(a, r)
            && matches!(
                a.lower(Span::new(sent.start, r.span.start)).trim(),
                "" | "the"
            )
        {
            return r.orgs.clone();
        }
    }
    // Kinds in the order the word most often means them: "the trust" is a
    // trust before it is a primary care trust.
    for t in types {
        if let Some(r) = before()
            .take_while(|r| r.span.start >= window_start)
            // (The kind first: the cheaper test, and most bodies fail it.)
            .find(|r| (r.orgs[0].kind == *t || compatible(r.orgs[0].kind, *t)) && is_subject(a, r))
        {
            return r.orgs.clone();
        }
    }
    // Further back, a body that was a subject before one only talked with
    // or about ("... is in talks with City Hospitals Sunderland"). Then the
    // nearest.
    // (Within ten sentences: a scan of all the story's references before
    // each anaphor would cost a long report dearly.)
    let far_start = a
        .sentence_of(span.start)
        .map(|si| a.sents[si.saturating_sub(10)].span.start)
        .unwrap_or(0);
    if let Some(r) = before()
        .take_while(|r| r.span.start >= far_start)
        .find(|r| is_subject(a, r))
        .or_else(|| before().next())
    {
        return r.orgs.clone();
    }
    // No body of this kind yet: a local story's "the CCG" is the CCG of
    // the place its other bodies are named after ("Isle of Wight NHS
    // Trust" ... "the CCG": NHS Isle of Wight CCG).
    if types.first() == Some(&OrgType::Ccg) {
        for r in prior.iter().filter(|r| r.span.end <= span.start) {
            for o in &r.orgs {
                if let Some(place) = local_place(&o.name)
                    && let Some(ccg) = a
                        .patterns
                        .orgs
                        .lookup(&format!("NHS {place} CCG"), OrgType::Ccg)
                {
                    return vec![ccg];
                }
            }
        }
    }
    Vec::new()
}

/// The place a body is named after: "Isle of Wight" for "Isle of Wight
/// NHS Trust", "Oxford" for "Oxford University Hospitals NHS Foundation
/// Trust".
fn local_place(name: &str) -> Option<String> {
    let stop = [
        " University",
        " Hospitals",
        " Hospital",
        " NHS",
        " Teaching",
        " Health",
        " Healthcare",
        " Community",
        " Clinical",
        " City",
        " County",
        " Council",
        " Partnership",
        " Integrated",
    ];
    let name = name.strip_prefix("The ").unwrap_or(name);
    let cut = stop.iter().filter_map(|w| name.find(w)).min()?;
    let place = name[..cut].trim();
    (place.len() >= 4).then(|| place.to_owned())
}

fn resolve_pronoun(
    a: &Analysis,
    refs: &[Ref],
    span: Span,
    si: Option<usize>,
    plural: bool,
    story: Option<&OrgRef>,
) -> Vec<OrgRef> {
    let Some(si) = si else { return Vec::new() };
    // "About 300 posts are to go, most of them through voluntary
    // redundancy": "them" after a quantifier and "of" is a plural noun of
    // its own sentence; with no body named before it there, no body.
    if a.lower(span) == "them"
        && prev_word(&a.lower, span.start) == "of"
        && {
            let at = a.lower[..span.start].trim_end().len() - 2;
            matches!(
                prev_word(&a.lower, at),
                "most"
                    | "many"
                    | "some"
                    | "all"
                    | "none"
                    | "half"
                    | "few"
                    | "several"
                    | "each"
                    | "both"
            )
        }
        && !refs.iter().any(|r| {
            r.span.start >= a.sents[si].span.start && r.span.end <= span.start && !r.orgs.is_empty()
        })
    {
        return Vec::new();
    }
    // "it" is never the speaker: not "us" in "Kernow has told us it
    // expects to overspend", whoever "us" is.
    let first_person = |w: &str| matches!(w, "we" | "our" | "us");
    let third = !first_person(a.lower(span));
    if !third && let Some(r) = speakers_body(a, refs, span, si) {
        return r.orgs.clone();
    }
    // In an interview's answer ("A: Our revenue budget is about £52m"),
    // "we" is the interviewee's body, the story's, not a body the answers
    // name ("the Scottish Government gave us £2.1m").
    if !third
        && let Some(story) = story
        && answer_line(a, si)
    {
        return vec![story.clone()];
    }
    // A letter's or an email's "we" is the body the story introduced it
    // with ("senior managers at South Western Ambulance Service NHS
    // Foundation Trust"), not one it names.
    if !third
        && let Some(chain) = correspondence(a, si)
        && let Some(r) = refs[..refs.partition_point(|r| r.span.start < chain)]
            .iter()
            .rev()
            .take(64)
            .find(|r| r.orgs.len() == 1 && !r.plural && !is_authority_org(&r.orgs[0]))
    {
        return r.orgs.clone();
    }
    // A transcript's "PENROSE: We ..." is the body the story introduced
    // Penrose with ("Its director of finance, Martin Penrose").
    if !third
        && let Some(at) = speaker_intro(a, si)
        && let Some(ii) = a.sentence_of(at)
    {
        let s = a.sents[ii].span;
        if let Some(r) = starting_in(refs, s.start, s.end)
            .iter()
            .filter(|r| r.span.start >= s.start && r.span.end <= s.end)
            .filter(|r| r.orgs.len() == 1 && !r.plural && !is_authority_org(&r.orgs[0]))
            .min_by_key(|r| r.span.start.abs_diff(at))
        {
            return r.orgs.clone();
        }
    }
    let ok = |r: &Ref| {
        !r.orgs.is_empty()
            && (!third || !first_person(a.lower(r.span)))
            && if plural {
                r.plural
            } else {
                !r.plural && r.orgs.len() == 1
            }
    };
    // "they" after "the three CCGs" the article does not name, in the same
    // sentence, are those CCGs: unresolved, not some body named earlier.
    let ok_here = |r: &Ref| ok(r) || (plural && r.plural && r.how == LOCAL_GROUP);
    // The subject of this sentence, if it comes before the pronoun.
    let sent = a.sents[si].span;
    // An object "it" is never its own clause's subject ("NHS Improvement
    // offered it a control total", "the authority expects it to hold"):
    // that would be "itself".
    // (Not after a passive: in "NHS Islington CCG had been told it must
    // make savings", "it" is the body told.)
    let object = matches!(a.lower(span), "it" | "them") && {
        let verb = prev_word(&a.lower, span.start);
        OBJECT_VERBS.contains(&verb) && {
            let at = a.lower[..span.start].trim_end().len() - verb.len();
            !matches!(
                prev_word(&a.lower, at),
                "been" | "was" | "were" | "is" | "are" | "being" | "be"
            )
        }
    };
    let own_clause = if object {
        clause_of(a, si, span.start).start
    } else {
        usize::MAX
    };
    let first_person = !third;
    // A body the speaker addresses or tells of is not the speaker's; nor
    // one "we" get money from ("our settlement from the Welsh Government
    // has been cut, ... we have received").
    let addressed = |r: &Ref| {
        first_person && {
            let g = governor(&a.lower, r.span.start);
            OBJECT_VERBS.contains(&g) || ADDRESSING_VERBS.contains(&g) || g == "from"
        }
    };
    let here: Vec<&Ref> = starting_in(refs, sent.start, span.start)
        .iter()
        .filter(|r| r.span.start >= sent.start && r.span.end <= span.start && ok_here(r))
        .filter(|r| r.span.start < own_clause)
        .filter(|r| !(first_person && governor(&a.lower, r.span.start) == "from"))
        .collect();
    // "challenged the Croydon trust to cut its deficit": the body told to
    // act is the one "its" refers to.
    if let Some(r) = here.iter().rev().find(|r| {
        let after = &a.lower[r.span.end..span.start];
        after.trim_start().starts_with("to ") && after.len() < 40
    }) {
        return r.orgs.clone();
    }
    // (The clause is only worth finding when a body precedes the pronoun.)
    if !here.is_empty() {
        let clause = clause_of(a, si, span.start);
        if let Some(r) = here
            .iter()
            .find(|r| r.span.start >= clause.start && is_subject(a, r))
        {
            return r.orgs.clone();
        }
        // (Those in the clause were asked already: none is a subject.)
        if let Some(r) = here
            .iter()
            .find(|r| r.span.start < clause.start && is_subject(a, r))
        {
            return r.orgs.clone();
        }
    }
    if let Some(r) = here.last() {
        return r.orgs.clone();
    }
    // "A councillor warned the trust ... 'Our own black hole is £35m'": a
    // body an earlier sentence only addresses is not the speaker's.
    // "Kernow has told us it expects to overspend": "it" is the subject
    // the sentence opens with, a name finfacts does not know, not a body
    // named before.
    if third && unresolved_subject(a, refs, sent) {
        return Vec::new();
    }

    // The subject of the nearest earlier sentence with a body, unless that
    // sentence is about a document ("A report on ... warned", then "It
    // said"): "it" is then the document.
    for back in 1..=3 {
        let Some(pj) = si.checked_sub(back) else {
            break;
        };
        let ps = a.sents[pj].span;
        if !plural && DOCUMENT_SUBJECT.is_match(a.lower(ps)) && !body_verb(a, span) {
            return Vec::new();
        }
        let there: Vec<&Ref> = starting_in(refs, ps.start, ps.end)
            .iter()
            .filter(|r| r.span.start >= ps.start && r.span.end <= ps.end && ok(r))
            .collect();
        if !there.is_empty() && there.iter().all(|r| addressed(r)) {
            // (The sentence right before introduces the speaker.)
            if back == 1 {
                return Vec::new();
            }
            continue;
        }
        // "Kernow has told us it expects to overspend": a body that speaks
        // to "us" is not "we".
        if first_person
            && !there.is_empty()
            && words_between(a, ps.start, ps.end).any(|w| w == "us")
        {
            continue;
        }
        // "The system's biggest problem is Lewisham and Greenwich NHS
        // Trust. It ended ...": the body a copula ends its sentence with
        // is what the next one is about.
        if let Some(r) = there.last()
            && copula_focus(a, r, ps)
        {
            return r.orgs.clone();
        }
        if let Some(r) = there
            .iter()
            .find(|r| is_subject(a, r) && !is_authority_org(&r.orgs[0]))
        {
            return r.orgs.clone();
        }
        if let Some(r) = there.first() {
            return r.orgs.clone();
        }
    }
    // A spokesman's "we", with no body named near it, in a story about
    // one body: that body's. So is an "its" that far from any name ("In
    // January the service answered 88.4% of calls, against its target of
    // 90%", sections after the body was last named).
    match story {
        Some(o) if first_person || (!plural && a.lower(span) == "its") => vec![o.clone()],
        _ => Vec::new(),
    }
}

/// Whether reference `r` ends sentence `sent` as the complement of "is"
/// or "was" ("The biggest problem is X.", "Its main commissioner was X.").
fn copula_focus(a: &Analysis, r: &Ref, sent: Span) -> bool {
    let rest = a.lower(Span::new(r.span.end, sent.end.max(r.span.end)));
    if !rest
        .trim()
        .chars()
        .all(|c| matches!(c, '.' | '!' | '"' | '\u{201d}'))
    {
        return false;
    }
    let mut at = r.span.start;
    loop {
        match prev_word(&a.lower, at) {
            "the" => at = a.lower[..at].trim_end().len() - 3,
            w => return matches!(w, "is" | "was"),
        }
    }
}

/// The body a writer has said they speak for, in this sentence or the
/// three before: "We at the council have our own troubles. Our adult
/// social care department ..." ("we at", "us on", "here at" a body).
fn speakers_body<'r>(a: &Analysis, refs: &'r [Ref], span: Span, si: usize) -> Option<&'r Ref> {
    let from = a.sents[si.saturating_sub(3)].span.start;
    starting_in(refs, from, span.start)
        .iter()
        .rev()
        .filter(|r| r.span.end <= span.start && !r.plural && r.orgs.len() == 1)
        .find(|r| {
            let before = a.lower[..r.span.start].trim_end();
            ["we at", "we on", "us at", "us on", "here at"]
                .iter()
                .any(|p| {
                    before.ends_with(p)
                        && !before[..before.len() - p.len()].ends_with(char::is_alphanumeric)
                })
        })
}

/// Whether the pronoun at `span` is followed by what only a body does
/// ("it expects a deficit", "it posted", "it must save"): it is then no
/// document ("The report lands as the trust struggles. Papers show it
/// expects a deficit of £29.8m").
fn body_verb(a: &Analysis, span: Span) -> bool {
    const BODY_VERBS: &[&str] = &[
        "expects",
        "is expecting",
        "posted",
        "ended",
        "must",
        "plans",
        "is planning",
        "faces",
        "is facing",
        "ran up",
        "overspent",
        "owes",
        "borrowed",
        "finished",
        "will end",
        "is on course",
        "is heading",
        "has drawn",
    ];
    let after = a.lower[span.end..].trim_start();
    BODY_VERBS.iter().any(|v| {
        after.starts_with(v) && !after[v.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// "NHS North Staffordshire CCG and NHS Stoke on Trent CCG ... £11.3m and
/// £6.2m respectively": the n-th figure belongs to the n-th body.
fn respectively(a: &Analysis, fi: usize, sent: Span) -> Option<(Vec<OrgRef>, String)> {
    // (A searcher built once: building one costs more than a search of a
    // sentence, and every figure asks.)
    static RESPECTIVELY: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("respectively"));
    let resp = RESPECTIVELY.find(a.lower(sent).as_bytes())? + sent.start;
    let fig = &a.figs[fi];
    if fig.span.start > resp {
        return None;
    }
    // The run of figures before "respectively" that holds this one: the
    // last one and those listed with it ("£1.2m and £0.8m"), not an earlier
    // figure of the sentence ("X has a deficit of £12.1m, while Y and Z
    // expect surpluses of £1.2m and £0.8m respectively").
    let before: Vec<usize> = (0..a.figs.len())
        .filter(|&j| a.figs[j].span.start >= sent.start && a.figs[j].span.end <= resp)
        .collect();
    let mut from = before.len().checked_sub(1)?;
    while from > 0 {
        let gap = a.lower(Span::new(
            a.figs[before[from - 1]].span.end,
            a.figs[before[from]].span.start,
        ));
        // "a deficit of £15.3m and a surplus of £2.1m respectively": a
        // short noun phrase of its own may come between.
        let listed = matches!(gap.trim(), "," | "and" | ", and" | "&")
            || (gap.trim_start_matches([',', ' ']).starts_with("and ")
                && !gap.contains([',', ';'])
                && words_between(
                    a,
                    a.figs[before[from - 1]].span.end,
                    a.figs[before[from]].span.start,
                )
                .count()
                    <= 5
                && !within(
                    a,
                    a.figs[before[from - 1]].span.end,
                    a.figs[before[from]].span.start,
                )
                .iter()
                .any(|r| {
                    r.span.start >= a.figs[before[from - 1]].span.end
                        && r.span.end <= a.figs[before[from]].span.start
                }));
        if !listed {
            break;
        }
        from -= 1;
    }
    let figs = &before[from..];
    let first = *figs.first()?;
    // The bodies listed: not a site in an aside (", which runs Southmead
    // Hospital,"), and a name with its bracketed short form once.
    let mut bodies: Vec<&Ref> = a
        .refs
        .iter()
        .filter(|r| r.span.start >= sent.start && r.span.end <= a.figs[first].span.start)
        .filter(|r| r.orgs.len() == 1 && r.how != "pronoun")
        .filter(|r| !in_who_clause(a, r, sent))
        .collect();
    bodies.dedup_by(|r, q| {
        r.orgs == q.orgs && a.lower(Span::new(q.span.end, r.span.start)).trim() == "("
    });
    if bodies.len() < figs.len() || figs.len() < 2 {
        return None;
    }
    let bodies = &bodies[bodies.len() - figs.len()..];
    let i = figs.iter().position(|&j| j == fi)?;
    Some((
        bodies[i].orgs.clone(),
        why!(a, "respectively: {:?}", a.slice(bodies[i].span)),
    ))
}

/// Whether a subordinating conjunction stands between `from` and the
/// reference: the body is the subject of a clause of its own ("... after
/// the council and NHS Lothian offered less").
fn subordinate(a: &Analysis, from: usize, r: &Ref) -> bool {
    words_between(a, from, r.span.start).any(|w| {
        matches!(
            w,
            "after"
                | "because"
                | "since"
                | "when"
                | "while"
                | "although"
                | "unless"
                | "until"
                | "before"
        )
    })
}

/// The body that is the subject of the main clause joined on after a
/// figure's clause by ", and" or ", but" ("..., and the trust has warned"),
/// when nothing in the sentence before the figure names a body, the figure
/// is the clause's last, that clause holds no figure of its own and the body
/// is one and no authority.
fn joined_subject<'r>(
    a: &'r Analysis,
    fig: &crate::model::Figure,
    clause: Span,
    sent: Span,
) -> Option<&'r Ref> {
    let fig_end = fig.span.end;
    if within(a, sent.start, fig_end)
        .iter()
        .any(|r| r.span.start >= sent.start && r.span.end <= fig_end && !r.orgs.is_empty())
    {
        return None;
    }
    let r = within(a, clause.end, sent.end)
        .iter()
        .find(|r| r.span.start >= clause.end && r.span.end <= sent.end)?;
    if r.orgs.len() != 1 || r.how == "pronoun" || r.plural || is_authority_org(&r.orgs[0]) {
        return None;
    }
    // Up to the body: the figure's clause (a range's other end may close
    // it), then ", and" / ", but" and the body.
    let gap = a.lower(Span::new(fig_end, r.span.start));
    let (own, join) = gap.rsplit_once(',')?;
    if !matches!(join.trim(), "and" | "but")
        || own.contains([',', ';', ':', '(', ')', '"', '“'])
        || words_iter_of(own).count() > 4
    {
        return None;
    }
    // Its clause is no second statement of the same kind of figure (a
    // comparison: "..., and NHS Lothian expects £3m"); a rate it mentions
    // in passing is not ("..., and the trust has warned that growth,
    // running at 1.3 per cent, ...").
    let figs_after = a.figs.partition_point(|f| f.span.start < r.span.end);
    if a.figs[figs_after..]
        .iter()
        .take_while(|f| f.span.start < sent.end)
        .any(|f| f.kind == fig.kind)
    {
        return None;
    }
    (is_subject(a, r) && !in_who_clause(a, r, sent)).then_some(r)
}

fn words_iter_of(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '£' && c != '.')
        .filter(|w| !w.is_empty())
}

/// A bare plural a relative clause defines is a description, not bodies
/// named: "£6.1m of provider sustainability funding, paid to trusts that
/// meet their targets" is the trust's money, not all trusts'.
fn generic_plural(a: &Analysis, r: &Ref) -> bool {
    r.plural
        && r.how == "aggregate"
        && matches!(prev_word(&a.lower, r.span.start), "to" | "for" | "among")
        && matches!(
            words_between(a, r.span.end, a.lower.len()).next(),
            Some("that" | "which" | "who" | "whose")
        )
}

/// [`subordinate`], or a reporting verb between: "... £19.5bn and said NHS
/// Highland's funding had risen" (the body is the reported clause's).
fn reported_or_subordinate(a: &Analysis, from: usize, r: &Ref) -> bool {
    subordinate(a, from, r)
        || words_between(a, from, r.span.start)
            .any(|w| matches!(w, "said" | "says" | "added" | "warned"))
}

/// The words of the lowercased text between two offsets.
fn words_between<'t>(a: &'t Analysis, from: usize, to: usize) -> impl Iterator<Item = &'t str> {
    a.lower(Span::new(from, to.max(from)))
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// "Across Scotland, 66.2% of A&E patients were seen within four hours",
/// "74.4% of patients in Welsh emergency departments": a four-hour figure
/// for a whole nation is about its A&E departments. `sent` is lowercased.
fn national_emergency_care(sent: &str, metric: Metric) -> Option<OrgRef> {
    if !matches!(
        metric,
        Metric::PerformanceActual | Metric::PerformanceTarget
    ) {
        return None;
    }
    let emergency = ["a&e", "emergency department", "four hours", "four-hour"]
        .iter()
        .any(|w| sent.contains(w));
    if !emergency {
        return None;
    }
    let nations = [
        ("england", "England"),
        ("english", "England"),
        ("scotland", "Scotland"),
        ("scottish", "Scotland"),
        ("wales", "Wales"),
        ("welsh", "Wales"),
        ("northern ireland", "Northern Ireland"),
    ];
    let mut named = nations
        .iter()
        .filter(|(w, _)| {
            sent.match_indices(w).any(|(i, _)| {
                let before = sent[..i].chars().next_back();
                let after = sent[i + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .map(|(_, n)| *n)
        .collect::<Vec<_>>();
    named.dedup();
    // One nation, or no body.
    let [nation] = named.as_slice() else {
        return None;
    };
    Some(OrgRef {
        id: None,
        name: Arc::from(format!("A&E departments in {nation}")),
        kind: OrgType::Aggregate,
        successor: None,
    })
}

/// Inside ", who chairs X's committee": X is about the person, not the
/// figure.
fn in_who_clause(a: &Analysis, r: &Ref, sent: Span) -> bool {
    // Also a site in ", which runs X," and a partner in ", which includes X,".
    static OPENERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([
            " who ",
            ", which runs ",
            ", which operates ",
            ", which manages ",
            ", which includes ",
            ", which covers ",
            ", which buys ",
            ", which took over ",
            ", which oversees ",
            " which runs ",
            ", which is run by ",
            ", which are run by ",
        ])
        .expect("static automaton")
    });
    let before = a.lower(Span::new(sent.start, r.span.start.max(sent.start)));
    // The end of the last opener (all matches, overlapping: " which runs "
    // ends where ", which runs " does).
    OPENERS
        .find_overlapping_iter(before)
        .map(|m| m.end())
        .max()
        .is_some_and(|i| !before[i..].contains(','))
}

/// A hospital in the list of sites a body runs: "The combined organisation
/// runs Musgrove Park Hospital, Yeovil District Hospital and 13 community
/// hospitals, with an income of £1.1bn" is the organisation's income, not
/// the trust a site's name once stood for.
fn in_run_list(a: &Analysis, r: &Ref, sent: Span) -> bool {
    // (Searchers built once: `rfind` with a `&str` builds one per call, and
    // this is asked for every candidate body of every figure.)
    static VERBS: LazyLock<[memchr::memmem::FinderRev<'static>; 3]> =
        LazyLock::new(|| [" runs ", " operates ", " manages "].map(memchr::memmem::FinderRev::new));
    let before = a.lower(Span::new(sent.start, r.span.start.max(sent.start)));
    let Some(verb) = VERBS
        .iter()
        .filter_map(|v| v.rfind(before.as_bytes()).map(|i| (i, v.needle().len())))
        .max()
    else {
        return false;
    };
    let (at, len) = (sent.start + verb.0, verb.1);
    // Only a list between the verb and the name: no figure, no clause.
    const CLAUSE: &[&str] = &[
        "which", "who", "that", "while", "but", "with", "has", "have", "had", "is", "was", "will",
        "said", "says",
    ];
    let listed = !words_between(a, at + len, r.span.start).any(|w| CLAUSE.contains(&w))
        && !a
            .figs
            .iter()
            .any(|f| f.span.start >= at && f.span.end <= r.span.start);
    // The body that runs them is named right before the verb.
    listed
        && within(a, sent.start, at).iter().any(|q| {
            !q.orgs.is_empty()
                && q.span.end <= at
                && a.lower(Span::new(q.span.end, at)).trim().is_empty()
        })
}

/// Whether the reference is the bodies another was made from: "formed
/// last October when the county's five PCTs were merged", "formed in 2023
/// from the merger of two trusts". They are its history, not the subject.
fn merged_parts(a: &Analysis, r: &Ref) -> bool {
    if !(r.plural && r.how == "aggregate") {
        return false;
    }
    let from = a.lower[..r.span.start]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(4)
        .map_or(0, |(i, _)| i);
    let merge = |w: &str| w.starts_with("merg") || w == "amalgamated";
    words_between(a, from, r.span.start).any(merge)
        || words_between(a, r.span.end, a.lower.len())
            .take(3)
            .any(merge)
}

/// Whether the reference only describes another body, in an appositive
/// after its name: "told by Monitor, the regulator of foundation trusts,
/// to find £15.3m".
fn in_appositive(a: &Analysis, r: &Ref, sent: Span) -> bool {
    let before = a.lower(Span::new(sent.start, r.span.start.max(sent.start)));
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let phrase = before[comma + 1..].trim();
    let described = (phrase.starts_with("the ") || phrase.starts_with("a "))
        && (phrase.ends_with(" of") || phrase.ends_with(" for"))
        && phrase.split_whitespace().count() <= 6;
    let closed = a.lower[r.span.end..].trim_start().starts_with(',');
    let head_end = sent.start + before[..comma].trim_end().len();
    described
        && closed
        && a.refs
            .iter()
            .any(|q| q.span.end == head_end && !q.orgs.is_empty())
}

fn is_possessive(a: &Analysis, r: &Ref) -> bool {
    let after = &a.norm[r.span.end..];
    after.starts_with("'s") || after.starts_with("\u{2019}s") || after.starts_with("' ")
}

fn is_subject(a: &Analysis, r: &Ref) -> bool {
    // Look past determiners: "agreed with the Canterbury and Coastal CCG".
    let mut at = r.span.start;
    loop {
        let w = prev_word(&a.lower, at);
        if matches!(w, "the" | "a" | "an" | "its" | "their" | "this" | "that") {
            at = a.lower[..at].trim_end().len() - w.len();
            continue;
        }
        return !PREPOSITIONS.contains(&w)
            || (w == "to" && turns_to(a, a.lower[..at].trim_end().len() - w.len()));
    }
}

/// Whether the "to" at `to_start` is a story's turn to its next topic,
/// which opens the sentence: "And so to Aintree, rooted to the bottom of
/// the table." (The body is what the sentence is about.)
fn turns_to(a: &Analysis, to_start: usize) -> bool {
    let Some(si) = a.sentence_of(to_start) else {
        return false;
    };
    let head = a.lower(Span::new(a.sents[si].span.start, to_start)).trim();
    matches!(
        head,
        "and so"
            | "so"
            | "now"
            | "and now"
            | "and finally"
            | "finally"
            | "which brings us"
            | "that brings us"
            | "this brings us"
            | "and on"
    )
}

/// Attributes figure `fi` (in sentence `si`); returns the bodies and how
/// they were found.
pub fn attribute(
    a: &Analysis,
    fi: usize,
    si: usize,
    t: &Typing,
    prior: &[Option<Vec<OrgRef>>],
) -> Option<(Vec<OrgRef>, String)> {
    let fig = &a.figs[fi];
    let left = fig
        .hedge
        .filter(|h| h.end <= fig.span.start)
        .map_or(fig.span.start, |h| h.start);
    let clause = t.clause;
    let sent = a.sents[si].span;
    let usable = |r: &&Ref| !r.orgs.is_empty();
    let before_in = |lo: usize| -> Vec<&Ref> {
        within(a, lo, left)
            .iter()
            .filter(|r| r.span.start >= lo && r.span.end <= left)
            .filter(usable)
            .collect()
    };

    // "X and Y ... £11.3m and £6.2m respectively".
    if let Some(found) = respectively(a, fi, sent) {
        return Some(found);
    }
    // A list item labelled with a name finfacts does not know ("...;
    // Westshire Healthcare: £2m deficit") is that name's, not the body of
    // the item before.
    if unknown_label(a, sent, left) {
        return None;
    }
    // "the average acute trust in England was forecasting a deficit of about
    // £8m": a national average, no body's figure.
    if let Some(m) = AVERAGE_BODY
        .find_iter(a.lower(Span::new(sent.start, left)))
        .last()
        && !a.refs.iter().any(|r| {
            r.span.start >= sent.start + m.end() && r.span.end <= left && !r.orgs.is_empty()
        })
    {
        return None;
    }
    // 1. A figure continuing another: same body, unless its own clause
    //    names one after that figure ("the N&N ... from £5.4m to £9.5m,
    //    while the James Paget's is likely to rise from £3.4m to £5m"). A
    //    body after a preposition ("agreed with regulator Monitor") is not
    //    the clause's own.
    if let Some(p) = t.continues {
        let pf = &a.figs[p];
        let own: Vec<&Ref> = before_in(clause.start.max(pf.span.end));
        let governed = |r: &Ref| {
            let before = a.lower(Span::new(pf.span.end, r.span.start));
            !r.subject
                || before
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .any(|w| matches!(w, "with" | "by"))
        };
        if let Some(r) = own.iter().rev().find(|r| !governed(r)) {
            return Some((
                r.orgs.clone(),
                why!(a, "{} {:?} in its own clause", r.how, a.slice(r.span)),
            ));
        }
        // "each CCG must hold a surplus of 1% of its allocation, which
        // would be roughly £4.2m in York's case": the sum a rule for every
        // body comes to is one body's.
        if fig.kind == crate::model::FigureKind::Money
            && pf.kind == crate::model::FigureKind::Percent
            && matches!(prior.get(p), Some(Some(o)) if o.first().is_some_and(|o| o.kind == OrgType::Aggregate))
            && let Some(r) = before_in(clause.start)
                .into_iter()
                .rev()
                .find(|r| r.span.end <= pf.span.start && r.how == "the + type noun")
            && every_of_kind(a, r.span, &r.orgs, None).is_some()
        {
            return Some((
                r.orgs.clone(),
                why!(
                    a,
                    "the one of {:?} the rule before it is for",
                    a.slice(r.span)
                ),
            ));
        }
        match prior.get(p) {
            Some(Some(orgs)) => {
                return Some((orgs.clone(), why!(a, "same body as {:?}", a.slice(pf.span))));
            }
            // The figure it continues has no body: a body named later in
            // the clause is another's ("could reach £113m, compared with a
            // plan of £77.3m, with the four east Kent CCGs responsible for
            // £38.2m of it").
            Some(None) => return None,
            None => {}
        }
    }

    // 1b. A fact box's item that heads its line with a figure the story
    //     gave before ("In numbers: - £720,000: the savings it must make")
    //     restates it: the same body, whatever the box's pronouns reach.
    if a.in_list_line(si)
        && a.lower[sent.start..left]
            .trim_start_matches(['-', '*', '•', '–', ' '])
            .is_empty()
        && let Some(orgs) = (0..fi).rev().find_map(|j| {
            let f = &a.figs[j];
            let same = f.value == fig.value && f.unit == fig.unit && f.kind == fig.kind;
            let told = a
                .sentence_of(f.span.start)
                .is_some_and(|sj| !a.in_list_line(sj));
            (same && told)
                .then(|| prior.get(j).cloned().flatten())
                .flatten()
        })
    {
        return Some((
            orgs,
            why!(
                a,
                "a fact box restating the story's {:?}",
                a.slice(fig.span)
            ),
        ));
    }

    // 2. A possessive right before: "its £2.5 billion annual budget".
    let near = before_in(clause.start);
    if let Some(r) = near.last() {
        let gap = a.lower(Span::new(r.span.end, left));
        let text = a.lower(r.span);
        let possessive = matches!(text, "its" | "their" | "our")
            || gap.starts_with("'s")
            || gap.starts_with("’s");
        // Not "against its plan by £1.3m": the possessive is the plan's.
        if possessive && gap.split_whitespace().count() <= 3 && !gap.contains(" by") {
            return Some((r.orgs.clone(), why!(a, "possessive {:?}", a.slice(r.span))));
        }
    }

    // 3. A relative clause: "groups, which have annual budgets of £200m".
    // (A searcher built once: building one per figure cost more than the
    // search.)
    static WHICH: LazyLock<memchr::memmem::FinderRev<'static>> =
        LazyLock::new(|| memchr::memmem::FinderRev::new(" which "));
    if let Some(w) = WHICH.rfind(a.lower(Span::new(sent.start, left)).as_bytes()) {
        let at = sent.start + w;
        if let Some(r) = a
            .refs
            .iter()
            .rfind(|r| r.span.end <= at && r.span.start >= sent.start && !r.orgs.is_empty())
        {
            let gap = a.lower(Span::new(r.span.end, at)).trim().to_owned();
            if (gap.is_empty() || gap == ",") && !is_authority_org(&r.orgs[0]) {
                // "X and Y, which have budgets of around £230m each": both.
                let each = a.lower[a.figs[fi].span.end..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        matches!(w.trim_end_matches([',', '.', ';']), "each" | "apiece")
                    });
                let pair = within(a, sent.start, r.span.start).iter().rfind(|q| {
                    q.span.end <= r.span.start
                        && q.span.start >= sent.start
                        && !q.orgs.is_empty()
                        && matches!(
                            a.lower(Span::new(q.span.end, r.span.start)).trim(),
                            "and" | "&"
                        )
                });
                if each && let Some(q) = pair {
                    let mut orgs = q.orgs.clone();
                    orgs.extend(r.orgs.iter().filter(|o| !q.orgs.contains(o)).cloned());
                    return Some((
                        orgs,
                        why!(
                            a,
                            "antecedents of 'which' {:?} and {:?}, each",
                            a.slice(q.span),
                            a.slice(r.span)
                        ),
                    ));
                }
                return Some((
                    r.orgs.clone(),
                    why!(a, "antecedent of 'which' {:?}", a.slice(r.span)),
                ));
            }
        }
    }

    // 4. The indirect object of a giving verb: "lent NHS Grampian £67m".
    //    An active giving verb with no indirect object ("the League of
    //    Friends handed over £38,000") names the giver, not a body bailed
    //    out: no fact.
    if t.metric == Metric::Bailout
        && t.role == Some(crate::recognise::cues::Role::Verb)
        && let Some(cue) = t.cue
        && cue.end <= left
    {
        let verb = a.lower(cue);
        let active = ["lent", "loaned", "handed", "gave", "awarded", "granted"].contains(&verb);
        let passive = ["been", "was", "were", "is", "be", "being", "are"]
            .contains(&prev_word(&a.lower, cue.start));
        let object = a
            .refs
            .iter()
            .any(|r| r.span.start >= cue.end && r.span.end <= left && !r.orgs.is_empty());
        if active && !passive && !object {
            return None;
        }
    }
    // Not for a debt: whoever is owed ("owe the department £11bn") is the
    // creditor; the debt is the subject's.
    if let Some(cue) = t.cue
        && t.role == Some(crate::recognise::cues::Role::Verb)
        && t.metric != Metric::Debt
        && cue.end <= left
        && let Some(r) = a
            .refs
            .iter()
            .rfind(|r| r.span.start >= cue.end && r.span.end <= left && !r.orgs.is_empty())
    {
        return Some((
            r.orgs.clone(),
            why!(a, "object of {:?}: {:?}", a.slice(cue), a.slice(r.span)),
        ));
    }

    // 5. The nearest body before it in its clause, then in its sentence,
    //    passing over bodies that only act on it.
    // "released £12m of extra funding to it": the recipient follows.
    if t.metric == Metric::Bailout
        && let Some(r) = within(a, fig.span.end, clause.end).iter().find(|r| {
            r.span.start >= fig.span.end
                && r.span.end <= clause.end
                && !r.orgs.is_empty()
                && prev_word(&a.lower, r.span.start) == "to"
                && !is_authority_org(&r.orgs[0])
                // Not in a clause of its own: "receiving £9.5m from the
                // fund, which is paid only to trusts that ...".
                && !words_between(a, fig.span.end, r.span.start)
                    .any(|w| matches!(w, "which" | "who" | "that"))
                // Nor a description: "paid to trusts that meet their targets".
                && !generic_plural(a, r)
        })
    {
        return Some((r.orgs.clone(), why!(a, "recipient {:?}", a.slice(r.span))));
    }
    // Bodies that hand money out (NHS England, DHSC, regulators) are not
    // what a bailout is about.
    let giver_ok = t.metric != Metric::Bailout;
    let pick = |cands: Vec<&Ref>| -> Option<Ref> {
        let good: Vec<&Ref> = cands
            .into_iter()
            .filter(|r| !agent_governed(a, r))
            // "submitted a plan to NHS England showing a deficit": the
            // authority a plan goes to is not its body.
            .filter(|r| !(governor(&a.lower, r.span.start) == "to" && is_authority_org(&r.orgs[0])))
            // ("us" is the paper, "told us", unless a body is given to:
            // "NHS Improvement has offered us a control total".)
            .filter(|r| {
                !matches!(a.lower(r.span), "them" | "us")
                    || matches!(
                        prev_word(&a.lower, r.span.start),
                        "offered"
                            | "given"
                            | "gave"
                            | "set"
                            | "handed"
                            | "lent"
                            | "awarded"
                            | "granted"
                            | "allocated"
                    )
            })
            .filter(|r| !in_who_clause(a, r, sent))
            .filter(|r| !in_run_list(a, r, sent))
            .filter(|r| !in_appositive(a, r, sent))
            .filter(|r| !merged_parts(a, r))
            .filter(|r| {
                !matches!(
                    prev_word(&a.lower, r.span.start),
                    "formerly" | "previously" | "renamed"
                )
            })
            .collect();
        // A body in brackets closed before the figure is an aside ("the
        // system as a whole (ICB plus the trusts) has submitted a plan"):
        // a body outside them comes first.
        let bracketed = a
            .norm
            .get(sent.start..left)
            .is_some_and(|t| t.contains(')'));
        let aside = |r: &Ref| {
            if !bracketed {
                return false;
            }
            let before = a.norm.get(sent.start..r.span.start).unwrap_or("");
            let after = a.norm.get(r.span.end..left).unwrap_or("");
            before.rfind('(') > before.rfind(')') && after.contains(')')
        };
        let good = if good.iter().any(|r| !aside(r)) {
            good.into_iter().filter(|r| !aside(r)).collect()
        } else {
            good
        };
        let non_auth: Vec<&&Ref> = good
            .iter()
            .filter(|r| !is_authority_org(&r.orgs[0]))
            .collect();
        // A possessor ("the trust's main commissioner") names what is
        // possessed, not the subject; prefer a body that is not one.
        if let Some(r) = non_auth.iter().rev().find(|r| !is_possessive(a, r)) {
            return Some((***r).clone());
        }
        if let Some(r) = non_auth.last() {
            return Some((**r).clone());
        }
        if !giver_ok {
            return None;
        }
        good.last().map(|r| (*r).clone())
    };
    // Local bodies the article does not name ("the county's four CCGs,
    // which buy most of ULHT's services, have a budget of £1.1bn") are
    // what the sentence is about: no body, not the one in an aside.
    if within(a, sent.start, left)
        .iter()
        .filter(|r| r.span.start >= sent.start && r.span.end <= left)
        .filter(|r| !is_possessive(a, r) && !in_who_clause(a, r, sent))
        .filter(|r| !matches!(a.lower(r.span), "its" | "their"))
        .rfind(|r| !r.orgs.is_empty() || r.how == LOCAL_GROUP)
        .is_some_and(|r| r.how == LOCAL_GROUP)
    {
        return None;
    }
    // "... and that the NHS nationally faced a funding gap of £30bn": the
    // service as a whole is the subject, not a body named before it.
    if let Some(m) = WHOLE_NHS
        .find_iter(a.lower(Span::new(sent.start, left)))
        .last()
        && !before_in(sent.start + m.start())
            .iter()
            .any(|r| r.span.start >= sent.start + m.end())
    {
        return None;
    }
    if let Some(r) = pick(before_in(clause.start)) {
        // "NHS England requires every CCG to plan for a surplus of 1 per
        // cent": the rule is every CCG's, not only the story's one's.
        if r.how == "the + type noun"
            && fig.kind == crate::model::FigureKind::Percent
            && let Some(all) = every_of_kind(a, r.span, &r.orgs, a.story_body().as_ref())
        {
            // (The story's own body is one of them: its row stays.)
            let mut orgs = vec![all];
            orgs.extend(r.orgs.iter().cloned());
            return Some((
                orgs,
                why!(
                    a,
                    "all the bodies of {:?} before it in its clause",
                    a.slice(r.span)
                ),
            ));
        }
        return Some((
            r.orgs.clone(),
            why!(a, "{} {:?} before it in its clause", r.how, a.slice(r.span)),
        ));
    }
    if let Some(r) = pick(before_in(sent.start)) {
        return Some((
            r.orgs.clone(),
            why!(
                a,
                "{} {:?} before it in its sentence",
                r.how,
                a.slice(r.span)
            ),
        ));
    }
    // 6. A body after it in its clause: "a £4.8m gap at Southend Hospital";
    //    not one in a subordinate clause of its own ("must close a gap of
    //    £18.9m after the council and NHS Lothian offered less").
    if let Some(r) = a
        .refs
        .iter()
        .filter(|r| r.span.start >= fig.span.end && r.span.end <= clause.end && !r.orgs.is_empty())
        .filter(|r| r.how != "pronoun")
        .filter(|r| !reported_or_subordinate(a, fig.span.end, r))
        // Nor the subject of a relative clause on the figure ("£31m of
        // deficit support, which NHS England has said will be reduced").
        .filter(|r| {
            let between = a.lower(Span::new(fig.span.end, r.span.start));
            !(between.ends_with(", which ") || between.ends_with(", which the "))
        })
        .filter(|r| !in_who_clause(a, r, sent))
        .filter(|r| !generic_plural(a, r))
        .find(|r| {
            let g = governor(&a.lower, r.span.start);
            // The agent of a passive is the figure's body: "a surplus of
            // £1.8m is expected to be delivered this year by NHS
            // Warwickshire North CCG".
            let passive = g == "by"
                && words_between(a, fig.span.end, r.span.start)
                    .any(|w| matches!(w, "is" | "was" | "are" | "were" | "be" | "been" | "being"));
            passive || !AGENT_PREPS.contains(&g)
        })
    {
        return Some((
            r.orgs.clone(),
            why!(a, "{} {:?} after it in its clause", r.how, a.slice(r.span)),
        ));
    }
    // 6b. Nothing before it names a body, and the clause joined on after it
    //     has one for its subject: the sentence goes on about that body
    //     ("the draft plan envisages a deficit of £60m, and the trust has
    //     warned ..."). Not when that clause has a figure of its own (a
    //     comparison), nor an authority ("..., and NHS England has stepped
    //     in").
    if let Some(r) = joined_subject(a, fig, clause, sent) {
        return Some((
            r.orgs.clone(),
            why!(
                a,
                "{} {:?} subject of the clause joined on after it",
                r.how,
                a.slice(r.span)
            ),
        ));
    }
    // 7. The sentence names no body: the subject of the sentences before,
    //    or, for a headline or lead, the first body of the next sentences.
    // (A body in a subordinate clause after the figure is another clause's.)
    // The giver of a bail-out ("NHS England has provided a £3m loan") is
    // not what the sentence is about: the body it goes to is the story's.
    // (Nor the lender a debt is owed to: "£12.4m remains outstanding, and
    // the Scottish Government has agreed to defer repayment".)
    let giver = |r: &Ref| {
        matches!(t.metric, Metric::Bailout | Metric::Debt) && r.orgs.iter().all(is_authority_org)
    };
    // Nor is the setter of a performance target ("against the Scottish
    // Government's 95 per cent target"): the figure is the local body's.
    let setter = |r: &Ref| {
        matches!(
            t.metric,
            Metric::PerformanceActual | Metric::PerformanceTarget
        ) && r
            .orgs
            .iter()
            .all(|o| is_authority_org(o) || is_devolved_government(o))
    };
    let in_sentence = within(a, sent.start, sent.end).iter().any(|r| {
        r.span.start >= sent.start
            && r.span.end <= sent.end
            && r.how != "pronoun"
            && !r.orgs.is_empty()
            && !giver(r)
            && !setter(r)
            && !generic_plural(a, r)
            && !merged_parts(a, r)
            // "61.2 per cent of patients who turned up at the Ulster
            // Hospital": where the people went, not a second subject.
            && !in_who_clause(a, r, sent)
            && !(r.span.start >= fig.span.end
                && (subordinate(a, fig.span.end, r)
                    || AGENT_PREPS.contains(&governor(&a.lower, r.span.start))))
            // ("The plan agreed with the NHS Trust Development Authority
            // allowed for a deficit of £4.1m": the regulator a plan is
            // agreed with is no subject of the sentence.)
            && !(is_authority_org(&r.orgs[0])
                && AGENT_PREPS.contains(&governor(&a.lower, r.span.start)))
            // ("That is below the £5.5 million surplus set out in the plan,
            // but the PCT's director of finance said ...": whose people
            // speak in a clause of their own is no subject of the figure's.)
            && !(r.span.start >= fig.span.end
                && is_possessive(a, r)
                && a.lower(Span::new(fig.span.end, r.span.start)).contains(','))
    });
    if in_sentence {
        return None;
    }
    // "If you plan to spend £3 on comics and save £2": the reader's money
    // in an illustration, not the body's.
    if words_between(a, clause.start, left).any(|w| w == "you") {
        return None;
    }
    // ... unless the sentence says what it is for, or whom it goes to,
    // without naming a body ("£1bn of support for struggling trusts", "£2m
    // for a new scanner"; not "to be repaid").
    // (No other body is named, or `in_sentence` would have returned.)
    let giver_only = a
        .refs
        .iter()
        .any(|r| r.span.start >= sent.start && r.span.end <= sent.end && giver(r));
    let after_fig: Vec<&str> = words_between(a, fig.span.end, clause.end).collect();
    // A pot, not money given ("made available", "set aside"), unless it
    // goes to those named before ("available to help them").
    let pot = after_fig
        .iter()
        .any(|w| matches!(*w, "available" | "aside" | "earmarked"))
        && !after_fig
            .iter()
            .any(|w| matches!(*w, "it" | "its" | "them" | "their"));
    let purpose = pot
        || after_fig.windows(2).any(|w| {
            w[0] == "for"
                || (w[0] == "to"
                    && !matches!(w[1], "be" | "cover" | "help" | "balance" | "plug" | "keep"))
        });
    if t.metric == Metric::Bailout && giver_only && purpose {
        return None;
    }
    // (Not bodies in a relative clause on the money: "£31m of deficit
    // support, which NHS England has said will be withdrawn from trusts
    // that miss their plans" is still the story's body's.)
    if t.metric == Metric::Bailout
        && after_fig
            .iter()
            .take_while(|w| !matches!(**w, "which" | "who"))
            .any(|w| {
                matches!(
                    *w,
                    "trusts"
                        | "hospitals"
                        | "boards"
                        | "ccgs"
                        | "councils"
                        | "providers"
                        | "organisations"
                        | "systems"
                        | "areas"
                )
            })
    {
        return None;
    }
    // "One further board, which ministers declined to name, has asked for
    // £6.3m": the sentence is about a body it does not name.
    if INDEFINITE.is_match(a.lower(Span::new(sent.start, left))) {
        return None;
    }
    // "Nationally, ...", "Across Scotland, 66.2% of patients ...": a
    // national figure, not the local body of the sentences before.
    // (Not a subordinate clause after the figure: "ahead of the £5.1m
    // surplus we planned, and it has been achieved at a time when hospitals
    // across the country have been under more pressure than ever".)
    let own_end = a.lower[fig.span.end..sent.end.max(fig.span.end)]
        .split(' ')
        .scan(fig.span.end, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .find(|(_, w)| matches!(*w, "when" | "while" | "whereas" | "although" | "because"))
        .map_or(sent.end, |(at, _)| at);
    let own = a.lower(Span::new(sent.start, own_end.max(sent.start)));
    // (A standard "set nationally" is still the local body's target: "The
    // target set nationally is 95 per cent.")
    let set_nationally = t.metric == Metric::PerformanceTarget
        && (own.contains("set nationally") || own.contains("nationally set"));
    if NATIONAL.is_match(own) && !set_nationally {
        // The four-hour standard across a nation is the nation's A&E
        // departments' figure.
        return national_emergency_care(own, t.metric).map(|o| {
            let how = why!(a, "a nation's A&E figure: {:?}", o.name);
            (vec![o], how)
        });
    }
    // "Hull received £14.6m ..." where "Hull" could be the trust or the CCG:
    // the sentence has a subject of its own that could not be resolved.
    if unresolved_subject(a, &a.refs, sent) {
        return None;
    }
    // "It warned ..." where "it" is not a body (a report), "Our own black
    // hole is £35m" where the speaker's body is not known: no body to take.
    // ("They" may be people: "health chiefs ... they are seeking".)
    if within(a, sent.start, left).iter().any(|r| {
        r.span.start >= sent.start
            && r.span.end <= left
            && r.how == "pronoun"
            && !r.plural
            && r.orgs.is_empty()
            && matches!(a.lower(r.span), "it" | "its" | "we" | "our" | "us")
    }) {
        return None;
    }
    // One body ("the system") the sentence speaks of and no earlier name
    // stands for is not a group of bodies named before ("In Hampshire, the
    // system is forecasting ..." after "Integrated care systems ...").
    let one_unnamed = within(a, sent.start, left).iter().any(|r| {
        r.span.start >= sent.start
            && r.span.end <= left
            && !r.plural
            && r.orgs.is_empty()
            && r.how == "the + type noun"
            // ("Each trust" is every one of them.)
            && !matches!(prev_word(&a.lower, r.span.start), "each" | "every")
            && !a.lower(r.span).starts_with("each ")
            && !a.lower(r.span).starts_with("every ")
    });
    let para = a.sents[si].para;
    // A list item reaches past its lead-in ("Key figures from the month 10
    // report:") to the story's body.
    // (A sentence after the item's first on its line is in the item too.)
    let item = a.in_list_line(si);
    let (reach, back_max) = if item { (3, 6) } else { (1, 3) };
    // A list that names no body, with its lead-in, is an aside: the
    // sentence after it reaches past it as if it were not there ("Key
    // points: - ... - ... Directors warn that the plan requires £24m").
    // (An authority named in it, "cash support from the Department of
    // Health", is not what the story is about.)
    let names_body = |pj: usize| {
        let ps = a.sents[pj].span;
        within(a, ps.start, ps.end).iter().any(|r| {
            r.span.start >= ps.start
                && r.span.end <= ps.end
                && r.orgs.first().is_some_and(|o| !is_authority_org(o))
        })
    };
    // A speaker quoted by name speaks for the body they were introduced with.
    if let Some(r) = quoted_speakers_body(a, si) {
        return Some((
            r.orgs.clone(),
            why!(
                a,
                "body the quoted speaker was introduced with {:?}",
                a.slice(r.span)
            ),
        ));
    }
    // Online copy gives every sentence a paragraph of its own: there a
    // paragraph break between two such one-sentence paragraphs is no
    // change of subject, and counts half ("... expects a deficit of £9.7m.
    // / Its plan was to break even. / We have seen the papers. / They show
    // that £18m of the savings have not yet been found.").
    let one_sentence = |p: usize| {
        let first = a.sents.partition_point(|s| s.para < p);
        let end = a.sents.partition_point(|s| s.para <= p);
        end == first + 1 && !a.sents[first].line_like
    };
    let mut half_paras = 0;
    let mut at_para = para;
    let mut back = 0;
    let mut pj = si;
    while back < back_max && pj > 0 {
        pj -= 1;
        if !item && a.in_list_line(pj) {
            // The list's first item, then its lead-in.
            let mut first = pj;
            while first > 0 && a.in_list_line(first - 1) {
                first -= 1;
            }
            if !(first..=pj).any(names_body) {
                // A lead-in that names the body is read as the sentence before.
                let lead_in = first > 0 && a.is_lead_in(first - 1) && !names_body(first - 1);
                let top = if lead_in { first - 1 } else { first };
                at_para = a.sents[top].para;
                half_paras = 0;
                pj = top;
                continue;
            }
        }
        let ps = a.sents[pj].span;
        let there: Vec<&Ref> = a
            .refs
            .iter()
            .filter(|r| r.span.start >= ps.start && r.span.end <= ps.end && !r.orgs.is_empty())
            .filter(|r| !(one_unnamed && r.plural))
            // ("..., a national pot handed to trusts that hit agreed
            // conditions": a description, not bodies to carry on with.)
            .filter(|r| !generic_plural(a, r))
            .collect();
        back += 1;
        let p = a.sents[pj].para;
        if p < at_para {
            let step = if one_sentence(p) && one_sentence(at_para) {
                1
            } else {
                2
            };
            half_paras += step * (at_para - p);
            at_para = p;
        }
        if half_paras > 2 * reach {
            break;
        }
        if there.is_empty() {
            continue;
        }
        if let Some(r) = there
            .iter()
            .find(|r| is_subject(a, r) && !is_authority_org(&r.orgs[0]))
        {
            return Some((
                r.orgs.clone(),
                why!(a, "subject of an earlier sentence {:?}", a.slice(r.span)),
            ));
        }
        // (Not one in an aside: "..., which is run by Surrey County
        // Council.")
        if let Some(r) = there
            .iter()
            .find(|r| !is_authority_org(&r.orgs[0]) && !in_who_clause(a, r, ps))
        {
            return Some((
                r.orgs.clone(),
                why!(a, "body of an earlier sentence {:?}", a.slice(r.span)),
            ));
        }
        // The story is about the authority itself ("NHS England underspent"),
        // unless this sentence has a subject of its own ("systems' spending
        // was £237m over budget").
        // (Nor when the sentence opens with the people of a body, who are
        // not the authority's: "NHS London asks for a recovery plan. ...
        // Directors say £7.5m is at risk": the story's body, further back.)
        let own_people = PEOPLE_SUBJECT.is_match(a.lower(Span::new(sent.start, left)));
        if own_people {
            continue;
        }
        if giver_ok
            && !GENERIC_SUBJECT.is_match(a.lower(Span::new(sent.start, left)))
            && let Some(r) = there.iter().find(|r| is_subject(a, r))
        {
            return Some((
                r.orgs.clone(),
                why!(a, "subject of an earlier sentence {:?}", a.slice(r.span)),
            ));
        }
        // An authority the sentence only mentions ("above the NHS
        // Improvement agency ceiling") is passed over, as a sentence naming
        // no body is.
        if there.iter().any(|r| is_subject(a, r)) {
            return None;
        }
    }
    // "the black hole facing the primary care trust (PCT) for North
    // Yorkshire": a body the sentence names by its kind and place, which
    // finfacts does not know, is the figure's; not one named later.
    let unknown_named = within(a, sent.start, left).iter().any(|r| {
        r.orgs.is_empty() && r.how == "the + type noun" && r.span.end <= left && {
            let after = a.norm[r.span.end..left].trim_start();
            let after = match after.strip_prefix('(') {
                Some(rest) => rest
                    .split_once(')')
                    .map_or(after, |(_, tail)| tail.trim_start()),
                None => after,
            };
            ["for ", "in "].iter().any(|p| {
                after
                    .strip_prefix(p)
                    .is_some_and(|place| place.starts_with(|c: char| c.is_uppercase()))
            })
        }
    });
    if si <= 2 && !unknown_named {
        for pj in si + 1..(si + 3).min(a.sents.len()) {
            let ps = a.sents[pj].span;
            let there: Vec<&Ref> = a
                .refs
                .iter()
                .filter(|r| r.span.start >= ps.start && r.span.end <= ps.end && !r.orgs.is_empty())
                .filter(|r| !is_authority_org(&r.orgs[0]) && r.how != "pronoun")
                .filter(|r| !subordinate(a, ps.start, r))
                // Not bodies of a kind at large: "NHS trusts heading for
                // financial trouble should be spotted" is about none of them.
                .filter(|r| r.orgs[0].kind != OrgType::Aggregate || r.orgs[0].name.contains(" in "))
                .collect();
            if let Some(r) = there.iter().find(|r| is_subject(a, r)).or(there.first()) {
                return Some((
                    r.orgs.clone(),
                    why!(a, "the body the lead goes on to name {:?}", a.slice(r.span)),
                ));
            }
        }
    }
    // 8. Nothing nearer: the body the whole story is about, if it has one,
    //    unless the sentence speaks of other bodies or of government.
    // (Government setting a performance target is not one: "The Scottish
    // Government's standard is 98 per cent".)
    let performance = matches!(
        t.metric,
        Metric::PerformanceActual | Metric::PerformanceTarget
    );
    if BEYOND_ONE_BODY
        .find_iter(a.lower(sent))
        .any(|m| !(performance && GOVERNMENT.is_match(m.as_str())))
    {
        return None;
    }
    a.story_body().map(|o| {
        let how = why!(a, "the story's body {:?}", o.name);
        (vec![o], how)
    })
}

/// The one body a story is about, if it has one: named in its headline or
/// lead (its first four sentences), at least three times in all, and more
/// than twice as often as any other body (an authority aside); or, when
/// it is the only body named, four times anywhere (an explainer that
/// names the council only after its questions). A board
/// digest's "The cost improvement target for the year is £14.2m", under a
/// heading of its own, is that body's figure; a round-up of several bodies
/// has none.
pub(crate) fn story_body(a: &Analysis, refs: &[Ref]) -> Option<OrgRef> {
    // (Each body, how often it is named, and the sentence naming it first.)
    let mut named: Vec<(&OrgRef, usize, usize)> = Vec::new();
    for r in refs {
        let [o] = r.orgs.as_slice() else {
            continue;
        };
        if r.plural || is_authority_org(o) {
            continue;
        }
        match named.iter_mut().find(|n| n.0 == o) {
            Some(n) => n.1 += 1,
            None => named.push((o, 1, a.sentence_of(r.span.start).unwrap_or(usize::MAX))),
        }
    }
    // Most named first; then first named.
    named.sort_by(|x, y| y.1.cmp(&x.1).then(x.2.cmp(&y.2)));
    let (top, times, first) = *named.first()?;
    let next = named.get(1).map_or(0, |n| n.1);
    (times >= 3 && next * 2 < times && (first <= 3 || (next == 0 && times >= 4)))
        .then(|| top.clone())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_quick_alphanumeric_test_is_char_is_alphanumeric() {
        for c in ('\0'..='\u{3000}').chain(['\u{ff10}', '\u{1d400}']) {
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        assert_eq!(super::prev_word("the £5m’s deficit", 12), "s");
        assert_eq!(super::prev_word("a caf\u{e9} \u{2014} x", 11), "");
        assert_eq!(super::prev_word("le caf\u{e9} x", 9), "caf\u{e9}");
    }

    #[test]
    fn capitals_around_a_word() {
        let at = |t: &str, w: &str| {
            let i = t.find(w).unwrap();
            super::shouted_at(t, crate::model::Span::new(i, i + w.len()))
        };
        assert!(!at("Its new IT system cost £3m.", "IT"));
        assert!(!at("IT spending rose.", "IT"));
        assert!(at("TRUST SAYS IT WILL CUT JOBS", "IT"));
        assert!(at("IT", "IT"));
    }

    #[test]
    fn pronouns_are_the_regex_matches() {
        let texts = [
            "It said its plan, it's theirs: They, THEIR them. We/our us; itself ITS",
            "with citizens trust us_1 us_ it2 it. we're our’s “they” 'them' (us) it-",
            "\u{e9}t\u{e9}: it is Caf\u{e9} us; it\u{e9} its", // non-ASCII letters: the regex
            "",
            "us",
        ];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/holdout/articles");
        let articles: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        assert!(articles.len() > 10);
        let mut total = 0;
        for t in texts
            .iter()
            .copied()
            .chain(articles.iter().map(String::as_str))
        {
            let got = super::pronouns(t, None);
            let want: Vec<_> = super::PRONOUN
                .find_iter(t)
                .map(|m| super::Span::new(m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{t}");
            // And as found in the shared words pass.
            let found = crate::patterns::test_patterns().cues_in(t).pronouns;
            assert_eq!(super::pronouns(t, Some(&found)), want, "{t}");
            total += got.len();
        }
        assert!(total > 100);
        let first: Vec<&str> = super::pronouns(texts[0], None)
            .iter()
            .map(|s| &texts[0][s.start..s.end])
            .collect();
        assert_eq!(
            first,
            [
                "It", "its", "it", "They", "THEIR", "them", "We", "our", "us", "ITS"
            ]
        );
    }

    #[test]
    fn a_span_set_finds_every_overlap_a_scan_finds() {
        // Nested, touching, long and empty spans, in no order.
        let spans: Vec<crate::model::Span> = [
            (40, 90),
            (0, 3),
            (5, 9),
            (9, 12),
            (20, 20),
            (21, 30),
            (7, 8),
        ]
        .map(|(s, e)| crate::model::Span::new(s, e))
        .to_vec();
        let set = super::SpanSet::new(spans.clone());
        let mut hits = 0;
        for start in 0..100 {
            for end in start..=100.min(start + 12) {
                let s = crate::model::Span::new(start, end);
                let scan = spans.iter().any(|r| r.overlaps(s));
                assert_eq!(set.overlaps(s), scan, "{s:?}");
                hits += usize::from(scan);
            }
        }
        assert_eq!(hits, 1048);
    }

    #[test]
    fn place_keys_ignore_hyphens_and_spacing() {
        assert_eq!(super::place_key("Stoke-on-Trent"), "Stoke on Trent");
        assert_eq!(super::place_key(" Stoke -on\u{a0}Trent "), "Stoke on Trent");
        assert_eq!(super::place_key("Southend"), "Southend");
        assert_eq!(super::place_key("--"), "");
    }

    #[test]
    fn a_place_has_the_key_place_key_gives_it() {
        let places = [
            "Stoke-on-Trent",
            " Stoke -on\u{a0}Trent ",
            "Stoke on",
            "Stoke on Trent and",
            "Southend",
            "South end",
            "Southend on Sea",
            "southend",
            "--",
            "",
        ];
        let mut agreed = 0;
        for p in places {
            for k in places.map(super::place_key) {
                assert_eq!(
                    super::has_place_key(p, &k),
                    super::place_key(p) == k,
                    "{p:?} against {k:?}"
                );
                agreed += usize::from(super::has_place_key(p, &k));
            }
        }
        // Six places have keys of their own; the two ways of writing
        // Stoke on Trent share one, and so do the two empty places.
        assert_eq!(agreed, 6 + 2 * 2 + 2 * 2);
    }
}
