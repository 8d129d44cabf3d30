//! A body's figures over time as an SVG chart, drawn by `plotters`: one
//! series per metric, x = the moments (financial year, and months within
//! it), y = £m (or %). Filled points are outturns, hollow ones forecasts,
//! plans and targets; the line joins the latest figure at each moment.
//!
//! Values become floats here only to be placed on the page; every number
//! the report prints comes from the exact decimal.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::model::Metric;

/// One metric's points and line.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub metric: Metric,
    pub label: &'static str,
    /// (slot, value, outturn?)
    pub points: Vec<(usize, f64, bool)>,
    /// The latest value at each slot it has points at, in slot order.
    pub line: Vec<(usize, f64)>,
}

/// What to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    /// The y axis' caption ("£m", "%").
    pub unit: &'static str,
    /// The x axis' labels, one per slot.
    pub slots: Vec<String>,
    pub series: Vec<Series>,
}

pub const WIDTH: u32 = 880;
pub const HEIGHT: u32 = 340;
const LEGEND: u32 = 190;

/// The colour of a metric: deficits red, savings blue, surpluses green.
pub fn colour(m: Metric) -> RGBColor {
    match m {
        Metric::Deficit => RGBColor(0xc0, 0x1c, 0x28),
        Metric::Overspend => RGBColor(0xe6, 0x61, 0x00),
        Metric::SavingsRequired => RGBColor(0x1c, 0x71, 0xd8),
        Metric::SavingsGap => RGBColor(0x61, 0x35, 0x83),
        Metric::FundingGap => RGBColor(0x86, 0x5e, 0x3c),
        Metric::Surplus => RGBColor(0x26, 0xa2, 0x69),
        Metric::RequiredSurplus => RGBColor(0x2e, 0xc2, 0x7e),
        Metric::Underspend => RGBColor(0x0e, 0x7c, 0x86),
        Metric::Bailout => RGBColor(0xa5, 0x1d, 0x82),
        Metric::Debt => RGBColor(0x3d, 0x38, 0x46),
        Metric::Budget => RGBColor(0x1a, 0x5f, 0xb4),
        Metric::PerformanceTarget => RGBColor(0x77, 0x76, 0x7b),
        Metric::PerformanceActual => RGBColor(0x1c, 0x71, 0xd8),
        Metric::Other => RGBColor(0x5e, 0x5c, 0x64),
    }
}

/// The chart as an SVG document.
pub fn svg(spec: &Spec) -> Result<String, String> {
    let mut out = String::new();
    draw(spec, &mut out).map_err(|e| format!("cannot draw a chart: {e}"))?;
    Ok(out)
}

fn draw(spec: &Spec, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    let n = spec.slots.len().max(1);
    let values = spec
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1));
    let (lo, hi) = values.fold((0f64, 0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((hi - lo) * 0.08).max(if hi == lo { 1.0 } else { 0.0 });
    let y = (if lo < 0.0 { lo - pad } else { 0.0 })..(hi + pad);

    let root = SVGBackend::with_string(out, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (plot, legend) = root.split_horizontally(WIDTH - LEGEND);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .x_label_area_size(34)
        .y_label_area_size(64)
        // Plotters' integer ranges include their end: n slots are 0..=n-1.
        .build_cartesian_2d((0..n as i32 - 1).into_segmented(), y)?;
    let slots = &spec.slots;
    let x_label = |v: &SegmentValue<i32>| match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => usize::try_from(*i)
            .ok()
            .and_then(|i| slots.get(i))
            .cloned()
            .unwrap_or_default(),
        SegmentValue::Last => String::new(),
    };
    // One number format for the whole axis, by its span.
    let span = (hi + pad) - lo.min(0.0);
    let decimals = if span >= 20.0 {
        0
    } else if span >= 2.0 {
        1
    } else {
        2
    };
    let y_label = |v: &f64| format!("{v:.decimals$}");
    // As many x labels as fit (about 7 pixels a character).
    let widest = spec
        .slots
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(1);
    let plot_width = (WIDTH - LEGEND - 100) as usize;
    let x_labels = n.min((plot_width / (widest * 7 + 14)).max(1));
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(x_labels)
        .x_label_formatter(&x_label)
        .y_labels(6)
        .y_label_formatter(&y_label)
        .y_desc(spec.unit)
        .max_light_lines(1)
        .light_line_style(RGBColor(0xf2, 0xf2, 0xf2))
        .bold_line_style(RGBColor(0xdd, 0xdd, 0xdd))
        .label_style(("sans-serif", 13))
        .draw()?;
    let at = |i: usize| SegmentValue::CenterOf(i as i32);
    for s in &spec.series {
        let c = colour(s.metric);
        chart.draw_series(LineSeries::new(
            s.line.iter().map(|&(i, v)| (at(i), v)),
            c.stroke_width(2),
        ))?;
        chart.draw_series(s.points.iter().map(|&(i, v, filled)| {
            let style = if filled { c.filled() } else { WHITE.filled() };
            EmptyElement::at((at(i), v))
                + Circle::new((0, 0), 5, style)
                + Circle::new((0, 0), 5, c.stroke_width(2))
        }))?;
    }

    // The legend, beside the plot: one line per metric, then the markers.
    let text = ("sans-serif", 14).into_font().color(&BLACK);
    let left = text.clone().pos(Pos::new(HPos::Left, VPos::Center));
    let mut y = 28;
    for s in &spec.series {
        let c = colour(s.metric);
        legend.draw(&PathElement::new(vec![(6, y), (30, y)], c.stroke_width(3)))?;
        legend.draw(&Circle::new((18, y), 5, c.filled()))?;
        legend.draw(&Text::new(s.label, (38, y), left.clone()))?;
        y += 24;
    }
    y += 8;
    let grey = RGBColor(0x55, 0x55, 0x55);
    legend.draw(&Circle::new((18, y), 5, grey.filled()))?;
    legend.draw(&Text::new("outturn", (38, y), left.clone()))?;
    y += 22;
    legend.draw(&Circle::new((18, y), 5, WHITE.filled()))?;
    legend.draw(&Circle::new((18, y), 5, grey.stroke_width(2)))?;
    legend.draw(&Text::new("forecast, plan", (38, y), left))?;
    root.present()?;
    Ok(())
}
