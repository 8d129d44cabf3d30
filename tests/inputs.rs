//! Input formats end to end: HTML, JSON Lines, WARC and their gzip forms,
//! format detection, `--stdin` streaming and `--shard`. Every test writes
//! its own small files and asserts the exact facts, ids, urls and dates.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use finfacts::Fact;

use crate::util::finfacts_in;

const SOUTHEND: &str = "NHS Southend CCG is forecasting a deficit of £7m this financial year.";

/// A page with the furniture a real one has: scripts, styles, navigation,
/// a share bar, an aside, a footer, entities, and the story in <article>.
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Health | Local News</title>
<meta property="og:title" content="Southend CCG &amp; its &pound;7m deficit">
<meta property="article:published_time" content="2019-03-14T08:00:00+00:00">
<link rel="canonical" href="https://news.invalid/health/southend-ccg">
<style>.x { content: "NHS Basildon CCG has a deficit of £1m." }</style>
<script>window.ad = "NHS Basildon CCG has a deficit of £2m.";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/health">Health</a></nav>
<div class="cookie-banner">We use cookies. NHS Basildon CCG has a deficit of £3m.</div>
<article>
<h1>CCG&nbsp;deficit&nbsp;grows</h1>
<p>NHS Southend CCG is forecasting a deficit of &pound;7m this financial&nbsp;year.</p>
<div class="share-bar"><a href="#">Share</a> NHS Basildon CCG has a deficit of £4m.</div>
<aside>NHS Basildon CCG has a deficit of £5m.</aside>
<ul class="links"><li><a href="/a">NHS Basildon CCG has a deficit of £6m.</a></li></ul>
</article>
<footer>NHS Basildon CCG has a deficit of £8m.</footer>
</body></html>"##;

