//! Hostile corpora and output safety, through the binary: whatever a
//! corpus holds, every good document yields its facts, every bad one gets
//! one clear warning, the run ends (a watchdog turns a hang into a
//! failure) in bounded memory, and the output is the same at any thread
//! count. CSV output is safe to open in a spreadsheet, output files are
//! replaced atomically and never through a link, and user pattern folders
//! fail with the file and line or run in linear time.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use finfacts::Fact;

/// Generous: a run here takes seconds; a hang never ends.
const WATCHDOG: Duration = Duration::from_secs(120);

/// What a watched run produced.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    /// Peak resident memory (VmHWM), sampled while the run lasted.
    peak_kib: u64,
    took: Duration,
}

fn command(dir: &Path, args: &[&OsStr]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_finfacts"));
    c.args(args)
        .current_dir(dir)
        .env_remove("CI")
        .stdin(Stdio::null());
    c
}

fn peak_kib(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Reads a child's pipe to the end on a thread, so a full pipe cannot
/// stall the run being watched.
fn drain(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs finfacts in `dir`, killing it and failing the test if it is still
/// running after `WATCHDOG`.
fn watched(dir: &Path, args: &[&OsStr]) -> Run {
    let started = Instant::now();
    let mut child = command(dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start finfacts");
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let mut peak = 0;
    let status = loop {
        if let Some(kib) = peak_kib(child.id()) {
            peak = peak.max(kib);
        }
        if let Some(s) = child.try_wait().expect("wait for finfacts") {
            break s;
        }
        if started.elapsed() > WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("finfacts {args:?} still running after {WATCHDOG:?}: a hang");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: out.join().expect("stdout reader"),
        stderr: String::from_utf8_lossy(&err.join().expect("stderr reader")).into_owned(),
        peak_kib: peak,
        took: started.elapsed(),
    }
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

fn refs(args: &[OsString]) -> Vec<&OsStr> {
    args.iter().map(OsString::as_os_str).collect()
}

fn facts_of(stdout: &[u8]) -> Vec<Fact> {
    let text = std::str::from_utf8(stdout).expect("JSONL is UTF-8");
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// doc id → (org, value) of its facts.
fn by_doc(facts: &[Fact]) -> BTreeMap<String, Vec<(String, String)>> {
    let mut m: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for f in facts {
        m.entry(f.doc.clone())
            .or_default()
            .push((f.org.clone(), f.value.to_string()));
    }
    m
}

/// The warning lines of a run (not the summary line).
fn warnings(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("finfacts: ") && !is_summary(l))
        .collect()
}

fn is_summary(l: &str) -> bool {
    l.contains(" documents, ") && l.contains(" facts, ") && l.contains(" warnings, ")
}

fn mkfifo(p: &Path) {
    let st = Command::new("mkfifo").arg(p).status().expect("run mkfifo");
    assert!(st.success(), "mkfifo {}", p.display());
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut b = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        b.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    b
}

const SOUTHEND: &str = "NHS Southend CCG";
const LEEDS: &str = "Leeds Teaching Hospitals NHS Trust";

fn deficit(millions: u32) -> String {
    format!("{SOUTHEND} has a £{millions}m deficit.\n")
}

fn m(millions: u64) -> String {
    (millions * 1_000_000).to_string()
}

/// Gives a folder back its permissions when the test ends, so the
/// temporary tree can be removed even when the test fails.
struct Restore(PathBuf);

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o755));
    }
}

/// Whether permissions stop this process reading a file (not as root).
fn permissions_bind(dir: &Path) -> bool {
    let probe = dir.join("probe");
    fs::write(&probe, "x").expect("probe");
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).expect("chmod");
    let binds = fs::read(&probe).is_err();
    let _ = fs::remove_file(&probe);
    binds
}

