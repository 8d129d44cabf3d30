//! Numbers written in words ("one", "twenty-five", "three hundred and
//! twenty", "half a million", "three and a half billion") and in digits.
//!
//! The number words of English and the shapes of calendar and code strings
//! (years, dates, times, phone numbers) are closed classes, so they live
//! here rather than in `patterns/`. What the words *around* a number make
//! of it ("62 days" is a duration, "section 114" a label) is about how
//! reporters write, and is data: the `[[not_figure]]` rules of
//! `figures.toml`, applied by `Figures`.
//!
//! Nothing here allocates per word or looks further than a few bytes either
//! side of a match, so a scan is linear in the text.

use std::sync::LazyLock;

use crate::rx::Regex;
use rust_decimal::Decimal;

use crate::model::Span;
use crate::normalize::parse_digits;

/// A number found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spelled {
    pub span: Span,
    pub value: Decimal,
}

/// A spelled number, or a bare fraction ("half a", "a quarter of a") that
/// is a number only in front of a unit ("half a percentage point").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpelledFound {
    pub span: Span,
    pub value: Decimal,
    /// "half a", "a quarter of a", "three quarters of a" with no scale word
    /// after them: never a number on its own ("half a day").
    pub bare_fraction: bool,
}

/// One number word, classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum W {
    /// zero to nineteen
    Unit(u32),
    /// twenty, thirty, ... ninety
    Tens(u32),
    Hundred,
    /// thousand, million, billion, trillion
    Scale(u64),
    A,
    An,
    And,
    Half,
    Quarter,
    Quarters,
    Of,
    /// "point", as spoken decimals are: "one point two million".
    Point,
    Other,
}

fn classify(word: &[u8]) -> W {
    // The longest number word is nine letters ("seventeen"); anything longer
    // is some other word.
    if word.len() > 9 {
        return W::Other;
    }
    let mut buf = [0u8; 9];
    let w = &mut buf[..word.len()];
    w.copy_from_slice(word);
    w.make_ascii_lowercase();
    match &*w {
        b"zero" | b"nought" | b"naught" => W::Unit(0),
        b"one" => W::Unit(1),
        b"two" => W::Unit(2),
        b"three" => W::Unit(3),
        b"four" => W::Unit(4),
        b"five" => W::Unit(5),
        b"six" => W::Unit(6),
        b"seven" => W::Unit(7),
        b"eight" => W::Unit(8),
        b"nine" => W::Unit(9),
        b"ten" => W::Unit(10),
        b"eleven" => W::Unit(11),
        b"twelve" => W::Unit(12),
        b"thirteen" => W::Unit(13),
        b"fourteen" => W::Unit(14),
        b"fifteen" => W::Unit(15),
        b"sixteen" => W::Unit(16),
        b"seventeen" => W::Unit(17),
        b"eighteen" => W::Unit(18),
        b"nineteen" => W::Unit(19),
        b"twenty" => W::Tens(20),
        b"thirty" => W::Tens(30),
        b"forty" => W::Tens(40),
        b"fifty" => W::Tens(50),
        b"sixty" => W::Tens(60),
        b"seventy" => W::Tens(70),
        b"eighty" => W::Tens(80),
        b"ninety" => W::Tens(90),
        b"hundred" => W::Hundred,
        b"thousand" => W::Scale(1_000),
        b"million" => W::Scale(1_000_000),
        b"billion" => W::Scale(1_000_000_000),
        b"trillion" => W::Scale(1_000_000_000_000),
        b"a" => W::A,
        b"an" => W::An,
        b"and" => W::And,
        b"half" => W::Half,
        b"quarter" => W::Quarter,
        b"quarters" => W::Quarters,
        b"of" => W::Of,
        b"point" => W::Point,
        _ => W::Other,
    }
}

/// The words that can start a spelled number (or follow the "a" that
/// starts one).
static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    // A fixed pattern: a compile failure is a bug caught by every test.
    Regex::new(
        r"(?i)(?-u:\b)(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter)(?-u:\b)",
    )
    .expect("static regex")
});

