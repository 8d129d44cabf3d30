//! From rows to what the pages show: bodies, the moment a figure speaks
//! of, the latest figure, conflict groups and totals. Pure functions of the
//! snapshot, so the same database always gives the same report.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use crate::model::{Metric, Status};
use crate::report::data::{ConflictRow, Row, Snapshot};

/// Which body a fact is about: its code when it has one (so a body renamed
/// between articles is one body), else its name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BodyKey {
    Code(String),
    Name(String),
}

impl BodyKey {
    pub fn of(org_id: Option<&str>, org: &str) -> BodyKey {
        match org_id {
            Some(c) => BodyKey::Code(c.to_owned()),
            None => BodyKey::Name(org.to_owned()),
        }
    }
}

/// Where in time a figure sits, for ordering and charts: its financial
/// year, then a month within it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    pub period: Option<String>,
    /// [`BEFORE`], 1 (April) to 12 (March), or [`AFTER`].
    pub month: u8,
}

/// Before the financial year starts: plans, and articles written before it.
pub const BEFORE: u8 = 0;
/// After the year ends (or when the article is undated).
pub const AFTER: u8 = 13;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month of the financial year (1 = April, 12 = March) that an as-of
/// wording names: "month 6" or "September".
pub fn snapshot_month(as_of: &str) -> Option<u8> {
    if let Some(n) = as_of.strip_prefix("month ") {
        return n.parse::<u8>().ok().filter(|n| (1..=12).contains(n));
    }
    let calendar = MONTHS.iter().position(|m| *m == as_of)? as u8 + 1;
    Some(fiscal_month(calendar))
}

/// Calendar month (1 = January) to month of the financial year (1 = April).
fn fiscal_month(calendar: u8) -> u8 {
    (calendar + 8) % 12 + 1
}

/// The as-of wording the `conflicts` view groups by: "month N" for a month
/// of the financial year, else the wording as it is.
pub fn normalised_as_of(as_of: Option<&str>) -> Option<String> {
    let a = as_of?;
    Some(match snapshot_month(a) {
        Some(m) if !a.starts_with("month ") => format!("month {m}"),
        _ => a.to_owned(),
    })
}

/// The year a financial year starts in: 2023 for "2023-24".
pub fn period_start(period: &str) -> Option<i32> {
    let y = period.get(0..4)?;
    if !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match period.as_bytes().get(4) {
        None | Some(b'-') | Some(b'/') => y.parse().ok(),
        _ => None,
    }
}

/// The moment a fact speaks of: the snapshot month the article names;
/// else, for a plan, before the year; else the month the article was
/// written in, when that is within the year (before or after it
/// otherwise); undated articles count as after the year.
pub fn moment(row: &Row) -> Moment {
    let f = &row.fact;
    let Some(period) = f.period.clone() else {
        return Moment {
            period: None,
            month: AFTER,
        };
    };
    let month = if let Some(m) = f.as_of.as_deref().and_then(snapshot_month) {
        m
    } else if f.status == Some(Status::Planned) {
        BEFORE
    } else {
        match (
            period_start(&period),
            f.date.as_deref().and_then(crate::model::Date::parse_iso),
        ) {
            (Some(y), Some(d)) => {
                let fy = d.financial_year_start();
                if fy < y {
                    BEFORE
                } else if fy > y {
                    AFTER
                } else {
                    fiscal_month(d.month)
                }
            }
            _ => AFTER,
        }
    };
    Moment {
        period: Some(period),
        month,
    }
}

/// How far a status has come: an outturn beats a forecast, a forecast a
/// figure without a status, that a plan, that a target.
fn status_rank(s: Option<Status>) -> u8 {
    match s {
        Some(Status::Actual) => 4,
        Some(Status::Forecast) => 3,
        None => 2,
        Some(Status::Planned) => 1,
        Some(Status::Target) => 0,
    }
}

/// Significant digits: 2 for £66m, 3 for £66.2m.
pub fn precision(v: &Decimal) -> usize {
    let digits: String = v
        .abs()
        .normalize()
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// The order "latest" is the maximum of: moment, status, article date;
/// then, within one article, the more precise figure (a headline's £66m
/// gives way to the £66.2m of the text), then the first one.
type LatestKey<'a> = (
    Moment,
    u8,
    Option<&'a str>,
    Reverse<&'a str>,
    usize,
    Reverse<i64>,
);

pub fn latest_key(row: &Row) -> LatestKey<'_> {
    (
        moment(row),
        status_rank(row.fact.status),
        row.fact.date.as_deref(),
        Reverse(row.fact.doc.as_str()),
        precision(&row.fact.value),
        Reverse(row.ordinal),
    )
}

/// The latest of `rows` (see [`latest_key`]).
pub fn latest<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Option<&'a Row> {
    rows.into_iter()
        .max_by(|a, b| latest_key(a).cmp(&latest_key(b)))
}

