//! Pipe tables of bodies: one row per body, one column per measure, bare
//! signed numbers under a unit caption such as "(£m)", or whole amounts in
//! the cells ("£6.8m", "(£3.9m)").
//!
//! A table yields facts only when everything is explicit: a money unit in
//! the caption, header or cells, a first column that names a kind of body
//! ("System", "ICB", "Trust"), and column headers listed under
//! `[[table_column]]` in `cues.toml`. A cell that is not a number ("Not
//! available") yields nothing. A column whose header names a year
//! ("2013/14 plan") is of that year.

use std::str::FromStr;
use std::sync::Arc;

use rust_decimal::Decimal;

use super::qualify::{financial_year, month_number};
use super::{Analysis, Draft, Options};
use crate::model::{FigureKind, Metric, OrgRef, OrgType, Span, Status};
use crate::normalize::parse_digits;
use crate::recognise::orgs::slug;

struct Line {
    span: Span,
    cells: Vec<Span>,
}

fn split_cells(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let line = &text[span.start..span.end];
    let mut start = 0usize;
    let trimmed_start = line.len() - line.trim_start().len();
    let body = line.trim();
    let body_off = trimmed_start;
    let body = body.strip_prefix('|').unwrap_or(body);
    let lead = if line.trim_start().starts_with('|') {
        1
    } else {
        0
    };
    let body = body.strip_suffix('|').unwrap_or(body);
    for (i, c) in body.char_indices() {
        if c == '|' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, body.len()));
    out.into_iter()
        .map(|(s, e)| {
            let cell = &body[s..e];
            let ls = cell.len() - cell.trim_start().len();
            let t = cell.trim();
            let abs = span.start + body_off + lead + s + ls;
            Span::new(abs, abs + t.len())
        })
        .collect()
}

fn unit_multiplier(caption: &str) -> Option<Decimal> {
    let c = caption.to_ascii_lowercase();
    if c.contains("£bn") {
        Some(Decimal::from(1_000_000_000u64))
    } else if c.contains("£m")
        || c.contains("£ m")
        || c.contains("£million")
        || c.contains("£ million")
    {
        Some(Decimal::from(1_000_000u64))
    } else if c.contains("£000") || c.contains("£k") || c.contains("£'000") {
        Some(Decimal::from(1_000u64))
    } else {
        None
    }
}

fn row_kind(header: &str) -> Option<OrgType> {
    let h = header.trim().to_ascii_lowercase();
    Some(match h.as_str() {
        "system" | "systems" | "ics" | "icss" | "integrated care system" | "stp/ics" => {
            OrgType::Ics
        }
        "icb" | "icbs" | "integrated care board" => OrgType::Icb,
        "stp" | "stps" => OrgType::Stp,
        "trust" | "trusts" | "provider" | "providers" | "organisation" | "organization" => {
            OrgType::Trust
        }
        "ccg" | "ccgs" | "clinical commissioning group" => OrgType::Ccg,
        "board" | "health board" | "health boards" => OrgType::HealthBoard,
        "council" | "authority" | "local authority" => OrgType::Council,
        _ => return None,
    })
}