const MAX_WORDS: usize = 40;

/// Reads up to `MAX_WORDS` number words from `at` while they are separated
/// only by spaces or a hyphen ("twenty-five", "fifty - two"); never across a
/// line, never past a word that cannot be part of a number.
fn words_from(b: &[u8], at: usize, out: &mut Vec<(Span, W)>) {
    out.clear();
    let mut i = at;
    while out.len() < MAX_WORDS && i < b.len() {
        let gap = i;
        let mut hyphens = 0;
        while i < b.len() && (b[i] == b' ' || b[i] == b'-') {
            hyphens += usize::from(b[i] == b'-');
            i += 1;
        }
        if hyphens > 1 || (i > gap && out.is_empty()) {
            break;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        if s == i {
            break;
        }
        let w = classify(&b[s..i]);
        if w == W::Other {
            break;
        }
        out.push((Span::new(s, i), w));
    }
}

/// What the last word taken was, for what may follow it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Unit,
    Tens,
    Hundred,
    Scale,
    Fraction,
}

fn fraction_after_and(words: &[W]) -> Option<(Decimal, usize)> {
    // "and a half", "and a quarter", "and three quarters"
    match words {
        [W::And, W::A, W::Half, ..] => Some((Decimal::new(5, 1), 3)),
        [W::And, W::A, W::Quarter, ..] => Some((Decimal::new(25, 2), 3)),
        [W::And, W::Unit(3), W::Quarters, ..] => Some((Decimal::new(75, 2), 3)),
        _ => None,
    }
}

/// A fraction in front of a scale word or a unit: "half a", "a quarter of
/// a", "three quarters of a", "half" / "a quarter" before "million".
/// Returns the fraction, the words used, and whether an article ended it
/// (so that it may stand alone before a unit).
fn fraction_prefix(words: &[W]) -> Option<(Decimal, usize, bool)> {
    let half = Decimal::new(5, 1);
    let quarter = Decimal::new(25, 2);
    let three_q = Decimal::new(75, 2);
    let art = |w: &W| matches!(w, W::A | W::An);
    Some(match words {
        [W::Half, a, ..] if art(a) => (half, 2, true),
        [W::Half, W::Scale(_), ..] => (half, 1, false),
        [W::A, W::Quarter, W::Of, a, ..] if art(a) => (quarter, 4, true),
        [W::Quarter, W::Of, a, ..] if art(a) => (quarter, 3, true),
        [W::A, W::Quarter, W::Scale(_), ..] => (quarter, 2, false),
        [W::Quarter, W::Scale(_), ..] => (quarter, 1, false),
        [W::Unit(3), W::Quarters, W::Of, a, ..] if art(a) => (three_q, 4, true),
        [W::Unit(3), W::Quarters, W::Scale(_), ..] => (three_q, 2, false),
        _ => return None,
    })
}