/// The hostile corpus: `corpus/` is walked, `direct/` holds what is named
/// on the command line. Returns what each good document must yield, the
/// warnings each bad path must get, and how many documents are good.
struct Hostile {
    good: Vec<(String, Vec<(&'static str, String)>)>,
    bad: Vec<(String, &'static str)>,
    documents: usize,
    args: Vec<OsString>,
    _restore: Vec<Restore>,
}

fn build_hostile(root: &Path) -> Hostile {
    let c = root.join("corpus");
    let direct = root.join("direct");
    fs::create_dir_all(&c).unwrap();
    fs::create_dir_all(&direct).unwrap();
    let mut good: Vec<(String, Vec<(&'static str, String)>)> = Vec::new();
    let mut bad: Vec<(String, &'static str)> = Vec::new();
    let mut documents = 0;

    // Good documents, each with the facts it must yield.
    fs::write(c.join("plain.txt"), deficit(7)).unwrap();
    good.push(("plain.txt".into(), vec![(SOUTHEND, m(7))]));
    fs::write(
        c.join("crlf.txt"),
        format!(
            "Title: Trust deficits\r\nDate: 2019-03-14\r\n\r\n{SOUTHEND} has a £11m deficit.\r\n\
             {LEEDS} has a deficit of £12m.\r\n"
        ),
    )
    .unwrap();
    good.push(("crlf.txt".into(), vec![(SOUTHEND, m(11)), (LEEDS, m(12))]));
    fs::write(
        c.join("nbsp.txt"),
        format!(
            "{LEEDS} has a deficit of £4.8\u{a0}million.\n{SOUTHEND} has a £2.1\u{2009}bn deficit.\n\
             {SOUTHEND} has a £3.3\u{202f}m deficit.\n"
        ),
    )
    .unwrap();
    good.push((
        "nbsp.txt".into(),
        vec![
            (LEEDS, "4800000".into()),
            (SOUTHEND, "2100000000".into()),
            (SOUTHEND, "3300000".into()),
        ],
    ));
    fs::write(c.join("utf16le.txt"), utf16(&deficit(13), false)).unwrap();
    good.push(("utf16le.txt".into(), vec![(SOUTHEND, m(13))]));
    fs::write(c.join("utf16be.txt"), utf16(&deficit(14), true)).unwrap();
    good.push(("utf16be.txt".into(), vec![(SOUTHEND, m(14))]));
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(deficit(15).as_bytes());
    fs::write(c.join("utf8bom.txt"), bom).unwrap();
    good.push(("utf8bom.txt".into(), vec![(SOUTHEND, m(15))]));
    fs::write(
        c.join("absurd.txt"),
        format!(
            "{SOUTHEND} has a £999999999999999999999999999999bn deficit. {SOUTHEND} missed its \
             1e400 per cent target. {SOUTHEND} has a £16m deficit.\n"
        ),
    )
    .unwrap();
    good.push(("absurd.txt".into(), vec![(SOUTHEND, m(16))]));
    fs::write(c.join("new\nline.txt"), deficit(17)).unwrap();
    good.push(("new\nline.txt".into(), vec![(SOUTHEND, m(17))]));
    fs::write(c.join(OsStr::from_bytes(b"caf\xe9.txt")), deficit(18)).unwrap();
    good.push(("caf\u{fffd}.txt".into(), vec![(SOUTHEND, m(18))]));
    let mut deep = c.join("deep");
    let mut deep_id = String::from("deep");
    for _ in 0..500 {
        deep.push("d");
        deep_id.push_str("/d");
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("bottom.txt"), deficit(19)).unwrap();
    good.push((format!("{deep_id}/bottom.txt"), vec![(SOUTHEND, m(19))]));
    // 10,000 tiny files; one in a thousand has a fact.
    let many = c.join("many");
    fs::create_dir(&many).unwrap();
    for i in 0..10_000u32 {
        let text = if i % 1000 == 0 {
            deficit(20 + i / 1000)
        } else {
            format!("Note {i}.\n")
        };
        fs::write(many.join(format!("{i:05}.txt")), text).unwrap();
        if i % 1000 == 0 {
            good.push((
                format!("many/{i:05}.txt"),
                vec![(SOUTHEND, m(u64::from(20 + i / 1000)))],
            ));
        }
    }
    documents += 10_000 - 10;
    // A long run without a newline or a full stop, facts at both ends.
    let clause = "and the trust, which missed its 95 per cent target, must save £4.8 million ";
    let mut long = format!("{SOUTHEND} has a £31m deficit ");
    while long.len() < 40_000 {
        long.push_str(clause);
    }
    long.push_str(&format!("while {SOUTHEND} has a £32m deficit"));
    fs::write(c.join("long-line.txt"), long).unwrap();
    good.push((
        "long-line.txt".into(),
        vec![(SOUTHEND, m(31)), (SOUTHEND, m(32))],
    ));

    // Other formats: an HTML page, JSON Lines records (one good, one not
    // JSON, one whose text is longer than a document may be).
    fs::write(
        c.join("page.html"),
        format!("<!doctype html><html><head><title>T</title></head><body><article><p>{SOUTHEND} has a &pound;25m deficit.</p></article></body></html>"),
    )
    .unwrap();
    good.push(("page.html".into(), vec![(SOUTHEND, m(25))]));
    // A table of 300,000 amounts, each a yard from the next: every one is
    // a figure search, none may walk the whole table again.
    fs::write(
        c.join("dense.txt"),
        format!("{}{}", deficit(27), "£1 ".repeat(300_000)),
    )
    .unwrap();
    good.push(("dense.txt".into(), vec![(SOUTHEND, m(27))]));
    fs::write(
        c.join("nothing.html"),
        "<html><body><script>x()</script></body></html>",
    )
    .unwrap();
    bad.push(("corpus/nothing.html".into(), "no article text"));
    {
        let huge = "y ".repeat(9 * 1024 * 1024);
        let lines = format!(
            "{}
{{not json
{}
",
            serde_json::json!({"id": "rec-1", "text": deficit(26)}),
            serde_json::json!({"id": "rec-3", "text": huge}),
        );
        fs::write(c.join("records.jsonl"), lines).unwrap();
        good.push(("rec-1".into(), vec![(SOUTHEND, m(26))]));
        bad.push(("corpus/records.jsonl:2".into(), "invalid JSON"));
        bad.push(("corpus/records.jsonl:3".into(), "larger than 16 MiB"));
    }

    // Bad documents: one warning each, naming the path.
    fs::write(c.join("empty.txt"), "").unwrap();
    bad.push(("corpus/empty.txt".into(), "empty file"));
    fs::write(c.join("blank.txt"), " \r\n\t\n\u{a0}\n").unwrap();
    bad.push(("corpus/blank.txt".into(), "no text"));
    fs::write(
        c.join("binary.bin"),
        [0x7f, b'E', b'L', b'F', 0, 0, 1, 0, 0xff, 0xfe],
    )
    .unwrap();
    bad.push(("corpus/binary.bin".into(), "binary"));
    fs::write(c.join("latin1.txt"), b"The trust has a \xa34.8m deficit.\n").unwrap();
    bad.push(("corpus/latin1.txt".into(), "not valid UTF-8"));
    fs::write(c.join("odd16.txt"), [0xFF, 0xFE, b'a', 0, b'b']).unwrap();
    bad.push(("corpus/odd16.txt".into(), "odd byte count"));
    fs::write(c.join("bad\nname.txt"), "").unwrap();
    bad.push(("corpus/bad\\nname.txt".into(), "empty file"));
    {
        // 50 MB on one line, a fact at its start: larger than a document
        // may be, refused without being read.
        let mut big = deficit(22).trim_end().to_owned();
        big.push(' ');
        let mut bytes = big.into_bytes();
        bytes.resize(50 * 1024 * 1024, b'x');
        fs::write(c.join("big-one-line.txt"), bytes).unwrap();
        bad.push(("corpus/big-one-line.txt".into(), "larger than"));
    }
    symlink("loop-b", c.join("loop-a")).unwrap();
    symlink("loop-a", c.join("loop-b")).unwrap();
    bad.push(("corpus/loop-a".into(), "symbolic link"));
    bad.push(("corpus/loop-b".into(), "symbolic link"));
    symlink("/dev/zero", c.join("zero.txt")).unwrap();
    bad.push(("corpus/zero.txt".into(), "symbolic link"));
    mkfifo(&c.join("fifo.txt"));
    bad.push(("corpus/fifo.txt".into(), "not a regular file"));

    // Named on the command line: links are followed there, as the user
    // means them, so these get to the reader's own checks.
    symlink("loop-y", direct.join("loop-x")).unwrap();
    symlink("loop-x", direct.join("loop-y")).unwrap();
    bad.push(("direct/loop-x".into(), "symbolic links"));
    symlink("/dev/zero", direct.join("zero.txt")).unwrap();
    bad.push(("direct/zero.txt".into(), "not a regular file"));
    mkfifo(&direct.join("fifo.txt"));
    bad.push(("direct/fifo.txt".into(), "not a regular file"));
    bad.push(("direct/missing.txt".into(), "No such file"));

    // Unreadable: a file and a folder. Permissions do not stop root.
    let mut restore = Vec::new();
    fs::write(c.join("locked.txt"), deficit(23)).unwrap();
    let locked_dir = c.join("locked-dir");
    fs::create_dir(&locked_dir).unwrap();
    fs::write(locked_dir.join("inside.txt"), deficit(24)).unwrap();
    fs::set_permissions(c.join("locked.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(&locked_dir, fs::Permissions::from_mode(0o000)).unwrap();
    restore.push(Restore(locked_dir));
    if permissions_bind(root) {
        bad.push(("corpus/locked.txt".into(), "Permission denied"));
        bad.push(("corpus/locked-dir".into(), "Permission denied"));
    } else {
        eprintln!(
            "note: running as root: permissions do not stop reads, so the unreadable file and \
             folder are read as good documents here; the unreadable case is not exercised"
        );
        good.push(("locked.txt".into(), vec![(SOUTHEND, m(23))]));
        good.push(("locked-dir/inside.txt".into(), vec![(SOUTHEND, m(24))]));
    }
    documents += good.len();
    let args = os(&[
        "extract",
        "corpus",
        "direct/loop-x",
        "direct/zero.txt",
        "direct/fifo.txt",
        "direct/missing.txt",
        "--no-progress",
    ]);
    Hostile {
        good,
        bad,
        documents,
        args,
        _restore: restore,
    }
}

/// Every good document yields its facts, every bad one exactly one warning
/// naming it, exit code 1, in bounded time and memory; and the output and
/// warnings are byte-identical at --jobs 1, 2 and 8 and across runs.
#[test]
fn hostile_corpus_good_documents_yield_facts_bad_ones_one_warning_each() {
    let tmp = tempfile::tempdir().unwrap();
    let h = build_hostile(tmp.path());
    let mut args = h.args.clone();
    args.extend(os(&["--jobs", "2"]));
    let run = watched(tmp.path(), &refs(&args));
    eprintln!(
        "hostile corpus: {:.1}s, peak RSS {} MiB",
        run.took.as_secs_f64(),
        run.peak_kib / 1024
    );
    let stderr = &run.stderr;
    assert_eq!(run.code, Some(1), "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("internal error"),
        "{stderr}"
    );
    // Bad: one warning each, naming the path, with the reason.
    let warns = warnings(stderr);
    for (path, reason) in &h.bad {
        let hits: Vec<&&str> = warns
            .iter()
            .filter(|l| l.starts_with(&format!("finfacts: {path}: ")))
            .collect();
        assert_eq!(hits.len(), 1, "{path}: {hits:?}\n{stderr}");
        assert!(
            hits[0].contains(reason),
            "{path}: want {reason:?}: {}",
            hits[0]
        );
    }
    assert_eq!(warns.len(), h.bad.len(), "{stderr}");
    // Good: every document read, every expected fact there.
    let summary = stderr.lines().find(|l| is_summary(l)).expect("summary");
    assert!(
        summary.starts_with(&format!("finfacts: {} documents, ", h.documents)),
        "{summary}"
    );
    assert!(
        summary.contains(&format!(", {} warnings, ", h.bad.len())),
        "{summary}"
    );
    let facts = facts_of(&run.stdout);
    let got = by_doc(&facts);
    for (doc, want) in &h.good {
        let have = got.get(doc).cloned().unwrap_or_default();
        for (org, value) in want {
            assert!(
                have.contains(&((*org).to_owned(), value.clone())),
                "{doc:?}: no {org} {value}; got {have:?}"
            );
        }
    }
    // Absurd figures are dropped, never wrapped or rounded.
    assert_eq!(
        got.get("absurd.txt"),
        Some(&vec![(SOUTHEND.to_owned(), m(16))])
    );
    // Decoded, not garbled: the evidence is the sentence as written.
    for doc in ["utf16le.txt", "utf16be.txt", "utf8bom.txt", "crlf.txt"] {
        let f = facts.iter().find(|f| f.doc == doc).expect(doc);
        assert!(
            f.evidence.starts_with(SOUTHEND) && f.evidence.ends_with("deficit."),
            "{doc}: {:?}",
            f.evidence
        );
        assert!(f.mention.starts_with('£'), "{doc}: {:?}", f.mention);
    }
    let crlf = facts.iter().find(|f| f.doc == "crlf.txt").expect("crlf");
    assert_eq!(crlf.title.as_deref(), Some("Trust deficits"));
    assert_eq!(crlf.date.as_deref(), Some("2019-03-14"));
    let nbsp = facts
        .iter()
        .find(|f| f.doc == "nbsp.txt" && f.org == LEEDS)
        .expect("nbsp");
    assert_eq!(nbsp.mention, "£4.8\u{a0}million");
    // Nothing from a bad document.
    for f in &facts {
        assert!(
            !f.doc.contains("big-one-line") && !f.doc.contains("latin1"),
            "{f:?}"
        );
    }
    // The 50 MB file is refused, not read: memory stays far below it.
    assert!(
        run.peak_kib < 512 * 1024,
        "peak RSS {} MiB",
        run.peak_kib / 1024
    );

    // Determinism: the same bytes (facts and warnings) at any --jobs, on
    // every run.
    let stable = |r: &Run| -> (Vec<u8>, Vec<String>) {
        let lines = r
            .stderr
            .lines()
            .filter(|l| !is_summary(l))
            .map(str::to_owned)
            .collect();
        (r.stdout.clone(), lines)
    };
    let first = stable(&run);
    for jobs in ["1", "8", "2"] {
        let mut args = h.args.clone();
        args.extend(os(&["--jobs", jobs]));
        let again = watched(tmp.path(), &refs(&args));
        assert_eq!(again.code, Some(1));
        let again = stable(&again);
        assert!(again.0 == first.0, "facts differ at --jobs {jobs}");
        assert_eq!(again.1, first.1, "warnings differ at --jobs {jobs}");
    }
}

/// A file that disappears after the walk listed it and before it is read
/// gets one warning; every other document is processed.
#[test]
fn file_removed_between_walk_and_read_is_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let n = finfacts::cmd::BATCH + 88;
    for i in 0..n {
        fs::write(
            tmp.path().join(format!("{i:04}.txt")),
            deficit(1 + i as u32),
        )
        .unwrap();
    }
    // Sorted walks list a folder when they enter it; the last file is
    // in the second batch, read after the first batch is emitted.
    let victim = tmp.path().join(format!("{:04}.txt", n - 1));
    let pool = finfacts::cmd::pool(Some(2)).unwrap();
    let mut progress = finfacts::progress::Progress::new(true, true);
    let patterns = &*crate::util::PATTERNS;
    let mut seen = Vec::new();
    finfacts::cmd::for_each_document(
        &vec![tmp.path().to_path_buf()],
        &pool,
        &mut progress,
        |doc| finfacts::extract(doc, patterns, &finfacts::Options::default()).len(),
        |doc, facts, _| {
            if seen.is_empty() {
                fs::remove_file(&victim)?;
            }
            seen.push((doc.id.clone(), facts));
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(progress.warnings, 1);
    assert_eq!(seen.len(), n - 1);
    assert!(seen.iter().all(|(_, facts)| *facts == 1), "{seen:?}");
    assert!(
        !seen
            .iter()
            .any(|(id, _)| *id == format!("{:04}.txt", n - 1))
    );
}

/// Reading a FIFO (put where a file was after the walk) returns at once
/// with an error instead of waiting for a writer.
#[test]
fn reading_a_fifo_never_blocks() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("doc.txt");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        tx.send(finfacts::corpus::read_bytes(&fifo, &mut buf).map_err(|e| e.to_string()))
    });
    let r = rx.recv_timeout(WATCHDOG).expect("reading a FIFO hangs");
    let err = r.expect_err("a FIFO is not a document");
    assert!(
        err.ends_with("doc.txt: not a regular file; skipped"),
        "{err}"
    );
}

/// CSV cells a spreadsheet would run are neutralised, wherever the text
/// comes from (evidence, title, URL, file name); JSON Lines keeps the exact
/// text; and apart from the neutralising quote the two agree cell by cell.
#[test]
fn csv_output_is_spreadsheet_safe_and_jsonl_exact() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("corpus");
    fs::create_dir(&c).unwrap();
    fs::write(
        c.join("inject.txt"),
        format!(
            "Title: =HYPERLINK(\"http://x.invalid\",\"click\")\nURL: @SUM(1+1)\n\n\
             =1+2 {SOUTHEND} has a £7m deficit.\n- {SOUTHEND} has a £8m deficit.\n\
             +{SOUTHEND} has a £9m deficit.\n@cmd {SOUTHEND} has a £10m deficit.\n"
        ),
    )
    .unwrap();
    fs::write(c.join("=cmd.txt"), deficit(11)).unwrap();
    fs::write(c.join("\t-tab.txt"), deficit(12)).unwrap();
    fs::write(c.join(" =space.txt"), deficit(13)).unwrap();
    fs::write(c.join("\u{ff1d}wide.txt"), deficit(14)).unwrap();
    let out = |name: &str| {
        let p = tmp.path().join(name);
        let args = os(&["extract", "corpus", "-q", "--out"]);
        let mut args = args;
        args.push(p.clone().into_os_string());
        let run = watched(tmp.path(), &refs(&args));
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        p
    };
    let jsonl = fs::read(out("facts.jsonl")).unwrap();
    let facts = facts_of(&jsonl);
    let evidence: Vec<&str> = facts.iter().map(|f| f.evidence.as_str()).collect();
    for want in ["=1+2 ", "- ", "+", "@cmd "] {
        assert!(
            evidence.iter().any(|e| e.starts_with(want)),
            "{want:?} in {evidence:?}"
        );
    }
    let inject = facts
        .iter()
        .find(|f| f.doc == "inject.txt")
        .expect("inject");
    assert_eq!(
        inject.title.as_deref(),
        Some("=HYPERLINK(\"http://x.invalid\",\"click\")")
    );
    assert_eq!(inject.url.as_deref(), Some("@SUM(1+1)"));
    assert!(facts.iter().any(|f| f.doc == "=cmd.txt"));
    assert!(facts.iter().any(|f| f.doc == "\t-tab.txt"));

    let csv_path = out("facts.csv");
    let mut rdr = csv::Reader::from_path(&csv_path).unwrap();
    let header = rdr.headers().unwrap().clone();
    assert_eq!(header.len(), finfacts::model::FACT_COLUMNS.len());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), facts.len());
    let risky = |s: &str| {
        s.trim_start_matches(' ').starts_with([
            '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
        ])
    };
    let mut neutralised = 0;
    for (row, fact) in rows.iter().zip(&facts) {
        let json = serde_json::to_value(fact).unwrap();
        for (i, cell) in row.iter().enumerate() {
            assert!(!risky(cell), "a spreadsheet would run {cell:?}");
            let field = &json[header.get(i).unwrap()];
            let exact = match field {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                v => v.to_string(),
            };
            if cell == exact {
                continue;
            }
            assert_eq!(cell.strip_prefix('\''), Some(exact.as_str()), "column {i}");
            assert!(risky(&exact));
            neutralised += 1;
        }
    }
    // Evidence x4, title and URL x4 (one per fact of inject.txt), four
    // file names.
    assert_eq!(neutralised, 4 + 4 + 4 + 4);
}

fn tmp_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".finfacts-"))
        .collect();
    v.sort();
    v
}

fn many_facts_corpus(dir: &Path, n: u32) {
    fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        fs::write(dir.join(format!("{i:05}.txt")), deficit(1 + i)).unwrap();
    }
}

/// A run killed while writing leaves the previous output as it was (and
/// its temporary file only in the output's own folder); `--out` naming a
/// link replaces the link and never writes through it.
#[test]
fn killed_run_leaves_the_previous_file_and_links_are_replaced_not_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    many_facts_corpus(&root.join("corpus"), 4000);
    let out_dir = root.join("out");
    let elsewhere = root.join("elsewhere");
    fs::create_dir(&out_dir).unwrap();
    fs::create_dir(&elsewhere).unwrap();
    let previous = b"{\"previous\":\"dataset\"}\n".to_vec();
    fs::write(elsewhere.join("target.jsonl"), &previous).unwrap();
    symlink("../elsewhere/target.jsonl", out_dir.join("facts.jsonl")).unwrap();
    let args = os(&[
        "extract",
        "corpus",
        "-q",
        "--jobs",
        "2",
        "--out",
        "out/facts.jsonl",
    ]);

