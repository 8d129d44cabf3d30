//! Property tests of the figure recognisers: any amount, percentage or
//! number written the way reporters write it (digits with commas, m / bn /
//! million / billion / k, spelled words) comes back as exactly the decimal
//! it was made from; and no text at all, arbitrary Unicode included, makes
//! a recogniser panic or return a span that is not a span of the text.

use std::str::FromStr;

use finfacts::model::{Figure, FigureKind};
use finfacts::normalize::parse_digits;
use finfacts::recognise::numbers;
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::util::PATTERNS;

/// English number words, written independently of the recogniser: units,
/// hyphenated tens, "hundred and", thousand, million, billion.
fn spell(n: u64, and_before_last: bool) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_hundred(n: u64) -> String {
        if n < 20 {
            UNITS[n as usize].to_owned()
        } else if n.is_multiple_of(10) {
            TENS[(n / 10) as usize].to_owned()
        } else {
            format!("{}-{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize])
        }
    }
    fn below_thousand(n: u64) -> String {
        match (n / 100, n % 100) {
            (0, r) => below_hundred(r),
            (h, 0) => format!("{} hundred", UNITS[h as usize]),
            (h, r) => format!("{} hundred and {}", UNITS[h as usize], below_hundred(r)),
        }
    }
    if n == 0 {
        return "zero".to_owned();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, name) in [
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if rest >= scale {
            parts.push(format!("{} {name}", below_thousand(rest / scale)));
            rest %= scale;
        }
    }
    if rest > 0 {
        let last = below_thousand(rest);
        if and_before_last && !parts.is_empty() && rest < 100 {
            parts.push(format!("and {last}"));
        } else {
            parts.push(last);
        }
    }
    parts.join(" ")
}

