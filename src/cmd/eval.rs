//! `finfacts eval GOLD PRED`: precision, recall and F1 of predicted facts
//! against annotated ones, with the matching rules of the shared scorer
//! (document base name, metric, unit, value as a decimal, same body), plus
//! how often period, status, as_of and approx agree on matched facts.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::Path;
use std::str::FromStr;

use anyhow::Context;
use rust_decimal::Decimal;
use serde_json::Value;

use crate::cli::EvalArgs;
use crate::cmd::Outcome;

const TYPE_WORDS: &[(&str, &str)] = &[
    ("clinical commissioning group", "ccg"),
    ("clinical commissioning groups", "ccg"),
    ("integrated care system", "ics"),
    ("integrated care board", "icb"),
    ("integrated care systems", "ics"),
    ("integrated care boards", "icb"),
    ("sustainability and transformation partnerships", "stp"),
    ("sustainability and transformation plans", "stp"),
    ("integrated care partnership", "ics"),
    ("sustainability and transformation partnership", "stp"),
    ("sustainability and transformation plan", "stp"),
    ("foundation trust", "trust"),
    ("nhs trust", "trust"),
    ("hospitals", "trust"),
    ("hospital", "trust"),
    ("trust", "trust"),
    ("nhs england", "nhs_england"),
    ("health boards", "health_board"),
    ("health board", "health_board"),
];

const ACRONYMS: &[(&str, &str)] = &[
    ("ccg", "ccg"),
    ("ccgs", "ccg"),
    ("ics", "ics"),
    ("icss", "ics"),
    ("icb", "icb"),
    ("icbs", "icb"),
    ("stp", "stp"),
    ("stps", "stp"),
    ("ft", "trust"),
    ("trusts", "trust"),
    ("providers", "trust"),
    ("provider", "trust"),
];

const NATIONS: &[(&str, &str)] = &[
    ("welsh", "wales"),
    ("scottish", "scotland"),
    ("english", "england"),
];

const STOP: &[&str] = &[
    "nhs",
    "the",
    "of",
    "and",
    "&",
    "for",
    "health",
    "care",
    "university",
    "universities",
    "foundation",
    "group",
    "groups",
    "system",
    "board",
    "partnership",
    "county",
    "in",
    "england",
    "combined",
    "teaching",
    "general",
    "city",
    "district",
    "area",
    "deficit",
    "all",
    "some",
    "areas",
    "each",
    "national",
    "types",
    "type",
    "major",
    "departments",
    "services",
    "units",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
];

/// (type, distinctive words) of an organisation name, as the shared scorer
/// computes them.
pub fn org_key(name: &str) -> (Option<&'static str>, Vec<String>) {
    let lowered = name.to_lowercase();
    let cleaned: String = lowered
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '&' || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut s = format!(
        " {} ",
        cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    let mut typ: Option<&'static str> = None;
    if s.contains(" nhs england ") {
        typ = Some("nhs_england");
    }
    for (phrase, t) in TYPE_WORDS {
        let p = format!(" {phrase} ");
        if s.contains(&p) {
            typ = typ.or(Some(t));
            s = s.replace(&p, " ");
        }
    }
    let mut toks = Vec::new();
    for w in s.split_whitespace() {
        let w = NATIONS.iter().find(|(k, _)| *k == w).map_or(w, |(_, v)| v);
        if let Some((_, t)) = ACRONYMS.iter().find(|(k, _)| *k == w) {
            typ = typ.or(Some(t));
        } else if !STOP.contains(&w) {
            toks.push(w.to_owned());
        }
    }
    toks.sort();
    toks.dedup();
    (typ, toks)
}

/// Whether two names refer to the same body, by the shared scorer's rule.
pub fn same_org(gold: &str, pred: &str) -> bool {
    let (gt, gw) = org_key(gold);
    let (pt, pw) = org_key(pred);
    if let (Some(g), Some(p)) = (gt, pt)
        && g != p
        && !(matches!(g, "ics" | "icb") && matches!(p, "ics" | "icb"))
    {
        return false;
    }
    if gw.is_empty() && pw.is_empty() {
        return gt == pt;
    }
    if gw.is_empty() || pw.is_empty() {
        return false;
    }
    gw.iter().all(|w| pw.contains(w)) || pw.iter().all(|w| gw.contains(w))
}

fn base(doc: &str) -> &str {
    doc.rsplit(['/', '\\']).next().unwrap_or(doc)
}

fn load(path: &Path) -> anyhow::Result<Vec<Value>> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: cannot read", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not JSON", path.display(), n + 1))?;
        rows.push(v);
    }
    Ok(rows)
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

fn dec(v: &Value) -> Option<Decimal> {
    match v.get("value")? {
        Value::String(s) => Decimal::from_str(s).ok().map(|d| d.normalize()),
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .ok()
            .map(|d| d.normalize()),
        _ => None,
    }
}

/// Scores of a prediction against gold.
#[derive(Debug, Default, serde::Serialize)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub optional_hits: usize,
    /// metric → (tp, fp, fn)
    pub per_metric: BTreeMap<String, (usize, usize, usize)>,
    /// attribute → (agreeing, matched)
    pub attributes: BTreeMap<String, (usize, usize)>,
    #[serde(skip)]
    pub misses: Vec<String>,
}

