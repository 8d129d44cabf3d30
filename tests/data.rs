//! Data-driven recogniser cases from `tests/data/*.toml`: figures (money,
//! percentages, points, numbers, hedges, non-figures) and organisations.
//! Every failing case is listed by name; `FINFACTS_CASE=money-0010` runs one.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::util::{PATTERNS, root, selected};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureFile {
    kinds: Vec<String>,
    case: Vec<FigureCase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureCase {
    name: String,
    text: String,
    #[serde(default)]
    kinds: Option<Vec<String>>,
    expected: Vec<Expected>,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone)]
#[serde(deny_unknown_fields)]
struct Expected {
    text: String,
    value: String,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    approx: bool,
    #[serde(default)]
    bound: Option<String>,
}

fn kind_of_unit(unit: &Option<String>) -> &'static str {
    match unit.as_deref() {
        Some("percent") => "percent",
        Some("points") => "points",
        Some(_) => "money",
        None => "number",
    }
}

fn run_figure_file(file: &str) -> (usize, Vec<String>) {
    let path = root().join("tests/data").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let f: FigureFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut failures = Vec::new();
    let mut n = 0;
    for c in &f.case {
        if !selected(&c.name) {
            continue;
        }
        n += 1;
        let kinds: BTreeSet<&str> = c
            .kinds
            .as_ref()
            .unwrap_or(&f.kinds)
            .iter()
            .map(String::as_str)
            .collect();
        let norm = finfacts::text::normalise(&c.text);
        let got: Vec<Expected> = PATTERNS
            .figures
            .find(&norm, true)
            .into_iter()
            .filter(|m| kinds.contains(m.kind.as_str()))
            .map(|m| Expected {
                text: c.text[m.span.start..m.span.end].to_owned(),
                value: m.value.normalize().to_string(),
                unit: (!m.unit.is_empty()).then(|| m.unit.to_string()),
                approx: m.approx,
                bound: m.bound.map(|b| b.as_str().to_owned()),
            })
            .collect();
        let want: Vec<Expected> = c
            .expected
            .iter()
            .filter(|e| kinds.contains(kind_of_unit(&e.unit)))
            .cloned()
            .collect();
        if got != want {
            failures.push(format!(
                "{}: {:?}\n   want {:?}\n    got {:?}",
                c.name, c.text, want, got
            ));
        }
    }
    (n, failures)
}

fn check_figures(file: &str) {
    let (n, failures) = run_figure_file(file);
    assert!(
        failures.is_empty(),
        "{} of {n} cases in {file} fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn money_cases() {
    check_figures("money.toml");
}

#[test]
fn percent_cases() {
    check_figures("percent.toml");
}

#[test]
fn number_cases() {
    check_figures("numbers.toml");
}

#[test]
fn non_figure_cases() {
    check_figures("non_figures.toml");
}

#[test]
fn hedge_cases() {
    check_figures("hedges.toml");
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgFile {
    case: Vec<OrgCase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgCase {
    name: String,
    text: String,
    expected: Vec<OrgExpected>,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone)]
#[serde(deny_unknown_fields)]
struct OrgExpected {
    mention: String,
    code: String,
    name: String,
}

#[test]
fn organisation_cases() {
    let text = std::fs::read_to_string(root().join("tests/data/orgs.toml")).unwrap();
    let f: OrgFile = toml::from_str(&text).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for c in &f.case {
        if !selected(&c.name) {
            continue;
        }
        n += 1;
        let norm = finfacts::text::normalise(&c.text);
        let got: Vec<OrgExpected> = PATTERNS
            .orgs
            .find(&norm)
            .into_iter()
            .filter(|m| m.org.kind != finfacts::model::OrgType::Aggregate)
            .map(|m| OrgExpected {
                mention: c.text[m.span.start..m.span.end].to_owned(),
                code: m
                    .org
                    .id
                    .as_deref()
                    .map(str::to_owned)
                    .filter(|id| !id.starts_with("x-") || PATTERNS.orgs.body(id).is_some())
                    .unwrap_or_default(),
                name: m.org.name.to_string(),
            })
            .collect();
        if got != c.expected {
            failures.push(format!(
                "{}: {:?}\n   want {:?}\n    got {:?}",
                c.name, c.text, c.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {n} organisation cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The case files' own checker (names, units, values read back from the
/// mention texts, minimum counts), where Python 3.11+ is available.
#[test]
fn case_files_pass_their_checker() {
    let has_tomllib = std::process::Command::new("python3")
        .args(["-c", "import tomllib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_tomllib {
        eprintln!("skipped: python3 with tomllib (3.11+) is not available");
        return;
    }
    let out = std::process::Command::new("python3")
        .arg(root().join("tests/data/check_cases.py"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
