//! Period, status and as-of date of a typed figure.
//!
//! - period: a financial year written in the figure's clause or sentence
//!   ("2023/24", "2014-15", "23/24"), else one said relative to the
//!   article's current year ("this financial year", "next year"), else the
//!   current year itself, marked soft so that a year written for the same
//!   fact elsewhere wins. The current year is the article date's, or for an
//!   undated text the one year it names. Budgets, standing rules (the 1%
//!   surplus, the A&E standard), debts and sums over several years have no
//!   year unless one is written next to them; an outcome reported in April
//!   to June is the year just ended.
//! - status: what the cue itself says ("planned deficit", "savings
//!   target"), else the status word nearest the figure in its clause that
//!   fits the metric (an overspend is never the plan it missed), else the
//!   metric's usual reading (savings are targets, gaps forecasts,
//!   overspends and snapshots have happened), else a weak word ("was").
//! - as_of: the month or month number of a snapshot ("£52m in October",
//!   "at the end of December", "month 7").

use std::sync::LazyLock;

use crate::rx::Regex;
use aho_corasick::AhoCorasick;
use memchr::memmem::Finder;

use super::Analysis;
use super::metric::{Typing, is_month};
use crate::model::{Metric, Span, Status};
use crate::recognise::cues::StatusMention;
use crate::recognise::words::RELATIVE_YEARS as RELATIVE;
use crate::text::Phrases;

pub struct Qualities {
    pub status: Option<Status>,
    pub period: Option<String>,
    /// The period is the article's year, not one written for the figure.
    pub period_soft: bool,
    /// The status comes from words about this figure, not from a default.
    pub status_own: bool,
    pub as_of: Option<String>,
    pub explain: Vec<String>,
}

/// "month", which every [`MONTH_NUM`] match holds. (The searchers here
/// are built once: a figure's sentence is searched for each.)
static MONTH_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("month"));

/// Phrases that date a figure by the quarter or half of the year it is
/// at, with the month that quarter or half ends.
static PART_OF_YEAR: LazyLock<[(Finder<'static>, u32); 5]> = LazyLock::new(|| {
    [
        ("first quarter", 3),
        ("second quarter", 6),
        ("halfway through the", 6),
        ("half-year", 6),
        ("third quarter", 9),
    ]
    .map(|(w, m)| (Finder::new(w), m))
});

static FY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d)\s?[/\-–]\s?(\d\d(?:\d\d)?)\b|\b(\d\d)/(\d\d)\b")
        .expect("static regex")
});

static MONTH_NUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bmonth\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\s+(?:into|in)\s+(?:the|its)\s+(?:financial\s+)?year|\bfirst\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+of\s+the\s+(?:financial\s+)?year")
        .expect("static regex")
});

fn small_number(s: &str) -> Option<u32> {
    s.parse().ok().or(match s.to_ascii_lowercase().as_str() {
        "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        "eleven" => Some(11),
        "twelve" => Some(12),
        _ => None,
    })
}

/// What no match of [`FY`] can hold: it is searched only between these
/// around a slash or dash (see `prefilter::search_in`).
static FY_SEP: LazyLock<Option<Box<crate::prefilter::Separators>>> =
    LazyLock::new(|| crate::prefilter::separators(FY.as_str(), false));

/// The matches of [`FY`], as `captures_iter` finds them: every match holds
/// a "/", "-" or "–", so only the stretches around those are searched
/// (most of a story is words between them).
fn fy_captures(text: &str) -> Vec<regex::Captures<'_>> {
    let Some(sep) = FY_SEP.as_deref() else {
        return FY.captures_iter(text).collect();
    };
    let b = text.as_bytes();
    let anchors: Vec<usize> = memchr::memchr3_iter(b'/', b'-', 0xE2, b)
        .filter(|&i| b[i] != 0xE2 || b.get(i + 1..i + 3) == Some(&[0x80, 0x93]))
        .collect();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(c) = crate::prefilter::captures_in(&FY, text, pos, text.len(), &anchors, sep) {
        let Some(m) = c.get(0) else { break };
        // (Never empty: a match holds a dash or slash.)
        pos = m.end().max(pos + 1);
        out.push(c);
    }
    out
}

