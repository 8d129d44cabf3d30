//! Facts stage: recognised figures, bodies and cues become dataset rows.
//!
//! Takes one `Document` and the compiled `Patterns`, yields its `Fact`s in
//! text order. The work is split by question:
//! - `clause`: where a figure's clause begins and ends;
//! - `metric`: what a figure measures (cue phrases and their relation to it);
//! - `attribute`: which body it is about (names, "the trust", "its" ...);
//! - `qualify`: period, status and as-of date;
//! - `table`: figures in pipe tables of bodies.
//!
//! Precision comes first: a figure with no financial cue, or whose body
//! cannot be determined, is dropped rather than guessed.

/// An explanation for `--explain`, formatted only when it is asked for:
/// one per figure and per attribution cost as much as a recogniser.
macro_rules! why {
    ($a:expr, $($arg:tt)*) => {
        if $a.explain { format!($($arg)*) } else { String::new() }
    };
}

mod attribute;
pub(crate) mod clause;
mod metric;
mod places;
mod qualify;
mod table;

use std::cell::OnceCell;
use std::sync::{Arc, LazyLock};

use rust_decimal::Decimal;

use crate::model::{Document, Fact, Figure, FigureKind, Metric, OrgRef, Span, Status};
use crate::patterns::Patterns;
use crate::recognise::cues::{CueMention, StatusMention};
use crate::recognise::words::Found;
use crate::text::{self, Sentence};

pub use attribute::Ref;

/// Financial years written in a text ("2023/24" → "2023-24").
pub fn qualify_periods(text: &str) -> Vec<(Span, String)> {
    qualify::financial_year(text)
}

/// What to report besides the financial facts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Report figures with no financial cue too, as metric `other`.
    pub all_figures: bool,
    /// Add to each fact the cues, rules and attribution path behind it.
    pub explain: bool,
}

/// Everything recognised in one document, shared by the sub-stages.
pub(crate) struct Analysis<'a> {
    pub text: &'a str,
    pub norm: &'a str,
    /// ASCII-lowercased `norm` (same byte length), for phrase tests.
    pub lower: String,
    pub sents: Vec<Sentence>,
    /// Each sentence's clause cuts, once asked for (see `clause_of`).
    pub cuts: Vec<OnceCell<Vec<(usize, usize)>>>,
    /// The body the story is about, once asked for (see `story_body`).
    pub story: OnceCell<Option<OrgRef>>,
    pub figs: Vec<Figure>,
    pub refs: Vec<Ref>,
    pub cues: Vec<CueMention>,
    pub stats: Vec<StatusMention>,
    /// The shared words pass over the text (its cues and statuses moved
    /// to the fields above); `None` where stages look for themselves.
    pub words: Option<Found>,
    pub doc: &'a Document,
    pub patterns: &'a Patterns,
    /// The financial years written in the text, in order.
    pub years: Vec<(Span, String)>,
    /// The financial year the article is written in (its first calendar
    /// year): from its date, or for an undated text from the one year it
    /// names. "This year" and a figure with no year of its own refer to it.
    pub current_year: Option<CurrentYear>,
    /// Whether explanations are wanted (`--explain`): see `why!`.
    pub explain: bool,
}

/// Where the article's current financial year comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CurrentYear {
    pub start: i32,
    /// Read from the text rather than the article's date.
    pub from_text: bool,
}

impl<'a> Analysis<'a> {
    /// Index of the sentence holding byte `at`.
    pub fn sentence_of(&self, at: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.span.end <= at);
        (i < self.sents.len() && self.sents[i].span.start <= at).then_some(i)
    }

    /// Whether sentence `si` is a list item: it opens with a bullet, whether
    /// or not it ends in a full stop.
    pub fn is_list_item(&self, si: usize) -> bool {
        bulleted(self.slice(self.sents[si].span))
    }

    /// Whether sentence `si` is on a list item's line (the item itself or a
    /// sentence after it on that line).
    pub fn in_list_line(&self, si: usize) -> bool {
        let start = self.sents[si].span.start;
        let line = self.norm[..start].rfind('\n').map_or(0, |i| i + 1);
        bulleted(&self.norm[line..])
    }

    /// Whether sentence `si` introduces a list: it ends in a colon and a
    /// list item follows.
    pub fn is_lead_in(&self, si: usize) -> bool {
        si + 1 < self.sents.len()
            && self.is_list_item(si + 1)
            && self.slice(self.sents[si].span).trim_end().ends_with(':')
    }

    /// The body the story is about (`attribute::story_body`), found once
    /// the references are known.
    pub fn story_body(&self) -> Option<OrgRef> {
        self.story
            .get_or_init(|| attribute::story_body(self, &self.refs))
            .clone()
    }

    pub fn slice(&self, s: Span) -> &str {
        &self.norm[s.start..s.end]
    }

    pub fn lower(&self, s: Span) -> &str {
        &self.lower[s.start..s.end]
    }
}

/// Whether the word at `s` lies inside one of `named` (names in text order,
/// none longer than `longest`; `true` for a written name it only overlaps).
///
/// `to` is a cursor: where the names starting after the word before ended.
/// The cue and status words come in text order, so it moves a name or two
/// from there rather than by a binary search per word (the words' names
/// were two binary searches); the names before it are then read back to
/// the first that starts too early to hold the word. It finds its place
/// for words in any order.
fn in_name(named: &[(Span, bool)], longest: usize, s: Span, to: &mut usize) -> bool {
    while *to < named.len() && named[*to].0.start <= s.end {
        *to += 1;
    }
    while *to > 0 && named[*to - 1].0.start > s.end {
        *to -= 1;
    }
    let from = s.start.saturating_sub(longest);
    named[..*to]
        .iter()
        .rev()
        .take_while(|(n, _)| n.start >= from)
        .any(|&(n, written)| n.contains(s) || (written && n.overlaps(s)))
}