    // Kill it once the temporary file holds data.
    let mut child: Child = command(root, &refs(&args))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let writing = tmp_files(&out_dir)
            .iter()
            .any(|t| fs::metadata(out_dir.join(t)).is_ok_and(|m| m.len() > 0));
        if writing {
            break;
        }
        if let Some(st) = child.try_wait().unwrap() {
            panic!("the run ended ({st}) before it could be killed mid-write");
        }
        assert!(started.elapsed() < WATCHDOG, "no output after {WATCHDOG:?}");
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap();
    let st = child.wait().unwrap();
    assert_eq!(st.code(), None, "killed by a signal, not finished");
    // The link and its target are untouched; the only trace is a hidden
    // temporary file in the output's own folder.
    assert!(
        fs::symlink_metadata(out_dir.join("facts.jsonl"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(elsewhere.join("target.jsonl")).unwrap(), previous);
    assert_eq!(tmp_files(&out_dir).len(), 1);
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 1);
    assert!(tmp_files(root).is_empty());

    // A whole run replaces the link with the dataset, not its target.
    let run = watched(root, &refs(&args));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let meta = fs::symlink_metadata(out_dir.join("facts.jsonl")).unwrap();
    assert!(meta.file_type().is_file());
    let facts = facts_of(&fs::read(out_dir.join("facts.jsonl")).unwrap());
    assert_eq!(facts.len(), 4000);
    assert_eq!(fs::read(elsewhere.join("target.jsonl")).unwrap(), previous);
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 1);
    // The killed run's temporary file is still there; this run left none.
    assert_eq!(tmp_files(&out_dir).len(), 1);
}