/// "2023/24", "2014-15", "23/24" → "2023-24"; "2023/34" is no year.
pub fn financial_year(text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for c in fy_captures(text) {
        let Some(m) = c.get(0) else { continue };
        let (y1, y2): (i32, i32) = if let (Some(a), Some(b)) = (c.get(1), c.get(2)) {
            let y1: i32 = a.as_str().parse().unwrap_or(0);
            let y2: i32 = b.as_str().parse().unwrap_or(-1);
            let y2 = if b.as_str().len() == 4 {
                y2
            } else {
                y1 / 100 * 100 + y2
            };
            (y1, y2)
        } else if let (Some(a), Some(b)) = (c.get(3), c.get(4)) {
            let y1: i32 = a.as_str().parse().unwrap_or(0);
            let y2: i32 = b.as_str().parse().unwrap_or(-1);
            // "23/24" only for plausible years, never a date like "9/10".
            if !(5..=60).contains(&y1) {
                continue;
            }
            (2000 + y1, 2000 + y2)
        } else {
            continue;
        };
        if y2 == y1 + 1 {
            out.push((Span::new(m.start(), m.end()), fy(y1)));
        }
    }
    // "the year to 31 March 2016", "the year ended 31 March 2016": the
    // financial year that ends then (2015-16).
    let before = out.len();
    // (A searcher built once: `memmem::find_iter` builds one per document.)
    static YEAR_END: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("31 March 20"));
    for at in YEAR_END.find_iter(text.as_bytes()) {
        let head = &text[..at];
        let head = head.strip_suffix("the ").unwrap_or(head);
        // (The span starts at "year": a year after "to" is read as an end.)
        let start = ["year to ", "year ending ", "year ended "]
            .iter()
            .find_map(|p| {
                let from = head.len().checked_sub(p.len())?;
                head.get(from..)?.eq_ignore_ascii_case(p).then_some(from)
            });
        let digits = &text.as_bytes()[at + 9..];
        if let Some(start) = start
            && digits.len() >= 4
            && digits[..4].iter().all(u8::is_ascii_digit)
            && !digits.get(4).is_some_and(u8::is_ascii_alphanumeric)
        {
            let y: i32 = text[at + 9..at + 13].parse().unwrap_or(0);
            out.push((Span::new(start, at + 13), fy(y - 1)));
        }
    }
    if out.len() > before {
        out.sort_by_key(|(s, _)| s.start);
    }
    out
}

fn fy(start: i32) -> String {
    format!("{}-{:02}", start, (start + 1) % 100)
}

/// The `RELATIVE` phrase nearest `fig` of those in `within`, each at its
/// first occurrence there (what `str::find` gives), the longer one at the
/// same distance, then the earlier year: its distance and its year's
/// offset. `all`, the document's occurrences of them `(start, phrase)`,
/// ascending, when the words pass found them, else a pass over `text`, the
/// window's lowercased text. (Most windows hold none: walking those they
/// hold costs less than a look at every phrase.)
fn nearest_relative(
    all: Option<&[(usize, usize)]>,
    within: Span,
    text: &str,
    fig: Span,
) -> Option<(usize, i32)> {
    const { assert!(RELATIVE.len() <= 64) };
    let key = |p: usize, i: usize| {
        let (phrase, d) = RELATIVE[p];
        let at = Span::new(within.start + i, within.start + i + phrase.len());
        (dist(at, fig), usize::MAX - phrase.len(), d)
    };
    let best = match all {
        Some(all) => {
            // (Phrases seen so far: only a phrase's first occurrence counts.)
            let mut seen = 0u64;
            let from = all.partition_point(|&(s, _)| s < within.start);
            all[from..]
                .iter()
                .take_while(|&&(s, _)| s < within.end)
                .filter(|&&(s, p)| s + RELATIVE[p].0.len() <= within.end)
                .filter(|&&(_, p)| {
                    let first = seen & 1 << p == 0;
                    seen |= 1 << p;
                    first
                })
                .map(|&(s, p)| key(p, s - within.start))
                .min()
        }
        None => (first_relative(text).iter().enumerate())
            .filter_map(|(p, i)| i.map(|i| key(p, i)))
            .min(),
    };
    best.map(|(dd, _, d)| (dd, d))
}

