//! The plain data types that flow between the stages.
//!
//! Every stage takes and returns these; none of them holds a reference to a
//! compiled pattern or to an I/O handle, so they can cross thread boundaries
//! and be serialised as they are.

use std::fmt;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A half-open byte range into a document's text.
///
/// Spans are computed once by a recogniser and never rewritten downstream:
/// the text they point into is the document text as decoded, unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A calendar date as articles give it; only what the pipeline needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDThh:mm...` or `YYYY-MM`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 7 || b[4] != b'-' {
            return None;
        }
        let year: i32 = s.get(0..4)?.parse().ok()?;
        let month: u8 = s.get(5..7)?.parse().ok()?;
        let day: u8 = if b.len() >= 10 && b[7] == b'-' {
            s.get(8..10)?.parse().ok()?
        } else {
            1
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1000..=9999).contains(&year)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The UK public-sector financial year (1 April to 31 March) holding this
    /// date, as the year it starts in.
    pub fn financial_year_start(&self) -> i32 {
        if self.month >= 4 {
            self.year
        } else {
            self.year - 1
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What is known about a document besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocMeta {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
}

/// One article: its identifier (path relative to the input it was found
/// under, or a URL / id for archive records), its text and metadata.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub meta: DocMeta,
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Money,
    Percent,
    /// A difference in percentage points, kept apart from percentages.
    Points,
    /// A plain number: a count or a spelled number; never a fact on its own.
    Number,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Points => "points",
            FigureKind::Number => "number",
        }
    }
}

/// Which side of the value a hedge puts the true figure on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// "more than £9m": the figure is at least this.
    Lower,
    /// "nearly £15m": the figure is at most this.
    Upper,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Lower => "lower",
            Bound::Upper => "upper",
        }
    }
}

/// A recognised figure: money, percentage, points or plain number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// The figure as written, currency sign and multiplier included, hedge excluded.
    pub span: Span,
    pub kind: FigureKind,
    /// Exact value in the unit (pounds, not pence; 4800000 for "£4.8m").
    pub value: Decimal,
    /// ISO 4217 code for money, "percent", "points", or "" for numbers.
    pub unit: Arc<str>,
    pub approx: bool,
    pub bound: Option<Bound>,
    /// The hedge words, when there are any ("nearly", "or more").
    pub hedge: Option<Span>,
    /// The id of the rule that recognised it.
    pub rule: Arc<str>,
}

/// The kinds of body the dataset distinguishes (the gold schema's `org_type`
/// plus the finer internal kinds that map to `other` on output).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgType {
    Ccg,
    Icb,
    Ics,
    Stp,
    Trust,
    HealthBoard,
    HscTrust,
    NhsEngland,
    NhsEnglandRegion,
    Dhsc,
    Council,
    /// Primary care trust (to 2013).
    Pct,
    /// Strategic health authority (to 2013).
    Sha,
    /// Health and social care partnership / integration joint board (Scotland).
    Partnership,
    Regulator,
    Aggregate,
    Other,
}

impl OrgType {
    /// Parses the `type` column of the gazetteer.
    pub fn parse(s: &str) -> Option<OrgType> {
        Some(match s {
            "ccg" => OrgType::Ccg,
            "icb" => OrgType::Icb,
            "ics" => OrgType::Ics,
            "stp" => OrgType::Stp,
            "trust" => OrgType::Trust,
            "health_board" => OrgType::HealthBoard,
            "hsc_trust" => OrgType::HscTrust,
            "nhs_england" => OrgType::NhsEngland,
            "nhs_england_region" => OrgType::NhsEnglandRegion,
            "dhsc" => OrgType::Dhsc,
            "council" => OrgType::Council,
            "pct" => OrgType::Pct,
            "sha" => OrgType::Sha,
            "partnership" => OrgType::Partnership,
            "regulator" => OrgType::Regulator,
            "aggregate" => OrgType::Aggregate,
            "other" => OrgType::Other,
            _ => return None,
        })
    }

    /// The `org_type` written in facts (the gold schema's closed list).
    pub fn as_output(self) -> &'static str {
        match self {
            OrgType::Ccg => "ccg",
            OrgType::Icb => "icb",
            OrgType::Ics => "ics",
            OrgType::Stp => "stp",
            OrgType::Trust => "trust",
            OrgType::HealthBoard => "health_board",
            OrgType::HscTrust => "hsc_trust",
            OrgType::NhsEngland => "nhs_england",
            OrgType::NhsEnglandRegion => "nhs_england_region",
            OrgType::Dhsc => "dhsc",
            OrgType::Council => "council",
            OrgType::Aggregate => "aggregate",
            OrgType::Pct
            | OrgType::Sha
            | OrgType::Partnership
            | OrgType::Regulator
            | OrgType::Other => "other",
        }
    }

    /// The internal name (the gazetteer's `type` column).
    pub fn as_str(self) -> &'static str {
        match self {
            OrgType::Pct => "pct",
            OrgType::Sha => "sha",
            OrgType::Partnership => "partnership",
            OrgType::Regulator => "regulator",
            OrgType::Other => "other",
            t => t.as_output(),
        }
    }
}