/// Whether `text` opens with a list bullet.
fn bulleted(text: &str) -> bool {
    let t = text.trim_start();
    ["- ", "* ", "\u{2022}", "\u{2013} ", "\u{b7}"]
        .iter()
        .any(|b| t.starts_with(b))
}

/// A typed, attributed figure before it becomes one or more facts.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    /// The figure; `None` for table cells, which carry `value`.
    pub fig: Option<usize>,
    pub metric: Metric,
    pub orgs: Vec<OrgRef>,
    pub status: Option<Status>,
    pub period: Option<String>,
    /// `period` is the article's year, not one written for the figure.
    pub period_soft: bool,
    pub as_of: Option<String>,
    pub rule: String,
    pub evidence: Span,
    pub explain: Vec<String>,
    /// Overrides for figures that are not in `figs` (table cells).
    pub value: Option<(Decimal, Span)>,
    /// Typed by a weak cue; see `metric::Typing::weak`.
    pub weak: bool,
}

/// The bodies a document names or refers to, resolved and canonical, in
/// order of first mention (names, acronyms, places; not bare pronouns).
pub fn bodies(doc: &Document, patterns: &Patterns) -> Vec<OrgRef> {
    let norm = text::normalise(&doc.text);
    let a = Analysis {
        text: &doc.text,
        norm: &norm,
        lower: norm.to_ascii_lowercase(),
        cuts: Vec::new(),
        story: OnceCell::new(),
        sents: text::sentences(&norm),
        figs: Vec::new(),
        refs: Vec::new(),
        cues: Vec::new(),
        stats: Vec::new(),
        words: None,
        doc,
        patterns,
        years: Vec::new(),
        current_year: None,
        explain: false,
    };
    let mut out: Vec<OrgRef> = Vec::new();
    for r in attribute::references(&a) {
        if r.how == "pronoun" {
            continue;
        }
        for o in r.orgs {
            if !out.contains(&o) {
                out.push(o);
            }
        }
    }
    out
}