fn body_of(a: &Analysis, name: &str, kind: OrgType) -> OrgRef {
    let orgs = &a.patterns.orgs;
    let candidates: Vec<String> = match kind {
        OrgType::Ics | OrgType::Stp => vec![
            format!("{name} ICS"),
            format!("{name} STP"),
            name.to_owned(),
        ],
        OrgType::Icb => vec![
            format!("NHS {name} ICB"),
            format!("{name} ICB"),
            name.to_owned(),
        ],
        OrgType::Ccg => vec![
            format!("NHS {name} CCG"),
            format!("{name} CCG"),
            name.to_owned(),
        ],
        OrgType::HealthBoard => vec![
            name.to_owned(),
            format!("{name} Health Board"),
            format!("NHS {name}"),
        ],
        _ => vec![name.to_owned()],
    };
    for c in &candidates {
        if let Some(o) = orgs.lookup(c, kind) {
            return o;
        }
    }
    // The cell is a body's full name ("NHS Lancashire and South Cumbria
    // ICB" in a table of trusts).
    if let [m] = orgs.find(name).as_slice()
        && m.span.start == 0
        && m.span.end == name.len()
    {
        return m.org.clone();
    }
    // Trusts are tabulated by their short names: "Royal Liverpool and
    // Broadgreen", "Countess of Chester", "Royal Free London".
    if kind == OrgType::Trust {
        for suffix in [
            " Hospitals",
            " Hospital",
            " NHS Foundation Trust",
            " NHS Trust",
        ] {
            if let Some(o) = orgs.lookup(&format!("{name}{suffix}"), kind) {
                return o;
            }
        }
    }
    // A short name the story itself gives the body, before or after the
    // table: "RNOH" for "The Royal National Orthopaedic Hospital NHS Trust
    // (RNOH)", "Great Ormond Street" for the name it begins.
    if let Some(o) = named_in_story(a, name, kind) {
        return o;
    }
    let display = match kind {
        OrgType::Ics => format!("{name} ICS"),
        OrgType::Stp => format!("{name} STP"),
        OrgType::Icb if !name.ends_with("ICB") => format!("NHS {name} ICB"),
        OrgType::Ccg if !name.ends_with("CCG") => format!("NHS {name} CCG"),
        _ => name.to_owned(),
    };
    OrgRef {
        id: Some(Arc::from(slug(&display))),
        name: Arc::from(display),
        kind,
        successor: None,
    }
}

