//! The patterns loader: one pattern file replaced by the fuzzer's bytes
//! (the first byte picks which), loaded through `Patterns::load` from a
//! folder as `--patterns DIR` does. A bad file must be an error naming a
//! pattern file; a good one must compile into rules that extract without
//! panicking.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use finfacts::Patterns;
use finfacts::model::Document;
use finfacts::patterns::FILES;
use libfuzzer_sys::fuzz_target;

/// A scratch folder per fuzzing process; those of processes that have
/// ended are removed when the next one starts.
static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
    let base = std::env::temp_dir().join("finfacts-fuzz-patterns");
    if let Ok(entries) = std::fs::read_dir(&base) {
        for e in entries.flatten() {
            let pid = e.file_name().to_string_lossy().into_owned();
            if !PathBuf::from("/proc").join(&pid).exists() {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    let d = base.join(std::process::id().to_string());
    std::fs::create_dir_all(&d).expect("a scratch folder");
    d
});

const SAMPLE: &str = "Title: Trust finances\nDate: 2019-03-14\n\n\
NHS Southend CCG is forecasting a deficit of £4.8m this year, up 12 per cent.\n\
The trust needs to save nearly £20 million in 2019/20. It missed its 95% target.\n\
| Trust | Deficit |\n|---|---|\n| Leeds Teaching Hospitals NHS Trust | £3.2m |\n";

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let (name, _) = FILES[usize::from(pick) % FILES.len()];
    for (other, _) in FILES {
        let _ = std::fs::remove_file(DIR.join(other));
    }
    let path = DIR.join(name);
    std::fs::write(&path, rest).expect("write the pattern file");
    match Patterns::load(Some(&DIR)) {
        Ok(p) => {
            let doc = Document {
                id: "sample.txt".into(),
                text: SAMPLE.into(),
                meta: Default::default(),
            };
            finfacts_fuzz::check_document(&doc, &p);
        }
        Err(e) => {
            // The fault may show in another file (an alias of a body the
            // replaced table lacks), but the message names a pattern file.
            let msg = e.to_string();
            assert!(
                FILES.iter().any(|(n, _)| msg.contains(n)),
                "the error names no pattern file: {msg}"
            );
        }
    }
});