/// Where each `RELATIVE` phrase first occurs in `text` (what `str::find`
/// gives for each), in one pass.
fn first_relative(text: &str) -> [Option<usize>; RELATIVE.len()] {
    static AC: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| AhoCorasick::new(RELATIVE.iter().map(|(p, _)| p)).ok());
    let mut first = [None; RELATIVE.len()];
    match &*AC {
        // Overlapping matches come by end; a phrase's first is its leftmost.
        Some(ac) => {
            for m in ac.find_overlapping_iter(text) {
                first[m.pattern().as_usize()].get_or_insert(m.start());
            }
        }
        None => {
            for (f, (p, _)) in first.iter_mut().zip(RELATIVE) {
                *f = text.find(p);
            }
        }
    }
    first
}

/// "month 7", "seven months into the financial year" → "month 7".
pub fn month_number(text: &str) -> Option<String> {
    let c = MONTH_NUM.captures_iter(text).last()?;
    let n = c
        .get(1)
        .or(c.get(2))
        .or(c.get(3))
        .and_then(|m| small_number(m.as_str()))?;
    (1..=12).contains(&n).then(|| format!("month {n}"))
}

pub fn qualify(a: &Analysis, fi: usize, si: usize, t: &Typing) -> Qualities {
    let fig = &a.figs[fi];
    let clause = t.clause;
    let sent = a.sents[si].span;
    let mut explain = Vec::new();

    // Period.
    let near = |spans: &[(Span, String)], within: Span| -> Option<String> {
        spans
            .iter()
            .filter(|(s, _)| within.contains(*s))
            .filter(|(s, _)| {
                let before = a.lower[..s.start].trim_end();
                !(before.ends_with(" until") || before.ends_with(" to"))
            })
            .min_by_key(|(s, _)| dist(*s, fig.span))
            .map(|(_, p)| p.clone())
    };
    let fys = &a.years;
    // The nearest relative expression in `within` and its distance.
    let relative_at = |within: Span| -> Option<(usize, String)> {
        let base = a.current_year?.start;
        let all = a.words.as_ref().map(|w| w.relative_years.as_slice());
        nearest_relative(all, within, a.lower(within), fig.span).map(|(dd, d)| (dd, fy(base + d)))
    };
    let relative = |within: Span| relative_at(within).map(|(_, p)| p);
    let explicit_at = |within: Span| -> Option<(usize, String)> {
        fys.iter()
            .filter(|(s, _)| within.contains(*s))
            .filter(|(s, _)| {
                let before = a.lower[..s.start].trim_end();
                !(before.ends_with(" until") || before.ends_with(" to"))
            })
            .map(|(s, p)| (dist(*s, fig.span), p.clone()))
            .min()
    };
    let explicit = near(fys, clause);
    // A budget is for a year only when the year is written next to it
    // ("a budget of £146.9bn for 2021/22", "this year's budget of £1.2bn"),
    // not across a comma ("a turnover of £440m, finished 2012/13 ...").
    let between = |s: Span| {
        let (from, to) = if s.end <= fig.span.start {
            (s.end, fig.span.start)
        } else {
            (fig.span.end, s.start.max(fig.span.end))
        };
        a.norm[from..to].to_owned()
    };
    let explicit = if t.metric == Metric::Budget {
        fys.iter()
            .find(|(s, _)| {
                clause.contains(*s) && dist(*s, fig.span) <= 24 && !between(*s).contains(',')
            })
            .map(|(_, p)| p.clone())
            .or_else(|| {
                relative_at(clause)
                    .filter(|(d, _)| *d <= 24)
                    .map(|(_, p)| p)
            })
    } else {
        explicit
    };
    // In the figure's clause, the year written nearest to it, whether as
    // "2015/16" or as "next year"; then the same in its sentence.
    let nearest = |within: Span| match (explicit_at(within), relative_at(within)) {
        (Some(e), Some(r)) => Some(if r.0 < e.0 { r.1 } else { e.1 }),
        (e, r) => e.or(r).map(|x| x.1),
    };
    let mut period = if t.metric == Metric::Budget {
        explicit.clone()
    } else {
        // (None from `nearest` is none from `relative` either.)
        nearest(clause)
            .or_else(|| near(fys, sent))
            .or_else(|| relative(sent))
    };
    // A sum spread over several years ("£58m over the next two years",
    // "£48m of cuts in total by 2022/23") is for no one year.
    // (The clause is searched once for both questions below.)
    let spread = std::cell::OnceCell::new();
    let over_years = || *spread.get_or_init(|| multi_year(a.lower(clause)));
    if t.metric != Metric::Budget && over_years() {
        period = None;
    }
    // A figure without a year of its own is for the financial year the
    // article is written in. Budgets, standing targets (the 1% surplus
    // rule, the A&E standard), debts and multi-year sums are not for a year.
    let undated_kind = matches!(
        t.metric,
        Metric::Budget | Metric::PerformanceTarget | Metric::Debt
    ) || (t.metric == Metric::RequiredSurplus && &*fig.unit == "percent")
        || over_years();
    let mut from_date = false;
    if period.is_none()
        && !undated_kind
        && let Some(cy) = a.current_year
    {
        period = Some(fy(cy.start));
        from_date = true;
    }
    if let Some(p) = &period
        && a.explain
    {
        explain.push(format!("period {p}"));
    }

    // Status: what the cue says; a status that the metric fixes; the
    // nearest strong status word before the figure in its clause, then
    // after it; the metric's usual reading; the nearest weak word.
    let in_clause: Vec<&StatusMention> = stats_within(a, clause.start, clause.end)
        .iter()
        .filter(|s| clause.contains(s.span) && !s.span.overlaps(fig.span))
        .collect();
    // An overspend is measured against a plan or target, so those words
    // name what it missed, not what it is; with no other word it has
    // happened. A savings or funding gap is what a plan has not found or
    // must close; a bail-out is given, not required.
    let fits = |s: &Status| match t.metric {
        Metric::Overspend | Metric::Underspend | Metric::SavingsGap | Metric::FundingGap => {
            !matches!(s, Status::Planned | Status::Target)
        }
        Metric::Bailout => *s != Status::Target,
        _ => true,
    };
    let strong_before = in_clause
        .iter()
        .filter(|s| !s.weak && s.span.end <= fig.span.start && fits(&s.status))
        .max_by_key(|s| s.span.start)
        .map(|s| s.status);
    // Words after the next amount in the same unit are that amount's: "a
    // programme of £12.4m, of which £8.1m has been delivered".
    let next_same_unit = a.figs[fi + 1..]
        .iter()
        .find(|f| f.unit == fig.unit && f.span.start >= fig.span.end)
        .map_or(usize::MAX, |f| f.span.start);
    let strong_after = in_clause
        .iter()
        .filter(|s| {
            !s.weak
                && s.span.start >= fig.span.end
                && s.span.end <= next_same_unit
                && fits(&s.status)
        })
        .min_by_key(|s| s.span.start)
        .map(|s| s.status);
    let weak = in_clause
        .iter()
        .filter(|s| s.weak)
        .min_by_key(|s| dist(s.span, fig.span))
        .map(|s| s.status);
    let default = match t.metric {
        Metric::SavingsRequired => Some(Status::Target),
        Metric::Overspend | Metric::Underspend => Some(Status::Actual),
        _ => None,
    };
    // A difference from a plan often sits in a clause of its own after the
    // words that say what the sentence is ("is forecasting a deficit of
    // £17.6m, leaving it £8.7m adrift"): then the sentence's word decides.
    let sentence_before = stats_within(a, sent.start, clause.start)
        .iter()
        .filter(|s| {
            !s.weak && sent.contains(s.span) && s.span.end <= clause.start && fits(&s.status)
        })
        .max_by_key(|s| s.span.start)
        .map(|s| s.status)
        .filter(|_| {
            matches!(
                t.metric,
                Metric::Overspend | Metric::Underspend | Metric::SavingsGap
            )
        });
    // A figure continuing another ("a little better than the £3.9m it had
    // budgeted for") takes the status words of its own stretch first.
    let local = t.continues.and_then(|p| {
        let from = a.figs[p].span.end.max(clause.start);
        in_clause
            .iter()
            .filter(|s| !s.weak && s.span.start >= from)
            .min_by_key(|s| dist(s.span, fig.span))
            .map(|s| s.status)
    });
    let level = matches!(
        t.metric,
        Metric::Deficit | Metric::Surplus | Metric::Overspend | Metric::Underspend
    );
    let own_before = local
        .filter(fits)
        .or(t.status.filter(fits))
        .or(strong_before.filter(fits));
    let own = own_before.or(strong_after.filter(fits)).or(sentence_before);
    // Money a body is to be given, or a budget it is to have, is planned
    // when the words look ahead ("will receive £90m", "budgeted to spend").
    let promised = |s: Status| match s {
        Status::Forecast => Status::Planned,
        s => s,
    };
    let mut status = match t.metric {
        Metric::RequiredSurplus | Metric::PerformanceTarget => Some(Status::Target),
        Metric::PerformanceActual | Metric::Debt => Some(Status::Actual),
        // A budget's status is in the words next to it ("had budgeted to
        // spend £10.4bn", "funding totalled £10.6bn") or in its year ("the
        // budget for 2018/19 is £124.7bn"), not elsewhere in the sentence.
        Metric::Budget => t
            .status
            .or_else(|| {
                in_clause
                    .iter()
                    .filter(|s| {
                        !s.weak
                            && s.span.end <= fig.span.start
                            && fig.span.start - s.span.end <= 32
                            && !a.norm[s.span.end..fig.span.start].contains(',')
                    })
                    .max_by_key(|s| s.span.start)
                    .map(|s| s.status)
            })
            .map(promised)
            .or(explicit.as_ref().map(|_| Status::Planned)),
        Metric::Bailout => own.map(promised),
        _ => own,
    };
    let status_own = status.is_some();

    // As of.
    let mut as_of = None;
    // (Every match holds "month": most sentences need no search.)
    let month_num = if MONTH_WORD.find(a.lower(sent).as_bytes()).is_some() {
        MONTH_NUM
            .captures_iter(&a.norm[sent.start..sent.end])
            .last()
    } else {
        None
    };
    if let Some(c) = month_num {
        let n = c
            .get(1)
            .or(c.get(2))
            .or(c.get(3))
            .and_then(|m| small_number(m.as_str()));
        if let Some(n) = n.filter(|n| (1..=12).contains(n)) {
            as_of = Some(format!("month {n}"));
        }
    }
    if as_of.is_none() {
        let s = a.lower(sent).as_bytes();
        if let Some((_, m)) = PART_OF_YEAR.iter().find(|(q, _)| q.find(s).is_some()) {
            as_of = Some(format!("month {m}"));
        }
    }
    if as_of.is_none() {
        as_of = month_near(a, fig.span, clause, sent);
    }
    // A standing target is not a snapshot.
    if t.metric == Metric::PerformanceTarget {
        as_of = None;
    }

    // No status word of its own: a snapshot at a month has happened ("a
    // deficit of £8.1m at month five"; "was £3.7m in the red at the end of
    // December and expects to close the year ..." is a snapshot, then a
    // forecast); a savings gap is a shortfall still expected unless it is a
    // snapshot; then the metric's usual reading; then a weak word ("was",
    // "has") for a level.
    if level && as_of.is_some() && own_before.is_none() && t.metric != Metric::Budget {
        status = Some(Status::Actual);
    }
    if status.is_none() {
        status = match t.metric {
            Metric::Deficit | Metric::Surplus | Metric::Overspend | Metric::Underspend
                if as_of.is_some() =>
            {
                Some(Status::Actual)
            }
            Metric::SavingsGap if as_of.is_some() => Some(Status::Actual),
            Metric::SavingsGap | Metric::FundingGap => Some(Status::Forecast),
            // A level for a year already over is an outturn ("the deficits
            // for 2018/19 were: ...").
            Metric::Deficit | Metric::Surplus | Metric::Overspend | Metric::Underspend
                if !from_date
                    && period
                        .as_deref()
                        .and_then(|p| p.get(..4)?.parse::<i32>().ok())
                        .zip(a.current_year)
                        .is_some_and(|(p, cy)| p < cy.start) =>
            {
                Some(Status::Actual)
            }
            _ => default.or(weak.filter(|_| level).filter(fits)),
        };
    }

    // A year's outcome reported in the first quarter of the next financial
    // year is the year just ended ("end-of-year figures" published in May),
    // unless it is a snapshot of the new year ("in May", "month 2").
    let outcome = match t.metric {
        Metric::Deficit | Metric::Surplus => {
            matches!(status, Some(Status::Actual | Status::Target) | None)
        }
        Metric::Overspend | Metric::Underspend | Metric::PerformanceActual => {
            matches!(status, Some(Status::Actual) | None)
        }
        _ => false,
    };
    if from_date
        && outcome
        && let Some(d) = a.doc.meta.date
        && (4..=6).contains(&d.month)
        && as_of
            .as_deref()
            .and_then(financial_month)
            .is_none_or(|m| m > u32::from(d.month) - 3)
    {
        period = Some(fy(d.financial_year_start() - 1));
        status = status.or(Some(Status::Actual));
    }
    Qualities {
        status,
        period,
        period_soft: from_date,
        status_own,
        as_of,
        explain,
    }
}