/// The one body of `kind` the story names as `name`, or with a name that
/// begins with it.
fn named_in_story(a: &Analysis, name: &str, kind: OrgType) -> Option<OrgRef> {
    let want = name.to_lowercase();
    let mut found: Option<&OrgRef> = None;
    for r in &a.refs {
        let [o] = r.orgs.as_slice() else { continue };
        if o.kind != kind {
            continue;
        }
        let surface = a.lower(r.span);
        let surface = surface.strip_prefix("the ").unwrap_or(surface);
        let begins = surface
            .strip_prefix(want.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '));
        if !begins {
            continue;
        }
        match found {
            Some(f) if f != o => return None,
            _ => found = Some(o),
        }
    }
    found.cloned()
}

/// Whether `phrase` is in `h` as whole words ("cip" in "2013/14 cip", not
/// in "principal").
fn has_words(h: &str, phrase: &str) -> bool {
    h.match_indices(phrase).any(|(i, _)| {
        let before = h[..i].chars().next_back();
        let after = h[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A row label that sums the rows: "Total", "System total", "Combined".
fn is_total_row(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        ["total", "totals", "combined", "overall", "subtotal"]
            .iter()
            .any(|t| w.eq_ignore_ascii_case(t))
    })
}

/// A column headed only by when or what kind ("Plan (£m)", "YTD actual",
/// "Full-year forecast").
fn is_generic_column(h: &str) -> bool {
    let h = h
        .replace("(£m)", " ")
        .replace("(£bn)", " ")
        .replace("(£000)", " ")
        .replace(['(', ')', '£'], " ");
    let ws: Vec<&str> = h
        .split_whitespace()
        .filter(|w| financial_year(w).is_empty())
        .collect();
    !ws.is_empty()
        && ws.iter().all(|w| {
            matches!(
                *w,
                "plan"
                    | "planned"
                    | "forecast"
                    | "actual"
                    | "outturn"
                    | "ytd"
                    | "year-to-date"
                    | "full-year"
                    | "full"
                    | "year"
                    | "m"
                    | "bn"
                    | "revised"
                    | "original"
                    | "latest"
            )
        })
}

/// What the numbers under generic columns measure, as (negative, positive)
/// metrics: a caption that says so ("Negative numbers are deficits"), or a
/// story about deficits with numbers all of one sign (positive: deficits,
/// as reporters tabulate them; negative: deficits in accounts style, the
/// positive ones surpluses).
fn generic_sign(
    a: &Analysis,
    lines: &[Line],
    caption: &str,
    scale: Scale,
) -> Option<(Metric, Option<Metric>)> {
    let c = caption.to_ascii_lowercase();
    if c.contains("negative numbers are deficits")
        || c.contains("negative figures are deficits")
        || c.contains("deficits are shown as negative")
        || c.contains("deficits shown as negative")
        || c.contains("brackets are deficits")
    {
        return Some((Metric::Deficit, Some(Metric::Surplus)));
    }
    // The story before the table must be about deficits.
    let before = &a.lower[..lines[0].span.start];
    let from = before.len().saturating_sub(1200);
    let from = (from..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    if !before[from..].contains("deficit") {
        return None;
    }
    let (mut neg, mut pos) = (0usize, 0usize);
    for row in &lines[1..] {
        for &cell in row.cells.iter().skip(1) {
            match cell_amount(a, cell, scale) {
                Some(v) if v.is_sign_negative() && !v.is_zero() => neg += 1,
                Some(v) if !v.is_zero() => pos += 1,
                _ => {}
            }
        }
    }
    if pos > 0 && neg * 4 <= pos {
        Some((Metric::Surplus, Some(Metric::Deficit)))
    } else if neg > 0 && pos * 4 <= neg {
        Some((Metric::Deficit, Some(Metric::Surplus)))
    } else {
        None
    }
}

/// The month number the text before `end` names, when it names only one.
fn one_month_before(text: &str, end: usize) -> Option<String> {
    let mut found: Option<String> = None;
    for line in text[..end].lines() {
        if let Some(m) = month_number(line) {
            match &found {
                Some(f) if *f != m => return None,
                _ => found = Some(m),
            }
        }
    }
    found
}

/// Where a table's cells get their unit: a caption or header ("(£m)")
/// scaling bare numbers, or amounts written whole in each cell ("£6.8m",
/// "(£3.9m)").
#[derive(Clone, Copy)]
enum Scale {
    Caption(Decimal),
    InCells,
}

/// The signed amount in pounds of a cell.
fn cell_amount(a: &Analysis, cell: Span, scale: Scale) -> Option<Decimal> {
    let text = &a.norm[cell.start..cell.end];
    match scale {
        Scale::Caption(mult) => cell_value(text)?.checked_mul(mult),
        Scale::InCells => {
            let f = a.figs.iter().find(|f| {
                f.kind == FigureKind::Money
                    && &*f.unit == "GBP"
                    && f.span.start >= cell.start
                    && f.span.end <= cell.end
            })?;
            // Nothing else in the cell but a sign or brackets.
            let rest = a.norm[cell.start..f.span.start]
                .chars()
                .chain(a.norm[f.span.end..cell.end].chars());
            let mut neg = false;
            for c in rest {
                match c {
                    '(' | '-' | '\u{2212}' => neg = true,
                    ')' => {}
                    c if c.is_whitespace() => {}
                    _ => return None,
                }
            }
            Some(if neg { -f.value } else { f.value })
        }
    }
}

/// Whether a table with no unit caption has whole amounts in its cells.
fn amounts_in_cells(a: &Analysis, lines: &[Line]) -> bool {
    lines[1..]
        .iter()
        .flat_map(|row| row.cells.iter().skip(1))
        .filter(|&&c| cell_amount(a, c, Scale::InCells).is_some())
        .nth(1)
        .is_some()
}

fn cell_value(s: &str) -> Option<Decimal> {
    let t = s.trim().trim_start_matches('£').replace('\u{2212}', "-");
    let (neg, t) = if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        (true, inner.trim().to_owned())
    } else if let Some(rest) = t.strip_prefix('-') {
        (true, rest.trim().to_owned())
    } else {
        (false, t.clone())
    };
    let t = t.trim_start_matches('£');
    let v = parse_digits(t).or_else(|| Decimal::from_str(t).ok().filter(|_| false))?;
    Some(if neg { -v } else { v })
}

/// Facts from every pipe table in the document.
pub fn table_facts(a: &Analysis, _opts: &Options) -> Vec<Draft> {
    let mut out = Vec::new();
    // Group consecutive lines holding a '|'.
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0usize;
    let text = a.norm;
    let flush = |lines: &mut Vec<Line>, out: &mut Vec<Draft>| {
        if lines.len() >= 2 {
            one_table(a, lines, out);
        }
        lines.clear();
    };
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let span = Span::new(start, end);
        let line = &text[start..end];
        if line.contains('|') && line.trim().len() > 2 {
            let cells = split_cells(text, span);
            if lines.last().is_some_and(|l| l.cells.len() != cells.len()) {
                flush(&mut lines, &mut out);
            }
            lines.push(Line { span, cells });
        } else {
            flush(&mut lines, &mut out);
        }
        start = end + 1;
    }
    flush(&mut lines, &mut out);
    out
}

fn one_table(a: &Analysis, lines: &[Line], out: &mut Vec<Draft>) {
    let header = &lines[0];
    if header.cells.len() < 2 {
        return;
    }
    let text = a.norm;
    // The unit: in the header or in the two lines before the table.
    let before_start = text[..header.span.start]
        .trim_end()
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before_start =
        text[..before_start.saturating_sub(1)]
            .rfind('\n')
            .map_or(before_start, |i| {
                if before_start - i < 400 {
                    i + 1
                } else {
                    before_start
                }
            });
    let caption = &text[before_start..header.span.start];
    let header_text = &text[header.span.start..header.span.end];
    let scale = match unit_multiplier(header_text).or_else(|| unit_multiplier(caption)) {
        Some(mult) => Scale::Caption(mult),
        None if amounts_in_cells(a, lines) => Scale::InCells,
        None => return,
    };
    let Some(kind) = row_kind(&text[header.cells[0].start..header.cells[0].end]) else {
        return;
    };
    let generic = generic_sign(a, lines, caption, scale);
    let columns: Vec<Option<(Metric, Option<Metric>, Status)>> = header
        .cells
        .iter()
        .map(|c| {
            let h = text[c.start..c.end].to_ascii_lowercase();
            let col = a
                .patterns
                .cues
                .table_columns
                .iter()
                .find(|t| has_words(&h, &t.phrase))
                .map(|t| (t.negative, t.positive))
                .or_else(|| generic.filter(|_| is_generic_column(&h)))?;
            // A savings column is what each body must find.
            let status = if col.0 == Metric::SavingsRequired {
                Status::Target
            } else if h.contains("forecast") || h.contains("outturn") {
                Status::Forecast
            } else if h.contains("plan")
                && !h.contains("from plan")
                && !h.contains("to plan")
                && !h.contains("against plan")
            {
                Status::Planned
            } else {
                Status::Actual
            };
            Some((col.0, col.1, status))
        })
        .collect();
    // One financial year named in the document dates the table.
    let mut years: Vec<String> = financial_year(text).into_iter().map(|(_, p)| p).collect();
    years.sort();
    years.dedup();
    let period = match years.as_slice() {
        [one] => Some(one.clone()),
        _ => a.doc.meta.date.map(|d| {
            let y = d.financial_year_start();
            format!("{}-{:02}", y, (y + 1) % 100)
        }),
    };
    // "Month 6 position (£m)": the snapshot the table shows.
    // Else the one month the story before the table names ("At month 6 it
    // was forecasting £149.6m").
    let as_of = month_number(caption)
        .or_else(|| month_number(header_text))
        .or_else(|| one_month_before(text, header.span.start));
    for row in &lines[1..] {
        let name = text[row.cells[0].start..row.cells[0].end].trim();
        if name.is_empty() || name.chars().all(|c| c == '-' || c == ':' || c == ' ') {
            continue;
        }
        // A total row ("System total", "Total") sums the bodies above it;
        // it names none of its own.
        if is_total_row(name) {
            continue;
        }
        let org = body_of(a, name, kind);
        for (ci, cell) in row.cells.iter().enumerate().skip(1) {
            let Some(Some((neg, pos, status))) = columns.get(ci) else {
                continue;
            };
            let Some(v) = cell_amount(a, *cell, scale) else {
                continue;
            };
            let metric = if v.is_sign_negative() {
                *neg
            } else if v.is_zero() {
                continue;
            } else {
                match pos {
                    Some(p) => *p,
                    None => continue,
                }
            };
            let value = v.abs();
            // A column headed by its year ("2013/14 plan") is of that year.
            let period = match financial_year(&text[header.cells[ci].start..header.cells[ci].end])
                .as_slice()
            {
                [(_, y)] => Some(y.clone()),
                _ => period.clone(),
            };
            out.push(Draft {
                fig: None,
                metric,
                orgs: vec![org.clone()],
                status: Some(*status),
                period,
                period_soft: false,
                as_of: as_of.clone(),
                rule: "table".into(),
                evidence: row.span,
                explain: vec![format!(
                    "table column {:?}, row {:?}",
                    &text[header.cells[ci].start..header.cells[ci].end],
                    name
                )],
                value: Some((value.normalize(), *cell)),
                weak: false,
            });
        }
    }
}