fn prf(t: usize, f: usize, n: usize) -> (f64, f64, f64) {
    let p = if t + f > 0 {
        t as f64 / (t + f) as f64
    } else {
        0.0
    };
    let r = if t + n > 0 {
        t as f64 / (t + n) as f64
    } else {
        0.0
    };
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

/// Matches predictions to gold the way `score.py` does.
pub fn score(gold: &[Value], pred: &[Value]) -> Scores {
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, g) in gold.iter().enumerate() {
        by_doc.entry(base(s(g, "doc"))).or_default().push(i);
    }
    let mut used = vec![false; gold.len()];
    let mut sc = Scores::default();
    for p in pred {
        let (pv, m, u) = (dec(p), s(p, "metric"), s(p, "unit"));
        let mut hit = None;
        for &i in by_doc
            .get(base(s(p, "doc")))
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let g = &gold[i];
            if used[i] || s(g, "metric") != m || s(g, "unit") != u || dec(g) != pv {
                continue;
            }
            if same_org(s(g, "org"), s(p, "org")) {
                hit = Some(i);
                if !g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                    break;
                }
            }
        }
        let entry = sc.per_metric.entry(m.to_owned()).or_default();
        match hit {
            None => {
                entry.1 += 1;
                sc.fp += 1;
                sc.misses.push(format!(
                    "FP | {} | {} | {} | {} | {}",
                    base(s(p, "doc")),
                    s(p, "org"),
                    m,
                    p.get("value").map(|v| v.to_string()).unwrap_or_default(),
                    u
                ));
            }
            Some(i) => {
                used[i] = true;
                let g = &gold[i];
                if g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                    sc.optional_hits += 1;
                } else {
                    entry.0 += 1;
                    sc.tp += 1;
                    for attr in ["period", "status", "as_of", "approx"] {
                        let e = sc.attributes.entry(attr.to_owned()).or_default();
                        e.1 += 1;
                        let gv = g.get(attr).cloned().unwrap_or(Value::Null);
                        let pv = p.get(attr).cloned().unwrap_or(Value::Null);
                        let same = match (&gv, &pv) {
                            (Value::Null, Value::Bool(false))
                            | (Value::Bool(false), Value::Null) => true,
                            _ => gv == pv,
                        };
                        if same {
                            e.0 += 1;
                        }
                    }
                }
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !used[i] && !g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
            sc.fn_ += 1;
            sc.per_metric
                .entry(s(g, "metric").to_owned())
                .or_default()
                .2 += 1;
            sc.misses.push(format!(
                "FN | {} | {} | {} | {} | {}",
                base(s(g, "doc")),
                s(g, "org"),
                s(g, "metric"),
                s(g, "value"),
                s(g, "unit")
            ));
        }
    }
    let (p, r, f) = prf(sc.tp, sc.fp, sc.fn_);
    sc.precision = p;
    sc.recall = r;
    sc.f1 = f;
    sc
}

pub fn run(args: EvalArgs) -> anyhow::Result<Outcome> {
    let gold = load(&args.gold)?;
    let pred = load(&args.pred)?;
    let sc = score(&gold, &pred);
    let mut out = String::new();
    if args.json {
        out.push_str(&serde_json::to_string(&sc)?);
        out.push('\n');
    } else {
        out.push_str(&format!(
            "{:20} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}\n",
            "metric", "tp", "fp", "fn", "P", "R", "F1"
        ));
        for (m, (t, f, n)) in &sc.per_metric {
            let (p, r, f1) = prf(*t, *f, *n);
            out.push_str(&format!(
                "{m:20} {t:4} {f:4} {n:4} {p:6.3} {r:6.3} {f1:6.3}\n"
            ));
        }
        out.push_str(&format!(
            "{:20} {:4} {:4} {:4} {:6.3} {:6.3} {:6.3}   (optional facts matched: {})\n",
            "ALL", sc.tp, sc.fp, sc.fn_, sc.precision, sc.recall, sc.f1, sc.optional_hits
        ));
        for (attr, (ok, n)) in &sc.attributes {
            let pct = if *n > 0 {
                100.0 * *ok as f64 / *n as f64
            } else {
                0.0
            };
            out.push_str(&format!("attribute {attr:8} {ok}/{n} agree ({pct:.1}%)\n"));
        }
        if args.verbose {
            for m in &sc.misses {
                out.push_str(m);
                out.push('\n');
            }
        }
        out.push_str(&format!("f1={:.4}\n", sc.f1));
    }
    crate::output::print_stdout(&out)?;
    Ok(Outcome::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_matching_follows_the_shared_scorer() {
        assert!(same_org(
            "NHS Southend CCG",
            "Southend Clinical Commissioning Group"
        ));
        assert!(same_org(
            "Southend Hospital",
            "Southend University Hospital NHS Foundation Trust"
        ));
        assert!(same_org("CCGs in England", "CCGs"));
        assert!(!same_org("CCGs in England", "NHS Southend CCG"));
        assert!(same_org("Mid and South Essex ICS", "Mid and South ICS"));
        assert!(!same_org("Kent and Medway STP", "Kent and Medway ICS"));
        assert!(same_org("Welsh health boards", "health boards in Wales"));
    }
}