/// A body as the output names it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgRef {
    /// Canonical name, as the body was named at the time of the article.
    pub name: Arc<str>,
    pub kind: OrgType,
    /// Official code (ODS / ONS) or a stable slug; None for bodies found by
    /// rule only.
    pub id: Option<Arc<str>>,
    /// Code of today's successor body, when the body has been replaced.
    pub successor: Option<Arc<str>>,
}

/// What a fact measures (the gold schema's metrics, plus `other` for
/// `--all-figures`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Deficit,
    Surplus,
    RequiredSurplus,
    SavingsRequired,
    SavingsGap,
    FundingGap,
    Budget,
    Overspend,
    Underspend,
    PerformanceTarget,
    PerformanceActual,
    Bailout,
    Debt,
    Other,
}

impl Metric {
    pub const ALL: [Metric; 14] = [
        Metric::Deficit,
        Metric::Surplus,
        Metric::RequiredSurplus,
        Metric::SavingsRequired,
        Metric::SavingsGap,
        Metric::FundingGap,
        Metric::Budget,
        Metric::Overspend,
        Metric::Underspend,
        Metric::PerformanceTarget,
        Metric::PerformanceActual,
        Metric::Bailout,
        Metric::Debt,
        Metric::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Deficit => "deficit",
            Metric::Surplus => "surplus",
            Metric::RequiredSurplus => "required_surplus",
            Metric::SavingsRequired => "savings_required",
            Metric::SavingsGap => "savings_gap",
            Metric::FundingGap => "funding_gap",
            Metric::Budget => "budget",
            Metric::Overspend => "overspend",
            Metric::Underspend => "underspend",
            Metric::PerformanceTarget => "performance_target",
            Metric::PerformanceActual => "performance_actual",
            Metric::Bailout => "bailout",
            Metric::Debt => "debt",
            Metric::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a figure is a result, a projection, a plan or a requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Actual,
    Forecast,
    Planned,
    Target,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Actual => "actual",
            Status::Forecast => "forecast",
            Status::Planned => "planned",
            Status::Target => "target",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "actual" => Status::Actual,
            "forecast" => Status::Forecast,
            "planned" => Status::Planned,
            "target" => Status::Target,
            _ => return None,
        })
    }
}

/// One row of the dataset: one figure about one body, with its evidence.
///
/// Field order is the output column order (JSONL keys and CSV header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub doc: String,
    pub org: String,
    pub org_type: String,
    pub org_id: Option<String>,
    pub org_successor: Option<String>,
    pub metric: Metric,
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    pub unit: String,
    pub approx: bool,
    pub bound: Option<Bound>,
    pub period: Option<String>,
    pub status: Option<Status>,
    pub as_of: Option<String>,
    pub evidence: String,
    pub start: usize,
    pub end: usize,
    pub mention: String,
    pub rule: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    /// Present only with `--explain`: the cues, rules and attribution path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<String>,
}

/// The CSV header, in `Fact` field order (without `explain`, which is
/// appended only when requested).
pub const FACT_COLUMNS: [&str; 21] = [
    "doc",
    "org",
    "org_type",
    "org_id",
    "org_successor",
    "metric",
    "value",
    "unit",
    "approx",
    "bound",
    "period",
    "status",
    "as_of",
    "evidence",
    "start",
    "end",
    "mention",
    "rule",
    "url",
    "title",
    "date",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_parses_iso_forms() {
        assert_eq!(
            Date::parse_iso("2016-10-28"),
            Some(Date {
                year: 2016,
                month: 10,
                day: 28
            })
        );
        assert_eq!(
            Date::parse_iso("2023-11-12T08:00:00Z"),
            Some(Date {
                year: 2023,
                month: 11,
                day: 12
            })
        );
        assert_eq!(Date::parse_iso("2023-13-01"), None);
        assert_eq!(Date::parse_iso("23-11-12"), None);
    }

    #[test]
    fn financial_year_starts_in_april() {
        let d = Date::parse_iso("2024-03-31").unwrap();
        assert_eq!(d.financial_year_start(), 2023);
        let d = Date::parse_iso("2024-04-01").unwrap();
        assert_eq!(d.financial_year_start(), 2024);
    }

    #[test]
    fn metric_names_round_trip() {
        for m in Metric::ALL {
            assert_eq!(Metric::parse(m.as_str()), Some(m));
        }
    }
}
