//! The binary end to end: the bundled corpus against its gold, output
//! formats, determinism, bad input and exit codes.

use std::fs;

use crate::util::{finfacts, finfacts_in, root, score};

/// Floors for the bundled corpus against `tests/gold/corpus.jsonl`.
const CORPUS_PRECISION: f64 = 0.92;
const CORPUS_RECALL: f64 = 0.88;

#[test]
fn corpus_meets_its_gold() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("facts.jsonl");
    let run = finfacts(&["extract", "corpus", "--out", out.to_str().unwrap(), "-q"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let (p, r, f) = score(&root().join("tests/gold/corpus.jsonl"), &out);
    eprintln!("corpus: precision {p:.3} recall {r:.3} f1 {f:.3}");
    assert!(
        p >= CORPUS_PRECISION,
        "precision {p:.3} < {CORPUS_PRECISION}"
    );
    assert!(r >= CORPUS_RECALL, "recall {r:.3} < {CORPUS_RECALL}");
}

#[test]
fn every_line_is_a_fact() {
    let run = finfacts(&["extract", "corpus", "-q"]);
    assert!(run.status.success());
    let text = String::from_utf8(run.stdout).unwrap();
    let mut n = 0;
    for line in text.lines() {
        let f: finfacts::Fact =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(f.start < f.end);
        n += 1;
    }
    assert!(n > 100, "only {n} facts");
}

#[test]
fn output_is_identical_at_any_thread_count() {
    let a = finfacts(&["extract", "corpus", "--jobs", "1", "-q"]);
    let b = finfacts(&["extract", "corpus", "--jobs", "2", "-q"]);
    let c = finfacts(&["extract", "corpus", "--jobs", "8", "-q"]);
    let d = finfacts(&["extract", "corpus", "--jobs", "2", "-q"]);
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stdout, c.stdout);
    assert_eq!(b.stdout, d.stdout);
}

#[test]
fn csv_has_header_and_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("facts.csv");
    let run = finfacts(&[
        "extract",
        "corpus",
        "--out",
        csv_path.to_str().unwrap(),
        "-q",
    ]);
    assert!(run.status.success());
    let jsonl = finfacts(&["extract", "corpus", "-q"]);
    let n_json = String::from_utf8(jsonl.stdout).unwrap().lines().count();
    let mut rdr = csv::Reader::from_path(&csv_path).unwrap();
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(headers.get(0), Some("doc"));
    assert_eq!(headers.get(6), Some("value"));
    assert_eq!(headers.len(), finfacts::model::FACT_COLUMNS.len());
    assert_eq!(rdr.records().count(), n_json);
}

#[test]
fn bad_documents_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("good.txt"),
        "Southend Hospital is forecasting a deficit of £4.8m this year.\n",
    )
    .unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    fs::write(d.join("latin1.txt"), b"The trust has a \xa34.8m deficit.\n").unwrap();
    let locked = d.join("locked.txt");
    fs::write(&locked, "NHS Southend CCG has a £7m deficit.\n").unwrap();
    let mut expected_warnings = 3;
    #[cfg(unix)]
    {
        // A FIFO is refused without being opened (opening it would hang).
        let fifo = d.join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if made {
            expected_warnings += 1;
        }
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&locked).is_err() {
            expected_warnings += 1;
        } else {
            // Running as root: permissions cannot make a file unreadable.
            eprintln!("note: running as root, the unreadable-file case reads the file");
        }
    }
    let run = finfacts_in(d, &["extract", "."]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    for name in ["empty.txt", "binary.txt", "latin1.txt"] {
        assert_eq!(
            stderr.lines().filter(|l| l.contains(name)).count(),
            1,
            "{name}: {stderr}"
        );
    }
    let warnings = stderr
        .lines()
        .filter(|l| l.starts_with("finfacts: ") && !l.contains(" documents, "))
        .count();
    assert_eq!(warnings, expected_warnings, "{stderr}");
    let out = String::from_utf8(run.stdout).unwrap();
    assert!(out.contains("\"doc\":\"good.txt\""), "{out}");
    assert!(out.contains("\"value\":\"4800000\""), "{out}");
}