/// Evaluates number words; returns the value, how many words it used, and
/// whether it is a bare fraction.
fn evaluate(words: &[W]) -> Option<(Decimal, usize, bool)> {
    if let Some((f, n, article)) = fraction_prefix(words) {
        return match words.get(n) {
            Some(W::Scale(s)) => Some((f * Decimal::from(*s), n + 1, false)),
            _ if article => Some((f, n, true)),
            _ => None,
        };
    }
    let mut total = Decimal::ZERO;
    let mut current = Decimal::ZERO;
    let mut last = Last::Start;
    let mut last_scale: Option<u64> = None;
    let mut used = 0usize;
    let mut i = 0usize;
    if matches!(words, [W::A, W::Hundred | W::Scale(_), ..]) {
        // "a hundred", "a million"
        current = Decimal::ONE;
        i = 1;
    }
    let implicit_one = i == 1;
    while i < words.len() {
        match words[i] {
            W::Unit(u) => {
                let ok = match last {
                    Last::Start => !implicit_one,
                    Last::Tens => (1..10).contains(&u),
                    Last::Hundred | Last::Scale => true,
                    Last::Unit | Last::Fraction => false,
                };
                if !ok {
                    break;
                }
                current += Decimal::from(u);
                last = Last::Unit;
            }
            W::Tens(t) => {
                let ok = match last {
                    Last::Start => !implicit_one,
                    Last::Hundred | Last::Scale => true,
                    _ => false,
                };
                if !ok {
                    break;
                }
                current += Decimal::from(t);
                last = Last::Tens;
            }
            W::Hundred => {
                // "three hundred", "a hundred"; not "hundred" alone, not
                // "two hundred hundred".
                let ok = matches!(last, Last::Unit | Last::Tens)
                    || (last == Last::Start && implicit_one);
                if !ok || current >= Decimal::ONE_HUNDRED || current.is_zero() {
                    break;
                }
                current *= Decimal::ONE_HUNDRED;
                last = Last::Hundred;
            }
            W::Scale(s) => {
                let sd = Decimal::from(s);
                match last {
                    // "three thousand million": a larger scale right after a
                    // smaller one multiplies everything before it.
                    Last::Scale if last_scale.is_some_and(|p| s > p) => {
                        total = total.checked_mul(sd)?;
                    }
                    Last::Unit | Last::Tens | Last::Hundred | Last::Fraction
                        if !current.is_zero() && last_scale.is_none_or(|p| s < p) =>
                    {
                        total = total.checked_add(current.checked_mul(sd)?)?;
                    }
                    Last::Start if implicit_one => total = sd,
                    _ => break,
                }
                current = Decimal::ZERO;
                last_scale = Some(s);
                last = Last::Scale;
            }
            W::Point => {
                // "one point two million", "ninety-one point five": single
                // digits after "point" are decimals. "At one point" stays
                // "one".
                let digits: Vec<u32> = words[i + 1..]
                    .iter()
                    .map_while(|w| match w {
                        W::Unit(d) if *d < 10 => Some(*d),
                        _ => None,
                    })
                    .collect();
                // (At most nine places: a longer run of digit words is no
                // amount, and must not overflow the fraction.)
                if digits.is_empty() || digits.len() > 9 || !matches!(last, Last::Unit | Last::Tens)
                {
                    break;
                }
                let mut frac = 0i64;
                for d in &digits {
                    frac = frac * 10 + i64::from(*d);
                }
                current += Decimal::new(frac, u32::try_from(digits.len()).ok()?);
                i += 1 + digits.len();
                used = i;
                last = Last::Fraction;
                continue;
            }
            W::And => {
                if matches!(last, Last::Unit | Last::Tens)
                    && let Some((f, n)) = fraction_after_and(&words[i..])
                {
                    // "three and a half billion", "one and a half"
                    current += f;
                    used = i + n;
                    i += n;
                    last = Last::Fraction;
                    continue;
                }
                // "three hundred and twenty", "a million and five"
                let next_is_number = matches!(words.get(i + 1), Some(W::Unit(_) | W::Tens(_)));
                if !(next_is_number && matches!(last, Last::Hundred | Last::Scale)) {
                    break;
                }
                i += 1;
                continue;
            }
            _ => break,
        }
        i += 1;
        used = i;
    }
    if used == 0 || matches!(last, Last::Start) {
        return None;
    }
    let v = total.checked_add(current)?;
    Some((v.normalize(), used, false))
}

/// Finds every spelled number in `text` (already normalised), bare
/// fractions included; see [`spelled`] for numbers only.
pub fn spelled_all(text: &str) -> Vec<SpelledFound> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut words = Vec::with_capacity(MAX_WORDS);
    let mut consumed = 0usize;
    for m in ANCHOR.find_iter(text) {
        if m.start() < consumed {
            continue;
        }
        // Take a preceding "a" with the anchor: "a million", "a hundred",
        // "a quarter of a billion".
        let mut start = m.start();
        let first = classify(m.as_str().as_bytes());
        if matches!(first, W::Hundred | W::Scale(_) | W::Quarter)
            && let Some(a) = article_before(b, start)
            && a >= consumed
        {
            start = a;
        }
        words_from(b, start, &mut words);
        let kinds: [W; MAX_WORDS] = std::array::from_fn(|i| words.get(i).map_or(W::Other, |w| w.1));
        let Some((value, used, bare)) = evaluate(&kinds[..words.len()]) else {
            consumed = m.end();
            continue;
        };
        let end = words[used - 1].0.end;
        consumed = end;
        // A hyphenated run must not continue into a non-number word
        // ("one-off", "four-hour", "two-thirds"): those are not numbers.
        if b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        out.push(SpelledFound {
            span: Span::new(start, end),
            value,
            bare_fraction: bare,
        });
    }
    out
}

