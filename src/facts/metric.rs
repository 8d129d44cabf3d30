//! What a figure measures.
//!
//! A cue types a figure only when it stands in a grammatical relation to it
//! inside the figure's clause, found from the words between them:
//! - the figure modifies the cue noun: "a £7m deficit", "its £2.5bn budget";
//! - the figure is "of" the cue: "a deficit of £2m", "savings of only £3.8m";
//! - the cue is the subject and the figure its complement: "the deficit
//!   went up from £20.7m to £29m", "the funding gap stands at £550m";
//! - a verb and "by": "overspent by £8m";
//! - a verb and its object: "save £37.5m", "lent NHS Grampian £67m";
//! - a phrase right after the figure: "£98.5m in deficit", "£35m adrift".
//!
//! Figures in a list, a series or a comparison ("up from £52m in October,
//! £45m in September", "compared with a planned £61.9m") take the metric of
//! the figure they continue. Raw distance alone never types a figure.

use std::sync::LazyLock;

use memchr::memmem::{Finder, FinderRev};

use super::Analysis;
use super::clause::clause_of;
use crate::facts::Options;
use crate::model::{Figure, FigureKind, Metric, Span, Status};
use crate::recognise::cues::Role;
use crate::rx::Regex;
use crate::text::Phrases;

/// The typing of one figure.
#[derive(Clone, Debug)]
pub struct Typing {
    pub metric: Metric,
    pub rule: String,
    pub explain: String,
    /// The cue that typed it, when one did, and how it stands to it.
    pub cue: Option<Span>,
    pub role: Option<Role>,
    /// The figure whose metric (and body) this one continues.
    pub continues: Option<usize>,
    pub clause: Span,
    /// A status the cue phrase itself carries ("planned deficit").
    pub status: Option<Status>,
    /// Typed as a deficit because a body "overspent" its allocation; a
    /// council's overspend stays an overspend (see `facts::extract`).
    pub from_overspend: bool,
    /// Typed by a weak cue ("gap", "shortfall"): dropped when the same
    /// amount of the same body is typed by a strong one elsewhere.
    pub weak: bool,
}

/// Words that end a noun phrase between a figure and the noun it modifies.
const BREAK: &[&str] = &[
    "of", "in", "to", "for", "by", "from", "with", "and", "or", "but", "which", "that", "is",
    "was", "are", "were", "has", "had", "have", "will", "would", "could", "on", "at", "as", "than",
    "against", "compared", "it", "its", "their", "be", "been", "being", "this", "these", "those",
    "after", "before", "over", "under", "into", "per", "a", "an", "the", "said", "says", "who",
    "when", "where", "while", "if", "not", "more", "less", "up", "down", "so", "once", "unless",
    "until", "because",
];

/// Words between an amount and "budget" that keep it the whole body's
/// budget ("£640m annual budget", "£4.6bn health budget").
const WHOLE_BUDGET: &[&str] = &[
    "annual",
    "yearly",
    "total",
    "overall",
    "net",
    "gross",
    "revenue",
    "running",
    "operating",
    "core",
    "health",
    "nhs",
    "spending",
    "entire",
    "whole",
    "combined",
    "day-to-day",
    "recurrent",
    "base",
    "new",
    "current",
    "year's",
    "budget",
];

/// Words allowed between "of" and the figure: "savings of a huge £87.8m".
const MODS: &[&str] = &[
    "a",
    "an",
    "the",
    "only",
    "just",
    "some",
    "huge",
    "massive",
    "whopping",
    "staggering",
    "further",
    "additional",
    "extra",
    "total",
    "combined",
    "estimated",
    "projected",
    "forecast",
    "expected",
    "predicted",
    "planned",
    "likely",
    "possible",
    "potential",
    "record",
    "reported",
    "mere",
    "initial",
    "revised",
    "original",
    "full",
    "overall",
    "net",
    "gross",
    "recurrent",
    "underlying",
    "annual",
    "cumulative",
    "another",
    "eye-watering",
    "colossal",
    "hefty",
    "significant",
];

/// [`LINKS`] split into words, once.
static LINK_WORDS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| LINKS.iter().map(|l| l.split(' ').collect()).collect());

/// Phrases linking a subject cue to its complement figure.
const LINKS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "stands at",
    "stood at",
    "stand at",
    "totalled",
    "totaled",
    "totals",
    "total",
    "reached",
    "reach",
    "reaches",
    "hit",
    "hits",
    "rose to",
    "risen to",
    "grew to",
    "grown to",
    "climbed to",
    "climb from",
    "climbed from",
    "increased to",
    "fell to",
    "dropped to",
    "came to",
    "comes to",
    "come to",
    "amounted to",
    "amounts to",
    "be",
    "been",
    "to",
    "from",
    "at",
    "put at",
    "now",
    "equal to",
    "equivalent to",
    "worth",
    "of",
    "rise from",
    "go from",
    "went from",
    "up from",
    "down from",
    "rising to",
    "widened to",
    "ballooned to",
    "soared to",
    "swelled to",
    "says",
    "is that",
    "states",
    "requires",
    "expects",
];

/// Nouns a figure "of" them belongs to, not to a subject cue before them.
const OTHER_OWNERS: &[&str] = &[
    "funding",
    "capital",
    "money",
    "investment",
    "grant",
    "grants",
    "spending",
    "contract",
    "contracts",
    "scheme",
    "project",
];

/// Words after a savings figure that make it the missing part.
static SAVINGS_GAP_WORDS: Phrases = Phrases::new(&[
    "not yet",
    "yet to be",
    "still to be",
    "not been identified",
    "unidentified",
    "at risk",
    "not achieved",
    "not been achieved",
    "not delivered",
    "not been delivered",
    "undelivered",
    "unachieved",
    "missed",
    "no plan",
    "no plans",
    "without a plan",
    "no schemes",
    "no scheme",
    "no named schemes",
    "no named scheme",
    "no identified schemes",
    "no identified scheme",
    "no firm schemes",
    "no firm scheme",
    "no firm plans",
    "no firm plan",
    "high risk",
    "rated red",
    "not be delivered",
]);

/// What a gap is counted before: a gap before savings is a funding gap
/// ("a gap of more than £14m forecast before any new savings").
static BEFORE_SAVINGS: Phrases = Phrases::new(&[
    "before savings",
    "before any savings",
    "before any new savings",
    "before new savings",
    "before further savings",
    "before any further savings",
    "before any cuts",
    "before cuts",
]);

const REDUCE: &[&str] = &[
    "cut",
    "cuts",
    "reduce",
    "reduced",
    "reduces",
    "reducing",
    "trim",
    "trimmed",
    "shrink",
    "lower",
    "narrow",
    "narrowed",
    "bring down",
    "brought down",
    "halve",
    "slash",
    "slashed",
];

fn words(s: &str) -> Vec<&str> {
    // (Sized once for most texts: a word and its blank take five bytes or
    // more in prose.)
    let mut out = Vec::with_capacity(s.len() / 5 + 2);
    out.extend(words_iter(s));
    out
}

/// Whether `s` has at most `n` words (as `words` gives them), counted no
/// further than that.
fn at_most_words(s: &str, n: usize) -> bool {
    words_iter(s).nth(n).is_none()
}

/// The words of `s` as `words` gives them, lazily: for a look at the first
/// few words of the rest of a document.
fn words_iter(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '"' | '\'' | '“' | '”' | '‘' | '’')))
        .filter(|w| !w.is_empty())
}

fn has_punct_break(s: &str) -> bool {
    s.contains([',', ';', ':', '(', ')', '"', '“', '”', '|', '.'])
}

/// The document's figures (with their indices) that start in `lo..=hi`,
/// found by binary search: the figures come in text order, and a figure's
/// checks scanning all of them made a long report's cost grow with its
/// square. A figure lying within `lo..hi` is among them.
fn figs_starting_in<'a>(
    a: &'a Analysis,
    lo: usize,
    hi: usize,
) -> impl Iterator<Item = (usize, &'a Figure)> + 'a {
    // (No `debug_assert!` of the order here: asked once per cue and
    // figure, it made a debug build's run over a report of thousands of
    // figures quadratic again; `clause` and `Analysis` rely on it too.)
    let from = a.figs.partition_point(|f| f.span.start < lo);
    let to = a.figs.partition_point(|f| f.span.start <= hi).max(from);
    a.figs[from..to]
        .iter()
        .enumerate()
        .map(move |(k, f)| (from + k, f))
}

/// Types every money amount and percentage of the document, in text order.
pub fn type_figures(a: &Analysis, opts: &Options) -> Vec<Option<Typing>> {
    let mut out: Vec<Option<Typing>> = Vec::with_capacity(a.figs.len());
    for fi in 0..a.figs.len() {
        let t = type_one(a, fi, &out);
        let t = match t {
            Some(t) => Some(t),
            None if opts.all_figures && !is_not_level(a, fi) => {
                let fig = &a.figs[fi];
                let si = a.sentence_of(fig.span.start);
                si.map(|si| Typing {
                    metric: Metric::Other,
                    rule: "none".into(),
                    explain: "no financial cue (--all-figures)".into(),
                    cue: None,
                    role: None,
                    continues: None,
                    clause: clause_of(a, si, fig.span.start),
                    status: None,
                    from_overspend: false,
                    weak: false,
                })
            }
            None => None,
        };
        out.push(t);
    }
    ranges(a, &mut out);
    out
}

/// The two ends of a range ("a deficit of £5m-£7m", "between £5m and £7m of
/// savings") are of one kind: an end without a cue of its own takes the
/// other's.
fn ranges(a: &Analysis, out: &mut [Option<Typing>]) {
    use crate::model::Bound;
    let typed = |t: &Option<Typing>| t.as_ref().is_some_and(|t| t.metric != Metric::Other);
    for i in 1..a.figs.len() {
        let (lo, hi) = (&a.figs[i - 1], &a.figs[i]);
        if lo.unit != hi.unit || lo.span.end > hi.span.start {
            continue;
        }
        // "£3m-£4m" is a range as written; "between £3m and £4m" when the
        // figures were read as its bounds.
        let gap = a.lower(Span::new(lo.span.end, hi.span.start));
        let bounds = lo.bound == Some(Bound::Lower) && hi.bound == Some(Bound::Upper);
        if !(matches!(gap, "-" | "–" | "—")
            || bounds && matches!(gap.trim(), "-" | "–" | "—" | "to" | "and"))
        {
            continue;
        }
        let from = match (typed(&out[i - 1]), typed(&out[i])) {
            (true, false) => i - 1,
            (false, true) => i,
            _ => continue,
        };
        let Some(mut t) = out[from].clone() else {
            continue;
        };
        let to = if from == i { i - 1 } else { i };
        t.continues = (from < to).then_some(from);
        t.explain = why!(
            a,
            "the other end of the range {:?}",
            a.slice(a.figs[from].span)
        );
        out[to] = Some(t);
    }
}

/// The span from the hedge (if any) to the figure's end.
fn fig_left(a: &Analysis, fi: usize) -> usize {
    let f = &a.figs[fi];
    f.hedge
        .filter(|h| h.end <= f.span.start)
        .map_or(f.span.start, |h| h.start)
}

/// The first `n` characters of `s` (all of it when shorter): its first
/// `n` bytes when they are ASCII, as most text is, without walking it
/// character by character.
fn first_chars(s: &str, n: usize) -> &str {
    let head = &s.as_bytes()[..s.len().min(n)];
    if head.is_ascii() {
        return &s[..head.len()];
    }
    &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]
}

fn fig_right(a: &Analysis, fi: usize) -> usize {
    let f = &a.figs[fi];
    f.hedge
        .filter(|h| h.start >= f.span.end)
        .map_or(f.span.end, |h| h.end)
}

