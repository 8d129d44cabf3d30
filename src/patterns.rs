//! Loads the rule data in `patterns/` and compiles it once.
//!
//! The defaults are embedded in the binary (`include_str!`), so finfacts
//! works from any folder; `--patterns DIR` replaces any file that DIR holds
//! and keeps the embedded default for the others. Every file is parsed
//! strictly (unknown keys are errors) and every error names the file and
//! the line or rule.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::PatternError;
use crate::recognise::cues::{CueFile, Cues};
use crate::recognise::figures::{FigureFile, Figures};
use crate::recognise::orgs::{Gazetteer, OrgRulesFile};
use crate::recognise::words::{Found, Words};

/// The pattern files finfacts reads, with their embedded defaults.
pub const FILES: &[(&str, &str)] = &[
    ("figures.toml", include_str!("../patterns/figures.toml")),
    ("cues.toml", include_str!("../patterns/cues.toml")),
    ("org_rules.toml", include_str!("../patterns/org_rules.toml")),
    (
        "organisations.tsv",
        include_str!("../patterns/organisations.tsv"),
    ),
    (
        "organisations_extra.tsv",
        include_str!("../patterns/organisations_extra.tsv"),
    ),
    (
        "org_aliases.tsv",
        include_str!("../patterns/org_aliases.tsv"),
    ),
];

/// The text of one pattern file and where it came from.
#[derive(Clone, Debug)]
pub struct Source {
    /// What error messages call it: the path, or `<embedded>/NAME`.
    pub origin: String,
    pub text: String,
}

/// Every compiled rule set. Built once per run and shared by all threads.
#[derive(Debug)]
pub struct Patterns {
    pub figures: Figures,
    pub cues: Cues,
    pub orgs: Gazetteer,
    /// The cue phrases and the organisation rules' words, in one automaton.
    pub words: Words,
}

impl Patterns {
    /// The cue phrases, status words and anaphors of `text` (and where the
    /// organisation rules' words are), in one pass.
    pub fn cues_in(&self, text: &str) -> Found {
        self.words.find(
            &self.cues,
            &self.orgs,
            text,
            &text.as_bytes().to_ascii_lowercase(),
        )
    }

    /// The embedded defaults.
    pub fn embedded() -> Result<Patterns, PatternError> {
        Patterns::load(None)
    }

    /// Loads from `dir` where a file exists there, else the embedded default.
    pub fn load(dir: Option<&Path>) -> Result<Patterns, PatternError> {
        Patterns::load_with(dir, false)
    }

    /// [`Patterns::load`], building the organisation gazetteer on a second
    /// thread while the figure and cue automata compile on this one when
    /// `parallel` (start-up is a tenth of a second, half of it each). The
    /// result, and the first error reported, are the same either way.
    pub fn load_with(dir: Option<&Path>, parallel: bool) -> Result<Patterns, PatternError> {
        if let Some(d) = dir
            && !d.is_dir()
        {
            return Err(PatternError::Io {
                file: d.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "not a directory of pattern files",
                ),
            });
        }
        let src = |name: &str| source(dir, name);
        let toml_srcs = [
            src("figures.toml")?,
            src("cues.toml")?,
            src("org_rules.toml")?,
        ];
        let at_line = |e| rule_line(e, &toml_srcs);
        let figures: FigureFile = parse_toml(&toml_srcs[0])?;
        let cues: CueFile = parse_toml(&toml_srcs[1])?;
        let org_rules: OrgRulesFile = parse_toml(&toml_srcs[2])?;
        let tables = [
            src("organisations.tsv")?,
            src("organisations_extra.tsv")?,
            src("org_aliases.tsv")?,
        ];
        let rules_origin = origin(dir, "org_rules.toml");
        // The gazetteer sends the words pass its lists as soon as it knows
        // them: with two threads, the pass is built meanwhile.
        let (lists_tx, lists_rx) = std::sync::mpsc::channel();
        let build_orgs = move || {
            let [reference, extra, aliases] = &tables;
            Gazetteer::build(
                reference,
                extra,
                aliases,
                org_rules,
                &rules_origin,
                &lists_tx,
            )
        };
        let compile_rest = || {
            (
                Figures::compile(figures, &origin(dir, "figures.toml")),
                Cues::compile(cues, &origin(dir, "cues.toml")),
            )
        };
        // The words pass, once the cues compiled and the lists came (none
        // when the gazetteer failed first: its error is the one reported).
        let words_of = |cues: &Result<Cues, PatternError>| match (cues, lists_rx.recv()) {
            (Ok(cues), Ok(lists)) => Some(Words::new(cues, &lists)),
            _ => None,
        };
        let ((figures, cues), orgs, words) = if parallel {
            std::thread::scope(|s| {
                let orgs = s.spawn(build_orgs);
                let rest = compile_rest();
                let words = words_of(&rest.1);
                // (A panic in the build is a bug: it goes on unwinding.)
                let orgs = orgs.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
                (rest, orgs, words)
            })
        } else {
            let rest = compile_rest();
            let orgs = build_orgs();
            let words = words_of(&rest.1);
            (rest, orgs, words)
        };
        // (The first error in one order, whatever the threads: figures,
        // cues, gazetteer, words.)
        let figures = figures.map_err(at_line)?;
        let cues = cues.map_err(at_line)?;
        let orgs = orgs.map_err(at_line)?;
        let words = words.ok_or_else(|| PatternError::Invalid {
            file: origin(dir, "org_rules.toml"),
            line: 0,
            message: "the gazetteer gave no word lists (a bug: please report it)".into(),
        })??;
        Ok(Patterns {
            figures,
            cues,
            orgs,
            words,
        })
    }
}