/// Extracts the facts of one document.
pub fn extract(doc: &Document, patterns: &Patterns, opts: &Options) -> Vec<Fact> {
    let mut norm = text::normalise(&doc.text);
    // A `Title:`/`Date:`/`URL:` header block is metadata, not article text:
    // blank it (keeping its length, so spans stay those of the document).
    let (_, body_start) = crate::corpus::header_block(&norm);
    if body_start > 0 {
        let mut blank = String::with_capacity(body_start);
        for c in norm[..body_start].chars() {
            let fill = if c == '\n' { '\n' } else { ' ' };
            for _ in 0..c.len_utf8() {
                blank.push(fill);
            }
        }
        norm.to_mut().replace_range(..body_start, &blank);
    }
    // The text is final: its regex searches need not each check it for
    // non-ASCII letters (see `rx`).
    let _hint = crate::rx::hint(&norm);
    let figs: Vec<Figure> = patterns
        .figures
        .find(&norm, false)
        .into_iter()
        .filter(|f| f.kind != FigureKind::Number)
        .collect();
    // (A SIMD search: std's walked the whole text of every story without
    // a table.)
    let has_table = memchr::memchr(b'|', norm.as_bytes()).is_some();
    if figs.is_empty() && !has_table {
        return Vec::new();
    }
    let sents = text::sentences(&norm);
    // A hedge stays in its figure's sentence: spans from the hedge to the
    // figure must not start in the sentence before.
    let mut figs = figs;
    for f in &mut figs {
        let i = sents.partition_point(|s| s.span.end <= f.span.start);
        if let (Some(h), Some(s)) = (f.hedge, sents.get(i))
            && h.start < s.span.start
        {
            f.hedge = None;
        }
    }
    let lower = norm.to_ascii_lowercase();
    let mut words = patterns
        .words
        .find(&patterns.cues, &patterns.orgs, &norm, lower.as_bytes());
    let (cues, stats) = (
        std::mem::take(&mut words.cues),
        std::mem::take(&mut words.statuses),
    );
    let years = qualify::financial_year(&norm);
    let current_year = match doc.meta.date {
        Some(d) => Some(CurrentYear {
            start: d.financial_year_start(),
            from_text: false,
        }),
        None => qualify::year_of_text(&lower, &years).map(|start| CurrentYear {
            start,
            from_text: true,
        }),
    };
    let mut a = Analysis {
        text: &doc.text,
        norm: &norm,
        lower,
        cuts: sents.iter().map(|_| OnceCell::new()).collect(),
        story: OnceCell::new(),
        sents,
        figs,
        refs: Vec::new(),
        cues,
        stats,
        words: Some(words),
        doc,
        patterns,
        years,
        current_year,
        explain: opts.explain,
    };
    // (The lowercase copy is searched too.)
    let _hint_lower = crate::rx::hint_lowered(&norm, &a.lower);
    a.refs = attribute::references(&a);
    // Words inside a body's name are the name's, not cues or status words
    // ("NHS Improvement", "Sustainability and Transformation Plan").
    // Or partly inside a written name: "in the black" is not read in "in
    // the Black Country".
    // (Sized once: most references have a body.)
    let mut named: Vec<(Span, bool)> = Vec::with_capacity(a.refs.len());
    named.extend(
        a.refs
            .iter()
            .filter(|r| !r.orgs.is_empty())
            .map(|r| (r.span, matches!(r.how, "name" | "name (rule)" | "place"))),
    );
    // (The references come in text order, and so do the words: a word's
    // names, those starting at most the longest name before it, are found
    // by a cursor that follows the words, not by a scan of all for each
    // cue and status word.)
    debug_assert!(named.is_sorted_by_key(|(n, _)| n.start));
    let longest = named.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    let mut to = 0;
    a.cues
        .retain(|c| !in_name(&named, longest, c.span, &mut to));
    let mut to = 0;
    a.stats
        .retain(|s| !in_name(&named, longest, s.span, &mut to));

    let mut drafts: Vec<Draft> = Vec::with_capacity(a.figs.len());
    let typed = metric::type_figures(&a, opts);
    let mut attributed: Vec<Option<Vec<OrgRef>>> = vec![None; a.figs.len()];
    let mut statuses: Vec<Option<(Metric, Status)>> = vec![None; a.figs.len()];
    // Each read figure's period, and whether it is only the article's year.
    let mut periods: Vec<Option<(Option<String>, bool)>> = vec![None; a.figs.len()];
    // Each attributed figure's typed metric, its final one and its bodies.
    let mut finals: Vec<Option<(Metric, Metric, Vec<OrgRef>)>> = vec![None; a.figs.len()];
    let disowned = disowned(&a);
    for (fi, typing) in typed.into_iter().enumerate() {
        let Some(typing) = typing else { continue };
        let fig = &a.figs[fi];
        let Some(si) = a.sentence_of(fig.span.start) else {
            continue;
        };
        // A figure the text later says is wrong ("The figure of £15 million
        // which has appeared in the local press is not correct") is no
        // fact, where it is reported or denied.
        if disowned.iter().any(|&(at, d, passing)| {
            si <= at
                && a.figs[d].value == fig.value
                && a.figs[d].unit == fig.unit
                && (!passing || d == fi || claimed_before(&a, si))
        }) {
            continue;
        }
        // A retracted figure is no fact, but the figure that puts it right
        // continues it: its body and status are kept for that.
        let retracted = corrected(&a, si);
        let Some((orgs, path)) = attribute::attribute(&a, fi, si, &typing, &attributed) else {
            continue;
        };
        // A devolved government is reported for its health budget and its
        // funding gap; the targets it sets, the savings it demands and the
        // loans it gives belong to its boards. No authority is the body of
        // a performance target it sets ("the interim target of 76 per cent
        // set out in NHS England's plan"): look again without them.
        let performance = matches!(
            typing.metric,
            Metric::PerformanceTarget | Metric::PerformanceActual
        );
        let passed_over = |o: &OrgRef| {
            attribute::is_devolved_government(o) || (performance && attribute::is_authority_org(o))
        };
        let (orgs, path) = if orgs.iter().all(passed_over)
            && !matches!(typing.metric, Metric::Budget | Metric::FundingGap)
        {
            let all = std::mem::take(&mut a.refs);
            a.refs = all
                .iter()
                .filter(|r| !r.orgs.iter().any(passed_over))
                .cloned()
                .collect();
            // (The story's body is the references' own: found again.)
            let story = std::mem::take(&mut a.story);
            let again = attribute::attribute(&a, fi, si, &typing, &attributed);
            a.refs = all;
            a.story = story;
            match again {
                Some(found) => found,
                None => continue,
            }
        } else {
            (orgs, path)
        };
        // Only a council's net spending is the budget it sets.
        if typing.rule == "budget.net"
            && !orgs
                .iter()
                .all(|o| o.kind == crate::model::OrgType::Council)
        {
            continue;
        }
        // No local body's figure runs to £10bn (the largest trusts, boards
        // and councils spend a few billion a year): "£15bn to £20bn of
        // efficiencies will be needed" is the whole NHS's, whoever the
        // story is about.
        if beyond_local(a.figs[fi].value, &a.figs[fi].unit) && orgs.iter().all(|o| is_local(o.kind))
        {
            continue;
        }
        attributed[fi] = Some(orgs.clone());
        let q = qualify::qualify(&a, fi, si, &typing);
        let mut explain = Vec::new();
        if opts.explain {
            explain.push(format!("cue: {}", typing.explain));
            explain.push(format!("body: {path}"));
            explain.extend(q.explain.iter().cloned());
        }
        // Councils overspend budgets rather than run deficits, and the CCG
        // sector's overspend is reported as such (the shared annotation
        // convention); so is a national special board's, which runs a
        // service against a budget (the Scottish Ambulance Service, NHS
        // Golden Jubilee: no territorial board's code), and a fire or
        // police service's, funded like a council. Other bodies' year-end
        // overspends are deficits.
        let ccg_sector = |o: &OrgRef| {
            o.kind == crate::model::OrgType::Aggregate
                && (o.name.contains("CCG") || o.name.to_lowercase().contains("commissioning"))
        };
        let special_board = |o: &OrgRef| {
            o.kind == crate::model::OrgType::HealthBoard
                && o.id
                    .as_deref()
                    .is_some_and(|id| !id.starts_with("S08") && !id.starts_with("7A"))
        };
        let metric = if typing.from_overspend
            && orgs.iter().all(|o| {
                matches!(
                    o.kind,
                    crate::model::OrgType::Council | crate::model::OrgType::Partnership
                ) || ccg_sector(o)
                    || special_board(o)
                    || emergency_service(&o.name)
            }) {
            Metric::Overspend
        } else if typing.metric == Metric::Deficit
            && typing.rule == "deficit.shortfall"
            && orgs.iter().all(|o| {
                o.kind == crate::model::OrgType::Dhsc
                    || matches!(
                        o.id.as_deref(),
                        Some("x-doh-ni" | "x-welsh-gov" | "x-scot-gov")
                    )
            })
        {
            // A government department's "shortfall" is a gap in the
            // funding it has, not a deficit it runs.
            Metric::FundingGap
        } else if matches!(typing.metric, Metric::Deficit | Metric::SavingsGap)
            && typing.rule == "deficit.shortfall"
            && typing.cue.is_some_and(|c| {
                let cue = a.lower(c);
                // (A council's "shortfall" over the years ahead too: a
                // council runs no deficit.)
                cue.ends_with("gap")
                    || (cue.ends_with("shortfall")
                        && orgs
                            .iter()
                            .all(|o| o.kind == crate::model::OrgType::Council))
            })
            // (Unless it is what the savings found leave: "Proposals
            // identified so far total £14.2m, which leaves a gap of £7.7m".)
            && !(typing.metric == Metric::SavingsGap && savings_found_before(&a, si, typing.cue))
            && orgs.iter().all(|o| {
                o.kind == crate::model::OrgType::Council
                    || (typing.metric == Metric::Deficit
                        && matches!(
                            o.kind,
                            crate::model::OrgType::Stp | crate::model::OrgType::Ics
                        ))
            })
        {
            // A council's "gap" is its budget gap, a system's the gap in
            // its plan: what the money falls short of the need, not a
            // deficit run (nor, for a council, the unfound savings).
            Metric::FundingGap
        } else {
            typing.metric
        };
        // A figure continuing another of the same body is of the kind that
        // one was found to be: "next year's gap is likely to be between £12m
        // and £15m" (a council's gap, both ends).
        let metric = match typing.continues.and_then(|p| finals.get(p)?.as_ref()) {
            Some((typed, last, of)) if *typed == typing.metric && *of == orgs => *last,
            _ => metric,
        };
        finals[fi] = Some((typing.metric, metric, orgs.clone()));
        // A savings gap is the unfound part of a savings target stated
        // just before ("Of that sum, £5.9m is still unidentified"): it is
        // for the target's year.
        // A figure continuing another with no status words of its own is
        // of the same kind ("will end the year £60m in deficit. That is up
        // from £52m in October": the October figure was a forecast too).
        let mut status = q.status;
        if !q.status_own
            && let Some(p) = typing.continues
            && let Some(Some((m, s))) = statuses.get(p)
            && *m == typing.metric
        {
            status = Some(*s);
        }
        statuses[fi] = status.map(|s| (typing.metric, s));
        let mut period = q.period;
        let mut period_soft = q.period_soft;
        if metric == Metric::SavingsGap
            && (period_soft || period.is_none())
            && let Some(target) = drafts.iter().rev().find(|d| {
                d.metric == Metric::SavingsRequired
                    && d.orgs == orgs
                    && d.evidence.end + 1 >= a.sents[si.saturating_sub(2)].span.start
            })
            && !target.period_soft
            && target.period.is_some()
        {
            period.clone_from(&target.period);
            period_soft = false;
        }
        // The figure that puts a retracted one right, with no year of its
        // own, is of that figure's year ("We said the savings target for
        // 2014/15 was £28.2m. The correct figure is £18.2m."). (Not any
        // figure continued: "That is up from £52m" is of another year.)
        if (period.is_none() || period_soft)
            && let Some(p) = typing.continues
            && let Some(Some((Some(y), false))) = periods.get(p)
            && let Some(ps) = a.sentence_of(a.figs[p].span.start)
            && ps != si
            && corrected(&a, ps)
        {
            period = Some(y.clone());
            period_soft = false;
        }
        periods[fi] = Some((period.clone(), period_soft));
        if retracted {
            continue;
        }
        drafts.push(Draft {
            fig: Some(fi),
            metric,
            orgs,
            status,
            period,
            period_soft,
            as_of: q.as_of,
            rule: typing.rule.clone(),
            evidence: a.sents[si].span,
            explain,
            value: None,
            weak: typing.weak,
        });
    }
    if has_table {
        drafts.extend(table::table_facts(&a, opts));
    }
    finish(&a, drafts, opts)
}

