//! Numbers written in words ("one", "twenty-five", "three hundred and
//! twenty", "half a million") and plain digit counts.
//!
//! The number words of English are a closed class, so they live here rather
//! than in `patterns/`; how numbers combine with currencies and "per cent"
//! is data (`figures.toml`).

use std::sync::LazyLock;

use crate::rx::Regex;
use rust_decimal::Decimal;

use crate::model::Span;
use crate::normalize::parse_digits;

fn unit_value(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn scale_value(w: &str) -> Option<u64> {
    Some(match w {
        "hundred" => 100,
        "thousand" => 1_000,
        "million" => 1_000_000,
        "billion" => 1_000_000_000,
        "trillion" => 1_000_000_000_000,
        _ => return None,
    })
}

/// Finds the words that can start or anchor a spelled number.
static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    // A fixed pattern: a compile failure is a bug caught by every test.
    Regex::new(
        r"(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half)\b",
    )
    .expect("static regex")
});

/// A spelled number found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spelled {
    pub span: Span,
    pub value: Decimal,
}

/// One word of the text, lowercased for comparison.
struct Word {
    span: Span,
    lower: String,
}

/// Reads the words from `at` while they can continue a number.
fn words_from(text: &str, at: usize, max: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = at;
    while out.len() < max && i < b.len() {
        while i < b.len() && (b[i] == b' ' || b[i] == b'-') {
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        if s == i {
            break;
        }
        out.push(Word {
            span: Span::new(s, i),
            lower: text[s..i].to_ascii_lowercase(),
        });
    }
    out
}

/// Evaluates number words; returns the value and how many words it used.
fn evaluate(words: &[Word]) -> Option<(Decimal, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut used = 0usize;
    let mut half = false;
    let mut any = false;
    let mut last_was_unit = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].lower.as_str();
        if let Some(u) = unit_value(w) {
            // "twenty five" continues; "five five" does not.
            if last_was_unit && !(current % 100 >= 20 && current.is_multiple_of(10) && u < 10) {
                break;
            }
            current += u as u64;
            last_was_unit = true;
            any = true;
            used = i + 1;
        } else if let Some(s) = scale_value(w) {
            if !any && current == 0 {
                break;
            }
            if current == 0 {
                current = 1;
            }
            if s == 100 {
                current = current.checked_mul(100)?;
            } else {
                total = total.checked_add(current.checked_mul(s)?)?;
                current = 0;
            }
            last_was_unit = false;
            any = true;
            used = i + 1;
        } else if w == "a" && i + 1 < words.len() && scale_value(&words[i + 1].lower).is_some() {
            // "a million", "half a million"
            current = current.max(1);
            any = true;
            last_was_unit = false;
        } else if w == "half" && !any {
            half = true;
        } else if w == "and"
            && any
            && i + 1 < words.len()
            && unit_value(&words[i + 1].lower).is_some()
        {
            // "three hundred and twenty"
        } else {
            break;
        }
        i += 1;
    }
    if !any || used == 0 {
        return None;
    }
    let v = Decimal::from(total.checked_add(current)?);
    let v = if half {
        // "half a million", "half a billion": only with a scale word.
        if !words[..used]
            .iter()
            .any(|w| scale_value(&w.lower).is_some())
        {
            return None;
        }
        v / Decimal::from(2)
    } else {
        v
    };
    Some((v.normalize(), used))
}

/// Finds every spelled number in `text` (already normalised).
pub fn spelled(text: &str) -> Vec<Spelled> {
    let mut out = Vec::new();
    let mut consumed = 0usize;
    for m in ANCHOR.find_iter(text) {
        if m.start() < consumed {
            continue;
        }
        // Take a preceding "a" ("a million") or "half a" with the anchor.
        let mut start = m.start();
        let before = &text[..start];
        let lower_before = before.trim_end_matches(' ').to_ascii_lowercase();
        if scale_value(&m.as_str().to_ascii_lowercase()).is_some() {
            if lower_before.ends_with("half a") && boundary_before(&lower_before, 6) {
                start = before.trim_end_matches(' ').len() - 6;
            } else if lower_before.ends_with(" a") || lower_before == "a" {
                start = before.trim_end_matches(' ').len() - 1;
            }
        }
        if start < consumed {
            start = m.start();
        }
        let words = words_from(text, start, 12);
        if let Some((value, used)) = evaluate(&words) {
            let end = words[used - 1].span.end;
            // A hyphenated run must not continue into a non-number word
            // ("one-off", "four-hour", "two-thirds"): those are not numbers.
            if text[end..].starts_with('-')
                && text[end + 1..].starts_with(|c: char| c.is_ascii_alphabetic())
            {
                consumed = end;
                continue;
            }
            // "one" as a pronoun ("one of", "the one", "no one") is not a
            // count; keep it out to spare later stages.
            let single = used == 1 && words[0].lower == "one";
            if single && is_pronoun_one(text, words[0].span) {
                consumed = end;
                continue;
            }
            out.push(Spelled {
                span: Span::new(start, end),
                value,
            });
            consumed = end;
        } else {
            consumed = m.end();
        }
    }
    out
}

fn boundary_before(s: &str, n: usize) -> bool {
    s.len() == n || !s.as_bytes()[s.len() - n - 1].is_ascii_alphanumeric()
}