/// Gives an error about a rule the line of the rule's `id = "..."`, when
/// the file has one.
fn rule_line(e: PatternError, sources: &[Source]) -> PatternError {
    let PatternError::Rule {
        file,
        rule,
        message,
    } = e
    else {
        return e;
    };
    let is_id = |l: &str| {
        l.trim()
            .strip_prefix("id")
            .and_then(|r| r.trim_start().strip_prefix('='))
            .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == rule)
    };
    let line = sources
        .iter()
        .filter(|s| s.origin == file)
        .find_map(|s| s.text.lines().position(is_id));
    match line {
        Some(i) => PatternError::Invalid {
            file,
            line: i + 1,
            message: format!("rule {rule}: {message}"),
        },
        None => PatternError::Rule {
            file,
            rule,
            message,
        },
    }
}

fn origin(dir: Option<&Path>, name: &str) -> String {
    match dir {
        Some(d) if d.join(name).is_file() => d.join(name).display().to_string(),
        _ => format!("{EMBEDDED}{name}"),
    }
}

/// Reads `name` from `dir` when it is there, else returns the embedded copy.
pub fn source(dir: Option<&Path>, name: &str) -> Result<Source, PatternError> {
    if let Some(d) = dir {
        let path: PathBuf = d.join(name);
        if path.exists() && !path.is_file() {
            return Err(PatternError::Io {
                file: path,
                source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file"),
            });
        }
        if path.is_file() {
            let text = std::fs::read_to_string(&path).map_err(|e| PatternError::Io {
                file: path.clone(),
                source: e,
            })?;
            return Ok(Source {
                origin: path.display().to_string(),
                text,
            });
        }
    }
    let text = FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| (*t).to_owned())
        .ok_or_else(|| PatternError::Invalid {
            file: name.to_owned(),
            line: 0,
            message: "no such pattern file".into(),
        })?;
    Ok(Source {
        origin: format!("{EMBEDDED}{name}"),
        text,
    })
}

/// Parses a TOML pattern file strictly; errors carry the line number.
pub fn parse_toml<T: DeserializeOwned>(src: &Source) -> Result<T, PatternError> {
    toml::from_str(&src.text).map_err(|e| {
        let line = e.span().map(|s| line_of(&src.text, s.start)).unwrap_or(0);
        PatternError::Invalid {
            file: src.origin.clone(),
            line,
            message: e.message().to_owned(),
        }
    })
}

/// 1-based line number of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Compiles a user-supplied regex with a size limit, so a pathological
/// pattern is an error rather than a memory blow-up. The regex crate
/// guarantees linear-time matching; nothing here may use a backtracking
/// engine.
pub fn compile_regex(
    pattern: &str,
    file: &str,
    rule: &str,
) -> Result<crate::rx::Regex, PatternError> {
    let tree = crate::rx::parse(pattern, true);
    compile_regex_tree(pattern, tree.as_ref(), file, rule)
}