/// A body and its facts.
#[derive(Clone, Debug)]
pub struct Body {
    pub key: BodyKey,
    /// The file name of its page, without `.html`.
    pub slug: String,
    /// The name in its newest article.
    pub name: String,
    /// Other names it has in other articles.
    pub other_names: Vec<String>,
    pub org_type: String,
    pub code: Option<String>,
    pub successor: Option<String>,
    /// Indices into the snapshot's facts, newest first.
    pub facts: Vec<usize>,
    /// Distinct articles (by content).
    pub articles: usize,
    /// Indices into [`Report::groups`].
    pub groups: Vec<usize>,
}

impl Body {
    pub fn is_aggregate(&self) -> bool {
        self.org_type == "aggregate"
    }
}

/// The values of one disputed figure: rows of the `conflicts` view.
#[derive(Clone, Debug)]
pub struct Group {
    pub body: usize,
    pub metric: String,
    pub unit: String,
    pub period: String,
    pub as_of: Option<String>,
    /// Indices into the snapshot's conflicts, by value.
    pub rows: Vec<usize>,
    /// For each row, the facts behind it (indices into the facts).
    pub facts: Vec<Vec<usize>>,
}

/// A total of the latest figures of the bodies reporting a metric for a
/// year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Total {
    pub sum: Decimal,
    pub bodies: usize,
}

/// The report's content.
#[derive(Debug)]
pub struct Report {
    pub snapshot: Snapshot,
    /// By name (then key).
    pub bodies: Vec<Body>,
    /// By body name, metric, unit, period, as-of.
    pub groups: Vec<Group>,
    /// Period (newest first) → metric → total, for figures in pounds, over
    /// bodies that are not aggregates.
    pub totals: Vec<(String, BTreeMap<Metric, Total>)>,
}

/// A file name from any text: lower-case ASCII letters, digits and single
/// hyphens, at most 60 characters; never empty, never a name Windows keeps
/// for devices.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("body");
    }
    let reserved = matches!(out.as_str(), "con" | "prn" | "aux" | "nul")
        || ((out.starts_with("com") || out.starts_with("lpt"))
            && out.len() == 4
            && out.as_bytes()[3].is_ascii_digit());
    if reserved {
        out.push_str("-body");
    }
    out
}

/// A disputed figure: body, metric, unit, period, as-of.
type GroupKey = (usize, String, String, String, Option<String>);

/// The key a conflict row's facts share.
type FactKey = (BodyKey, String, String, String, Option<String>, String);

fn fact_key(r: &Row) -> Option<FactKey> {
    let f = &r.fact;
    Some((
        BodyKey::of(f.org_id.as_deref(), &f.org),
        f.metric.as_str().to_owned(),
        f.unit.clone(),
        f.period.clone()?,
        normalised_as_of(f.as_of.as_deref()),
        f.value.to_string(),
    ))
}

fn row_key(c: &ConflictRow) -> FactKey {
    (
        BodyKey::of(c.org_id.as_deref(), &c.org),
        c.metric.clone(),
        c.unit.clone(),
        c.period.clone(),
        c.as_of.clone(),
        c.value.clone(),
    )
}

/// Whether a fact goes into the totals, charts and index: money in pounds.
pub fn in_pounds(r: &Row) -> bool {
    r.fact.unit == "GBP"
}

impl Report {
    pub fn new(snapshot: Snapshot) -> Report {
        let facts = &snapshot.facts;
        // Bodies, in key order first (so slugs are assigned stably).
        let mut by_key: BTreeMap<BodyKey, Vec<usize>> = BTreeMap::new();
        for (i, r) in facts.iter().enumerate() {
            by_key
                .entry(BodyKey::of(r.fact.org_id.as_deref(), &r.fact.org))
                .or_default()
                .push(i);
        }
        let mut taken = BTreeSet::new();
        let mut bodies: Vec<Body> = by_key
            .into_iter()
            .map(|(key, mut idx)| {
                let newest = idx
                    .iter()
                    .copied()
                    .max_by(|&a, &b| {
                        let k = |i: usize| {
                            let f = &facts[i].fact;
                            (
                                f.date.as_deref(),
                                Reverse(f.doc.as_str()),
                                Reverse(facts[i].ordinal),
                            )
                        };
                        k(a).cmp(&k(b))
                    })
                    .unwrap_or(idx[0]);
                let nf = &facts[newest].fact;
                let names: BTreeSet<&str> =
                    idx.iter().map(|&i| facts[i].fact.org.as_str()).collect();
                let other_names = names
                    .into_iter()
                    .filter(|n| *n != nf.org)
                    .map(str::to_owned)
                    .collect();
                let base = match &key {
                    BodyKey::Code(c) => slug(c),
                    BodyKey::Name(n) => slug(n),
                };
                let mut s = base.clone();
                let mut n = 2;
                while !taken.insert(s.clone()) {
                    s = format!("{base}-{n}");
                    n += 1;
                }
                let articles = idx
                    .iter()
                    .map(|&i| facts[i].article.as_str())
                    .collect::<BTreeSet<_>>()
                    .len();
                idx.sort_by(|&a, &b| {
                    let k = |i: usize| {
                        let r = &facts[i];
                        (
                            Reverse(moment(r)),
                            r.fact.metric,
                            Reverse(r.fact.date.as_deref()),
                            r.fact.doc.as_str(),
                            r.ordinal,
                        )
                    };
                    k(a).cmp(&k(b))
                });
                Body {
                    name: nf.org.clone(),
                    org_type: nf.org_type.clone(),
                    code: nf.org_id.clone(),
                    successor: nf.org_successor.clone(),
                    key,
                    slug: s,
                    other_names,
                    facts: idx,
                    articles,
                    groups: vec![],
                }
            })
            .collect();
        bodies
            .sort_by(|a, b| (a.name.to_lowercase(), &a.key).cmp(&(b.name.to_lowercase(), &b.key)));
        let body_of: BTreeMap<BodyKey, usize> = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| (b.key.clone(), i))
            .collect();

