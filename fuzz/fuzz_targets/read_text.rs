//! The text reader: decoding (UTF-8 with or without BOM, UTF-16 LE/BE with
//! BOM, refusal of binary and invalid text), the header block and dates.
//! Decoding must be lossless: what it accepts is exactly the input. The
//! whole text reader (gzip included) runs too.
#![no_main]

use finfacts::corpus::{decode, header_block, parse_date};
use finfacts::input::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    finfacts_fuzz::check_reader("fuzz.txt", InputFormat::Text, data);
    match decode("fuzz.txt", data) {
        Ok(text) => {
            assert!(!text.trim().is_empty(), "accepted a blank document");
            if let Some(rest) = data.strip_prefix(&[0xFF, 0xFE]) {
                let units: Vec<u16> = text.encode_utf16().collect();
                let want: Vec<u16> = rest
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                assert_eq!(units, want, "UTF-16 LE not decoded exactly");
            } else if let Some(rest) = data.strip_prefix(&[0xFE, 0xFF]) {
                let units: Vec<u16> = text.encode_utf16().collect();
                let want: Vec<u16> = rest
                    .chunks_exact(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                assert_eq!(units, want, "UTF-16 BE not decoded exactly");
            } else {
                let body = data.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(data);
                assert_eq!(text.as_bytes(), body, "UTF-8 not kept exactly");
            }
            let (meta, offset) = header_block(&text);
            assert!(offset <= text.len() && text.is_char_boundary(offset));
            for v in [&meta.title, &meta.url].into_iter().flatten() {
                assert!(!v.contains('\n'), "a header value spans lines");
            }
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz.txt: "), "error does not name the file: {msg}");
            assert!(!msg.contains('\n'), "a warning spans lines: {msg}");
            // Text that is plainly fine must not be refused.
            if let Ok(s) = std::str::from_utf8(data) {
                let head = &data[..data.len().min(8192)];
                assert!(
                    s.trim().is_empty() || head.contains(&0) || data.starts_with(&[0xEF, 0xBB, 0xBF]),
                    "refused valid text: {msg}"
                );
            }
        }
    }
    if let Ok(s) = std::str::from_utf8(data) {
        if let Some(d) = parse_date(s) {
            assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day), "{d:?}");
            let _ = d.financial_year_start();
        }
    }
});