/// A control total the sentence gives no sign ("NHS Improvement had asked
/// it for a control total of £7.2m") is a deficit for a body in deficit
/// and a surplus it must make for a body in surplus: it is read as the
/// latter when the story gives the body a surplus and no deficit.
fn surplus_control_totals(a: &Analysis, drafts: &mut [Draft]) {
    let bare = |d: &Draft| {
        let sent = a.lower(d.evidence);
        d.metric == Metric::Deficit
            && d.fig.is_some()
            && sent.contains("control total")
            && ![
                "deficit",
                "surplus",
                "loss",
                "in the red",
                "overspen",
                "shortfall",
            ]
            .iter()
            .any(|w| sent.contains(w))
    };
    let flip: Vec<bool> = drafts.iter().map(bare).collect();
    if !flip.contains(&true) {
        return;
    }
    let in_surplus = |orgs: &[OrgRef]| {
        drafts
            .iter()
            .any(|d| d.metric == Metric::Surplus && d.orgs == orgs)
            && !drafts
                .iter()
                .zip(&flip)
                .any(|(d, &f)| !f && d.metric == Metric::Deficit && d.orgs == orgs)
    };
    let to_flip: Vec<usize> = (0..drafts.len())
        .filter(|&i| flip[i] && in_surplus(&drafts[i].orgs))
        .collect();
    for i in to_flip {
        drafts[i].metric = Metric::RequiredSurplus;
        drafts[i]
            .explain
            .push("a control total of a body in surplus".into());
    }
}