fn dist(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// A month named as the time of the snapshot: "£52m in October", "at the
/// end of December, ...", "as of June". "by March" is a deadline, not a
/// snapshot.
fn month_near(a: &Analysis, fig: Span, clause: Span, sent: Span) -> Option<String> {
    // (Only where a month is named at all: most figures have none near.
    // The words pass found the names; a text without it is searched.)
    static MONTH_NAMES: Phrases = Phrases::new(&crate::text::MONTHS);
    let named = |s: Span| match &a.words {
        Some(w) => w.month_within(s.start, s.end),
        None => MONTH_NAMES.in_text(a.lower(s)),
    };
    // The sentence, not the clause: "against its plan" may end a clause.
    let after_span = Span::new(fig.end, sent.end.max(fig.end));
    let after = a.lower(after_span);
    // (The searchers built once, as those above.)
    static AFTER_LEADS: LazyLock<[Finder<'static>; 7]> = LazyLock::new(|| {
        [
            " in ",
            " at the end of ",
            " by the end of ",
            " as of ",
            " as at ",
            " for ",
            " to the end of ",
        ]
        .map(Finder::new)
    });
    if named(after_span) {
        for finder in AFTER_LEADS.iter() {
            let lead = finder.needle();
            // Right after the figure, or after a few words of its own
            // ("£2.7m against its plan by the end of May").
            let near = &after[..after.floor_char_boundary(after.len().min(40))];
            let Some(i) = finder.find(near.as_bytes()) else {
                continue;
            };
            if near[..i].contains([',', ';']) || near[..i].contains(" but") {
                continue;
            }
            let rest = &after[i + lead.len()..];
            let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            if is_month(&w) {
                return Some(capitalise(&w));
            }
        }
    }
    let before_span = Span::new(clause.start, fig.start.max(clause.start));
    let before = a.lower(before_span);
    if !named(before_span) {
        return None;
    }
    static BEFORE_LEADS: LazyLock<[Finder<'static>; 6]> = LazyLock::new(|| {
        [
            "at the end of ",
            "by the end of ",
            "as of ",
            "as at ",
            "in ",
            "end of ",
        ]
        .map(Finder::new)
    });
    let mut best: Option<(usize, String)> = None;
    for finder in BEFORE_LEADS.iter() {
        let lead = finder.needle();
        for i in finder.find_iter(before.as_bytes()) {
            let at = i + lead.len();
            let w: String = before[at..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if is_month(&w) && best.as_ref().is_none_or(|(b, _)| at > *b) {
                best = Some((at, capitalise(&w)));
            }
        }
    }
    best.map(|(_, m)| m)
}

