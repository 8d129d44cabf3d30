//! Where the ASCII digits of a pattern's matches lie, read off its syntax:
//! how far a match can start before its first digit, and how far it can
//! run between two digits or after its last. A text's figures can then be
//! searched for around its digits only ([`Windows::at`]).

use regex_syntax::hir::{Class, Hir, HirKind};

/// The digit-free stretches of the matches of a set of patterns, each of
/// whose matches holds an ASCII digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DigitRuns {
    /// Most bytes of a match before its first digit.
    pub lead: usize,
    /// Most bytes of a match without a digit: the longest digit-free
    /// stretch anywhere in it (between two of its digits, after its last,
    /// or before its first).
    pub gap: usize,
}

/// Where to search for the leftmost match at or after some position, found
/// by [`Windows::at`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// The leftmost match starting at or after the position lies in
    /// `from..to`, if any match starts before `then`.
    Search { from: usize, to: usize, then: usize },
    /// No match starts at or after the position.
    None,
}

impl DigitRuns {
    /// The runs of `hirs` together (`Hir`s whose classes are ASCII, as
    /// [`crate::rx::asciify`] makes them: a Unicode `\d` holds other
    /// digits); `None` when a pattern may match
    /// without a digit or with an unbounded digit-free stretch.
    pub fn of(hirs: &[Hir]) -> Option<DigitRuns> {
        let mut all = DigitRuns { lead: 0, gap: 0 };
        for h in hirs {
            let r = runs(h)?;
            if r.free.is_some() {
                return None;
            }
            all.lead = all.lead.max(r.head);
            all.gap = all.gap.max(r.inner);
        }
        Some(all)
    }

    /// The windows of `hay`, asked for in order of position.
    pub fn windows(self, hay: &[u8]) -> Windows<'_> {
        Windows {
            runs: self,
            hay,
            run: None,
        }
    }
}

/// The windows over one text. A run of digits, each less than
/// `lead + gap + 1` bytes after the one before, is walked once: a text
/// dense with figures (a table of thousands) asks for a window at each.
#[derive(Debug)]
pub struct Windows<'h> {
    runs: DigitRuns,
    hay: &'h [u8],
    /// The current run: its first and last digits, and the next digit.
    run: Option<(usize, usize, Option<usize>)>,
}

impl Windows<'_> {
    /// Where the leftmost match at or after `at` can be. A match starts at
    /// most `lead` bytes before a digit, and its digits lie no more than
    /// `gap` bytes apart: the run of digits from the first at or after
    /// `at` holds the digits of every match that starts before the next
    /// digit's lead, and such a match ends within `gap` bytes of the run's
    /// last digit. When none is found there, the search goes on from
    /// `then`.
    pub fn at(&mut self, at: usize) -> Window {
        let DigitRuns { lead, gap } = self.runs;
        let Some(first) = next_digit(self.hay, at) else {
            return Window::None;
        };
        let (last, next) = match self.run {
            Some((start, last, next)) if (start..=last).contains(&first) => (last, next),
            _ => {
                let mut last = first;
                let next = loop {
                    match next_digit(self.hay, last + 1) {
                        Some(d) if d - last <= lead + gap + 1 => last = d,
                        other => break other,
                    }
                };
                self.run = Some((first, last, next));
                (last, next)
            }
        };
        Window::Search {
            from: first.saturating_sub(lead).max(at),
            to: (last + 1 + gap).min(self.hay.len()),
            then: next.map_or(self.hay.len(), |d| d - lead),
        }
    }
}

/// The first ASCII digit of `hay` at or after `from` (news text has one
/// in every few hundred bytes).
fn next_digit(hay: &[u8], from: usize) -> Option<usize> {
    crate::text::first_byte(hay, from, |c| c.wrapping_sub(b'0') < 10)
}

/// The digit-free stretches of the matches of one expression, in bytes:
/// `free`, the longest match without a digit (`None`: every match has
/// one); `head` and `tail`, the longest digit-free start and end of a
/// match; `inner`, the longest digit-free stretch anywhere in a match
/// (at least `head`, `tail` and `free`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Runs {
    free: Option<usize>,
    head: usize,
    tail: usize,
    inner: usize,
}

impl Runs {
    const EMPTY: Runs = Runs {
        free: Some(0),
        head: 0,
        tail: 0,
        inner: 0,
    };

    /// A piece of `width` bytes at most, digit-free or not.
    fn piece(digit_free: bool, width: usize) -> Runs {
        if digit_free {
            Runs {
                free: Some(width),
                head: width,
                tail: width,
                inner: width,
            }
        } else {
            Runs {
                free: None,
                head: 0,
                tail: 0,
                inner: 0,
            }
        }
    }

    /// `self` then `next`.
    fn then(self, next: Runs) -> Runs {
        Runs {
            free: self.free.zip(next.free).map(|(a, b)| a + b),
            head: self.head.max(self.free.map_or(0, |f| f + next.head)),
            tail: next.tail.max(next.free.map_or(0, |f| f + self.tail)),
            inner: self.inner.max(next.inner).max(self.tail + next.head),
        }
    }

    /// `self` or `other`.
    fn or(self, other: Runs) -> Runs {
        Runs {
            free: match (self.free, other.free) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            },
            head: self.head.max(other.head),
            tail: self.tail.max(other.tail),
            inner: self.inner.max(other.inner),
        }
    }
}

