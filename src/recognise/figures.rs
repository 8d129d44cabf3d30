//! Money, percentages and percentage points: rules from `figures.toml`,
//! values from `normalize`, hedges and ranges from the surrounding words.
//!
//! Takes the normalised text of a document, yields `Figure`s in text order,
//! each with its byte span and exact value. Knows nothing of organisations
//! or metrics.

use std::collections::{BTreeMap, HashMap};
use std::str::FromStr;
use std::sync::Arc;

use crate::rx::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::error::PatternError;
use crate::model::{Bound, Figure, FigureKind, Span};
use crate::normalize::{parse_digits, scale};
use crate::patterns::compile_regex;
use crate::recognise::numbers;

/// `figures.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureFile {
    pub currency: CurrencyDefs,
    pub multipliers: BTreeMap<String, String>,
    #[serde(default)]
    pub hedge: Vec<HedgeDef>,
    #[serde(default)]
    pub rule: Vec<RuleDef>,
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

#[derive(Debug)]
struct Rule {
    id: Arc<str>,
    kind: FigureKind,
    regex: Regex,
}

/// The compiled figure rules.
#[derive(Debug)]
pub struct Figures {
    rules: Vec<Rule>,
    prefix: HashMap<String, Arc<str>>,
    word: HashMap<String, Arc<str>>,
    minor: HashMap<String, Arc<str>>,
    mult: HashMap<String, Decimal>,
    /// Hedge phrases, lowercased, longest first.
    before: Vec<(String, Option<Bound>)>,
    after: Vec<(String, Option<Bound>)>,
    /// "per cent", "%", currency words after a spelled number.
    spelled_unit: Regex,
    unit_percent: Arc<str>,
    unit_points: Arc<str>,
    unit_none: Arc<str>,
    rule_spelled: Arc<str>,
    rule_number: Arc<str>,
}