/// The month of the financial year an as-of value names: "month 2" is 2,
/// "May" is 2, "March" is 12.
fn financial_month(as_of: &str) -> Option<u32> {
    if let Some(n) = as_of.strip_prefix("month ") {
        return n.parse().ok();
    }
    let m = as_of.to_ascii_lowercase();
    // April is the first month of the financial year.
    crate::text::month_number(&m).map(|c| (c + 8) % 12 + 1)
}

/// The status words that start in `lo..=hi`, found by binary search (the
/// words come in text order): a figure's checks ask for those of its
/// clause or sentence, and a scan of all made a long document's cost grow
/// with its square.
fn stats_within<'a>(a: &'a Analysis, lo: usize, hi: usize) -> &'a [StatusMention] {
    debug_assert!(a.stats.is_sorted_by_key(|s| s.span.start));
    let from = a.stats.partition_point(|s| s.span.start < lo);
    let to = a.stats.partition_point(|s| s.span.start <= hi);
    &a.stats[from..to.max(from)]
}

/// A sum spread over several years: "over the next two years", "over
/// three years", "in total by 2022/23".
fn multi_year(lower: &str) -> bool {
    MULTI_YEAR.is_match(lower)
}

static MULTI_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bover\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+|past\s+|last\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d{1,2})\s+(?:financial\s+)?years\b|\bin\s+total\s+by\b",
    )
    .expect("static regex")
});