/// Whether the words before a "gap" cue in sentence `si` count savings
/// found: "Proposals identified so far total £14.2m, which leaves a gap".
fn savings_found_before(a: &Analysis, si: usize, cue: Option<Span>) -> bool {
    let Some(cue) = cue else { return false };
    let head = a.lower(Span::new(a.sents[si].span.start, cue.start));
    let found = head.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "identified" | "proposals" | "schemes" | "found" | "agreed"
        )
    });
    found && (head.contains("leaves") || head.contains("leaving"))
}

/// Whether sentence `si` reports what an earlier article said and the next
/// sentence retracts it (a corrections column: "An article published on 25
/// June said that ... £41m ... That was wrong.", "We said the trust's
/// turnover was £3.12bn. It is £312m."): its figures are not facts.
pub(crate) fn corrected(a: &Analysis, si: usize) -> bool {
    let sent = a.lower(a.sents[si].span).trim_start();
    // (After a label: "Correction and clarification, 24 May 2018: An
    // earlier version of this article ... said ...". The label starts the
    // sentence: its colon is looked for only when it can be there.)
    let label = |l: &str| l.starts_with("correction") || l.starts_with("clarification");
    let sent = match label(sent).then(|| sent.split_once(": ")).flatten() {
        Some((l, rest)) if label(l) => rest.trim_start(),
        _ => sent,
    };
    // "An earlier version of this article said ..." needs no "that".
    let earlier = [
        "an earlier version",
        "the earlier version",
        "a previous version",
    ]
    .iter()
    .any(|p| sent.starts_with(p))
        && [" said ", " stated ", " reported ", " described "]
            .iter()
            .any(|v| sent.contains(v));
    let article = earlier
        || [
            "an article",
            "a report",
            "a story",
            "in an article",
            "in a report",
            "in a story",
            "in our",
        ]
        .iter()
        .any(|p| sent.starts_with(p))
            && (sent.contains(" said that ") || sent.contains(" reported that "));
    // The paper's own voice needs no "that": "We said ...", "We also
    // wrongly stated that ...".
    let ours = {
        let mut ws = sent.split_whitespace();
        ws.next() == Some("we") && {
            let mut w = ws.next();
            if w == Some("also") {
                w = ws.next();
            }
            if matches!(
                w,
                Some("wrongly" | "incorrectly" | "mistakenly" | "erroneously")
            ) {
                w = ws.next();
            }
            matches!(w, Some("said" | "reported" | "stated" | "wrote"))
        }
    };
    (article || ours)
        && a.sents.get(si + 1).is_some_and(|n| {
            let next = a.lower(n.span);
            [
                "was wrong",
                "was incorrect",
                "in fact",
                "the correct figure",
                "the correct amount",
                "the true figure",
            ]
            .iter()
            .any(|w| next.contains(w))
                || restates(next)
        })
}

/// The figures a sentence says are wrong, with that sentence: "The figure
/// of £15 million which has appeared in the local press is not correct",
/// "The £27.6m figure is wrong" (the figure is the sentence's first), "It
/// must find savings of £14.2m, not £15m", "are not overspending by
/// £1m": (the sentence, the figure, whether it was put right in passing,
/// which takes back only a claim of that amount; see `claimed_before`).
fn disowned(a: &Analysis) -> Vec<(usize, usize, bool)> {
    const DENIALS: [&str; 8] = [
        " is not correct",
        " was not correct",
        " is incorrect",
        " was incorrect",
        " is wrong",
        " was wrong",
        " is inaccurate",
        " was inaccurate",
    ];
    // (Only a sentence with a figure can say so: each figure's sentence is
    // asked, once.)
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for (fi, f) in a.figs.iter().enumerate() {
        let Some(si) = a.sentence_of(f.span.start) else {
            continue;
        };
        if out.last().is_some_and(|&(at, ..)| at == si) {
            continue;
        }
        let s = a.sents[si].span;
        let sent = a.lower(s).trim_start();
        // (Only the sentence's first figure is asked: a binary search, then
        // the words.)
        if a.figs.partition_point(|g| g.span.start < s.start) != fi {
            continue;
        }
        let disowning = (sent.starts_with("the figure of ") || sent.starts_with("the £"))
            && DENIALS.iter().any(|d| sent.contains(d));
        // (Or a figure answered in its own sentence: "a claim that the
        // council faced 'a £10m hole' ..., the chief executive said that
        // figure was 'simply wrong'", "The \"£6m surplus\" quoted by the
        // campaign group does not exist".)
        // (Or a claim the next sentence finds nothing behind: "A post
        // claimed the service is \"£40m in the red\". Nothing in the board
        // papers supports that.")
        if disowning
            || answered_wrong(sent)
            || NOT_EXIST.iter().any(|d| sent.contains(d))
            // (The next sentence's opening first: the words of a claim are
            // dearer to look for, and few sentences are followed by one.)
            || a.sents.get(si + 1).is_some_and(|n| {
                let next = a.lower(n.span);
                (unsupported(next) && CLAIMED.as_words_in(sent)) || that_figure_denied(next)
            })
        {
            out.push((si, fi, false));
        }
    }
    // A figure put right in passing: "It must find savings of £14.2m, not
    // £15m", "Social services are not overspending by £1m".
    for (fi, f) in a.figs.iter().enumerate() {
        let Some(si) = a.sentence_of(f.span.start) else {
            continue;
        };
        let head = a.lower(Span::new(a.sents[si].span.start, f.span.start));
        let mut ws = head.split_whitespace().rev();
        let denied = match (ws.next(), ws.next(), ws.next()) {
            (Some("not"), None, _) => true,
            (Some("not"), ..) => head.trim_end().ends_with(", not"),
            (Some("by"), Some(_), Some("not")) => true,
            _ => false,
        };
        if denied {
            out.push((si, fi, true));
        }
    }
    out
}

