//! The pages: what each template shows, built from the [`Report`], and
//! rendered by askama (templates in `templates/`, HTML-escaped by default:
//! article text can never become markup; the only unescaped output is the
//! charts' SVG, which plotters writes and escapes itself).

use std::collections::BTreeSet;

use askama::Template;

use crate::model::{Metric, Status};
use crate::report::chart::{self, Series, Spec};
use crate::report::data::Row;
use crate::report::model::{
    BEFORE, Body, Group, Moment, Report, in_pounds, latest, moment, period_start, snapshot_month,
};
use crate::report::money;

/// Facts per body page; a body with more gets numbered pages.
pub const FACTS_PER_PAGE: usize = 500;
/// Disputed figures per conflicts page.
pub const GROUPS_PER_PAGE: usize = 200;
/// Articles quoted for one disputed value (the rest are counted).
const SOURCES_PER_VALUE: usize = 5;

/// How a metric reads in a heading.
pub fn metric_label(m: Metric) -> &'static str {
    match m {
        Metric::Deficit => "Deficit",
        Metric::Surplus => "Surplus",
        Metric::RequiredSurplus => "Required surplus",
        Metric::SavingsRequired => "Savings required",
        Metric::SavingsGap => "Savings gap",
        Metric::FundingGap => "Funding gap",
        Metric::Budget => "Budget",
        Metric::Overspend => "Overspend",
        Metric::Underspend => "Underspend",
        Metric::PerformanceTarget => "Performance target",
        Metric::PerformanceActual => "Performance",
        Metric::Bailout => "Bailout",
        Metric::Debt => "Debt",
        Metric::Other => "Other",
    }
}

fn metric_label_str(m: &str) -> String {
    Metric::parse(m).map_or_else(|| m.to_owned(), |m| metric_label(m).to_owned())
}

/// How a body type reads.
pub fn type_label(t: &str) -> String {
    match t {
        "ccg" => "CCG".into(),
        "icb" => "ICB".into(),
        "ics" => "ICS".into(),
        "stp" => "STP".into(),
        "trust" => "Trust".into(),
        "health_board" => "Health board".into(),
        "hsc_trust" => "HSC trust".into(),
        "nhs_england" => "NHS England".into(),
        "nhs_england_region" => "NHS England region".into(),
        "dhsc" => "DHSC".into(),
        "council" => "Council".into(),
        "aggregate" => "Aggregate".into(),
        "other" => "Other".into(),
        t => t.replace('_', " "),
    }
}

const SHORT_MONTHS: [&str; 12] = [
    "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar",
];

/// "month 6" reads "month 6 (Sep)"; other wordings as they are.
pub fn as_of_label(as_of: &str) -> String {
    match snapshot_month(as_of) {
        Some(m) if as_of.starts_with("month ") => {
            format!("{as_of} ({})", SHORT_MONTHS[usize::from(m - 1)])
        }
        _ => as_of.to_owned(),
    }
}

/// A moment on the x axis: "before 2015-16", "Jul 2015", "2015-16".
pub fn moment_label(m: &Moment) -> String {
    let Some(p) = &m.period else {
        return "no year".into();
    };
    match (m.month, period_start(p)) {
        (BEFORE, _) => format!("before {p}"),
        (1..=12, Some(y)) => {
            let year = if m.month <= 9 { y } else { y + 1 };
            format!("{} {year}", SHORT_MONTHS[usize::from(m.month - 1)])
        }
        _ => p.clone(),
    }
}

/// An http(s) address, safe to link to; anything else is shown as text.
pub fn safe_url(url: Option<&str>) -> Option<String> {
    let u = url?.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && !u.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| u.to_owned())
}

/// A piece of an evidence sentence; `mark` is the figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seg {
    pub text: String,
    pub mark: bool,
}