/// A rate ("£1m a week") or a difference ("£744m more than the year
/// before", "rose by £8m") rather than a level.
fn is_not_level(a: &Analysis, fi: usize) -> bool {
    let cues = &a.patterns.cues;
    let right = fig_right(a, fi);
    // Capital money (a scanner, a building) is never a revenue fact:
    // "£2.8m of national capital funding", "a £2.3m capital grant".
    // Working capital is cash to run on ("a £3m working capital loan").
    // (Nor are capital financing costs, the interest and repayments a
    // revenue budget pays: "an underspend of £700,000 on capital financing
    // costs".)
    let mut ws = words_iter(&a.lower[right..]).take(5).peekable();
    let mut prev = "";
    for _ in 0..4 {
        let Some(w) = ws.next() else { break };
        if w == "capital" && prev != "working" && ws.peek() != Some(&"financing") {
            return true;
        }
        prev = w;
    }
    // ("£134m, more than double the £60m target" compares a level; "£744m
    // more than the year before" is a difference.)
    let comma = a.lower[right..].trim_start().starts_with(',');
    let after = a.lower[right..].trim_start_matches([' ', ',']);
    let after = first_chars(after, 60);
    // What a body spends a year is its budget, not a rate to drop.
    let fl = fig_left(a, fi);
    // Nor is the size of a body it describes: "the £470m a year trust".
    let sized = || {
        a.cues.iter().any(|c| {
            (right..=right + 1).contains(&c.span.start)
                && c.senses.iter().any(|s| &*s.id == "budget.size")
        })
    };
    // (Asked only when a rate phrase follows.)
    let yearly = || {
        let mut ws_start = fl.saturating_sub(40);
        while !a.lower.is_char_boundary(ws_start) {
            ws_start += 1;
        }
        let before_words = words(&a.lower[ws_start..fl]);
        // So is the income or turnover it has a year ("an income of around
        // £170m a year").
        let spends = before_words.iter().rev().take(3).any(|w| {
            matches!(
                *w,
                "spends" | "spend" | "spending" | "income" | "turnover" | "budget" | "allocation"
            )
        });
        // A savings rate is set a year: "savings of 4pc a year" is the
        // target, not a rate to drop.
        let annual_savings = a.figs[fi].kind == FigureKind::Percent
            && before_words.iter().rev().take(5).any(|w| {
                matches!(
                    *w,
                    "savings" | "saving" | "save" | "efficiency" | "efficiencies" | "cip"
                )
            });
        spends || annual_savings
    };
    // "of the deficit" after a percentage is a share ("60 per cent of the
    // deficit"); after an amount it is a component, typed by `share_of`.
    let money = a.figs[fi].kind == FigureKind::Money;
    // Money "per" anything but a year is a unit rate, however the unit is
    // worded: "£2.50 per registered patient", "£30 per GP appointment".
    if money
        && let Some(unit) = after.strip_prefix("per ")
        && !words_iter(unit)
            .next()
            .is_some_and(|w| matches!(w, "year" | "annum" | "cent"))
    {
        return true;
    }
    if cues
        .not_level_after
        .at(after)
        .filter(|p| !(money && p.starts_with("of ")))
        .filter(|p| {
            !(matches!(
                *p,
                "a year" | "per year" | "each year" | "every year" | "per annum"
            ) && (yearly() || sized()))
        })
        .filter(|p| !(comma && (p.starts_with("more than") || p.starts_with("less than"))))
        .any(|p| !after[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
    {
        return true;
    }
    let left = fig_left(a, fi);
    let before = a.lower[..left].trim_end();
    cues.not_level_before
        .at(before)
        .any(|p| !before[..before.len() - p.len()].ends_with(|c: char| c.is_alphanumeric()))
}

fn type_one(a: &Analysis, fi: usize, done: &[Option<Typing>]) -> Option<Typing> {
    let fig = &a.figs[fi];
    if !matches!(fig.kind, FigureKind::Money | FigureKind::Percent) {
        return None;
    }
    if is_not_level(a, fi) {
        return None;
    }
    let si = a.sentence_of(fig.span.start)?;
    if counterfactual(a.lower(Span::new(a.sents[si].span.start, fig.span.start))) {
        return None;
    }
    let mut clause = clause_of(a, si, fig.span.start);
    let left = fig_left(a, fi);
    let right = fig_right(a, fi);
    // "1. £307.9m - the net budget for 2024/25": a figure heading its line
    // is in one clause with the label after its dash.
    if dash_label_at(a, left, right).is_some() {
        let line_end = a.lower[right..]
            .find('\n')
            .map_or(a.lower.len(), |i| right + i);
        clause = Span::new(
            clause.start,
            clause.end.max(line_end.min(a.sents[si].span.end)),
        );
    }
    // "£14.6m" alone on its line, then "The deficit Wye Valley NHS Trust
    // now expects for 2014/15": a figure heading the sentence that says
    // what it is is in one clause with it.
    if let Some(next) = headed_sentence(a, si, left, right) {
        clause = Span::new(clause.start, next.end);
    }
    if unreal_past(a.lower(Span::new(clause.start, left))) {
        return None;
    }

    if let Some((metric, cue)) = signed_label(a, fi, a.sents[si].span, left, right) {
        return Some(Typing {
            metric,
            rule: "signed_label".into(),
            explain: why!(a, "signed label {:?}", a.slice(cue)),
            cue: Some(cue),
            role: Some(Role::Noun),
            continues: None,
            clause,
            status: None,
            from_overspend: false,
            weak: false,
        });
    }

    let mut best: Option<(f32, usize, usize, &'static str)> = None;
    for (ci, cue) in a.cues.iter().enumerate() {
        if cue.span.end <= clause.start || cue.span.start >= clause.end {
            continue;
        }
        // (The base's own amount is its figure: "4.5 per cent of its
        // income of £500m".)
        // (Or said in a relative clause on it: "seven percent of the
        // trust's annual turnover, which is £760million".)
        let base_amount = || {
            fig.span.start >= cue.span.end
                && matches!(
                    a.lower(Span::new(cue.span.end, fig.span.start)).trim(),
                    "of" | ", which is" | ", which was" | ", which will be"
                )
        };
        if cue.span.overlaps(fig.span)
            || (is_percent_base(a, cue.span) && !base_amount())
            || names_a_document(a, cue.span)
        {
            continue;
        }
        for (sj, sense) in cue.senses.iter().enumerate() {
            if !sense_fits(a, fi, sense.metric, cue.span) {
                continue;
            }
            let Some((score, how)) = relate(a, fi, left, right, cue.span, sense.role, clause)
            else {
                continue;
            };
            let score = score * sense.weight;
            let better = match best {
                None => true,
                Some((b, bci, _, _)) => {
                    score > b
                        || (score == b
                            && distance(fig.span, cue.span) < distance(fig.span, a.cues[bci].span))
                }
            };
            if better {
                best = Some((score, ci, sj, how));
            }
        }
    }
    // "puts the gap between what the council expects to spend and the
    // income it expects to receive at £4.8m": the noun put at the figure is
    // the one the verb governs, not the last before the figure.
    if let Some((ci, sj)) = put_at_head(a, fi, clause, left) {
        best = Some((3.0, ci, sj, "the noun put at it"));
    }
    if let Some((score, ci, sj, how)) = best
        && score >= 1.0
    {
        let cue = &a.cues[ci];
        let sense = &cue.senses[sj];
        let mut metric = adjust_metric(a, fi, sense.metric, cue.span, clause);
        if metric == Metric::PerformanceTarget && fig.kind == FigureKind::Money {
            // "the £54m target deficit set for it": a deficit set as a
            // target; other money targets are savings targets.
            metric = match words_iter(&a.lower[cue.span.end..]).next() {
                Some("deficit") => Metric::Deficit,
                Some("surplus") => Metric::RequiredSurplus,
                _ => Metric::SavingsRequired,
            };
        }
        if sense.weight < 1.0 {
            metric = weak_cue_metric(a, cue.span, &sense.id, metric);
        }
        // A cue of money that is no fact ("capital allocation", "parking
        // income") types the figure as nothing.
        if metric == Metric::Other {
            return None;
        }
        // "is spending £1.2m on new vehicles", "spending £2.4m just to
        // staff those beds", "spends about £24m a year on its own staff": a
        // purchase or one item, not what the body spends in a year ("will
        // spend £378.4m on services", "spends £2.5bn a year on care").
        if &*sense.id == "budget.spends" && spent_on_item(&a.lower[fig.span.end..]) {
            return None;
        }
        let from_overspend =
            metric == Metric::Overspend && overspend_is_deficit(a, fi, cue.span, clause);
        if from_overspend {
            metric = Metric::Deficit;
        }
        let status = cue.status;
        return Some(Typing {
            metric,
            rule: sense.id.to_string(),
            explain: why!(
                a,
                "{} {:?} ({how}, {score:.1})",
                sense.id,
                a.slice(cue.span)
            ),
            cue: Some(cue.span),
            role: Some(sense.role),
            continues: None,
            clause,
            status,
            from_overspend,
            weak: sense.weight < 1.0,
        });
    }
    // "The forecast deficit, which its board now puts at £118.6m": the
    // figure is what the relative clause says its noun comes to.
    if best.is_none()
        && let Some((ci, sj)) = relative_object(a, fi, a.sents[si].span, left)
    {
        let cue = &a.cues[ci];
        let sense = &cue.senses[sj];
        let metric = adjust_metric(a, fi, sense.metric, cue.span, clause);
        if metric != Metric::Other {
            return Some(Typing {
                metric,
                rule: sense.id.to_string(),
                explain: why!(
                    a,
                    "{} {:?} (noun of the relative clause holding it)",
                    sense.id,
                    a.slice(cue.span)
                ),
                cue: Some(cue.span),
                role: Some(sense.role),
                continues: None,
                clause,
                status: cue.status,
                from_overspend: false,
                weak: false,
            });
        }
    }
    // "£38.2m of it", "£40m of the shortfall": a share of a total named
    // before, with the total's metric.
    if fig.kind == FigureKind::Money
        && let Some(t) = share_of(a, fi, done, right)
    {
        return Some(Typing { clause, ..t });
    }
    // A paragraph headed by a term and a colon is about that term: "CIP:
    // short for cost improvement programme, ... West Suffolk's for 2025/26
    // is £21.8m".
    // (Unless the figure continues another: "£21.8m, about 4.4 per cent
    // of its spending".)
    let lead = list_lead_in(a, si, fig.kind).or_else(|| {
        continues(a, fi, done, clause)
            .is_none()
            .then(|| term_heading(a, fi))
            .flatten()
    });
    if let Some((metric, cue)) = lead {
        return Some(Typing {
            metric,
            rule: "list".into(),
            explain: why!(a, "list item under {:?}", a.slice(cue)),
            cue: None,
            role: None,
            continues: None,
            clause,
            status: crate::recognise::cues::carried_status(a.lower(cue)),
            from_overspend: false,
            weak: false,
        });
    }
    // A figure continuing another: a list, a series, a comparison.
    let prev = continues(a, fi, done, clause)?;
    let t = done[prev].as_ref()?;
    // "savings of £68.5m, around £20m of which is not yet backed by firm
    // schemes": the continued part is the gap.
    // (Up to the next figure: "£18.2m, of which £3.9m has not yet been
    // matched to schemes" says the £3.9m is missing, not the £18.2m.)
    let mut metric = t.metric;
    let upto = a
        .figs
        .get(fi + 1)
        .map_or(clause.end, |n| n.span.start.min(clause.end));
    if metric == Metric::SavingsRequired && still_missing(&a.lower[right..upto.max(right)]) {
        metric = Metric::SavingsGap;
    }
    Some(Typing {
        metric,
        rule: t.rule.clone(),
        explain: why!(a, "continues {:?}", a.slice(a.figs[prev].span)),
        cue: None,
        role: None,
        continues: Some(prev),
        clause,
        status: None,
        from_overspend: t.from_overspend,
        weak: t.weak,
    })
}

/// Verbs that set a noun at an amount in a relative clause about it: "the
/// deficit, which the board now puts at £118.6m", "a gap which officials
/// estimate at £5m".
static RELATIVE_VERB: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)(?:puts?|pegs?|pegged|estimates?|estimated|forecasts?|calculates?|calculated|reckons?|values?|valued|expects?|sets?) (?:it |them )?(?:at|to be) $",
    )
    .expect("static regex")
});