/// `--out` writes what the user named: an existing file keeps its
/// permissions; `/dev/stdout`-style links are stdout; a FIFO is streamed
/// into (not replaced); a folder, or a folder that is missing, is a clear
/// error before any work.
#[test]
fn out_destinations_are_what_the_user_named() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    many_facts_corpus(&root.join("corpus"), 3);
    let extract = |out: &str| {
        let args = os(&["extract", "corpus", "-q", "--out", out]);
        watched(root, &refs(&args))
    };
    let reference = watched(root, &refs(&os(&["extract", "corpus", "-q"])));
    assert_eq!(reference.code, Some(0));
    assert_eq!(facts_of(&reference.stdout).len(), 3);

    // Permissions of the file replaced are kept.
    fs::write(root.join("kept.jsonl"), "old\n").unwrap();
    fs::set_permissions(root.join("kept.jsonl"), fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(extract("kept.jsonl").code, Some(0));
    let meta = fs::metadata(root.join("kept.jsonl")).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert_eq!(fs::read(root.join("kept.jsonl")).unwrap(), reference.stdout);

    // A link to this process's stdout is stdout.
    symlink("/proc/self/fd/1", root.join("stdout-link")).unwrap();
    let run = extract("stdout-link");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, reference.stdout);
    assert!(
        fs::symlink_metadata(root.join("stdout-link"))
            .unwrap()
            .file_type()
            .is_symlink()
    );

    // A FIFO is written into, and stays a FIFO.
    let fifo = root.join("pipe.jsonl");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || tx.send(fs::read(fifo)));
    }
    let run = extract("pipe.jsonl");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let streamed = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("nothing was written into the FIFO")
        .unwrap();
    assert_eq!(streamed, reference.stdout);
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    // Errors name the path and come before any work.
    fs::create_dir(root.join("folder.jsonl")).unwrap();
    for (out, reason) in [
        ("folder.jsonl", "is a directory"),
        ("missing/facts.jsonl", "cannot create a file in missing"),
    ] {
        let run = extract(out);
        assert_eq!(run.code, Some(2), "{out}");
        assert!(
            run.stderr.starts_with(&format!("finfacts: {out}: ")) && run.stderr.contains(reason),
            "{out}: {}",
            run.stderr
        );
    }
    assert!(tmp_files(root).is_empty());
}

