//! `finfacts mentions`: every recognised mention as JSON Lines, so users and
//! tests can see what the recognisers found before facts are assembled.

use std::io::Write;

use serde::Serialize;

use crate::cli::MentionsArgs;
use crate::cmd::{Outcome, for_each_document, load_patterns, pool};
use crate::facts::qualify_periods;
use crate::model::Document;
use crate::patterns::Patterns;
use crate::progress::Progress;
use crate::text;

/// One recognised mention, as printed.
#[derive(Debug, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Mention {
    pub doc: String,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unit: Option<String>,
    /// Figures only: whether a hedge or a range makes the value approximate.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub approx: Option<bool>,
    /// Figures and hedges: "lower", "upper" or null (printed as null when
    /// there is none, absent for other kinds).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bound: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub org: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub org_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub org_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub metric: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rule: Option<String>,
}

impl Mention {
    fn new(doc: &Document, kind: &str, start: usize, end: usize) -> Mention {
        Mention {
            doc: doc.id.clone(),
            kind: kind.to_owned(),
            start,
            end,
            text: doc.text[start..end].to_owned(),
            value: None,
            unit: None,
            approx: None,
            bound: None,
            org: None,
            org_type: None,
            org_id: None,
            metric: None,
            status: None,
            rule: None,
        }
    }
}

/// Every mention in a document, in text order (figures, bodies, cues,
/// status words, periods and hedges).
pub fn mentions(doc: &Document, p: &Patterns) -> Vec<Mention> {
    let norm = text::normalise(&doc.text);
    let mut out = Vec::new();
    for f in p.figures.find(&norm, true) {
        let mut m = Mention::new(doc, f.kind.as_str(), f.span.start, f.span.end);
        m.value = Some(f.value.normalize().to_string());
        if !f.unit.is_empty() {
            m.unit = Some(f.unit.to_string());
        }
        m.approx = Some(f.approx);
        m.bound = Some(f.bound.map(|b| b.as_str().to_owned()));
        m.rule = Some(f.rule.to_string());
        if let Some(h) = f.hedge {
            let mut hm = Mention::new(doc, "hedge", h.start, h.end);
            // The hedge's own bound ("about" has none, even on a range).
            let own = p.figures.hedge_bound(&norm[h.start..h.end]);
            hm.bound = Some(own.map(|b| b.as_str().to_owned()));
            out.push(hm);
        }
        out.push(m);
    }
    for o in p.orgs.find(&norm) {
        let mut m = Mention::new(doc, "org", o.span.start, o.span.end);
        m.org = Some(o.org.name.to_string());
        m.org_type = Some(o.org.kind.as_output().to_owned());
        m.org_id = o.org.id.as_deref().map(str::to_owned);
        out.push(m);
    }
    let words = p.cues_in(&norm);
    for c in words.cues {
        let mut m = Mention::new(doc, "cue", c.span.start, c.span.end);
        m.metric = c.senses.first().map(|s| s.metric.as_str().to_owned());
        m.rule = Some(
            c.senses
                .iter()
                .map(|s| s.id.as_ref())
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push(m);
    }
    for s in words.statuses {
        let mut m = Mention::new(doc, "status", s.span.start, s.span.end);
        m.status = Some(s.status.as_str().to_owned());
        out.push(m);
    }
    for (span, period) in qualify_periods(&norm) {
        let mut m = Mention::new(doc, "period", span.start, span.end);
        m.value = Some(period);
        out.push(m);
    }
    out.sort_by(|a, b| (a.start, a.end, &a.kind).cmp(&(b.start, b.end, &b.kind)));
    out
}

pub fn run(args: MentionsArgs) -> anyhow::Result<Outcome> {
    let patterns = load_patterns(&args.corpus)?;
    let pool = pool(args.corpus.jobs)?;
    let mut progress = Progress::new(args.corpus.quiet, args.corpus.no_progress);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for_each_document(
        args.input.sources(args.corpus.inputs()),
        &pool,
        &mut progress,
        |doc| mentions(doc, &patterns),
        |doc, ms, progress| {
            for m in &ms {
                serde_json::to_writer(&mut out, m)?;
                out.write_all(b"\n")?;
            }
            progress.document(doc.text.len() as u64, 0);
            Ok(())
        },
    )?;
    out.flush()?;
    progress.finish();
    Ok(if progress.warnings > 0 {
        Outcome::Skipped
    } else {
        Outcome::Clean
    })
}
