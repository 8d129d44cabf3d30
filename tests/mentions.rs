//! `finfacts mentions`: the figure, number and hedge mentions of a small
//! text, exactly (the body, cue, status and period mentions it also prints
//! belong to other tests).

use std::fs;

use serde_json::{Value, json};

use crate::util::finfacts;

const TEXT: &str = "Southend CCG faces a deficit of nearly £4.8m, about 2 per cent of its budget. \
Costs of £1.5m-£2m fell by 0.5 percentage points; 44 staff waited 62 days, \
in 2015-16, and two million pounds or more went on agency nurses.\n";

#[test]
fn mentions_prints_figures_and_hedges_with_their_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    fs::write(&path, TEXT).unwrap();
    let run = finfacts(&["mentions", path.to_str().unwrap(), "-q"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).unwrap();
    let got: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|m| {
            matches!(
                m["kind"].as_str(),
                Some("money" | "percent" | "points" | "number" | "hedge")
            )
        })
        .map(|mut m| {
            m.as_object_mut().unwrap().remove("rule");
            m
        })
        .collect();
    let at = |s: &str| TEXT.find(s).unwrap();
    let m = |kind: &str,
             text: &str,
             value: &str,
             unit: Option<&str>,
             approx: bool,
             bound: Option<&str>| {
        let start = at(text);
        let mut v = json!({
            "doc": "a.txt", "kind": kind, "start": start, "end": start + text.len(),
            "text": text, "value": value, "approx": approx, "bound": bound,
        });
        if let Some(u) = unit {
            v["unit"] = json!(u);
        }
        v
    };
    let hedge = |text: &str, bound: Option<&str>| {
        let start = at(text);
        json!({"doc": "a.txt", "kind": "hedge", "start": start, "end": start + text.len(), "text": text, "bound": bound})
    };
    let want = vec![
        hedge("nearly", Some("upper")),
        m(
            "money",
            "£4.8m",
            "4800000",
            Some("GBP"),
            true,
            Some("upper"),
        ),
        hedge("about", None),
        m("percent", "2 per cent", "2", Some("percent"), true, None),
        m(
            "money",
            "£1.5m",
            "1500000",
            Some("GBP"),
            true,
            Some("lower"),
        ),
        m("money", "£2m", "2000000", Some("GBP"), true, Some("upper")),
        m(
            "points",
            "0.5 percentage points",
            "0.5",
            Some("points"),
            false,
            None,
        ),
        m("number", "44", "44", None, false, None),
        m(
            "money",
            "two million pounds",
            "2000000",
            Some("GBP"),
            true,
            Some("lower"),
        ),
        hedge("or more", Some("lower")),
    ];
    assert_eq!(got, want, "\n{stdout}");
}