/// A patterns folder with one file replaced by `text`.
fn patterns_with(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let p = dir.join("patterns");
    let _ = fs::remove_dir_all(&p);
    fs::create_dir_all(&p).unwrap();
    fs::write(p.join(name), text).unwrap();
    p
}

fn embedded(name: &str) -> String {
    fs::read_to_string(crate::util::root().join("patterns").join(name)).unwrap()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

fn run_with_patterns(dir: &Path, patterns: &Path, doc: &str) -> Run {
    fs::write(dir.join("doc.txt"), doc).unwrap();
    let mut args = os(&["extract", "doc.txt", "-q", "--patterns"]);
    args.push(patterns.as_os_str().to_owned());
    watched(dir, &refs(&args))
}

/// Bad pattern files fail with exit code 2 and the file and line: an
/// invalid regex, one over the size limit, unknown keys in each TOML file,
/// absurd nesting, bytes that are not UTF-8, a FIFO in a file's place.
#[test]
fn bad_pattern_files_are_errors_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let figures = embedded("figures.toml");
    let rule = |id: &str, pattern: &str| {
        format!("{figures}\n[[rule]]\nid = \"{id}\"\nkind = \"money\"\npattern = '''{pattern}'''\n")
    };
    let cases: Vec<(&str, String, String)> = {
        let bad = rule("bad.unclosed", "(unclosed");
        let huge = rule("bad.huge", r"(?:\w{100}){100}{100}");
        let figures_key = format!("{figures}\nbogus_key = 1\n");
        let cues_key = format!(
            "{}\n[[cue]]\nid = \"x\"\nmetric = \"deficit\"\nrole = \"noun\"\nphrases = [\"x\"]\nunknown = 1\n",
            embedded("cues.toml")
        );
        let rules_key = format!("surprise = true\n{}", embedded("org_rules.toml"));
        vec![
            (
                "figures.toml",
                bad.clone(),
                format!(
                    "figures.toml:{}: rule bad.unclosed:",
                    line_of(&bad, "bad.unclosed")
                ),
            ),
            (
                "figures.toml",
                huge.clone(),
                format!(
                    "figures.toml:{}: rule bad.huge:",
                    line_of(&huge, "bad.huge")
                ),
            ),
            (
                "figures.toml",
                figures_key.clone(),
                format!("figures.toml:{}:", line_of(&figures_key, "bogus_key")),
            ),
            (
                "cues.toml",
                cues_key.clone(),
                format!("cues.toml:{}:", line_of(&cues_key, "unknown = 1")),
            ),
            ("org_rules.toml", rules_key, "org_rules.toml:1:".to_owned()),
            (
                "cues.toml",
                format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
                "cues.toml:1:".to_owned(),
            ),
        ]
    };
    for (name, text, want) in cases {
        let p = patterns_with(d, name, text.as_bytes());
        let run = run_with_patterns(d, &p, &deficit(7));
        assert_eq!(run.code, Some(2), "{want}: {}", run.stderr);
        assert!(
            run.stderr
                .starts_with(&format!("finfacts: {}/{want}", p.display())),
            "want {want}: {}",
            run.stderr
        );
    }
    let p = patterns_with(d, "figures.toml", b"\xff\xfe[currency]\n");
    let run = run_with_patterns(d, &p, &deficit(7));
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("figures.toml: cannot read: stream did not contain valid UTF-8"),
        "{}",
        run.stderr
    );
    let p = patterns_with(d, "org_rules.toml", b"");
    fs::remove_file(p.join("org_rules.toml")).unwrap();
    mkfifo(&p.join("cues.toml"));
    let run = run_with_patterns(d, &p, &deficit(7));
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("cues.toml: cannot read: not a regular file"),
        "{}",
        run.stderr
    );
}

