//! Helpers shared by the test modules.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::LazyLock;

use finfacts::Patterns;

/// The embedded patterns, compiled once for the whole test binary.
pub static PATTERNS: LazyLock<Patterns> =
    LazyLock::new(|| Patterns::embedded().expect("embedded patterns compile"));

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared`, when this checkout has it.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    if p.join("eval/score.py").is_file() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared is absent (a fresh clone has no shared material)");
        None
    }
}

pub fn finfacts(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_finfacts"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run finfacts")
}

pub fn finfacts_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_finfacts"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run finfacts")
}

/// Runs the scorer's matching (the Rust port in `finfacts eval`) and
/// returns (precision, recall, f1).
pub fn score(gold: &Path, pred: &Path) -> (f64, f64, f64) {
    let out = finfacts(&[
        "eval",
        gold.to_str().unwrap(),
        pred.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("eval json");
    (
        v["precision"].as_f64().unwrap(),
        v["recall"].as_f64().unwrap(),
        v["f1"].as_f64().unwrap(),
    )
}

/// Whether the case named `name` is selected by `FINFACTS_CASE`.
pub fn selected(name: &str) -> bool {
    match std::env::var("FINFACTS_CASE") {
        Ok(want) if !want.is_empty() => name.starts_with(&want),
        _ => true,
    }
}