/// Whether sentence `si` reports a figure as someone's word (a quotation,
/// or what someone told, said or claimed): what a figure put right in
/// passing ("£1.5m, not £0.8m as first published") takes back there, not
/// the same amount another body is given elsewhere.
fn claimed_before(a: &Analysis, si: usize) -> bool {
    let sent = a.lower(a.sents[si].span);
    sent.contains(['"', '\u{201c}', '\u{201d}'])
        || sent.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "told" | "said" | "says" | "claimed" | "claims" | "reported"
            )
        })
}

/// What a sentence says of a figure it quotes that is not there, or not so
/// ("The opposition's claim that the council faces a \"£100m black hole\"
/// is not borne out by the papers").
const NOT_EXIST: [&str; 4] = [
    " does not exist",
    " did not exist",
    " is not borne out",
    " was not borne out",
];

/// Words that report a figure as someone's claim.
static CLAIMED: crate::text::Phrases =
    crate::text::Phrases::new(&["claimed", "claims", "alleged", "alleges"]);

/// Whether a sentence says the figure before it is wrong: "The Head of
/// Finance said that figure did not come from any council report and was
/// not correct."
fn that_figure_denied(sent: &str) -> bool {
    sent.contains("that figure")
        && [
            " was not correct",
            " is not correct",
            " was wrong",
            " is wrong",
            " was incorrect",
            " is incorrect",
            " did not come from",
            " does not come from",
        ]
        .iter()
        .any(|d| sent.contains(d))
}

/// Whether a sentence says nothing supports the claim before it ("We
/// could find nothing in the accounts to support that", "Nothing in the
/// board papers supports that", "There is no evidence for it").
fn unsupported(sent: &str) -> bool {
    let sent = sent.trim_start();
    [
        "nothing in the ",
        "we could find nothing",
        "we found nothing",
        "there is no evidence",
        "there was no evidence",
        "we could find no evidence",
        "we found no evidence",
    ]
    .iter()
    .any(|p| sent.starts_with(p))
        && ["support", "evidence", "back"]
            .iter()
            .any(|w| sent.contains(w))
}

/// Whether a sentence says "that figure was wrong" (or "is \"simply
/// wrong\"", "is inaccurate", ...) of a figure it reports.
fn answered_wrong(sent: &str) -> bool {
    static FIGURE_IS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" figure "));
    let b = sent.as_bytes();
    FIGURE_IS.find_iter(b).any(|i| {
        let (head, rest) = (&sent[..i], &sent[i + " figure ".len()..]);
        let Some(rest) = rest
            .strip_prefix("was ")
            .or_else(|| rest.strip_prefix("is "))
        else {
            return false;
        };
        let rest = rest.trim_start_matches(['"', '\'', '\u{2018}', '\u{201c}']);
        let rest = rest.strip_prefix("simply ").unwrap_or(rest);
        (head.ends_with(" that") || head.ends_with(" this"))
            && [
                "wrong",
                "incorrect",
                "not correct",
                "inaccurate",
                "misleading",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
    })
}

/// A sentence that only gives the right figure: "It is £312m.", "It was
/// 89.1 per cent.", "It is about £105m a year."
pub(crate) fn restates(sent: &str) -> bool {
    let sent = sent.trim_start();
    // (With a hedge and a rate: "It is about £105m a year.")
    (sent.starts_with("it is ") || sent.starts_with("it was "))
        && sent.split_whitespace().count() <= 7
}

/// The unit a written amount is rounded to: £100,000 for "£4.7m", £1m for
/// "£21m", £1 for "£720,000". `None` for amounts in words.
fn rounding_step(written: &str, value: Decimal) -> Option<Decimal> {
    let number = written.trim_start_matches(|c: char| !c.is_ascii_digit());
    let number = &number[..number
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(number.len())];
    let number = number.trim_end_matches(['.', ',']);
    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
    let digits: Decimal = number.replace(',', "").parse().ok()?;
    if digits.is_zero() {
        return None;
    }
    let scale = Decimal::from(10u64.checked_pow(u32::try_from(decimals).ok()?)?);
    value.abs().checked_div(digits)?.checked_div(scale)
}