/// The sentence with every occurrence of the figure as written marked
/// (whole figures only: "5%" is not marked inside "15%").
pub fn highlight(evidence: &str, mention: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut rest = 0;
    if !mention.is_empty() {
        for (i, _) in evidence.match_indices(mention) {
            if i < rest {
                continue;
            }
            let before = evidence[..i].chars().next_back();
            let mut after = evidence[i + mention.len()..].chars();
            let next = after.next();
            let next2 = after.next();
            let glued_before = before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',');
            let glued_after = next.is_some_and(|c| c.is_alphanumeric())
                || (matches!(next, Some('.' | ',')) && next2.is_some_and(|c| c.is_ascii_digit()));
            if glued_before || glued_after {
                continue;
            }
            if i > rest {
                out.push(Seg {
                    text: evidence[rest..i].to_owned(),
                    mark: false,
                });
            }
            out.push(Seg {
                text: mention.to_owned(),
                mark: true,
            });
            rest = i + mention.len();
        }
    }
    if rest < evidence.len() || out.is_empty() {
        out.push(Seg {
            text: evidence[rest..].to_owned(),
            mark: false,
        });
    }
    out
}

/// A figure: as read, exactly, and for sorting.
#[derive(Clone, Debug)]
pub struct Fig {
    pub short: String,
    pub exact: String,
    /// The exact decimal (for `data-value` and sorting).
    pub value: String,
    pub hedge: Option<&'static str>,
}

impl Fig {
    fn of(r: &Row) -> Fig {
        let f = &r.fact;
        Fig {
            short: money::short(&f.value, &f.unit),
            exact: money::exact(&f.value, &f.unit),
            value: f.value.to_string(),
            hedge: money::hedge(f.approx, f.bound),
        }
    }
}

/// Where a fact comes from.
#[derive(Clone, Debug)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
    pub doc: String,
    pub date: String,
}

impl Source {
    fn of(r: &Row) -> Source {
        let f = &r.fact;
        Source {
            title: f.title.clone().unwrap_or_else(|| f.doc.clone()),
            url: safe_url(f.url.as_deref()),
            doc: f.doc.clone(),
            date: f.date.clone().unwrap_or_default(),
        }
    }
}

/// One fact in a body's table.
#[derive(Clone, Debug)]
pub struct FactView {
    pub metric: String,
    pub metric_label: &'static str,
    pub unit: String,
    pub fig: Fig,
    pub period: String,
    pub as_of: String,
    pub as_of_label: String,
    pub status: String,
    pub moment: u32,
    pub evidence: Vec<Seg>,
    pub source: Source,
}

impl FactView {
    fn of(r: &Row) -> FactView {
        let f = &r.fact;
        let m = moment(r);
        // Sortable moment: year, then month within it.
        let sort = m.period.as_deref().and_then(period_start).map_or(0, |y| {
            u32::try_from(y).unwrap_or(0) * 100 + u32::from(m.month)
        });
        FactView {
            metric: f.metric.as_str().to_owned(),
            metric_label: metric_label(f.metric),
            unit: f.unit.clone(),
            fig: Fig::of(r),
            period: f.period.clone().unwrap_or_default(),
            as_of: f.as_of.clone().unwrap_or_default(),
            as_of_label: f.as_of.as_deref().map(as_of_label).unwrap_or_default(),
            status: f.status.map(Status::as_str).unwrap_or_default().to_owned(),
            moment: sort,
            evidence: highlight(&f.evidence, &f.mention),
            source: Source::of(r),
        }
    }
}

/// The latest figure of a metric, for the index and a body's summary.
#[derive(Clone, Debug)]
pub struct LatestView {
    pub fig: Fig,
    pub when: String,
    pub status: String,
    pub source: Source,
}

impl LatestView {
    fn of(r: &Row) -> LatestView {
        let f = &r.fact;
        let mut when = f.period.clone().unwrap_or_else(|| "no year".into());
        if let Some(a) = &f.as_of {
            when = format!("{when}, {}", as_of_label(a));
        }
        LatestView {
            fig: Fig::of(r),
            when,
            status: f.status.map(Status::as_str).unwrap_or_default().to_owned(),
            source: Source::of(r),
        }
    }
}

/// One value of a disputed figure.
#[derive(Clone, Debug)]
pub struct ValueView {
    pub org: String,
    pub org_id: String,
    pub metric: String,
    pub unit: String,
    pub period: String,
    pub as_of: String,
    pub fig: Fig,
    pub statuses: String,
    pub articles: u64,
    pub mentions: u64,
    /// The facts behind it: the article and the sentence.
    pub sources: Vec<(Source, Vec<Seg>)>,
    pub more: usize,
}

