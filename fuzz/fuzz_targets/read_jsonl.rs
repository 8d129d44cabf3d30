//! The JSON Lines reader: line splitting, record fields (text, html, id, date), one document per line.
//! Gzip is looked through, as for a `.gz` file.
#![no_main]

use finfacts::input::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    finfacts_fuzz::check_reader("fuzz.jsonl", InputFormat::Jsonl, data);
});