        // Conflict groups, from the view; each value with the facts behind it.
        let mut facts_of: BTreeMap<FactKey, Vec<usize>> = BTreeMap::new();
        for (i, r) in facts.iter().enumerate() {
            if let Some(k) = fact_key(r) {
                facts_of.entry(k).or_default().push(i);
            }
        }
        let mut grouped: BTreeMap<GroupKey, Vec<usize>> = BTreeMap::new();
        for (i, c) in snapshot.conflicts.iter().enumerate() {
            let key = BodyKey::of(c.org_id.as_deref(), &c.org);
            // A view row always has facts, so its body has a page.
            let Some(&b) = body_of.get(&key) else {
                continue;
            };
            grouped
                .entry((
                    b,
                    c.metric.clone(),
                    c.unit.clone(),
                    c.period.clone(),
                    c.as_of.clone(),
                ))
                .or_default()
                .push(i);
        }
        let mut groups: Vec<Group> = grouped
            .into_iter()
            .map(|((body, metric, unit, period, as_of), rows)| {
                let facts = rows
                    .iter()
                    .map(|&i| {
                        facts_of
                            .get(&row_key(&snapshot.conflicts[i]))
                            .cloned()
                            .unwrap_or_default()
                    })
                    .collect();
                Group {
                    body,
                    metric,
                    unit,
                    period,
                    as_of,
                    rows,
                    facts,
                }
            })
            .collect();
        groups.sort_by(|a, b| {
            let m = |g: &Group| Metric::parse(&g.metric);
            (a.body, m(a), &a.unit, Reverse(&a.period), &a.as_of).cmp(&(
                b.body,
                m(b),
                &b.unit,
                Reverse(&b.period),
                &b.as_of,
            ))
        });
        for (i, g) in groups.iter().enumerate() {
            bodies[g.body].groups.push(i);
        }