/// Regexes that backtracking engines take exponential time on run in
/// linear time (the regex crate), and an enormous keyword list loads and
/// works: the run ends and still finds its facts.
#[test]
fn catastrophic_regexes_and_enormous_keyword_lists_run_in_linear_time() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let mut figures = embedded("figures.toml");
    for (id, pattern, example) in [
        ("redos.nested", r"(?:a*)*b(?P<num>\d)", "aaab1"),
        ("redos.alternation", r"(?:a|aa)+c(?P<num>\d)", "aaac1"),
        ("redos.overlap", r"(?:x+x+)+y(?P<num>\d)", "xxxy1"),
    ] {
        figures.push_str(&format!(
            "\n[[rule]]\nid = \"{id}\"\nkind = \"money\"\npattern = '''{pattern}'''\nexamples = [\"{example}\"]\n"
        ));
    }
    let p = patterns_with(d, "figures.toml", figures.as_bytes());
    let doc = format!(
        "{}\n{}\n{}",
        "a".repeat(100_000),
        "x".repeat(100_000),
        deficit(7)
    );
    let run = run_with_patterns(d, &p, &doc);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let facts = facts_of(&run.stdout);
    assert_eq!(
        by_doc(&facts).get("doc.txt"),
        Some(&vec![(SOUTHEND.to_owned(), m(7))])
    );

    let mut cues = embedded("cues.toml");
    cues.push_str(
        "\n[[cue]]\nid = \"enormous\"\nmetric = \"deficit\"\nrole = \"noun\"\nphrases = [\n",
    );
    for i in 0..200_000 {
        cues.push_str(&format!("  \"zq{i}x filler\",\n"));
    }
    cues.push_str("  \"monstrous shortfall\",\n]\n");
    let p = patterns_with(d, "cues.toml", cues.as_bytes());
    let run = run_with_patterns(
        d,
        &p,
        &format!("{SOUTHEND} has a monstrous shortfall of £7m.\n"),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let facts = facts_of(&run.stdout);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(
        (facts[0].rule.as_str(), facts[0].value.to_string()),
        ("enormous", m(7))
    );
}

