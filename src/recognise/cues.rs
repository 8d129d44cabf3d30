//! Cue phrases (what a figure measures) and status words (outturn,
//! forecast, plan, requirement), from `patterns/cues.toml`, found in one
//! overlapping Aho-Corasick pass, then the leftmost-longest matches of each
//! family picked from it.
//!
//! Takes the normalised text, yields mentions with spans. Deciding which cue
//! belongs to which figure is the facts stage's job.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::error::PatternError;
use crate::model::{Metric, Span, Status};
use crate::text::Phrases;

/// `cues.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueFile {
    #[serde(default)]
    pub cue: Vec<CueDef>,
    #[serde(default)]
    pub status: Vec<StatusDef>,
    #[serde(default)]
    pub not_level: NotLevelDef,
    #[serde(default)]
    pub table_column: Vec<TableColumnDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableColumnDef {
    pub phrases: Vec<String>,
    pub negative: String,
    #[serde(default)]
    pub positive: Option<String>,
}

/// A table column header and the metrics of its negative and positive cells.
#[derive(Clone, Debug)]
pub struct TableColumn {
    pub phrase: String,
    pub negative: Metric,
    pub positive: Option<Metric>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueDef {
    pub id: String,
    pub metric: String,
    pub role: Role,
    pub phrases: Vec<String>,
    #[serde(default)]
    pub weight: Option<f32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusDef {
    pub status: String,
    pub phrases: Vec<String>,
    /// Words that decide only when nothing stronger does ("was", "has").
    #[serde(default)]
    pub weak: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotLevelDef {
    #[serde(default)]
    pub after: Vec<String>,
    #[serde(default)]
    pub before: Vec<String>,
}

/// How a cue phrase must stand to a figure to type it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Noun,
    By,
    Verb,
    After,
}

/// One meaning of a cue phrase.
#[derive(Clone, Debug)]
pub struct CueSense {
    pub id: Arc<str>,
    pub metric: Metric,
    pub role: Role,
    pub weight: f32,
}

/// A cue phrase found in the text, with every sense it has.
#[derive(Clone, Debug)]
pub struct CueMention {
    pub span: Span,
    pub senses: Arc<[CueSense]>,
    /// The status the phrase carries by itself ([`carried_status`]).
    pub status: Option<Status>,
}

/// A status a cue phrase carries by itself: "planned deficit", "savings
/// target", "forecast deficit". (Known for each phrase when the cues are
/// compiled: a figure's typing asked it of the text every time.)
pub fn carried_status(cue: &str) -> Option<Status> {
    static PLANNED: Phrases = Phrases::new(&["planned", " plan"]);
    static TARGET: Phrases = Phrases::new(&[
        "target",
        "control total",
        "required",
        "requirement",
        "maximum",
    ]);
    static FORECAST: Phrases = Phrases::new(&["forecast", "projected", "predicted"]);
    if PLANNED.in_text(cue) || cue.starts_with("plan") {
        Some(Status::Planned)
    } else if TARGET.in_text(cue) {
        Some(Status::Target)
    } else if FORECAST.in_text(cue) {
        Some(Status::Forecast)
    } else {
        None
    }
}

/// A status word found in the text.
#[derive(Clone, Copy, Debug)]
pub struct StatusMention {
    pub span: Span,
    pub status: Status,
    pub weak: bool,
}

/// The cue and status phrases and what they mean (found by the shared
/// words pass, [`crate::recognise::words`]).
#[derive(Debug)]
pub struct Cues {
    /// Cue phrases (ids `0..senses.len()`), then status phrases,
    /// ASCII-lowercased: found in the ASCII-lowercased text, the same
    /// matches as an ASCII-case-insensitive search, all of them,
    /// overlapping; `words::leftmost_longest` picks each family's.
    phrases: Vec<String>,
    /// The file they come from, for errors.
    origin: String,
    senses: Vec<Arc<[CueSense]>>,
    /// The status each cue phrase carries ([`carried_status`]).
    carried: Vec<Option<Status>>,
    statuses: Vec<(Status, bool)>,
    /// Lowercased phrases that make a figure a rate or a difference.
    pub not_level_after: Affixes,
    pub not_level_before: Affixes,
    /// Table column headers, longest phrase first.
    pub table_columns: Vec<TableColumn>,
    /// Those of `table_columns` that name both signs ("surplus/(deficit)"),
    /// which can label a signed amount in running text, each with a search
    /// for its last occurrence.
    pub signed_columns: Vec<(TableColumn, memchr::memmem::FinderRev<'static>)>,
}

/// Which end of a text an [`Affixes`] list is matched at.
#[derive(Clone, Copy, Debug)]
pub enum End {
    Start,
    End,
}

/// Phrases looked for at one end of a text, filed by the byte they have
/// there: a figure's check compares the few phrases that can match instead
/// of the whole list (it ran for every figure).
#[derive(Debug)]
pub struct Affixes {
    phrases: Vec<String>,
    /// Phrase indexes, in list order, by their byte at `end`, then (last)
    /// those of empty phrases, which every text has at either end.
    by_byte: Vec<Vec<usize>>,
    end: End,
}

impl Affixes {
    pub fn new(phrases: Vec<String>, end: End) -> Affixes {
        let mut by_byte = vec![Vec::new(); 257];
        for (i, p) in phrases.iter().enumerate() {
            match edge_byte(p, end) {
                Some(b) => by_byte[usize::from(b)].push(i),
                None => by_byte.iter_mut().for_each(|v| v.push(i)),
            }
        }
        Affixes {
            phrases,
            by_byte,
            end,
        }
    }

    /// The phrases `text` starts (or ends) with, in list order.
    pub fn at<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let slot = edge_byte(text, self.end).map_or(256, usize::from);
        self.by_byte[slot]
            .iter()
            .map(|&i| self.phrases[i].as_str())
            .filter(move |p| match self.end {
                End::Start => text.starts_with(p),
                End::End => text.ends_with(p),
            })
    }
}

fn edge_byte(s: &str, end: End) -> Option<u8> {
    match end {
        End::Start => s.bytes().next(),
        End::End => s.bytes().next_back(),
    }
}

impl Cues {
    pub fn compile(file: CueFile, origin: &str) -> Result<Cues, PatternError> {
        let mut by_phrase: HashMap<String, Vec<CueSense>> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        for c in &file.cue {
            let metric = Metric::parse(&c.metric).ok_or_else(|| PatternError::Rule {
                file: origin.to_owned(),
                rule: c.id.clone(),
                message: format!("unknown metric {:?}", c.metric),
            })?;
            if c.phrases.iter().any(|p| p.trim().is_empty()) {
                return Err(PatternError::Rule {
                    file: origin.to_owned(),
                    rule: c.id.clone(),
                    message: "empty phrase".into(),
                });
            }
            let sense = CueSense {
                id: Arc::from(c.id.as_str()),
                metric,
                role: c.role,
                weight: c.weight.unwrap_or(1.0),
            };
            for p in &c.phrases {
                let key = p.trim().to_lowercase();
                if !by_phrase.contains_key(&key) {
                    order.push(key.clone());
                }
                by_phrase.entry(key).or_default().push(sense.clone());
            }
        }
        let senses: Vec<Arc<[CueSense]>> = order
            .iter()
            .map(|p| Arc::from(by_phrase.remove(p).unwrap_or_default()))
            .collect();

        let mut status_phrases: Vec<String> = Vec::new();
        let mut statuses = Vec::new();
        for s in &file.status {
            let st = Status::parse(&s.status).ok_or_else(|| PatternError::Rule {
                file: origin.to_owned(),
                rule: format!("status {}", s.status),
                message: format!("unknown status {:?}", s.status),
            })?;
            for p in &s.phrases {
                let key = p.trim().to_lowercase();
                if key.is_empty() || status_phrases.contains(&key) {
                    continue;
                }
                status_phrases.push(key);
                statuses.push((st, s.weak));
            }
        }
        // Cues and statuses share words ("forecast", "deficit plan"): one
        // automaton, each family's matches picked from the overlapping set.
        let mut phrases = order;
        phrases.extend(status_phrases);
        let phrases: Vec<String> = phrases.iter().map(|p| p.to_ascii_lowercase()).collect();
        // (The cue phrases as the text's lowercase copy has their matches.)
        let carried = phrases[..senses.len()]
            .iter()
            .map(|p| carried_status(p))
            .collect();
        let lower = |v: &[String]| v.iter().map(|s| s.trim().to_lowercase()).collect();
        let metric = |m: &str| {
            Metric::parse(m).ok_or_else(|| PatternError::Rule {
                file: origin.to_owned(),
                rule: "table_column".into(),
                message: format!("unknown metric {m:?}"),
            })
        };
        let mut table_columns = Vec::new();
        for t in &file.table_column {
            let negative = metric(&t.negative)?;
            let positive = t.positive.as_deref().map(metric).transpose()?;
            for p in &t.phrases {
                table_columns.push(TableColumn {
                    phrase: p.trim().to_lowercase(),
                    negative,
                    positive,
                });
            }
        }
        table_columns.sort_by_key(|t| std::cmp::Reverse(t.phrase.len()));
        let signed_columns = table_columns
            .iter()
            .filter(|t| t.phrase.contains("surplus") && t.phrase.contains("deficit"))
            .map(|t| {
                let last = memchr::memmem::FinderRev::new(t.phrase.as_bytes()).into_owned();
                (t.clone(), last)
            })
            .collect();
        Ok(Cues {
            table_columns,
            signed_columns,
            phrases,
            origin: origin.to_owned(),
            senses,
            carried,
            statuses,
            not_level_after: Affixes::new(lower(&file.not_level.after), End::Start),
            not_level_before: Affixes::new(lower(&file.not_level.before), End::End),
        })
    }

    /// The phrases looked for, ASCII-lowercased, in the order of their ids.
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// The file the phrases come from.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The cue phrases and status words of `text`, on word boundaries,
    /// given every occurrence of the phrases in it (ASCII-lowercased), in
    /// any order: `(start, end, phrase id)`, the ids those of
    /// [`Cues::phrases`].
    pub fn from_hits(
        &self,
        text: &str,
        hits: Vec<(usize, usize, usize)>,
    ) -> (Vec<CueMention>, Vec<StatusMention>) {
        let n_cues = self.senses.len();
        // (Sized for the hits: status words are most of them.)
        let (mut cues, mut stats) = (
            Vec::with_capacity(hits.len()),
            Vec::with_capacity(hits.len()),
        );
        for (s, e, p) in hits {
            let family = if p < n_cues { &mut cues } else { &mut stats };
            family.push((s, e, p));
        }
        // Each family's leftmost-longest matches, on word boundaries.
        let pick = |all| {
            crate::recognise::words::leftmost_longest(all)
                .into_iter()
                .filter(|&(s, e, _)| bounded(text, s, e))
        };
        let cues = pick(cues)
            .map(|(s, e, p)| CueMention {
                span: Span::new(s, e),
                senses: self.senses[p].clone(),
                status: self.carried[p],
            })
            .collect();
        let stats = pick(stats)
            .map(|(s, e, p)| {
                let (status, weak) = self.statuses[p - n_cues];
                StatusMention {
                    span: Span::new(s, e),
                    status,
                    weak,
                }
            })
            .collect();
        (cues, stats)
    }
}

fn bounded(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::model::Metric;

    /// Picking from the overlapping matches gives what a leftmost-longest
    /// automaton gives.
    #[test]
    fn overlapping_then_leftmost_longest_is_leftmost_longest() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let phrases = [
            "deficit",
            "funding deficit",
            "deficit plan",
            "plan",
            "forecast",
            "forecast deficit",
            "cit",
        ];
        let text = "the forecast deficit plan, a funding deficit plan and a planned deficit";
        let all = AhoCorasick::new(phrases).unwrap();
        let picked: Vec<(usize, usize)> = crate::recognise::words::leftmost_longest(
            all.find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect(),
        )
        .into_iter()
        .map(|(s, e, _)| (s, e))
        .collect();
        let ll = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases)
            .unwrap();
        let want: Vec<(usize, usize)> = ll.find_iter(text).map(|m| (m.start(), m.end())).collect();
        assert_eq!(picked, want);
        let words: Vec<&str> = picked.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            words,
            [
                "forecast deficit",
                "plan",
                "funding deficit",
                "plan",
                "plan",
                "deficit"
            ]
        );
    }

    /// A phrase that is both a cue and a status word is found as both.
    #[test]
    fn shared_phrase_is_a_cue_and_a_status() {
        let p = crate::patterns::test_patterns();
        let t = "The trust reached a control total of £5m.";
        let found = p.cues_in(t);
        let (cues, stats) = (found.cues, found.statuses);
        let words = |spans: Vec<crate::model::Span>| -> Vec<&str> {
            spans.iter().map(|s| &t[s.start..s.end]).collect()
        };
        assert_eq!(
            words(cues.iter().map(|c| c.span).collect()),
            ["reached", "control total"]
        );
        assert_eq!(
            words(stats.iter().map(|s| s.span).collect()),
            ["reached", "control total"]
        );
    }

    #[test]
    fn finds_longest_cue_with_all_senses() {
        let p = crate::patterns::test_patterns();
        let t = "a £4.8million funding black hole and an overspend";
        let c = p.cues_in(t).cues;
        assert_eq!(&t[c[0].span.start..c[0].span.end], "funding black hole");
        assert_eq!(c[0].senses[0].metric, Metric::FundingGap);
        let roles: Vec<_> = c[1].senses.iter().map(|s| s.role).collect();
        assert!(roles.len() >= 2, "{roles:?}");
    }

    /// The filed lists give what a scan of the whole list gives.
    #[test]
    fn affixes_are_the_phrases_at_that_end() {
        use super::{Affixes, End};
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let after = Affixes::new(list(&["a year", "a week", "per head", "a"]), End::Start);
        let got: Vec<&str> = after.at("a year later").collect();
        assert_eq!(got, ["a year", "a"]);
        assert_eq!(after.at("per head of").collect::<Vec<_>>(), ["per head"]);
        assert_eq!(after.at("").count(), 0);
        let before = Affixes::new(list(&["up by", "by", "", "rise of"]), End::End);
        assert_eq!(
            before.at("went up by").collect::<Vec<_>>(),
            ["up by", "by", ""]
        );
        assert_eq!(before.at("").collect::<Vec<_>>(), [""]);
    }
}
