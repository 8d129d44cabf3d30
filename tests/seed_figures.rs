//! Every money amount and percentage in the shared seed articles
//! (`../shared/seeds`), listed by hand from reading them, must be found
//! with its exact value, unit and hedge — and nothing else may be reported
//! as money or a percentage (the seeds hold years, financial years, dates,
//! "four-hour" targets, "44 new health systems", "four localities").
//! Skips with a message when `../shared` is absent.

use finfacts::model::FigureKind;

use crate::util::{PATTERNS, shared};

/// (mention as written, value, unit, approx, bound), in text order.
type Want = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    Option<&'static str>,
);

const SEEDS: &[(&str, &[Want])] = &[
    (
        "000_407ddee73a00dc34.txt",
        &[
            ("£4.8million", "4800000", "GBP", false, None),
            ("£270million", "270000000", "GBP", true, None),
            ("1 per cent", "1", "percent", false, None),
            ("£200million", "200000000", "GBP", true, None),
            ("£2million", "2000000", "GBP", true, None),
            ("£8million", "8000000", "GBP", false, None),
            ("£2million", "2000000", "GBP", false, None),
            ("£720,000", "720000", "GBP", false, None),
        ],
    ),
    (
        "001_258f4f59d95a6bf8.txt",
        &[
            ("£7million", "7000000", "GBP", false, None),
            ("£18.2million", "18200000", "GBP", false, None),
            ("£18.2million", "18200000", "GBP", true, Some("lower")),
            ("£7million", "7000000", "GBP", false, None),
            ("91.5 per cent", "91.5", "percent", false, None),
            ("95 per cent", "95", "percent", false, None),
        ],
    ),
    (
        "002_da19cbc613866ecb.txt",
        &[
            ("£15m", "15000000", "GBP", true, Some("upper")),
            ("£8.6m", "8600000", "GBP", false, None),
            ("£6m", "6000000", "GBP", false, None),
            ("one per cent", "1", "percent", false, None),
            ("one per cent", "1", "percent", false, None),
            ("£660m", "660000000", "GBP", true, Some("lower")),
        ],
    ),
    (
        "003_7278bb0e308da80e.txt",
        &[
            ("£60 million", "60000000", "GBP", false, None),
            ("£2.5 billion", "2500000000", "GBP", false, None),
            ("£60 million", "60000000", "GBP", false, None),
            ("£52m", "52000000", "GBP", false, None),
            ("£45m", "45000000", "GBP", false, None),
            ("£39m", "39000000", "GBP", false, None),
            ("£40.3m", "40300000", "GBP", false, None),
        ],
    ),
    (
        "004_a44c85b96c52a394.txt",
        &[
            ("eight percent", "8", "percent", false, None),
            ("four percent", "4", "percent", true, Some("lower")),
        ],
    ),
];

#[test]
fn every_seed_amount_and_percentage_is_found_exactly() {
    let Some(sh) = shared() else { return };
    let dir = sh.join("seeds");
    let mut failures = Vec::new();
    let mut n = 0;
    for (file, want) in SEEDS {
        let path = dir.join(file);
        let Ok(text) = std::fs::read_to_string(&path) else {
            failures.push(format!("{file}: cannot read {}", path.display()));
            continue;
        };
        let norm = finfacts::text::normalise(&text);
        let got: Vec<(String, String, String, bool, Option<&str>)> = PATTERNS
            .figures
            .find(&norm, false)
            .into_iter()
            .filter(|f| matches!(f.kind, FigureKind::Money | FigureKind::Percent))
            .map(|f| {
                (
                    text[f.span.start..f.span.end].to_owned(),
                    f.value.normalize().to_string(),
                    f.unit.to_string(),
                    f.approx,
                    f.bound.map(|b| b.as_str()),
                )
            })
            .collect();
        let want: Vec<(String, String, String, bool, Option<&str>)> = want
            .iter()
            .map(|w| (w.0.to_owned(), w.1.to_owned(), w.2.to_owned(), w.3, w.4))
            .collect();
        n += want.len();
        if got != want {
            failures.push(format!("{file}\n   want {want:?}\n    got {got:?}"));
        }
    }
    // Every seed file is listed, so a new seed cannot go unchecked.
    let listed: Vec<&str> = SEEDS.iter().map(|s| s.0).collect();
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".txt"))
                .collect()
        })
        .unwrap_or_default();
    on_disk.sort();
    assert_eq!(on_disk, listed, "seed files and the list here differ");
    eprintln!("seeds: {n} money amounts and percentages checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