/// The spelled number (or bare fraction) that ends exactly at `end`, read
/// backwards from there: the longest run of number words that parses to
/// `end` ("Three and a half billion| pounds"). Used from the unit words,
/// which are rare, so that money and percentages in words need no scan of
/// every number word of a document.
pub(crate) fn spelled_ending_at(text: &str, end: usize) -> Option<SpelledFound> {
    let b = text.as_bytes();
    let mut starts = [0usize; MAX_WORDS];
    let mut n = 0;
    let mut i = end.min(b.len());
    while n < MAX_WORDS {
        let word_end = i;
        while i > 0 && b[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        if i == word_end
            || (i > 0 && b[i - 1].is_ascii_digit())
            || classify(&b[i..word_end]) == W::Other
        {
            break;
        }
        starts[n] = i;
        n += 1;
        let mut j = i;
        let mut hyphens = 0;
        while j > 0 && (b[j - 1] == b' ' || b[j - 1] == b'-') {
            hyphens += usize::from(b[j - 1] == b'-');
            j -= 1;
        }
        if j == i || hyphens > 1 {
            break;
        }
        i = j;
    }
    let mut words = Vec::with_capacity(MAX_WORDS);
    starts[..n].iter().rev().find_map(|&s| {
        words_from(b, s, &mut words);
        let kinds: [W; MAX_WORDS] = std::array::from_fn(|i| words.get(i).map_or(W::Other, |w| w.1));
        let (value, used, bare) = evaluate(&kinds[..words.len()])?;
        (words[used - 1].0.end == end).then(|| SpelledFound {
            span: Span::new(s, end),
            value,
            bare_fraction: bare,
        })
    })
}

/// Finds every spelled number in `text` (already normalised); "one" as a
/// pronoun ("one of", "the one", "no one") is not a number.
pub fn spelled(text: &str) -> Vec<Spelled> {
    spelled_all(text)
        .into_iter()
        .filter(|s| !s.bare_fraction && !is_pronoun_one(text, s.span))
        .map(|s| Spelled {
            span: s.span,
            value: s.value,
        })
        .collect()
}

/// The start of an article "a" right before `at` (one space between).
fn article_before(b: &[u8], at: usize) -> Option<usize> {
    if at < 2 || b[at - 1] != b' ' || !b[at - 2].eq_ignore_ascii_case(&b'a') {
        return None;
    }
    let a = at - 2;
    if a > 0 && b[a - 1].is_ascii_alphanumeric() {
        return None;
    }
    Some(a)
}

/// Whether `word` (case-insensitive) ends `before` at a word boundary.
pub(crate) fn ends_with_word(before: &[u8], word: &[u8]) -> bool {
    before.len() >= word.len()
        && before[before.len() - word.len()..].eq_ignore_ascii_case(word)
        && (before.len() == word.len()
            || !before[before.len() - word.len() - 1].is_ascii_alphanumeric())
}

/// Whether `after` starts with `word` (case-insensitive) at a word boundary.
pub(crate) fn starts_with_word(after: &[u8], word: &[u8]) -> bool {
    after.len() >= word.len()
        && after[..word.len()].eq_ignore_ascii_case(word)
        && after
            .get(word.len())
            .is_none_or(|c| !c.is_ascii_alphanumeric())
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn trim_end(b: &[u8]) -> &[u8] {
    let n = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    &b[..b.len() - n]
}

/// The (at most `n`) bytes of `b` before `at`, and from `at`.
fn window(b: &[u8], at: usize, n: usize) -> (&[u8], &[u8]) {
    (
        trim_end(&b[at.saturating_sub(n)..at]),
        trim_start(&b[at..(at + n).min(b.len())]),
    )
}

/// Whether `span` is the single word "one" used as a pronoun: "one of
/// them", "the one", "no one", "which one".
pub(crate) fn is_pronoun_one(text: &str, span: Span) -> bool {
    let b = text.as_bytes();
    if !b[span.start..span.end].eq_ignore_ascii_case(b"one") {
        return false;
    }
    let (before, _) = window(b, span.start, 16);
    let (_, after) = window(b, span.end, 16);
    starts_with_word(after, b"of")
        || starts_with_word(after, b"another")
        || [
            &b"no"[..],
            b"the",
            b"any",
            b"every",
            b"this",
            b"that",
            b"which",
            b"each",
        ]
        .iter()
        .any(|w| ends_with_word(before, w))
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    // A fixed pattern: a compile failure is a bug caught by every test.
    Regex::new(
        r"(?i)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:hundred|thousand|million|billion|trillion|k)(?-u:\b))?",
    )
    .expect("static regex")
});

const MONTHS: &[&[u8]] = &[
    b"january",
    b"february",
    b"march",
    b"april",
    b"may",
    b"june",
    b"july",
    b"august",
    b"september",
    b"october",
    b"november",
    b"december",
    b"jan",
    b"feb",
    b"mar",
    b"apr",
    b"jun",
    b"jul",
    b"aug",
    b"sep",
    b"sept",
    b"oct",
    b"nov",
    b"dec",
];

fn scale_of(word: &[u8]) -> Option<u64> {
    if word.eq_ignore_ascii_case(b"k") {
        return Some(1_000);
    }
    match classify(word) {
        W::Hundred => Some(100),
        W::Scale(s) => Some(s),
        _ => None,
    }
}

/// Spans to test others against: a binary search when they are sorted and
/// apart (as recognisers return them), else a scan.
pub(crate) struct SpanSet<'a> {
    spans: &'a [Span],
    sorted: bool,
}