/// The cue a figure is the value of by a relative clause on it: "The trust's
/// forecast deficit for 2016/17, which its board, having revised the number
/// twice, now puts at £118.6m". The noun ends at most three words before
/// the ", which" ("for 2016/17"), no other figure comes between, and only
/// a noun sense is taken.
fn relative_object(a: &Analysis, fi: usize, sent: Span, left: usize) -> Option<(usize, usize)> {
    let before = a.lower(Span::new(sent.start, left.max(sent.start)));
    if !before.ends_with(" at ") && !before.ends_with(" be ") {
        return None;
    }
    let verb = RELATIVE_VERB.find(before)?;
    // The "which" that opens the clause, at most 160 bytes before its verb,
    // with no clause break between.
    let head = &before[..verb.start()];
    let w = head.rfind("which ")?;
    let between = &head[w + "which ".len()..];
    if head[..w].ends_with(|c: char| c.is_alphanumeric())
        || between.len() > 160
        || between.contains([';', ':', '(', ')', '"', '“'])
    {
        return None;
    }
    let which = sent.start + w;
    if figure_between(a, fi, sent.start, left) {
        return None;
    }
    let (ci, cue) = a
        .cues
        .iter()
        .enumerate()
        .rev()
        .find(|(_, c)| c.span.end <= which && c.span.start >= sent.start)?;
    let gap = a.lower(Span::new(cue.span.end, which));
    let gap = gap.trim_end().strip_suffix(',').unwrap_or(gap).trim();
    if gap.contains([',', ';', ':', '(', ')']) || words(gap).len() > 3 {
        return None;
    }
    noun_sense(a, fi, ci)
}

/// A cue that only qualifies a document or an occasion: "the budget
/// papers show that the board expects to spend £4.5m" is no budget of its
/// own, nor "the deficit report" a deficit.
fn names_a_document(a: &Analysis, cue: Span) -> bool {
    let cue_text = a.lower(cue);
    if !(cue_text.ends_with("budget") || cue_text.ends_with("deficit")) {
        return false;
    }
    matches!(
        words_iter(&a.lower[cue.end..]).next(),
        Some(
            "papers"
                | "paper"
                | "book"
                | "books"
                | "document"
                | "documents"
                | "report"
                | "reports"
                | "meeting"
                | "meetings"
                | "process"
                | "consultation"
                | "debate"
                | "round"
                | "setting"
        )
    ) && a.lower[cue.end..].starts_with(' ')
}

/// Whether a figure before figure `fi` starts in `from..to`.
fn figure_between(a: &Analysis, fi: usize, from: usize, to: usize) -> bool {
    a.figs[..fi]
        .iter()
        .any(|f| f.span.start >= from && f.span.start < to)
}

/// Cue `ci` with its first noun sense that fits figure `fi`.
fn noun_sense(a: &Analysis, fi: usize, ci: usize) -> Option<(usize, usize)> {
    let cue = &a.cues[ci];
    let sj = cue
        .senses
        .iter()
        .position(|s| s.role == Role::Noun && sense_fits(a, fi, s.metric, cue.span))?;
    Some((ci, sj))
}

/// Verbs that set a noun phrase at an amount: "puts the gap ... at".
static PUT_AT: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)(?:puts?|putting|estimates?|estimated|estimating|pegs?|pegged|values?|valued|calculates?|calculated) (?:the|its|their|a|an|this|that) ",
    )
    .expect("static regex")
});

/// The cue heading the object of "puts ... at" when the figure follows
/// that "at" and the object is long ("the finance director's report puts
/// the gap between what the council expects to spend and the income it
/// expects to receive in 2023/24 at £4.8million"): the first cue at most
/// two words into the object, with a noun sense that fits.
fn put_at_head(a: &Analysis, fi: usize, clause: Span, left: usize) -> Option<(usize, usize)> {
    let before = a.lower(Span::new(clause.start, left.max(clause.start)));
    if !before.ends_with(" at ") {
        return None;
    }
    let m = PUT_AT.find_iter(before).last()?;
    let from = clause.start + m.end();
    if figure_between(a, fi, from, left) {
        return None;
    }
    let (ci, cue) = a
        .cues
        .iter()
        .enumerate()
        .find(|(_, c)| c.span.start >= from && c.span.end <= left)?;
    let lead = a.lower(Span::new(from, cue.span.start));
    if lead.contains([',', ';', ':', '(']) || words(lead).len() > 2 {
        return None;
    }
    // (Only when another cue stands between: otherwise the usual relations
    // already find it.)
    if !a.cues[ci + 1..]
        .iter()
        .any(|c| c.span.start >= cue.span.end && c.span.end <= left)
    {
        return None;
    }
    noun_sense(a, fi, ci)
}

/// Whether a figure after `before` (its sentence up to it) lies in a
/// condition contrary to fact: "If Airedale had received the £12m that was
/// promised, it would be in surplus" (it never arrived). Not "if it had not
/// received £5m", which says the money came.
fn counterfactual(before: &str) -> bool {
    // The last "if " that starts a word. (A searcher built once: std built
    // one per figure. "if " cannot overlap itself, so searching before
    // each occurrence finds the next one back, as `rmatch_indices` does.)
    static IF: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new("if "));
    let b = before.as_bytes();
    let mut end = b.len();
    let i = loop {
        let Some(i) = IF.rfind(&b[..end]) else {
            return false;
        };
        if i == 0 || !b[i - 1].is_ascii_alphanumeric() {
            break i;
        }
        end = i;
    };
    let cond = &before[i..];
    !cond.contains([',', ';'])
        && words_iter(cond).any(|w| w == "had")
        && !words_iter(cond).any(|w| matches!(w, "not" | "hadn't" | "hadn’t" | "never"))
}

/// A limit a body was set, then a relative clause on it: "a control total
/// that would have limited its deficit to £3.2m".
static LIMIT_SET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:control total|target|limit|financial plan)s? (?:[a-z ]+ )?(?:that|which) (?:would|could|might) have\b")
        .expect("static regex")
});

/// Whether the clause before a figure puts it in the unreal past: "the
/// board would then have received another £4m" (had the pay award been
/// funded), "it could have saved £2m". Not "would have to find £5m".
fn unreal_past(before: &str) -> bool {
    // (Most clauses have no "have": no word list for them.)
    if !before.contains("have") {
        return false;
    }
    // (Three words at a time, as `windows(3)` of the words, without a list.)
    let mut ws = words_iter(before);
    let (Some(mut w0), Some(mut w1)) = (ws.next(), ws.next()) else {
        return false;
    };
    for w2 in ws {
        if matches!(w0, "would" | "could" | "might")
            && ((w1 == "have" && w2 != "to") || (w1 == "then" && w2 == "have"))
        {
            // ("a control total that would have limited its deficit to
            // £3.2m": the limit set is real, what it would have done is
            // the figure.)
            return !LIMIT_SET.is_match(before);
        }
        (w0, w1) = (w1, w2);
    }
    false
}

/// Whether the words after a savings figure (up to 60 characters) say it
/// is still missing: "not yet backed by firm schemes", "had still to be
/// identified".
fn still_missing(after: &str) -> bool {
    let near = first_chars(after, 60);
    SAVINGS_GAP_WORDS.as_words_in(near)
}