        // Totals: each body's latest figure per metric and year, in pounds.
        let mut totals: BTreeMap<String, BTreeMap<Metric, Total>> = BTreeMap::new();
        for b in bodies.iter().filter(|b| !b.is_aggregate()) {
            let mut per: BTreeMap<(String, Metric), Vec<&Row>> = BTreeMap::new();
            for &i in &b.facts {
                let r = &facts[i];
                if let (true, Some(p)) = (in_pounds(r), &r.fact.period) {
                    per.entry((p.clone(), r.fact.metric)).or_default().push(r);
                }
            }
            for ((p, m), rows) in per {
                if let Some(l) = latest(rows) {
                    let t = totals.entry(p).or_default().entry(m).or_insert(Total {
                        sum: Decimal::ZERO,
                        bodies: 0,
                    });
                    t.sum = t.sum.saturating_add(l.fact.value);
                    t.bodies += 1;
                }
            }
        }
        let totals = totals.into_iter().rev().collect();
        Report {
            snapshot,
            bodies,
            groups,
            totals,
        }
    }

    /// The latest fact of a body for a metric, in pounds.
    pub fn latest_of(&self, body: &Body, metric: Metric) -> Option<&Row> {
        latest(
            body.facts
                .iter()
                .map(|&i| &self.snapshot.facts[i])
                .filter(|r| r.fact.metric == metric && in_pounds(r)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Fact;
    use rust_decimal::Decimal;

    fn row(period: Option<&str>, as_of: Option<&str>, status: Option<Status>, date: &str) -> Row {
        Row {
            fact: Fact {
                doc: "a.txt".into(),
                org: "X".into(),
                org_type: "trust".into(),
                org_id: Some("RX1".into()),
                org_successor: None,
                metric: Metric::Deficit,
                value: Decimal::ONE,
                unit: "GBP".into(),
                approx: false,
                bound: None,
                period: period.map(str::to_owned),
                status,
                as_of: as_of.map(str::to_owned),
                evidence: String::new(),
                start: 0,
                end: 0,
                mention: String::new(),
                rule: String::new(),
                url: None,
                title: None,
                date: Some(date.into()),
                explain: None,
            },
            article: "h".into(),
            ordinal: 0,
        }
    }

    #[test]
    fn snapshot_months_are_months_of_the_financial_year() {
        assert_eq!(snapshot_month("April"), Some(1));
        assert_eq!(snapshot_month("September"), Some(6));
        assert_eq!(snapshot_month("month 6"), Some(6));
        assert_eq!(snapshot_month("January"), Some(10));
        assert_eq!(snapshot_month("March"), Some(12));
        assert_eq!(snapshot_month("month 13"), None);
        assert_eq!(snapshot_month("Q3"), None);
        assert_eq!(
            normalised_as_of(Some("September")).as_deref(),
            Some("month 6")
        );
        assert_eq!(
            normalised_as_of(Some("month 6")).as_deref(),
            Some("month 6")
        );
        assert_eq!(normalised_as_of(Some("Q3")).as_deref(), Some("Q3"));
        assert_eq!(normalised_as_of(None), None);
    }

    #[test]
    fn moments_place_figures_within_their_year() {
        let m = |r: &Row| moment(r).month;
        // Named snapshot.
        assert_eq!(
            m(&row(Some("2015-16"), Some("July"), None, "2015-12-03")),
            4
        );
        // Written during the year: the article's month (December = 9).
        assert_eq!(
            m(&row(
                Some("2015-16"),
                None,
                Some(Status::Forecast),
                "2015-12-03"
            )),
            9
        );
        // A plan sits before the year.
        assert_eq!(
            m(&row(
                Some("2015-16"),
                None,
                Some(Status::Planned),
                "2015-12-03"
            )),
            BEFORE
        );
        // Written before or after the year.
        assert_eq!(m(&row(Some("2016-17"), None, None, "2015-12-03")), BEFORE);
        assert_eq!(
            m(&row(
                Some("2014-15"),
                None,
                Some(Status::Actual),
                "2015-12-03"
            )),
            AFTER
        );
        assert_eq!(period_start("2023-24"), Some(2023));
        assert_eq!(period_start("2023/24"), Some(2023));
        assert_eq!(period_start("20234"), None);
    }

    #[test]
    fn latest_prefers_year_then_moment_then_status() {
        let rows = [
            row(
                Some("2015-16"),
                Some("September"),
                Some(Status::Forecast),
                "2015-12-03",
            ),
            row(Some("2015-16"), None, Some(Status::Forecast), "2015-12-03"),
            row(Some("2015-16"), None, None, "2015-12-03"),
            row(Some("2015-16"), None, Some(Status::Planned), "2015-12-03"),
            row(Some("2014-15"), None, Some(Status::Actual), "2016-12-03"),
            row(None, None, Some(Status::Actual), "2017-12-03"),
        ];
        let l = latest(rows.iter()).unwrap();
        assert!(std::ptr::eq(l, &rows[1]));
        assert!(std::ptr::eq(latest(rows[2..].iter()).unwrap(), &rows[2]));
        assert!(std::ptr::eq(latest(rows[4..].iter()).unwrap(), &rows[4]));
    }

    #[test]
    fn within_an_article_the_precise_figure_wins() {
        use std::str::FromStr;
        let mut a = row(Some("2023-24"), None, Some(Status::Forecast), "2024-01-18");
        a.fact.value = Decimal::from_str("66000000").unwrap();
        let mut b = a.clone();
        b.fact.value = Decimal::from_str("66200000").unwrap();
        b.ordinal = 3;
        let rows = [a, b];
        assert!(std::ptr::eq(latest(rows.iter()).unwrap(), &rows[1]));
        assert_eq!(precision(&Decimal::from_str("66000000").unwrap()), 2);
        assert_eq!(precision(&Decimal::from_str("0.50").unwrap()), 1);
        assert_eq!(precision(&Decimal::from_str("1040000000").unwrap()), 3);
    }

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("RC1"), "rc1");
        assert_eq!(slug("x-bsw-hospital-group"), "x-bsw-hospital-group");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("health boards in Wales"), "health-boards-in-wales");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("£££"), "body");
        assert_eq!(slug("CON"), "con-body");
        assert_eq!(slug("com1"), "com1-body");
        assert_eq!(slug(&"a".repeat(200)).len(), 60);
    }
}