/// The financial year an undated text is written in, when it names just
/// one: that year, or the year before when the text looks ahead to it
/// ("carried into 2018-19", "planning for 2018/19", "when the 2013-14
/// financial year begins"). A deadline ("by 2022/23", "until 2020/21")
/// does not date a text; two different years leave it undated.
pub fn year_of_text(lower: &str, years: &[(Span, String)]) -> Option<i32> {
    let named: Vec<(Span, i32)> = years
        .iter()
        .filter(|(s, _)| {
            let before = lower[..s.start].trim_end();
            !(before.ends_with(" until") || before.ends_with(" to") || before.ends_with(" by"))
        })
        .filter_map(|(s, p)| p.get(..4)?.parse().ok().map(|y| (*s, y)))
        .collect();
    let first = named.first()?.1;
    if named.iter().any(|(_, y)| *y != first) {
        return None;
    }
    let ahead = named.iter().any(|(s, _)| {
        let before = lower[..s.start].trim_end();
        let after = lower[s.end..].trim_start();
        before.ends_with(" into")
            || before.ends_with(" into the")
            || before.ends_with("planning for")
            || before.ends_with("plans for")
            || after.starts_with("financial year begins")
            || after.starts_with("begins")
    });
    Some(if ahead { first - 1 } else { first })
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn financial_years() {
        let got: Vec<String> =
            financial_year("in 2023/24 and 2014-15, 23/24, 2023/34 and 9/10 and 2015/2016")
                .into_iter()
                .map(|(_, p)| p)
                .collect();
        assert_eq!(got, vec!["2023-24", "2014-15", "2023-24", "2015-16"]);
    }

    /// Searching the stretches around dashes and slashes finds what a
    /// search of the whole text does.
    #[test]
    fn financial_years_by_stretch_are_the_regex_matches() {
        let spans = |cs: Vec<regex::Captures>| -> Vec<Vec<Option<(usize, usize)>>> {
            cs.iter()
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect()
        };
        let mut texts: Vec<String> = vec![
            "2019-20. (2020/21) x2019-20 2019 – 20, 12/03/2020 and 2019\n-20; 2019—20".into(),
            "in 2023/24 and 2014-15, 23/24, 2023/34 and 9/10 and 2015/2016-17".into(),
            "٢٠١٩-٢٠ and 2019-20 and 2019\u{a0}-\u{a0}20, a well-known 20-21 plan/2021".into(),
            "--//–2019-2020–21/22-".into(),
            String::new(),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for e in std::fs::read_dir(dir).unwrap() {
            texts.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
        }
        let mut found = 0;
        for t in &texts {
            let want = spans(FY.captures_iter(t).collect());
            found += want.len();
            assert_eq!(spans(fy_captures(t)), want, "{t:?}");
        }
        assert!(found > 40, "{found}");
    }

    /// The relative years of a window, read from the document's list, are
    /// what a search of the window's text finds.
    #[test]
    fn relative_years_in_a_window_are_those_of_its_text() {
        let t = "Last year the trust overspent; next year, and the year before \
                 last year, this financial year ends. Next year again.";
        let lower = t.to_ascii_lowercase();
        let all = crate::patterns::test_patterns().cues_in(t).relative_years;
        assert_eq!(all.len(), 6, "{all:?}");
        for (s, e) in [
            (0, t.len()),
            (0, 9),
            (0, 8),
            (5, 60),
            (31, 40),
            (40, t.len()),
        ] {
            let w = Span::new(s, e);
            for fig in [
                Span::new(0, 1),
                Span::new(30, 31),
                Span::new(60, 64),
                Span::new(98, 99),
            ] {
                assert_eq!(
                    super::nearest_relative(Some(&all), w, &lower[s..e], fig),
                    super::nearest_relative(None, w, &lower[s..e], fig),
                    "{:?} {fig:?}",
                    &t[s..e]
                );
            }
        }
        let first = super::first_relative(&lower);
        let at = |p: &str| RELATIVE.iter().position(|(q, _)| *q == p).unwrap();
        assert_eq!(first[at("last year")], Some(0));
        assert_eq!(first[at("next year")], Some(31));
        assert_eq!(first[at("this financial year")], Some(73));
    }
}
