//! Organisations end to end: a golden list of each corpus document's
//! bodies (`tests/golden/bodies.txt`, rewrite with `BLESS=1` and review the
//! diff like code), and every body the seeds' gold names is found.

use std::fmt::Write;

use finfacts::cmd::eval::same_org;
use finfacts::facts::bodies;
use finfacts::model::Document;

use crate::util::{PATTERNS, root, shared};

fn read_docs(dir: &std::path::Path) -> Vec<Document> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let (meta, _) = finfacts::corpus::header_block(&text);
            Document {
                id: p.file_name().unwrap().to_string_lossy().into_owned(),
                text,
                meta,
            }
        })
        .collect()
}

#[test]
fn corpus_bodies_are_golden() {
    let mut got = String::new();
    for doc in read_docs(&root().join("corpus")) {
        writeln!(got, "{}", doc.id).unwrap();
        for o in bodies(&doc, &PATTERNS) {
            writeln!(
                got,
                "  {} | {} | {} | {}",
                o.name,
                o.kind.as_output(),
                o.id.as_deref().unwrap_or("-"),
                o.successor.as_deref().unwrap_or("-")
            )
            .unwrap();
        }
    }
    let path = root().join("tests/golden/bodies.txt");
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .expect("tests/golden/bodies.txt (run with BLESS=1 to create it)");
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .filter(|(w, g)| w != g)
            .take(10)
            .map(|(w, g)| format!("- {w}\n+ {g}"))
            .collect();
        panic!(
            "bodies differ from tests/golden/bodies.txt (BLESS=1 rewrites it):\n{}",
            diff.join("\n")
        );
    }
}

#[test]
fn seed_bodies_are_found_and_canonical() {
    let Some(sh) = shared() else { return };
    let gold = std::fs::read_to_string(sh.join("gold/seeds.jsonl")).unwrap();
    let docs = read_docs(&sh.join("seeds"));
    let mut missing = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).unwrap();
        if g["org_type"] == "aggregate" {
            continue;
        }
        let (doc, org) = (g["doc"].as_str().unwrap(), g["org"].as_str().unwrap());
        let d = docs.iter().find(|d| d.id == doc).unwrap();
        let found = bodies(d, &PATTERNS);
        if !found
            .iter()
            .any(|o| same_org(org, &o.name) && o.id.is_some())
        {
            missing.push(format!(
                "{doc}: {org} (found {:?})",
                found.iter().map(|o| &o.name).collect::<Vec<_>>()
            ));
        }
    }
    missing.dedup();
    assert!(
        missing.is_empty(),
        "seed bodies not found:\n{}",
        missing.join("\n")
    );
}
