//! Figures as journalists write them (£4.8m, £2.5bn, £720,000, 3.9%) and
//! exactly (£4,800,000), from the exact decimal; no float is involved.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::Bound;

/// The currency sign written before an amount, for the units that have one.
fn sign_of(unit: &str) -> Option<&'static str> {
    match unit {
        "GBP" => Some("£"),
        "EUR" => Some("€"),
        "USD" => Some("$"),
        _ => None,
    }
}

/// Whether the unit is a currency (a three-letter ISO 4217 code).
pub fn is_money(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// `digits` (an unsigned decimal, possibly with a fraction) with thousands
/// separators in the whole part.
fn grouped(digits: &str) -> String {
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn with_unit(sign: bool, body: String, unit: &str) -> String {
    let minus = if sign { "-" } else { "" };
    match sign_of(unit) {
        Some(s) => format!("{minus}{s}{body}"),
        None => format!("{minus}{body} {unit}"),
    }
}

/// The figure as a headline gives it: £4.8m, £2.5bn, £1.04bn, £720,000,
/// 3.9%, 2 points. Millions and billions keep two decimals at most (the
/// exact value is [`exact`]).
pub fn short(value: &Decimal, unit: &str) -> String {
    match unit {
        "percent" => return format!("{}%", value.normalize()),
        "points" => return format!("{} points", value.normalize()),
        "" => return grouped(&value.normalize().to_string()),
        _ => {}
    }
    let neg = value.is_sign_negative() && !value.is_zero();
    let v = value.abs();
    let round = |d: Decimal| d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let million = Decimal::from(1_000_000);
    let billion = Decimal::from(1_000_000_000);
    let m = round(v / million);
    let body = if v >= billion || m >= Decimal::from(1000) {
        format!("{}bn", round(v / billion).normalize())
    } else if v >= million {
        format!("{}m", m.normalize())
    } else {
        // Whole pounds, or pounds and pence.
        let v = v.normalize();
        let s = if v.scale() == 0 {
            v.to_string()
        } else {
            v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                .to_string()
        };
        let s = match s.split_once('.') {
            Some((w, f)) if f.len() == 1 => format!("{w}.{f}0"),
            _ => s,
        };
        grouped(&s)
    };
    with_unit(neg, body, unit)
}

/// The exact value with its unit: £4,800,000, £1,234.56, 3.9%.
pub fn exact(value: &Decimal, unit: &str) -> String {
    match unit {
        "percent" => return format!("{}%", value.normalize()),
        "points" => return format!("{} points", value.normalize()),
        _ => {}
    }
    let neg = value.is_sign_negative() && !value.is_zero();
    let body = grouped(&value.abs().normalize().to_string());
    if unit.is_empty() {
        return format!("{}{body}", if neg { "-" } else { "" });
    }
    with_unit(neg, body, unit)
}

/// The words a hedged figure is read with: "about £5m", "at least £9m",
/// "up to £15m".
pub fn hedge(approx: bool, bound: Option<Bound>) -> Option<&'static str> {
    match bound {
        Some(Bound::Lower) => Some("at least"),
        Some(Bound::Upper) => Some("up to"),
        None if approx => Some("about"),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn headline_forms() {
        for (v, unit, want) in [
            ("4800000", "GBP", "£4.8m"),
            ("2500000000", "GBP", "£2.5bn"),
            ("1040000000", "GBP", "£1.04bn"),
            ("124700000000", "GBP", "£124.7bn"),
            ("720000", "GBP", "£720,000"),
            ("312000", "GBP", "£312,000"),
            ("4350000", "GBP", "£4.35m"),
            ("4356000", "GBP", "£4.36m"),
            ("1000000", "GBP", "£1m"),
            ("999999999", "GBP", "£1bn"),
            ("0.5", "GBP", "£0.50"),
            ("12.345", "GBP", "£12.35"),
            ("-3200000", "GBP", "-£3.2m"),
            ("3200000", "EUR", "€3.2m"),
            ("3200000", "CHF", "3.2m CHF"),
            ("3.9", "percent", "3.9%"),
            ("85.0", "percent", "85%"),
            ("2", "points", "2 points"),
        ] {
            assert_eq!(short(&d(v), unit), want, "{v} {unit}");
        }
    }

    #[test]
    fn exact_forms() {
        assert_eq!(exact(&d("4800000"), "GBP"), "£4,800,000");
        assert_eq!(exact(&d("1234.56"), "GBP"), "£1,234.56");
        assert_eq!(exact(&d("124700000000"), "GBP"), "£124,700,000,000");
        assert_eq!(exact(&d("100"), "GBP"), "£100");
        assert_eq!(exact(&d("-5000"), "CHF"), "-5,000 CHF");
        assert_eq!(exact(&d("58.30"), "percent"), "58.3%");
    }

    #[test]
    fn hedges_read_as_words() {
        assert_eq!(hedge(true, None), Some("about"));
        assert_eq!(hedge(true, Some(Bound::Upper)), Some("up to"));
        assert_eq!(hedge(false, Some(Bound::Lower)), Some("at least"));
        assert_eq!(hedge(false, None), None);
    }
}