/// [`compile_regex`], given `pattern`'s case-insensitive syntax tree
/// (`crate::rx::parse(pattern, true)`) that the caller read already.
pub fn compile_regex_tree(
    pattern: &str,
    tree: Option<&regex_syntax::hir::Hir>,
    file: &str,
    rule: &str,
) -> Result<crate::rx::Regex, PatternError> {
    let opts = crate::rx::Options {
        case_insensitive: true,
        size_limit: 16 * (1 << 20),
        dfa_size_limit: 16 * (1 << 20),
    };
    let err = |e: regex::Error| PatternError::Rule {
        file: file.to_owned(),
        rule: rule.to_owned(),
        message: e.to_string(),
    };
    let regex = crate::rx::Regex::with_tree(pattern, tree, opts).map_err(err)?;
    if !is_embedded(file) {
        regex.check_original().map_err(err)?;
    }
    Ok(regex)
}

/// Whether `origin` (what error messages call a pattern file) names an
/// embedded default: their examples and regexes as written are checked by
/// the tests (`embedded_patterns_compile`), not at every start.
pub fn is_embedded(origin: &str) -> bool {
    origin.starts_with(EMBEDDED)
}

const EMBEDDED: &str = "<embedded>/patterns/";

/// The embedded patterns compiled once, for unit tests.
#[cfg(test)]
pub(crate) fn test_patterns() -> &'static Patterns {
    static P: std::sync::LazyLock<Patterns> =
        std::sync::LazyLock::new(|| Patterns::embedded().expect("embedded patterns compile"));
    &P
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_patterns_compile() {
        let p = Patterns::embedded();
        assert!(p.is_ok(), "{:?}", p.err());
        // As a user's files, the rules' examples are checked and the regexes
        // as written compiled too (for the embedded ones: never the
        // examples, the regexes only on a text with a non-ASCII letter).
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
        let origin = origin(Some(&dir), "figures.toml");
        assert!(!is_embedded(&origin), "{origin}");
        let p = Patterns::load(Some(&dir));
        assert!(p.is_ok(), "{:?}", p.err());
    }

    #[test]
    fn parallel_loading_builds_the_same_patterns_and_errors() {
        let one = Patterns::load_with(None, false).unwrap();
        let two = Patterns::load_with(None, true).unwrap();
        assert_eq!(one.orgs.len(), two.orgs.len());
        assert!(one.orgs.len() > 600);
        let text = "Hull University Teaching Hospitals NHS Trust had a £14.6m deficit.";
        let names = |p: &Patterns| -> Vec<String> {
            p.orgs
                .find(text)
                .into_iter()
                .map(|m| m.org.name.to_string())
                .collect()
        };
        assert_eq!(names(&one), names(&two));
        assert_eq!(
            names(&one),
            ["Hull University Teaching Hospitals NHS Trust"]
        );
        // A bad figures file and a bad rules file: the figures error first,
        // both ways.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("figures.toml"),
            "[currency.prefix]\n\"£\" = \"GBP\"\n[multipliers]\nm = \"1000000\"\n[[rule]]\nid = \"bad\"\nkind = \"money\"\npattern = \"(unclosed\"\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("org_rules.toml"),
            "[[rule]]\nid = \"worse\"\ntype = \"trust\"\nname = \"{text}\"\npattern = \"(also unclosed\"\n",
        )
        .unwrap();
        let e1 = Patterns::load_with(Some(dir.path()), false)
            .err()
            .unwrap()
            .to_string();
        let e2 = Patterns::load_with(Some(dir.path()), true)
            .err()
            .unwrap()
            .to_string();
        assert_eq!(e1, e2);
        assert!(e1.contains("figures.toml") && e1.contains("bad"), "{e1}");
    }

    #[test]
    fn toml_errors_name_file_and_line() {
        let src = Source {
            origin: "x/figures.toml".into(),
            text: "[currency]\nprefix = {}\nbogus = 1\n".into(),
        };
        let err = parse_toml::<FigureFile>(&src).unwrap_err().to_string();
        assert!(err.starts_with("x/figures.toml:3:"), "{err}");
        assert!(err.contains("bogus"), "{err}");
    }
}