/// The runs of `h`; `None` when a digit-free stretch is unbounded.
fn runs(h: &Hir) -> Option<Runs> {
    Some(match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Runs::EMPTY,
        HirKind::Literal(lit) => lit.0.iter().fold(Runs::EMPTY, |r, b| {
            r.then(Runs::piece(!b.is_ascii_digit(), 1))
        }),
        HirKind::Class(Class::Unicode(c)) => {
            let other = c.ranges().iter().filter(|r| !is_digits(r.start(), r.end()));
            let width = other.map(|r| r.end().len_utf8()).max();
            match width {
                Some(w) => Runs::piece(true, w),
                None => Runs::piece(false, 0),
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            let other = c
                .ranges()
                .iter()
                .any(|r| !is_digits(char::from(r.start()), char::from(r.end())));
            Runs::piece(other, 1)
        }
        HirKind::Capture(c) => runs(&c.sub)?,
        HirKind::Concat(parts) => parts
            .iter()
            .try_fold(Runs::EMPTY, |r, p| Some(r.then(runs(p)?)))?,
        HirKind::Alternation(alts) => {
            let mut it = alts.iter();
            let first = runs(it.next()?)?;
            it.try_fold(first, |r, a| Some(r.or(runs(a)?)))?
        }
        HirKind::Repetition(rep) => {
            let one = runs(&rep.sub)?;
            let (min, max) = (rep.min, rep.max);
            match one.free {
                // Every non-empty copy holds a digit: two copies or more
                // are alike, joined where one's tail meets the next's head.
                None | Some(0) => {
                    let many = Runs {
                        inner: one.inner.max(one.tail + one.head),
                        ..one
                    };
                    let mut r: Option<Runs> = None;
                    let mut add = |x: Runs| r = Some(r.map_or(x, |r| r.or(x)));
                    if min == 0 {
                        add(Runs::EMPTY);
                    }
                    if min <= 1 && max.is_none_or(|m| m >= 1) {
                        add(one);
                    }
                    if max.is_none_or(|m| m >= 2) {
                        add(many);
                    }
                    r.unwrap_or(Runs::EMPTY)
                }
                // Copies that may hold no digit: bounded only by a bounded
                // count, and then by that many copies of the longest run.
                Some(f) => {
                    let n = usize::try_from(max?).ok()?;
                    let w = n.checked_mul(f.max(one.inner))?;
                    Runs {
                        free: Some(n * f),
                        head: w,
                        tail: w,
                        inner: w,
                    }
                }
            }
        }
    })
}

/// Whether every character from `start` to `end` is an ASCII digit.
fn is_digits(start: char, end: char) -> bool {
    start.is_ascii_digit() && end.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(patterns: &[&str]) -> Option<DigitRuns> {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        DigitRuns::of(&crate::rx::ascii_hirs(&patterns).expect("test patterns"))
    }

    #[test]
    fn runs_are_read_off_the_pattern() {
        let dr = |lead, gap| Some(DigitRuns { lead, gap });
        // (In UTF-8 bytes: "£" is two.)
        assert_eq!(of(&[r"£\d+m"]), dr(2, 2));
        assert_eq!(of(&[r"\bbetween\s\d+ and \d+%"]), dr(8, 8));
        // A number as reporters write it: commas and a point between
        // digits, a multiplier after.
        assert_eq!(
            of(&[r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s{0,3}(?:million|bn))?"]),
            dr(0, 10)
        );
        // Several patterns: the longest of each.
        assert_eq!(of(&[r"£\d+", r"\d+ per cent"]), dr(2, 9));
        // Optional parts join the stretches either side of them.
        assert_eq!(of(&[r"ab(?:\d)?cd\d"]), dr(4, 4));
        assert_eq!(of(&[r"(?:x\d){0,4}yz\d"]), dr(2, 2));
        // A match without a digit, or an unbounded stretch: no runs.
        assert_eq!(of(&[r"\d+|none"]), None);
        assert_eq!(of(&[r"[a-z]+\d"]), None);
        assert_eq!(of(&[r"\d[^0-9]*\d"]), None);
        assert_eq!(of(&[r"(?:ab){2,3}\d"]), dr(6, 6));
    }

    #[test]
    fn windows_hold_the_digits_and_their_reach() {
        let runs = DigitRuns { lead: 2, gap: 3 };
        let w = |t: &str, at| runs.windows(t.as_bytes()).at(at);
        assert_eq!(w("no digits", 0), Window::None);
        assert_eq!(w("ab 12 cd", 7), Window::None);
        // "£5m" with the next digit far away: the window ends `gap` after
        // the last digit, and the search goes on `lead` before the next.
        assert_eq!(
            w("a £5m and then far on 7", 0),
            Window::Search {
                from: 2,
                to: 8,
                then: 21
            }
        );
        // Digits less than lead + gap + 1 apart are one window.
        assert_eq!(
            w("1 to 2, 9", 0),
            Window::Search {
                from: 0,
                to: 9,
                then: 9
            }
        );
        // The window never starts before `at`.
        assert_eq!(
            w("x5", 1),
            Window::Search {
                from: 1,
                to: 2,
                then: 2
            }
        );
        // Asked again further on, a run gives the same end, then a new run
        // its own.
        let t = "£1 £2 £3 and then, far from them, 45%";
        let mut ws = runs.windows(t.as_bytes());
        let run = |from| Window::Search {
            from,
            to: 14,
            then: 35,
        };
        assert_eq!(ws.at(0), run(0));
        assert_eq!(ws.at(4), run(4));
        assert_eq!(ws.at(9), run(9));
        assert_eq!(
            ws.at(12),
            Window::Search {
                from: 35,
                to: 40,
                then: 40
            }
        );
    }
}
