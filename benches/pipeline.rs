//! Criterion benches: each recogniser over one article, and one article end
//! to end. Each bench first checks what it measures (counts of figures,
//! bodies, cues and facts), so a broken recogniser cannot look fast.
//!
//! ```sh
//! cargo bench --bench pipeline            # all
//! cargo bench --bench pipeline -- figures # one
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use finfacts::model::Document;
use finfacts::{Options, Patterns};

/// A made-up local finance story (~2.5 KB) in the style of the corpus:
/// five figures among sentences without one.
const ARTICLE: &str = "Title: Hospital trust warns of deficit
Date: 2019-06-12
URL: https://news.example.invalid/bench

Hospital trust warns of deficit

Southend University Hospital NHS Foundation Trust is forecasting a deficit of \u{a3}4.8m for 2019/20, board papers show.

The trust said the cost of agency staff and a rise in emergency admissions had put pressure on its finances. Patients have been urged to use other services unless their condition is life-threatening.

Finance director Sarah Jones said the trust needed to find savings of \u{a3}12.5 million this year. She said: \u{201c}We know there is more to do, and we are working closely with our partners.\u{201d}

NHS Southend CCG, which has an annual budget of around \u{a3}270m, said it would work with the hospital. Only 81.3 per cent of patients were seen within four hours in May, against a target of 95 per cent.

Union representatives said morale among nurses was at its lowest for years. The new ward, which has 28 beds, is due to open in the spring after a delay. Campaigners gathered outside the building on Monday to protest against the proposals.

Inspectors from the Care Quality Commission visited the site in March and rated it as requiring improvement. The board will meet again in July to discuss the plans in more detail.

Car parking charges at the main site have been frozen for another year. Volunteers have helped to run the hospital radio service for more than 40 years. GP practices in the area have also reported record numbers of appointments.

The chief executive thanked staff for their hard work and dedication. Plans for a new diagnostic centre were approved by councillors last week.
";

fn document() -> Document {
    let (meta, _) = finfacts::corpus::header_block(ARTICLE);
    Document {
        id: "bench.txt".into(),
        text: ARTICLE.to_owned(),
        meta,
    }
}

fn benches(c: &mut Criterion) {
    let p = Patterns::embedded().expect("embedded patterns compile");
    let doc = document();
    let norm = finfacts::text::normalise(&doc.text);
    let opts = Options::default();

    // What each bench measures, checked once.
    let figs = p.figures.find(&norm, false);
    assert_eq!(figs.len(), 5, "figures: {figs:?}");
    let orgs = p.orgs.find(&norm);
    assert!(orgs.len() >= 2, "bodies: {orgs:?}");
    assert!(!p.cues_in(&norm).cues.is_empty());
    let facts = finfacts::extract(&doc, &p, &opts);
    assert_eq!(facts.len(), 5, "facts: {facts:#?}");

    let mut g = c.benchmark_group("recognise");
    g.throughput(Throughput::Bytes(norm.len() as u64));
    g.bench_function("normalise", |b| {
        b.iter(|| finfacts::text::normalise(black_box(&doc.text)))
    });
    g.bench_function("sentences", |b| {
        b.iter(|| finfacts::text::sentences(black_box(&norm)))
    });
    g.bench_function("figures", |b| {
        b.iter(|| p.figures.find(black_box(&norm), false))
    });
    g.bench_function("orgs", |b| b.iter(|| p.orgs.find(black_box(&norm))));
    let lower = norm.to_ascii_lowercase();
    g.bench_function("anaphors", |b| {
        b.iter(|| {
            p.orgs
                .anaphors(black_box(&norm), black_box(lower.as_bytes()))
        })
    });
    // The cue phrases, status words and the name rules' words: one pass.
    g.bench_function("words", |b| b.iter(|| p.cues_in(black_box(&norm))));
    g.finish();

    let mut g = c.benchmark_group("document");
    g.throughput(Throughput::Bytes(doc.text.len() as u64));
    g.bench_function("extract", |b| {
        b.iter(|| finfacts::extract(black_box(&doc), &p, &opts))
    });
    // A document without a single figure: the early exit.
    let mut plain = doc.clone();
    plain.text = ARTICLE
        .lines()
        .filter(|l| !l.contains('\u{a3}') && !l.contains("per cent"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(finfacts::extract(&plain, &p, &opts).is_empty());
    g.bench_function("extract_no_figures", |b| {
        b.iter(|| finfacts::extract(black_box(&plain), &p, &opts))
    });
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