/// A disputed figure: a body, metric, year and snapshot with its values.
#[derive(Clone, Debug)]
pub struct GroupView {
    pub body_name: String,
    pub body_href: String,
    pub metric_label: String,
    pub period: String,
    pub as_of_label: String,
    pub values: Vec<ValueView>,
    pub articles: usize,
}

fn group_view(report: &Report, g: &Group, root: &str) -> GroupView {
    let body = &report.bodies[g.body];
    let facts = &report.snapshot.facts;
    let mut articles = BTreeSet::new();
    let values = g
        .rows
        .iter()
        .zip(&g.facts)
        .map(|(&i, behind)| {
            let c = &report.snapshot.conflicts[i];
            for &f in behind {
                articles.insert(facts[f].article.as_str());
            }
            let fig = match behind.first() {
                Some(&f) => Fig::of(&facts[f]),
                None => Fig {
                    short: c.value.clone(),
                    exact: c.value.clone(),
                    value: c.value.clone(),
                    hedge: None,
                },
            };
            ValueView {
                org: c.org.clone(),
                org_id: c.org_id.clone().unwrap_or_default(),
                metric: c.metric.clone(),
                unit: c.unit.clone(),
                period: c.period.clone(),
                as_of: c.as_of.clone().unwrap_or_default(),
                fig,
                statuses: c.statuses.join(", "),
                articles: c.articles,
                mentions: c.mentions,
                sources: behind
                    .iter()
                    .take(SOURCES_PER_VALUE)
                    .map(|&f| {
                        let r = &facts[f];
                        (Source::of(r), highlight(&r.fact.evidence, &r.fact.mention))
                    })
                    .collect(),
                more: behind.len().saturating_sub(SOURCES_PER_VALUE),
            }
        })
        .collect();
    GroupView {
        body_name: body.name.clone(),
        body_href: format!("{root}bodies/{}.html", body.slug),
        metric_label: metric_label_str(&g.metric),
        period: g.period.clone(),
        as_of_label: g.as_of.as_deref().map(as_of_label).unwrap_or_default(),
        values,
        articles: articles.len(),
    }
}

/// A link to one of several numbered pages.
#[derive(Clone, Debug)]
pub struct PageLink {
    pub href: String,
    pub number: usize,
    pub current: bool,
}

fn page_links(count: usize, current: usize, name: impl Fn(usize) -> String) -> Vec<PageLink> {
    if count <= 1 {
        return vec![];
    }
    (1..=count)
        .map(|n| PageLink {
            href: name(n),
            number: n,
            current: n == current,
        })
        .collect()
}

/// The file name of page `n` of a series: `stem.html`, then `stem.2.html`
/// (a dot never occurs in a slug, so no body's page is taken).
pub fn page_file(stem: &str, n: usize) -> String {
    if n <= 1 {
        format!("{stem}.html")
    } else {
        format!("{stem}.{n}.html")
    }
}

/// What the site says about the whole dataset.
#[derive(Clone, Debug)]
pub struct Summary {
    pub documents: u64,
    pub facts: usize,
    pub bodies: usize,
    pub groups: usize,
    pub last_ingest: String,
}

fn summary(r: &Report) -> Summary {
    Summary {
        documents: r.snapshot.documents,
        facts: r.snapshot.facts.len(),
        bodies: r.bodies.len(),
        groups: r.groups.len(),
        last_ingest: r.snapshot.last_ingest.clone().unwrap_or_default(),
    }
}

// ---------------------------------------------------------------- index

#[derive(Clone, Debug)]
pub struct IndexRow {
    pub href: String,
    pub name: String,
    pub org_type: String,
    pub type_label: String,
    pub code: String,
    pub search: String,
    pub deficit: Option<LatestView>,
    pub savings_required: Option<LatestView>,
    pub savings_gap: Option<LatestView>,
    pub articles: usize,
    pub facts: usize,
    pub conflicts: usize,
}

