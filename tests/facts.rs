//! The facts stage, one data-driven case per rule (`tests/data/facts.toml`):
//! each text gives exactly the facts listed, with the attributes given.

use serde::Deserialize;

use finfacts::model::{DocMeta, Document};
use finfacts::{Options, extract};

use crate::util::{PATTERNS, root, selected};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    rule: String,
    text: String,
    #[serde(default)]
    date: Option<String>,
    expected: Vec<Want>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Want {
    org: String,
    metric: String,
    value: String,
    unit: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    period: Option<String>,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    approx: Option<bool>,
}

#[test]
fn facts_cases() {
    let text = std::fs::read_to_string(root().join("tests/data/facts.toml")).unwrap();
    let file: File = toml::from_str(&text).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for c in &file.case {
        if !selected(&c.name) {
            continue;
        }
        n += 1;
        let doc = Document {
            id: format!("{}.txt", c.name),
            text: c.text.clone(),
            meta: DocMeta {
                date: c.date.as_deref().and_then(finfacts::model::Date::parse_iso),
                ..DocMeta::default()
            },
        };
        let facts = extract(&doc, &PATTERNS, &Options::default());
        let mut got: Vec<(String, String, String, String)> = facts
            .iter()
            .map(|f| {
                (
                    f.org.clone(),
                    f.metric.as_str().to_owned(),
                    f.value.to_string(),
                    f.unit.clone(),
                )
            })
            .collect();
        let mut want: Vec<(String, String, String, String)> = c
            .expected
            .iter()
            .map(|w| {
                (
                    w.org.clone(),
                    w.metric.clone(),
                    w.value.clone(),
                    w.unit.clone(),
                )
            })
            .collect();
        got.sort();
        want.sort();
        if got != want {
            failures.push(format!(
                "{} ({}):\n   want {want:?}\n    got {got:?}",
                c.name, c.rule
            ));
            continue;
        }
        for w in &c.expected {
            let Some(f) = facts.iter().find(|f| {
                f.org == w.org && f.metric.as_str() == w.metric && f.value.to_string() == w.value
            }) else {
                continue;
            };
            let mut bad = Vec::new();
            // "none" in a case is a field the fact must leave empty.
            let want = |s: &String| (s != "none").then(|| s.clone());
            if let Some(s) = &w.status
                && f.status.map(|x| x.as_str().to_owned()) != want(s)
            {
                bad.push(format!("status {:?} want {s}", f.status));
            }
            if let Some(p) = &w.period
                && f.period != want(p)
            {
                bad.push(format!("period {:?} want {p}", f.period));
            }
            if let Some(m) = &w.as_of
                && f.as_of.as_deref() != Some(m.as_str())
            {
                bad.push(format!("as_of {:?} want {m}", f.as_of));
            }
            if let Some(a) = w.approx
                && f.approx != a
            {
                bad.push(format!("approx {} want {a}", f.approx));
            }
            if !bad.is_empty() {
                failures.push(format!(
                    "{} ({}): {} {}: {}",
                    c.name,
                    c.rule,
                    w.metric,
                    w.value,
                    bad.join(", ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {n} fact cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