/// Runs `finfacts extract` in `dir` and parses its facts.
fn extract(dir: &Path, args: &[&str]) -> (Option<i32>, Vec<Fact>, String) {
    let mut all = vec!["extract", "-q"];
    all.extend_from_slice(args);
    let run = finfacts_in(dir, &all);
    let facts = parse(&run.stdout);
    (
        run.status.code(),
        facts,
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

fn parse(stdout: &[u8]) -> Vec<Fact> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// (doc, org, value, period, url, title, date) of each fact.
type Row = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn rows(facts: &[Fact]) -> Vec<Row> {
    facts
        .iter()
        .map(|f| {
            (
                f.doc.clone(),
                f.org.clone(),
                f.value.to_string(),
                f.period.clone(),
                f.url.clone(),
                f.title.clone(),
                f.date.clone(),
            )
        })
        .collect()
}

fn s(v: &str) -> String {
    v.to_owned()
}

fn some(v: &str) -> Option<String> {
    Some(v.to_owned())
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn html_article_without_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("story.html"), PAGE).unwrap();
    fs::write(dir.path().join("story.htm.gz"), gzip(PAGE.as_bytes())).unwrap();
    let (code, facts, err) = extract(dir.path(), &["."]);
    assert_eq!(code, Some(0), "{err}");
    let expect = |doc: &str| {
        (
            s(doc),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2018-19"),
            some("https://news.invalid/health/southend-ccg"),
            some("Southend CCG & its £7m deficit"),
            some("2019-03-14"),
        )
    };
    // Only the story's fact: none of the £1m..£8m in the furniture.
    assert_eq!(
        rows(&facts),
        vec![expect("story.htm.gz"), expect("story.html")]
    );
    assert_eq!(facts[1].evidence, SOUTHEND);
    assert_eq!(facts[1].mention, "£7m");
    // The text is one paragraph per line: headline, blank line, paragraph.
    let start = "CCG deficit grows\n\n".len();
    assert_eq!((facts[1].start, facts[1].end), (start + 45, start + 49));
}

#[test]
fn html_found_by_content_or_forced() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("saved-page"), PAGE).unwrap();
    fs::write(dir.path().join("saved-page.gz"), gzip(PAGE.as_bytes())).unwrap();
    let (code, facts, err) = extract(dir.path(), &["saved-page", "saved-page.gz"]);
    assert_eq!(code, Some(0), "{err}");
    let docs: Vec<(&str, &str)> = facts
        .iter()
        .map(|f| (f.doc.as_str(), f.evidence.as_str()))
        .collect();
    assert_eq!(
        docs,
        vec![("saved-page", SOUTHEND), ("saved-page.gz", SOUTHEND)]
    );
    // Broken gzip is reported against its file.
    let mut cut = gzip(PAGE.as_bytes());
    cut.truncate(cut.len() / 2);
    fs::write(dir.path().join("cut.html.gz"), cut).unwrap();
    let (code, facts, err) = extract(dir.path(), &["cut.html.gz"]);
    assert_eq!((code, facts.len()), (Some(1), 0));
    assert!(
        err.starts_with("finfacts: cut.html.gz: bad gzip data: "),
        "{err}"
    );
    // A .txt extension says text, and text it is: the markup stays, and
    // the furniture's figures with it.
    fs::write(dir.path().join("page.txt"), PAGE).unwrap();
    let (_, as_text, _) = extract(dir.path(), &["page.txt"]);
    assert!(as_text.len() > 1, "{as_text:?}");
    let (code, forced, err) = extract(dir.path(), &["page.txt", "--input-format", "html"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(rows(&forced).len(), 1);
    assert_eq!(forced[0].doc, "page.txt");
    assert_eq!(forced[0].date.as_deref(), Some("2019-03-14"));
}

const JSONL: &str = concat!(
    r#"{"id":"api-1","title":"Southend","url":"https://api.invalid/1","date":"2019-03-14","text":"NHS Southend CCG is forecasting a deficit of £7m this financial year."}"#,
    "\n",
    "{\"id\": \"api-2\", \"text\": \"unterminated\n",
    "\n",
    r#"{"body":"Title: Packed\nDate: 2016-10-28\n\nNHS Southend CCG is forecasting a deficit of £7m this financial year.","tags":["a",{"b":1}]}"#,
    "\n",
    r#"{"id":"api-4","headline":"H"}"#,
    "\n",
    r#"{"content":"NHS Southend CCG is forecasting a deficit of £7m this financial year.","published":"2021-05-01","link":"https://api.invalid/5"}"#,
    "\r\n",
);

fn jsonl_rows(file: &str) -> Vec<Row> {
    vec![
        (
            s("api-1"),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2018-19"),
            some("https://api.invalid/1"),
            some("Southend"),
            some("2019-03-14"),
        ),
        (
            format!("{file}:4"),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2016-17"),
            None,
            some("Packed"),
            some("2016-10-28"),
        ),
        (
            format!("{file}:6"),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2021-22"),
            some("https://api.invalid/5"),
            None,
            some("2021-05-01"),
        ),
    ]
}

#[test]
fn jsonl_records_and_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("api")).unwrap();
    fs::write(dir.path().join("api/export.jsonl"), JSONL).unwrap();
    fs::write(
        dir.path().join("api/export.ndjson.gz"),
        gzip(JSONL.as_bytes()),
    )
    .unwrap();
    let (code, facts, err) = extract(dir.path(), &["api"]);
    assert_eq!(code, Some(1), "{err}");
    let mut expect = jsonl_rows("export.jsonl");
    expect.extend(jsonl_rows("export.ndjson.gz"));
    assert_eq!(rows(&facts), expect);
    let warnings: Vec<&str> = err.lines().collect();
    let path = |f: &str| Path::new("api").join(f).display().to_string();
    assert_eq!(
        warnings,
        vec![
            format!(
                "finfacts: {}:2: invalid JSON record (column 37): EOF while parsing a string; skipped",
                path("export.jsonl")
            ),
            format!(
                "finfacts: {}:5: no text field (tried text, body, content, html, raw_html); skipped",
                path("export.jsonl")
            ),
            format!(
                "finfacts: {}:2: invalid JSON record (column 37): EOF while parsing a string; skipped",
                path("export.ndjson.gz")
            ),
            format!(
                "finfacts: {}:5: no text field (tried text, body, content, html, raw_html); skipped",
                path("export.ndjson.gz")
            ),
        ]
    );
}

#[test]
fn jsonl_field_options_and_html_field() {
    let dir = tempfile::tempdir().unwrap();
    let page = serde_json::to_string(PAGE).unwrap();
    let text = serde_json::to_string(SOUTHEND).unwrap();
    fs::write(
        dir.path().join("custom.jsonl"),
        format!(
            "{{\"guid\":\"g-1\",\"story\":{text},\"when\":\"2017-01-20\",\"text\":\"ignored\"}}\n\
             {{\"id\":\"h-1\",\"html\":{page}}}\n"
        ),
    )
    .unwrap();
    let (code, facts, err) = extract(
        dir.path(),
        &[
            "custom.jsonl",
            "--text-field",
            "story",
            "--id-field",
            "guid",
            "--date-field",
            "when",
        ],
    );
    // With --text-field the html field is not a fallback: line 2 has no text.
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(
        rows(&facts),
        vec![(
            s("g-1"),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2016-17"),
            None,
            None,
            some("2017-01-20"),
        )]
    );
    assert!(
        err.contains("custom.jsonl:2: no text field (tried story); skipped"),
        "{err}"
    );
    let (code, facts, err) = extract(dir.path(), &["custom.jsonl"]);
    assert_eq!(code, Some(0), "{err}");
    // Line 1 has "text": "ignored" (no figure); line 2 is the page.
    assert_eq!(
        rows(&facts),
        vec![(
            s("h-1"),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2018-19"),
            some("https://news.invalid/health/southend-ccg"),
            some("Southend CCG & its £7m deficit"),
            some("2019-03-14"),
        )]
    );
}