impl IndexRow {
    /// The three latest-figure columns, by metric.
    pub fn latest_cells(&self) -> [(&'static str, Option<&LatestView>); 3] {
        [
            ("deficit", self.deficit.as_ref()),
            ("savings_required", self.savings_required.as_ref()),
            ("savings_gap", self.savings_gap.as_ref()),
        ]
    }
}

#[derive(Clone, Debug)]
pub struct TotalCell {
    pub fig: Fig,
    pub bodies: usize,
}

#[derive(Clone, Debug)]
pub struct TotalsRow {
    pub period: String,
    /// (metric, total), one per column.
    pub cells: Vec<(String, Option<TotalCell>)>,
}

#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage {
    pub root: &'static str,
    pub summary: Summary,
    pub rows: Vec<IndexRow>,
    pub types: Vec<(String, String)>,
    pub total_metrics: Vec<(String, &'static str)>,
    pub totals: Vec<TotalsRow>,
}

pub fn index(report: &Report) -> IndexPage {
    let rows: Vec<IndexRow> = report
        .bodies
        .iter()
        .map(|b| {
            let latest = |m| report.latest_of(b, m).map(LatestView::of);
            let code = b.code.clone().unwrap_or_default();
            let mut search = format!("{} {} {}", b.name, code, type_label(&b.org_type));
            for n in &b.other_names {
                search.push(' ');
                search.push_str(n);
            }
            IndexRow {
                href: format!("bodies/{}.html", b.slug),
                name: b.name.clone(),
                org_type: b.org_type.clone(),
                type_label: type_label(&b.org_type),
                code,
                search: search.to_lowercase(),
                deficit: latest(Metric::Deficit),
                savings_required: latest(Metric::SavingsRequired),
                savings_gap: latest(Metric::SavingsGap),
                articles: b.articles,
                facts: b.facts.len(),
                conflicts: b.groups.len(),
            }
        })
        .collect();
    let types: BTreeSet<&str> = report.bodies.iter().map(|b| b.org_type.as_str()).collect();
    let metrics: BTreeSet<Metric> = report
        .totals
        .iter()
        .flat_map(|(_, m)| m.keys().copied())
        .collect();
    let totals = report
        .totals
        .iter()
        .map(|(p, per)| TotalsRow {
            period: p.clone(),
            cells: metrics
                .iter()
                .map(|m| {
                    let cell = per.get(m).map(|t| TotalCell {
                        fig: Fig {
                            short: money::short(&t.sum, "GBP"),
                            exact: money::exact(&t.sum, "GBP"),
                            value: t.sum.to_string(),
                            hedge: None,
                        },
                        bodies: t.bodies,
                    });
                    (m.as_str().to_owned(), cell)
                })
                .collect(),
        })
        .collect();
    IndexPage {
        root: "",
        summary: summary(report),
        rows,
        types: types
            .into_iter()
            .map(|t| (t.to_owned(), type_label(t)))
            .collect(),
        total_metrics: metrics
            .into_iter()
            .map(|m| (m.as_str().to_owned(), metric_label(m)))
            .collect(),
        totals,
    }
}

// ----------------------------------------------------------------- body

#[derive(Clone, Debug)]
pub struct ChartView {
    pub title: String,
    pub svg: String,
    pub alt: String,
}

#[derive(Template)]
#[template(path = "body.html")]
pub struct BodyPage {
    pub root: &'static str,
    pub name: String,
    pub other_names: Vec<String>,
    pub type_label: String,
    pub code: String,
    pub successor: String,
    pub articles: usize,
    pub fact_count: usize,
    pub latest: Vec<(&'static str, LatestView)>,
    pub groups: Vec<GroupView>,
    pub charts: Vec<ChartView>,
    pub undated: usize,
    pub facts: Vec<FactView>,
    pub first: usize,
    pub pages: Vec<PageLink>,
    pub page: usize,
}

const MAIN_CHART: &str = "Figures in £m";

/// A chart's title, y unit and which facts it draws.
type ChartKind<'a> = (&'static str, &'static str, &'a dyn Fn(&Row) -> bool);

/// A body's charts: money (without budgets), budgets, percentages; each
/// only when there is something to draw.
fn charts(report: &Report, body: &Body) -> Result<Vec<ChartView>, String> {
    let facts: Vec<&Row> = body
        .facts
        .iter()
        .map(|&i| &report.snapshot.facts[i])
        .filter(|r| r.fact.period.is_some())
        .collect();
    let kinds: [ChartKind; 3] = [
        (MAIN_CHART, "£m", &|r: &Row| {
            in_pounds(r) && r.fact.metric != Metric::Budget
        }),
        ("Budget in £m", "£m", &|r: &Row| {
            in_pounds(r) && r.fact.metric == Metric::Budget
        }),
        ("Percentages", "%", &|r: &Row| r.fact.unit == "percent"),
    ];
    let mut out = Vec::new();
    for (title, unit, keep) in kinds {
        let rows: Vec<&Row> = facts.iter().copied().filter(|r| keep(r)).collect();
        // The main chart whenever there is a figure; budgets and
        // percentages only when they have a trend to show.
        let needed = if title == MAIN_CHART { 1 } else { 2 };
        if rows.len() < needed {
            continue;
        }
        let moments: Vec<Moment> = rows
            .iter()
            .map(|r| moment(r))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let slot = |m: &Moment| moments.binary_search(m).unwrap_or(0);
        let metrics: BTreeSet<Metric> = rows.iter().map(|r| r.fact.metric).collect();
        let scale = if unit == "£m" { 1e6 } else { 1.0 };
        let as_f64 = |r: &Row| {
            use rust_decimal::prelude::ToPrimitive;
            r.fact.value.to_f64().unwrap_or(0.0) / scale
        };
        let series = metrics
            .into_iter()
            .map(|metric| {
                let of: Vec<&Row> = rows
                    .iter()
                    .copied()
                    .filter(|r| r.fact.metric == metric)
                    .collect();
                let points: BTreeSet<(usize, String, bool)> = of
                    .iter()
                    .map(|r| {
                        (
                            slot(&moment(r)),
                            r.fact.value.to_string(),
                            r.fact.status == Some(Status::Actual),
                        )
                    })
                    .collect();
                let points = points
                    .into_iter()
                    .filter_map(|(s, v, filled)| {
                        let r = of.iter().find(|r| r.fact.value.to_string() == v)?;
                        Some((s, as_f64(r), filled))
                    })
                    .collect();
                let line = (0..moments.len())
                    .filter_map(|s| {
                        latest(of.iter().copied().filter(|r| slot(&moment(r)) == s))
                            .map(|r| (s, as_f64(r)))
                    })
                    .collect();
                Series {
                    metric,
                    label: metric_label(metric),
                    points,
                    line,
                }
            })
            .collect::<Vec<_>>();
        let spec = Spec {
            unit,
            slots: moments.iter().map(moment_label).collect(),
            series,
        };
        let names: Vec<&str> = spec.series.iter().map(|s| s.label).collect();
        out.push(ChartView {
            title: title.to_owned(),
            svg: chart::svg(&spec)?,
            alt: format!(
                "{title}: {} over {} moments from {} to {}; the table below lists every figure",
                names.join(", "),
                spec.slots.len(),
                spec.slots.first().map_or("", String::as_str),
                spec.slots.last().map_or("", String::as_str),
            ),
        });
    }
    Ok(out)
}

/// A body's pages: the first with its summary, conflicts and charts, then
/// the rest of a long facts table.
pub fn body(report: &Report, body: &Body) -> Result<Vec<(String, BodyPage)>, String> {
    let facts = &report.snapshot.facts;
    let mut latest_rows = Vec::new();
    let metrics: BTreeSet<(Metric, &str)> = body
        .facts
        .iter()
        .map(|&i| (facts[i].fact.metric, facts[i].fact.unit.as_str()))
        .collect();
    for (m, unit) in metrics {
        let l = latest(
            body.facts
                .iter()
                .map(|&i| &facts[i])
                .filter(|r| r.fact.metric == m && r.fact.unit == unit),
        );
        if let Some(l) = l {
            latest_rows.push((metric_label(m), LatestView::of(l)));
        }
    }
    let groups: Vec<GroupView> = body
        .groups
        .iter()
        .map(|&g| group_view(report, &report.groups[g], "../"))
        .collect();
    let charts = charts(report, body)?;
    let undated = body
        .facts
        .iter()
        .filter(|&&i| facts[i].fact.period.is_none())
        .count();
    let chunks: Vec<&[usize]> = body.facts.chunks(FACTS_PER_PAGE).collect();
    let count = chunks.len().max(1);
    let mut pages = Vec::with_capacity(count);
    for n in 1..=count {
        let chunk = chunks.get(n - 1).copied().unwrap_or(&[]);
        let first = n == 1;
        pages.push((
            page_file(&body.slug, n),
            BodyPage {
                root: "../",
                name: body.name.clone(),
                other_names: body.other_names.clone(),
                type_label: type_label(&body.org_type),
                code: body.code.clone().unwrap_or_default(),
                successor: body.successor.clone().unwrap_or_default(),
                articles: body.articles,
                fact_count: body.facts.len(),
                latest: if first { latest_rows.clone() } else { vec![] },
                groups: if first { groups.clone() } else { vec![] },
                charts: if first { charts.clone() } else { vec![] },
                undated,
                facts: chunk.iter().map(|&i| FactView::of(&facts[i])).collect(),
                first: (n - 1) * FACTS_PER_PAGE + 1,
                pages: page_links(count, n, |k| page_file(&body.slug, k)),
                page: n,
            },
        ));
    }
    Ok(pages)
}

// ------------------------------------------------------------ conflicts

#[derive(Template)]
#[template(path = "conflicts.html")]
pub struct ConflictsPage {
    pub root: &'static str,
    pub summary: Summary,
    pub groups: Vec<GroupView>,
    pub pages: Vec<PageLink>,
    pub page: usize,
}

/// How many conflicts pages there are (at least one).
pub fn conflict_pages(report: &Report) -> usize {
    report.groups.len().div_ceil(GROUPS_PER_PAGE).max(1)
}

/// Conflicts page `n` (from 1) and its file name.
pub fn conflicts(report: &Report, n: usize) -> (String, ConflictsPage) {
    let count = conflict_pages(report);
    let chunk = report
        .groups
        .chunks(GROUPS_PER_PAGE)
        .nth(n.saturating_sub(1))
        .unwrap_or(&[]);
    (
        page_file("conflicts", n),
        ConflictsPage {
            root: "",
            summary: summary(report),
            groups: chunk.iter().map(|g| group_view(report, g, "")).collect(),
            pages: page_links(count, n, |k| page_file("conflicts", k)),
            page: n,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::AFTER;

    fn marked(segs: &[Seg]) -> Vec<&str> {
        segs.iter()
            .filter(|s| s.mark)
            .map(|s| s.text.as_str())
            .collect()
    }

    #[test]
    fn highlight_marks_whole_figures_only() {
        let s = highlight("A deficit of £5m, up from 15% and £5m.", "£5m");
        assert_eq!(marked(&s), ["£5m", "£5m"]);
        let text: String = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, "A deficit of £5m, up from 15% and £5m.");
        assert!(marked(&highlight("up 15% on the year", "5%")).is_empty());
        assert!(marked(&highlight("£1,500 in all", "£1")).is_empty());
        assert_eq!(marked(&highlight("5% of it", "5%")), ["5%"]);
        let s = highlight("no figure here", "");
        assert_eq!(s.len(), 1);
        assert!(!s[0].mark);
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert_eq!(
            safe_url(Some("https://example.org/a?b=1")).as_deref(),
            Some("https://example.org/a?b=1")
        );
        assert_eq!(
            safe_url(Some("HTTP://x.org")).as_deref(),
            Some("HTTP://x.org")
        );
        assert_eq!(safe_url(Some("javascript:alert(1)")), None);
        assert_eq!(safe_url(Some("data:text/html,<script>")), None);
        assert_eq!(safe_url(Some("https://x.org/a b")), None);
        assert_eq!(safe_url(None), None);
    }

    #[test]
    fn labels_read_naturally() {
        assert_eq!(as_of_label("month 6"), "month 6 (Sep)");
        assert_eq!(as_of_label("August"), "August");
        let m = |p: &str, month| Moment {
            period: Some(p.to_owned()),
            month,
        };
        assert_eq!(moment_label(&m("2015-16", BEFORE)), "before 2015-16");
        assert_eq!(moment_label(&m("2015-16", 4)), "Jul 2015");
        assert_eq!(moment_label(&m("2015-16", 10)), "Jan 2016");
        assert_eq!(moment_label(&m("2015-16", AFTER)), "2015-16");
        assert_eq!(page_file("rk5", 1), "rk5.html");
        assert_eq!(page_file("rk5", 2), "rk5.2.html");
    }
}