/// Regression (hang): qualify() scanned the whole document once per
/// figure, so a long article took time quadratic in its length (80 KB:
/// minutes in a debug build).
#[test]
fn long_article_with_many_figures_finishes() {
    let tmp = tempfile::tempdir().unwrap();
    let mut text = String::from("Date: 2019-03-14\n\n");
    let mut i = 0;
    while text.len() < 80_000 {
        i += 1;
        text.push_str(&format!(
            "{SOUTHEND} has a £{i}m deficit in 2017/18. It is month 6.\n"
        ));
    }
    let run = run_with_patterns(tmp.path(), &crate::util::root().join("patterns"), &text);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let facts = facts_of(&run.stdout);
    assert_eq!(facts.len(), i);
    assert!(
        facts.iter().all(|f| f.period.as_deref() == Some("2017-18")),
        "{:?}",
        facts[0]
    );
    eprintln!("80 KB article: {:.1}s", run.took.as_secs_f64());
}

/// Inputs the fuzzers crashed on (`fuzz/README.md`), each through the
/// same path as its target: decoded as a text file, then extracted with
/// default options and with every figure, and its mentions listed.
#[test]
fn fuzz_crashes_stay_fixed() {
    let cases: &[(&str, &[u8])] = &[
        // metric.rs: the explanation of a share cut "Х" in half.
        (
            "share-explain-char-boundary",
            b"D,ate> 2023-1%%\r3p\rof this -n0ovembe12\xd0\xa5\xcf\xb5\n/8\nx",
        ),
        (
            "span-start-after-end",
            b"   \n11%shrinof the over  \n11%shrinof the overspend#\r0\x10ax",
        ),
        // metric.rs: a figure read across its sentence's end ("$  \n11")
        // heading the next line.
        (
            "figure-across-sentence-end",
            b"$  \x0a11%s\x01$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$.$$$$$$$$$$\x04end#\x0d0\x10ax",
        ),
    ];
    let patterns = &*crate::util::PATTERNS;
    for (name, bytes) in cases {
        let text = finfacts::corpus::decode(name, bytes).expect(name);
        let (meta, _) = finfacts::corpus::header_block(&text);
        let doc = finfacts::Document {
            id: (*name).to_owned(),
            text,
            meta,
        };
        let all = finfacts::Options {
            all_figures: true,
            explain: true,
        };
        for opts in [finfacts::Options::default(), all] {
            for f in finfacts::extract(&doc, patterns, &opts) {
                assert_eq!(f.mention, doc.text[f.start..f.end], "{name}");
            }
        }
        for m in finfacts::cmd::mentions::mentions(&doc, patterns) {
            assert_eq!(m.text, doc.text[m.start..m.end], "{name}");
        }
    }
}