/// "£38.2m of it" / "£40m of the deficit": the figure is a share of a total
/// named before it in the sentence, and has the total's metric.
fn share_of(a: &Analysis, fi: usize, done: &[Option<Typing>], right: usize) -> Option<Typing> {
    let after = a.lower[right..].trim_start();
    // "£6.3m of this year's £38m cost improvement programme was rated as
    // high risk": the missing part of the savings programme named after it.
    if let Some(next) = a.figs.get(fi + 1)
        && next.span.start >= right
        && a.lower(Span::new(right, next.span.start))
            .trim_start()
            .starts_with("of")
        && at_most_words(a.lower(Span::new(right, next.span.start)), 4)
        && let Some(programme) = a.cues.iter().find(|c| {
            c.span.start >= next.span.end
                && a.lower(Span::new(next.span.end, c.span.start))
                    .trim()
                    .is_empty()
                && c.senses
                    .iter()
                    .any(|s| s.metric == Metric::SavingsRequired && s.role == Role::Noun)
        })
        && still_missing(a.lower[programme.span.end..].trim_start())
    {
        return Some(Typing {
            metric: Metric::SavingsGap,
            rule: "share".into(),
            explain: why!(a, "missing part of {:?}", a.slice(programme.span)),
            cue: None,
            role: None,
            continues: None,
            clause: Span::default(),
            status: None,
            from_overspend: false,
            weak: false,
        });
    }
    let heads: [(&str, Option<Metric>); 10] = [
        ("of it", None),
        ("of that", None),
        ("of this", None),
        ("of the deficit", Some(Metric::Deficit)),
        ("of the shortfall", None),
        ("of the overspend", Some(Metric::Overspend)),
        ("of the gap", None),
        ("of the forecast", None),
        ("of the total", None),
        ("of the combined", None),
    ];
    let (head, metric) = heads.iter().find(|(h, _)| {
        after.starts_with(h) && !after[h.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    // The total is named before, in this sentence or the one before
    // ("... £8.4m adrift of plan. GWH accounts for £4.9m of that.").
    let si = a.sentence_of(a.figs[fi].span.start)?;
    let from = a.sents[si.saturating_sub(1)].span.start;
    let prev = (0..fi)
        .rev()
        .take_while(|&j| a.figs[j].span.start >= from)
        .find(|&j| done[j].is_some());
    let mut metric = match (metric, prev) {
        (Some(m), _) => *m,
        // "The board repaid £3m of that": money paid back on a loan or
        // support is no more of it.
        (None, Some(p))
            if done[p].as_ref()?.metric == Metric::Bailout
                && words(a.lower(Span::new(a.sents[si].span.start, fig_left(a, fi))))
                    .last()
                    .is_some_and(|w| {
                        matches!(*w, "repaid" | "repay" | "repays" | "back" | "returned")
                    }) =>
        {
            return None;
        }
        (None, Some(p)) => done[p].as_ref()?.metric,
        // (A pronoun with no typed total before it stands for money
        // named in words, which may be anything: "Schools get £96.2m of
        // it", of a council's spending.)
        (None, None) if matches!(*head, "of it" | "of that" | "of this") => return None,
        (None, None) => Metric::Deficit,
    };
    // "£6.9m of that target had still to be identified": the missing part.
    if metric == Metric::SavingsRequired && still_missing(after) {
        metric = Metric::SavingsGap;
    }
    let from_overspend = prev
        .and_then(|p| done[p].as_ref())
        .is_some_and(|t| t.from_overspend);
    Some(Typing {
        metric,
        rule: "share".into(),
        explain: why!(
            a,
            "share of a total ({:?})",
            &after[..after
                .floor_char_boundary(after.find([',', '.']).unwrap_or(after.len()).min(20))]
        ),
        cue: None,
        role: None,
        continues: None,
        clause: Span::default(),
        status: None,
        from_overspend,
        weak: false,
    })
}

/// "Surplus/(deficit) for the year: (£38.6m)": an accounts label whose
/// sign decides; the bracketed amount is the negative one. The labels are
/// the signed table columns of `cues.toml` that name both readings.
fn signed_label(
    a: &Analysis,
    fi: usize,
    sent: Span,
    left: usize,
    right: usize,
) -> Option<(Metric, Span)> {
    if a.figs[fi].kind != FigureKind::Money {
        return None;
    }
    // (Brackets cut clauses; the label is read in the sentence.)
    let head = a.lower(Span::new(sent.start, left));
    // The label ends in a colon right before the figure (below): without
    // one, no column need be looked for. (What is tested below is the end
    // of this, after the column's name.)
    let end = head.trim_end();
    if !end
        .strip_suffix('(')
        .unwrap_or(end)
        .trim_end()
        .ends_with(':')
    {
        return None;
    }
    let (at, column) = a
        .patterns
        .cues
        .signed_columns
        .iter()
        .filter_map(|(t, last)| last.rfind(head).map(|i| (i, t)))
        .max_by_key(|(i, t)| (*i, t.phrase.len()))?;
    let cue = Span::new(sent.start + at, sent.start + at + column.phrase.len());
    // The rest of the label: a few words, then the colon.
    let rest = head[at + column.phrase.len()..].trim_end();
    let rest = rest.strip_suffix('(').unwrap_or(rest).trim_end();
    let words_before_colon = rest.strip_suffix(':')?;
    if !at_most_words(words_before_colon, 5)
        || words_before_colon.contains([';', ':', '.'])
        || figs_starting_in(a, cue.end, left).any(|(_, f)| f.span.end <= left)
    {
        return None;
    }
    let bracketed = head.trim_end().ends_with('(') && a.lower[right..].starts_with(')');
    let metric = if bracketed {
        column.negative
    } else {
        column.positive?
    };
    Some((metric, cue))
}

/// The metric a list's lead-in sentence (the one ending in ":" before the
/// items) announces, when it announces exactly one.
fn list_lead_in(a: &Analysis, si: usize, kind: FigureKind) -> Option<(Metric, Span)> {
    if !a.is_list_item(si) {
        return None;
    }
    let mut j = si;
    while j > 0 && a.is_list_item(j) {
        j -= 1;
    }
    if a.is_list_item(j) || !a.slice(a.sents[j].span).trim_end().ends_with(':') {
        return None;
    }
    one_noun_metric(a, a.sents[j].span, |m, _| match m {
        Metric::PerformanceTarget if kind == FigureKind::Money => Some(Metric::SavingsRequired),
        Metric::PerformanceActual if kind == FigureKind::Money => None,
        m => Some(m),
    })
}

/// The one metric the strong noun cues inside `span` announce, each sense's
/// metric mapped (or dropped) by `fit` first; none when they announce two.
fn one_noun_metric(
    a: &Analysis,
    span: Span,
    fit: impl Fn(Metric, Span) -> Option<Metric>,
) -> Option<(Metric, Span)> {
    let mut found: Vec<(Metric, Span)> = Vec::new();
    for c in a.cues.iter().filter(|c| span.contains(c.span)) {
        for sense in c
            .senses
            .iter()
            .filter(|x| x.role == Role::Noun && x.weight >= 1.0)
        {
            let Some(m) = fit(sense.metric, c.span) else {
                continue;
            };
            if !found.iter().any(|(x, _)| *x == m) {
                found.push((m, c.span));
            }
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The metric of the term heading the line of figure `fi` ("Unidentified
/// savings: the part of a CIP with no scheme behind it yet. For West
/// Suffolk, £5.2m."): a label of at most five words at the start of the
/// line, ending in a colon, whose cues announce exactly one metric, then
/// its definition, then the figure in a later sentence.
fn term_heading(a: &Analysis, fi: usize) -> Option<(Metric, Span)> {
    let fig = &a.figs[fi];
    let line = a.norm[..fig.span.start].rfind('\n').map_or(0, |i| i + 1);
    let head = &a.lower[line..fig.span.start];
    let colon = head.find(':')?;
    let label = &head[..colon];
    if label.trim().is_empty()
        || !at_most_words(label, 5)
        || label.contains(['.', ',', ';', '(', '£', '%'])
        || label.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let label = Span::new(line, line + colon);
    // A term and its definition first: a figure in the heading's own
    // sentence ("- Forecast CIP delivery: £36.1m, of which £21.5m
    // recurrent") is read there.
    if a.sentence_of(label.start) == a.sentence_of(fig.span.start) {
        return None;
    }
    one_noun_metric(a, label, |m, cue| sense_fits(a, fi, m, cue).then_some(m))
}

/// Whether the words after an amount spent say it goes on one item ("on
/// new vehicles", "just to staff those beds", "a year on its own staff",
/// "this year on patients who have to be sent to the mainland", "out of
/// its reserves on roads") rather than on the body's services as a whole
/// ("on services", "a year on emergency care").
fn spent_on_item(after: &str) -> bool {
    let after = after.trim_start();
    let after = after.strip_prefix("just ").unwrap_or(after);
    if after.starts_with("to ") {
        return true;
    }
    let clause = after.split([',', ';', '.', ':']).next().unwrap_or("");
    let ws: Vec<&str> = words_iter(clause).take(8).collect();
    if ws.contains(&"reserves") {
        return true;
    }
    let Some(on) = ws.iter().position(|w| *w == "on") else {
        return false;
    };
    let next = ws.get(on + 1).copied().unwrap_or("");
    if matches!(next, "services" | "public" | "all" | "everything") {
        return false;
    }
    // Right after the amount, anything else is an item; after "a year",
    // the body's own things or people picked out by a clause are.
    on == 0
        || matches!(next, "its" | "their")
        || ws[on + 1..]
            .iter()
            .take(3)
            .any(|w| matches!(*w, "who" | "which" | "that"))
}

/// Whether the words after a "gap" or "shortfall" put it in a savings
/// programme: "in its £19.8m savings programme", "in the cost improvement
/// plan" (at most three words, an amount among them, before the savings).
fn gap_in_savings(after: &str) -> bool {
    let Some(rest) = ["in its ", "in the ", "in their "]
        .iter()
        .find_map(|p| after.trim_start().strip_prefix(p))
    else {
        return false;
    };
    rest.split_whitespace().take(4).any(|w| {
        matches!(
            w,
            "savings" | "cost" | "cip" | "efficiency" | "efficiencies" | "qipp"
        )
    })
}

/// A "shortfall" or "gap" is a shortfall of whatever the sentence is about:
/// of savings after "savings ... achieved", of funding after "funding".
fn weak_cue_metric(a: &Analysis, cue: Span, id: &str, metric: Metric) -> Metric {
    let Some(si) = a.sentence_of(cue.start) else {
        return metric;
    };
    // "its own forecast", "the position": the story's figure, typed by the
    // nearest strong cue in this sentence or the three before.
    // A "shortfall" or "gap": the nearest strong cue in this sentence or
    // the two before ("make savings of £22.4m. So far it has found schemes
    // worth £14.1m, which leaves a shortfall of £8.3m").
    // Not from a headline.
    let sent = a.lower(a.sents[si].span);
    if BEFORE_SAVINGS.as_words_in(sent)
        && words_iter(sent).any(|w| matches!(w, "gap" | "shortfall" | "hole"))
    {
        return Metric::FundingGap;
    }
    // "a £6.3m gap in its £19.8m savings programme": the gap is in the
    // savings.
    if id != "context.noun" && gap_in_savings(&a.lower[cue.end..a.sents[si].span.end.max(cue.end)])
    {
        return Metric::SavingsGap;
    }
    let back = if id == "context.noun" { 3 } else { 2 };
    let first = (si.saturating_sub(back)..si)
        .find(|&j| !a.sents[j].line_like)
        .unwrap_or(si);
    let from = a.sents[first].span.start;
    let before = a
        .cues
        .iter()
        .filter(|c| c.span.start >= from && c.span.end <= cue.start)
        .filter_map(|c| {
            c.senses
                .iter()
                .find(|s| {
                    s.weight >= 1.0
                        // (A verb that asks for savings, "make savings of",
                        // says what a "shortfall" after it falls short of.)
                        && (s.role != Role::Verb || s.metric == Metric::SavingsRequired)
                        // The story's figure is a level, not a variance
                        // ("£11.3m adverse to plan").
                        && (id != "context.noun" || s.role == Role::Noun)
                        && !matches!(
                            s.metric,
                            Metric::PerformanceTarget | Metric::PerformanceActual
                        )
                })
                .map(|s| s.metric)
        })
        .next_back();
    match (id, before) {
        ("context.noun", Some(m)) => m,
        ("context.noun", None) => Metric::Other,
        // (A weak cue that asks for savings, "asked to find", stays one.)
        (_, Some(Metric::SavingsRequired | Metric::SavingsGap))
            if metric != Metric::SavingsRequired =>
        {
            Metric::SavingsGap
        }
        (_, Some(Metric::FundingGap | Metric::Budget)) if metric == Metric::Deficit => {
            Metric::FundingGap
        }
        _ => metric,
    }
}

/// "1 per cent of its allocation": the noun after a percentage's "of" is
/// the base of the percentage, not what any figure measures.
fn is_percent_base(a: &Analysis, cue: Span) -> bool {
    let mut before = a.lower[..cue.start].trim_end();
    for det in ["its", "the", "their", "that", "this", "total", "annual"] {
        if let Some(b) = before.strip_suffix(det)
            && !b.ends_with(|c: char| c.is_alphanumeric())
        {
            before = b.trim_end();
        }
    }
    // A possessor between: "one per cent of the trust's budget".
    if before.ends_with("'s") || before.ends_with('\u{2019}') || before.ends_with("\u{2019}s") {
        let Some(of) = before.rfind(" of ") else {
            return false;
        };
        if !at_most_words(&before[of + 4..], 5) {
            return false;
        }
        before = &before[..of + 3];
    }
    let Some(b) = before.strip_suffix("of") else {
        return false;
    };
    let b = b.trim_end();
    a.figs
        .iter()
        .any(|f| f.kind == FigureKind::Percent && f.span.end == b.len())
}

/// "Overspend" usually means a body spent more than its allocation over the
/// year: a deficit. It stays an overspend when it is on something ("a £4m
/// overspend on prescriptions"), against someone ("with the acute
/// provider"), a year-to-date variance, or worded as a variance ("over
/// budget", "adrift of plan").
fn overspend_is_deficit(a: &Analysis, fi: usize, cue: Span, clause: Span) -> bool {
    let word = a.lower(cue);
    let verbs = [
        "overspend",
        "overspends",
        "overspent",
        "overspending",
        "over-spend",
    ];
    let fig = &a.figs[fi];
    // "could end the year £4.2m over budget": a year's end over budget is
    // its deficit.
    let year_end = || {
        static YEAR_END: Phrases = Phrases::new(&[
            "end the year",
            "ends the year",
            "ended the year",
            "finish the year",
            "finishes the year",
            "finished the year",
            "end the financial year",
            "ended the financial year",
            "finish the financial year",
            "finished the financial year",
        ]);
        word == "over budget"
            && YEAR_END.in_text(a.lower(Span::new(clause.start, fig.span.start.max(clause.start))))
    };
    if !verbs.contains(&word) && !year_end() {
        return false;
    }
    let sent = a
        .sentence_of(fig.span.start)
        .map_or(clause, |si| a.sents[si].span);
    // What follows the cue, or the figure when the cue comes first.
    let after_at = if cue.start >= fig.span.end {
        cue.end
    } else {
        fig.span.end.max(cue.end)
    };
    let mut after = a.lower[after_at..sent.end.max(after_at)].trim_start();
    // "overspent against its plan by £1.3m": what it missed sits between.
    if cue.end <= fig.span.start {
        let between = a.lower[cue.end..fig.span.start].trim_start();
        if between.starts_with("against ") {
            after = between;
        }
    }
    // Against its allocation or budget it is the year's deficit; against a
    // plan or control total, a variance.
    let against_funding = [
        "against its allocation",
        "against its budget",
        "against its funding",
        "against its resources",
        "against its income",
    ]
    .iter()
    .any(|c| after.starts_with(c));
    // A service's or a cost line's overspend is part of the whole ("That
    // service alone is forecast to overspend by £17m").
    // (Words of a body's name are not: "Welsh Ambulance Services NHS Trust".)
    let head_start = a
        .refs
        .iter()
        .filter(|r| r.span.start >= clause.start && r.span.end <= cue.start)
        .map(|r| r.span.end)
        .max()
        .unwrap_or(clause.start);
    let head = a.lower(Span::new(head_start, cue.start.max(head_start)));
    if words(head).iter().any(|w| {
        matches!(
            *w,
            "service"
                | "services"
                | "directorate"
                | "directorates"
                | "division"
                | "divisions"
                | "department"
                | "departments"
                | "prescribing"
                | "pay"
                | "agency"
                // "Adult social care", "continuing healthcare".
                | "social"
                | "continuing"
        )
    }) {
        return false;
    }
    // ("within the board's total": a part of its whole.)
    let component = [
        "on ",
        "with ",
        "in relation to ",
        "against ",
        "within the ",
        "within its ",
    ];
    if !against_funding
        && component.iter().any(|c| after.starts_with(c))
        && !after.starts_with("on track")
        && !after.starts_with("within the year")
        && !after.starts_with("within the financial year")
    {
        return false;
    }
    // A mid-year snapshot ("by the end of August", "after five months",
    // "year to date") is a variance so far, not the year's deficit.
    let whole = a.lower(sent);
    static SO_FAR: Phrases = Phrases::new(&[
        "year to date",
        "year-to-date",
        "so far this year",
        "months into",
        "after five months",
        "by the end of",
        "at the end of",
    ]);
    let so_far = SO_FAR.in_text(whole)
        || first_months(whole)
        // Board papers' "YTD".
        || whole
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "ytd");
    let snapshot = so_far
        && !whole.contains("end of the year")
        && !whole.contains("end of the financial year")
        && !whole.contains("end of march");
    !snapshot
}

/// "in the first five months", "over the first half of the year": a part of
/// the year counted from its start.
fn first_months(text: &str) -> bool {
    let ws: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    ws.windows(3).any(|w| {
        w[0] == "first"
            && (matches!(w[1], "half" | "quarter")
                || (matches!(w[2], "months" | "weeks" | "quarters")
                    && (w[1].bytes().all(|b| b.is_ascii_digit())
                        || matches!(
                            w[1],
                            "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "seven"
                                | "eight"
                                | "nine"
                                | "ten"
                                | "eleven"
                                | "few"
                        ))))
    })
}

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Words that make a share of patients or calls a body's aim, not its
/// result: "The service aims to answer 90 per cent of 999 calls".
static AIMS: Phrases = Phrases::new(&[
    "aims to",
    "aim to",
    "aim is to",
    "aims for",
    "aim is for",
    "is supposed to",
    "is meant to",
]);

/// Which metrics a kind of figure can have: service targets are
/// percentages; money "targets" are savings targets; loans are money.
fn sense_fits(a: &Analysis, fi: usize, metric: Metric, cue: Span) -> bool {
    let fig = &a.figs[fi];
    // A share of patients is a performance figure only when the sentence
    // speaks of waiting or being seen, not "40 per cent of patients would
    // travel further".
    if metric == Metric::PerformanceActual && fig.kind == FigureKind::Percent {
        let si = a.sentence_of(fig.span.start);
        let sent = si.map_or("", |si| a.lower(a.sents[si].span));
        static TIMED: Phrases = Phrases::new(&[
            "hour",
            "within",
            "seen",
            "treated",
            "wait",
            "target",
            "standard",
            "a&e",
            "emergency department",
            "week",
            "days",
            "minutes",
            "responded",
            "admitted",
            "discharged",
            "transferred",
            "performance",
            "in time",
            "calls",
            "response",
        ]);
        // (Or the sentence before, in its paragraph, sets the standard the
        // result is measured against: "The target is that 95 per cent of
        // people ... within seven days. In June the trust managed 93.4 per
        // cent.")
        let before = si
            .filter(|&si| si > 0 && a.sents[si - 1].para == a.sents[si].para)
            .map_or("", |si| a.lower(a.sents[si - 1].span));
        // (Asked only when the sentence itself has no such word; the cues
        // come in text order, so those of the sentence before are found by
        // binary search.)
        let sets_standard = || {
            let Some(prev) = si.filter(|&si| si > 0).map(|si| a.sents[si - 1].span) else {
                return false;
            };
            debug_assert!(a.cues.is_sorted_by_key(|c| c.span.start));
            let from = a.cues.partition_point(|c| c.span.start < prev.start);
            a.cues[from..]
                .iter()
                .take_while(|c| c.span.start < prev.end)
                .filter(|c| prev.contains(c.span))
                .any(|c| {
                    c.senses
                        .iter()
                        .any(|s| s.metric == Metric::PerformanceTarget)
                })
                || AIMS.as_words_in(before)
        };
        if !(TIMED.in_text(sent)
            || (!before.is_empty() && sets_standard() && TIMED.in_text(before)))
        {
            return false;
        }
    }
    // "67% of the savings": a share of something, not a level of it.
    if fig.kind == FigureKind::Percent
        && cue.start >= fig.span.end
        && a.lower(cue).starts_with("of ")
    {
        return matches!(metric, Metric::PerformanceActual);
    }
    // Money borrowed is a bail-out only when a government or NHS body lends
    // it ("borrowed £80m from the Department of Health"), not a loan to
    // build a leisure centre.
    if metric == Metric::Bailout && matches!(a.lower(cue), "borrowed" | "to borrow" | "borrowing") {
        let after = &a.lower[fig.span.end..];
        let after = &after[..after.floor_char_boundary(after.len().min(60))];
        let lender = [
            "from the department",
            "from the government",
            "from the welsh government",
            "from the scottish government",
            "from the treasury",
            "from nhs ",
            "in interim",
            "in revenue support",
            "in brokerage",
            "in loans",
        ];
        if !lender.iter().any(|l| after.contains(l)) {
            return false;
        }
    }
    match fig.kind {
        FigureKind::Percent => !matches!(metric, Metric::Bailout | Metric::Debt | Metric::Budget),
        FigureKind::Money => metric != Metric::PerformanceActual,
        _ => false,
    }
}

/// Decides whether `cue` (with `role`) is related to the figure, and how
/// strongly.
fn relate(
    a: &Analysis,
    fi: usize,
    left: usize,
    right: usize,
    cue: Span,
    role: Role,
    clause: Span,
) -> Option<(f32, &'static str)> {
    let figs_between = |s: usize, e: usize| {
        figs_starting_in(a, s, e)
            .filter(|(j, f)| *j != fi && f.span.end <= e)
            .count()
    };
    // "1. £307.9m - the net budget for 2024/25", "70.3 per cent - share of
    // patients seen within four hours": a figure heading its line, then
    // what it is.
    if matches!(role, Role::Noun | Role::After)
        && let Some(label) = dash_label_at(a, left, right).or_else(|| {
            let si = a.sentence_of(left)?;
            headed_sentence(a, si, left, right).map(|s| s.start)
        })
        && label <= cue.start
    {
        let label = a.lower(Span::new(label, cue.start));
        if at_most_words(label, 3) && !has_punct_break(label) {
            return Some((2.6, "figure heading its label"));
        }
    }
    match role {
        Role::Noun => {
            // A noun phrase that opens with a comparison ("worse than the
            // control total") is not what a figure before it modifies:
            // "£1.3m worse than the control total" is the difference.
            let comparison = || {
                matches!(
                    a.lower(cue).split(' ').next(),
                    Some(
                        "above"
                            | "below"
                            | "over"
                            | "under"
                            | "beyond"
                            | "ahead"
                            | "worse"
                            | "better"
                    )
                )
            };
            if cue.start >= right && !comparison() {
                // "£7m deficit", "£4.8m funding black hole": the figure
                // modifies the noun.
                let gap_s = gap_of(a, right, cue.start);
                let gap = gap_s.as_str();
                let ws = words(gap);
                // A service's budget is not the body's: "the council's £11m
                // leisure centre budget" (but "its £640m annual budget").
                let part = matches!(a.lower(cue), "budget" | "budgets")
                    && ws.iter().any(|w| !WHOLE_BUDGET.contains(w));
                if ws.len() <= 3
                    && !has_punct_break(gap)
                    && ws.iter().all(|w| !BREAK.contains(w))
                    && !part
                    && figs_between(right, cue.start) == 0
                {
                    return Some((3.0, "figure modifies cue"));
                }
                // "The figure of £41m is the total savings the trust must
                // make": the figure is the subject, the cue its complement.
                if let [link, rest @ ..] = ws.as_slice()
                    && matches!(*link, "is" | "was")
                    && rest.len() <= 5
                    && rest
                        .first()
                        .is_some_and(|w| matches!(*w, "the" | "a" | "an"))
                    && rest.iter().all(|w| {
                        matches!(
                            *w,
                            "the"
                                | "a"
                                | "an"
                                | "total"
                                | "full"
                                | "overall"
                                | "whole"
                                | "combined"
                                | "its"
                                | "their"
                        )
                    })
                    && !has_punct_break(gap)
                    && figs_between(right, cue.start) == 0
                {
                    return Some((2.0, "figure is subject, cue complement"));
                }
                None
            } else if cue.end <= left {
                // "a planned deficit (£19.5m)": accounts style, the figure
                // bracketed right after its noun.
                if a.lower(Span::new(cue.end, left)).trim() == "("
                    && a.lower[right..].starts_with(')')
                {
                    return Some((2.5, "cue then bracketed figure"));
                }
                // "- CIP target for 19/20: £42.6m": a label and its figure.
                let raw = a.lower(Span::new(cue.end, left));
                if let Some(label) = raw.trim_end().strip_suffix(':')
                    && at_most_words(label, 5)
                    && !label.contains([';', ':', '.', '(', ')', ','])
                    && figs_between(cue.end, left) == 0
                    && !other_cue_between(a, cue.end, left)
                {
                    return Some((2.4, "label then figure"));
                }
                let gap_s = gap_of(a, cue.end, left);
                let gap = gap_s.as_str();
                let ws = words(gap);
                if figs_between(cue.end, left) == 0 {
                    if ws.is_empty() && !has_punct_break(gap) {
                        return Some((2.5, "cue then figure"));
                    }
                    // A speaker's words quoted: a deficit "in the region
                    // of £10m".
                    if matches!(gap.trim(), "\"" | "“") {
                        return Some((2.5, "cue then quoted figure"));
                    }
                    // "deficit of £2m", "savings of a huge £87.8m", "gave
                    // its turnover as £312m"
                    let of_links = [
                        "of",
                        "at",
                        "as",
                        "within",
                        "worth",
                        "totalling",
                        "totaling",
                        "amounting",
                        "valued",
                        "equal",
                        "equivalent",
                        "put",
                        "estimated",
                        "set",
                        "pegged",
                    ];
                    if let Some(first) = ws.first()
                        && of_links.contains(first)
                        && ws.len() <= 4
                        && !has_punct_break(gap)
                        && ws[1..].iter().all(|w| {
                            MODS.contains(w) || matches!(*w, "to" | "at" | "of" | "the" | "tune")
                        })
                    {
                        return Some((3.0, "cue of figure"));
                    }
                    // "the deficit on the Dedicated Schools Grant of
                    // £106.5m", "an overspend on prescribing of £4m": what
                    // the cue is on, then its amount.
                    if ws.first() == Some(&"on")
                        && ws.last() == Some(&"of")
                        && ws.len() <= 7
                        && !has_punct_break(gap)
                        && !other_cue_between(a, cue.end, left)
                    {
                        return Some((2.6, "cue on something, then figure"));
                    }
                }
                // "the deficit went up from £20.7m to £29m"
                if ws.len() <= 12 && !gap.contains(';') {
                    // A link verb among the words (a run of them: "rose to").
                    let link = LINK_WORDS
                        .iter()
                        .any(|l| ws.windows(l.len()).any(|run| run == l.as_slice()));
                    let by_last = ws.last() == Some(&"by");
                    let others = figs_between(cue.end, left);
                    let chained = others == 0 || ws.iter().any(|w| *w == "to" || *w == "from");
                    // "combine the planned deficit with capital funding of
                    // £2.8m": the figure is the other noun's.
                    let owned = ws.len() >= 2
                        && ws[ws.len() - 1] == "of"
                        && OTHER_OWNERS.contains(&ws[ws.len() - 2]);
                    // "The overspend was met from reserves, which fell from
                    // £17.2m to £12.6m": a relative clause on another noun
                    // has that noun's figure. So does one set after a noun
                    // by "worth" ("its contract with the trust, worth
                    // £108m"), though not "The programme is worth £26m".
                    let relative = gap
                        .find(", which ")
                        .or_else(|| gap.find(", who "))
                        .is_some_and(|i| !gap[..i].trim().is_empty());
                    // (Steps worth an amount are that amount of the cue:
                    // "the recovery plan asks for additional actions worth
                    // £11.7m".)
                    let worth = ws.len() >= 2
                        && ws[ws.len() - 1] == "worth"
                        && !matches!(
                            ws[ws.len() - 2],
                            "is" | "was"
                                | "are"
                                | "were"
                                | "be"
                                | "been"
                                | "actions"
                                | "schemes"
                                | "measures"
                                | "savings"
                                | "cuts"
                                | "efficiencies"
                                | "initiatives"
                                | "proposals"
                                | "plans"
                        );
                    if link
                        && !by_last
                        && chained
                        && !owned
                        && !relative
                        && !worth
                        && !preposition_governs(a, cue)
                        && !on_budget(a, cue)
                        && !in_participle_aside(a, clause.start, cue, left)
                        && !other_cue_between(a, cue.end, left)
                    {
                        return Some((
                            2.0 - 0.05 * ws.len() as f32,
                            "cue is subject, figure complement",
                        ));
                    }
                }
                None
            } else {
                None
            }
        }
        Role::By => {
            if cue.end > left {
                return None;
            }
            let gap_s = gap_of(a, cue.end, left);
            let gap = gap_s.as_str();
            let ws = words(gap);
            // "... by £8m", "... by a combined £122m"; the cue may hold the
            // "by" itself ("in the red by £21.8m").
            let after_by: &[&str] = if a.lower(cue).ends_with(" by") {
                &ws
            } else {
                let by = ws.iter().rposition(|w| *w == "by")?;
                if by > 5 {
                    return None;
                }
                &ws[by + 1..]
            };
            if !after_by.iter().all(|w| MODS.contains(w)) || gap.contains([';', ':', '(']) {
                return None;
            }
            // The target's own amount may come between: "beating its
            // control total of an £11.2m deficit by £4.8m".
            if figs_between(cue.end, left) > usize::from(gap.trim_start().starts_with("of ")) {
                return None;
            }
            // "cut its deficit by £7m" is a change, not a level.
            let before = a.lower(Span::new(clause.start.min(cue.start), cue.start));
            let bw = words(before);
            let tail = &bw[bw.len().saturating_sub(4)..];
            let cutting_costs = ["costs", "spending", "running costs"]
                .iter()
                .any(|c| a.lower(cue).ends_with(c));
            if tail.iter().any(|w| REDUCE.contains(w)) && !cutting_costs {
                return None;
            }
            Some((3.0, "verb by figure"))
        }
        Role::Verb => {
            if cue.end > left {
                return None;
            }
            let gap_span = Span::new(cue.end, left);
            let gap = a.lower(gap_span);
            if gap.contains([';', ':', '(', '.']) || figs_between(cue.end, left) > 0 {
                return None;
            }
            // The object may follow an indirect object: a body or pronoun.
            let mut rest = gap.to_owned();
            for r in &a.refs {
                if gap_span.contains(r.span) {
                    let s = r.span.start - cue.end;
                    let e = r.span.end - cue.end;
                    rest.replace_range(s..e, &" ".repeat(e - s));
                }
            }
            // "asked to find the equivalent of 1% of its budget": the
            // amount the object comes to.
            // (Both phrases hold "equivalent": the copies are made only
            // when it is there.)
            static EQUIVALENT: LazyLock<Finder<'static>> =
                LazyLock::new(|| Finder::new("equivalent"));
            let rest = format!(" {rest} ");
            let rest = if EQUIVALENT.find(rest.as_bytes()).is_some() {
                rest.replace(" the equivalent of ", " ")
                    .replace(" equivalent to ", " ")
            } else {
                rest
            };
            let ws = words(&rest);
            let ok = ws.len() <= 4
                && ws.iter().all(|w| {
                    matches!(
                        *w,
                        "a" | "an"
                            | "the"
                            | "it"
                            | "them"
                            | "him"
                            | "her"
                            | "us"
                            | "its"
                            | "their"
                            | "another"
                            | "further"
                            | "extra"
                            | "additional"
                            | "up"
                            | "out"
                            | "off"
                            | "back"
                            | "nearly"
                            | "around"
                            | "about"
                            | "almost"
                            | "only"
                            | "just"
                            // The first end of a range: "borrow between £22m and £26m".
                            | "between"
                    )
                });
            ok.then_some((2.2, "verb and object"))
        }
        Role::After => {
            if cue.start < right {
                return None;
            }
            // "£237m, or 1%, over budget": skip an apposed figure.
            let mut from = right;
            if let Some(next) = a.figs.get(fi + 1)
                && next.span.start >= right
                && next.span.end <= cue.start
            {
                let between = a.lower(Span::new(right, next.span.start)).trim();
                if between == ", or" || between == "or" {
                    from = next.span.end;
                    if a.lower[from..].starts_with(',') {
                        from += 1;
                    }
                }
            }
            let gap_s = gap_of(a, from, cue.start);
            // ("£470m-a-year trust": the hyphen joins, it parts nothing.)
            let gap = match gap_s.as_str() {
                "-" => "",
                g => g,
            };
            let ws = words(gap);
            // A few words may stand between: "£9.7m more could be saved",
            // "£11.5m from the national sustainability and transformation
            // fund", "£7.8m of schemes rated high risk", "£4.8m of schemes
            // are still unidentified".
            // ("£3.4m of the remaining schemes were at risk".)
            let ok = ws.len() <= 5
                && !gap.contains([';', ':', '(', '.'])
                && ws.iter().all(|w| {
                    matches!(
                        *w,
                        "it" | "was"
                            | "is"
                            | "are"
                            | "were"
                            | "has"
                            | "have"
                            | "had"
                            | "been"
                            | "being"
                            | "already"
                            | "now"
                            | "still"
                            | "remains"
                            | "remain"
                            | "currently"
                            | "only"
                            | "nearly"
                            | "almost"
                            | "some"
                            | "overall"
                            | "more"
                            | "extra"
                            | "further"
                            | "from"
                            | "the"
                            | "national"
                            | "of"
                            | "in"
                            | "additional"
                            | "its"
                            | "schemes"
                            | "remaining"
                            | "savings"
                            // "£5m of the programme will not be delivered".
                            | "programme"
                            | "plan"
                            | "money"
                            | "that"
                            | "which"
                    )
                });
            // "£3,600,000 described in the papers as \"unidentified\"".
            let described = ws.len() <= 6
                && !gap.contains([';', ':', '(', '.'])
                && matches!(
                    ws.first(),
                    Some(&("described" | "classed" | "listed" | "labelled" | "flagged" | "shown"))
                )
                && ws.last() == Some(&"as");
            // (Across a comma the phrase is an afterthought, and a noun the
            // figure is "of" comes first: "a surplus of £1.5m, short of
            // that mark" is the surplus.)
            let weight = if gap.contains(',') { 2.9 } else { 3.0 };
            (ok || described).then_some((weight, "phrase after figure"))
        }
    }
}

/// The words between two points of the text, lowercased, without the
/// asides reporters put between dashes or brackets ("savings - known as
/// QIPP - of £22.4m").
/// Where the label starts when a figure (from `left` to `right`) opens its
/// line, or follows no more than a list marker ("1.", "2)", "-", "•"), and
/// a spaced dash or a colon comes after it: "1. £307.9m - the net budget",
/// a fact box's "• £112m: the trust's income this year".
fn dash_label_at(a: &Analysis, left: usize, right: usize) -> Option<usize> {
    // (The dash after the figure first: most figures have none, and the
    // line's start can lie a paragraph back.)
    let after = &a.lower[right..];
    let dashed = match after.strip_prefix(": ") {
        Some(rest) => rest,
        None if after.starts_with(' ') => after.trim_start().strip_prefix(['-', '–', '—'])?,
        None => return None,
    };
    let line_start = a.lower[..left].rfind('\n').map_or(0, |i| i + 1);
    let head = a.lower[line_start..left].trim();
    let heads = head.is_empty()
        || matches!(head, "-" | "*" | "•" | "–")
        || head.strip_suffix(['.', ')']).is_some_and(|n| {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        });
    heads.then(|| a.lower.len() - dashed.len())
}

/// The sentence a figure alone on its line heads: the next line's first
/// sentence, when it opens with "The" or "What" ("91.5%" then "The share
/// of A&E patients the trust saw within four hours in October.").
pub fn headed_sentence(a: &Analysis, si: usize, left: usize, right: usize) -> Option<Span> {
    let own = a.sents[si].span;
    // (A figure read across the sentence's end, "$ \n11", heads nothing.)
    if left < own.start || right > own.end {
        return None;
    }
    if !a.lower(Span::new(own.start, left)).trim().is_empty()
        || !a.lower(Span::new(right, own.end)).trim().is_empty()
    {
        return None;
    }
    let next = a.sents.get(si + 1)?.span;
    let between = a.lower(Span::new(own.end, next.start));
    if between.matches('\n').count() != 1 || !between.trim().is_empty() {
        return None;
    }
    let opens = a.lower(next);
    (opens.starts_with("the ") || opens.starts_with("what ")).then_some(next)
}

fn gap_of(a: &Analysis, s: usize, e: usize) -> String {
    let raw = a.lower(Span::new(s, e.max(s)));
    strip_asides(raw)
}

/// Removes " - ... - " and "( ... )" asides from a gap.
pub fn strip_asides(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    loop {
        let dash = spaced_dash(rest).map(|i| (i, " - "));
        let paren = rest.find('(').map(|i| (i, "("));
        let first = match (dash, paren) {
            (Some(d), Some(p)) => Some(if d.0 <= p.0 { d } else { p }),
            (d, p) => d.or(p),
        };
        let Some((i, open)) = first else {
            out.push_str(rest);
            break;
        };
        let inner = &rest[i + open.len()..];
        let close = if open == "(" { ")" } else { " - " };
        let found = if open == "(" {
            inner.find(')')
        } else {
            spaced_dash(inner)
        };
        match found {
            Some(j) => {
                out.push_str(&rest[..i]);
                out.push(' ');
                rest = &rest[i + open.len() + j + close.len()..];
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    out
}

/// Where `s` first holds " - " (gaps are short: a scan of their bytes
/// costs less than setting up a substring search).
fn spaced_dash(s: &str) -> Option<usize> {
    s.as_bytes().windows(3).position(|w| w == b" - ")
}

/// Another metric cue standing between a subject cue and the figure means
/// the figure belongs to that one.
fn other_cue_between(a: &Analysis, s: usize, e: usize) -> bool {
    a.cues.iter().any(|c| {
        c.span.start >= s
            && c.span.end <= e
            && !in_participle_aside(a, s, c.span, e)
            && c.senses
                .iter()
                .any(|x| x.role == Role::Noun && x.weight >= 1.0)
            && !on_budget(a, c.span)
    })
}

/// Whether `cue` is the budget a deficit or overspend before it is on: "the
/// overspend on the council's children's services budget is expected to
/// reach £12m". The budget is where the overspend is, not the subject the
/// figure completes. (Word by word back from the cue, without a regex: it
/// is asked for every cue between a cue and its figure.)
fn on_budget(a: &Analysis, cue: Span) -> bool {
    let mut from = cue.start.saturating_sub(80);
    while !a.lower.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = a.lower[from..cue.start].strip_suffix(' ') else {
        return false;
    };
    let mut ws = before.rsplit(' ');
    for _ in 0..=5 {
        let Some(w) = ws.next() else { return false };
        if w.contains([',', '.', ';', ':']) || w.is_empty() {
            return false;
        }
        if matches!(w, "on" | "in" | "within" | "against") {
            return match ws.next() {
                Some(
                    "deficit" | "deficits" | "overspend" | "overspends" | "underspend" | "gap"
                    | "shortfall",
                ) => true,
                Some("hole") => ws.next() == Some("black"),
                _ => false,
            };
        }
    }
    false
}

/// Whether a preposition governs the cue, so it is no subject: "even after
/// these cuts a gap of £27m remains".
fn preposition_governs(a: &Analysis, cue: Span) -> bool {
    let mut at = cue.start;
    loop {
        let w = super::attribute::prev_word(&a.lower, at);
        if matches!(
            w,
            "the" | "these" | "those" | "this" | "its" | "their" | "such"
        ) {
            at = a.lower[..at].trim_end().len() - w.len();
            continue;
        }
        return matches!(
            w,
            "after"
                | "despite"
                | "before"
                | "without"
                | "beyond"
                | "besides"
                | "including"
                | "excluding"
        );
    }
}

/// Whether `cue` sits in an aside a participle opens after `s` and a comma
/// closes before `e`: "the underlying deficit, stripping out one-off income
/// and non-recurring savings, was about £32m" is the deficit's figure.
fn in_participle_aside(a: &Analysis, s: usize, cue: Span, e: usize) -> bool {
    let before = a.lower(Span::new(s, cue.start.max(s)));
    let Some(open) = before.rfind(", ") else {
        return false;
    };
    let first = before[open + 2..].split(' ').next().unwrap_or("");
    first.len() > 5
        && first.ends_with("ing")
        && a.lower(Span::new(cue.end, e.max(cue.end))).contains(',')
}

/// Metric refinements that depend on the words around the cue.
fn adjust_metric(a: &Analysis, fi: usize, metric: Metric, cue: Span, clause: Span) -> Metric {
    let fig = &a.figs[fi];
    let lo = clause.start.min(cue.start);
    let hi = clause.end.max(cue.end).min(fig.span.end.max(cue.end));
    let around = a.lower(Span::new(lo, hi));
    match metric {
        Metric::Surplus => {
            static MUST: Phrases = Phrases::new(&[
                "required",
                "require",
                "requirement",
                "must",
                "should",
                "need to",
                "needs to",
                "need",
                "needs",
                "has to",
                "have to",
                "target",
                "rule",
                "keep a surplus",
                "deliver a",
                "requiring",
                "control total",
                "hold a surplus",
                "expected to hold",
                "expected to keep",
                "supposed to",
                "obliged to",
                "requires",
                "expects it to hold",
                "expects it to keep",
                "expects them to hold",
                "expects them to keep",
                "told to hold",
                "told to keep",
                "asked to hold",
                "asked to keep",
            ]);
            // "the one per cent surplus the NHS requires of commissioners":
            // the demand may follow the noun.
            let after_cue: Vec<&str> = words_iter(&a.lower[cue.end..clause.end.max(cue.end)])
                .take(4)
                .collect();
            let demanded = cue.start >= fig.span.end
                && after_cue
                    .iter()
                    .any(|w| matches!(*w, "requires" | "required" | "demands" | "demanded"));
            // "planning to hold a surplus of £3.2m": the body's own plan,
            // unless a demand is named too.
            static PLANS: Phrases = Phrases::new(&[
                "planning to hold",
                "plans to hold",
                "planned to hold",
                "plan to hold",
                "aims to hold",
                "aiming to hold",
                "hopes to hold",
            ]);
            static DEMANDS: Phrases = Phrases::new(&[
                "required",
                "requires",
                "requirement",
                "must",
                "target",
                "rule",
                "control total",
                "supposed to",
                "obliged to",
            ]);
            // (Asked of the words right before the noun: "had been told it
            // must make savings ..., having spent the year planning to hold
            // a surplus of £3.2m" is a plan.)
            let lead = a.lower(Span::new(lo, cue.start.max(lo)));
            let lead = lead
                .char_indices()
                .rev()
                .filter(|&(_, c)| c == ' ')
                .nth(5)
                .map_or(lead, |(i, _)| &lead[i..]);
            let own_plan = PLANS.as_words_in(lead) && !DEMANDS.as_words_in(lead);
            if own_plan {
                metric
            } else if demanded || MUST.as_words_in(around) || rule_applied(a, fi, &MUST) {
                Metric::RequiredSurplus
            } else {
                metric
            }
        }
        Metric::PerformanceActual => {
            // "The standard says 95 per cent of patients should be seen": a
            // share that should be reached is a target, not a result.
            let after = a.lower(Span::new(fig.span.end, clause.end.max(fig.span.end)));
            let before = a.lower(Span::new(clause.start, fig.span.start.max(clause.start)));
            static SHOULD: Phrases = Phrases::new(&[
                "should",
                "must",
                "ought to",
                "are expected to",
                "is expected to",
            ]);
            let should = SHOULD.as_words_in(after);
            static STANDARD: Phrases = Phrases::new(&[
                "standard is",
                "standard says",
                "target is",
                "target says",
                "standard states",
                "standard requires",
                "target requires",
                "expects",
            ]);
            let standard = STANDARD.as_words_in(before) || AIMS.as_words_in(before);
            if should || standard {
                Metric::PerformanceTarget
            } else {
                metric
            }
        }
        Metric::SavingsRequired => {
            // "efficiency savings not achieved this year", "savings still
            // to be found": the part of the savings that is missing. Only up
            // to the next figure, which has words of its own.
            // (The figures come in text order: the first one starting
            // after both is the nearest.)
            let bound = fig.span.end.max(cue.end);
            let end = a
                .figs
                .get(a.figs.partition_point(|f| f.span.start <= bound))
                .map_or(usize::MAX, |f| f.span.start)
                .min(clause.end.max(cue.end));
            let after = &a.lower[cue.end..end.max(cue.end)];
            let after = first_chars(after, 48);
            // "still has to identify £5m of savings", "is yet to find":
            // what remains to be found of them.
            let before = a.lower(Span::new(clause.start, fig.span.start.max(clause.start)));
            let remaining = words(before).windows(2).any(|w| {
                matches!(
                    w,
                    ["still", "has" | "have" | "needs" | "need" | "to"] | ["yet", "to"]
                )
            });
            // ("£6.3m of this year's £38m programme was rated as high
            // risk": the part named before is what is missing, not the
            // whole.)
            let whole_of_part = fi
                .checked_sub(1)
                .and_then(|p| a.figs.get(p))
                .is_some_and(|p| {
                    let between = a.lower(Span::new(p.span.end, fig.span.start.max(p.span.end)));
                    between.trim_start().starts_with("of ") && at_most_words(between, 4)
                });
            if remaining || (SAVINGS_GAP_WORDS.as_words_in(after) && !whole_of_part) {
                Metric::SavingsGap
            } else {
                metric
            }
        }
        Metric::Bailout if cumulative_borrowing(a, fi, cue, clause) => Metric::Debt,
        Metric::Bailout if support_for_new(a, fi, clause) => Metric::Other,
        _ => metric,
    }
}

/// Whether support is money for something new, not cash to cover a body's
/// gap: "has given the service £6m for extra winter capacity". (Support a
/// body "may have to ask for" is still planned support.) Nor is a
/// council's share of the Better Care Fund, pooled money for social care.
fn support_for_new(a: &Analysis, fi: usize, clause: Span) -> bool {
    let fig = a.figs[fi].span;
    let rest = a.lower(Span::new(fig.end, clause.end.max(fig.end)));
    if rest.contains("better care fund") {
        return true;
    }
    let after: Vec<&str> = words_iter(rest).collect();
    after.iter().enumerate().any(|(i, w)| {
        *w == "for"
            && after[i + 1..]
                .iter()
                .take(3)
                .any(|w| matches!(*w, "winter" | "capacity" | "equipment" | "scanners"))
    })
}

/// Whether a surplus is a rule of the sentence before worked out for one
/// body: "Every CCG should plan to hold back one per cent of its allocation
/// as a surplus. For Vale of York that would mean a surplus of about
/// £4.2m." The figure's clause says what the rule "means" for the body and
/// the sentence before states the rule (`must`, its words of demand).
fn rule_applied(a: &Analysis, fi: usize, must: &Phrases) -> bool {
    let fig = a.figs[fi].span;
    let Some(si) = a.sentence_of(fig.start) else {
        return false;
    };
    let before = a.lower(Span::new(a.sents[si].span.start, fig.start));
    let w = words(before);
    let means = w
        .iter()
        .rev()
        .take(6)
        .any(|x| matches!(*x, "means" | "mean"))
        && w.iter().take(2).any(|x| *x == "for");
    means
        && si.checked_sub(1).is_some_and(|p| {
            let prev = a.lower(a.sents[p].span);
            prev.contains("surplus") && must.as_words_in(prev)
        })
}

/// Whether a bail-out figure is what a body owes by now rather than one
/// year's support: borrowing added up over years ("has borrowed more than
/// £100m from the Department of Health since 2014") or loans stated as a
/// standing total ("The loans now stand at £183.4m") or still owed ("had
/// £51.3m of loans from the Department of Health outstanding at 31 March").
fn cumulative_borrowing(a: &Analysis, fi: usize, cue: Span, clause: Span) -> bool {
    let fig = a.figs[fi].span;
    let verb = a.lower(cue);
    if verb.ends_with("loans") && cue.start >= fig.end {
        let end = a
            .figs
            .get(fi + 1)
            .map_or(clause.end, |n| n.span.start.min(clause.end));
        if words_iter(a.lower(Span::new(cue.end, end.max(cue.end)))).any(|w| w == "outstanding") {
            return true;
        }
    }
    if verb == "borrowed" && cue.end <= fig.start {
        // "has borrowed", "have now borrowed": the perfect, adding up.
        let before = a.lower(Span::new(clause.start, cue.start.max(clause.start)));
        let perfect = words(before)
            .iter()
            .rev()
            .take(2)
            .any(|w| matches!(*w, "has" | "have"));
        let after = a.lower(Span::new(fig.end, clause.end.max(fig.end)));
        static OVER_YEARS: Phrases = Phrases::new(&[
            "since",
            "in total",
            "so far",
            "over the past",
            "over the last",
            "over recent years",
            "in recent years",
        ]);
        return perfect && OVER_YEARS.as_words_in(after);
    }
    if matches!(verb, "loans" | "brokerage") && cue.end <= fig.start {
        let between = a.lower(Span::new(cue.end, fig.start));
        static STANDING: Phrases = Phrases::new(&[
            "stand at",
            "stands at",
            "now stand at",
            "now stands at",
            "now total",
            "now totals",
            "total",
            "totals",
        ]);
        return at_most_words(between, 4)
            && STANDING.as_words_in(between)
            && !between.contains(['.', ';']);
    }
    false
}

/// A figure right after "and <body>" or ", <body>" with its verb left out:
/// "South Sefton must find £6.4m in 2014/15, and Southport and Formby
/// £5.1m". The body names must be the only words between "and" and the
/// figure, and the earlier clause short.
fn gapped(a: &Analysis, p: usize, left: usize) -> bool {
    let Some(r) = a
        .refs
        .iter()
        .rfind(|r| r.span.end <= left && r.span.start >= a.figs[p].span.end)
    else {
        return false;
    };
    if r.orgs.is_empty() || !a.lower(Span::new(r.span.end, left)).trim().is_empty() {
        return false;
    }
    let before = a.lower(Span::new(a.figs[p].span.end, r.span.start));
    let Some(head) = before
        .trim_end()
        .strip_suffix(" and")
        .or_else(|| before.trim_end().strip_suffix(','))
    else {
        return false;
    };
    let head = head.trim_end().trim_end_matches(',');
    at_most_words(head, 6) && !head.contains([';', ':', '.'])
}

/// Whether figure `fi` is followed by an "of" phrase of its own that no cue
/// starts: "£26.7m of sustainability funding and £14m of non-recurrent
/// benefits" lists two things, not two amounts of one.
fn own_of_phrase(a: &Analysis, fi: usize) -> bool {
    let right = fig_right(a, fi);
    let rest = &a.lower[right..];
    let after = rest.trim_start();
    let at = right + (rest.len() - after.len());
    let Some(tail) = after.strip_prefix("of ") else {
        return false;
    };
    let next = words_iter(tail).next().unwrap_or("");
    let refers_back = matches!(
        next,
        "it" | "that" | "which" | "this" | "them" | "these" | "those" | "the" | "its" | "their"
    );
    let cued = a
        .cues
        .iter()
        .any(|c| c.span.start >= at && c.span.start <= at + 3);
    !refers_back && !cued && next.chars().next().is_some_and(char::is_alphabetic)
}

/// The earlier figure that this one continues, if any: "£52m in October,
/// £45m in September and £39m in August", "from £5.4m to £9.5m",
/// "compared with a planned £61.9m", "That is up from £52m".
fn continues(a: &Analysis, fi: usize, done: &[Option<Typing>], clause: Span) -> Option<usize> {
    let fig = &a.figs[fi];
    let si = a.sentence_of(fig.span.start)?;
    let sent = a.sents[si].span;
    let left = fig_left(a, fi);
    // "1% of its allocation, which would be roughly £4.2m", "one per cent
    // of that - around £3.3 million -", "a surplus of 1 per cent, which for
    // South Tyneside means £3m": the amount a percentage comes to.
    if fig.kind == FigureKind::Money
        && let Some(p) = fi.checked_sub(1)
        && a.figs[p].kind == FigureKind::Percent
        && a.figs[p].span.start >= sent.start
        && done[p].is_some()
    {
        let between = a.lower(Span::new(a.figs[p].span.end, left));
        static APPOSED: Phrases = Phrases::new(&[
            "which would be",
            "which is",
            "means",
            "which translates to",
            "which translates into",
            "which comes to",
            "which amounts to",
            "equivalent to",
            "equal to",
            "worth",
            "amounting to",
            "or",
        ]);
        let apposed = APPOSED.as_words_in(between) || between.trim_end().ends_with(" -");
        if apposed && at_most_words(between, 8) {
            return Some(p);
        }
        // "savings of 4 per cent this year, some £35m": an amount hedged
        // right after a comma restates the percentage.
        let hedged = fig.hedge.is_some_and(|h| h.end <= fig.span.start);
        if hedged && between.trim_end().ends_with(',') && at_most_words(between, 3) {
            return Some(p);
        }
    }
    // "efficiency savings of £97.2m, or 6.1 per cent of its turnover": the
    // share of a whole an amount is.
    if fig.kind == FigureKind::Percent
        && let Some(p) = fi.checked_sub(1)
        && a.figs[p].kind == FigureKind::Money
        && a.figs[p].span.start >= sent.start
        && done[p].is_some()
    {
        let between = a.lower(Span::new(fig_right(a, p), left));
        let apposed = matches!(
            words(between).as_slice(),
            ["or"] | ["equivalent", "to"] | ["equal", "to"] | ["which", "is"] | ["about"]
        ) && between
            .trim_start()
            .starts_with([',', '-', '\u{2013}', '(']);
        let after = a.lower[fig_right(a, fi)..].trim_start();
        if apposed && after.starts_with("of ") {
            return Some(p);
        }
    }
    // The nearest earlier figure of the same kind in the sentence.
    let prev = (0..fi)
        .rev()
        .take_while(|&j| a.figs[j].span.start >= sent.start)
        .find(|&j| a.figs[j].kind == fig.kind)
        .filter(|&j| done[j].is_some());
    if let Some(p) = prev
        && gapped(a, p, left)
    {
        return Some(p);
    }
    if let Some(p) = prev {
        let gap_span = Span::new(a.figs[p].span.end, left);
        // The earlier figure's own cue ("£186.5m in deficit, up from
        // £86.5m") is not part of the gap.
        let mut gap_text = a.lower(gap_span).to_owned();
        for c in a.cues.iter().filter(|c| gap_span.contains(c.span)) {
            let (s, e) = (c.span.start - gap_span.start, c.span.end - gap_span.start);
            gap_text.replace_range(s..e, &" ".repeat(e - s));
        }
        let gap = gap_text.as_str();
        let ws = words(gap);
        // "£13.9m of the £200m": the later figure is the whole the earlier
        // one is part of, not another of the same.
        if matches!(
            ws.as_slice(),
            ["of"]
                | ["of", "the"]
                | ["of", "a"]
                | ["of", "its"]
                | ["out", "of"]
                | ["out", "of", "the"]
        ) {
            return None;
        }
        // Drop a trailing "in October" / "at the end of June" / "in
        // 2011-12" after the earlier figure.
        let core: Vec<&str> = ws
            .iter()
            .copied()
            .filter(|w| {
                !is_month(w)
                    && !is_year(w)
                    && !matches!(
                        *w,
                        "in" | "at"
                            | "by"
                            | "the"
                            | "end"
                            | "of"
                            | "month"
                            | "year"
                            | "to"
                            | "date"
                            | "year-to-date"
                            | "financial"
                    )
            })
            .collect();
        let list = core.is_empty()
            || matches!(
                core.as_slice(),
                ["and"]
                    | ["or"]
                    | ["then"]
                    | ["and", "then"]
                    | ["rising"]
                    | ["falling"]
                    | ["from"]
                    | ["up", "from"]
                    | ["down", "from"]
            );
        if list && ws.len() <= 7 && !gap.contains(';') && !own_of_phrase(a, fi) {
            return Some(p);
        }
        // "rise from the £8.2m agreed with regulator Monitor in April to
        // £16.9m": a change from one figure to the next, with a few words
        // about the first in between.
        let before_p = a.lower(Span::new(sent.start, a.figs[p].span.start));
        let mut bw = words(before_p);
        if matches!(bw.last(), Some(&("the" | "a" | "an" | "its" | "their"))) {
            bw.pop();
        }
        if bw.last() == Some(&"from")
            && ws.last() == Some(&"to")
            && ws.len() <= 10
            && !ws.contains(&"from")
            && !gap.contains([';', '(', ')'])
        {
            return Some(p);
        }
        // "compared with a planned £61.9m", "against £15.8m that had been
        // planned", "versus a plan of £77.3m".
        let clause_head = a.lower(Span::new(clause.start, left));
        let comparison = [
            "compared with",
            "compared to",
            "against",
            "versus",
            "vs",
            "than",
            "up from",
            "down from",
            "bigger than",
            "higher than",
            "larger than",
            "smaller than",
            "lower than",
        ];
        let clause_gap = a.lower(Span::new(
            a.figs[p].span.end,
            clause.start.max(a.figs[p].span.end),
        ));
        if (comparison
            .iter()
            .any(|c| clause_head.trim_start().starts_with(c) || clause_gap.trim_end().ends_with(c)))
            && at_most_words(clause_head, 6)
        {
            return Some(p);
        }
        // "a surplus of £4.2m, a little better than the £3.9m it had
        // budgeted for", "a little ahead of the £4.2m it had planned for".
        let mut gw = ws.clone();
        while matches!(gw.last(), Some(&("the" | "a" | "its" | "their" | "an"))) {
            gw.pop();
        }
        let compares = matches!(
            gw.last(),
            Some(&("than" | "double" | "twice" | "treble" | "triple"))
        ) || gw.ends_with(&["short", "of"])
            || gw.ends_with(&["ahead", "of"])
            || gw.ends_with(&["behind"])
            || gw.ends_with(&["below"])
            || gw.ends_with(&["above"]);
        if compares && gw.len() <= 6 && !gap.contains(';') {
            return Some(p);
        }
        // "rise from the £8.2m agreed with Monitor in April to £16.9m": the
        // end of a change whose start came after "from".
        let ends_to = a.lower[..left].trim_end().ends_with(" to");
        let started_from = a.lower[sent.start..fig_left(a, p)]
            .trim_end()
            .ends_with("from");
        if ends_to && started_from && at_most_words(gap, 10) && !gap.contains(';') {
            return Some(p);
        }
        // An alternative estimate in a clause of its own: "as high as
        // £60m, though £49m is seen as more likely".
        let own_cue = a.cues.iter().any(|c| clause.contains(c.span));
        let head_words = words(clause_head);
        let conj = matches!(
            head_words.as_slice(),
            [] | ["though"] | ["although"] | ["but"] | ["or"] | ["while"] | ["with"]
        );
        if !own_cue && conj && clause.start > a.figs[p].span.end {
            return Some(p);
        }
        // The same change told of another body, its cue left out: "its
        // deficit go from £5.4m to £9.5m, while the James Paget's is likely
        // to rise from £3.4m to £5m".
        // Also "has been asked for £31.4m, and the Southern Trust for
        // £16.5m": the same preposition before both figures.
        let prep_before = |at: usize| {
            let w = a.lower[..at].trim_end();
            ["from", "for", "of", "by", "to"].into_iter().find(|p| {
                w.ends_with(p) && !w[..w.len() - p.len()].ends_with(|c: char| c.is_alphanumeric())
            })
        };
        // "while the James Paget's is set to rise from £3.4m to £5m": a
        // change of something already typed in the sentence.
        let change = [
            "rise",
            "rising",
            "climb",
            "grow",
            "go from",
            "move from",
            "increase",
            "fall",
            "drop",
            "widen",
        ]
        .iter()
        .any(|v| clause_head.contains(v));
        if !own_cue && change && prep_before(left) == Some("from") {
            return Some(p);
        }
        if !own_cue
            && let Some(prep) = prep_before(left)
            && let Some(q) = (0..p + 1)
                .rev()
                .take_while(|&j| a.figs[j].span.start >= sent.start)
                .find(|&j| done[j].is_some() && prep_before(fig_left(a, j)) == Some(prep))
        {
            return Some(q);
        }
    }
    // "That is up from £52m in October": the previous sentence's figure.
    let head = a.lower(Span::new(sent.start, left));
    let anaphoric = [
        "that is up from",
        "this is up from",
        "that is down from",
        "that was up from",
        "that compares with",
        "this compares with",
        "that is up on",
        "up from",
        "down from",
        // "That was cut to £135m after ...": the same figure revised.
        "that was cut to",
        "this was cut to",
        "that was reduced to",
        "that was revised to",
        "that was later revised to",
        "that was later cut to",
        "that was raised to",
        "that figure was cut to",
        "that figure was revised to",
        "that figure has since risen to",
        "that has since risen to",
        "that has since grown to",
        "that has since fallen to",
    ];
    // "We said the trust's savings target was £28.2m. The correct figure
    // is £18.2m.": the figure a correction puts right.
    let corrects = si > 0
        && super::corrected(a, si - 1)
        && (matches!(
            words(head).as_slice(),
            [
                "the",
                "correct" | "true" | "right",
                "figure" | "amount",
                rest @ ..,
                "is" | "was"
            ] if rest.len() <= 3 && rest.first().is_none_or(|w| *w == "for")
        ) || super::restates(a.lower(sent)));
    // "The Welsh Government wants that figure brought down to £27.1m": the
    // figure named before, as someone would change it.
    let changed = || {
        let head = head.trim_end();
        head.ends_with(" to")
            && [
                "that figure",
                "this figure",
                "that number",
                "that sum",
                "that amount",
            ]
            .iter()
            .filter_map(|p| head.rfind(p).map(|i| &head[i + p.len()..]))
            .any(|rest| at_most_words(rest, 4) && !has_punct_break(rest))
    };
    if (corrects || anaphoric.iter().any(|h| head.trim_start().starts_with(h)) || changed())
        && si > 0
    {
        let prev_sent = a.sents[si - 1].span;
        return (0..fi).rev().find(|&j| {
            a.figs[j].span.start >= prev_sent.start
                && a.figs[j].span.end <= prev_sent.end
                && done[j].is_some()
                && a.figs[j].kind == fig.kind
        });
    }
    None
}

/// A year or a financial year as written: "2012", "2011-12", "2011/12",
/// "2011-2012".
fn is_year(w: &str) -> bool {
    let b = w.as_bytes();
    let year = |y: &[u8]| y.len() == 4 && (y.starts_with(b"19") || y.starts_with(b"20"));
    let digits = |y: &[u8]| y.iter().all(u8::is_ascii_digit);
    match b.get(..4) {
        Some(head) if year(head) && digits(head) => match b.get(4) {
            None => true,
            Some(b'-' | b'/') => {
                let tail = &b[5..];
                (tail.len() == 2 || tail.len() == 4) && digits(tail)
            }
            Some(_) => false,
        },
        _ => false,
    }
}

pub fn is_month(w: &str) -> bool {
    crate::text::MONTHS.contains(&w)
}

#[cfg(test)]
mod tests {
    /// `first_chars` cuts where counting characters would.
    #[test]
    fn first_chars_cuts_after_n_characters() {
        for s in [
            "",
            "abc",
            "£4.8m a year",
            "a £4.8m deficit",
            "naïve café budget",
        ] {
            for n in 0..=s.len() + 1 {
                let by_chars = &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)];
                assert_eq!(super::first_chars(s, n), by_chars, "{s:?} {n}");
            }
        }
    }
}