impl<'a> SpanSet<'a> {
    pub(crate) fn new(spans: &'a [Span]) -> SpanSet<'a> {
        SpanSet {
            spans,
            sorted: spans.is_sorted_by(|a, b| a.end <= b.start),
        }
    }

    pub(crate) fn overlaps(&self, span: Span) -> bool {
        if self.sorted {
            let i = self.spans.partition_point(|t| t.end <= span.start);
            self.spans.get(i).is_some_and(|t| t.overlaps(span))
        } else {
            self.spans.iter().any(|t| t.overlaps(span))
        }
    }
}

/// Digit numbers that may be counts or quantities, not years, dates,
/// times, ordinals, codes or phone numbers. Spans inside `taken` (money and
/// percentages already found) are skipped. What the surrounding words make
/// of a number (durations, labels, ages) is left to the `[[not_figure]]`
/// rules of `figures.toml`.
pub fn digit_numbers(text: &str, taken: &[Span]) -> Vec<Spelled> {
    let b = text.as_bytes();
    let taken = SpanSet::new(taken);
    let mut out = Vec::new();
    // End of the last group of a phone number ("01702 435555").
    let mut phone_end: Option<usize> = None;
    for m in DIGITS.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        let raw = &b[s..e];
        let split = raw
            .iter()
            .position(|c| c.is_ascii_alphabetic())
            .unwrap_or(raw.len());
        let digits = trim_end(&raw[..split]);
        let scale = &raw[split..];
        let digits_end = s + digits.len();
        // A group that follows a phone group after one space or hyphen.
        let in_phone = phone_end
            .is_some_and(|pe| s == pe + 1 && matches!(b[pe], b' ' | b'-') && scale.is_empty());
        if (digits.len() >= 2 && digits[0] == b'0' && digits[1] != b'.')
            || in_phone
            || (s > 0 && b[s - 1] == b'+')
        {
            phone_end = Some(digits_end);
            continue;
        }
        let span = Span::new(s, e);
        if taken.overlaps(span) {
            continue;
        }
        // Glued to letters or to other digit groups: M25, Covid-19, 3G, 24/7,
        // 2015-16, 10.30am, 21st, codes.
        let prev = s.checked_sub(1).map(|i| b[i]);
        let next = b.get(e).copied();
        if prev.is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    b'-' | b'/' | b'.' | b':' | b'#' | b'\'' | b'_' | b'&' | b'+'
                )
        }) {
            continue;
        }
        if next.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b':' | b'_')) {
            continue;
        }
        if next == Some(b'-') && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
            // 2015-16, 7-2
            continue;
        }
        if next == Some(b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
            // 192.168.1.2
            continue;
        }
        if scale.is_empty() {
            // Years: four digits from 1900 to 2099 with no grouping comma.
            if digits.len() == 4 && (digits.starts_with(b"19") || digits.starts_with(b"20")) {
                continue;
            }
            let before = window(b, s, 12).0;
            let after = window(b, e, 12).1;
            // Times: "9.30 am", "10 pm", "7 a.m."
            if [&b"am"[..], b"pm", b"a.m", b"p.m"]
                .iter()
                .any(|t| after.len() >= t.len() && after[..t.len()].eq_ignore_ascii_case(t))
                && after
                    .get(2)
                    .is_none_or(|c| !c.is_ascii_alphabetic() || *c == b'm')
            {
                continue;
            }
            // Dates: "9 November", "November 9".
            if MONTHS
                .iter()
                .any(|mo| starts_with_word(after, mo) || ends_with_word(before, mo))
            {
                continue;
            }
        }
        let Some(mut value) = std::str::from_utf8(digits).ok().and_then(parse_digits) else {
            continue;
        };
        if !scale.is_empty() {
            let Some(mult) = scale_of(trim_start(scale)) else {
                continue;
            };
            match value.checked_mul(Decimal::from(mult)) {
                Some(v) => value = v,
                None => continue,
            }
        }
        out.push(Spelled {
            span,
            value: value.normalize(),
        });
    }
    out
}