/// Digits with thousands commas when asked: 1234567 → "1,234,567".
fn digits(n: u64, commas: bool) -> String {
    let s = n.to_string();
    if !commas {
        return s;
    }
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A decimal written as reporters write it, and its exact value.
fn written(int: u64, frac: &str, commas: bool) -> (String, Decimal) {
    let mut s = digits(int, commas);
    let mut plain = int.to_string();
    if !frac.is_empty() {
        s.push('.');
        s.push_str(frac);
        plain.push('.');
        plain.push_str(frac);
    }
    (s, Decimal::from_str(&plain).expect("a plain decimal"))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Figures of `kind` in `text`, as (mention, value, unit).
fn found(text: &str, kind: FigureKind) -> Vec<(String, Decimal, String)> {
    let norm = finfacts::text::normalise(text);
    PATTERNS
        .figures
        .find(&norm, true)
        .into_iter()
        .filter(|f| f.kind == kind)
        .map(|f| {
            (
                text[f.span.start..f.span.end].to_owned(),
                f.value,
                f.unit.to_string(),
            )
        })
        .collect()
}

/// Spans are non-empty, on char boundaries, in order and apart; hedges too.
fn check_spans(text: &str, figs: &[Figure]) -> Result<(), TestCaseError> {
    let mut last = 0usize;
    for f in figs {
        prop_assert!(f.span.start < f.span.end, "empty span {:?}", f.span);
        prop_assert!(
            text.get(f.span.start..f.span.end).is_some(),
            "span {:?} off a char boundary",
            f.span
        );
        prop_assert!(
            f.span.start >= last,
            "overlapping or unordered at {:?}",
            f.span
        );
        last = f.span.end;
        if let Some(h) = f.hedge {
            prop_assert!(
                text.get(h.start..h.end).is_some(),
                "hedge {h:?} off a char boundary"
            );
            prop_assert!(
                !h.overlaps(f.span),
                "hedge {h:?} inside the mention {:?}",
                f.span
            );
        }
    }
    Ok(())
}

fn frac_digits() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[0-9]{1,3}"]
}

const CURRENCIES: [(&str, &str); 6] = [
    ("£", "GBP"),
    ("£ ", "GBP"),
    ("$", "USD"),
    ("US$", "USD"),
    ("€", "EUR"),
    ("GBP ", "GBP"),
];

const MULTIPLIERS: [(&str, u64); 10] = [
    ("m", 1_000_000),
    (" m", 1_000_000),
    ("million", 1_000_000),
    (" million", 1_000_000),
    ("bn", 1_000_000_000),
    (" bn", 1_000_000_000),
    (" billion", 1_000_000_000),
    ("billion", 1_000_000_000),
    ("k", 1_000),
    (" thousand", 1_000),
];

/// Characters and pieces that exercise the recognisers' deeper paths.
const PIECES: &[&str] = &[
    "£",
    "$",
    "€",
    "US$",
    "%",
    "-",
    "–",
    "−",
    " ",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "(",
    ")",
    "0",
    "1",
    "2",
    "5",
    "9",
    "20",
    "15",
    "m",
    "bn",
    "k",
    "million",
    "billion",
    "per cent",
    "percent",
    "percentage point",
    "pc",
    "p",
    "pence",
    "pounds",
    "half",
    "a",
    "quarter",
    "quarters",
    "of",
    "and",
    "one",
    "three",
    "twenty",
    "hundred",
    "thousand",
    "between",
    "to",
    "from",
    "by",
    "minus",
    "more than",
    "nearly",
    "up to",
    "or more",
    "-plus",
    "days",
    "aged",
    "NHS",
    "999",
    "é",
    "ü",
    "\u{202f}",
    "\u{a0}",
    "𝟙",
    "日本",
    "\u{200b}",
    "\u{feff}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn money_in_digits_round_trips(
        int in 0u64..1_000_000_000_000,
        frac in frac_digits(),
        commas in any::<bool>(),
        cur in 0..CURRENCIES.len(),
    ) {
        let (num, value) = written(int, &frac, commas && int >= 1000);
        let (sign, unit) = CURRENCIES[cur];
        let form = format!("{sign}{num}");
        let text = format!("The trust reported {form} last year.");
        prop_assert_eq!(found(&text, FigureKind::Money), vec![(form, value, unit.to_owned())]);
    }

    #[test]
    fn money_with_a_multiplier_round_trips(
        int in 0u64..100_000,
        frac in frac_digits(),
        mult in 0..MULTIPLIERS.len(),
        cur in 0..CURRENCIES.len(),
        upper in any::<bool>(),
    ) {
        let (num, value) = written(int, &frac, false);
        let (word, by) = MULTIPLIERS[mult];
        let (sign, unit) = CURRENCIES[cur];
        let mut form = format!("{sign}{num}{word}");
        if upper {
            form = form.to_uppercase();
        }
        let text = format!("A {form} deficit was forecast.");
        let want = value * Decimal::from(by);
        prop_assert_eq!(found(&text, FigureKind::Money), vec![(form, want.normalize(), unit.to_owned())]);
    }

    #[test]
    fn money_with_a_currency_word_round_trips(
        int in 1u64..100_000,
        frac in frac_digits(),
        mult in prop_oneof![Just(("", 1u64)), Just((" million", 1_000_000)), Just((" billion", 1_000_000_000))],
        word in prop_oneof![Just(("pounds", "GBP")), Just(("dollars", "USD")), Just(("euros", "EUR"))],
    ) {
        let (num, value) = written(int, &frac, int >= 1000);
        let form = format!("{num}{} {}", mult.0, word.0);
        let text = format!("It cost {form} in all.");
        let want = (value * Decimal::from(mult.1)).normalize();
        prop_assert_eq!(found(&text, FigureKind::Money), vec![(form, want, word.1.to_owned())]);
    }

    #[test]
    fn spelled_money_round_trips(
        n in 1u64..1000,
        scale in prop_oneof![Just(("", 1u64)), Just((" thousand", 1_000)), Just((" million", 1_000_000)), Just((" billion", 1_000_000_000))],
        cap in any::<bool>(),
    ) {
        let mut words = format!("{}{} pounds", spell(n, false), scale.0);
        if cap {
            words = capitalise(&words);
        }
        let text = format!("{words} was spent.");
        let want = Decimal::from(n * scale.1);
        prop_assert_eq!(found(&text, FigureKind::Money), vec![(words, want, "GBP".to_owned())]);
    }

    #[test]
    fn pence_round_trip(n in 1u64..100, spelled in any::<bool>()) {
        let form = if spelled { format!("{} pence", spell(n, false)) } else { format!("{n}p") };
        let text = format!("It adds {form} a week.");
        let want = Decimal::new(n as i64, 2);
        prop_assert_eq!(found(&text, FigureKind::Money), vec![(form, want, "GBP".to_owned())]);
    }

    #[test]
    fn percentages_round_trip(
        int in 0u64..10_000,
        frac in frac_digits(),
        sign in prop_oneof![Just("%"), Just(" %"), Just(" per cent"), Just(" percent"), Just("pc"), Just(" per-cent")],
    ) {
        let (num, value) = written(int, &frac, false);
        let form = format!("{num}{sign}");
        let text = format!("Performance was {form} in March.");
        prop_assert_eq!(found(&text, FigureKind::Percent), vec![(form, value, "percent".to_owned())]);
    }

    #[test]
    fn spelled_percentages_round_trip(n in 0u64..1000, cap in any::<bool>()) {
        let mut form = format!("{} per cent", spell(n, false));
        if cap {
            form = capitalise(&form);
        }
        let text = format!("{form} of staff left.");
        prop_assert_eq!(found(&text, FigureKind::Percent), vec![(form, Decimal::from(n), "percent".to_owned())]);
    }

    #[test]
    fn spelled_numbers_round_trip(n in 1u64..1_000_000_000_000, and in any::<bool>()) {
        let words = spell(n, and);
        prop_assert_eq!(numbers::parse_spelled(&words), Some(Decimal::from(n)), "{}", words);
        let text = format!("There were {words} requests.");
        prop_assert_eq!(found(&text, FigureKind::Number), vec![(words, Decimal::from(n), String::new())]);
    }

    #[test]
    fn digit_numbers_round_trip(
        int in 0u64..100_000_000,
        frac in frac_digits(),
        commas in any::<bool>(),
        scale in prop_oneof![Just(("", 1u64)), Just((" million", 1_000_000)), Just((" billion", 1_000_000_000)), Just(("k", 1_000))],
    ) {
        let (num, value) = written(int, &frac, commas && int >= 1000);
        // Four bare digits from 1900 to 2099 are years, not counts.
        prop_assume!(!(scale.1 == 1 && frac.is_empty() && num.len() == 4 && (num.starts_with("19") || num.starts_with("20"))));
        let form = format!("{num}{}", scale.0);
        let text = format!("The region has {form} residents.");
        let want = (value * Decimal::from(scale.1)).normalize();
        prop_assert_eq!(found(&text, FigureKind::Number), vec![(form, want, String::new())]);
    }

    #[test]
    fn parse_digits_reads_what_it_is_given(int in 0u64..u64::MAX, frac in frac_digits(), commas in any::<bool>()) {
        let (num, value) = written(int, &frac, commas);
        prop_assert_eq!(parse_digits(&num), Some(value));
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let figs = PATTERNS.figures.find(&text, true);
        check_spans(&text, &figs)?;
        check_spans(&text, &PATTERNS.figures.find(&text, false))?;
        check_spans(&text, &PATTERNS.figures.numbers(&text))?;
        for s in numbers::spelled(&text).iter().chain(&numbers::digit_numbers(&text, &[])) {
            prop_assert!(text.get(s.span.start..s.span.end).is_some());
        }
        let _ = parse_digits(&text);
        let _ = numbers::parse_spelled(&text);
    }

    #[test]
    fn money_and_percentages_do_not_depend_on_with_numbers(pieces in proptest::collection::vec(0..PIECES.len(), 0..48)) {
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        let norm = finfacts::text::normalise(&text);
        let without = PATTERNS.figures.find(&norm, false);
        let with: Vec<Figure> = PATTERNS
            .figures
            .find(&norm, true)
            .into_iter()
            .filter(|f| f.kind != FigureKind::Number)
            .collect();
        prop_assert_eq!(without, with, "{:?}", text);
    }

    #[test]
    fn figure_like_text_never_panics(pieces in proptest::collection::vec(0..PIECES.len(), 0..48)) {
        let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
        let norm = finfacts::text::normalise(&text);
        let figs = PATTERNS.figures.find(&norm, true);
        check_spans(&norm, &figs)?;
        check_spans(&norm, &PATTERNS.figures.numbers(&norm))?;
        for s in numbers::spelled_all(&norm) {
            prop_assert!(norm.get(s.span.start..s.span.end).is_some());
        }
        for s in numbers::digit_numbers(&norm, &[]) {
            prop_assert!(norm.get(s.span.start..s.span.end).is_some());
            let _ = parse_digits(&norm[s.span.start..s.span.end]);
        }
    }
}

#[test]
fn the_spelling_helper_spells() {
    assert_eq!(
        spell(325_000_021, true),
        "three hundred and twenty-five million and twenty-one"
    );
    assert_eq!(spell(1_000_100, false), "one million one hundred");
    assert_eq!(digits(1_234_567, true), "1,234,567");
}