/// Runs `extract corpus` with the patterns of `dir`, which must be refused
/// (exit 2); returns what it said.
fn refused_patterns(dir: &std::path::Path) -> String {
    let run = finfacts(&["extract", "corpus", "--patterns", dir.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    String::from_utf8_lossy(&run.stderr).into_owned()
}

#[test]
fn invalid_patterns_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("cues.toml"), "[[cue]]\nid = \"x\"\nmetric = \"deficit\"\nrole = \"noun\"\nphrases = [\"deficit\"]\nbogus = 1\n").unwrap();
    let stderr = refused_patterns(dir.path());
    assert!(stderr.contains("cues.toml:6:"), "{stderr}");

    fs::write(dir.path().join("cues.toml"), "").unwrap();
    fs::write(dir.path().join("figures.toml"), "[currency.prefix]\n\"£\" = \"GBP\"\n[multipliers]\nm = \"1000000\"\n[[rule]]\nid = \"bad\"\nkind = \"money\"\npattern = \"(unclosed\"\n").unwrap();
    let stderr = refused_patterns(dir.path());
    assert!(
        stderr.contains("figures.toml") && stderr.contains("bad"),
        "{stderr}"
    );
}

#[test]
fn a_bad_date_in_an_alias_note_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("org_aliases.tsv"),
        "alias\tcode\tname\tnote\nABMU\t7A3\tAbertawe Bro Morgannwg University Health Board\tformer: (until 2019-13-45)\n",
    )
    .unwrap();
    let stderr = refused_patterns(dir.path());
    assert!(
        stderr.contains("org_aliases.tsv:2:") && stderr.contains("bad date"),
        "{stderr}"
    );
}

#[test]
fn a_site_operator_note_must_name_a_known_code_and_a_day() {
    let dir = tempfile::tempdir().unwrap();
    for (note, says) in [
        ("run by XXX until 2021-03-31", "unknown code \"XXX\""),
        ("run by RXH until 2021", "bad date"),
        ("run by the Brighton trust", "run by CODE until YYYY-MM-DD"),
    ] {
        fs::write(
            dir.path().join("org_aliases.tsv"),
            format!("alias\tcode\tname\tnote\nRoyal Sussex County Hospital\tRYR\t\tsite: {note}\n"),
        )
        .unwrap();
        let stderr = refused_patterns(dir.path());
        assert!(
            stderr.contains("org_aliases.tsv:2:") && stderr.contains(says),
            "{note}: {stderr}"
        );
    }
}

#[test]
fn missing_input_is_a_warning_and_usage_errors_exit_2() {
    let run = finfacts(&["extract", "no/such/dir", "-q"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no/such/dir"));
    let run = finfacts(&["extract", "--jobs", "zero"]);
    assert_eq!(run.status.code(), Some(2));
}

/// `finfacts ... | head`: a reader that stops early is not an error. Each
/// command's output over the corpus is larger than a pipe holds, so the
/// writes after the first line fail with a broken pipe.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::{BufRead, BufReader, Read};
    use std::process::{Command, Stdio};
    for args in [
        &["extract", "corpus", "-q"][..],
        &["extract", "corpus", "-q", "--format", "csv"],
        &["mentions", "corpus", "-q"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_finfacts"))
            .args(args)
            .current_dir(root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.len() > 10, "{args:?}: {first:?}");
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!((status.code(), err.as_str()), (Some(0), ""), "{args:?}");
    }
}

#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("facts.jsonl");
    fs::write(&out, "previous\n").unwrap();
    let run = finfacts(&["extract", "corpus", "--out", out.to_str().unwrap(), "-q"]);
    assert!(run.status.success());
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("{\"doc\""));
    // No temporary file is left behind.
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
}