/// Parses a spelled number that makes up the whole of `s` (for tests and
/// callers that already hold the words).
pub fn parse_spelled(s: &str) -> Option<Decimal> {
    let found = spelled(s);
    match found.as_slice() {
        [one] if one.span.start == 0 && one.span.end == s.trim_end().len() => Some(one.value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(text: &str) -> Vec<(String, String)> {
        spelled(text)
            .into_iter()
            .map(|s| {
                (
                    text[s.span.start..s.span.end].to_owned(),
                    s.value.to_string(),
                )
            })
            .collect()
    }

    fn digits(t: &str) -> Vec<String> {
        digit_numbers(t, &[])
            .into_iter()
            .map(|s| format!("{}={}", &t[s.span.start..s.span.end], s.value))
            .collect()
    }

    fn d(s: &str) -> Option<Decimal> {
        s.parse().ok()
    }

    #[test]
    fn spelled_forms() {
        assert_eq!(parse_spelled("twenty-five"), d("25"));
        assert_eq!(parse_spelled("three hundred and twenty"), d("320"));
        assert_eq!(parse_spelled("a million"), d("1000000"));
        assert_eq!(parse_spelled("half a million"), d("500000"));
        assert_eq!(parse_spelled("two million"), d("2000000"));
        assert_eq!(parse_spelled("Eight"), d("8"));
        assert_eq!(parse_spelled("ninety-nine"), d("99"));
        assert_eq!(parse_spelled("nought"), d("0"));
        assert_eq!(parse_spelled("ONE hundred AND six"), d("106"));
        assert_eq!(
            parse_spelled("seven hundred twenty-one thousand and twelve"),
            d("721012")
        );
        assert_eq!(parse_spelled("two hundred and two thousand"), d("202000"));
        assert_eq!(parse_spelled("three thousand million"), d("3000000000"));
        assert_eq!(
            parse_spelled("twenty-one trillion and three hundred"),
            d("21000000000300")
        );
    }

    #[test]
    fn fractions_of_scales() {
        assert_eq!(parse_spelled("a quarter of a billion"), d("250000000"));
        assert_eq!(parse_spelled("three quarters of a million"), d("750000"));
        assert_eq!(parse_spelled("Three and a half billion"), d("3500000000"));
        assert_eq!(parse_spelled("one and a half"), d("1.5"));
        assert_eq!(parse_spelled("five and a quarter million"), d("5250000"));
        assert_eq!(parse_spelled("half million"), d("500000"));
        assert_eq!(parse_spelled("one point two million"), d("1200000"));
        assert_eq!(parse_spelled("ninety-one point five"), d("91.5"));
        assert_eq!(
            parse_spelled("two point four five billion"),
            d("2450000000")
        );
        assert_eq!(parse_spelled("nought point five"), d("0.5"));
        // Forty digit words after "point": no decimal, and no overflow.
        let long = format!("one point{}", " nine".repeat(39));
        assert_eq!(parse_spelled(&long), None);
        assert_eq!(vals(&long)[0], ("one".into(), "1".into()));
        assert_eq!(parse_spelled("a quarter million"), d("250000"));
        // Bare fractions are not numbers on their own ...
        assert_eq!(
            vals("half a day, a quarter of a century, half of all trusts"),
            vec![]
        );
        // ... but are found for the units that take them.
        let all = spelled_all("half a percentage point");
        assert_eq!(all.len(), 1);
        assert!(all[0].bare_fraction);
        assert_eq!(all[0].value, Decimal::new(5, 1));
        assert_eq!(all[0].span, Span::new(0, 6));
    }

    #[test]
    fn spelled_in_text() {
        assert_eq!(
            vals("It faces an eight percent deficit and one per cent surplus."),
            vec![("eight".into(), "8".into()), ("one".into(), "1".into())]
        );
        assert_eq!(vals("one of the trusts"), vec![]);
        // Spoken decimals, and "point" that is no decimal.
        assert_eq!(
            vals("At one point, two wards closed; three point nine million"),
            vec![
                ("one".into(), "1".into()),
                ("two".into(), "2".into()),
                ("three point nine million".into(), "3900000".into())
            ]
        );
        assert_eq!(vals("a four-hour target and a one-off grant"), vec![]);
        assert_eq!(
            vals("five five"),
            vec![("five".into(), "5".into()), ("five".into(), "5".into())]
        );
        assert_eq!(
            vals("nineteen eighty-four"),
            vec![
                ("nineteen".into(), "19".into()),
                ("eighty-four".into(), "84".into())
            ]
        );
        assert_eq!(
            vals("A million patients"),
            vec![("A million".into(), "1000000".into())]
        );
        assert_eq!(
            vals("a hundred and a half"),
            vec![("a hundred".into(), "100".into())]
        );
    }

    #[test]
    fn digit_counts_not_years_or_codes() {
        let t = "In 2015 the 44 systems on the M25 saw Covid-19 at 10.30am on 9 November, with 1,200 staff and 2.5 million visits.";
        assert_eq!(
            digits(t),
            vec!["44=44", "1,200=1200", "2.5 million=2500000"]
        );
    }

    #[test]
    fn phone_numbers_are_not_counts() {
        assert_eq!(
            digits("call 01702 435555 or 0300 123 4567 now"),
            Vec::<String>::new()
        );
        assert_eq!(digits("call +44 20 7946 0000"), Vec::<String>::new());
        assert_eq!(digits("ring 01702 435555, 12 lines"), vec!["12=12"]);
    }

    #[test]
    fn digit_scales_and_glue() {
        assert_eq!(
            digits("10k runners and 322 hundred"),
            vec!["10k=10000", "322 hundred=32200"]
        );
        assert_eq!(digits("a 500-bed hospital"), vec!["500=500"]);
        assert_eq!(digits("192.168.1.2 and 180ml"), Vec::<String>::new());
        assert_eq!(digits("the 21st and 3rd"), Vec::<String>::new());
        assert_eq!(digits("at 2pm and 7 a.m. and 9 am"), Vec::<String>::new());
    }
}
