//! One pass over the lowercased text for the cue and status phrases and
//! the words the organisation rules need.
//!
//! Both were found by an automaton of their own, each reporting every
//! occurrence (overlapping); together they were a pass over every byte of
//! every document apiece. One automaton of both lists reports the same
//! occurrences, which are handed to each recogniser
//! ([`Cues::from_hits`], [`Gate::scan_of`]): the same mentions in one pass.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::PatternError;
use crate::prefilter::{Gate, Scan};
use crate::recognise::cues::{CueMention, Cues, StatusMention};

/// The combined automaton: the cue phrases (ids `0..cues`), then the
/// gate's literals.
#[derive(Debug)]
pub struct Words {
    ac: AhoCorasick,
    cues: usize,
}

/// What one pass finds.
#[derive(Debug)]
pub struct Found {
    pub cues: Vec<CueMention>,
    pub statuses: Vec<StatusMention>,
    /// Where the organisation rules' words are.
    pub gate: Scan,
}

impl Words {
    pub fn new(cues: &Cues, gate: &Gate) -> Result<Words, PatternError> {
        let phrases = cues.phrases();
        let all = phrases
            .iter()
            .map(|p| p.as_bytes())
            .chain(gate.literals().iter().map(Vec::as_slice));
        let ac = AhoCorasickBuilder::new()
            // Every occurrence, overlapping: no phrase hides another.
            .match_kind(MatchKind::Standard)
            // A DFA: several times faster to scan than the default NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(all)
            .map_err(|e| PatternError::Invalid {
                file: cues.origin().to_owned(),
                line: 0,
                message: format!("cannot build the cue automaton: {e}"),
            })?;
        Ok(Words {
            ac,
            cues: phrases.len(),
        })
    }

    /// The cue and status mentions in `text` and the gate's scan of it,
    /// given `text` ASCII-lowercased.
    pub fn find(&self, cues: &Cues, gate: &Gate, text: &str, lower: &[u8]) -> Found {
        let (mut phrase_hits, mut word_hits) = (Vec::new(), Vec::new());
        for m in self.ac.find_overlapping_iter(lower) {
            let p = m.pattern().as_usize();
            match p.checked_sub(self.cues) {
                None => phrase_hits.push((m.start(), m.end(), p)),
                Some(lit) => word_hits.push((lit, m.start())),
            }
        }
        let (cues, statuses) = cues.from_hits(text, phrase_hits);
        Found {
            cues,
            statuses,
            gate: gate.scan_of(word_hits),
        }
    }
}

#[cfg(test)]
mod tests {
    /// The shared pass tells the organisation rules what the gate's own
    /// pass tells them, and finds the cues.
    #[test]
    fn one_pass_finds_what_the_gate_finds() {
        let p = crate::patterns::test_patterns();
        let t = "Shropshire CCG and the Shrewsbury and Telford Hospital NHS Trust \
                 reported a deficit of £5m against a control total of £2m.";
        let lower = t.to_ascii_lowercase();
        let found = p.cues_in(t);
        let gate = p.orgs.gate();
        let own = gate.scan(lower.as_bytes());
        let limits = gate.limits(lower.as_bytes());
        let shared: Vec<_> = (0..limits.len()).map(|r| found.gate.limit(r)).collect();
        assert_eq!(shared, limits);
        for r in 0..limits.len() {
            assert_eq!(found.gate.anchor(r), own.anchor(r), "rule {r}");
        }
        // Some rules can match here and some cannot.
        assert!(limits.iter().any(Option::is_some));
        assert!(limits.iter().any(Option::is_none));
        let cues: Vec<&str> = found
            .cues
            .iter()
            .map(|c| &t[c.span.start..c.span.end])
            .collect();
        assert_eq!(cues, ["deficit", "control total"]);
    }
}