fn alternation<'a>(words: impl Iterator<Item = &'a String>) -> String {
    let mut ws: Vec<&String> = words.collect();
    ws.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    ws.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

const NUM: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

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
        let mut mult = HashMap::new();
        for (k, v) in &file.multipliers {
            let d = Decimal::from_str(v)
                .map_err(|e| bad(&format!("multipliers.{k}"), format!("not a decimal: {e}")))?;
            mult.insert(k.to_lowercase(), d);
        }
        let cur = format!("(?:{})", alternation(file.currency.prefix.keys()));
        let curw = format!("(?:{})", alternation(file.currency.word.keys()));
        let minor = format!("(?:{})", alternation(file.currency.minor.keys()));
        let mults = format!("(?:{})", alternation(file.multipliers.keys()));
        let expand = |p: &str| {
            p.replace("{CUR}", &cur)
                .replace("{CURW}", &curw)
                .replace("{MINOR}", &minor)
                .replace("{MULT}", &mults)
                .replace("{NUM}", &format!("(?:{NUM})"))
        };
        let mut rules = Vec::new();
        for def in &file.rule {
            let regex = compile_regex(&expand(&def.pattern), origin, &def.id)?;
            for ex in &def.examples {
                let whole = regex.find_iter(ex).any(|m| m.as_str().trim() == ex.trim());
                if !whole {
                    return Err(bad(&def.id, format!("example {ex:?} does not match")));
                }
            }
            for ex in &def.non_examples {
                if let Some(m) = regex.find(ex) {
                    return Err(bad(
                        &def.id,
                        format!("non-example {ex:?} matches {:?}", m.as_str()),
                    ));
                }
            }
            rules.push(Rule {
                id: Arc::from(def.id.as_str()),
                kind: match def.kind {
                    RuleKind::Money => FigureKind::Money,
                    RuleKind::Percent => FigureKind::Percent,
                    RuleKind::Points => FigureKind::Points,
                },
                regex,
            });
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
                let entry = (p.to_lowercase(), bound);
                match h.position {
                    Position::Before => before.push(entry),
                    Position::After => after.push(entry),
                }
            }
        }
        before.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        after.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        let spelled_unit = compile_regex(
            &format!(r"^(?:\s?(?P<pct>%|per[\s-]?cent\b|percent\b)|\s(?P<curw>{curw})\b)"),
            origin,
            "spelled-unit",
        )?;
        Ok(Figures {
            rules,
            prefix: interned(&file.currency.prefix),
            word: interned(&file.currency.word),
            minor: interned(&file.currency.minor),
            mult,
            before,
            after,
            spelled_unit,
            unit_percent: Arc::from("percent"),
            unit_points: Arc::from("points"),
            unit_none: Arc::from(""),
            rule_spelled: Arc::from("number.spelled"),
            rule_number: Arc::from("number.digits"),
        })
    }

    /// Finds every money amount, percentage and point difference in `text`
    /// (the normalised view), in text order; with `with_numbers`, plain
    /// numbers too.
    pub fn find(&self, text: &str, with_numbers: bool) -> Vec<Figure> {
        // Candidate groups: one regex match yields one figure, or two for a
        // range written once ("£5-7m").
        let mut groups: Vec<(Span, usize, Vec<Figure>)> = Vec::new();
        for (order, rule) in self.rules.iter().enumerate() {
            for caps in rule.regex.captures_iter(text) {
                if let Some(figs) = self.figures_of(rule, &caps, text) {
                    let whole = Span::new(figs[0].span.start, figs[figs.len() - 1].span.end);
                    groups.push((whole, order, figs));
                }
            }
        }
        // Spelled numbers with a unit after them.
        for sp in numbers::spelled(text) {
            let rest = &text[sp.span.end..];
            let Some(c) = self.spelled_unit.captures(rest) else {
                continue;
            };
            let (kind, unit) = if c.name("pct").is_some() {
                (FigureKind::Percent, self.unit_percent.clone())
            } else if let Some(w) = c.name("curw") {
                match self.word.get(&w.as_str().to_lowercase()) {
                    Some(u) => (FigureKind::Money, u.clone()),
                    None => continue,
                }
            } else {
                continue;
            };
            let end = sp.span.end + c.get(0).map_or(0, |m| m.end());
            let fig = Figure {
                span: Span::new(sp.span.start, end),
                kind,
                value: sp.value,
                unit,
                approx: false,
                bound: None,
                hedge: None,
                rule: self.rule_spelled.clone(),
            };
            groups.push((fig.span, self.rules.len(), vec![fig]));
        }
        // Longest first, then the earlier rule; keep what does not overlap.
        groups.sort_by(|a, b| {
            a.0.start
                .cmp(&b.0.start)
                .then(b.0.len().cmp(&a.0.len()))
                .then(a.1.cmp(&b.1))
        });
        let mut kept: Vec<Figure> = Vec::new();
        let mut last_end = 0usize;
        let mut by_len: Vec<(Span, Vec<Figure>)> = Vec::new();
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
        for (whole, figs) in by_len {
            if whole.start < last_end {
                continue;
            }
            last_end = whole.end;
            kept.extend(figs);
        }
        self.join_ranges(text, &mut kept);
        for f in &mut kept {
            self.hedge(text, f);
        }
        if with_numbers {
            let taken: Vec<Span> = kept.iter().map(|f| f.span).collect();
            let mut nums: Vec<Figure> = Vec::new();
            for sp in numbers::spelled(text) {
                if taken.iter().any(|t| t.overlaps(sp.span)) {
                    continue;
                }
                nums.push(self.number(sp, self.rule_spelled.clone()));
            }
            for sp in numbers::digit_numbers(text, &taken) {
                if nums.iter().any(|n| n.span.overlaps(sp.span)) {
                    continue;
                }
                nums.push(self.number(sp, self.rule_number.clone()));
            }
            for n in &mut nums {
                self.hedge(text, n);
            }
            kept.extend(nums);
            kept.sort_by_key(|f| f.span);
        }
        kept
    }

    fn number(&self, sp: numbers::Spelled, rule: Arc<str>) -> Figure {
        Figure {
            span: sp.span,
            kind: FigureKind::Number,
            value: sp.value,
            unit: self.unit_none.clone(),
            approx: false,
            bound: None,
            hedge: None,
            rule,
        }
    }

    /// Builds the figure(s) of one regex match.
    fn figures_of(&self, rule: &Rule, caps: &regex::Captures, text: &str) -> Option<Vec<Figure>> {
        let num = caps.name("num")?;
        let mut value = parse_digits(num.as_str())?;
        let mult = match caps.name("mult") {
            Some(m) => Some(*self.mult.get(&m.as_str().to_lowercase())?),
            None => None,
        };
        if let Some(m) = mult {
            value = scale(value, m)?;
        }
        let unit = match rule.kind {
            FigureKind::Percent => self.unit_percent.clone(),
            FigureKind::Points => self.unit_points.clone(),
            FigureKind::Number => self.unit_none.clone(),
            FigureKind::Money => {
                if let Some(c) = caps.name("cur") {
                    self.prefix.get(&c.as_str().to_lowercase())?.clone()
                } else if let Some(w) = caps.name("curw") {
                    self.word.get(&w.as_str().to_lowercase())?.clone()
                } else if let Some(mi) = caps.name("minor") {
                    // "4.30p.m." is a time.
                    if text[mi.end()..].starts_with(".m") {
                        return None;
                    }
                    value = value.checked_div(Decimal::from(100))?;
                    self.minor.get(&mi.as_str().to_lowercase())?.clone()
                } else {
                    return None;
                }
            }
        };
        // "£60 million pounds": the currency word repeats the sign.
        if let (Some(c), Some(w)) = (caps.name("cur"), caps.name("curw")) {
            let a = self.prefix.get(&c.as_str().to_lowercase());
            let b = self.word.get(&w.as_str().to_lowercase());
            if a != b {
                return None;
            }
        }
        let whole = caps.get(0)?;
        let mut start = num.start();
        if let Some(c) = caps.name("cur") {
            start = start.min(c.start());
        }
        let neg = caps.name("neg").map(|n| {
            let t = n.as_str();
            let lead = t.len() - t.trim_start_matches([' ', '(', ':', '\n', '\t']).len();
            n.start() + lead
        });
        if let Some(n) = neg {
            start = start.min(n);
            value = -value;
        }
        let mut end = whole.end();
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
        let Some(num2) = caps.name("num2") else {
            return Some(vec![base]);
        };
        // A range written once: "£5-7m" is £5m to £7m.
        let mut v2 = parse_digits(num2.as_str())?;
        if let Some(m) = mult {
            v2 = scale(v2, m)?;
        }
        let mut low = base.clone();
        low.span = Span::new(start, num.end());
        low.approx = true;
        low.bound = Some(Bound::Lower);
        let mut high = base;
        let hs = text[..num2.start()]
            .rfind(|c: char| !(c.is_ascii_digit() || c == ' '))
            .filter(|&i| {
                text[i..num2.start()]
                    .trim_start()
                    .starts_with(['£', '$', '€'])
            })
            .unwrap_or(num2.start());
        high.span = Span::new(hs.max(num.end()), end);
        high.value = v2.normalize();
        high.approx = true;
        high.bound = Some(Bound::Upper);
        Some(vec![low, high])
    }

    /// Marks "£5m to £7m", "£1.5m-£2m" and "between £5m and £7m" as ranges
    /// (but not "from £5m to £7m", which is a change), and undoes the
    /// negative sign that a spaced range dash looks like.
    fn join_ranges(&self, text: &str, figs: &mut [Figure]) {
        for i in 1..figs.len() {
            let (a, b) = (&figs[i - 1], &figs[i]);
            if a.kind != b.kind || a.unit != b.unit {
                continue;
            }
            let gap = &text[a.span.end..b.span.start];
            let gap_t = gap.trim();
            let dash = b.value.is_sign_negative()
                && gap_t.is_empty()
                && text[b.span.start..].starts_with(['-', '\u{2212}']);
            let sep = matches!(gap_t, "-" | "\u{2013}" | "\u{2014}" | "to") || dash;
            let before = text[..a.span.start].trim_end().to_ascii_lowercase();
            let between = before.ends_with("between") && gap_t == "and";
            if !(sep || between) || before.ends_with("from") {
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
        let before = &text[..f.span.start];
        let trimmed = before.trim_end();
        if trimmed.len() < before.len()
            || trimmed.is_empty()
            || trimmed.ends_with(|c: char| !c.is_alphanumeric())
        {
            let tail_start = trimmed.len().saturating_sub(32);
            let tail_start = (tail_start..=trimmed.len())
                .find(|&i| trimmed.is_char_boundary(i))
                .unwrap_or(trimmed.len());
            let tail = trimmed[tail_start..].to_ascii_lowercase();
            for (p, bound) in &self.before {
                if tail.ends_with(p.as_str()) {
                    let at = tail.len() - p.len();
                    let ok = at == 0 || !tail.as_bytes()[at - 1].is_ascii_alphanumeric();
                    if ok
                        && p.as_bytes()
                            .last()
                            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.')
                    {
                        let s = tail_start + at;
                        f.hedge = Some(Span::new(s, trimmed.len()));
                        f.approx = true;
                        if f.bound.is_none() {
                            f.bound = *bound;
                        }
                        break;
                    }
                }
            }
        }
        let after = &text[f.span.end..];
        let head_end = (after.len().min(24)..=after.len())
            .find(|&i| after.is_char_boundary(i))
            .unwrap_or(after.len());
        let head = after[..head_end].to_ascii_lowercase();
        for (p, bound) in &self.after {
            let lead = if p.starts_with('-') { "" } else { " " };
            let probe = format!("{lead}{}", p.trim_start());
            if head.starts_with(&probe) {
                let e = probe.len();
                let ok = head.len() == e || !head.as_bytes()[e].is_ascii_alphanumeric();
                if ok {
                    let s = f.span.end + lead.len();
                    f.hedge = Some(Span::new(s, f.span.end + e));
                    f.approx = true;
                    if f.bound.is_none() {
                        f.bound = *bound;
                    }
                    break;
                }
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
    }

    #[test]
    fn percent_forms() {
        assert_eq!(one("a surplus of 1 per cent").1, "1");
        assert_eq!(one("one per cent surplus").1, "1");
        assert_eq!(one("an eight percent deficit").1, "8");
        assert_eq!(one("91.5pc of patients").1, "91.5");
        assert_eq!(one("up 0.5 percentage points").2, "points");
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
        ] {
            assert!(find(t).is_empty(), "{t}: {:?}", find(t));
        }
    }
}