/// Turns drafts into facts: one per body, duplicates within the document
/// dropped (the first statement in a full sentence is kept), text order.
fn finish(a: &Analysis, mut drafts: Vec<Draft>, opts: &Options) -> Vec<Fact> {
    // A headline figure the story turns into a fact of its own is told
    // there with its context ("Scottish health boards face £126m gap" over
    // "forecasting a combined deficit of £126m"): the headline's reading
    // of it is dropped.
    let headline = a.sents.first().filter(|s| s.line_like).map(|s| s.span);
    // (Both checks below drop only drafts of a headline figure: with none,
    // the lists they compare with are not built.)
    if let Some(h) = headline
        && drafts
            .iter()
            .any(|d| d.fig.is_some_and(|fi| h.contains(a.figs[fi].span)))
    {
        let mut in_body: Vec<(Decimal, &str, Metric)> = Vec::with_capacity(drafts.len());
        in_body.extend(
            drafts
                .iter()
                .filter_map(|d| d.fig.map(|fi| (fi, d.metric)))
                .filter(|&(fi, _)| !h.contains(a.figs[fi].span))
                .map(|(fi, m)| (a.figs[fi].value.abs(), &*a.figs[fi].unit, m)),
        );
        drafts.retain(|d| {
            let Some(fi) = d.fig else { return true };
            let f = &a.figs[fi];
            !(h.contains(f.span)
                && in_body
                    .iter()
                    .any(|&(v, u, m)| v == f.value.abs() && u == &*f.unit && m != d.metric))
        });
        // A headline rounds the figure the story gives ("accounts reveal
        // £4.7m deficit" over "a deficit of £4.73m", "£21m" over "£21.3m"):
        // the same fact, read where it is given in full.
        let mut given: Vec<(Decimal, Metric, Vec<Arc<str>>)> = Vec::with_capacity(drafts.len());
        given.extend(
            drafts
                .iter()
                .filter_map(|d| d.fig.map(|fi| (fi, d)))
                .filter(|&(fi, _)| {
                    !h.contains(a.figs[fi].span) && a.figs[fi].kind == FigureKind::Money
                })
                .map(|(fi, d)| {
                    let names = d.orgs.iter().map(|o| o.name.clone()).collect();
                    (a.figs[fi].value.abs(), d.metric, names)
                }),
        );
        drafts.retain(|d| {
            let Some(fi) = d.fig else { return true };
            let f = &a.figs[fi];
            // (Only a headline's amount is asked its rounding: the step
            // reads and divides decimals, and most drafts are the body's.)
            if !(h.contains(f.span) && f.kind == FigureKind::Money) {
                return true;
            }
            let Some(step) = rounding_step(a.slice(f.span), f.value) else {
                return true;
            };
            let h_value = f.value.abs();
            !given.iter().any(|(v, m, names)| {
                *m == d.metric
                    && *v != h_value
                    && (*v - h_value).abs() * Decimal::TWO < step
                    && names.len() == d.orgs.len()
                    && d.orgs.iter().zip(names).all(|(o, n)| o.name == *n)
            })
        });
    }
    // A weak "gap" restating an amount a strong cue typed for the same body
    // ("North London STP sets out £876m gap" over "a funding gap of £876m")
    // is the same fact, not a second one.
    let value_of = |d: &Draft| match (d.value, d.fig) {
        (Some((v, _)), _) => Some(v),
        (None, Some(fi)) => Some(a.figs[fi].value),
        (None, None) => None,
    };
    // (Only when a draft is weak: most documents have none, and the list
    // holds a copy of every strong draft's names.)
    if drafts.iter().any(|d| d.weak) {
        let mut strong: Vec<(Vec<Arc<str>>, Option<Decimal>)> = Vec::with_capacity(drafts.len());
        strong.extend(
            drafts
                .iter()
                .filter(|d| !d.weak)
                .map(|d| (d.orgs.iter().map(|o| o.name.clone()).collect(), value_of(d))),
        );
        drafts.retain(|d| {
            !d.weak || {
                let names: Vec<Arc<str>> = d.orgs.iter().map(|o| o.name.clone()).collect();
                let v = value_of(d);
                !strong.iter().any(|(n, sv)| *n == names && *sv == v)
            }
        });
    }
    surplus_control_totals(a, &mut drafts);
    struct Row {
        fact: Fact,
        key: (String, Metric, Decimal, String),
        line_like: bool,
        period_soft: bool,
    }
    // (A draft is one row for most: one body.)
    let mut rows: Vec<Row> = Vec::with_capacity(drafts.len());
    // (Formatted once: every fact of the document carries it.)
    let date = a.doc.meta.date.map(|d| d.to_string());
    for d in drafts {
        let (value, span, unit, approx, bound) = match (d.value, d.fig) {
            (Some((v, s)), _) => (v, s, "GBP".to_owned(), false, None),
            (None, Some(fi)) => {
                let f = &a.figs[fi];
                (
                    f.value,
                    f.span,
                    f.unit.as_ref().to_owned(),
                    f.approx,
                    f.bound,
                )
            }
            (None, None) => continue,
        };
        let value = value.abs().normalize();
        let line_like = a
            .sentence_of(d.evidence.start)
            .is_some_and(|i| a.sents[i].line_like);
        for org in &d.orgs {
            let fact = Fact {
                doc: a.doc.id.clone(),
                org: org.name.to_string(),
                org_type: org.kind.as_output().to_owned(),
                org_id: org.id.as_deref().map(str::to_owned),
                org_successor: org.successor.as_deref().map(str::to_owned),
                metric: d.metric,
                value,
                unit: unit.clone(),
                approx,
                bound,
                period: d.period.clone(),
                status: d.status,
                as_of: d.as_of.clone(),
                evidence: a.text[d.evidence.start..d.evidence.end].trim().to_owned(),
                start: span.start,
                end: span.end,
                mention: a.text[span.start..span.end].to_owned(),
                rule: d.rule.clone(),
                url: a.doc.meta.url.clone(),
                title: a.doc.meta.title.clone(),
                date: date.clone(),
                explain: opts.explain.then(|| d.explain.join("; ")),
            };
            let key = (org.name.to_lowercase(), d.metric, value, fact.unit.clone());
            // The same fact said twice (headline and body, or restated):
            // keep one, preferring a full sentence over a headline.
            let same =
                |x: &Option<String>, y: &Option<String>| x.is_none() || y.is_none() || x == y;
            // A year taken from the article's date gives way to one written
            // for the figure ("sets £41.6m savings target" in the headline,
            // "the £41.6m QIPP target for 2012/13" in the body).
            // Two columns of a table ("Plan" and "Forecast" both -5.1) are
            // two facts, whatever their values.
            let columns = |r: &Row| {
                r.fact.rule == "table" && fact.rule == "table" && r.fact.status != fact.status
            };
            if let Some(prev) = rows.iter_mut().find(|r| {
                r.key == key
                    && (same(&r.fact.period, &fact.period) || r.period_soft || d.period_soft)
                    && same(&r.fact.as_of, &fact.as_of)
                    && !columns(r)
            }) {
                let written = prev.period_soft && !d.period_soft && fact.period.is_some();
                if prev.line_like && !line_like {
                    prev.fact = fact;
                    prev.line_like = false;
                    prev.period_soft = d.period_soft;
                } else if written {
                    prev.fact.period = fact.period;
                    prev.period_soft = false;
                }
                continue;
            }
            rows.push(Row {
                fact,
                key,
                line_like,
                period_soft: d.period_soft,
            });
        }
    }
    let mut facts: Vec<Fact> = rows.into_iter().map(|r| r.fact).collect();
    facts.sort_by(|x, y| {
        (x.start, x.end, &x.org, x.metric).cmp(&(y.start, y.end, &y.org, y.metric))
    });
    facts
}

