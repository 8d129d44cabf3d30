//! `finfacts extract`: the main job.

use crate::cli::ExtractArgs;
use crate::cmd::{Outcome, for_each_document, load_patterns, pool};
use crate::facts::{self, Options};
use crate::output::{FactWriter, Format};
use crate::progress::Progress;

pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let patterns = load_patterns(&args.corpus)?;
    let pool = pool(args.corpus.jobs)?;
    let format = args
        .format
        .or_else(|| args.out.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Jsonl);
    let opts = Options {
        all_figures: args.all_figures,
        explain: args.explain,
    };
    let mut writer =
        FactWriter::create(args.out.as_deref(), format, args.explain).map_err(|e| {
            anyhow::anyhow!(
                "{}: cannot write output: {e}",
                args.out
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "-".into())
            )
        })?;
    writer.begin()?;
    let mut progress = Progress::new(args.corpus.quiet, args.corpus.no_progress);
    // Streaming (`--stdin`): each document's facts leave as soon as they
    // are known, so a pipeline downstream never waits on our buffer.
    let streaming = args.input.stdin;
    for_each_document(
        args.input.sources(args.corpus.inputs()),
        &pool,
        &mut progress,
        |doc| facts::extract(doc, &patterns, &opts),
        |doc, facts, progress| {
            for f in &facts {
                writer.write(f)?;
            }
            if streaming {
                writer.flush()?;
            }
            progress.document(doc.text.len() as u64, facts.len() as u64);
            Ok(())
        },
    )?;
    writer.finish().map_err(|e| {
        anyhow::Error::new(e).context(format!(
            "{}: cannot finish the output",
            args.out
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "-".into())
        ))
    })?;
    progress.finish();
    Ok(if progress.warnings > 0 {
        Outcome::Skipped
    } else {
        Outcome::Clean
    })
}