/// A hedge in the sentence before its figure (here: a run without a
/// sentence end, cut at 1000 bytes between "more than" and "£5m") does
/// not reach across the sentence start.
#[test]
fn hedge_before_a_sentence_cut_does_not_cross_it() {
    let head = format!("{SOUTHEND} has a deficit of more than");
    let mut text = String::new();
    // The space before "£5m" at byte 997: the last one before the cut.
    while text.len() + head.len() + 10 < 997 {
        text.push_str("and so on ");
    }
    while text.len() + head.len() < 997 {
        text.push('x');
    }
    text.push(' ');
    text.push_str(&head);
    text.push_str(" £5m and then 12% of the overspend\n");
    let doc = finfacts::Document {
        id: "cut.txt".into(),
        text,
        meta: Default::default(),
    };
    let norm = finfacts::text::normalise(&doc.text);
    let cut = finfacts::text::sentences(&norm)[1].span.start;
    assert!(doc.text[cut..].starts_with("£5m"), "{:?}", &doc.text[cut..]);
    let all = finfacts::Options {
        all_figures: true,
        explain: true,
    };
    for opts in [finfacts::Options::default(), all] {
        for f in finfacts::extract(&doc, &crate::util::PATTERNS, &opts) {
            assert_eq!(f.mention, doc.text[f.start..f.end]);
        }
    }
}