/// One WARC record, as a writer lays it out.
fn warc_record(
    version: &str,
    kind: &str,
    uri: &str,
    date: &str,
    ct: &str,
    block: &[u8],
) -> Vec<u8> {
    let mut r = format!(
        "{version}\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\n\
         WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// An archive as a crawler writes it: warcinfo, then request, response
/// and metadata for each URL; a non-HTML response, a redirect, and pages
/// in Latin-1 and in gzip content encoding.
fn warc_records() -> Vec<Vec<u8>> {
    let http = |head: &str, body: &[u8]| {
        let mut b = head.replace('\n', "\r\n").into_bytes();
        b.extend_from_slice(b"\r\n");
        b.extend_from_slice(body);
        b
    };
    let req = "application/http; msgtype=request";
    let resp = "application/http; msgtype=response";
    let meta = "application/warc-fields";
    let latin1 = b"<html><head><title>Basildon</title></head><body><p>NHS Basildon and Brentwood CCG is forecasting a deficit of \xa33m this financial year.</p></body></html>";
    let gz_page = gzip(PAGE.as_bytes());
    vec![
        warc_record(
            "WARC/1.0",
            "warcinfo",
            "",
            "2019-03-15T00:00:00Z",
            meta,
            b"software: test\r\nformat: WARC File Format 1.0\r\n",
        ),
        warc_record(
            "WARC/1.0",
            "request",
            "https://news.invalid/a",
            "2019-03-15T10:00:00Z",
            req,
            b"GET /a HTTP/1.1\r\nHost: news.invalid\r\n\r\n",
        ),
        warc_record(
            "WARC/1.0",
            "response",
            "https://news.invalid/a",
            "2019-03-15T10:00:01Z",
            resp,
            &http(
                "HTTP/1.1 200 OK\nContent-Type: text/html; charset=UTF-8\nContent-Encoding: gzip\n",
                &gz_page,
            ),
        ),
        warc_record(
            "WARC/1.0",
            "metadata",
            "https://news.invalid/a",
            "2019-03-15T10:00:01Z",
            meta,
            b"fetchTimeMs: 12\r\n",
        ),
        warc_record(
            "WARC/1.1",
            "response",
            "https://news.invalid/logo.png",
            "2019-03-15T10:00:02Z",
            resp,
            &http(
                "HTTP/1.1 200 OK\nContent-Type: image/png\n",
                b"\x89PNG\r\n\x1a\n",
            ),
        ),
        warc_record(
            "WARC/1.1",
            "response",
            "https://news.invalid/old",
            "2019-03-15T10:00:03Z",
            resp,
            &http(
                "HTTP/1.1 301 Moved Permanently\nLocation: /a\nContent-Type: text/html\n",
                b"<p>NHS Southend CCG is forecasting a deficit of \xc2\xa39m.</p>",
            ),
        ),
        warc_record(
            "WARC/1.1",
            "response",
            "https://news.invalid/b",
            "2020-07-01T09:30:00Z",
            resp,
            &http(
                "HTTP/1.1 200 OK\nContent-Type: text/html; charset=iso-8859-1\n",
                latin1,
            ),
        ),
    ]
}

fn warc_expect() -> Vec<Row> {
    vec![
        (
            s("https://news.invalid/a"),
            s("NHS Southend CCG"),
            s("7000000"),
            some("2018-19"),
            some("https://news.invalid/a"),
            some("Southend CCG & its £7m deficit"),
            some("2019-03-15"),
        ),
        (
            s("https://news.invalid/b"),
            s("NHS Basildon and Brentwood CCG"),
            s("3000000"),
            some("2020-21"),
            some("https://news.invalid/b"),
            some("Basildon"),
            some("2020-07-01"),
        ),
    ]
}

#[test]
fn warc_responses_plain_and_per_record_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let records = warc_records();
    fs::write(dir.path().join("crawl.warc"), records.concat()).unwrap();
    // CC-NEWS: each record its own gzip member.
    let members: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    fs::write(dir.path().join("CC-NEWS-20190315.warc.gz"), members).unwrap();
    for file in ["crawl.warc", "CC-NEWS-20190315.warc.gz"] {
        let (code, facts, err) = extract(dir.path(), &[file]);
        assert_eq!(code, Some(0), "{file}: {err}");
        assert_eq!(rows(&facts), warc_expect(), "{file}");
        assert_eq!(
            facts[1].evidence,
            "NHS Basildon and Brentwood CCG is forecasting a deficit of £3m this financial year."
        );
    }
}

#[test]
fn truncated_warc_keeps_what_came_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = warc_records()[..3].concat();
    data.extend_from_slice(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\n<html>",
    );
    fs::write(dir.path().join("cut.warc"), &data).unwrap();
    let (code, facts, err) = extract(dir.path(), &["cut.warc"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(rows(&facts), warc_expect()[..1].to_vec());
    let at = warc_records()[..3].concat().len();
    assert_eq!(
        err.trim_end(),
        format!(
            "finfacts: cut.warc: record 4 at byte {at}: truncated record; the rest of the archive is skipped"
        )
    );
}

/// The JSON Lines documents of a folder of mixed inputs, as the Spark job
/// would pack them.
fn mixed_inputs(dir: &Path) {
    fs::write(
        dir.join("a.txt"),
        format!("Title: A\nDate: 2019-03-14\n\n{SOUTHEND}\n"),
    )
    .unwrap();
    fs::write(dir.join("b.html"), PAGE).unwrap();
    fs::write(dir.join("c.jsonl"), JSONL).unwrap();
    fs::write(dir.join("d.warc.gz"), gzip(&warc_records().concat())).unwrap();
    fs::write(
        dir.join("e.md"),
        "NHS Castle Point and Rochford CCG has a deficit of £2.5m.\n",
    )
    .unwrap();
}

#[test]
fn mixed_folder_is_deterministic_and_shards_partition_it() {
    let dir = tempfile::tempdir().unwrap();
    mixed_inputs(dir.path());
    let (code, all, err) = extract(dir.path(), &[".", "-j", "1"]);
    assert_eq!(code, Some(1), "{err}");
    let docs: Vec<&str> = all.iter().map(|f| f.doc.as_str()).collect();
    assert_eq!(
        docs,
        vec![
            "a.txt",
            "b.html",
            "api-1",
            "c.jsonl:4",
            "c.jsonl:6",
            "https://news.invalid/a",
            "https://news.invalid/b",
            "e.md",
        ]
    );
    let (_, again, _) = extract(dir.path(), &[".", "-j", "2"]);
    assert_eq!(all, again);
    // Documents, numbered in order: a.txt 0, b.html 1, c.jsonl lines 1 2 4
    // 5 6 as 2..=6 (lines 2 and 5 are warnings), the two pages of
    // d.warc.gz 7 and 8, e.md 9; shard I/3 takes the numbers I-1 modulo 3.
    let mut union = Vec::new();
    let mut per_shard = Vec::new();
    for i in 1..=3 {
        let shard = format!("{i}/3");
        let (_, facts, err) = extract(dir.path(), &[".", "--shard", &shard]);
        per_shard.push((
            facts.iter().map(|f| f.doc.clone()).collect::<Vec<_>>(),
            err.lines().count(),
        ));
        union.extend(facts);
    }
    assert_eq!(
        per_shard,
        vec![
            (vec![s("a.txt"), s("c.jsonl:6"), s("e.md")], 1),
            (
                vec![s("b.html"), s("c.jsonl:4"), s("https://news.invalid/a")],
                0
            ),
            (vec![s("api-1"), s("https://news.invalid/b")], 1),
        ]
    );
    let key = |f: &Fact| serde_json::to_string(f).unwrap();
    let mut a: Vec<String> = all.iter().map(key).collect();
    let mut b: Vec<String> = union.iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn stdin_gives_the_same_facts_as_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_finfacts"))
        .args(["extract", "--stdin", "-q"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(JSONL.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(rows(&parse(&out.stdout)), jsonl_rows("stdin"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("finfacts: stdin:2: invalid JSON record (column 37)"),
        "{err}"
    );
}

#[test]
fn stdin_streams_facts_as_documents_arrive() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_finfacts"))
        .args(["extract", "--stdin", "-q"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    // Each fact must come out while stdin is still open: a batch that
    // waited for more input would never answer.
    for i in 1..=3 {
        let line =
            serde_json::json!({"id": format!("doc-{i}"), "text": SOUTHEND, "date": "2019-03-14"});
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let got = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no fact for document {i} while stdin is open"));
        let f: Fact = serde_json::from_str(&got).unwrap();
        assert_eq!(
            (f.doc.as_str(), f.period.as_deref()),
            (format!("doc-{i}").as_str(), Some("2018-19"))
        );
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["extract", "--shard", "0/2", "."],
        vec!["extract", "--shard", "3/2", "."],
        vec!["extract", "--stdin", "."],
        vec!["extract", "--input-format", "pdf", "."],
        vec!["extract", "--stdin", "--input-format", "html"],
    ] {
        let run = finfacts_in(dir.path(), &args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(run.stdout.is_empty());
    }
}
