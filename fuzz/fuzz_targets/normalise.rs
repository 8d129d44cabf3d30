//! The figure normaliser: digits to exact decimals, multipliers without
//! overflow, spelled numbers, the normalised text view, sentences and the
//! figure recogniser over arbitrary text.
#![no_main]

use std::str::FromStr;

use finfacts::normalize::{parse_digits, plain, scale};
use finfacts::recognise::numbers::parse_spelled;
use finfacts::text::{normalise, sentences};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = parse_digits(s) {
        assert!(d >= Decimal::ZERO, "{s:?} -> {d}");
        let shown = plain(d);
        assert!(!shown.contains(['e', 'E']), "exponent in {shown}");
        assert_eq!(parse_digits(&shown), Some(d), "{s:?} -> {shown}");
        for m in ["1000", "1000000", "1000000000", "1000000000000"] {
            let m = Decimal::from_str(m).expect("a multiplier");
            if let Some(v) = scale(d, m) {
                assert_eq!(Some(v), d.checked_mul(m), "{s:?} x {m}");
            }
        }
    }
    if let Some(v) = parse_spelled(s) {
        assert!(v >= Decimal::ZERO, "{s:?} -> {v}");
    }
    let norm = normalise(s);
    assert_eq!(norm.len(), s.len(), "the normalised view changed length");
    for (i, _) in s.char_indices() {
        assert!(norm.is_char_boundary(i), "boundary {i} moved");
    }
    let mut end = 0;
    for sent in sentences(&norm) {
        assert!(end <= sent.span.start && sent.span.start <= sent.span.end);
        assert!(sent.span.end <= norm.len() && norm.is_char_boundary(sent.span.start));
        assert!(norm.is_char_boundary(sent.span.end));
        end = sent.span.end;
    }
    for f in finfacts_fuzz::PATTERNS.figures.find(&norm, true) {
        assert!(f.span.start < f.span.end && f.span.end <= norm.len(), "{f:?}");
        assert!(norm.is_char_boundary(f.span.start) && norm.is_char_boundary(f.span.end));
        if let Some(h) = f.hedge {
            assert!(h.end <= norm.len() && norm.is_char_boundary(h.start));
        }
    }
});