/// Whether money is beyond any local body's scale: £10bn or more.
fn beyond_local(value: Decimal, unit: &str) -> bool {
    unit == "GBP" && value.abs() >= Decimal::from(10_000_000_000u64)
}

/// Bodies that serve one area: their figures are millions, at most a few
/// billion.
fn is_local(kind: crate::model::OrgType) -> bool {
    use crate::model::OrgType::*;
    matches!(
        kind,
        Ccg | Icb | Ics | Stp | Trust | HealthBoard | HscTrust | Council | Pct | Partnership
    )
}

/// A fire and rescue service or a police force (the `fire` and `police`
/// rules of `org_rules.toml`): funded like a council, so its overspend
/// stays an overspend.
fn emergency_service(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    (name.contains("Fire ") && matches!(last, "Service" | "Authority"))
        || matches!(last, "Police" | "Constabulary")
        || name.starts_with("Police ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_step_of_written_amounts() {
        for (written, value, step) in [
            ("£4.7m", 4_700_000u64, "100000"),
            ("£4.73m", 4_730_000, "10000"),
            ("£21m", 21_000_000, "1000000"),
            ("£1.2bn", 1_200_000_000, "100000000"),
            ("£720,000", 720_000, "1"),
        ] {
            let want = step.parse::<Decimal>().ok();
            assert_eq!(
                rounding_step(written, Decimal::from(value)),
                want,
                "{written}"
            );
        }
        assert_eq!(
            rounding_step("two million pounds", Decimal::from(2_000_000)),
            None
        );
    }

    /// The cursor finds what the two binary searches it replaced found,
    /// for words in text order and out of it.
    #[test]
    fn in_name_by_cursor_is_in_name_by_search() {
        let searched = |named: &[(Span, bool)], longest: usize, s: Span| {
            let from = named.partition_point(|(n, _)| n.start < s.start.saturating_sub(longest));
            let to = named.partition_point(|(n, _)| n.start <= s.end);
            named[from..to.max(from)]
                .iter()
                .any(|&(n, written)| n.contains(s) || (written && n.overlaps(s)))
        };
        // Names of 3 to 17 bytes every few bytes, some overlapping.
        let mut named = Vec::new();
        let mut x = 7usize;
        let mut at = 0;
        while at < 600 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407)
                >> 1;
            let len = 3 + x % 15;
            named.push((Span::new(at, at + len), x.is_multiple_of(3)));
            at += 1 + (x >> 8) % 25;
        }
        let longest = named.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
        let words: Vec<Span> = (0..650)
            .flat_map(|s| [1, 4, 9].map(|l| Span::new(s, s + l)))
            .collect();
        let (mut yes, mut to) = (0, 0);
        for &w in &words {
            let want = searched(&named, longest, w);
            assert_eq!(in_name(&named, longest, w, &mut to), want, "{w:?}");
            yes += usize::from(want);
        }
        assert!(yes > 200 && yes < words.len() - 200, "{yes}");
        for &w in words.iter().rev().step_by(7) {
            assert_eq!(
                in_name(&named, longest, w, &mut to),
                searched(&named, longest, w)
            );
        }
        assert!(!in_name(&[], 0, Span::new(3, 5), &mut 0));
    }
}