fn is_pronoun_one(text: &str, span: Span) -> bool {
    let after = text[span.end..].trim_start().to_ascii_lowercase();
    let before = text[..span.start].trim_end().to_ascii_lowercase();
    after.starts_with("of ")
        || after.starts_with("another")
        || before.ends_with("no")
        || before.ends_with("the")
        || before.ends_with("any")
        || before.ends_with("every")
        || before.ends_with("this")
        || before.ends_with("that")
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion)\b)?",
    )
    .expect("static regex")
});

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Digit numbers that are counts or quantities, not years, dates, times,
/// ages, ordinals, codes or phone numbers. Spans inside `taken` (money and
/// percentages already found) are skipped.
pub fn digit_numbers(text: &str, taken: &[Span]) -> Vec<Spelled> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for m in DIGITS.find_iter(text) {
        let span = Span::new(m.start(), m.end());
        if taken.iter().any(|t| t.overlaps(span)) {
            continue;
        }
        let s = m.start();
        let e = m.end();
        // Glued to letters or to other digit groups: M25, Covid-19, 3G, 24/7,
        // 2015-16, 10.30am, 01702 435555, £-less codes.
        let prev = if s > 0 { Some(b[s - 1]) } else { None };
        let next = b.get(e).copied();
        if prev.is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, b'-' | b'/' | b'.' | b':' | b'#' | b'\'' | b'_' | b'&')
        }) {
            continue;
        }
        if next.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'/' || c == b':' || c == b'_') {
            continue;
        }
        if next == Some(b'-') && b.get(e + 1).is_some_and(|c| c.is_ascii_alphanumeric()) {
            // 2015-16, 65-year-old, 62-day, 24-hour
            continue;
        }
        let raw = m.as_str();
        let lower = raw.to_ascii_lowercase();
        let (digits, scale) = match lower.find(|c: char| c.is_ascii_alphabetic()) {
            Some(i) => (lower[..i].trim_end(), Some(lower[i..].to_owned())),
            None => (lower.as_str(), None),
        };
        if scale.is_none() {
            // Years: four digits from 1900 to 2099 with no grouping comma.
            if digits.len() == 4
                && !digits.contains(',')
                && (digits.starts_with("19") || digits.starts_with("20"))
            {
                continue;
            }
            // Phone numbers and codes with a leading zero.
            if digits.len() >= 2 && digits.starts_with('0') && !digits.starts_with("0.") {
                continue;
            }
            // Times "10.30" (followed by am/pm handled above) and "9.30 am".
            let after = text[e..].trim_start().to_ascii_lowercase();
            if after.starts_with("am")
                || after.starts_with("pm")
                || after.starts_with("a.m")
                || after.starts_with("p.m")
            {
                continue;
            }
            let before = text[..s].trim_end().to_ascii_lowercase();
            // Dates: "9 November", "November 9".
            if MONTHS.iter().any(|mo| {
                after.starts_with(mo)
                    && after[mo.len()..].starts_with(|c: char| !c.is_ascii_alphabetic())
            }) || MONTHS
                .iter()
                .any(|mo| before.ends_with(mo) && boundary_before(&before, mo.len()))
            {
                continue;
            }
            // Ages and labels: "aged 65", "section 114", "ward 7", "band 5",
            // "level 4", "page 3", "no. 10", "number 10", "room 12".
            let labels = [
                "aged",
                "age",
                "ages",
                "section",
                "sections",
                "ward",
                "band",
                "level",
                "page",
                "no.",
                "number",
                "room",
                "bed",
                "clause",
                "paragraph",
                "chapter",
                "route",
                "junction",
                "platform",
                "gate",
                "tier",
                "phase",
                "stage",
                "year",
                "years",
                "month",
                "months",
                "day",
                "week",
                "quarter",
                "q",
                "article",
                "rule",
                "table",
                "figure",
                "appendix",
            ];
            if labels
                .iter()
                .any(|l| before.ends_with(l) && boundary_before(&before, l.len()))
            {
                continue;
            }
            if after.starts_with("years old") || after.starts_with("year old") {
                continue;
            }
        }
        let Some(mut value) = parse_digits(digits) else {
            continue;
        };
        if let Some(sc) = scale
            && let Some(mult) = scale_value(sc.trim())
        {
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

    #[test]
    fn spelled_forms() {
        assert_eq!(parse_spelled("twenty-five"), Some(Decimal::from(25)));
        assert_eq!(
            parse_spelled("three hundred and twenty"),
            Some(Decimal::from(320))
        );
        assert_eq!(parse_spelled("a million"), Some(Decimal::from(1_000_000)));
        assert_eq!(
            parse_spelled("half a million"),
            Some(Decimal::from(500_000))
        );
        assert_eq!(parse_spelled("two million"), Some(Decimal::from(2_000_000)));
        assert_eq!(parse_spelled("Eight"), Some(Decimal::from(8)));
        assert_eq!(parse_spelled("ninety-nine"), Some(Decimal::from(99)));
    }

    #[test]
    fn spelled_in_text() {
        assert_eq!(
            vals("It faces an eight percent deficit and one per cent surplus."),
            vec![("eight".into(), "8".into()), ("one".into(), "1".into())]
        );
        assert_eq!(vals("one of the trusts"), vec![]);
        assert_eq!(vals("a four-hour target and a one-off grant"), vec![]);
        assert_eq!(
            vals("five five"),
            vec![("five".into(), "5".into()), ("five".into(), "5".into())]
        );
    }

    #[test]
    fn digit_counts_not_years_or_codes() {
        let t = "In 2015 the 44 systems on the M25 saw Covid-19 at 10.30am on 9 November, aged 65, with 1,200 staff and 2.5 million visits.";
        let got: Vec<String> = digit_numbers(t, &[])
            .into_iter()
            .map(|s| format!("{}={}", &t[s.span.start..s.span.end], s.value))
            .collect();
        assert_eq!(got, vec!["44=44", "1,200=1200", "2.5 million=2500000"]);
    }
}
