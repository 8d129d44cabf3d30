//! Figure text to exact decimals. Pure functions over strings, no floats.
//!
//! A figure's value is computed from its digits and its multiplier word with
//! `rust_decimal`, so "£4.8million" is exactly 4800000 and "£0.2m" exactly
//! 200000. Arithmetic that would overflow (an absurd "£9…9bn") gives `None`
//! and the figure is dropped, never wrapped or rounded.

use std::str::FromStr;

use rust_decimal::Decimal;

/// Parses digits as reporters write them: "4.8", "720,000", "2,000,000.50".
///
/// Commas must group thousands; anything else is not a number.
///
/// ```
/// use finfacts::normalize::parse_digits;
/// assert_eq!(parse_digits("720,000").unwrap().to_string(), "720000");
/// assert_eq!(parse_digits("4.8").unwrap().to_string(), "4.8");
/// assert!(parse_digits("72,00").is_none());
/// ```
pub fn parse_digits(s: &str) -> Option<Decimal> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int.is_empty() {
        return None;
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        for g in groups {
            if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
        }
    } else if !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(f) = frac
        && (f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut plain = String::with_capacity(s.len());
    plain.extend(int.chars().filter(|&c| c != ','));
    if let Some(f) = frac {
        plain.push('.');
        plain.push_str(f);
    }
    Decimal::from_str(&plain).ok()
}

/// Multiplies without overflow and returns the value in its shortest form
/// ("4800000", not "4800000.0").
pub fn scale(value: Decimal, by: Decimal) -> Option<Decimal> {
    value.checked_mul(by).map(|d| d.normalize())
}

/// Formats a decimal as the output writes it: plain digits, no exponent, no
/// trailing zeros.
pub fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn digits_with_groups_and_decimals() {
        assert_eq!(parse_digits("2,000,000"), Some(d("2000000")));
        assert_eq!(parse_digits("10.638"), Some(d("10.638")));
        assert_eq!(parse_digits("1,060,831"), Some(d("1060831")));
        assert_eq!(parse_digits("0.2"), Some(d("0.2")));
        assert_eq!(parse_digits("1,0000"), None);
        assert_eq!(parse_digits("1."), None);
        assert_eq!(parse_digits(""), None);
    }

    #[test]
    fn scaling_is_exact() {
        let m = d("1000000");
        assert_eq!(plain(scale(d("4.8"), m).unwrap()), "4800000");
        assert_eq!(plain(scale(d("0.2"), m).unwrap()), "200000");
        assert_eq!(
            plain(scale(d("10.638"), d("1000000000")).unwrap()),
            "10638000000"
        );
    }

    #[test]
    fn overflow_is_none() {
        let huge = parse_digits("999999999999999999999999999").unwrap();
        assert_eq!(scale(huge, d("1000000000")), None);
    }
}
